"""The text kind of the rules planner: the markdown given, shown as it is; otherwise a message that
the offline planner cannot answer from general knowledge. Its cues are weak (weight 1): the router
takes text only when no visual cue is found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.rules.request import RulesInput
from generators.rules.words import msg, text_plan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("what is", 1), ("what are", 1), ("who is", 1), ("who was", 1), ("why", 1), ("explain", 1),
           ("define", 1), ("definition", 1), ("when did", 1), ("summari*", 1)],
    "zh": [("什么是", 1), ("是什么", 1), ("为什么", 1), ("解释", 1), ("谁是", 1), ("定义", 1)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    if req.content:
        return text_plan(req.content)
    return text_plan(msg(req.lang, "research", what=msg(req.lang, "what_text")))
