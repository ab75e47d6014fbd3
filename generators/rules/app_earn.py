"""What named quantities earn, to play with: "let me play with the ski school prices, group size and
season and see what we'd earn", "mit Preis, Gruppengröße und Saison spielen und sehen, was wir verdienen".

Earnings are a definition: a price times how many pay it times how often. So the offline planner can
build the tool from the user's own list without any figure of theirs: the price they named, each count
they named (group size, students, tables), and each period they named as how many times in it ("season"
→ "times per season"), all typed by the user from 0, their product shown, the rule written out in the
answer. Built only from one price and at least one other quantity, none with a figure (a figure is a
rule other builders read), never with a cost among them (a profit needs what each cost is per).
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_cues import EARN, PLAY_WITH
from generators.rules.app_more import _SPLIT, ident
from generators.rules.words import short
from render.plan import parse_plan

_PLAY = [re.compile(p, re.I) for p in PLAY_WITH]
_EARN = re.compile(EARN, re.I)
# The list's items: the shared splitter, with the Korean, Japanese and Chinese joiners too
_PARTS = re.compile(r"\s*(?:(?<=\S)(?:이랑|랑|하고|와|과)\s|、|と(?=\S)|及|和)\s*|" + _SPLIT.pattern, re.I)
_PRICE = re.compile(
    r"\b(?:prices?|fees?|rates?|charges?|tariffs?|preis\w*|gebühr\w*|tarif\w*|prix|precios?|tarifas?|cuotas?|prezz[oi]"
    r"|tariff[ae]|preços?|prij[sz]\w*|tarie\w*|cen(?:a|y|ę|ie|ami|om|ach)|opłat\w*|fiyat\w*|ücret\w*)\b"
    r"|(?<![\u0400-\u04ff])(?:цен[аыуе]\w*|тариф\w*|стоимост\w*)|价格|价钱|单价|票价|価格|値段|料金|単価|가격|요금|단가",
    re.I,
)
_COST = re.compile(
    r"\b(?:costs?|expenses?|kosten|ausgaben|coûts?|dépenses|costes?|gastos?|cost[oi]|spese|custos?|despesas|koszt\w*"
    r"|wydatk\w*|maliyet\w*|gider\w*)\b|(?<![\u0400-\u04ff])(?:затрат\w*|расход\w*|издержк\w*)|成本|费用|費用|コスト|経費|비용|원가",
    re.I,
)
_PERIOD = re.compile(
    r"^(?:season|week|month|day|year|term|semester|saison|woche|monat|tag|jahr|semaine|mois|jour|année|an|temporada"
    r"|semana|mes|día|dia|año|stagione|settimana|mese|giorno|anno|mês|ano|seizoen|maand|dag|jaar|sezon|tydzień"
    r"|miesiąc|dzień|rok|hafta|ay|gün|yıl|сезон|неделя|месяц|день|год|季|季节|周|月|天|年|シーズン|週|日|시즌|주|달|월|일|년)\w{0,3}$",
    re.I,
)
_ARTICLE = re.compile(
    r"^(?:the|our|my|a|an|die|der|das|den|dem|unsere[nmr]?|meine[nmr]?|les?|la|l'|nos|mes|los|las|el|nuestr[oa]s?|mis|il|i"
    r"|gli|lo|le|nostr[aei]|miei|mie|o|a|os|as|nossos?|nossas?|meus?|minhas?|de|het|onze|mijn)\s+",
    re.I,
)


def _clean(item: str) -> str:
    return _ARTICLE.sub("", item.strip(" .,;:!?¿¡\"'“”«»()")).strip()


def earnings(question: str, lang: str) -> Any | None:
    """The earnings of the quantities the user will play with, or None (see the module doc)."""
    if not _EARN.search(question or "") or _COST.search(question):
        return None
    for pattern in _PLAY:
        m = pattern.search(question)
        if m is None:
            continue
        items = [_clean(p) for p in _PARTS.split(m.group("list")) if p and _clean(p)]
        if not 2 <= len(items) <= 6 or any(re.search(r"\d", i) or len(i.split()) > 4 for i in items):
            continue
        prices = [i for i in items if _PRICE.search(i)]
        if len(prices) != 1:
            continue
        return _plan(prices[0], [i for i in items if i != prices[0]], lang)
    return None


def _plan(price: str, others: list[str], lang: str) -> Any:
    used = {"earnings"}

    def name(label: str, k: int) -> str:  # a word of the user's when it makes a name, else its place
        made = ident(label, used)
        return made if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", made) else f"quantity_{k}"

    inputs = [{"name": name(price, 0), "label": short(price, 60), "default": 0, "min": 0, "step": 0.5}]
    for k, item in enumerate(others, 1):
        period = _PERIOD.match(item) is not None
        label = texts.say(lang, "earn.times", period=item) if period else item
        inputs.append({"name": name(item, k), "label": short(label, 60), "default": 0, "min": 0, "step": 1})
    result = texts.say(lang, "earn.result")
    rule = " × ".join(i["label"] for i in inputs)
    return parse_plan(
        {
            "kind": "app",
            "title": short(f"{result} = {rule}", 80),
            "inputs": inputs,
            "computed": [
                {
                    "name": "earnings",
                    "label": result,
                    "formula": " * ".join(i["name"] for i in inputs),
                    "decimals": 2,
                }
            ],
            "views": [{"type": "metric", "value": "earnings"}],
            "layout": "columns",
            "answer": texts.say(lang, "earn.answer", result=result, rule=rule),
        }
    )
