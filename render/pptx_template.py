"""Decks built on a user's PowerPoint template: its master, layouts, theme and footers kept.

`open_template` opens a .pptx or .potx and removes its slides; `add_slide` adds a slide on the
template layout that suits our absolutely positioned pages best (a title-only layout, else a blank
one, else the one with the fewest placeholders; among those, one that shows the master's shapes), so
the master's logo and background appear. The page's title goes into the layout's title placeholder
(placed where our layout put it: the slide keeps a real title for outlines and screen readers); other
placeholders are removed, except the template's footer text and slide number, which are kept and
replace our own page number. Only the PowerPoint painter imports this module.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.util import Emu

if TYPE_CHECKING:
    from pptx.presentation import Presentation as PresentationT
    from pptx.slide import Slide, SlideLayout

    from render.layout import Page, TextBox
    from render.theme import Theme

_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_FOOTERS = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
PAGE_NUMBER = re.compile(r"^\d+ / \d+$")


def _package_bytes(path: str) -> bytes:
    """The file as a presentation package: a .potx declares a template main part, which
    python-pptx refuses, so its content type is rewritten to a presentation's."""
    data = Path(path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").decode("utf-8")
        if _TEMPLATE_MAIN not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for item in z.infolist():
                body = z.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    body = types.replace(_TEMPLATE_MAIN, _PRESENTATION_MAIN).encode("utf-8")
                w.writestr(item, body)
        return out.getvalue()


def open_template(path: str) -> PresentationT:
    """The template as an empty presentation: its master, layouts and theme, none of its slides."""
    prs = Presentation(io.BytesIO(_package_bytes(path)))
    ids = prs.slides._sldIdLst  # python-pptx has no public slide removal
    for sld_id in list(ids):
        prs.part.drop_rel(sld_id.rId)
        ids.remove(sld_id)
    prs._render_template = path  # type: ignore[attr-defined]
    return prs


def _placeholder_types(layout: SlideLayout) -> list[Any]:
    out = []
    for ph in layout.placeholders:
        try:
            out.append(ph.placeholder_format.type)
        except ValueError:  # a placeholder without a type attribute is a body placeholder
            out.append(PP_PLACEHOLDER.BODY)
    return out


def pick_layout(prs: PresentationT) -> SlideLayout:
    """The layout our pages sit on best: a title and nothing else to fill, master shapes shown."""
    best: tuple[tuple[int, int, int], Any] | None = None
    for layout in prs.slide_layouts:
        kinds = [k for k in _placeholder_types(layout) if k not in _FOOTERS]
        titles = sum(1 for k in kinds if k in _TITLES)
        others = len(kinds) - titles
        shows_master = layout._element.get("showMasterSp") != "0"
        rank = (others, 0 if titles == 1 else 1, 0 if shows_master else 1)
        if best is None or rank < best[0]:
            best = (rank, layout)
        if rank == (0, 0, 0):
            break
    if best is None:
        raise ValueError("the template has no slide layouts")
    return best[1]


def _layout_of(prs: PresentationT) -> SlideLayout:
    cached = getattr(prs, "_render_layout", None)
    if cached is None:
        cached = pick_layout(prs)
        prs._render_layout = cached  # type: ignore[attr-defined]
    return cached


def _has_text(sp: Any) -> bool:
    return (
        any(t.text and t.text.strip() for t in sp.iter(qn("a:t"))) or sp.find(".//" + qn("a:fld")) is not None
    )


def slide_number_of(layout: SlideLayout) -> Any | None:
    for ph in layout.placeholders:
        try:
            if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
                return ph
        except ValueError:
            continue
    return None


def add_slide(
    prs: PresentationT, page: Page, theme: Theme, paragraphs: Callable[[TextBox, Theme], str]
) -> tuple[Slide, set[int]]:
    """A new slide for `page` on the template's layout, its title in the title placeholder; returns
    the slide and the indexes of page elements already painted (the title, replaced page numbers)."""
    from render.layout import TextBox

    layout = _layout_of(prs)
    slide = prs.slides.add_slide(layout)
    done: set[int] = set()
    title_index = next(
        (i for i, el in enumerate(page.elements) if isinstance(el, TextBox) and el.name == "title"), None
    )
    for ph in list(slide.placeholders):
        try:
            kind = ph.placeholder_format.type
        except ValueError:
            kind = PP_PLACEHOLDER.BODY
        if kind in _TITLES and title_index is not None and title_index not in done:
            box = page.elements[title_index]
            assert isinstance(box, TextBox)
            _fill_title(ph, box, theme, paragraphs)
            done.add(title_index)
            continue
        ph._element.getparent().remove(ph._element)  # an empty placeholder would show its prompt
    # The template's footer text and slide number (python-pptx leaves them on the layout).
    tree = slide.shapes._spTree
    numbered = False
    for ph in layout.placeholders:
        try:
            kind = ph.placeholder_format.type
        except ValueError:
            continue
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER or (kind == PP_PLACEHOLDER.FOOTER and _has_text(ph._element)):
            tree.append(copy.deepcopy(ph._element))
            numbered = numbered or kind == PP_PLACEHOLDER.SLIDE_NUMBER
    if numbered:  # the template numbers its slides: ours would be a second number
        for i, el in enumerate(page.elements):
            if isinstance(el, TextBox) and el.name == "footer" and PAGE_NUMBER.match(el.text.strip()):
                done.add(i)
    return slide, done


def _fill_title(ph: Any, box: TextBox, theme: Theme, paragraphs: Callable[[TextBox, Theme], str]) -> None:
    """The title placeholder at our title's place, with our text and type (the template's font)."""
    r = box.rect
    ph.left, ph.top, ph.width, ph.height = (Emu(round(v * 12700)) for v in (r.x, r.y, r.w, r.h))
    anchor = {"top": "t", "middle": "ctr", "bottom": "b"}[box.valign]
    body = parse_xml(
        f'<p:txBody xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="{_NS_A}">'
        f'<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="{anchor}" rtlCol="0">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs(box, theme)}</p:txBody>"
    )
    sp = ph._element
    old = sp.find(qn("p:txBody"))
    if old is None:
        sp.append(body)
    else:
        sp.replace(old, body)
