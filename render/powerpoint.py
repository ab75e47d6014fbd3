"""PowerPoint painter: the same `Layout` pages as native, editable shapes, text, tables and charts.

Slides take the page size (16:9, 960 × 540 pt, unless a template says otherwise). Without a template
they sit on the blank layout, so no placeholders leak in; with one (`Theme.template`) they are built
on the template's own layouts so its master — logo, footers, background — appears
(`render.pptx_template`). Text boxes keep the size and wrapping width computed by `render.text`;
PowerPoint re-wraps on its own, and because DejaVu Sans is wider than the fonts it substitutes, its
lines only get shorter.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from render import deadline
from render import text as textmod
from render.layout import (
    PAGE_H,
    PAGE_W,
    PARA_GAP,
    ChartSlot,
    Connector,
    Grid,
    Layout,
    Page,
    Path,
    Picture,
    Shape,
    TextBox,
    bullet_indent,
    geometry_inset,
    visual_align,
)
from render.pptx_chart import add_native
from render.theme import Theme, hex_digits

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
CJK_FONT = "Noto Sans CJK SC"
_NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def rgb(color: str) -> RGBColor:
    return RGBColor.from_string(hex_digits(color))


def new_presentation(title: str = "", theme: Theme | None = None) -> PresentationT:
    """An empty deck: the theme's template (its slides removed) or a plain one of the page size."""
    if theme is not None and theme.template:
        from render.pptx_template import open_template

        prs = open_template(theme.template)
    else:
        prs = Presentation()
        prs.slide_width = Pt(theme.page_width if theme else PAGE_W)
        prs.slide_height = Pt(theme.page_height if theme else PAGE_H)
    if title:
        prs.core_properties.title = title[:255]
    return prs


def _adjust(shape, el: Shape) -> None:
    """Match the SVG painter's corner radius and slants, so both outlines coincide."""
    inset = geometry_inset(el.geometry, el.rect.w, el.rect.h)
    if inset and len(shape.adjustments):
        shape.adjustments[0] = inset / max(min(el.rect.w, el.rect.h), 1.0)


def _fill_and_line(shape, fill: str | None, stroke: str | None, width: float, opacity: float = 1.0) -> None:
    """Fill and outline as one XML fragment (python-pptx's proxies cost an XPath per property).

    The theme style reference (shadow, theme text colour) is dropped: the SVG has neither, and
    every colour is set explicitly.
    """
    sp = shape._element
    sp_pr = sp.spPr
    line_xml = _line_xml(width, stroke).replace(f' xmlns:a="{_NS_A}"', "")
    for el in parse_xml(f'<a:x xmlns:a="{_NS_A}">{_fill_xml(fill, opacity)}{line_xml}</a:x>'):
        sp_pr.append(el)
    style = sp.find(qn("p:style"))
    if style is not None:
        sp.remove(style)


_ALGN = {"left": "l", "center": "ctr", "right": "r"}
_VANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}


def _text_body_xml(box: TextBox, theme: Theme, margins: tuple[float, float, float, float]) -> str:
    """The DrawingML text body, written in one go.

    Setting the same properties through python-pptx's proxies costs an XPath lookup per attribute
    and made text the slowest part of a deck export; the XML is small and fully specified here.
    """
    ins = " ".join(
        f'{k}="{_emu(max(m, 0))}"' for k, m in zip(("lIns", "tIns", "rIns", "bIns"), margins, strict=True)
    )
    return (
        f'<p:txBody xmlns:p="{_NS_P}" xmlns:a="{_NS_A}">'
        f'<a:bodyPr wrap="{"square" if box.wrap else "none"}" {ins} anchor="{_VANCHOR[box.valign]}" rtlCol="0"><a:noAutofit/></a:bodyPr>'
        f"<a:lstStyle/>{_paragraphs_xml(box, theme)}</p:txBody>"
    )


