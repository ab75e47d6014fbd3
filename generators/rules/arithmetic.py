"""One sum written as the question ("what's 15% of 240", "12 × (7 + 3)", "the median of 3, 8, 12"):
worked out, not refused.

The expression goes through the app kind's formula grammar (`render.formula`: parsed by lark,
evaluated by walking the tree, never Python's eval), so what the planner computes is bounded and
the numbers are never read as a chart's categories ("is 12, + 3")."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from generators.rules.numbers import Num, fmt_number

_ASK = re.compile(
    r"^\s*(?:what(?:'s|s| is)|how much is|calculate|compute|work out|solve|cu[aá]nto es|combien (?:font|fait)|"
    r"wie ?viel ist|quanto (?:é|fa|dá|da|fanno)|quant'è|hoeveel is|ile (?:to|wynosi)|kaç eder|сколько будет|计算|算一下)?"
    r"\s*(?P<expr>.*?)\s*(?:=|equals)?\s*[?？]?\s*$",
    re.I,
)
_PERCENT_OF = re.compile(
    r"^(?P<p>[\d.,]+)\s*(?:%|percent|per cent|por ciento|por cento|pour cent|prozent|per cento|procent)\s+"
    r"(?:of|de|du|des|von|di|del|da|do|van|z|от)\s+(?P<cur>[$€£¥]|R\$)?\s*(?P<x>[\d.,]+)"
    # the money's name or "just the amount" after it: "15% de 3.480 reais só o valor"
    r"(?:\s+(?:reais|real|euros?|dollars?|pesos|francs|pounds|zł|zloty|lira|tl|rupees?|rubles?|рублей))?"
    r"(?:\s*,?\s*(?:s[óo]\s+o\s+valor|just\s+the\s+(?:number|amount)|solo\s+el\s+(?:valor|número)|nur\s+die\s+zahl))?$",
    re.I,
)
_EXPR = re.compile(r"^[\d\s.,+\-*/×÷^()]+$")


def _number(text: str) -> str:
    """'1,240' → '1240' (a thousands comma); a lone comma is a decimal mark ('3,5')."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return text.replace(",", "")
    return text.replace(",", ".")


