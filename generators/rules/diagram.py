"""The diagram kind of the rules planner: structure in pasted markdown or in the question's own
wording (arrows, numbered steps, "first … then …", a list after a colon)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.markdown import markdown_to_diagram, text_to_diagram
from generators.rules.cues import DIAGRAM_TYPE_CUES
from generators.rules.request import RulesInput
from generators.rules.words import first_of, msg, text_plan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("flowchart", 4), ("flow chart", 4), ("flow diagram", 4), ("org chart", 4),
           ("organization chart", 4), ("organisation chart", 4), ("organizational chart", 4),
           ("organigram", 4), ("mind map", 4), ("mindmap", 4), ("diagram", 3), ("hierarchy", 3),
           ("hierarchical", 3), ("family tree", 4), ("decision tree", 4), ("tree diagram", 4),
           ("tree structure", 4), ("workflow", 3), ("process", 2), ("pipeline", 2), ("architecture", 2),
           ("system design", 3), ("lifecycle", 3), ("life cycle", 3), ("cycle", 2), ("steps", 2),
           ("step by step", 2), ("sequence diagram", 4), ("dependency graph", 4), ("network diagram", 4),
           ("re:how (?:does|do|is|are) .{1,80}?(?:work|made|built|produced)", 2), ("->", 2), ("→", 2),
           ("concept map", 4), ("swimlane", 4), ("swim lane", 4), ("state machine", 4), ("state diagram", 4),
           ("er diagram", 4), ("entity relationship", 4), ("uml", 3), ("data flow", 3), ("dataflow", 3),
           ("branching model", 3), ("sitemap", 3), ("site map", 3), ("site structure", 3), ("topology", 3),
           ("relationship map", 4), ("map the relationships", 4), ("map out", 2), ("process map", 4),
           (r"re:\bhow (?:does|do|is|are) .{1,80}? relate", 3), ("relates to", 2), ("depend on each other", 3),
           ("dependencies", 3), ("reports to", 2), ("reporting to", 2), ("←", 2), ("<-", 2)],
    "zh": [("流程图", 5), ("组织结构图", 5), ("组织架构图", 5), ("架构图", 5), ("思维导图", 5), ("脑图", 4),
           ("结构图", 5), ("示意图", 4), ("关系图", 5), ("树状图", 5), ("拓扑图", 5), ("流程", 2), ("步骤", 2),
           ("层级", 3), ("工作原理", 2), ("是如何工作", 2), ("怎么运作", 2), ("生命周期", 3), ("循环", 2),
           ("概念图", 4), ("泳道图", 5), ("状态图", 5), ("依赖关系", 3)],
    "es": [("diagrama de flujo", 5), ("flujograma", 5), ("organigrama", 4), ("mapa mental", 4), ("mapa conceptual", 4),
           ("diagrama", 3), ("proceso", 2), ("esquema", 3), ("flujo de trabajo", 3), ("ciclo de vida", 3)],
    "fr": [("organigramme", 4), ("logigramme", 4), ("carte mentale", 4), ("carte conceptuelle", 4),
           ("diagramme de flux", 5), ("schéma", 3), ("processus", 2), ("arborescence", 3), ("cycle de vie", 3)],
    "de": [("flussdiagramm", 4), ("ablaufdiagramm", 4), ("organigramm", 4), ("mindmap", 4), ("prozess", 2),
           ("schaubild", 3), ("ablauf", 2), ("baumdiagramm", 4), ("prozessdiagramm", 4)],
    "pt": [("fluxograma", 5), ("organograma", 4), ("mapa mental", 4), ("mapa conceitual", 4), ("diagrama", 3),
           ("processo", 2), ("esquema", 3)],
    "it": [("diagramma di flusso", 5), ("organigramma", 4), ("mappa mentale", 4), ("mappa concettuale", 4),
           ("diagramma", 3), ("schema", 3), ("processo", 2), ("flusso", 2)],
    "ru": [("блок-схем", 5), ("схем", 3), ("интеллект-карт", 4), ("майнд-карт", 4), ("ментальн", 3),
           ("оргструктур", 4), ("организационн", 3), ("процесс", 2)],
    "ja": [("フローチャート", 5), ("組織図", 5), ("マインドマップ", 5), ("図解", 3), ("手順", 2), ("流れ", 2),
           ("相関図", 5), ("関係図", 5), ("構成図", 5), ("流れ図", 5), ("系統図", 5), ("図にして", 3), ("フロー", 3),
           ("状態遷移", 4)],
    "ko": [("순서도", 5), ("흐름도", 5), ("플로우차트", 5), ("조직도", 5), ("마인드맵", 5), ("다이어그램", 4),
           ("관계도", 5), ("구조도", 5), ("프로세스", 2)],
    "ar": [("خريطة ذهنية", 5), ("مخطط انسيابي", 5), ("هيكل تنظيمي", 5), ("مخطط تدفق", 5), ("رسم تخطيطي", 4),
           ("مخطط هيكلي", 5)],
    "hi": [("फ्लोचार्ट", 5), ("फ़्लोचार्ट", 5), ("माइंड मैप", 5), ("प्रक्रिया", 2), ("संगठन चार्ट", 5), ("आरेख", 4)],
}
# fmt: on


def diagram_type_from(question: str) -> str | None:
    return first_of(question, DIAGRAM_TYPE_CUES)


def build(req: RulesInput) -> Plan:
    dtype = diagram_type_from(req.question)
    content = req.source()
    if content:
        try:
            return markdown_to_diagram(content, title=None, diagram_type=dtype)
        except ValueError:
            pass  # no structure in the pasted answer: try the question's own wording
    diagram = text_to_diagram(req.question, diagram_type=dtype)
    if diagram is not None:
        return diagram
    return text_plan(msg(req.lang, "no_structure"))
