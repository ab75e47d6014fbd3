"""Numbers as people write them: found in text with their magnitude, currency and percent sign,
parsed from cells, and formatted back for titles and answers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from generators.rules.cues import CN_DIGITS, CURRENCIES, MAGNITUDES
from generators.rules.words import CJK

NUMBER_RE = re.compile(
    r"""
    (?<![A-Za-z0-9_.\-−/:])                              # not inside a word (Q1, FY2020), decimal, range or date
    (?P<sign>[-−](?=[$€£¥￥]?\d))?
    (?P<cur>[$€£¥￥])?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?![\d/])
    (?P<mag>\s?(?:thousands?|millions?|billions?|trillions?)\b|(?:mn|bn|k|m|b|t)(?![A-Za-z])
        |\s?(?:百万|千万|十亿|千|万|亿))?
    (?P<cur2>\s?(?:usd|eur|gbp|cny|rmb|dollars?|euros?|yuan)\b|\s?(?:美元|欧元|人民币|元|块))?
    (?P<pct>\s?(?:%|％|percent\b|per\scent\b|pct\b))?
    (?!\s?(?:月|年|日|号|季度|季|周|点|个月|st\b|nd\b|rd\b|th\b|:\d))
    """,
    re.I | re.X,
)


@dataclass(frozen=True)
class Num:
    """A number as written in text: its digits, magnitude suffix, currency and percent sign."""

    value: float
    text: str
    start: int
    end: int
    mag: str = ""
    currency: str = ""
    pct: bool = False
    plain_int: bool = False

    @property
    def is_year(self) -> bool:
        return self.plain_int and not (self.mag or self.currency or self.pct) and 1900 <= self.value <= 2100

    @property
    def multiplier(self) -> float:
        return MAGNITUDES[self.mag][1] if self.mag else 1.0


def find_numbers(text: str) -> list[Num]:
    """Every number in the text with its suffixes; Q1, FY2020, 3月 and 2019-2023 are labels, not numbers."""
    out: list[Num] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group("num").replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        if not math.isfinite(value):
            continue
        if m.group("sign"):
            value = -value
        mag = (m.group("mag") or "").strip().lower()
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower()
        out.append(
            Num(
                value=value,
                text=m.group(0).strip(),
                start=m.start(),
                end=m.end(),
                mag=mag if mag in MAGNITUDES else "",
                currency=CURRENCIES.get(cur, ""),
                pct=bool(m.group("pct")),
                plain_int="." not in raw and "," not in m.group("num"),
            )
        )
    return out


def parse_number(text: str) -> tuple[float, str] | None:
    """A table cell or stat as (value with magnitude applied, unit); None unless it is mostly a number."""
    nums = find_numbers(text.strip())
    if len(nums) != 1:
        return None
    n = nums[0]
    rest = (text[: n.start] + text[n.end :]).strip()
    if len(re.sub(r"[\s*_~()]", "", rest)) > 3:
        return None
    unit = "%" if n.pct else (n.currency or "")
    return n.value * n.multiplier, unit


def fmt_number(value: float) -> str:
    """12000 → '12,000', 1.5 → '1.5', 0.1234 → '0.123': readable, not falsely precise."""
    if value is None or not math.isfinite(value):
        return "–"
    if abs(value - round(value)) < 1e-9 and abs(value) < 1e15:
        return f"{round(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}".rstrip("0").rstrip(".")
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def with_unit(value: float, unit: str) -> str:
    """A value and its unit the way people write them: '45%', '$3', '2 million', '120万元'."""
    text = fmt_number(value)
    if not unit:
        return text
    if unit == "%":
        return text + "%"
    if CJK.match(unit):
        return text + unit
    return f"{text} {unit}"


def cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS.get(text[1:], 0)
    if text.endswith("十"):
        return CN_DIGITS.get(text[:-1], 0) * 10
    if "十" in text:
        a, b = text.split("十", 1)
        return CN_DIGITS.get(a, 0) * 10 + CN_DIGITS.get(b, 0)
    return CN_DIGITS.get(text, 0)
