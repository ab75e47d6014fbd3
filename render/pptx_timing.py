"""Slide-show motion as PowerPoint XML: builds (entrance animations) and transitions (fade, Morph).

python-pptx writes neither, so this module writes the `<p:timing>` and `<p:transition>` elements
itself, from the general fields of a `Page` (`builds`, `build_effect`, `transition`,
`advance_after`). A build is one click per step, each step making its named shapes (or single
paragraphs of them) appear; Morph sits in `mc:AlternateContent` with a plain fade as the fallback,
so readers that predate it (and LibreOffice) still play something.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pptx.oxml import parse_xml
from pptx.oxml.ns import qn

if TYPE_CHECKING:
    from pptx.slide import Slide

    from render.layout import Page

NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
NS_P159 = "http://schemas.microsoft.com/office/powerpoint/2015/09/main"
PRESET = {"appear": 1, "fade": 10, "wipe": 22}  # PowerPoint's entrance preset ids
EFFECT_MS = 500


def apply(slide: Slide, page: Page) -> None:
    """Write the page's transition and build onto a painted slide (no-op when it has neither)."""
    if page.transition or page.advance_after is not None:
        _transition(slide, page)
    if page.builds:
        targets = shape_ids(slide)
        xml = timing_xml(page, targets)
        if xml:
            _insert(slide, parse_xml(xml))


def shape_ids(slide: Slide) -> dict[str, list[tuple[int, bool]]]:
    """Shape ids by name: (id, animatable by paragraph). A member of a group answers with the
    group's id, since a group (a node's outline and label) enters as one."""
    out: dict[str, list[tuple[int, bool]]] = {}
    for shape in slide.shapes:
        el = shape._element
        if el.tag == qn("p:grpSp"):
            for sub in el.iter(qn("p:cNvPr")):
                out.setdefault(sub.get("name", ""), []).append((shape.shape_id, False))
            continue
        text = el.tag == qn("p:sp") and el.find(qn("p:txBody")) is not None
        out.setdefault(shape.name, []).append((shape.shape_id, text))
    return out


def _effect(ctn: list[int], spid: int, para: int | None, preset: int, first: bool, effect: str) -> str:
    """One shape (or one paragraph) entering: a visibility set, plus the fade or wipe filter."""
    ctn[0] += 1
    outer = ctn[0]
    target = f'<p:spTgt spid="{spid}">' + (
        f'<p:txEl><p:pRg st="{para}" end="{para}"/></p:txEl></p:spTgt>' if para is not None else "</p:spTgt>"
    )
    ctn[0] += 1
    inner = (
        f'<p:set><p:cBhvr><p:cTn id="{ctn[0]}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/>'
        f"</p:stCondLst></p:cTn><p:tgtEl>{target}</p:tgtEl><p:attrNameLst><p:attrName>style.visibility"
        '</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>'
    )
    if effect != "appear":
        ctn[0] += 1
        flt = "fade" if effect == "fade" else "wipe(left)"
        inner += (
            f'<p:animEffect transition="in" filter="{flt}"><p:cBhvr><p:cTn id="{ctn[0]}" dur="{EFFECT_MS}"/>'
            f"<p:tgtEl>{target}</p:tgtEl></p:cBhvr></p:animEffect>"
        )
    node = "clickEffect" if first else "withEffect"
    subtype = ' presetSubtype="8"' if effect == "wipe" else ' presetSubtype="0"'
    return (
        f'<p:par><p:cTn id="{outer}" presetID="{preset}" presetClass="entr"{subtype} fill="hold" '
        f'grpId="0" nodeType="{node}"><p:stCondLst><p:cond delay="0"/></p:stCondLst>'
        f"<p:childTnLst>{inner}</p:childTnLst></p:cTn></p:par>"
    )


