"""Numbers that read like a series of one measure but are not one, whatever their units say.

`extract_data` finds category/value pairs; these are the pairs a person would never chart: doses or
tasks at times of day ("metformin 500mg 8am, ramipril 5mg 8am" — a regimen for the fridge), a sum
written out ("bag 17.8kg + 2.5kg gifts, ok for 20kg?" — arithmetic to check), numbers that name
rather than measure ("emergency 997, ambulance ext 35"), and a short series beside an event's clock
times ("saturday 10:00-17:00, tea 10 TL, gözleme 60 TL"). The router sends the first and the last
two to an infographic, a sum to words; the infographic builder lays their lines out as written.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules.dates import clock_outside, timed_values
from generators.rules.numbers import find_numbers

# A label that says the number after it is an identifier: an extension, a room, a gate, a code; a
# phone or an emergency line when the number has three digits or more ("emergency 997", not "phone 60").
_NAMES_A_NUMBER = re.compile(
    r"(?:^|\s)(?:ext|extension|(?<!living )(?<!dining )(?<!sitting )(?<!family )(?<!utility )(?<!laundry )(?<!guest )(?<!spare )(?<!play )(?<!drawing )room|rm|gate|platform|pin|code|zip|postcode|durchwahl|доб|内线|分机|内線|내선|تحويلة"
    r"|एक्सटेंशन)\.?\s*$",
    re.I,
)
_PHONE_LABEL = re.compile(
    r"(?:^|\s)(?:phone|tel|telephone|hotline|emergency|fax|notruf|telefon\w*|urgences|emergencias|emergência|telefone"
    r"|телефон\w*|电话|電話|전화|هاتف|الطوارئ|طوارئ|फ़ोन|फोन)\.?\s*$",
    re.I,
)
# Two names each with a bare number, set against each other: products and their model numbers.
_MODELS = re.compile(
    r"[^\W\d_]+\s?\d{1,4}[a-z]?\s+(?:vs\.?|versus)\s+[^\W\d_]+\s?\d{1,4}[a-z]?"
    r"(?![\d.,%]|\s*(?:[%€$£]|k\b|kg|g\b|m\b|km|h\b|min|pts?|points?|goals?))",
    re.I,
)
_OPERATOR = ("+", "×", "*", "=", "÷")  # not "-": a dash joins a label to its value
_ID_LIST = re.compile(
    r"\b(?:phone|telephone|extension|ext|contact|bleep|pager|radio|locker|room|desk|gate|pin)s?\s+"
    r"(?:list|numbers?|nos?\.?|directory|sheet|codes?)\b|\bphone\s*book\b|telefonliste|durchwahlen"
    # a list headed as the numbers to call, in one word or two ("Notrufnummern", "emergency numbers")
    r"|\b(?:emergency|helpline|hotline|contact)\s+(?:phone\s+)?numbers\b|\w*(?:notruf|telefon|rufnummer)nummern\b"
    r"|\bnum[ée]ros?\s+(?:d['’]urgence|de\s+t[ée]l[ée]phone|utiles)\b|\bn[úu]meros?\s+(?:de\s+)?(?:emergencia|emerg[êe]ncia|tel[ée]fono|telefone)s?\b"
    r"|\bnumeri\s+(?:di\s+)?(?:emergenza|telefon\w*|utili)\b|\b(?:nood|telefoon)nummers\b|\b(?:nöd|telefon)nummer\w*"
    r"|\bnomor\s+(?:darurat|telepon)\b|\bs[ốo]\s+(?:kh[ẩa]n\s+c[ấa]p|đi[ệe]n\s+tho[ạa]i)\b|номера\s+(?:экстренн\w+|телефон\w+)"
    r"|\bacil\s+numara\w*|\bnumery\s+alarmow\w*|緊急電話|紧急电话|긴급\s*전화"
    r"|annuaire|rubrica|lista\s+de\s+(?:teléfonos|telefones|contactos|extensiones)|телефонн\w+\s+(?:список|справочник)"
    r"|電話番号|内線表|电话表|分机表|전화번호|내선번호|أرقام\s+الهواتف|फ़ोन\s+नंबर|dahili\s+numara\w*|numery\s+wewnętrzne",
    re.I,
)
# An item that is a founding, opening or commissioning year alone: "основана в 1961", "fondata nel 1923", "2019년 시작",
# "founded 1998", "since 1987", "1923年創業". Beside counts and amounts it marks facts of one place or
# group (a profile), never one series: a year is no quantity to compare with 86 teachers.
_FOUNDED = re.compile(
    r"(?:founded|established|est\.?|estd\.?|since|opened|started|built|commissioned|in\s+service|fond[ée]e?|depuis|fundad[oa]|desde|gegründet|seit"
    r"|abiert[oa]|inaugurad[oa]|abert[oa]|ouvert[e]?|eröffnet|apert[oa]"
    r"|fondat[oa]|dal|opgericht|gesticht|sinds|建于|始建于|成立于|创建于|za[łl]o[żz]on[aoy]?|od|kuruluş|основан[аоы]?|открыт[аоы]?|построен[аоы]?|введ[её]н[аоы]?|с|"
    r"تأسست|تأسس|منذ)\s*(?:in|en|nel|em|в|w|im|op|il|el|le|na|no)?\s*(?:an\s+|year\s+|год[ау]?\s+)?"
    r"(?:1\d\d\d|20\d\d)(?:\s*(?:г\.?|год[ау]?|yılında|年))?"
    r"|(?:1[5-9]\d\d|20\d\d)\s*(?:年|년|yılında|yılı|['’](?:da|de|ta|te))?\s*(?:成立|创立|創業|創立|設立|开业|開業|建成|落成|建[园校厂店馆站]|开[园馆店]|시작|설립"
    r"|창립|개업|오픈|개원|개관|kuruldu|स्थापना)|(?:開館|開業|創業|設立|創立|開園|開店|オープン|成立|创立|开业)\s*(?:1[5-9]\d\d|20\d\d)\s*年?",
    re.I,
)
# "brigade est 1952", "shop opened 2019": a subject before a word of founding (not "since": "trenuję od
# 2018" is how long someone has done something, not when a place began)
_SUBJECT_FOUNDED = re.compile(
    r"(?:[^\W\d][\w'’-]*\s+){1,3}(?:founded|established|est\.?|estd\.?|opened|built|commissioned|fond[ée]e?"
    r"|abiert[oa]|inaugurad[oa]|abert[oa]|ouvert[e]?|eröffnet|apert[oa]"
    r"|fundad[oa]|gegründet|fondat[oa]|opgericht|za[łl]o[żz]on[aoy]?|основан[аоы]?|открыт[аоы]?|построен[аоы]?"
    r"|введ[её]н[аоы]?)\s*(?:in|en|nel|em|в|w|im|op)?\s*(?:1\d\d\d|20\d\d)",
    re.I,
)


def founded_item(item: str) -> bool:
    """'est 2021', 'brigade est 1952', 'введён в 2004', '2008 年建园': a year the place or thing began,
    its subject named in at most three words before it; a date among facts, never a quantity."""
    item = re.sub(r"^[-*•–]\s+", "", item.strip(" .,;。"))  # "- 2018년 오픈": a bulleted line's fact
    return bool(_FOUNDED.fullmatch(item) or _SUBJECT_FOUNDED.fullmatch(item))


_AT = re.compile(r"\s(?:at|um|à|a\s+las|alle|às|om|в|saat)$", re.I)
_TOTAL = re.compile(
    r"(?:grand\s+)?(?:total|sum|overall|in\s+all|gesamt|insgesamt|summe|totale|totaal|toplam|итого|всего|razem|suma"
    r"|合计|合計|总计|총계|합계|المجموع|कुल)",
    re.I,
)
_OPEN_BAND = re.compile(r"\d+\s*\+")  # "90+", "65 +": the last band of an age or aging list, open above
_DAY_OFFSET = re.compile(r"(?:^|\s)[A-Z]\+$")  # "relance J+10", "D+30": a day counted from an event


# "and", "or", "with" in the planner's languages: a word that joins two numbers names neither ("440 oder 443 hz")
_JOINING = frozenset(
    {
        "and",
        "or",
        "with",
        "a",
        "und",
        "oder",
        "mit",
        "y",
        "o",
        "e",
        "ou",
        "et",
        "ed",
        "oppure",
        "of",
        "en",
        "i",
        "lub",
        "oraz",
        "ve",
        "veya",
        "ile",
        "или",
        "и",
        "та",
        "або",
    }
)


def not_a_series(text: str, data: Any) -> str | None:
    """Why the pairs found are not one series ('timed', 'sum', 'names', 'event'), or None."""
    labels = [str(c).strip() for c in data.categories]
    if labels and all(label.lower() in _JOINING for label in labels):
        return "names"  # "kammerton a mit 440 oder 443 hz": two settings of one thing, no items named
    if any(
        label.startswith(_OPERATOR)
        or (label.endswith(_OPERATOR) and not _DAY_OFFSET.search(label) and not _OPEN_BAND.fullmatch(label))
        for label in labels
    ):
        return "sum"
    if _ID_LIST.search(text):
        return "names"  # "ward phone list: pharmacy 4420, porter 4433": numbers that name, not measure
    if any(_AT.search(label) for label in labels):
        return "timed"  # "bed 5 needs bloods at 6": a time or a place after "at", no measure
    if len(labels) >= 3 and _TOTAL.fullmatch(labels[-1]):
        return "sum"  # "north 120k, south 135k, total 250k": the parts and their total, never one axis
    if any(
        _NAMES_A_NUMBER.search(label) or (_PHONE_LABEL.search(label) and value >= 100)
        for label, value in zip(labels, data.values, strict=False)
    ):
        return "names"
    if any(
        value == int(value) and founded_item(f"{label} {int(value)}")
        for label, value in zip(labels, data.values, strict=False)
    ):
        return "event"  # "est 2021, open 7 days, card only": a shop's details, the year it opened among them
    if len(data.values) == 2 and _MODELS.search(text):
        return "names"  # "iphone 15 vs pixel 8": model numbers, not measures
    if timed_values(text, [n.end for n in find_numbers(text)]):
        return "timed"
    if len(data.values) <= 3 and clock_outside(text, data.categories):
        return "event"
    return None
