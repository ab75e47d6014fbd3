"""Offline tally counters and scoreboards, read from the wording in the planner's languages.

"something to keep score for beach volleyball, warn us to switch sides every 7 points", "species I
expect: blackbird, robin… a counter with a + button for each", "a tally counter for laps", "marcar os
pontos", "Punkte mitschreiben", "compteur de points", "счётчик", "计分板", "점수판", "عداد", "गिनती"
become a `counter` view. The counters are only the ones the user listed (teams, players, species,
chores, people); none listed: a stated structural default (a two-sided game: "Team 1 / Team 2",
several people: "Player 1 / Player 2", anything else: one counter), which the user renames on the
page. An alert (`every`) and a target (`target`) only when the user wrote the number. Entries with
values ("how much I spend", calories, litres) are a tracker's (`generators.rules.app_log`), not this.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules import app_texts as texts
from generators.rules.listed import listed_items
from generators.rules.words import short
from render.plan import parse_plan

_POINTS = (
    r"(?:points?|pts|score|scores|puntos|pontos|punti|punkte\w*|punten|punkty|punktów|очк\w*|puan\w*|sayı\w*|skor\w*"
    r"|tanteo|marcador|placar|punteggio)"
)
# Keeping a score or a tally, in the planner's languages; the nouns of the tool and the verbs of the job.
_SCORE = (
    r"\bscore\s?(?:board|keeper|keeping|counter|sheet|card)s?\b|\bkeep(?:s|ing)?\s+(?:the\s+|our\s+|a\s+)?score\b"
    r"|\bkeep(?:s|ing)?\s+(?:track\s+of\s+)?(?:the\s+)?(?:score|points)\b|\bpoints?\s+(?:counter|tally|table)\b"
    # a reward chart for chores: "they tick off jobs and earn points", "a star chart for the kids"
    r"|\b(?:earn|earns|earning|collect|get)\s+(?:\w+\s+)?(?:points|stars)\b|\b(?:reward|star|sticker|chore)\s+charts?\b"
    r"|\bmarcador\b|\bplacar\b|\bsegnapunti\b|\btabellone\b|\bscorebord\b|\btableau\s+des\s+scores\b"
    r"|\bfeuille\s+de\s+(?:score|marque)\b|\bpunktestand\b|\bspielstand\b|\banzeigetafel\b|\btablic\w*\s+wynik\w*"
    r"|\b(?:skor|puan)\s+(?:tablosu|tut\w*)\b|(?<![\u0400-\u04ff])(?:табло|вести\s+сч[её]т|счёт\s+игры)"
    rf"|\b(?:marcar|anotar|apuntar|contar|llevar|segnare|contare|tenere|compter|noter|marquer|z[äa]hlen|mitschreiben"
    rf"|notieren|aufschreiben|bijhouden|tellen|noteren|liczyć|zapisywać|saymak|tutmak)\s+(?:\w+\s+){{0,2}}?{_POINTS}\b"
    rf"|\b{_POINTS}\s+(?:mit)?(?:schreiben|schreibt|zählen|zählt|notieren|notiert|bijhouden|tellen|tut\w*|say\w*)\b"
    r"|(?<![\u0400-\u04ff])(?:считать|записывать|считает|записывает)\s+очк\w*"
    r"|计分板|记分板|记分牌|计分|記分|记分|スコアボード|得点板|点数(?:を)?(?:数え|記録|つけ)|점수판|점수\s*(?:기록|세)"
    r"|لوحة\s+النتائج|(?:تسجيل|عد|حساب)\s+النقاط|स्कोरबोर्ड|स्कोर\s*(?:रख|गिन)|अंक\s*गिन"
)
# A counter to tap: the noun in a tool's phrasing, never "calorie counter" (a tracker).
_NOUN = (
    r"contador|compteur|z[äa]hler|contatore|teller|licznik|sayaç|сч[её]тчик|计数器|計數器|カウンター|카운터|계수기|عداد"
    r"|गिनती|काउंटर|strichliste|turflijst|tally\s+counter|clicker"
)
# Many of these nouns also name a meter ("sayaç" in a list of plumbing parts, "contatore del gas"):
# alone they count only in a short request with no list ("un contatore", "счётчик", "een teller voor de rondjes").
_BARE = rf"^\s*(?:[^\s,;:，：、]+\s+){{0,4}}[^\s,;:，：、]*?(?:{_NOUN})[^\s,;:，：、]*(?:\s+[^\s,;:，：、]+){{0,4}}\s*[.!?。]?\s*$"
_COUNTER = (
    r"\btally\s+(?:counter|app|clicker)\b|\bclick\s+counter\b|\bcount(?:s|ing)?\s+(?:each|every)\s+time\b"
    r"|\b(?:a|an|simple|little|small|click|lap|rep|people|visitor|bird|birds|traffic|hand|pocket|digital)\s+counter\b"
    r"|\bcounter\s+(?:app|with|that|where)\b|\b(?:tap|press|click)\s+(?:\w+\s+){0,3}?each\s+time\b"
    r"|\bcontador\s+de\s+(?:pontos|puntos|vueltas|voltas|goles|gols|personas|pessoas|pájaros|pássaros|aves|clics|cliques"
    r"|toques|repeticiones|repetições|vezes|veces)\b|\bcompteur\s+de\s+(?:points|tours|score|clics|passages|oiseaux)\b"
    r"|\bstrichliste\b|\bklickzähler\b|\brundenzähler\b|\bturven\b|\bturflijst\b|"
    + _BARE
    # "tap and it counts my push ups", "Zähler … antippen", "licznik punktów": tapping to count, points counted
    + r"|\b(?:tap|taps|tapping|press|click)\b.{0,30}?\bcounts?\b(?!\s+(?:down|up\s+to))"
    + rf"|(?:{_NOUN}).{{0,60}}?(?:\bantippen\b|\btippen\b|\btap\b|\btocar\b|\btoque\b|\bcliquer\b|\bstuknąć\b|\bapert(?:o|e|ar)\b|\baprieto\b"
    r"|\bpremo\b|\bdr[üu]cke?\b|\bdruk\b|\bappuie\b|нажима\w*|\bbasıyorum\b|\bnaciskam\b|押す|押して|누르|タップ|탭|टैप)"
    + rf"|(?:{_NOUN})\s+(?:de\s+|di\s+|für\s+|for\s+|van\s+)?{_POINTS}"
)
SCORE = re.compile(_SCORE, re.I)
COUNTER = re.compile(_COUNTER + r"|\btally\b", re.I)
# What routes a question here (`generators.rules.app_cues`); a bare "tally" is read once routed ("a
# tally of votes: A 12, B 9" is a chart's data), as in "so I can tally during the hour".
ROUTE = "re:" + _SCORE + "|" + _COUNTER
# Entries with values are a tracker's: amounts, money, calories, units written beside the ask.
_VALUES = re.compile(
    r"\bhow\s+(?:much|long)\b|\bcu[aá]nto\b|\bcombien\b|\bwie\s*viel\b|\bquanto\b|\bhoeveel\b|сколько\s+(?:денег|стоит|трат)"
    r"|\b(?:calorie|calories|kcal|spend|spent|spending|expenses?|money|budget|litres?|liters?|ml|kg|grams?|miles|km"
    r"|steps|hours|minutes)\b|[$€£¥₹]|多少钱|いくら",
    re.I,
)
_EVERY = re.compile(
    r"(?:\bevery|\beach|\ba\s+cada|\bcada|\balle|\btou(?:s|tes)\s+les|\bogni|\belke|\biedere|\bco|\bkażde|\bkażdych"
    r"|(?<![\u0400-\u04ff])кажды[ехй]|\bher|كل|हर)\s+(\d{1,6})(?!\s*(?:[.,:]\d|%|\s*(?:min|sec|s\b|h\b|hours?|hrs?|days?"
    r"|weeks?|months?|minut|segund|second|sekund|heure|hora|stund|ore\b|uur|dakika|saat|gün|мин|сек|час|дн)))"
    r"|每\s*(\d{1,6})\s*(?:分|点|个|個|次)|(\d{1,6})\s*(?:点|ポイント|回)\s*(?:ごと|毎)|(\d{1,6})\s*(?:점|번)\s*마다",
    re.I,
)
_EACH_COUNTER = re.compile(
    r"\b(?:each|every|per)\s+(?:player|team|person|runner|one\s+of\s+us)\b|\bcada\s+(?:jugador|equipo|time|jogador)\b"
    r"|\bchaque\s+(?:joueur|équipe)\b|\bjede[rs]?\s+(?:spieler|team|mannschaft)\b",
    re.I,
)
_SIDES = re.compile(
    r"\b(?:switch|change|swap)\w*\s+(?:the\s+)?(?:sides|ends|courts?)\b|\bside\s+(?:switch|change)s?\b"
    r"|\btroca(?:r)?\s+de\s+(?:lado|quadra)\b|\bmudar\s+de\s+lado\b|\bcambi(?:o|ar)\s+de\s+(?:lado|campo|cancha)\b"
    r"|\bchang(?:er|ement)\s+de\s+(?:côté|camp)\b|\bseitenwechsel\b|\bseiten\s+wechseln\b|\bcambi(?:o|are)\s+(?:di\s+)?campo\b"
    r"|\b(?:van\s+kant\s+wisselen|wissel\s+van\s+kant)\b|смен\w*\s+сторон|поменя\w*\s+сторон\w*|换边|换场|交换场地"
    r"|コートチェンジ|エンドチェンジ|코트\s*체인지|진영\s*교체|تبديل\s+(?:الجهات|الملعب)|साइड\s+बदल",
    re.I,
)
_TARGET = re.compile(
    r"\bfirst\s+to\s+(\d{1,6})\b|\b(?:race|play|game|match|set)\s+to\s+(\d{1,6})\b|\bwins?\s+(?:at|with|on)\s+(\d{1,6})\b"
    r"|\b(\d{1,6})\s+points?\s+wins\b|\bhasta\s+(?:los\s+)?(\d{1,6})\s+puntos\b|\baté\s+(?:os\s+)?(\d{1,6})\s+pontos\b"
    r"|\bbis\s+(\d{1,6})\s+punkte\b|\bjusqu['’]?\s*(?:à|a)\s+(\d{1,6})\s+points\b|\bfino\s+a\s+(\d{1,6})\s+punti\b"
    r"|\btot\s+(\d{1,6})\s+punten\b|\bdo\s+(\d{1,6})\s+punktów\b|(?<![\u0400-\u04ff])до\s+(\d{1,6})\s+очк"
    r"|\bprimeir[oa]\s+a\s+(?:chegar\s+a\s+|fazer\s+)?(\d{1,6})\b|\bel\s+primero\s+en\s+(?:llegar\s+a\s+)?(\d{1,6})\b"
    r"|\ble\s+premier\s+(?:à|a)\s+(\d{1,6})\b|\bwer\s+zuerst\s+(\d{1,6})\b|\bil\s+primo\s+a\s+(\d{1,6})\b"
    r"|(\d{1,6})\s*点先取|先到\s*(\d{1,6})\s*分|(\d{1,6})\s*점\s*(?:먼저|선취)"
    # "warns me when it gets to 24", "avisa quando chegar em 24", "avisa cuando llegue a 24"
    r"|\b(?:warns?|tells?|alerts?|beeps?|rings?)\s+(?:me\s+|us\s+)?when\s+(?:it\s+|i\s+|we\s+)?(?:reach(?:es)?|gets?\s+to|hits?)\s+(\d{1,6})\b"
    r"|\b(?:avisa|alerta|apita)\s+quando\s+(?:eu\s+)?(?:chegar|atingir)\s+(?:em|a|aos?|no)\s+(\d{1,6})\b"
    r"|\b(?:avisa|alerta|suena)\s+cuando\s+(?:llegue|llegues|llego)\s+a\s+(\d{1,6})\b"
    r"|\b(?:prévient|sonne|bipe)\s+quand\s+(?:j['’]\s*arrive|on\s+arrive|il\s+arrive|ça\s+arrive)\s+à\s+(\d{1,6})\b"
    r"|\bavvisa\s+quando\s+(?:arrivo|arriva)\s+a\s+(\d{1,6})\b|\bbei\s+(\d{1,6})\s+(?:piept|warnt|klingelt)\b",
    re.I,
)
_STEP = re.compile(
    r"\bin\s+steps\s+of\s+(\d{1,4})\b|\bcounts?\s+(?:up\s+)?by\s+(\d{1,4})s?\b|\bde\s+(\d{1,4})\s+en\s+\3\b"
    r"|\bde\s+(\d{1,4})\s+em\s+\4\b|\bin\s+(\d{1,4})er[-\s]?schritten\b|\bin\s+schritten\s+von\s+(\d{1,4})\b",
    re.I,
)
# A game between two sides: without names, two counters to rename.
_TWO_SIDED = re.compile(
    r"volley\w*|vôlei|vólei|voleibol|tennis|tênis|tenis\b|ping\s?pong|badminton|p[aá]del|pickleball|squash|football|soccer"
    r"|futebol|fútbol|futbol|fußball|fussball|calcio|voetbal|basket\w*|basquete|baloncesto|handball|hockey|cornhole"
    r"|foosball|kicker|baby-?foot|pebolim|futbolín|\bmatch\b|\bvs\.?\b|\bversus\b|\btwo\s+teams\b|\bboth\s+teams\b"
    r"|\bus\s+(?:vs|against|and)\s+them\b|\bdos\s+equipos\b|\bdois\s+times\b|\bdeux\s+équipes\b|\bzwei\s+teams\b"
    r"|волейбол|теннис|футбол|баскетбол|хоккей|排球|网球|乒乓|羽毛球|足球|篮球|バレー|テニス|卓球|サッカー|バスケ|배구|테니스|탁구|축구|농구"
    r"|\bplacar\b|\bmarcador\b|\bscore\s?board\b|\bscorebord\b|\banzeigetafel\b|\btabellone\b|табло|计分板|记分板|スコアボード|점수판|لوحة\s+النتائج|स्कोरबोर्ड",
    re.I,
)
# Several people, none named: "each of us", "who owes whom", "the kids", "players".
_PEOPLE = re.compile(
    r"\beach\s+of\s+us\b|\bevery\s*one\s+of\s+us\b|\ball\s+of\s+us\b|\bplayers\b|\broommates\b|\bflatmates\b"
    r"|\b(?:the|my|our)\s+(?:kids|children)\b"
    r"|\bwho\s+owes\s+whom\b|\bcada\s+uno\s+de\s+nosotros\b|\bcada\s+um\s+de\s+nós\b|\bchacun\s+de\s+nous\b|\bjeder\s+von\s+uns\b"
    r"|\bwer\s+wem\b|\bognuno\s+di\s+noi\b|\bieder\s+van\s+ons\b|\bkażdy\s+z\s+nas\b|каждый\s+из\s+нас|\bjugadores\b|\bjogadores\b"
    r"|\bjoueurs\b|\bspieler\b|\bgiocatori\b|\bspelers\b|\bskat\b|\bdoppelkopf\b|\bschafkopf\b|\bbelote\b|\btruco\b|\bcanasta\b"
    r"|\bmahjong\b|\bbriscola\b|\bscopa\b|\byahtzee\b|\bdarts?\b|\brummy\b|\bpoker\b",
    re.I,
)
_OWES = re.compile(
    r"\bowes?\b|\bschuldet\b|\bschulden\b|\bdebe\b|\bdeve\b|\bdoit\b|\bdevono\b|\bverschuldigd\b|\bдолж\w*",
    re.I,
)
# "wer wem wie viel schuldet": what is owed at the end is no value typed per entry
_OWED = re.compile(
    r"(?:how\s+much|wie\s*viel|cu[aá]nto|combien|quanto)\W+(?:\w+\W+){0,3}?(?:owes?|schuldet|debe|deve|doit)\b",
    re.I,
)
_VS = re.compile(r"(?<!\w)([^\W\d_][\w'’-]{0,30})\s+(?:vs\.?|versus)\s+([^\W\d_][\w'’-]{0,30})(?!\w)", re.I)


def wants_counter(question: str) -> bool:
    return bool(SCORE.search(question) or COUNTER.search(question))


def _first(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    n = int(next(g for g in m.groups() if g))
    return n if n >= 1 else None


def _sides(question: str, m: re.Match[str]) -> list[str] | None:
    """Both sides of 'X vs Y' in full, up to the punctuation or the word around them: 'sand sharks
    vs beach bums, switch sides…' → ['sand sharks', 'beach bums']; None when a side is a sentence."""
    at = re.search(r"\s+(?:vs\.?|versus)\s+", question[m.start(1) :], re.I)
    if at is None:
        return None
    cut = m.start(1) + at.start()
    left = re.split(
        r"[:,;.!?\n]|\b(?:for|between|of|score|scoreboard|scorekeeper|counter|tally|match|game)\b",
        question[:cut],
        flags=re.I,
    )[-1].strip()
    right = re.split(
        r"[:,;.!?\n]|\b(?:switch|to|first|until|and\s+(?:warn|alert|tell))\b",
        question[m.start(1) + at.end() :],
        flags=re.I,
    )[0].strip()
    if not left or not right or len(left.split()) > 4 or len(right.split()) > 4:
        return None
    return [left, right]


