"""Arithmetic practice built offline: times tables, sums and differences, divisions in a range.

Arithmetic is the one subject whose questions and answers the planner can write without being told
them, so "a times-table quiz for second graders, they tap the answers and see the score" or
"出20以内加减法，点答案告诉对不对" becomes a quiz of generated sums (choices near the answer, a
score at the end), and "the kids tap a number and it shows them that times table" becomes that
number's table. Only the operations the user names are asked; the range and the number of questions
are theirs when written ("within 20", "the 7 times table", "1–12", "30 questions"), otherwise a
stated default (tables 1–10, within 20, 20 questions) that the answer names.
"""

from __future__ import annotations

import hashlib
import random
import re
from typing import Any

from generators.rules.app_cues import _QUIZ
from generators.rules.content import supplied
from generators.rules.words import find_cue, msg
from render.plan import parse_plan

# Naming a times table is a drill by itself; the other operations need a word of practice with them
# ("a calculator that multiplies price by quantity" is not a drill).
_TABLES = re.compile(
    r"\btimes[\s-]+tables?\b|\bmultiplication\s+tables?\b|\b\d{1,2}\s*(?:x|×)\s*tables?\b|\btablas?\s+(?:de\s+multiplicar|del\s+\d)"
    r"|\btables?\s+de\s+(?:multiplication|\d)|\beinmaleins\b|\b\d{1,2}er[\s-]?reihe\b|\bmal-?reihen?\b|\btabellin[ae]\b"
    r"|\btabuadas?\b|\btafels?\s+van\b|\bmaaltafels?\b|таблиц\w*\s+умножения|\bçarpım\s+tablosu\w*|tabliczk\w*\s+mnożenia"
    r"|乘法表|乘法口诀|九九|구구단|\d\s*단(?!계|위|체|어|지)|\d\s*の段|جدول\s+الضرب|पहाड़[ेा]",
    re.I,
)
_OPS: dict[str, re.Pattern[str]] = {
    "mul": re.compile(
        r"multipl(?!e[\s-]+choice)\w*|\btimes\b|\bmal\b|\btafels\b|moltiplicazion\w*|vermenigvuldig\w*|умножени\w*|çarpma\w*|mnożeni\w*"
        r"|乘法|乘|かけ算|掛け算|곱셈|الضرب|गुणा",
        re.I,
    ),
    "add": re.compile(
        r"\baddition\w*|\badding\b|\bplus\b|\bsumas?\b|\badici[oó]n\w*|\baddizion\w*|\badi[çc][ãa]o\b|\badições\b"
        r"|\bsomas?\b|\boptel\w*|\bplusaufgaben\b|сложени\w*|\btoplama\w*|\bdodawani\w*|加法|加减|加減|足し算|덧셈|الجمع|जोड़",
        re.I,
    ),
    "sub": re.compile(
        r"\bsubtract\w*|\btake[\s-]away\b|\bminus\b|\brestas?\b|\bsustracci\w*|\bsoustraction\w*|\bsubtraktion\w*"
        r"|\bsottrazion\w*|\bsubtra[çc]\w*|\baftrek\w*|вычитани\w*|\bçıkarma\w*|\bodejmowani\w*|减法|加减|加減|引き算|뺄셈"
        r"|الطرح|घटा\w*",
        re.I,
    ),
    "div": re.compile(
        r"\bdivision\w*|\bdivid\w*|\bdivisi[oó]n\w*|\bdivisione\b|\bdivis[ãa]o\b|\bgeteilt\b|\bdelen\b|делени\w*"
        r"|\bbölme\w*|\bdzieleni\w*|除法|割り算|나눗셈|القسمة|\bभाग\b",
        re.I,
    ),
}
_PRACTICE = re.compile(
    r"\bpractis\w*|\bpractic\w*|\bdrills?\b|\bquiz\w*|\btest\s+(?:me|him|her|them|the\s+kids)\b|\bworksheets?\b"
    r"|\bmental\s+(?:math|maths|arithmetic)\b|\btap\w*\b.{0,40}\banswers?\b|\bpracticar\b|\brepasar\b|\bejercicios\b"
    r"|\bcálculo\s+mental\b|\bs['’]entraîner\b|\bréviser\b|\bexercices\b|\bcalcul\s+mental\b|\büb(?:en|ung\w*)\b"
    r"|\bkopfrechnen\b|\besercit\w*|\bripass\w*|\bcalcolo\s+mentale\b|\bpraticar\b|\btreinar\b|\bexercícios\b"
    r"|\boefen\w*|трениров\w*|потренир\w*|упражнени\w*|устн\w+\s+сч[её]т|викторин\w*|\balıştırma\w*|\bćwicz\w*"
    r"|练|口算|出题|練習|ドリル|暗算|연습|암산|تمرين|تدريب|अभ्यास",
    re.I,
)
# Learners: with an operation's name ("addition for my kids", "加法 孩子") a drill; with "plus" not.
_LEARNERS = re.compile(
    r"\b(?:kids?|children|pupils|students|class|graders?|year\s+\d|grade\s+\d)\b|\bniñ[oa]s\b|\balumn[oa]s\b|\benfants\b"
    r"|\bélèves\b|\bkinder\w*\b|\bschüler\w*|\bbambini\b|\balunni\b|\bcrianças\b|\balunos\b|\bkinderen\b|\bleerlingen\b"
    r"|\bдет(?:ей|и|ям)\b|школьник\w*|класс\w*|\bçocuk\w*|\böğrenci\w*|\bdzieci\b|\buczni\w*|孩子|学生|小学|年级|子ども|子供"
    r"|아이|학생|أطفال|طلاب|बच्च\w*|छात्र",
    re.I,
)
# Words that name an operation only in passing ("15 mg/kg plus the ml", "divide the bill", "3 times a day").
_IN_PASSING = re.compile(
    r"plus|minus|times|mal|tafels|乘|adding|take[\s-]away|divid\w*|delen|geteilt|sumas?|somas?|भाग|घटा\w*",
    re.I,
)


