"""Several questions asked of one table in one sentence ("who earns the most and who has the best
rating?"): each is answered, not only the one a single reading of the sentence happens to pick."""

from __future__ import annotations

import re

# "and" (or a comma) followed by a question word starts a second ask, in the planner's languages
_NEXT_ASK = re.compile(
    r"\s*(?:,\s*)?(?:,|\band|\by|\be|\bet|\bund|\ben|\bи|\bi|\bve|\boraz)\s+"
    r"(?=(?:who|which|what|where|when|how\s+(?:many|much)|qui[eé]n(?:es)?|qu[eé]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?"
    r"|qui|quel(?:le)?s?|combien|wer|welche[rs]?|was|wie\s+viele?|chi|qual[ei]?|quant[oaie]|quem|hoeveel|welke"
    r"|wat|кто|что|какой|какая|сколько|kto|który|która|ile|kim|hangi|kaç)\b)",
    re.I,
)


def split_asks(question: str) -> list[str]:
    """The asks a question joins with "and" + a question word, each as written; [question] when one."""
    parts = [p.strip(" ,;") for p in _NEXT_ASK.split(question or "")]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 else [question]
