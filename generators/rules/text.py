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
           ("define", 1), ("definition", 1), ("when did", 1), ("summari*", 1), ("summary", 1),
           # writing, code and language tasks: text even when a visual word appears in them
           (r"re:\b(?:write|give me|generate|draft|compose)\s+(?:me\s+)?(?:a|an|the|some)?\s*(?:short\s+)?"
            r"(?:python|javascript|typescript|java|sql|bash|shell|regex|regular expression|function|script|query|"
            r"code|program|email|e-mail|letter|poem|haiku|essay|tweet|cover letter|story|limerick|song)\b", 4),
           ("regex", 3), ("regular expression", 3), ("sql query", 4), ("translate", 3), ("rewrite", 3),
           ("proofread", 3), ("fix this", 3), ("debug", 3)],
    "zh": [("什么是", 1), ("是什么", 1), ("为什么", 1), ("解释", 1), ("谁是", 1), ("定义", 1), ("总结", 1), ("概括", 1),
           ("翻译", 3)],
    "es": [("qué es", 1), ("por qué", 1), ("resume", 1), ("resuma", 1), ("resumen", 1), ("traduce", 3)],
    "fr": [("qu'est-ce", 1), ("c'est quoi", 1), ("pourquoi", 1), ("résume", 1), ("résumé", 1), ("traduis", 3)],
    "de": [("was ist", 1), ("warum", 1), ("wer war", 1), ("zusammenfass*", 1), ("fasse", 1), ("übersetze", 3)],
    "pt": [("o que é", 1), ("por que", 1), ("resuma", 1), ("resumo", 1), ("traduza", 3)],
    "it": [("cos'è", 1), ("che cos'è", 1), ("perché", 1), ("riassumi", 1), ("riassunto", 1), ("traduci", 3)],
    "ru": [("что такое", 1), ("почему", 1), ("кратко", 1), ("резюм", 1), ("переведи", 3)],
    "ja": [("とは", 1), ("教えて", 1), ("要約", 1), ("翻訳", 3)],
    "ko": [("뭐야", 1), ("무엇", 1), ("요약", 1), ("번역", 3)],
    "ar": [("ما هو", 1), ("ما هي", 1), ("لخص", 1), ("ملخص", 1), ("ترجم", 3)],
    "hi": [("क्या है", 1), ("सारांश", 1), ("अनुवाद", 3)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    if req.content:
        return text_plan(req.content)
    return text_plan(msg(req.lang, "research", what=msg(req.lang, "what_text")))