# "tap a number and it shows that times table": the table of a chosen number, not questions
_SHOWS_TABLE = re.compile(
    r"\b(?:tap|pick|choose|select|enter|type|click)s?\s+(?:on\s+)?(?:a|any|the|one)?\s*number\b.{0,60}\b(?:shows?|see|get|comes?\s+up)\b"
    r"|\bslider\b|\bwählt?\s+eine\s+zahl\b|\belige\s+un\s+número\b|\bchoisi\w*\s+un\s+nombre\b|点(?:一个)?数字|数字を(?:押|選)|숫자를\s*(?:누르|고르)",
    re.I,
)
_ANSWERS = re.compile(
    r"\banswers?\b|\bscore\b|\bright\s+or\s+wrong\b|对不对|答え|정답|ответ|antwort|respuesta|réponse", re.I
)
_NUMBER_SIGNS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "0123456789" * 3)
_WITHIN = re.compile(
    r"\b(?:within|up\s+to|under|below|to|bis|unter|hasta|jusqu['’]à|fino\s+a|até|tot|do|до)\s+(\d{1,4})\b"
    r"|(\d{1,4})\s*(?:以内|以下|까지|まで|तक|['’]?(?:[ey]a|e|a)\s+kadar|\s+kadar)"
    r"|(?:حتى|إلى)\s+(\d{1,4})",
    re.I,
)
_SPAN = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*(?:-|–|—|to|bis|a|à|al|tot|до|~|〜|から)\s*(\d{1,2})(?![\d.,])", re.I
)
_TABLE_OF = re.compile(
    r"\b(?:the\s+)?(\d{1,2})\s*(?:x|×|times)[\s-]+tables?\b|\btablas?\s+del\s+(\d{1,2})\b|\btables?\s+de\s+(\d{1,2})\b"
    r"|\b(\d{1,2})er[\s-]?reihe\b|\btabellin[ae]\s+del\s+(\d{1,2})\b|\btabuada\s+do\s+(\d{1,2})\b|\btafel\s+van\s+(\d{1,2})\b"
    r"|умножения\s+на\s+(\d{1,2})\b|(\d{1,2})\s*단(?!계|위|체|어|지)|(\d{1,2})\s*の段|(\d{1,2})\s+का\s+पहाड़ा",
    re.I,
)
_COUNT = re.compile(
    r"(\d{1,3})\s*(?:questions?|problems?|sums\b|exercises?|tasks?|aufgaben|fragen|preguntas|ejercicios|problemas|questions"
    r"|exercices|domande|esercizi|perguntas|exercícios|vragen|sommen|opgaven|задач\w*|вопрос\w*|примеров|пример\w*|soru\w*"
    r"|pytań|zadań|道题|道|题|問|문제|문항|سؤال|أسئلة|सवाल|प्रश्न)",
    re.I,
)
_SYMBOL = {"mul": "×", "add": "+", "sub": "−", "div": "÷"}
_DEFAULT_COUNT = 20


def wants_drill(question: str) -> bool:
    """Arithmetic to practise: a times table named, or an operation with a word of practice; not
    one item of a list ("what goes on the wall? read, times tables, tidy your tray")."""
    listed = supplied(question)
    if listed is not None and len(listed.items) >= 3:
        question = listed.lead  # the ask is before the list: its items are the user's content
    question = re.split(r"[?？؟]", question, maxsplit=1)[0]  # "…on the wall? read, times tables, …": content
    if _TABLES.search(question):
        return True
    said = [m.group(0) for pattern in _OPS.values() for m in pattern.finditer(question)]
    if not said:
        return False
    if _PRACTICE.search(question) or any(find_cue(question, w) for w in _QUIZ):
        return True
    return bool(_LEARNERS.search(question)) and any(not _IN_PASSING.fullmatch(w) for w in said)