def _names(question: str) -> list[str]:
    """The counters the user listed ('Species I expect: blackbird, robin…', 'Ana vs Ben'), deduplicated."""

    items = [it for it in listed_items(question) if not re.search(r"\d", it)]
    if len(items) < 2:
        m = _VS.search(question)  # "keep score for Ana vs Ben"
        if (
            m
            and not _TWO_SIDED.fullmatch(m.group(1))
            and m.group(1).lower() not in ("score", "points", "for")
        ):
            items = _sides(question, m) or [m.group(1), m.group(2)]
    return list(dict.fromkeys(items))[:50] if len(items) >= 2 else []


def counter(question: str, lang: str) -> Any | None:
    """A tally or a scoreboard of the user's counters (or a stated default), with the alert and the
    target the user wrote. None when nothing asks for one, or when the entries carry values."""
    score = SCORE.search(question)
    if not (score or COUNTER.search(question)) or _VALUES.search(_OWED.sub(" ", question)):
        return None
    items = _names(question)
    answer_default = ""

    def say(key: str, **fields: object) -> str:
        return texts.say(lang, key, **fields)

    if not items:
        if _TWO_SIDED.search(question):
            word = say("counter.team")
            items = [f"{word} 1", f"{word} 2"]
            answer_default = say("counter.two_sides", a=items[0], b=items[1])
        elif _PEOPLE.search(question):
            word = say("counter.player")
            items = [f"{word} 1", f"{word} 2"]
            answer_default = say("counter.players", a=items[0], b=items[1])
    view: dict[str, Any] = {"type": "counter", "items": items}
    if (step := _first(_STEP.search(question))) is not None and step <= 1000:
        view["step"] = step
    every = _first(_EVERY.search(question))
    if every is not None:
        view["every"] = every
        view["every_of"] = "each" if _EACH_COUNTER.search(question) else "total"
        if _SIDES.search(question):
            view["alert"] = say("counter.switch_sides")
    target = _first(_TARGET.search(question))
    if target is not None:
        view["target"] = target
    title = say("counter.board" if score else "counter.tally")
    parts = []
    if items and not answer_default:
        shown = ", ".join(items[:8]) + ("…" if len(items) > 8 else "")
        parts.append(say("counter.listed", n=len(items), items=shown))
    elif answer_default:
        parts.append(answer_default)
    else:
        parts.append(say("counter.one"))
    step_text = f"+{view.get('step', 1)} / −{view.get('step', 1)}"
    parts.append(say("counter.tap", step=step_text))
    if every is not None:
        said = view.get("alert", say("counter.an_alert"))
        of = "total" if view["every_of"] == "total" else "each"
        parts.append(say(f"counter.every_{of}", said=said, every=every))
    if target is not None:  # the page says the same (`render.interactive_tools.counter_note`)
        parts.append(say("counter.first_to" if len(items) > 1 else "counter.reaches", target=target))
    if _OWES.search(question):
        parts.append(say("counter.owes"))
    return parse_plan(
        {
            "kind": "app",
            "title": title,
            "subtitle": short(question, 100),
            "views": [view],
            "answer": " ".join(parts),
        }
    )
