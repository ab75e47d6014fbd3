"""Offline apps for a random draw and for a timer, read from the wording in the planner's languages.

A draw ("random picker for who does dishes: mia, leo, sam", "sortear quem paga o café", "make 3 teams",
"tirage au sort", "抽签", "くじ引き") becomes a `picker` view: the items are only the ones the user
listed (none listed: an empty box the user fills in on the page), the mode (one pick, a shuffled
order, teams) and the count from the words. A timer ("egg timer 3, 6 or 9 minutes", "pomodoro 25/5
x4", "HIIT 40 s on 20 s off 8 rounds", "a stopwatch") becomes a `timer` view whose durations are only
the ones written, each with the unit written after it (or after the last of a list: "3, 6 or 9
minutes"), labelled by the user's own word next to it ("soft 6 min", "25 minuti lavoro"). Nothing
is assumed: a pomodoro without numbers is a countdown the user sets, not 25 and 5.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.app_cues import SECRET_SANTA
from generators.rules.app_more import countdown
from generators.rules.listed import clean_item, listed_items
from generators.rules.words import cap, short
from render.numerals import localize
from render.plan import parse_plan

# ------------------------------------------------------------------------------------------ intents

# A random draw, in the planner's languages: drawing lots, picking at random, a wheel, teams made at
# random, a shuffled order. "pick" alone (pick a colour) is not a draw; "pick a winner" is.
_DRAW = (
    r"\brandom(?:ly)?\s+(?:\w+\s+){0,2}?(?:picker|pick|chooser|choos(?:e|es|ing)|select(?:s|ing)?|generator|draw|selector|order|teams?|groups?|winner|name|person|student)s?\b"
    r"|\bwhose\s+turn\b|\bwer\s+ist\s+dran\b|\bsırası?\s+kimde\b|чья\s+очередь|轮到谁|誰の番|누구\s*차례"
    r"|\b(?:name|team|group)\s+(?:picker|generator|randomi[sz]er|chooser)s?\b|\bpicker\b"
    r"|\bpick(?:s|ing)?\s+(?:a|an|the|one|two|three|\d+)?\s*(?:random|winners?|names?\s+out of a hat)\b"
    r"|\bpick(?:s|ing)?\s+(?:someone|somebody|a\s+(?:person|name|student|volunteer))\s+at\s+random\b|\bat\s+random\b"
    r"|\b(?:draw|pull)(?:ing)?\s+(?:a\s+|the\s+)?(?:names?|lots|straws|a winner|winners|a name out of a hat)\b"
    r"|\bwheel\s+of\s+names\b|\b(?:spin(?:ner|ning)?|prize|name|lucky)\s+wheel\b|\braffle\b|\blucky\s+draw\b"
    r"|\bwheel\s+(?:(?:i|we|you|they)\s+can\s+|to\s+)spin\b|\bspin\s+(?:the|a)\s+wheel\b"
    r"|\bshuffle[sd]?\b|\brandomi[sz]e\b|\b(?:make|split|divide|sort|put)\s+(?:\w+\s+){0,3}?(?:in(?:to)?\s+)?(?:\d+|two|three|four|five|six)\s+(?:random\s+)?(?:teams|groups)\b"
    r"|\bteam\s+generator\b|\bwho\s+(?:goes\s+first|pays|has\s+to)\b.{0,40}\b(?:random|draw|pick)"
    # choosing on the users' behalf: "something that picks for us", "algo que elija por nosotros"
    r"|\b(?:picks?|chooses?|decides?)\s+for\s+(?:us|me)\b|\belij[ao]\w*\s+por\s+(?:nosotros|m[ií])\b"
    r"|\bescolh\w*\s+por\s+(?:nós|mim)\b|\bscegli\w*\s+per\s+(?:noi|me)\b|\bchoisi\w*\s+pour\s+(?:nous|moi)\b"
    r"|\b(?:aussucht|aussuchen|entscheidet|wählt)\s+für\s+(?:uns|mich)\b|\bkiest\s+voor\s+(?:ons|mij)\b"
    r"|(?:يختار|تختار)\s+(?:لنا|لي)|выбер\w*\s+за\s+(?:нас|меня)|выбира\w*\s+за\s+(?:нас|меня)"
    r"|\bbizim\s+için\s+seç\w*|\bwybier\w*\s+za\s+(?:nas|mnie)|帮(?:我们|我)(?:选|決定|决定)|(?:選んで|決めて)くれる|(?:골라|정해)\s*주는"
    # es / pt / it / fr
    r"|\bsecret\s+santa\b|\bamigo\s+(?:secreto|invisible|oculto)\b|\bwichteln\b|\bwichtel\w*|\bsinterklaaslootjes\b"
    rf"|{SECRET_SANTA}"
    r"|\bsorteador\w*|\bsorte(?:ar|a|o|ie|io)\b|\bsorteggi\w*|\bestra(?:rre|e|i)\s+a\s+sorte\b|\bestrazione\s+a\s+sorte\b|\bal\s+azar\b|\baleatori[ao]s?\b"
    r"|\baleatóri[ao]s?\b|\ba\s+caso\b|\bcasuale\b|\btirage\s+au\s+sort\b|\btir(?:er|e|ez)\s+au\s+sort\b"
    r"|\bau\s+hasard\b|\baléatoire\b|\bruleta\b|\broleta\b|\broue\s+(?:des\s+noms|de\s+la\s+fortune)\b"
    r"|\bbarajar\b|\bembaralh\w*|\bm[ée]lang(?:er|e)\s+(?:l['’]ordre|les\s+noms)"
    r"|\bhacer\s+(?:\d+|dos|tres|cuatro)\s+equipos\b|\bfaire\s+(?:\d+|deux|trois|quatre)\s+équipes\b"
    # de / nl
    r"|\bauslos\w*|\blose\s+ziehen\b|\blos(?:en|t)\b|\bzufall\w*|\bzufällig\w*|\bglücksrad\b"
    r"|\bzieh(?:e|en|t)?\s+(?:einen?\s+|zwei\s+|\d+\s+)?(?:namen|lose?|person(?:en)?|gewinner\w*)\b"
    r"|\b(?:des\s+)?équipes\s+de\s+\d+\b|\bequipos\s+de\s+\d+\b|\bteams\s+(?:von|zu)\s+\d+\b"
    r"|\bwillekeurig\w*|\bloting\b|\bloten\b|\bnamen\s+trekken\b|\brad\s+van\s+(?:fortuin|namen)\b"
    # ru / tr / pl / vi / id
    r"|жеребь[её]вк\w*|жреби\w*|(?<![\u0400-\u04ff])случайн\w*|рандом\w*|(?<![\u0400-\u04ff])перемеша\w*"
    r"|\bkura\b|\bkura\s+çek\w*|\brastgele\b|\bçekiliş\w*|\blosowa\w*|\blosuj\w*|\bngẫu nhiên\b|\bbốc thăm\b|\bacak\b|\bundian\b"
    # zh / ja / ko / ar / hi
    r"|分成\s*\S{0,3}\s*(?:组|組|队|隊)|抽签|抽籤|随机|隨機|抽奖|抽獎|点名|分组|分組|转盘|轉盤|打乱|くじ|抽選|ランダム|チーム分け|グループ分け|ルーレット|あみだ"
    r"|제비뽑기|추첨|랜덤|무작위|팀\s*나누|룰렛|뽑기|قرعة|عشوائي|السحب|पर्ची|रैंडम|लॉटरी|बेतरतीब"
)
DRAW = re.compile(_DRAW, re.I)

# A timer or a stopwatch, in the planner's languages. A countdown to a date is `app_more.countdown`.
_TIMER = (
    r"\btimer\b|\b(?:intervall|eier|küchen|koch|tabata|hiit|lern|pomodoro|sport|trainings|kook|keuken)-?timer\b"
    r"|\bstop\s?watch\b|\bpomodoro\b|\bhiit\b|\btabata\b|\binterval\s+(?:timer|training|workout)\b"
    r"|\bminuteur\b|\bchronom[eè]tre\b|\bchrono\b|\btemporizador\b|\bcron[oó]metro\b|\bcron[oô]metro\b|\bcronometro\b"
    r"|\bstoppuhr\b|\beieruhr\b|\bkurzzeitwecker\b|\bkookwekker\b|\bminutnik\w*|\bstoper\w*"
    r"|\bzamanlayıcı\w*|\bkronometre\w*|\bhẹn giờ\b|\bbấm giờ\b|\bpengatur waktu\b"
    r"|(?<![\u0400-\u04ff])таймер\w*|(?<![\u0400-\u04ff])секундомер\w*"
    r"|计时器|計時器|倒计时|倒計時|秒表|番茄钟|番茄鐘|タイマー|ストップウォッチ|ポモドーロ|キッチンタイマー"
    r"|타이머|스톱워치|뽀모도로|مؤقت|ساعة\s+إيقاف|टाइमर|स्टॉपवॉच"
)
TIMER = re.compile(_TIMER, re.I)
_STOPWATCH = re.compile(
    r"stop\s?watch|chronom[eè]tre|cron[oóô]metro|stoppuhr|stoper|kronometre|bấm giờ|секундомер|秒表"
    r"|ストップウォッチ|스톱워치|ساعة\s+إيقاف|स्टॉपवॉच|\bcount(?:s|ing)?\s+up\b",
    re.I,
)
_SEQUENCE = re.compile(
    r"pomodoro|\bhiit\b|tabata|interval|\brounds?\b|\bcycles?\b|\bsets?\b|\brepeat|\bthen\b|\bx\s?\d+\b|\d+\s?x\b"
    r"|\b(?:on|off)\b|\b(?:work|rest|break)\b|rondas?|rondes?|runden?|\brodadas?\b|\bgiri\b|\bciclos?\b|cicli"
    r"|\bdann\b|\bpuis\b|\bdespués\b|\bluego\b|\bpoi\b|\bdaarna\b|раунд\w*|круг\w*|подход\w*|番茄|轮|輪|回|セット"
    r"|라운드|세트|جولات|राउंड|tur\b|\bpausa\b|\bpause\b|descanso|\btours\b|\bfractionn\w*|\brécup\w*|\brepos\b|\berholung\b"
    r"|\brecupero\b|\briposo\b|\brust\b|отдых",
    re.I,
)
_SILENT = re.compile(
    r"\b(?:silent|no\s+sound|without\s+(?:a\s+)?(?:sound|ring|beep|alarm)|mute[d]?|sin\s+sonido|sans\s+son"
    r"|ohne\s+ton|senza\s+suono|sem\s+som|zonder\s+geluid)\b|без\s+звука|静音|無音|무음",
    re.I,
)


# A calculator named: the user wants a result worked out, not a draw, a timer or entries kept.
CALCULATOR = re.compile(
    r"calculat\w*|\bcalc\b|rechner\b|calculadora|calcolat\w*|калькулятор\w*|hesap\s*makine\w*|kalkulator\w*|\w*kalkylator\w*"
    r"|计算器|計算機|계산기|حاسبة|कैलकुलेटर",
    re.I,
)
# "a random number between 1 and 100": a range, which a draw from a list cannot honour.
_RANGE = re.compile(
    r"\b(?:between|from|entre|de|zwischen|von|tra|da|tussen|от)\s+-?\d+\s*(?:and|to|y|a|et|à|und|bis|e|en|до|-)\s*-?\d+\b",
    re.I,
)


def wants_draw(question: str) -> bool:
    """Drawing words, or a number of teams to make ("haz 2 equipos", "in 4 Gruppen")."""
    return bool(DRAW.search(question) or _TEAMS.search(question))


def wants_timer(question: str) -> bool:
    return bool(TIMER.search(question))


def _plan(data: dict[str, Any]) -> Any:
    return parse_plan({"kind": "app", **data})


# ------------------------------------------------------------------------------------------- picker

_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "deux": 2, "trois": 3, "quatre": 4, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "due": 2, "tre": 3, "quattro": 4, "twee": 2, "drie": 3, "duas": 2, "três": 3,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
}  # fmt: skip
_N = r"(\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_TEAM_WORD = (
    r"(?:random\s+)?(?:teams?|groups?|equipos?|grupos?|équipes?|groupes?|gruppen?|squadre|gruppi|equipes|times"
    r"|groepen|команд\w*|групп\w*|takım\w*|grup\w*|drużyn\w*|nhóm|đội|kelompok|tim)"
)
_TEAMS = re.compile(
    rf"(?<![0-9A-Za-z]){_N}\s*(?:{_TEAM_WORD}(?!\w)|(?:个)?(?:组|隊|队)(?!\s*[×xX*]\s*\d)|(?:つの)?(?:チーム|グループ)|(?:개\s*)?(?:팀|조))"
    rf"|分成\s*{_N}|(?:in|into|en|in)\s+{_N}\s+{_TEAM_WORD}",
    re.I,
)
_TEAMS_ANY = re.compile(
    rf"(?<!\w){_TEAM_WORD}(?!\w)|分组|分組|チーム分け|グループ分け|팀\s*나누|فرق|टीम",
    re.I,
)
_TEAM_SIZE = re.compile(
    r"\b(?:teams|groups|équipes|equipos|grupos|squadre|teams\s+zu|gruppen\s+zu)\s+(?:of|de|di|von|zu)?\s*(\d{1,3})\b"
    r"|\b(\d{1,3})\s+(?:per|a|each)\s+(?:team|group)\b",
    re.I,
)
_ORDER = re.compile(
    r"\bshuffle|\border\b|\brota\b|\bturns?\b|\blineup\b|\bline-up\b|\bsequence\b|\borden\b|\bordem\b|\bordre\b"
    r"|\breihenfolge\b|\bordine\b|\bvolgorde\b|порядок|очередь|\bsıra\w*|kolejnoś\w*|\bthứ tự\b|\burutan\b"
    r"|顺序|順序|顺番|順番|次序|シャッフル|순서|ترتيب|क्रम|barajar|embaralh|mélang|misch|mescol|hussel|打乱",
    re.I,
)
_PICK_N = re.compile(
    rf"\b(?:pick|draw|choose|select|elige|elegir|escoge|escolher|sortear|tirer|choisir|ziehen|wähle|scegli\w*|estrai)\s+{_N}\b"
    rf"|(?<!\w){_N}\s+(?:winners?|names?|people|persons?|students?|ganadores|gagnants|gewinner|vincitori|vencedores)\b",
    re.I,
)
_NO_REPEAT = re.compile(
    r"\bno\s+repeats?\b|\bwithout\s+repeat\w*|\bnot\s+(?:the\s+same|twice)\b|\beveryone\s+(?:once|gets\s+a\s+turn)\b|\bfair\b"
    r"|\brota\b|\bsin\s+repetir\b|\bsans\s+répét\w*|\bohne\s+wiederholung\b|\bsenza\s+ripet\w*|\bsem\s+repetir\b"
    r"|不重复|重複なし|중복\s*없이",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower(), 1)


def table_items(question: str, table: Any) -> list[str]:
    """The names in the attached table: the column the question names, else its only text column."""
    columns = [str(c) for c in table.columns]
    named = [c for c in columns if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", question, re.I)]
    texts = [
        c for c in columns if getattr(table[c].dtype, "kind", "O") not in "biufcmM"
    ]  # not numbers or dates
    column = next((c for c in named if c in texts), None) or (texts[0] if len(texts) == 1 else None)
    if column is None:
        return []
    seen: dict[str, None] = {}
    for value in table[column].dropna():
        text = clean_item(str(value))
        if text:
            seen.setdefault(text, None)
    return list(seen)[:500]


# How many teams, said beside the names ("…, Finn, 2 teams", "(two teams)", "into three groups"):
# a count, never one of the names drawn.
_TEAMS_SAID = re.compile(
    rf"[,;]?\s*\(?\s*(?:(?:in|into|en|in)\s+)?(?<![0-9A-Za-z]){_N}\s+{_TEAM_WORD}(?!\w)\s*\)?",
    re.I,
)
# Names run together with commas anywhere in the sentence: "for Ana, Ben, Cy and Dee", "shuffle Ana, Ben, Cy"
_NAME_RUN = re.compile(
    r"(?<![\w,])([^\W\d][\w'-]*(?:\s*,\s*[^\W\d][\w'-]*){2,}(?:\s*,?\s*(?:and|or|y|et|und|e|en|и|ve|i)\s+[^\W\d][\w'-]*)?)"
)


def draw_items(question: str) -> list[str]:
    """The names to draw from: the list the user wrote, without the number of teams said beside it
    ("…, Finn, 2 teams"); else a run of three or more single names joined by commas anywhere
    ("pick teams randomly for Ana, Ben, Cy and Dee")."""
    said = _TEAMS_SAID.sub(" ", question)
    items = listed_items(said)
    if items:
        return items
    runs = [m.group(1) for m in _NAME_RUN.finditer(said)]
    if not runs:
        return []
    run = max(runs, key=len)
    names = [clean_item(p) for p in re.split(r"\s*,\s*|\s*,?\s+(?:and|or|y|et|und|e|en|и|ve|i)\s+", run)]
    return [n for n in names if n][:500]


def picker(question: str, lang: str, table: Any = None) -> Any | None:
    """A random draw from the user's own list (or an empty one to fill in): pick, shuffle or teams.
    With a table attached, the list is a column of it; no usable column: None (the explorer)."""
    if not wants_draw(question) or CALCULATOR.search(question) or _RANGE.search(question):
        return None
    items = table_items(question, table) if table is not None else draw_items(question)
    if table is not None and len(items) < 2:
        return None
    teams = _TEAMS.search(question)
    size = _TEAM_SIZE.search(question)
    count = 1
    shortfall = ""
    if teams is not None or size is not None or _TEAMS_ANY.search(question):
        mode = "teams"
        if teams is not None:
            count = _count(next(g for g in teams.groups() if g))
        elif size is not None and items:
            count = max(1, round(len(items) / int(size.group(1) or size.group(2))))
        else:
            count = 2
        asked = count
        if items:
            count = min(count, len(items))
        if count < asked:  # "make 5 teams from Ana, Ben, Cal": say so, never change it silently
            shortfall = texts.say(lang, "picker.shortfall", asked=asked, n=len(items))
    elif _ORDER.search(question):
        mode = "shuffle"
    else:
        mode = "pick"
        if (m := _PICK_N.search(question)) is not None:
            count = _count(next(g for g in m.groups() if g))
        if items:
            count = min(count, len(items))
    count = max(1, min(count, 100))
    title = texts.say(lang, f"picker.{mode}.title")
    view: dict[str, Any] = {"type": "picker", "items": items, "mode": mode, "count": count}
    if mode == "pick" and _NO_REPEAT.search(question):
        view["no_repeat"] = True
    if items:
        shown = ", ".join(items[:8]) + ("…" if len(items) > 8 else "")
        answer = texts.say(lang, f"picker.{mode}.answer", n=len(items), items=shown, count=count) + shortfall
    else:
        answer = texts.say(lang, "picker.empty")
    return _plan({"title": title, "subtitle": short(question, 100), "views": [view], "answer": answer})


# -------------------------------------------------------------------------------------------- timer

_SEC = (
    r"s|secs?|seconds?|segundos?|secondes?|sekunden?|sek|secondi|seconden|sekund\w*|saniye\w*|giây|detik"
    r"|(?<![\u0400-\u04ff])сек\w*|秒|초|ثوان\w*|ثانية|सेकंड"
)
_MIN = (
    r"m|mins?|minutes?|minutos?|minuten?|minuti|minut\w*|minuto|dakika\w*|phút|menit|мин\w*|分钟|分鐘|分間|分|분"
    r"|دقائق|دقيقة|मिनट"
)
_HOUR = r"h|hrs?|hours?|horas?|heures?|stunden?|std|ore|ora|uur|saat|godzin\w*|giờ|jam|час\w*|小时|小時|時間|시간|ساعة|ساعات|घंटे|घंटा"
_UNIT = rf"(?P<unit>{_HOUR}|{_MIN}|{_SEC})"
_NUM = r"\d{1,4}(?:[.,]\d{1,2})?"
# "3, 6 or 9 minutes": numbers joined by a list word share the unit written after the last one.
_JOIN = r"\s*(?:,|/|or|and|ou|o|oder|und|of|en|e|et|y|или|и|或|或者|か|、)\s*"
_RUN = re.compile(
    rf"(?<![0-9A-Za-z.,])(?P<nums>{_NUM}(?:{_JOIN}{_NUM})*)\s*{_UNIT}(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])",
    re.I,
)
_POMODORO_PAIR = re.compile(r"(?<![\d.,])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/]|[.,]\d)")
_ROUNDS = re.compile(
    r"(?:\bx\s?(\d{1,3})\b|\b(\d{1,3})\s?x\b|(?<!\w)(\d{1,3})\s*(?:rounds?|cycles?|times|sets|rondas|veces|rondes|fois|tours"
    r"|runden|mal|giri|volte|rodadas|vezes|rondes|keer|раунд\w*|раз\w*|кругов|tur|kez|rund\w*|vòng|putaran"
    r"|ciclos|cicli|ciclo|zyklen|cycli|цикл\w*|döngü\w*|cykl\w*"
    r"|轮|輪|回|セット|라운드|세트|번|جولات|बार)(?!\w))",
    re.I,
)
# Words around a duration that are never its label: connectors, the tool itself, asides.
_NOT_LABEL = re.compile(
    r"^(?:a|an|the|and|or|with|for|of|to|then|each|every|x|my|me|i|it|in|on\s+a|at|plus|y|o|ou|et|e|und|oder"
    r"|con|avec|mit|per|par|por|para|pour|für|de|di|du|des|la|le|el|il|lo|un|une|uno|una|ein|eine|een|het"
    r"|dann|puis|luego|poi|and\s+then|please|pls|just|only|also|rounds?|times|cycles?|sets?|minutes?|mins?"
    r"|need|want|set|get|make|give|like|da|van|von|du|des|der|die|das|den|del|al|of|ca|about|around"
    r"|um|op|voor|na|em|no|na|на|по|для|в|во|за|с|и|или|ve|bir|için)$",
    re.I,
)


def _unit_seconds(unit: str) -> float:
    u = unit.lower()
    if re.fullmatch(_HOUR, u, re.I):
        return 3600.0
    if re.fullmatch(_MIN, u, re.I):
        return 60.0
    return 1.0


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _word_before(question: str, start: int, lo: int) -> str:
    """One or two words just before a duration, inside its list item ('soft 6 min')."""
    before = re.split(r"[,;:，；、()\n]|\s(?:or|and|ou|o|y|et|e|oder|und)\s", question[lo:start])[-1]
    cjk = re.search(r"(?:^|\s)([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8})\s*$", before)
    if cjk is not None:  # written without spaces between words: the chunk right before the number
        before = cjk.group(1)
    cut = max((m.end() for m in (TIMER.search(before), DRAW.search(before)) if m), default=0)
    before = re.split(r"\b(?:with|for|mit|für|con|avec|com|met|per|para|pour)\b", before[cut:], flags=re.I)[
        -1
    ]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", before) if not _NOT_LABEL.match(w)]
    if words and len(words) <= 2 and not re.search(r"\d", before):
        return short(" ".join(words), 40)
    return ""


def _word_after(question: str, end: int, hi: int) -> str:
    """One or two words just after a duration, inside its list item ('25 minuti lavoro', '40 s on')."""
    after = re.split(r"[,;:，；、()\n.]|\d", question[end:hi])[0]
    if (tool := TIMER.search(after)) is not None:
        after = after[: tool.start()]
    words = [re.sub(r"^(?:d|l|qu)['’]", "", w, flags=re.I) for w in re.findall(r"[^\W\d_][\w'’-]*", after)]
    if 1 < len(words) <= 3 and _NOT_LABEL.match(words[0]):  # "15 s de récup": the label after "de"
        words = words[1:]
    if words and len(words) <= 2 and not _NOT_LABEL.match(words[0]):
        return short(" ".join(w for w in words if not _NOT_LABEL.match(w)), 40)
    if re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff]{1,6}", after.strip()):
        return after.strip()
    return ""


def durations(question: str) -> list[tuple[str, float]]:
    """(label, seconds) of every duration written in the question, in order: '3, 6 or 9 minutes' is
    three, '25/5' after 'pomodoro' is work and break minutes, '40 s on 20 s off' is two labelled."""
    question = _compound(question)
    found: list[tuple[int, str, str, float]] = []
    taken: list[tuple[int, int]] = []
    last = 0  # where the previous duration ended: a label is looked for after it
    for m in _RUN.finditer(question):
        factor = _unit_seconds(m.group("unit"))
        if re.search(r"/", m.group("nums")) and not re.search(
            r"pomodoro|番茄|ポモドーロ|뽀모도로", question, re.I
        ):
            continue  # "2/3 min" is a fraction or a range, not two presets
        nums = list(re.finditer(_NUM, m.group("nums")))
        for k, n in enumerate(nums):
            s, e = m.start("nums") + n.start(), m.start("nums") + n.end()
            end = m.end() if k == len(nums) - 1 else e
            nxt = m.start("nums") + nums[k + 1].start() if k + 1 < len(nums) else len(question)
            prev_end = m.start("nums") + nums[k - 1].end() if k else last
            found.append(
                (
                    s,
                    _word_before(question, s, prev_end),
                    _word_after(question, end, nxt),
                    _num(n.group(0)) * factor,
                )
            )
        taken.append((m.start(), m.end()))
        last = m.end()
    pair = _POMODORO_PAIR.search(question)
    pomodoro = bool(re.search(r"pomodoro|番茄|ポモドーロ|뽀모도로", question, re.I))
    if pair and pomodoro and not any(a <= pair.start() < b for a, b in taken):
        found.append((pair.start(), "", "", _num(pair.group(1)) * 60))
        found.append((pair.start() + 1, "", "", _num(pair.group(2)) * 60))
    # "25 minutos trabajo, 5 descanso": a bare number right after a unit-bearing list item shares its unit
    if found:
        for m in re.finditer(rf"(?<![\w.,/]){_NUM}(?![\w.,/]|\s*{_UNIT})", question):
            if any(a <= m.start() < b for a, b in taken) or (pair and pair.start() <= m.start() < pair.end()):
                continue
            prev = [t for t in taken if t[1] <= m.start()]
            if not prev or m.start() - prev[-1][1] > 24 or _ROUNDS.match(question, m.start()):
                continue
            unit = _RUN.match(question, prev[-1][0])
            gap = question[prev[-1][1] : m.start()]
            listed = re.search(
                r"[,;/，；、]|\b(?:then|and|dann|und|puis|et|luego|y|poi|e|daarna|en|потом|затем)\b",
                gap,
                re.I,
            )
            if unit is None or re.search(r"[.!?。]", gap) or not listed:
                continue  # "8 h 30" is half past eight, not 30 hours; "…, 5 pausa" is the next item
            after = question[m.end() : m.end() + 20]
            if re.match(
                r"\s*(?:rounds?|times|x\b|sets|cycles|rondas|veces|fois|tours|mal|volte|vezes|keer|раз|回|번)",
                after,
                re.I,
            ):
                continue
            found.append(
                (
                    m.start(),
                    _word_before(question, m.start(), prev[-1][1]),
                    _word_after(question, m.end(), len(question)),
                    _num(m.group(0)) * _unit_seconds(unit.group("unit")),
                )
            )
            taken.append((m.start(), m.end()))
    # the user labels every duration the same way: before it ("soft 6 min") or after it ("40 s on")
    before = sum(1 for f in found if f[1])
    after = sum(1 for f in found if f[2])
    col = 1 if before >= after else 2
    out = [(f[col], f[3]) for f in sorted(found) if 0 < f[3] <= 7 * 86400]
    return out if len(out) > 1 else [("", secs) for _, secs in out]  # a label tells presets apart


_AND_JOIN = r"\s*(?:,\s*)?(?:and\s+|und\s+|y\s+|et\s+|e\s+|en\s+|и\s+)?"
_HOUR_MIN = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})\s*(?:{_HOUR})(?:{_AND_JOIN}(\d{{1,2}})\s*(?:{_MIN})(?![A-Za-z])|(\d{{2}})(?![\d.,\w]))",
    re.I,
)
_MIN_SEC = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})\s*(?:{_MIN}){_AND_JOIN}(\d{{1,2}})\s*(?:{_SEC})(?![A-Za-z])", re.I
)


def _compound(question: str) -> str:
    """'1h30', '1 hour 30 minutes', '2 min 30 s': one duration, written in the smaller unit."""
    question = _HOUR_MIN.sub(lambda m: f"{int(m[1]) * 60 + int(m[2] or m[3])} min", question)
    return _MIN_SEC.sub(lambda m: f"{int(m[1]) * 60 + int(m[2])} s", question)


def _rounds(question: str) -> int | None:
    for m in _ROUNDS.finditer(question):
        n = int(next(g for g in m.groups() if g))
        if 1 <= n <= 100:
            return n
    return None


def _fmt_secs(secs: float, lang: str = "en") -> str:
    if secs % 3600 == 0:
        return f"{int(secs // 3600)} h"
    if secs % 60 == 0:
        return f"{int(secs // 60)} min"
    if secs < 60:
        return f"{localize(f'{secs:g}', lang)} s"
    return f"{int(secs // 60)} min {localize(f'{secs % 60:g}', lang)} s"


_WARN = re.compile(
    r"[,;]?\s*(?:and\s+)?(?:warn|remind|alert|tell|beep)\s+(?:me\s+|us\s+)?(?:at|after|when)\s+\d+(?:[.,]\d+)?\s*\w*",
    re.I,
)


# "a countdown … 60 minutes": a countdown with a duration is a timer (one to a date is `app_more.countdown`)
_COUNTDOWN = re.compile(
    r"\bcount\s?-?down\b|\bcuenta\s+(?:atrás|regresiva)\b|\bcompte\s+à\s+rebours\b|\bconto\s+alla\s+rovescia\b"
    r"|\bcontagem\s+regressiva\b|\bcountdown\b|\baftellen\b|обратн\w+\s+отсч[её]т\w*|\bgeri\s+sayım\w*|\bodliczani\w*"
    r"|倒计时|倒計時|カウントダウン|카운트다운",
    re.I,
)
# "hint count at the bottom", "a counter of laps": a tally beside the timer, named by the user
_TALLY = re.compile(r"\b(?P<w>[^\W\d]{3,})\s+(?:count|counter|tally)\b(?!\s*down)", re.I)


def timer(question: str, lang: str) -> Any | None:
    """A countdown with the user's durations (to choose from, or run in sequence for rounds), or a
    stopwatch. None when the question names no timer, or names a date to count down to. A count the
    user names beside it ("hint count at the bottom") is a counter under the timer."""
    plan = _timer(question, lang)
    tally = _TALLY.search(question) if plan is not None else None
    if (
        plan is None
        or tally is None
        or tally["w"].casefold() in ("word", "head", "body", "the", "a", "rep", "step")
    ):
        return plan
    counter = {"type": "counter", "items": [cap(tally["w"])]}
    answer = plan.answer + " " + texts.say(lang, "counter.tap", step="+1 / −1")
    return plan.model_copy(update={"views": [*plan.views, parse_plan({"kind": "app", "title": "t",
                           "views": [counter], "answer": "a"}).views[0]], "answer": answer})  # fmt: skip


def _timer(question: str, lang: str) -> Any | None:
    if not (wants_timer(question) or (_COUNTDOWN.search(question) and durations(question))):
        return None
    if CALCULATOR.search(question):
        return None
    warned = _WARN.search(question)  # "warn me at 80 minutes": a moment inside the countdown, no preset
    found = durations(question[: warned.start()] + question[warned.end() :] if warned else question)
    if not found and countdown(question, lang) is not None:
        return None  # "a countdown timer to our wedding on 14 june": days to a date, not minutes
    sound = not _SILENT.search(question)
    if _STOPWATCH.search(question) and not found:
        title = texts.say(lang, "stopwatch.title")
        view: dict[str, Any] = {"type": "timer", "mode": "stopwatch", "sound": sound}
        return _plan({"title": title, "subtitle": short(question, 100), "views": [view],
                      "answer": texts.say(lang, "stopwatch.answer")})  # fmt: skip
    presets = [{"label": label, "seconds": secs} for label, secs in found[:20]]
    sequence = len(presets) >= 2 and bool(_SEQUENCE.search(question))
    rounds = (_rounds(question) or 1) if sequence else 1
    view = {"type": "timer", "mode": "countdown", "presets": presets, "sequence": sequence, "rounds": rounds,
            "sound": sound}  # fmt: skip
    shown = ", ".join(f"{p['label']} {_fmt_secs(p['seconds'], lang)}".strip() for p in presets)
    if not presets:
        answer = texts.say(lang, "timer.typed")
    elif sequence:
        answer = texts.say(
            lang, "timer.sequence_rounds" if rounds > 1 else "timer.sequence", shown=shown, rounds=rounds
        )
    else:
        key = "timer.choose" if len(presets) > 1 else "timer.one"
        answer = texts.say(lang, key + ("_ring" if sound else ""), shown=shown)
    if warned:
        answer += texts.say(lang, "timer.no_warning", said=warned.group(0).strip(" ,;"))
    title = texts.say(lang, "timer.title")
    return _plan({"title": title, "subtitle": short(question, 100), "views": [view], "answer": answer})
