"""Infographic blocks from the user's own content (`content.Content`): two sides compared (pros
and cons, do's and don'ts, plan A vs plan B), dated items on a timeline, steps, key numbers as
stat cards, a reference card of terms and their meaning, or a checklist. Every item given appears
in one block; nothing is added."""

from __future__ import annotations

import re
from typing import Any

from generators.rules.content import CONS, PROS, Content, names_nothing
from generators.rules.numbers import find_numbers
from generators.rules.templates import block_name, template
from generators.rules.words import cap, short
from render.plan import (
    CalloutBlock,
    ChecklistBlock,
    ComparisonBlock,
    Event,
    InfographicPlan,
    Stat,
    StatsBlock,
    Step,
    StepsBlock,
    TableBlock,
    TimelineBlock,
)

# Wording that asks for steps in order, in the planner's languages.
STEPS = re.compile(
    r"\bsteps?\b|\bhow to\b|\bprocess\b|\bprocedure\b|\brecipe\b|\bpasos\b|\bétapes\b|\bschritte\b|\bpassos\b|"
    r"\bpassaggi\b|\bшаг|手順|步骤|做法|流程|단계|चरण|خطوات|"
    # "how to …" in other languages: what follows is done in order
    r"\bcómo (?:hacer|preparar|cocinar)\b|\bcomment (?:faire|préparer|cuisiner)\b|\bwie (?:man|mache|koche)\b|"
    r"\bcome (?:fare|preparare|cucinare)\b|\bcomo (?:fazer|preparar|cozinhar)\b|\bкак (?:приготовить|сделать|"
    r"настроить|установить)\b|怎么做|如何|作り方|やり方|만드는 법|하는 방법|कैसे बनाएं|كيف",
    re.I,
)
CHECK = re.compile(
    r"check\s?list|to-?do|packing|lista de|liste|checkliste|清单|チェック|체크|чек|قائمة|चेकलिस्ट", re.I
)
_REF_SEP = re.compile(r"\s+(?:–|—|-|=|:)\s+|\s*[=：]\s*")
_READING = re.compile(
    r"^(?P<label>(?:.*?\D)?)\s*(?P<value>\d+(?:[.,]\d+)?\s?/\s?\d+(?:[.,]\d+)?|(?<!\d)\d{1,2}:\d{2}(?:\s?[ap]m)?)$",
    re.I,
)
_CODE_TAIL = re.compile(r"^(?P<label>.*?\D)\s*(?P<value>\+?\d[\d\s-]{1,14}\d|\d{2,4})$")


_RANGE_END = re.compile(
    r"\s*(?:[-–—~]|\s(?:to|bis|à|a|al|до)\s)\s*(?P<to>[$€£¥₹]?\d[\d.,]*(?:\s?(?:k|m|bn|%)(?![^\W\d_]))?)",
    re.I,
)


# the word that joins a measure to its figure: "headcount is 45", "budget de 250 000 €", "équipe de 6"
_LINK = re.compile(
    r"(?<=\S)\s+(?:is|are|was|were|of|=|est|sont|de|d'|es|son|ist|sind|von|è|sono|di|é|são|da|do|van|wynosi)$",
    re.I,
)


# Opening hours: "6:00-23:00", "9h–17h" are one value, never "23:00" with "6:00" left in the label.
_HOURS = re.compile(r"(?<![\d:])\d{1,2}[:.h]\d{2}\s*[-–—~]\s*\d{1,2}[:.h]\d{2}(?![\d:])")
# A unit's symbol typed after its figure ("620 m", "1,2 milhão t"): part of the value, not the label.
_SYMBOL = re.compile(r"\s?(?:[mtglh]|km|kg|cm|mm|ml|ha|m²|m2|km²)(?![^\W\d_])")


# Digits joined by a slash and by dots or dashes (a company or case number), or letters joined to digits
# by a dash (a lift's or a form's number, "ПП-0411", "KR-12"): one identifier.
_ID_TOKEN = re.compile(
    r"(?<![\w.,/-])\d[\d.]*/[\d./-]*\d(?![\w/])|(?<![\w.,/-])\d+(?:\.\d+)+-\d[\d-]*(?![\w/])"
    r"|(?<![\w.,/-])[^\W\d_]{1,4}-\d{2,}(?![\w/.,])"
)


