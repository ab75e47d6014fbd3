"""A list to look things up in: "something where a guest types their name and it tells them their table",
"Gast gibt seinen Namen ein und es zeigt ihm seinen Tisch", "이름을 입력하면 테이블 번호가 나오게",
"段ボールに番号を振って、中身で検索できるようにしたい".

The pairs are the user's (which guest sits where), and none were given, so nothing is made up: the page
is a list they fill in (a `log` of the key and what it leads to, kept on their device) with a search
box, so typing a name shows its row. Built only when what is typed is a name, a number or a code (an
identifier, never a quantity: "type my weight and it tells me my water" is a rule, not a lookup) and
the message gives no list of its own (a list given is another builder's, or an honest text).
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.words import cap, short
from render.plan import parse_plan

_POSS = r"(?:their|his|her|my|your|our|its|the|a|an)"
_EN = (
    rf"\b(?:types?|enters?|puts?\s+in|keys?\s+in|looks?\s+up|search(?:es)?\s+(?:for\s+)?|inputs?)\s+(?:in\s+)?{_POSS}\s+"
    r"(?P<a>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:in\s+)?(?:and|then|,)\s+(?:it|that|the\s+\w+|they|he|she)?\s*"
    rf"(?:tells|shows|gives|says|returns|sees?|gets?|finds?)\s+(?:them|him|her|me|you|us)?\s*(?:{_POSS}|which|what)\s+"
    r"(?P<b>[^\W\d]+(?:\s+(?:number|no|name|code))?)"
)
_PATTERNS = [
    _EN,
    r"\b(?:(?:gibt|tippt|trägt)\s+(?:seinen|ihren|den|seine|ihre|die|das|sein|ihr)\s+(?P<a>\w+)\s+ein"
    r"|(?:seinen|ihren|den|seine|ihre|die|das|sein|ihr)\s+(?P<a2>\w+)\s+(?:eingibt|eintippt|einträgt))\s*,?\s+und\s+"
    r"(?:es|sie|er|man|die\s+\w+|das\s+\w+)?\s*(?:zeigt|sagt|nennt|sieht|bekommt)\s+(?:ihm|ihr|ihnen|mir|dir)?\s*"
    r"(?:seinen|ihren|den|seine|ihre|die|das|sein|ihr)\s+(?P<b>\w+)",
    r"\b(?:tape|saisit|entre|écrit)\s+(?:son|sa|ses|le|la|mon|ma|votre)\s+(?P<a>\w+)\s+et\s+(?:ça|il|elle|on)\s+"
    r"(?:lui|leur|me|vous)?\s*(?:dit|affiche|montre|donne|indique|voit)\s+(?:son|sa|ses|le|la|quelle|mon|ma|votre)\s+(?P<b>\w+)",
    r"\b(?:escribe|pone|mete|introduce|teclea)\s+(?:su|el|la|mi|tu)\s+(?P<a>\w+)\s+y\s+(?:le|les|me|te)?\s*"
    r"(?:dice|muestra|da|sale|aparece|ve)\s+(?:su|el|la|qué|mi|tu)\s+(?P<b>\w+)",
    r"\b(?:scrive|digita|inserisce|mette)\s+(?:il\s+(?:suo|proprio)|la\s+(?:sua|propria)|il|la|suo|sua|lo)\s+(?P<a>\w+)\s+e\s+"
    r"(?:gli|le|mi|ti)?\s*(?:dice|mostra|dà|esce|appare|vede)\s+(?:il\s+suo|la\s+sua|il|la|quale|suo|sua)\s+(?P<b>\w+)",
    r"\b(?:digita|escreve|coloca|põe|insere)\s+(?:o\s+seu|a\s+sua|o|a|seu|sua)\s+(?P<a>\w+)\s+e\s+(?:lhe|me|te)?\s*"
    r"(?:diz|mostra|aparece|dá|vê)\s+(?:o\s+seu|a\s+sua|o|a|qual|seu|sua)\s+(?P<b>\w+)",
    r"\b(?:typt|tikt|vult|voert)\s+(?:zijn|haar|de|het|je|mijn)\s+(?P<a>\w+)\s+in\s+en\s+"
    r"(?:ziet|krijgt|het\s+(?:toont|zegt|geeft))\s+(?:zijn|haar|de|het|welke|je|mijn)\s+(?P<b>\w+)",
    r"\b(?:zijn|haar|de|het|je|mijn)\s+(?P<a2>\w+)\s+(?:intypt|invult|invoert|ingeeft)\s+en\s+(?:(?:ziet|krijgt|het\s+(?:toont|zegt|geeft))\s+)?"
    r"(?:zijn|haar|de|het|welke|je|mijn)\s+(?P<b>\w+)",
    r"\b(?:wpisuje|wpisze|podaje|poda)\s+(?:swoje|swój|swoją|moje|mój)?\s*(?P<a>\w+)\s+i\s+"
    r"(?:widzi|dostaje|pokazuje\s+(?:mu|jej|się)?)\s*(?:swój|swoje|swoją|który|jaki)?\s*(?P<b>\w+)",
    r"(?<![\u0400-\u04ff])(?:вводит|пишет|набирает)\s+(?:сво[её]|свою|свой)?\s*(?P<a>\w+)\s+и\s+"
    r"(?:видит|получает|(?:ему|ей|им)?\s*(?:показывает|говорит|пишет))\s+(?:сво[йёю]|свою|какой)?\s*(?P<b>\w+)",
    r"\b(?P<a>ad|isim|numara|kod)(?:ını|ini|unu|ünü|ı|i|u|ü)\s+(?:yazınca|girince|yazdığında|girdiğinde|yazsın)\s+"
    r"(?P<b>\w+?)(?:sını|sini|sunu|sünü|ını|ini|unu|ünü|nı|ni)?\s+(?:göster|söyle|çıks|görs)",
    r"输入(?:自己的|他的|她的|我的)?(?P<a>名字|姓名|编号|号码|代码)(?:后|之后)?(?:就|就能|就会|能|会)?"
    r"(?:显示|告诉|看到|查到|知道)(?:他们|他|她|我|你)?(?:的)?(?:自己的)?(?:在)?(?P<b>[\u4e00-\u9fff]{1,4})",
    r"(?P<a>名前|番号|コード|氏名)を(?:入れる|入力する|打つ|入れたら|入力したら|打ったら)(?:と|だけで)?、?(?:自分の)?"
    r"(?P<b>[\u3040-\u30ff\u4e00-\u9fff]{1,6}?)(?:が|を)(?:出る|わかる|分かる|表示|教えて)",
    r"(?P<a>番号|名前|ラベル)を(?:振|付け)って、?(?P<b>[\u3040-\u30ff\u4e00-\u9fff]{1,6})で(?:検索|探せる|調べ)",
    r"(?P<a>이름|번호|코드)(?:을|를)\s*(?:입력하면|치면|넣으면|쓰면)\s*(?:자기|본인|내|자기\s*자리)?\s*"
    r"(?P<b>[가-힣]{1,6}(?:\s*번호)?)(?:이|가|을|를)?\s*(?:나오|보이|알려|뜨)",
    r"(?:يكتب|يدخل)\s+(?:\S+\s+)?(?P<a>اسمه|اسمها|رقمه|رقمها)\s+(?:و|ف)\s*(?:يظهر|تظهر|يعرف|يعطيه|يقول)\s+(?:له|لها)?\s*"
    r"(?P<b>رقم\s+\S+|\S+)",
    r"(?P<a>नाम|नंबर|कोड)\s+(?:डाले|लिखे|डालें|लिखें|टाइप\s+करे)\s+(?:तो|और)\s+(?:उसकी|उसका|उसके|अपनी|अपना)?\s*"
    r"(?P<b>\S+)\s+(?:दिख|बता|आ)",
]
_FOUND = [re.compile(p, re.I) for p in _PATTERNS]
# The same wordings as a routing cue (which only says an app is asked; the builder checks the rest)
ROUTE = "re:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in _PATTERNS)
# What is typed must name a row: a name, a number, a code, a word (never a weight, an age, a salary).
_KEY = re.compile(
    r"^(?:(?:first\s+|last\s+|full\s+|sur)?names?|codes?|numbers?|ids?|tickets?(?:\s+number)?|reference|booking(?:\s+\w+)?"
    r"|order(?:\s+number)?|e-?mail|words?|box(?:\s+number)?|room(?:\s+number)?|seat(?:\s+number)?|plates?|postcode|zip(?:\s+code)?"
    r"|namen?|nummer|kennzeichen|nom|prénom|numéro|nombre|apellido|número|código|nome|cognome|numero|codice|naam|achternaam"
    r"|imię|nazwisko|numer|kod|ad|isim|numara|имя|фамилию|номер|код|名字|姓名|编号|号码|代码|名前|番号|コード|氏名|ラベル|이름|번호|코드"
    r"|اسمه|اسمها|رقمه|رقمها|नाम|नंबर|कोड)$",
    re.I,
)
# A list given in the message (after a colon, or several lines): the rows are the user's, not this builder's.
_LISTED = re.compile(r"[:：]\s*\S.*(?:[,;、，\n]\s*\S.*){1,}|\n.*\n", re.S)


def lookup(question: str, lang: str) -> Any | None:
    """A searchable list of the user's pairs to fill in, or None (see the module doc)."""
    if _LISTED.search(question or ""):
        return None
    for pattern in _FOUND:
        m = pattern.search(question)
        if m is None:
            continue
        a, b = (m.groupdict().get("a") or m.groupdict().get("a2") or "").strip(), m.group("b").strip()
        if not _KEY.match(a) or a.casefold() == b.casefold():
            continue
        a, b = cap(short(a, 40)), cap(short(b, 40))
        return parse_plan(
            {
                "kind": "app",
                "title": texts.say(lang, "lookup.title", a=a, b=b),
                "views": [
                    {
                        "type": "log",
                        "fields": [{"name": a, "type": "text"}, {"name": b, "type": "text"}],
                        "search": True,
                    }
                ],
                "answer": texts.say(lang, "lookup.answer", a=a, b=b),
            }
        )
    return None