def _comma_number(text: str) -> str:
    """'3.480' → '3480', '1.234,5' → '1234.5', '2,5' → '2.5': a number written with a decimal comma,
    where a dot groups thousands only before three digits ('2.5' stays two and a half)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    return text.replace(",", ".")


# "what's the median of 3, 8, 12?", "la media de 4, 6 y 9", "12, 15, 9 的平均数": one statistic of a
# list of bare numbers, asked at the end of the message (chatter before it is fine).
_STATS = {
    "median": "median", "mediana": "median", "médiane": "median", "中位数": "median",
    "mean": "mean", "average": "mean", "avg": "mean", "media": "mean", "promedio": "mean", "moyenne": "mean",
    "durchschnitt": "mean", "média": "mean", "平均数": "mean", "平均值": "mean", "平均": "mean",
    "sum": "sum", "total": "sum", "totaal": "sum", "gesamt": "sum", "toplam": "sum", "suma": "sum", "somme": "sum", "summe": "sum", "soma": "sum", "somma": "sum",
    "总和": "sum", "合计": "sum",
}  # fmt: skip
_SEP_WORDS = r";|、|，|\+|＋|\band\b|\by\b|\bet\b|\bund\b|\be\b"  # what parts two listed numbers, but a comma
_SEP = rf"(?:,\s+|,(?!\d{{3}}(?!\d))|{_SEP_WORDS})"
_SEP_COMMA = _SEP.replace(r",(?!\d{3}(?!\d))|", "")  # where "3,5" is three and a half


def _list_shape(comma_decimal: bool) -> str:
    """Numbers listed with commas or "and", or just spaces: "3 5 2 7 4 6" (three or more when spaced).
    A comma is either inside a number or between two, never both, and no separator holds white
    space: one way to read a list, so a long list that fails to match fails at once (no backtracking
    blow-up)."""
    if comma_decimal:
        num, sep = r"\d[\d.,]*", r"(?:,(?=\s)|" + _SEP_WORDS + ")"
    else:
        num, sep = r"\d(?:[\d.]|,(?=\d{3}(?!\d)))*", r"(?:,(?!\d{3}(?!\d))|" + _SEP_WORDS + ")"
    return rf"{num}(?:\s*{sep}\s*{num})+|{num}(?:\s+{num}){{2,}}"


@lru_cache(maxsize=2)
def _stat_of(comma_decimal: bool) -> re.Pattern[str]:
    items = _list_shape(comma_decimal)
    names = "|".join(sorted(_STATS, key=len, reverse=True))
    return re.compile(
        rf"\b(?:the\s+|la\s+|le\s+|el\s+|der\s+|die\s+|a\s+|o\s+)?(?P<stat>{names})"
        # what the numbers are may come between: "la media di questi tempi di consegna in giorni 3 5 2"
        rf"(?:\s+(?:of|de|des|du|von|der|di|do|da)\s+(?:[^\d?？.!\n]{{0,60}}?\s)?|\s*[:：]\s*)(?P<list>{items})\s*[?？.!]?\s*$"
        rf"|^\s*(?P<list2>{items})\s*(?:的)?(?P<stat2>{'|'.join(k for k in _STATS if not k.isascii())})"
        rf"\s*(?:是多少)?\s*[?？]?\s*$",
        re.I,
    )


def _worked(stat: str, values: list[float]) -> str:
    """'mean of 14, 16, 12 = **14**': the statistic worked out, with the values it was worked from."""
    import statistics

    value = {"median": statistics.median, "mean": statistics.fmean, "sum": math.fsum}[stat](values)
    listed = ", ".join(fmt_number(v) for v in values)
    return f"{stat} of {listed} = **{fmt_number(round(float(value), 6))}**"


def _statistic(question: str) -> str | None:
    """The median, mean or sum of the numbers listed at the end of the question, worked out."""

    from generators.rules.numbers import COMMA_DECIMAL
    from generators.rules.words import language

    comma = language(question) in COMMA_DECIMAL
    question = re.sub(r"(?<=\d),-(?=\s|$)", "", question)  # "61,-": sixty-one, no cents (Dutch, German)
    m = _stat_of(comma).search(question)
    if m is None:
        return None
    values = _listed(m.group("list") or m.group("list2") or "", comma)
    if len(values) < 2:
        return None
    return _worked(_STATS[(m.group("stat") or m.group("stat2")).lower()], values)


def _listed(raw: str, comma: bool) -> list[float]:
    """The numbers of a list matched by `_list_shape` ('4, 6 and 3,5'), read the way the language
    writes decimals; [] when one of them is no number."""
    parts = [v.strip() for v in re.split(rf"{_SEP_COMMA if comma else _SEP}|\s+", raw) if v.strip()]
    try:
        return [float(_comma_number(v) if comma else _number(v)) for v in parts]
    except ValueError:
        return []


_MY_STAT = re.compile(
    r"(?:what(?:'s| is)|give me|tell me)\s+(?:my|the|our|their|his|her)\s+(?P<stat>average|mean|median|total|sum)"
    r"\s*[?？.!]?\s*$",
    re.I,
)


def _my_statistic(question: str) -> str | None:
    """'I scored 14 out of 20, 16 out of 20 and 12 out of 20, what's my average?': the statistic of
    the numbers the user listed before asking (the top of a scale is no score)."""

    from generators.rules.framing import out_of
    from generators.rules.numbers import find_numbers

    m = _MY_STAT.search(question)
    if m is None:
        return None
    nums = [n for n in find_numbers(out_of(question[: m.start()])) if not n.is_year]
    if len(nums) < 2 or len({n.unit for n in nums}) > 1:
        return None
    values = [n.value * n.multiplier for n in nums]
    return _worked(_STATS[m.group("stat").lower()], values)


# "How many hours did I do on average? 4, 6, 3.5, 5, 0 (holiday), 4.5": an average asked, then the numbers.
_AVERAGE = re.compile(
    r"\baverage\b|\bmean\b|\bortalama\w*|\bmoyenne\b|\bpromedio\b|\bmédia\b|\bmedia\b|\bdurchschnitt\w*|\bgemiddelde?\b"
    r"|\bim\s+schnitt\b|\bśredni\w*|средн\w*|平均|평균|متوسط|औसत",
    re.I,
)


def _asked_average(question: str) -> str | None:
    """The mean of the numbers listed after a question that asks for an average; an aside on a value
    ("0 (holiday)") is no value, the value before it counts."""
    from generators.rules.numbers import COMMA_DECIMAL
    from generators.rules.words import language

    m = re.match(r"^(?P<ask>[^?？:：]{3,200})[?？:：]\s*(?P<rest>[^?？:：]+?)\s*[.!]?\s*$", question.strip())
    if m is None or not _AVERAGE.search(m.group("ask")):
        return None
    rest = re.sub(r"\s*[(（][^()（）\d]{1,30}[)）]", "", m.group("rest"))
    rest = re.sub(r"\s*(?:[$€£¥₺₽₹]|tl|eur|euros?|usd|dollars?|zł|руб\w*|lei|kr)\.?$", "", rest, flags=re.I)
    comma = language(question) in COMMA_DECIMAL
    if re.fullmatch(_list_shape(comma), rest) is None:
        return None
    values = _listed(rest, comma)
    return _worked("mean", values) if len(values) >= 2 else None


@lru_cache(maxsize=256)  # the router asks, then the text builder answers: one parse
def arithmetic(question: str) -> str | None:
    """'what's 15% of 240', '12 × (7 + 3)': the question is one sum; answered by the formula
    evaluator (a grammar, never Python's eval), so the planner computes instead of refusing."""
    from render.formula import EvalError, FormulaError, evaluate, parse

    # asked at the end of a short message: a cut long one would end mid-list, and its sum be of a part
    short_enough = len(question or "") <= 300
    stat = (
        (_statistic(question) or _my_statistic(question) or _asked_average(question))
        if short_enough
        else None
    )
    if stat is not None:
        return stat
    asked = _ASK.match((question or "")[:200])
    expr = asked.group("expr").strip() if asked else ""
    pct = _PERCENT_OF.match(expr)
    if pct:
        from generators.rules.numbers import COMMA_DECIMAL
        from generators.rules.words import language

        # "15% de 3.480": a dot groups thousands where a comma is the decimal mark
        read = _comma_number if language(question) in COMMA_DECIMAL else _number
        p, x, unit = read(pct.group("p")), read(pct.group("x")), pct.group("cur") or ""
        formula, shown = f"{p} / 100 * {x}", f"{pct.group('p')}% of {unit}{pct.group('x')}"
    elif _EXPR.match(expr) and re.search(r"\d\s*[-+*/×÷^]\s*\(?\s*\d", expr):
        formula = re.sub(r"[\d.,]+", lambda m: _number(m.group(0)), expr)
        formula = formula.replace("×", "*").replace("÷", "/")
        shown, unit = expr, ""
    else:
        return None
    try:
        value = evaluate(parse(formula).tree, {})
    except (FormulaError, EvalError, ValueError, OverflowError):
        return None
    if not isinstance(value, float | int) or isinstance(value, bool):
        return None
    return f"{shown} = **{unit}{fmt_number(round(float(value), 6))}**"


# A number asked for ("how many hours is that", "сколько", "كم المجموع"): a sum in words, not data.
HOW_MUCH = re.compile(
    r"\bhow\s+(?:many|much|long)\b|\bwhat(?:'s| is)\s+the\s+total\b|\bcombien\b|\bwie\s*viele?\b|"
    r"\bcu[áa]nt[oa]s?\b|\bquant[oaie]s?\b|\bhoeveel\b|\bkaç\b|сколько|\bкак(?:ая|ой) (?:сумма|итог)|"
    r"(?<![\w])كم(?![\w])|कितन[ाेी]|多少|几个|几小时|何時間|何個|何人|いくら|몇|얼마",
    re.I,
)


def amount_asked(text: str) -> bool:
    """The message ends by asking how much or how many ("… soap 0.80. how much for two big loads and 40
    min drying", "… ضمان 6 أشهر. كم المجموع"): the numbers before are a sum's terms, no list to lay out."""
    from generators.rules.numbers import find_numbers
    from generators.rules.signals import last_sentence

    tail = re.split(r"[،,;]\s*(?=كم(?!\w))", last_sentence(text))[-1]
    ask = HOW_MUCH.search(tail)
    if ask is None or len(tail) > 160 or re.search(r"\d", tail[: ask.start()]):
        return False
    at = text.rfind(tail)  # two figures or more before the ask: "how many cups in a liter" has none
    return len([n for n in find_numbers(text[:at]) if not n.is_year]) >= 2


def word_problem(question: str) -> list[Num] | None:
    """The numbers a question in words asks to work out ("12 lessons of 45 minutes, how many hours?"):
    at most three, all before the asking word. None when the ask comes first ("how many visitors per
    month: jan 40, feb 55"): there the numbers are the answer's data."""
    from generators.rules.numbers import find_numbers

    asks = list(HOW_MUCH.finditer(question))
    ask = asks[-1] if asks else None
    nums = find_numbers(question)
    if ask is None or not 1 <= len(nums) <= 3 or nums[-1].end > ask.start():
        return None
    return nums


# Asking words of the planner's languages: what a question after the numbers wants to know.
_WH = re.compile(
    r"\b(?:which|what|where|who|whom|when|qu[ée]|cu[aá]l\w*|d[oó]nde|quel\w*|où|welche\w*|wo|was|quale|quali|qual|quais"
    r"|dove|onde|какой|какая|какие|где|что|hangi|nerede|ne|który|która|które|gdzie|co|welke|waar|wat)\b"
    r"|哪|什么|什麼|どの|どこ|どれ|何|어느|어디|무엇|뭐|أي\S*|أين|ماذا|ايش|وش|कौन|कहाँ|कहां|क्या",
    re.I,
)


_COMPARING = re.compile(
    r"high|low|most|least|big|larg|small|best|worst|top|compar|\bgo(?:es|ing)?\b|\bwent\b|spent|split|break\s*down|trend|mayor|menor|más|menos"
    r"|plus|moins|meist|höchst|niedrigst|größt|kleinst|maggior|minor|più|meno|maior|mais|больш|меньш|наибол"
    r"|en\s+(?:çok|az)|najwię|najmniej|最|一番|가장|أكثر|أعلى|أقل|सबसे",
    re.I,
)


def asked_after(question: str) -> bool:
    """'… rent 3200, food 2000, pay 8500 — how much can I save?', '… rooms 112, 214, 305: which
    floor is each on?': a question asked after the numbers. They are what it is worked out from,
    not a series to draw, unless a visual is asked for as well (the caller's check)."""
    from generators.rules.numbers import find_numbers

    text = (question or "").strip()
    if not re.search(r"[?？؟]$", text):
        return False
    nums = find_numbers(text)
    if not nums:
        return False
    tail = text[nums[-1].end :]
    if _COMPARING.search(tail):
        return False  # "which is highest?", "where's it all going?": the comparison a chart shows
    return bool(_WH.search(tail) or HOW_MUCH.search(tail))