def _stat(item: str) -> Stat | None:
    """'120 desks' → 120 / desks; 'policía 091' → 091 / policía; None without exactly one figure."""
    if re.fullmatch(r"\+?\(?\d[\d\s()-]{6,}\d", item.strip()):
        return None  # "0161 496 0321": a phone number alone is kept whole as written, never "496 0321"
    hours = _HOURS.search(item)
    if hours is not None:
        label = (item[: hours.start()] + " " + item[hours.end() :]).strip(" ,.:;-–—()")
        return Stat(value=hours.group(0), label=short(re.sub(r"\s+", " ", label), 80))
    nums = [n for n in find_numbers(item) if not n.is_year]
    whole = _ID_TOKEN.search(item)
    if whole and (not nums or (len(nums) == 1 and whole.start() <= nums[0].start < whole.end())):
        # "CNPJ 12.345.678/0001-90", "ref 2024/118-B": an identifier is one figure, never "0001-90"
        label = (item[: whole.start()] + " " + item[whole.end() :]).strip(" ,.:;-–—()")
        return Stat(value=short(whole.group(0), 24), label=short(re.sub(r"\s+", " ", label), 80))
    if len(nums) == 1:
        n = nums[0]
        # "$300-500": the range's far end is part of the figure, never "-500" left in the label
        far = _RANGE_END.match(item, n.end)
        end, value = (far.end(), f"{n.text}–{far.group('to')}") if far else (n.end, n.text)
        symbol = None if far or n.unit else _SYMBOL.match(item, end)
        if symbol is not None:
            end, value = symbol.end(), value + symbol.group(0)
        before, after = item[: n.start].strip(), item[end:].strip()
        link = _LINK.search(before)
        if link and after and len(after.split()) <= 2 and not re.search(r"\d", after):
            # "headcount is 45 people": what is counted goes with the figure, the label is what it is of
            before, value, after = before[: link.start()], f"{value} {after}", ""
        elif link and not after:
            before = before[: link.start()]  # "average sleep is 6.8 hours", "revenue was $4.2M"
        label = re.sub(r"\s+", " ", before + " " + after).strip(" ,.:;-–—()")
        if len(label.split()) > 12:
            return None  # a long line with one figure in it is a sentence to keep whole, no key number
        return Stat(value=short(value, 24), label=short(label, 80))
    reading = _READING.match(item.strip())
    if reading and not nums:  # "BP 160/100", "drip at 14:00": one reading, never "160/" and 100
        label = re.sub(
            r"\s+(?:at|à|um|a las|alle|ore|в|om|saat)$", "", reading.group("label").strip(" :-–—"), flags=re.I
        )
        return Stat(value=reading.group("value"), label=short(label, 80))
    code = _CODE_TAIL.match(item.strip())
    if code and not nums:
        return Stat(value=code.group("value").strip(), label=short(code.group("label").strip(" :-–—"), 80))
    return None


def _reference(items: list[str]) -> list[Step] | None:
    """'git status – show changes', 'Hund = dog': a term and its meaning, for every item."""
    out = []
    for item in items:
        parts = _REF_SEP.split(item, maxsplit=1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            return None
        out.append(Step(title=short(parts[0].strip(), 80), text=short(parts[1].strip(), 200)))
    return out


def _sides(given: Content) -> tuple[str, list[str], str, list[str]] | None:
    pair = given.pair
    if pair is None:
        return None
    (left, li), (right, ri) = pair
    if PROS.match(right.strip()) and CONS.match(left.strip()):
        (left, li), (right, ri) = (right, ri), (left, li)
    return cap(left), li, cap(right), ri


def content_blocks(given: Content, question: str) -> list[Any]:
    """The blocks that lay the content out (see the module docstring for the order tried)."""
    versus = given.versus
    if versus is not None:
        return [TableBlock(columns=versus[0], rows=versus[1])]
    sides = _sides(given)
    if sides is not None:
        left, li, right, ri = sides
        return [
            ComparisonBlock(
                left_title=short(left, 80),
                left_items=[short(cap(t), 150) for t in li[:12]],
                right_title=short(right, 80),
                right_items=[short(cap(t), 150) for t in ri[:12]],
            )
        ]
    if given.sections:
        return [
            ChecklistBlock(title=short(cap(head), 80), items=[short(cap(t), 150) for t in items[:16]])
            for head, items in given.sections[:12]
        ]
    items = given.items
    dated = given.dated
    if dated:
        return [
            TimelineBlock(events=[Event(date=short(d, 40), title=short(cap(e), 80)) for d, e in dated[:16]])
        ]
    if given.ordered or STEPS.search(question):
        return [StepsBlock(items=[Step(title=short(cap(t), 80)) for t in items[:12]])]
    stats = [_stat(t) for t in items]
    if sum(s is not None for s in stats) >= max(2, len(items) // 2):
        blocks: list[Any] = [StatsBlock(items=[s for s in stats if s is not None][:12])]
        rest = [t for t, s in zip(items, stats, strict=True) if s is None]
        if rest:
            blocks.append(CalloutBlock(text=short("; ".join(cap(t) for t in rest), 400)))
        return blocks
    reference = _reference(items)
    if reference is not None and not CHECK.search(question):
        return [StepsBlock(items=reference[:12])] + (
            [StepsBlock(items=reference[12:24])] if len(reference) > 12 else []
        )
    return [ChecklistBlock(items=[short(cap(t), 150) for t in items[:16]])] + (
        [ChecklistBlock(items=[short(cap(t), 150) for t in items[16:32]])] if len(items) > 16 else []
    )


def content_infographic(given: Content, question: str, lang: str) -> InfographicPlan:
    blocks = content_blocks(given, question)
    t = template(lang)
    title = given.lead if not names_nothing(given.lead or "") else t["summary"]
    shown = list(given.items)[:8]
    answer = t["items_answer"].format(
        n=len(given.items), type=block_name(lang, blocks[0].type), shown=t["sep"].join(shown)
    ) + ("…" if len(given.items) > 8 else t["stop"])
    return InfographicPlan(
        title=short(cap(title), 120),
        blocks=blocks,
        answer=short(answer, 1000),
        alt_text=short(
            t["info_alt"].format(title=title, types=", ".join(block_name(lang, b.type) for b in blocks)), 300
        ),
    )