def _paragraphs_xml(box: TextBox, theme: Theme) -> str:
    """A text box's paragraphs as DrawingML `a:p` elements (in a shape, a table cell, a placeholder)."""
    lh = round(box.size * textmod.LINE_HEIGHT * 100)
    gap = round(PARA_GAP * box.size * textmod.LINE_HEIGHT * 100)
    color = hex_digits(box.color)
    r_attrs = f'lang="en-US" sz="{round(box.size * 100)}" b="{int(box.bold)}" i="{int(box.italic)}" dirty="0"'
    font = box.font or theme.font
    fonts = (
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:latin typeface={quoteattr(font)}/>'
        f'<a:ea typeface="{CJK_FONT}"/><a:cs typeface={quoteattr(font)}/>'
    )
    paras = []
    for i, para in enumerate(box.paragraphs):
        rtl = textmod.is_rtl(para.text)
        attrs = f'algn="{_ALGN[visual_align(box.align, rtl)]}"' + (' rtl="1"' if rtl else "")
        bullet = ""
        if para.bullet:
            step = _emu(bullet_indent(box.size))
            attrs += f' marL="{_emu(para.indent(box.size))}" indent="{-step}"'
            bullet = f"<a:buChar char={quoteattr(para.bullet)}/>"
        else:
            bullet = "<a:buNone/>"
        spacing = f'<a:lnSpc><a:spcPts val="{lh}"/></a:lnSpc>'
        if i:
            spacing += f'<a:spcBef><a:spcPts val="{gap}"/></a:spcBef>'
        paras.append(
            f"<a:p><a:pPr {attrs}>{spacing}{bullet}</a:pPr>"
            f"<a:r><a:rPr {r_attrs}>{fonts}</a:rPr><a:t>{escape(para.display_text)}</a:t></a:r></a:p>"
        )
    return "".join(paras) or "<a:p/>"


def _fill_text(shape, box: TextBox, theme: Theme, margins: tuple[float, float, float, float]) -> None:
    sp = shape._element
    new = parse_xml(_text_body_xml(box, theme, margins))
    old = sp.find(qn("p:txBody"))
    if old is None:
        sp.append(new)
    else:
        sp.replace(old, new)


def _emu(v: float) -> Emu:
    return Emu(round(v * 12700))


