"""What a kind builder of the rules planner is given: `RulesInput`, one request made ready.

Every builder module (`generators/rules/<kind>.py`, or any module a registered kind names in
`Kind.planner.rules`) exposes `CUES` and `build(req: RulesInput) -> Plan`. The planner makes the
input once, so builders do not repeat the clean-up: the question is cut to `MAX_QUESTION`, the
language is detected, a table is present only when it is a table, and markdown pasted under an
instruction ("make slides from this:" and a markdown body below it) counts as content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.rules.chatter import content_body
from generators.rules.content import LIST_ITEM, lead_title
from generators.rules.extract import extract_data
from generators.rules.pasted import pasted_table
from generators.rules.qdata import QuestionData
from generators.rules.words import MAX_QUESTION, lang_of, language

if TYPE_CHECKING:
    import pandas as pd

    from generators.base import PlanRequest


# "order > pick > pack > ship", "申请 > 主管审批 > 人事备案": a chain typed with ">", never a comparison of numbers.
# A '>' between words, spaced ("order > pick") or between CJK words; never one touching a number ("if >5k").
_GT = re.compile(
    r"(?<=[^\W\d_]|[\u0900-\u097f])(?:\s+[>＞]\s+|(?<=[\u3040-\u9fff\uac00-\ud7af])\s*[>＞]\s*(?=[\u3040-\u9fff\uac00-\ud7af]))(?=(?:\d+\s+(?!(?:and|or|then|und|oder|y|o|et|ou|e)\b))?[^\W\d_])"
)


# "wound care steps clean irrigate dress secure": single words typed after a process noun, one step each
_SPACED_STEPS = re.compile(
    r"^(?P<lead>.{0,80}?\b(?:steps|process|flow|workflow|procedure|cycle|stages|phases|pipeline|ablauf|schritte|proceso"
    r"|pasos|processus|étapes|processo|passi|etapas|proces|stappen|процесс|этапы|süreç|adımlar|etapy)\b)"
    r"\s+(?P<steps>(?:[^\W\d_]{3,20}\s+){2,7}[^\W\d_]{3,20})\s*$",
    re.I,
)


def spaced_steps(question: str) -> str:
    """Steps typed as single words after a process noun, joined by arrows (not CJK: spaced terms there are
    as often a list of topics as steps)."""
    m = _SPACED_STEPS.match(question.strip())
    if m is None or "\n" in question:
        return question
    return f"{m.group('lead')}: " + " → ".join(m.group("steps").split())


# A tree copied from a chat or a terminal, its branches drawn with box characters ("사장님\n└ 점장\n   ├ 주간 알바"):
# a branch mark ├ └ (or ASCII |-- `--) after any run of spaces and │ rails, then the item.
_BRANCH = re.compile(r"^(?P<rail>[ \t│┃║|]*)(?P<mark>[├└┣┗╠╚]|[|`+](?=[-─]))[-─━═]*[ \t]*(?P<item>\S.*)$")


def box_tree(question: str) -> str:
    """A tree drawn with box characters read as the indented list it is: each branch a bullet, one level
    deeper the further right its mark sits, and the line just above the first branch (no lead ending in
    a colon) its root. Two branches at least; every other line stays as typed."""
    lines = question.split("\n")
    marks = {k: m for k, ln in enumerate(lines) if (m := _BRANCH.match(ln)) is not None}
    if len(marks) < 2:
        return question
    columns = sorted({len(m.group("rail").expandtabs(4)) for m in marks.values()})
    first = min(marks)
    root = (
        first - 1
        if first > 0 and lines[first - 1].strip() and not lines[first - 1].rstrip().endswith((":", "："))
        else None
    )
    out = []
    for k, line in enumerate(lines):
        if (m := marks.get(k)) is not None:
            level = columns.index(len(m.group("rail").expandtabs(4))) + (root is not None)
            out.append("  " * level + "- " + m.group("item").strip())
        elif k == root:
            out.append("- " + line.strip())
        else:
            if k - 1 in marks and line.strip():
                out.append("")  # the ask typed under the tree is no part of its last branch
            out.append(line)
    return "\n".join(out)


# Punctuation dictated into a voice note and transcribed as words ("camera reads plate comma if not …
# full stop"): the marks they name. Read only when the comma is said twice or more (one "comma" is a word).
_SAID_COMMA = r"comma|coma|virgule|komma|virgola|v[ií]rgula|запятая|przecinek|virgül"
_SAID_STOP = (
    r"full\s+stop|period|point\s+(?:final|à\s+la\s+ligne)|punto(?:\s+(?:final|y\s+aparte|y\s+seguido|e\s+a\s+capo))?"
    r"|ponto(?:\s+final)?|punkt|punt|точка|kropka|nokta"
)


# a number said with its decimal comma ("twee komma één miljoen", "drei Komma fünf"): no punctuation said
_DIGIT_WORD = (
    r"\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
    r"|null|eins|zwei|drei|fünf|sechs|sieben|neun|zehn|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre"
    r"|quattro|cinque|sei|sette|otto|nove|dieci|um|dois|três|quatro|sete|oito|dez|zéro|un|deux|trois|quatre|cinq|sept"
    r"|huit|neuf|dix|ноль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|jeden|dwa|trzy|cztery|pięć"
    r"|sıfır|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz"
)
_SAID_DECIMAL = re.compile(
    rf"(?<![^\W_])(?:{_DIGIT_WORD})\s+(?:{_SAID_COMMA})\s+(?:{_DIGIT_WORD})(?![^\W_])", re.I
)


def dictated(question: str) -> str:
    """A voice note's spoken punctuation written as marks: 'comma' as a comma, 'full stop' as a full
    stop, so its steps split as typed ones do. Unchanged unless a comma word is said twice or more
    between words."""
    said = re.compile(rf"(?<=[^\W\d_])\s+(?:{_SAID_COMMA})\s+(?=[^\W\d_])", re.I)
    if len(said.findall(question)) < 2 or _SAID_DECIMAL.search(question):
        return question
    question = said.sub(", ", question)
    return re.sub(rf"(?<=[^\W\d_])\s+(?:{_SAID_STOP})(?:\s+|\s*$)(?=[^\W\d_]|$)", ". ", question, flags=re.I)


_QUOTED = re.compile(r"(?m)^[ \t]*>[ \t]?")


def email_quoted(question: str) -> str:
    """Lines pasted from an email reply ("> income £41,200" on two lines or more) read as typed: the
    quote marks are the mail's, not the content's, nor a blockquote to restyle."""
    lines = question.splitlines()
    quoted = [k for k, ln in enumerate(lines) if re.match(r"\s*>\s?\S", ln)]
    if len(quoted) < 2:
        return question
    above = next((ln.strip() for ln in reversed(lines[: quoted[0]]) if ln.strip()), "")
    if above and not above.endswith((":", "：")):
        return question  # "alcalde / > concejalía …": the marks say what hangs under the line above
    return _QUOTED.sub("", question)


def gt_chain(question: str) -> str:
    """Steps joined by '>' (two or more) read as arrows, the way people type a flow or an org chart
    in a search box ("order > pick > pack > ship", "CEO > CTO; CTO > 3 devs"); a comparison ("x > 5",
    "if >5k") keeps its sign."""
    if len(_GT.findall(question)) < 2:
        return question
    return _GT.sub(" → ", question)


# "flowchart of support: - customer calls - IVR - agent": a list's bullets typed on one line after a colon
_INLINE_LIST = re.compile(r"(?P<lead>[:：])[ \t]*(?P<mark>[-–*][ \t]+|[•・][ \t]*)(?P<rest>\S.*)$")


def _read_whole(line: str, items: list[str]) -> bool:
    """The line already reads as one series, an item a value ("donut chart (%): - male 48 - female 50 - other 2")."""
    data = extract_data(line)
    return data is not None and len(data.categories) == len(items)


def inline_bullets(question: str) -> str:
    """Bullets typed on one line after a colon, each item put on its own line as a list is written
    ("売上：・2021年 東京 50 ・2022年 東京 55 ・2023年 …", "steps: - sign up - verify - log in"). Three bullets at
    least, and short items: two dashes split a sentence as often as a list ("quick one: - need a regex -
    to match postcodes"), and a dash inside prose ("Q1 - Q4", "-5 °C") is no bullet. A line the series
    reader already reads whole stays as typed."""
    lines = []
    for line in question.split("\n"):
        m = _INLINE_LIST.search(line)
        if m is not None:
            mark = m.group("mark").strip()
            sep = rf"\s+{re.escape(mark)}\s+" if mark in "-–*" else rf"\s*{re.escape(mark)}\s*"
            items = [it.strip() for it in re.split(sep, m.group("rest"))]
            if (
                len(items) >= 3
                and all(items)
                and all(len(it) <= 80 for it in items)
                and not _read_whole(line, items)
            ):
                line = line[: m.end("lead")] + "".join(f"\n- {it}" for it in items)
        lines.append(line)
    return "\n".join(lines)


_BULLET = re.compile(r"^\s*[-*+•]\s+\S")


def listed_series(body: str | None, text: str) -> QuestionData | None:
    """A bulleted list whose every item is a label and its number ("- 3 cats", "- 2020 80") is the same
    series as the list typed on one line, and routed as one: the numbers are the content, never a
    checklist. None for anything else pasted (an answer, sections, items without a number each)."""
    lines = [ln for ln in (body or "").splitlines() if ln.strip()]
    while len(lines) > 2 and not _BULLET.match(lines[-1]) and not re.search(r"\d", lines[-1]):
        lines.pop()  # "- misc 10%\npie chart pls": the ask typed after the list is no item of it
    if len(lines) < 2 or not all(_BULLET.match(ln) for ln in lines):
        return None
    data = extract_data(text)
    return data if data is not None and len(data.categories) == len(lines) else None


def typed_series(question: str) -> bool:
    """A list typed under a request, a label and its number a line ("pie chart of my budget:\n- rent 1400\n-
    food 450"): read as the series the same words on one line are, never as a pasted table of unnamed
    columns ("… by label")."""
    return listed_series(content_body(question), question) is not None


_NOTE_AFTER_LIST = re.compile(
    r"(^[ \t]*[-*•][ \t]+[^\n]*\n)(?=[^\s\-*•#|>\d][^\n:：]{0,30}[:：][ \t]*\S)", re.M
)


def titled_body(question: str) -> str | None:
    """The body pasted under a request, as markdown; a body without a heading is titled by the request's
    first line ("carte mentale de mes vacances :" heads the list with "Mes vacances"), so no builder takes
    its first item for the title."""
    body = content_body(question)
    if body is not None:  # "- caña 2,50 €\nalérgenos: gluten, huevo": a note of its own, not the item's tail
        body = _NOTE_AFTER_LIST.sub(r"\1\n", body)
    first = question.strip().split("\n", 1)[0]
    # "Klassenfahrt nach Hamburg\n- Tag 1 …": a body whose first line is no item has its own title
    if (
        body is None
        or not LIST_ITEM.match(body)
        or len(first) > 60
        or re.search(r"[.!?。！？](?=\s|$)", first.rstrip(" :：")) is not None  # a story, not a name
    ):
        return body
    title = lead_title(first)
    return f"# {title}\n\n{body}" if title else body


@dataclass(frozen=True, eq=False)  # a DataFrame field neither compares nor hashes
class RulesInput:
    """One planning request, cleaned: what every rules builder reads."""

    question: str
    """The question, cut to `MAX_QUESTION` characters."""
    lang: str = "en"
    """The language titles, computed answers and alt texts are written in (`words.lang_of`: a
    language with templates in `generators.rules.templates`, else 'en')."""
    language: str = "en"
    """The question's language for messages (`words.language`: en, zh, ja, ko, es, fr, …)."""
    table: pd.DataFrame | None = None
    """The attached table, if any (anything without columns is dropped)."""
    table_name: str = ""
    """The table's name for titles: "sales" for "data/sales.csv"."""
    markdown: str | None = None
    """The markdown answer attached to the request, if any."""
    content: str | None = None
    """Markdown to restructure: the answer attached, else a body pasted in the question."""
    history: tuple[dict[str, str], ...] = ()
    """Earlier turns, oldest first, as {"role": ..., "content": ...}."""
    pasted: bool = False
    """The table was pasted in the question (`generators.rules.pasted`): no attachment carries it to
    the renderer, so the plan must carry its data (`generators.rules.carry`)."""
    typed: str = ""
    """With a pasted table: the question as typed, table lines and all (facts of one place read whole)."""

    @classmethod
    def from_request(cls, request: PlanRequest) -> RulesInput:
        question = spaced_steps(
            gt_chain(
                inline_bullets(email_quoted(box_tree(dictated((request.question or "")[:MAX_QUESTION]))))
            )
        )
        table = request.table if request.table is not None and hasattr(request.table, "columns") else None
        markdown = request.markdown if request.markdown and request.markdown.strip() else None
        # "sales.csv" names the table as "Sales", never as "sales.csv"
        name = request.table_name.rsplit("/", 1)[-1].rsplit(".", 1)[0] if request.table_name else ""
        pasted = None
        typed = question
        if table is None and markdown is None and not typed_series(question):
            pasted = pasted_table(question)
            if pasted is not None:  # data pasted in the question is read like an attachment
                table, question = pasted
        return cls(
            question=question,
            lang=lang_of(question),
            language=language(question),
            table=table,
            table_name=name,
            markdown=markdown,
            content=markdown or titled_body(question),
            history=tuple(request.history or ()),
            pasted=pasted is not None,
            typed=typed if pasted is not None else "",
        )

    def content_lang(self) -> str | None:
        """The language of texts computed around markdown the user gave (`source`): the question's
        when it is positively another language ("haz diapositivas de esto"); else None, and the
        markdown's own decides, as it always did ('en' is also what detection falls back to, so an
        English "make slides of this" says nothing of the language wanted; Chinese is unchanged)."""
        return self.lang if self.lang not in ("en", "zh") else None

    def source(self) -> str | None:
        """The content to restructure: `content`, else the last answer when the question refers back
        to it ('turn that into slides'). Builders that rework an answer (slides, infographic,
        diagram) read this; the others read `content` only."""
        if self.content is not None:
            return self.content
        return last_assistant(list(self.history)) if refers_back(self.question) else None


def last_assistant(history: list[dict[str, str]] | None) -> str | None:
    for turn in reversed(history or []):
        if (
            isinstance(turn, dict)
            and turn.get("role") == "assistant"
            and str(turn.get("content", "")).strip()
        ):
            return str(turn["content"])
    return None


def refers_back(question: str) -> bool:
    """'turn that into slides', '把上面的内容做成PPT': the last assistant answer is the content."""
    return bool(
        re.search(r"\b(?:this|that|it|above|previous|last answer|your answer)\b", question, re.I)
        or re.search(r"这个|这些|上面|上述|刚才|以上", question)
    )
