"""Series written as a name before its run of values ("firsts 34, 41, 29, 38 and seconds 27, 30,
33, 36", "A takımı 21, 25, 19, 30; B takımı 18, 22, 27, 26"): what `extract._groups` falls back to
when no series is given in brackets."""

from __future__ import annotations

import re

from generators.rules.measures import different_measures
from generators.rules.numbers import Num, find_numbers

# A name, then a run of three or more bare numbers ("firsts 34, 41, 29, 38"): one series of its own.
_NAMED_RUN = re.compile(
    r"(?<![\w.,])([^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,2})\s*:?\s+"
    r"(\d+(?:\.\d+)?(?:\s*[,，、]\s*\d+(?:\.\d+)?){2,})(?![\w.,]?\d)"
)


def named_runs(text: str, locale: str) -> list[tuple[str, list[Num]]]:
    """'firsts 34, 41, 29, 38 and seconds 27, 30, 33, 36': each name with its run of values."""
    found: list[tuple[str, list[Num]]] = []
    for m in _NAMED_RUN.finditer(text):
        nums = find_numbers(m.group(2), locale)
        words = m.group(1).split()
        while words and _AND_WORD.fullmatch(words[-1]):
            words.pop()  # "team A did 21, 25, 19": the team, not the verb
        while words and _AND_WORD.fullmatch(words[0]):
            words.pop(0)  # "and seconds 27, 30": the name after the joiner
        # one word names it ("firsts"); two when the last is a letter or number ("team A")
        # ("A takımı": the letter first, as Turkish puts it)
        lettered = words and (len(words[-1]) == 1 or (len(words) >= 2 and len(words[-2]) == 1))
        name = " ".join(words[-2:] if lettered else words[-1:])
        if len(nums) >= 3 and name and not any(n.is_year for n in nums):  # "for 2019, 2020, 2021": years
            found.append((name, nums))
    if len({name.casefold() for name, _ in found}) < len(found):
        return []  # the same name twice: no two series told apart
    names = [re.sub(r"(?<=\w\w)s$", "", name) for name, _ in found]  # "heights": "height"
    return [] if different_measures(names) else found  # "ages 3, 5, 7 and heights 90, 100, 110"


_AND_WORD = re.compile(
    r"and|or|y|et|und|e|och|dan|và|и|then|were|was|are|is|of|by|with|for|in|on|at|from|to|scored|did|made|got|had"
    r"|has|have|ran|sold"
    r"|hizo|hicieron|a\s+fait|hat|hatte|ha|fez|fizeram",
    re.I,
)
