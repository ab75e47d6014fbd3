"""PowerPoint painter: the same `Layout` pages as native, editable shapes, text and charts.

Slides are 16:9 (960 × 540 pt) on the blank layout, so no 4:3 placeholders leak in. Text boxes
keep the size and wrapping width computed by `render.text`; PowerPoint re-wraps on its own, and
because DejaVu Sans is wider than the fonts it substitutes, its lines only get shorter.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from render import text as textmod
from render.layout import (
    PAGE_H,
    PAGE_W,
    PARA_GAP,
    ChartSlot,
    Connector,
    Layout,
    Page,
    Picture,
    Shape,
    TextBox,
    bullet_indent,
    visual_align,
)
from render.theme import Theme

if TYPE_CHECKING:
    from pptx.presentation import Presentation as PresentationT
    from pptx.slide import Slide

_GEOMETRY = {
    "rect": MSO_SHAPE.RECTANGLE,
    "rounded": MSO_SHAPE.ROUNDED_RECTANGLE,
    "ellipse": MSO_SHAPE.OVAL,
    "diamond": MSO_SHAPE.DIAMOND,
    "hexagon": MSO_SHAPE.HEXAGON,
    "parallelogram": MSO_SHAPE.PARALLELOGRAM,
    "chevron": MSO_SHAPE.CHEVRON,
}
_ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
_ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
CJK_FONT = "Noto Sans CJK SC"


def rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#")[:6].upper())


def new_presentation(title: str = "") -> PresentationT:
    prs = Presentation()
    prs.slide_width = Pt(PAGE_W)
    prs.slide_height = Pt(PAGE_H)
    if title:
        prs.core_properties.title = title[:255]
    return prs


def _adjust(shape, el: Shape) -> None:
    """Match the SVG painter's corner radius and insets, so both outlines coincide."""
    w, h = el.rect.w, el.rect.h
    ss = max(min(w, h), 1.0)
    inset = {
        "rounded": min(min(w, h) * 0.16, 14),
        "hexagon": min(w * 0.25, h * 0.5),
        "parallelogram": min(w * 0.2, h * 0.5),
        "chevron": min(w * 0.3, h * 0.5),
    }.get(el.geometry)
    if inset is not None and len(shape.adjustments):
        shape.adjustments[0] = inset / ss


def _fill_and_line(shape, fill: str | None, stroke: str | None, width: float) -> None:
    if fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(fill)
    else:
        shape.fill.background()
    if stroke and width > 0:
        shape.line.color.rgb = rgb(stroke)
        shape.line.width = Pt(width)
    else:
        shape.line.fill.background()
    # Drop the theme style reference (shadow, theme text colour): the SVG has neither, and every
    # colour is set explicitly.
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _fill_text(frame, box: TextBox, theme: Theme, margins: tuple[float, float, float, float]) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left, frame.margin_top, frame.margin_right, frame.margin_bottom = (
        Pt(max(m, 0)) for m in margins
    )
    frame.vertical_anchor = _ANCHOR[box.valign]
    line_height = Pt(box.size * textmod.LINE_HEIGHT)
    for i, para in enumerate(box.paragraphs):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        rtl = textmod.is_rtl(para.text)
        p.alignment = _ALIGN[visual_align(box.align, rtl)]
        p.line_spacing = line_height
        if i:
            p.space_before = Pt(PARA_GAP * box.size * textmod.LINE_HEIGHT)
        p_pr = p._p.get_or_add_pPr()
        if rtl:
            p_pr.set("rtl", "1")
        if para.bullet:
            indent = Pt(bullet_indent(box.size))
            p_pr.set("marL", str(int(indent)))
            p_pr.set("indent", str(-int(indent)))
            bu = p_pr.makeelement(qn("a:buChar"), {"char": para.bullet})
            p_pr.append(bu)
        run = p.add_run()
        run.text = para.display_text
        font = run.font
        font.size = Pt(box.size)
        font.bold = box.bold
        font.italic = box.italic
        font.name = theme.font
        font.color.rgb = rgb(box.color)
        r_pr = run._r.get_or_add_rPr()
        for tag, face in (("a:ea", CJK_FONT), ("a:cs", theme.font)):
            r_pr.append(r_pr.makeelement(qn(tag), {"typeface": face}))