# A roster by its name: "a roster thing where i put guards and sites in", "Dienstplan, in den ich …
# eintrage". The pairs are the user's (who works where, when), none given: a list to fill, searchable.
_ROSTER = re.compile(
    r"\b(?:roster|rota|duty\s+(?:roster|schedule)|shift\s+(?:plan|schedule|roster)|dienstplan|schichtplan|turni|turnos"
    r"|escala|cuadrante|rooster|grafik\s+dyżurów)\b|график\s+смен|vardiya\s+(?:planı|listesi)|シフト表|근무표|排班",
    re.I,
)
_PUT_IN = re.compile(
    r"\b(?:put|enter|type|add|fill|key)\s+(?:in\s+)?(?:the\s+|my\s+|our\s+)?(?P<x>[^\W\d][\w\s'-]{1,60}?)\s+in\b"
    r"|\b(?:put|enter|type|add|fill\s+in|key\s+in)\s+(?:the\s+|my\s+|our\s+)?(?P<y>[^\W\d][\w\s'-]{1,60}?)"
    r"(?=\s+and\s+(?:it|then)\b|[,.?!]|$)",
    re.I,
)
_SHIFT = re.compile(r"\b(?:night|day|morning|evening|early|late|weekend)\s+(?P<s>shifts?)\b", re.I)


def roster(question: str, lang: str) -> Any | None:
    """A roster of the user's own rows (who, where, which shift, which day) to fill in and search."""
    if _ROSTER.search(question or "") is None or _LISTED.search(question):
        return None
    m = _PUT_IN.search(question)
    if m is None:
        return None
    names = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", m["x"] or m["y"]) if p.strip()]
    if not 2 <= len(names) <= 4 or any(len(n.split()) > 3 for n in names):
        return None
    fields: list[dict[str, Any]] = [{"name": cap(short(n, 40)), "type": "text"} for n in names]
    if (shift := _SHIFT.search(question)) is not None:
        fields.append({"name": cap(shift["s"].rstrip("s")), "type": "text"})
    fields.append({"name": texts.say(lang, "more.date"), "type": "date"})
    a, b = fields[0]["name"], fields[1]["name"]
    return parse_plan(
        {
            "kind": "app",
            "title": texts.say(lang, "lookup.title", a=a, b=b),
            "views": [{"type": "log", "fields": fields, "search": True}],
            "answer": texts.say(lang, "lookup.answer", a=a, b=b),
        }
    )
