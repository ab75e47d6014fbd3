"""What is left to save each month: income less fixed costs (and other spending), typed by the user.

"algo donde meta lo que gano y los gastos fijos y me diga cuánto puedo ahorrar al mes", "월급이랑
고정지출 넣으면 한 달 저축 가능 금액": the formula is a definition (what comes in less what goes out),
so the offline planner can build it; a compound-interest savings calculator would answer another
question. Asked with both sides named — what one earns and what one spends — and saving or what is
left; the figures the user gives are the defaults, else the page starts at zero.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.numbers import find_numbers
from render.plan import parse_plan

_INCOME = re.compile(
    r"\b(?:income|earn\w*|salary|wages?|pay(?:check|cheque)?|take[- ]home|gano|ingresos?|sueldo|salario|cobro"
    r"|revenus?|salaire|gagne|einkommen|gehalt|verdien\w*|lohn|stipendio|guadagn\w*|entrate|salário|ganho|renda"
    r"|inkomen|salaris|dochód|dochody|pensj\w*|zarabiam|gelir\w*|maaş\w*|доход\w*|зарплат\w*|получаю|thu nhập"
    r"|lương|penghasilan|gaji)\b|월급|수입|급여|月收入|收入|工资|工資|給料|収入|手取り|دخل|راتب|आय|तनख्वाह|वेतन|कमाई",
    re.I,
)
_COSTS = re.compile(
    r"\b(?:expenses?|costs?|bills|outgoings|spending|spend|gastos?|dépenses|charges|ausgaben|kosten|fixkosten"
    r"|spese|despesas|uitgaven|vaste lasten|wydatki|koszty|gider\w*|masraf\w*|расход\w*|траты|chi phí|pengeluaran"
    r"|rent|alquiler|loyer|miete|affitto|aluguel|huur|czynsz|kira|аренд\w*)\b"
    r"|지출|고정비|支出|开销|開銷|费用|固定費|出費|مصاريف|نفقات|خرچ|खर्च",
    re.I,
)
_SAVE = re.compile(
    r"\b(?:save|saving|savings|left over|leftover|what'?s left|ahorr\w*|me queda|économis\w*|épargn\w*|me reste"
    r"|spar\w*|übrig|risparmi\w*|mi resta|poup\w*|economiz\w*|sobra|overhoud\w*|over blijft|oszczędz\w*|zostaje"
    r"|biriktir\w*|tasarruf\w*|kalır|отлож\w*|сэконом\w*|накоп\w*|оста[её]тся|tiết kiệm|menabung|sisa)\b"
    r"|저축|남는|남은|存下|存钱|存多少|剩|貯金|貯蓄|残る|ادخار|أوفر|يتبقى|बचत|बचे",
    re.I,
)


def saving(question: str, lang: str) -> Any | None:
    """Income less fixed costs less other spending, each typed on the page; None unless the question
    names what comes in, what goes out and saving (or what is left)."""
    if not (_INCOME.search(question) and _COSTS.search(question) and _SAVE.search(question)):
        return None
    money = [n for n in find_numbers(question) if not n.is_year and not n.pct]
    if len(money) > 3:
        return None  # a budget typed out line by line is a table to chart or lay out, not this tool
    defaults = [n.value * n.multiplier for n in money] + [0.0, 0.0, 0.0]

    def say(key: str) -> str:
        return texts.say(lang, key)

    inputs = [
        {"name": "income", "label": say("save.income"), "default": defaults[0], "min": 0, "step": 50},
        {"name": "fixed", "label": say("save.fixed"), "default": defaults[1], "min": 0, "step": 10},
        {"name": "other", "label": say("save.other"), "default": defaults[2], "min": 0, "step": 10},
    ]
    computed = [
        {"name": "left", "label": say("save.left"), "formula": "income - fixed - other", "decimals": 2}
    ]
    return parse_plan(
        {
            "kind": "app",
            "title": say("save.title"),
            "inputs": inputs,
            "computed": computed,
            "views": [{"type": "metric", "value": "left"}],
            "layout": "columns",
            "answer": say("save.answer"),
        }
    )
