"""What a tracker's listed field holds, beyond "a number or a text": a clock time, an identifier, or
a number that is no amount.

A salon's "date, time, client, service, price" has one amount, the price: the time is when the
client comes (a time of day, never added up), a phone number or an order ID is a label written
with digits (text), and an age or a year is a number whose sum means nothing. Only amounts (a
price, hours spent, kg, a count) are totalled. The words are the fields' names in the planner's
languages; a field is read by its whole name, so "time spent" or "hours" stays a duration.
"""

from __future__ import annotations

import re

# A time of day by a name that says so, whatever else is listed.
_CLOCK = re.compile(
    r"^(?:(?:start|end|finish|arrival|departure|appointment|booking|pick-?up|drop-?off)\s+time|time\s+of\s+day|at\s+what\s+time"
    r"|clock\s+time|time\s+slot|slot|uhrzeit|startzeit|endzeit|tijdstip|klockslag|horário|horario|horaire|orario"
    r"|hora\s+(?:de\s+)?(?:inicio|início|fin|fim|entrada|salida|saída|llegada|chegada)|heure\s+(?:de\s+)?(?:début|fin|arrivée|départ)"
    r"|godzina\s+(?:rozpoczęcia|zakończenia|wizyty)|время\s+(?:начала|окончания|визита|приёма|приема)|saat\s+kaçta"
    r"|時刻|시각|時間帯)$",
    re.I,
)
# An event's time of day named by the event: "bedtime", "wake-up time", "check-in", "feeding time".
_EVENT_TIME = re.compile(
    r"^(?:bed\s*-?time|(?:wake|wake-?up|rise|start|end|finish|arrival|departure|check-?in|check-?out|pick-?up|drop-?off"
    r"|lights-?out|feed(?:ing)?|meal|dose|medication|nap|alarm|sunrise|sunset|clock-?in|clock-?out)\s*-?\s*time"
    r"|check-?in|check-?out|clock-?in|clock-?out|woke(?:\s+up)?|went\s+to\s+bed|hora\s+de\s+\w+|heure\s+d[eu']\s*\w+"
    r"|zeitpunkt|schlafenszeit|aufstehzeit|weckzeit|ankunftszeit|abfahrtszeit)$",
    re.I,
)
# Things done for a while: in their log, "time" is how long ("study sessions: date, subject, time").
_ACTIVITY = re.compile(
    r"\b(?:study\w*|practi[cs]\w*|workouts?|exercis\w*|training|sessions?|runs?|running|rides?|cycling|swims?|swimming"
    r"|walks?|walking|reading|piano|guitar|gym|sleep\w*|play\w*|screen|homework|overtime|work(?:ed)?|shifts?|lessons?"
    r"|estudi\w*|entren\w*|étud\w*|entraîn\w*|lern\w*|training\w*|studi\w*|allen\w*|train\w*|ders\w*|antrenman\w*"
    r"|trening\w*|nauk\w*|учёб\w*|учеб\w*|трениров\w*)\b",
    re.I,
)
# Readings of the body taken at a time: numbers, never labels ("systolic, diastolic, pulse").
_READING = re.compile(
    r"^(?:systolic|diastolic|sys|dia|pulse|heart\s+rate|bpm|hr|spo2|sp02|o2|oxygen|saturation|blood\s+sugar|glucose"
    r"|sistólica|diastólica|systolique|diastolique|systolisch|diastolisch|sistolica|diastolica|systolisch|diastolisch"
    r"|skurczowe|rozkurczowe|систолическое|диастолическое|sistolik|diastolik|pulso|pouls|puls|polso|пульс|nabız|nadi)$",
    re.I,
)


def reading(name: str) -> bool:
    """A reading of the body (blood pressure, pulse, oxygen): a number, and a level never totalled."""
    return bool(_READING.fullmatch(name.strip()))


