"""Sharing costs fairly: each person types what they paid, the app shows each one's share and who is
owed or owes ("split the holiday costs between 4 friends, who owes whom", "割り勘計算", "n분의 1").

The rule is the definition of an equal split — share = total ÷ people, balance = paid − share — so
nothing is assumed about the user: the people are the names they listed (or numbered, when only a
count is given, or four examples the answer says are examples) and every amount starts at 0 unless
the user wrote one beside a name. A tip splitter (one bill, a tip, n people) is `app.tip`; this is
the case where several people paid different amounts.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_cues import SPLIT
from generators.rules.content import split_items
from generators.rules.listed import listed_items
from generators.rules.numbers import find_numbers
from generators.rules.words import short
from render.plan import parse_plan

_SPLIT = re.compile(SPLIT, re.I)
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*(?:\w+\s+)?(?:friends|people|persons|roommates|flatmates|of\s+us|amigos|amigas|personas"
    r"|pessoas|amis|personnes|colocs|freunde|personen|leute|amici|persone|vrienden|друз\w*|человек|arkadaş\w*|kişi"
    r"|przyjaci\w*|osób|osoby|人|명|أصدقاء|أشخاص|लोग|दोस्त)\b"
    r"|(?<![\d.,])(\d{1,2})\s*(?:人|명)",
    re.I,
)


# Several payers, not one bill shared: who owes whom, each paid their own part. "割り勘アプリ: amount and
# people → per person" is one bill split (`app.tip`).
_PAYERS = re.compile(
    r"\bowes?\b|\beach\s+(?:of\s+us\s+|one\s+|person\s+)?(?:paid|pays|enters\s+what)|\bpaid\s+(?:for\s+)?(?:different|their\s+own)"
    r"|\b(?:everyone|everybody)\s+paid|\bsettle\s+up|\bdebe\b|\bdeve\b|\bdoit\b|\bschuldet\b|\bschuldig\b|должен"
    r"|\bborçlu\b|\bwinien\b|\bwisi\b|\bognuno\b.{0,40}?\bpagato\b|\bcada\s+(?:uno|um)\b.{0,40}?\bpag\w*"
    r"|\bchacun\b.{0,40}?\bpay\w*|\bjeder\b.{0,40}?\bbezahlt\b|\biedereen\b.{0,40}?\bbetaald\b|каждый\s+заплатил"
    r"|\bherkes\b.{0,40}?\bödedi\w*|谁欠谁|各自付|각자\s*낸|それぞれ(?:払|支払)|مين\s+(?:مديون|عليه)",
    re.I,
)


def _payers(question: str) -> list[str] | None:
    """The people named (maybe none) when costs shared among several payers are asked; else None."""
    if not _SPLIT.search(question):
        return None
    names = _names(question)
    return names if _PAYERS.search(question) is not None or len(names) >= 2 else None


def _paid(question: str, name: str) -> float:
    """An amount the user wrote right after a name ("Anna 120, Marco 80", "Ana paid 120"): that
    person's default; 0 when none was written."""
    nums = [n for n in find_numbers(question) if not n.pct]
    pattern = rf"(?<!\w){re.escape(name)}(?:\s*(?:[:=：–-]|paid|pagó|paga|pagou|a\s+payé|hat|ha\s+pagato|付了|出了|付))?\s*"
    for m in re.finditer(pattern, question, re.I):
        near = [n for n in nums if m.end() <= n.start <= m.end() + 3]
        if near:
            return float(near[0].value * near[0].multiplier)
    return 0.0


_AMONG = re.compile(
    r"(?:\b(?:between|among|with|entre|con|com|avec|parmi|zwischen|unter|mit|tra|fra|tussen|между|arasında|między)|بين)\s+"
    r"(.+?)(?=\s[-–—]\s|[.;:!?\n(]|$)",
    re.I,
)
_PAYING = re.compile(
    r"\s*(?:[:=：–-]\s*)?(?:(?:paid|pays|pagó|paga|pagou|a\s+payé|paie|hat\s+bezahlt|zahlte|ha\s+pagato|heeft\s+betaald"
    r"|betaalde|заплатил\w*|ödedi|zapłacił\w*|付了|出了|付|払った|払い|냈음|냄|냈고|냈어)\s*)?[$€£¥₹]?\s*\d[\d.,]*\s*"
    r"(?:[^\w\s]{1,3}|[^\W\d]{1,3})?$",
    re.I,
)


def _names(question: str) -> list[str]:
    """The people listed ("between Ana, Ben and Cy", "Anna 120, Marco 80"), an amount beside a name dropped."""
    m = _AMONG.search(question)
    tail = re.split(r"[?？:：]", question)[-1]  # "who owes whom? Priya 90, Tom 30"
    said = split_items(tail)
    paid = said if all(_PAYING.search(it) for it in said) else []  # every item a name and an amount
    for items in (split_items(m.group(1)) if m else [], listed_items(question), paid):
        names = [_PAYING.sub("", it).strip() for it in items]
        names = [
            n
            for n in names
            if n
            and not find_numbers(n)
            and len(n.split()) <= 3
            and len(n) <= 24
            and not (
                _SPLIT.search(n) or _PAYERS.search(n)
            )  # "…, Ben and Cy, who owes whom?": the ask, no one
        ]
        if len(names) >= 2:
            return names[:20]
    return []


def split(question: str, lang: str) -> Any | None:
    """The settle-up calculator; None unless sharing costs among several payers is asked."""
    names = _payers(question)
    if names is None:
        return None
    title, paid_w, total_w, share_w, gets_w, owes_w, person_w = (
        texts.say(lang, f"split.{k}") for k in ("title", "paid", "total", "share", "gets", "owes", "person")
    )
    note = ""
    if len(names) < 2:
        m = _COUNT.search(question)
        count = int(m.group(1) or m.group(2)) if m else 0
        if not 2 <= count <= 20:
            count, note = 4, texts.say(lang, "split.example")
        names = [f"{person_w} {k}" for k in range(1, count + 1)]
    keys = [f"paid_{k}" for k in range(1, len(names) + 1)]  # ASCII names whatever the people are called
    inputs = [
        {"name": k, "label": short(f"{n} — {paid_w}", 60), "default": _paid(question, n), "min": 0, "step": 1}
        for k, n in zip(keys, names, strict=True)
    ]
    total = " + ".join(keys)
    computed: list[dict[str, Any]] = [
        {"name": "total", "label": total_w, "formula": total, "decimals": 2},
        {"name": "share", "label": share_w, "formula": f"total / {len(keys)}", "decimals": 2},
    ]
    for k, n in zip(keys, names, strict=True):
        computed.append(
            {
                "name": f"{k}_result",
                "label": short(n, 60),
                "formula": f'if({k} >= share, concat("{gets_w} ", round({k} - share, 2)), '
                f'concat("{owes_w} ", round(share - {k}, 2)))',
            }
        )
    views = [{"type": "metric", "value": "share"}, {"type": "metric", "value": "total"}]
    views += [{"type": "metric", "value": f"{k}_result"} for k in keys]
    return parse_plan(
        {
            "kind": "app",
            "title": title,
            "subtitle": short(question, 100),
            "inputs": inputs,
            "computed": computed,
            "views": views,
            "answer": note + texts.say(lang, "split.answer", n=len(names)),
        }
    )