def drill(question: str, lang: str) -> Any | None:
    """A quiz of generated sums, or one number's times table to look at; None when no drill is asked."""
    text = question.translate(_NUMBER_SIGNS)
    if not wants_drill(text):
        return None
    ops = [op for op, pattern in _OPS.items() if pattern.search(text)]
    if _TABLES.search(text) and "mul" not in ops:
        ops.insert(0, "mul")
    tables = sorted({n for m in _TABLE_OF.finditer(text) for n in _table_numbers(text, m) if 1 <= n <= 20})
    span = _SPAN.search(text)
    top = max(2, min(int(span.group(2)), 20)) if span and int(span.group(1)) <= int(span.group(2)) else 10
    if ops == ["mul"] and _SHOWS_TABLE.search(text) and not _ANSWERS.search(text):
        return _table_view(tables[0] if tables else 2, top, lang)
    within = next((int(g) for m in _WITHIN.finditer(text) for g in m.groups() if g), None)
    limit = within if within and 5 <= within <= 1000 else 20
    count = next(
        (int(m.group(1)) for m in _COUNT.finditer(text) if 5 <= int(m.group(1)) <= 100), _DEFAULT_COUNT
    )
    rng = random.Random(hashlib.sha256(question.encode()).hexdigest())
    made: dict[str, dict[str, Any]] = {}
    for n in range(count * 8):
        if len(made) == count:
            break
        op = ops[n % len(ops)]
        a, b, answer = _operands(op, rng, tables or list(range(1, top + 1)), top, limit)
        q = f"{a} {_SYMBOL[op]} {b} = ?"
        made.setdefault(q, {"question": q, "answer": str(answer), "choices": _choices(answer, rng)})
    questions = list(made.values())
    names = " / ".join(_SYMBOL[op] for op in ops)
    reach = (
        msg(lang, "drill_tables", tables=", ".join(map(str, tables)))
        if tables and ops == ["mul"]
        else msg(lang, "drill_within", limit=str(limit))
        if set(ops) <= {"add", "sub"}
        else msg(lang, "drill_span", top=str(top))
    )
    return parse_plan(
        {
            "kind": "app",
            "title": msg(lang, "drill_title", ops=names),
            "views": [{"type": "quiz", "mode": "quiz", "questions": questions}],
            "answer": msg(lang, "drill_quiz", n=str(len(questions)), ops=names, reach=reach),
        }
    )


_MORE_TABLES = re.compile(
    r"(?:\s*(?:,|and|y|e|et|und|en|и|i|ve|和|与|と|과|와|و|और)\s*(?:the\s+|del?\s+|do\s+|van\s+|на\s+)?\d{1,2}(?!\d))+",
    re.I,
)
_BEFORE_TABLES = re.compile(
    r"(?:(?<!\d)\d{1,2}(?:er)?\s*(?:,|and|y|e|et|und|en|и|i|ve|和|与|と|과|와|و|और)\s*(?:the\s+)?)+$", re.I
)


def _table_numbers(text: str, m: re.Match[str]) -> list[int]:
    """The table named and those joined to it: "tabla del 7 y del 8", "the 2, 5 and 10 times tables"."""
    found = [int(g) for g in m.groups() if g]
    after = _MORE_TABLES.match(text, m.end())
    before = _BEFORE_TABLES.search(text[max(0, m.start() - 30) : m.start()])
    counted = {m.start(1) for m in _COUNT.finditer(text)}  # "tabla del 7 y del 8, 15 preguntas"
    for part, offset in ((after, 0), (before, max(0, m.start() - 30))):
        if part is not None:
            found += [
                int(d.group(0))
                for d in re.finditer(r"\d{1,2}", part.group(0))
                if offset + part.start() + d.start() not in counted
            ]
    return found


def _operands(op: str, rng: random.Random, tables: list[int], top: int, limit: int) -> tuple[int, int, int]:
    """One sum of `op` in range: products of the tables, sums and differences within the limit, exact quotients."""
    if op == "mul":
        a, b = rng.choice(tables), rng.randint(1, top)
        return a, b, a * b
    if op == "div":
        b, c = rng.choice(tables), rng.randint(1, top)
        return b * c, b, c
    a = rng.randint(1, limit - 1)
    b = rng.randint(1, limit - a) if op == "add" else rng.randint(0, a)
    return a, b, a + b if op == "add" else a - b


def _choices(answer: int, rng: random.Random) -> list[str]:
    """The answer and three near misses (off by one, two or ten), never negative, in order."""
    near = [answer + d for d in (-10, -2, -1, 1, 2, 10) if answer + d >= 0]
    return [str(v) for v in sorted([answer, *rng.sample(near, 3)])]


def _table_view(number: int, top: int, lang: str) -> Any:
    """A number input and its multiples 1…top: the table a child looks up, not a test."""
    return parse_plan(
        {
            "kind": "app",
            "title": msg(lang, "drill_table_title"),
            "inputs": [
                {"name": "n", "label": msg(lang, "drill_number"), "type": "slider", "default": number}
                | {"min": 1, "max": 20, "step": 1}
            ],
            "views": [
                {
                    "type": "table",
                    "sweep": {"name": "i", "start": "1", "stop": str(top), "step": "1"},
                    "cells": [
                        {"label": msg(lang, "drill_number"), "formula": "n", "decimals": 0},
                        {"label": "×", "formula": "i", "decimals": 0},
                        {"label": "=", "formula": "n * i", "decimals": 0},
                    ],
                }
            ],
            "answer": msg(lang, "drill_table", top=str(top)),
        }
    )