def _add_shape(slide: Slide, el: Shape, theme: Theme) -> None:
    """A rectangle keeps its text inside; other outlines are grouped with a text box on top.

    PowerPoint confines a preset shape's text to the geometry's own text rectangle (the inscribed
    box of an ellipse or diamond, an inset one for rounded corners), narrower than the box our
    layout measured, which would re-wrap the label. A group keeps the measured box and still moves
    as one object.
    """
    r = el.rect
    grouped = el.text is not None and el.geometry != "rect"
    shapes = _new_group(slide) if grouped else slide.shapes
    shape = shapes.add_shape(_GEOMETRY[el.geometry], _emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    if el.name:
        shape.name = el.name
    _adjust(shape, el)
    _fill_and_line(shape, el.fill, el.stroke, el.stroke_width, el.opacity)
    if el.text and grouped:
        _add_textbox(shapes, el.text, theme)
    elif el.text:
        t = el.text.rect
        margins = (t.x - r.x, t.y - r.y, r.right - t.right, r.bottom - t.bottom)
        _fill_text(shape, el.text, theme, margins)


def _new_group(slide: Slide):
    """An empty group on the slide; returns its shape collection.

    python-pptx's `add_group_shape` finds a free id by testing every integer against a list of all
    ids on the slide, quadratic per group: a 500-node diagram took minutes. Ids given here are
    provisional; `_renumber` makes every id on the slide unique once it is complete.
    """
    from pptx.oxml.shapes.groupshape import CT_GroupShape
    from pptx.shapes.group import GroupShape

    grp = CT_GroupShape.new_grpSp(0, "Group")
    slide.shapes._spTree.insert_element_before(grp, "p:extLst")
    shapes = GroupShape(grp, slide.shapes).shapes
    shapes._cached_max_shape_id = 0  # python-pptx's turbo-add counter: no id search per shape
    return shapes


def _renumber(slide: Slide) -> None:
    """Unique shape ids 1, 2, 3… in document order (nothing on our slides refers to a shape id)."""
    for i, c_nv_pr in enumerate(slide.shapes._spTree.iter(qn("p:cNvPr")), start=1):
        c_nv_pr.set("id", str(i))


def _add_textbox(shapes, box: TextBox, theme: Theme, background: str | None = None) -> None:
    r = box.rect
    tb = shapes.add_textbox(_emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    if box.name:
        tb.name = box.name
    if box.rotation:
        tb.rotation = box.rotation  # about the frame's centre, clockwise: as the SVG painter turns it
    if background:
        tb.fill.solid()
        tb.fill.fore_color.rgb = rgb(background)
    _fill_text(tb, box, theme, (0, 0, 0, 0))


def _add_connector(slide: Slide, el: Connector, theme: Theme) -> None:
    pts = el.points
    line = _line_xml(el.width, el.color, dashed=el.dashed, arrow=el.arrow)
    if len(pts) == 2:
        (x1, y1), (x2, y2) = pts
        shape = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, _emu(x1), _emu(y1), _emu(x2), _emu(y2))
        sp_pr = shape._element.spPr
        for old in sp_pr.findall(qn("a:ln")):
            sp_pr.remove(old)
        sp_pr.append(parse_xml(line))
        style = shape._element.find(qn("p:style"))
        if style is not None:
            shape._element.remove(style)
        if el.name:
            shape.name = el.name
    else:
        _add_freeform(slide, pts, False, el.name or "Connector", "<a:noFill/>", line)
    if el.label:
        _add_textbox(slide.shapes, el.label, theme, background=theme.background)


def _line_xml(width: float, color: str | None, *, dashed: bool = False, arrow: bool = False) -> str:
    """A DrawingML outline (`a:ln`), written whole: python-pptx sets each property through an XPath."""
    if not color or width <= 0:
        return f'<a:ln xmlns:a="{_NS_A}"><a:noFill/></a:ln>'
    return (
        f'<a:ln xmlns:a="{_NS_A}" w="{_emu(width)}"><a:solidFill><a:srgbClr val="{hex_digits(color)}"/>'
        "</a:solidFill>"
        + ('<a:prstDash val="dash"/>' if dashed else "")
        + ('<a:tailEnd type="triangle" w="med" len="med"/>' if arrow else "")
        + "</a:ln>"
    )


def _fill_xml(fill: str | None, opacity: float = 1.0) -> str:
    if not fill:
        return "<a:noFill/>"
    alpha = f'<a:alpha val="{round(max(0.0, opacity) * 100000)}"/>' if opacity < 1 else ""
    return f'<a:solidFill><a:srgbClr val="{hex_digits(fill)}">{alpha}</a:srgbClr></a:solidFill>'


def _add_freeform(
    slide: Slide, pts: list[tuple[float, float]], closed: bool, name: str, fill: str, line: str
) -> None:
    """A freeform polyline or polygon written as one XML element.

    python-pptx's freeform builder asks the shape tree for a free id by listing every id in it,
    for every shape: a diagram with 2,000 edges took minutes to export. The id is provisional
    (`_renumber` fixes all ids of the slide).
    """
    xs = [_emu(x) for x, _ in pts]
    ys = [_emu(y) for _, y in pts]
    x0, y0 = min(xs), min(ys)
    w, h = max(max(xs) - x0, 1), max(max(ys) - y0, 1)
    steps = [f'<a:moveTo><a:pt x="{xs[0] - x0}" y="{ys[0] - y0}"/></a:moveTo>']
    steps += [
        f'<a:lnTo><a:pt x="{x - x0}" y="{y - y0}"/></a:lnTo>' for x, y in zip(xs[1:], ys[1:], strict=True)
    ]
    if closed:
        steps.append("<a:close/>")
    line = line.replace(f' xmlns:a="{_NS_A}"', "")
    xml = (
        f'<p:sp xmlns:p="{_NS_P}" xmlns:a="{_NS_A}"><p:nvSpPr><p:cNvPr id="0" name={quoteattr(name)}/>'
        f'<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x0}" y="{y0}"/><a:ext cx="{w}" cy="{h}"/>'
        '</a:xfrm><a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/>'
        f'<a:pathLst><a:path w="{w}" h="{h}">{"".join(steps)}</a:path></a:pathLst></a:custGeom>'
        f"{fill}{line}</p:spPr></p:sp>"
    )
    slide.shapes._spTree.insert_element_before(parse_xml(xml), "p:extLst")


def _add_path(slide: Slide, el: Path) -> None:
    """A freeform shape; arcs become short straight segments (DrawingML freeforms here draw lines
    only), fine enough that the outline matches the SVG's exact arcs on a slide."""
    pts = el.points(max_degrees=3.0)
    if len(pts) < 2:
        return
    line = _line_xml(el.stroke_width, el.stroke)
    _add_freeform(slide, pts, el.closed, el.name or "Freeform", _fill_xml(el.fill, el.opacity), line)


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


def _add_grid(slide: Slide, el: Grid, theme: Theme) -> None:
    """A native table: the grid's column widths, row heights, cell fills, margins and text."""
    n_rows, n_cols = len(el.cells), max((len(r) for r in el.cells), default=0)
    if not n_rows or not n_cols:
        return
    r = el.rect
    frame = slide.shapes.add_table(n_rows, n_cols, _emu(r.x), _emu(r.y), _emu(r.w), _emu(r.h))
    frame.name = el.name or "table"
    table = frame.table
    table.first_row = el.header
    table.horz_banding = False
    for c, cell in enumerate(el.cells[0]):
        table.columns[c].width = _emu(cell.rect.w)
    for k, row in enumerate(el.cells):
        table.rows[k].height = _emu(row[0].rect.h)
    for k, row in enumerate(el.cells):
        for c, cell in enumerate(row):
            tc = table.cell(k, c)
            if cell.fill:
                tc.fill.solid()
                tc.fill.fore_color.rgb = rgb(cell.fill)
            box = cell.text
            if box is None:
                continue
            cr, t = cell.rect, box.rect
            tc.margin_left, tc.margin_top = _emu(t.x - cr.x), _emu(t.y - cr.y)
            tc.margin_right, tc.margin_bottom = _emu(cr.right - t.right), _emu(max(cr.bottom - t.bottom, 0))
            tc._tc.get_or_add_tcPr().set("anchor", _VANCHOR[box.valign])
            body = parse_xml(
                f'<a:txBody xmlns:a="{_NS_A}"><a:bodyPr/><a:lstStyle/>{_paragraphs_xml(box, theme)}</a:txBody>'
            )
            old = tc._tc.find(qn("a:txBody"))
            if old is None:
                tc._tc.insert(0, body)
            else:
                tc._tc.replace(old, body)


def add_page(prs: PresentationT, page: Page, theme: Theme) -> Slide:
    """Paint one page onto a new slide (the blank layout, or the template's); returns the slide."""
    skip: set[int] = set()
    if theme.template and getattr(prs, "_render_template", None) == theme.template:
        from render.pptx_template import add_slide

        slide, skip = add_slide(prs, page, theme, _paragraphs_xml)
        if page.background != theme.background:
            slide.background.fill.solid()
            slide.background.fill.fore_color.rgb = rgb(page.background)
    else:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = rgb(page.background)
    # Turbo-add: python-pptx otherwise scans the whole slide for the highest id at every new shape,
    # quadratic in the shapes on a page. Ids are made unique by `_renumber` at the end.
    slide.shapes.turbo_add_enabled = True
    for i, el in enumerate(page.elements):
        deadline.check()
        if i in skip:
            continue
        if isinstance(el, Shape):
            _add_shape(slide, el, theme)
        elif isinstance(el, TextBox):
            _add_textbox(slide.shapes, el, theme)
        elif isinstance(el, Connector):
            _add_connector(slide, el, theme)
        elif isinstance(el, Picture):
            _add_picture(slide, el)
        elif isinstance(el, Path):
            _add_path(slide, el)
        elif isinstance(el, ChartSlot):
            add_native(slide, el, theme)
        elif isinstance(el, Grid):
            _add_grid(slide, el, theme)
        else:
            raise TypeError(f"cannot paint {type(el).__name__}")
    _renumber(slide)
    if page.notes:
        slide.notes_slide.notes_text_frame.text = page.notes
    if page.builds or page.transition or page.advance_after is not None:
        from render import pptx_timing

        pptx_timing.apply(slide, page)  # entrance animations and transitions: XML python-pptx lacks
    return slide


def write_deck(pages: Iterable[tuple[Layout, Theme]], title: str = "") -> bytes:
    """All pages of all layouts, in order, as one .pptx file; each painted with its own theme."""
    pages = list(pages)
    prs = new_presentation(title, pages[0][1] if pages else None)
    for layout, theme in pages:
        for page in layout.pages:
            add_page(prs, page, theme)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