# "time" (and its like) alone: a time of day beside a date, a duration in a log of runs or study.
_TIME_WORD = re.compile(
    r"^(?:time|hora|heure|ora|uhr|zeit|tijd|godzina|время|saat|waktu|jam|giờ|thời\s+gian|tid|时间|時間|시간|الوقت|الساعة|समय)$",
    re.I,
)
# Fields that make "time" a duration: how far, how fast, how many laps or pages in that time.
_EFFORT = re.compile(
    r"\b(?:distance|km|kms|miles?|pace|speed|laps?|pages?|reps?|sets?|duration|distancia|ritmo|vueltas|distance|allure"
    r"|distanz|strecke|tempo|runden|distanza|giri|afstand|dystans|tempo|дистанц\w*|темп|mesafe|tur|jarak|quãng\s+đường)\b"
    r"|距离|距離|거리|المسافة|दूरी",
    re.I,
)
# A label written with digits: a phone number, an ID, a code, a plate. Text, never a number to add.
_IDENT = re.compile(
    r"^(?:(?:phone|telephone|tel|mobile|cell|contact|whatsapp)(?:\s+(?:number|no\.?|#))?|(?:[^\W\d][\w-]*\s+)?(?:id|ids|no\.?|#)"
    r"|(?:order|invoice|ticket|booking|reference|ref|room|table|seat|account|serial|tracking|policy|case|member|customer"
    r"|client|patient|phone|plate|licen[cs]e|registration|batch|lot|part|item|product|model|flight|bus|train|house|unit"
    r"|apartment|flat|badge|employee|student|vat|tax|passport)\s+(?:number|no\.?|#|code|id)"
    r"|zip|zip\s+code|postcode|post\s+code|postal\s+code|sku|iban|code|ref|reference|plate|number\s+plate|license\s+plate"
    r"|tel[ée]fono|m[oó]vil|celular|telefone|t[ée]l[ée]phone|portable|telefon|handy|handynummer|telefonnummer|telefono"
    r"|cellulare|telefoon|telefoonnummer|mobiel|numer\s+telefonu|телефон|номер(?:\s+\w+)?|telefon\s+numarası|numara"
    r"|n[uú]mero(?:\s+de\s+\w+)?|num[ée]ro(?:\s+de\s+\w+)?|nummer|[\w-]+nummer|numero(?:\s+di\s+\w+)?|numer(?:\s+\w+)?"
    r"|c[oó]digo|codice|kod|код|kod|kode|mã|dni|cpf|nif|plz|kennzeichen|matr[ií]cula|targa|placa|kenteken"
    r"|nomor(?:\s+\w+)?|số\s+điện\s+thoại|điện\s+thoại|telepon|电话|電話|手机|号码|番号|编号|전화(?:번호)?|번호|هاتف|الهاتف|جوال|رقم"
    r"|फ़ोन|फोन|मोबाइल|नंबर)$",
    re.I,
)
# Numbers that are no amount: an age, a year, a rating. Kept as numbers, never totalled.
_NOT_SUMMED = re.compile(
    r"^(?:age|years?\s+old|year|birth\s*year|year\s+of\s+birth|born|rating|stars|grade|level|edad|año|idade|ano|âge|année"
    r"|alter|jahr|baujahr|età|anno|leeftijd|jaar|bouwjaar|wiek|rok|возраст|год|yaş|yıl|umur|tahun|tuổi|năm|ålder|år"
    r"|年龄|年齢|나이|연도|العمر|السنة|उम्र|साल)$",
    re.I,
)


def clock_field(name: str, names: list[str], question: str = "") -> bool:
    """A time of day: named so ("start time", "Uhrzeit", "bedtime"), or "time" listed beside a date
    with no distance, pace or laps and in no log of an activity (there it is how long it took)."""
    word = name.strip().casefold()
    if _CLOCK.fullmatch(word) or _EVENT_TIME.fullmatch(word):
        return True
    if _ACTIVITY.search(question):
        return False
    if not _TIME_WORD.fullmatch(word):
        return False
    others = [n.casefold() for n in names if n.strip().casefold() != word]
    dated = any(
        re.fullmatch(
            r"date|day|data|fecha|fecha\s+\w+|date\s+\w+|datum|dia|día|jour|tag|giorno|dag|дата|день"
            r"|tarih|gün|tanggal|ngày|日期|日付|날짜|التاريخ|तारीख",
            n.strip(),
        )
        for n in others
    )
    return dated and not any(_EFFORT.search(n) for n in others)


def identifier(name: str) -> bool:
    """A label written with digits (a phone number, an order ID, a postcode): text, never summed."""
    return bool(_IDENT.fullmatch(name.strip()))


def not_summed(name: str) -> bool:
    """A number whose sum means nothing (an age, a year, a rating)."""
    return bool(_NOT_SUMMED.fullmatch(name.strip()))


