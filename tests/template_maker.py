"""Small PowerPoint templates made with python-pptx for the template tests: a theme with its own
colours and fonts, a logo on the master, a 4:3 size, layouts without placeholders, a .potx."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
COLORS = {"dk1": "222222", "lt1": "FFFDF5", "dk2": "3B2E5A", "accent1": "8E2DE2", "accent2": "00A6A6"}
MAJOR, MINOR = "Georgia", "Verdana"


def make_template(
    path: Path,
    *,
    wide: bool = True,
    logo: bool = True,
    bare_layouts: bool = False,
    potx: bool = False,
    colors: dict[str, str] | None = None,
) -> Path:
    """Write a template to `path` and return it."""
    prs = Presentation()
    if wide:
        prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    master = prs.slide_master
    theme_part = next(r.target_part for r in master.part.rels.values() if r.reltype.endswith("/theme"))
    xml = theme_part.blob.decode("utf-8")
    for slot, value in (colors or COLORS).items():
        xml = re.sub(
            rf"<a:{slot}>.*?</a:{slot}>", f'<a:{slot}><a:srgbClr val="{value}"/></a:{slot}>', xml, flags=re.S
        )
    xml = re.sub(r'(<a:majorFont><a:latin typeface=")[^"]*', rf"\g<1>{MAJOR}", xml)
    xml = re.sub(r'(<a:minorFont><a:latin typeface=")[^"]*', rf"\g<1>{MINOR}", xml)
    theme_part._blob = xml.encode("utf-8")
    if logo:  # a shape of the master's own, top right: on every slide built on its layouts
        x = prs.slide_width - 1400000
        sp = (
            f'<p:sp xmlns:p="{NS_P}" xmlns:a="{NS_A}"><p:nvSpPr><p:cNvPr id="99" name="Logo"/><p:cNvSpPr/>'
            f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="150000"/><a:ext cx="1200000" cy="400000"/>'
            f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="8E2DE2"/>'
            f'</a:solidFill></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/>'
            f"<a:t>ACME</a:t></a:r></a:p></p:txBody></p:sp>"
        )
        master.shapes._spTree.append(etree.fromstring(sp))
    if bare_layouts:
        for layout in prs.slide_layouts:
            for ph in list(layout.placeholders):
                ph._element.getparent().remove(ph._element)
            layout.name = "Odd " + layout.name
    own = prs.slides.add_slide(prs.slide_layouts[0])  # the template's own slide, removed by the export
    own.shapes.add_textbox(0, 0, 100, 100).text_frame.text = "A slide of the template's own"
    buf = io.BytesIO()
    prs.save(buf)
    data = buf.getvalue()
    if potx:  # the same package declared as a template
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
            for item in z.infolist():
                body = z.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    body = body.replace(
                        b"presentationml.presentation.main+xml", b"presentationml.template.main+xml"
                    )
                w.writestr(item, body)
        data = out.getvalue()
    path.write_bytes(data)
    return path
