"""Reopen an exported deck with python-pptx and check it the way a picky user would."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from render import text as textmod
from render.layout import PARA_GAP

EMU_PER_PT = 12700


def _pt(v: int) -> float:
    return Emu(v) / EMU_PER_PT


def frame_overflow(shape) -> float:
    """How many points the text of a shape overflows its frame, by our own measure (0 if it fits)."""
    frame = shape.text_frame
    width = _pt(shape.width - (frame.margin_left or 0) - (frame.margin_right or 0))
    height = _pt(shape.height - (frame.margin_top or 0) - (frame.margin_bottom or 0))
    used = 0.0
    for i, p in enumerate(frame.paragraphs):
        runs = p.runs
        if not runs or not p.text:
            continue
        size = runs[0].font.size.pt
        bold = bool(runs[0].font.bold)
        indent = -_pt(int(p._p.pPr.get("indent", "0"))) if p._p.pPr is not None else 0.0
        unwrapped = frame._txBody.bodyPr.get("wrap") == "none"  # a one-line label: never re-flowed
        lines = p.text.split("\n") if unwrapped else textmod.wrap(p.text, width - indent, size, bold)
        if max(textmod.text_width(line, size, bold) for line in lines) > width - indent + 0.5:
            return 999.0
        used += len(lines) * size * textmod.LINE_HEIGHT + (PARA_GAP * size * textmod.LINE_HEIGHT if i else 0)
    return max(0.0, used - height)


def check_deck(data: bytes, expect_slides: int | None = None):
    prs = Presentation(io.BytesIO(data))
    assert (prs.slide_width, prs.slide_height) == (Emu(960 * EMU_PER_PT), Emu(540 * EMU_PER_PT)), "not 16:9"
    if expect_slides is not None:
        assert len(prs.slides) == expect_slides
    for n, slide in enumerate(prs.slides, 1):
        assert not list(slide.placeholders), f"slide {n} has layout placeholders"
        for shape in iter_shapes(slide.shapes):
            tol = EMU_PER_PT  # 1 pt
            assert shape.left >= -tol and shape.top >= -tol, f"slide {n}: {shape.name} starts off-slide"
            assert shape.left + shape.width <= prs.slide_width + tol, (
                f"slide {n}: {shape.name} off the right edge"
            )
            assert shape.top + shape.height <= prs.slide_height + tol, (
                f"slide {n}: {shape.name} off the bottom"
            )
            if shape.has_text_frame and shape.text_frame.text.strip():
                over = frame_overflow(shape)
                assert over <= 1.0, f"slide {n}: text of {shape.name!r} overflows by {over:.1f}pt"
    return prs


def iter_shapes(shapes):
    """Shapes with group members flattened (a labelled node is a group of outline + text)."""
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from iter_shapes(shape.shapes)
        else:
            yield shape


def all_text(prs) -> str:
    out = []
    for slide in prs.slides:
        for shape in iter_shapes(slide.shapes):
            if shape.has_text_frame:
                out.append(shape.text_frame.text)
            if shape.has_table:
                out.extend(c.text for row in shape.table.rows for c in row.cells)
    return "\n".join(out)