# What each entry was charged: a price beside what was sold or served is an amount earned or spent
# ("client, service, price"), unlike the price of one thing followed over time ("price of petrol").
_CHARGED = re.compile(
    r"^(?:price|cost|fee|fees|charge|paid|amount\s+paid|precio|coste|costo|importe|pago|tarifa|prix|coût|montant|tarif"
    r"|preis|kosten|betrag|gebühr|prezzo|costo|importo|preço|custo|valor|prijs|kosten|bedrag|cena|koszt|kwota|цена"
    r"|стоимость|сумма|fiyat|ücret|tutar|harga|biaya|giá|chi\s+phí|tiền|价格|价钱|费用|金额|価格|料金|金額|가격|요금|금액"
    r"|السعر|التكلفة|المبلغ|कीमत|दाम|शुल्क|रकम|pris|kostnad|belopp)$",
    re.I,
)
_PRICE_OF = re.compile(
    r"\b(?:price|cost|precio|prix|preis|prezzo|preço|prijs|cena|цен\w*|fiyat\w*|harga|giá)\s+(?:of|de|del|des|du|di|do|da|van|von)\b",
    re.I,
)


def charged(name: str, fields: list[dict[str, object]], question: str) -> bool:
    """A price listed beside a text field (a client, a service, an item) in a tracker that is not
    about one thing's price: each entry's amount, totalled like any amount."""
    return (
        bool(_CHARGED.fullmatch(name.strip()))
        and any(f.get("type") in ("text", "select") for f in fields)
        and not _PRICE_OF.search(question)
    )


# "track appointments for my salon", "a tracker for deliveries at the warehouse", "log every
# delivery we get at the warehouse": what is tracked and where, named the English way.
_WHAT = r"[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?"
_TRACKED = re.compile(
    r"\b(?:track(?:ing)?|keep(?:ing)?\s+(?:track|a\s+(?:log|record))\s+of|(?:a\s+)?(?:tracker|log|logbook|record)\s+(?:for|of)"
    r"|log(?:ging)?|record(?:ing)?)\s+(?:(?:all|each|every)\s+)?(?:(?:my|our|the|his|her|their)\s+)?"
    rf"(?P<what>{_WHAT}?)(?:\s+(?:we|i|they)\s+(?:get|have|take|make|do|sell|see|book))?"
    rf"\s+(?:for|at|in|of)\s+(?:my|our|the|his|her|their)\s+(?P<where>{_WHAT}?)\s*(?=[:,;.(]|$|\s+(?:with|including|where|so|and|that)\b)",
    re.I,
)
_NOT_NAMED = re.compile(
    r"^(?:it|them|things?|stuff|entries|data|numbers?|how|what|when|which|a|an|the)$", re.I
)


# "keep track of my salon appointments with date, time…": the two words before the fields listed
_TRACKED_WITH = re.compile(
    r"\b(?:keep(?:ing)?\s+(?:track|a\s+(?:log|record))\s+of|track(?:ing)?|log(?:ging)?|record(?:ing)?)\s+(?:all\s+)?"
    r"(?:my|our|the)\s+(?P<what>[^\W\d][\w'-]*\s+[^\W\d][\w'-]*)\s+(?:with|including)\b",
    re.I,
)


# "log customer orders: order ID, …": two words named right before the fields listed
_TRACKED_LIST = re.compile(
    r"\b(?:log|track|record)(?:ing)?\s+(?:all\s+)?(?:(?:my|our|the)\s+)?(?!(?:my|our|the|a|an)\b)(?P<what>[^\W\d][\w'-]*\s+[^\W\d][\w'-]*)\s*[:：]",
    re.I,
)


def tracked_name(question: str) -> str:
    """'Salon appointments' for "track appointments for my salon": the place, then the things kept,
    as a title; '' when the question names no such pair (the tracker keeps its usual title)."""
    if (
        w := _TRACKED_WITH.search(question) or _TRACKED_LIST.search(question)
    ) is not None and not _NOT_NAMED.match(w.group("what").split()[0]):
        return w.group("what")[:1].upper() + w.group("what")[1:]
    m = _TRACKED.search(question)
    if m is None or _NOT_NAMED.match(m.group("what")) or _NOT_NAMED.match(m.group("where")):
        return ""
    what, where = m.group("what").strip(), m.group("where").strip()
    if len(f"{where} {what}") > 50:
        return ""
    name = f"{where} {what}"
    return name[:1].upper() + name[1:]