def timing_xml(page: Page, targets: dict[str, list[tuple[int, bool]]]) -> str:
    """The `<p:timing>` element for the page's build ('' when no step names a shape on the slide)."""
    effect = page.build_effect
    preset = PRESET[effect]
    ctn = [2]  # ids 1 and 2: the root and the main sequence
    clicks: list[str] = []
    built: dict[int, bool] = {}  # spid → built by paragraph
    for step in page.builds:
        effects: list[str] = []
        seen: set[tuple[int, int | None]] = set()
        for ref in step:
            name, _, para_text = ref.partition("#")
            para = int(para_text) if para_text.isdigit() else None
            for spid, has_text in targets.get(name, []):
                p = para if has_text else None
                if (spid, p) in seen:
                    continue
                seen.add((spid, p))
                built[spid] = built.get(spid, False) or p is not None
                effects.append(_effect(ctn, spid, p, preset, not effects, effect))
        if not effects:
            continue
        ctn[0] += 2
        click, group = ctn[0] - 1, ctn[0]
        clicks.append(
            f'<p:par><p:cTn id="{click}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst>'
            f'<p:childTnLst><p:par><p:cTn id="{group}" fill="hold"><p:stCondLst><p:cond delay="0"/>'
            f"</p:stCondLst><p:childTnLst>{''.join(effects)}</p:childTnLst></p:cTn></p:par>"
            "</p:childTnLst></p:cTn></p:par>"
        )
    if not clicks:
        return ""
    text_ids = _text_ids(targets)
    blds = "".join(
        f'<p:bldP spid="{spid}" grpId="0"' + (' build="p"/>' if by_para else ' animBg="1"/>')
        for spid, by_para in sorted(built.items())
        if spid in text_ids
    )
    return (
        f'<p:timing {NS}><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot">'
        '<p:childTnLst><p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq">'
        f"<p:childTnLst>{''.join(clicks)}</p:childTnLst></p:cTn>"
        '<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>'
        '<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst>'
        "</p:seq></p:childTnLst></p:cTn></p:par></p:tnLst>"
        + (f"<p:bldLst>{blds}</p:bldLst>" if blds else "")
        + "</p:timing>"
    )


def _text_ids(targets: dict[str, list[tuple[int, bool]]]) -> set[int]:
    """Shapes with a text body: only these take a build-list entry (PowerPoint's own rule)."""
    return {spid for ids in targets.values() for spid, text in ids if text}


def transition_xml(page: Page) -> str:
    """`<p:transition>`, or Morph inside `mc:AlternateContent` with a fade for older readers."""
    ms = max(int(page.transition_seconds * 1000), 1)
    adv = f' advTm="{int(page.advance_after * 1000)}"' if page.advance_after is not None else ""
    spd = "slow" if ms >= 750 else "med" if ms >= 500 else "fast"
    fade = (
        f'<p:transition {NS} spd="{spd}"{adv}>' + ("<p:fade/>" if page.transition else "") + "</p:transition>"
    )
    if page.transition != "morph":
        return fade
    return (
        f'<mc:AlternateContent xmlns:mc="{NS_MC}">'
        f'<mc:Choice xmlns:p159="{NS_P159}" Requires="p159">'
        f'<p:transition {NS} xmlns:p14="{NS_P14}" spd="{spd}" p14:dur="{ms}"{adv}>'
        '<p159:morph option="byObject"/></p:transition></mc:Choice>'
        f"<mc:Fallback>{fade}</mc:Fallback></mc:AlternateContent>"
    )


def _transition(slide: Slide, page: Page) -> None:
    _insert(slide, parse_xml(transition_xml(page)))


def _insert(slide: Slide, element: Any) -> None:
    """Place an element where the schema wants it: after cSld and clrMapOvr, transition before timing."""
    sld = slide._element
    tag = element.tag
    order = [
        qn("p:cSld"),
        qn("p:clrMapOvr"),
        f"{{{NS_MC}}}AlternateContent",
        qn("p:transition"),
        qn("p:timing"),
    ]
    rank = order.index(tag) if tag in order else len(order)
    after = None
    for child in sld:
        if child.tag in order and order.index(child.tag) <= rank:
            after = child
    if after is None:
        sld.insert(0, element)
    else:
        after.addnext(element)