def _emu(v: float) -> Emu:
    return Emu(round(v * 12700))


def _add_shape(slide: Slide, el: Shape, theme: Theme) -> None:
    r = el.rect
    shape = slide.shapes.add_shape(_GEOMETRY[el.geometry], _emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    if el.name:
        shape.name = el.name
    _adjust(shape, el)
    _fill_and_line(shape, el.fill, el.stroke, el.stroke_width)
    if el.text:
        t = el.text.rect
        margins = (t.x - r.x, t.y - r.y, r.right - t.right, r.bottom - t.bottom)
        _fill_text(shape.text_frame, el.text, theme, margins)


def _add_textbox(slide: Slide, box: TextBox, theme: Theme, background: str | None = None) -> None:
    r = box.rect
    tb = slide.shapes.add_textbox(_emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    if box.name:
        tb.name = box.name
    if background:
        tb.fill.solid()
        tb.fill.fore_color.rgb = rgb(background)
    _fill_text(tb.text_frame, box, theme, (0, 0, 0, 0))


def _line_end(line_el, arrow: bool) -> None:
    ln = line_el.find(qn("a:ln"))
    if ln is not None and arrow:
        ln.append(ln.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"}))


def _add_connector(slide: Slide, el: Connector, theme: Theme) -> None:
    pts = el.points
    if len(pts) == 2:
        (x1, y1), (x2, y2) = pts
        shape = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, _emu(x1), _emu(y1), _emu(x2), _emu(y2))
    else:
        builder = slide.shapes.build_freeform(_emu(pts[0][0]), _emu(pts[0][1]), scale=1.0)
        builder.add_line_segments([(_emu(x), _emu(y)) for x, y in pts[1:]], close=False)
        shape = builder.convert_to_shape()
        shape.fill.background()
    if el.name:
        shape.name = el.name
    shape.line.color.rgb = rgb(el.color)
    shape.line.width = Pt(el.width)
    if el.dashed:
        shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    _line_end(shape._element.spPr, el.arrow)
    if el.label:
        _add_textbox(slide, el.label, theme, background=theme.background)


def _add_picture(slide: Slide, el: Picture) -> None:
    from PIL import Image

    r = el.rect
    with Image.open(io.BytesIO(el.png)) as img:
        iw, ih = img.size
    pic = slide.shapes.add_picture(io.BytesIO(el.png), _emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    # Cover the box like the SVG's preserveAspectRatio="xMidYMid slice": crop, never stretch.
    box_ratio, img_ratio = r.w / max(r.h, 1e-6), iw / max(ih, 1)
    if img_ratio > box_ratio:
        crop = (1 - box_ratio / img_ratio) / 2
        pic.crop_left = pic.crop_right = crop
    elif img_ratio < box_ratio:
        crop = (1 - img_ratio / box_ratio) / 2
        pic.crop_top = pic.crop_bottom = crop
    if el.name:
        pic.name = el.name
    pic._element.nvPicPr.cNvPr.set("descr", el.alt[:1000])


def add_page(prs: PresentationT, page: Page, theme: Theme) -> Slide:
    """Paint one page onto a new blank slide; returns the slide."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = rgb(page.background)
    for el in page.elements:
        if isinstance(el, Shape):
            _add_shape(slide, el, theme)
        elif isinstance(el, TextBox):
            _add_textbox(slide, el, theme)
        elif isinstance(el, Connector):
            _add_connector(slide, el, theme)
        elif isinstance(el, Picture):
            _add_picture(slide, el)
        elif isinstance(el, ChartSlot):
            from render import chart

            chart.add_native(slide, el, theme)
        else:
            raise TypeError(f"cannot paint {type(el).__name__}")
    if page.notes:
        slide.notes_slide.notes_text_frame.text = page.notes
    return slide


def write_deck(layouts: Iterable[Layout], theme: Theme, title: str = "") -> bytes:
    """All pages of all layouts, in order, as one .pptx file."""
    prs = new_presentation(title)
    for layout in layouts:
        for page in layout.pages:
            add_page(prs, page, theme)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
