"""Content the user writes into the question: a list after a colon, sections ("Goals: …. Team: …"),
pros and cons, do's and don'ts, dated items, key facts with numbers.

The offline planner cannot research a topic, but it can lay out what it was given: a deck, an
infographic or a diagram of the user's own items, nothing added and nothing dropped. `supplied`
reads that structure in any of the planner's languages (separators and list words per language);
builders turn it into plans, some through the markdown planner (`as_markdown`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from generators.rules.bare_list import GLUE, SLIDE_NOUNS, asked_count, bare_items
from generators.rules.cues import COMMAND_PREFIX
from generators.rules.numbers import find_numbers
from generators.rules.specs import spec_table
from generators.rules.words import MAX_QUESTION, cap, language, short

ITEM_CHARS = 160
MAX_ITEMS = 24
MAX_TABLE_ROWS = 30  # a comparison laid out as a table, on a slide or a page

# "and" as a list joiner in the planner's languages (the last item of "a, b and c").
# Swedish "och", Vietnamese "và" (not Indonesian "dan": "jess 480, dan 320" names Dan)
_AND = r"and|y|e|et|und|и|و|और|та|и также|以及|和|及|与|과|와|및|och|và"
_SPLIT = re.compile(
    rf"\s*(?:[,;，；、،]|\s(?:{_AND})\s|(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff]))\s*", re.I
)
# A Japanese middle dot parts items where nothing else does ("旅行・勉強・バイト"), except inside a foreign
# name ("ダ・ヴィンチ": katakana both sides); beside commas it joins within an item ("月・木").
_DOT = re.compile(r"(?<![\u30a0-\u30ff])[・･]|[・･](?![\u30a0-\u30ff])")
# The visual asked for after the content ("…, ship, can you draw that", "…, zeichne das", "…, please
# make it a flowchart"): a request, not the last item. Only unmistakable asks, so an item that
# merely starts with a verb ("…, show the demo") stays.
DRAW_IT = (
    r"(?:dibúja(?:lo|la|me)|dibuja(?:lo|la)|dessine(?:-le|-la|-moi)|zeichne (?:es|das|mir)|disegna(?:lo|la)"
    r"|desenhe isso|desenha-o|нарисуй(?:те)?|(?:draw|sketch|map|diagram) (?:that|this|it)"
    # "…, 2.3 janv 2024 — fais-en un graphique": making the list into something is the ask too
    r"|fais-en|faites-en|fais-le|hazlo|hazla|mach daraus|fanne|faça disso|faz disso|maak er|zrób z tego"
    r"|сделай из этого|(?:make|turn) (?:it|this|that) into)"
)
# Asking us, in the planner's languages ("can you", "kannst du", "можешь").
ASK_YOU = (
    r"(?:can|could|would) you|puedes|podrías|peux-tu|pourrais-tu|kannst du|könntest du|potresti|você pode"
    r"|можешь|можете"
)
ASK_AFTER = re.compile(
    r"\s*[,.;—–-]+\s*(?:(?:so|and|now|ok(?:ay)?)\s+)?(?:(?:please|pls) (?:draw|make|create|show|turn|put|render"
    rf"|visuali[sz]e|do)|{ASK_YOU}|{DRAW_IT})\b[^,;:]*$",
    re.I,
)
_CLAUSE = re.compile(r"(?<=[^\d\s])\.\s+(?=\S)|[;；。](?!\d)\s*|(?<=\S)\.$|\n+|[!?！？]\s+")
_HEADS = (":", "：", " – ", " — ", " - ", " -- ")
_LEAD_WORDS = re.compile(
    r"^(?:(?:a|an|the|some|short|quick|simple|little|small|nice|visual|printable|weekly|"
    r"(?!(?:19|20)\d\d\b)\d+(?!\s*(?:min|mins|minutes?|hours?|h|days?|weeks?|months?|years?|km|miles?)\b))\s+)*"
    r"(?:slides?|slide deck|deck|presentation|powerpoint|ppt|infographic|one[- ]pager|poster|diagram|"
    r"flow ?chart|chart|mind ?map|concept map|checklist|cheat ?sheet|reference card|timeline|summary|list)?"
    r"(?:(?:^|\s+)(?:about|on|of|for|out of|from|with|showing|listing|covering)\b(?=\s))?(?:\s+(?:our|my|the|this|these|us|me)\b)*\s*",
    re.I,
)
_TAIL_WORDS = re.compile(
    r"\s*\b(?:into|as|in|for)\s+(?:an?\s+)?(?:(?:short|quick|simple|nice|printable)\s+)?(?:slides?|deck|"
    r"presentation|powerpoint|infographic|one[- ]pager|poster|diagram|flow ?chart|mind ?map|checklist)\s*$"
    # German and Dutch end the request with its verb: "Folien zum Halbjahresabschluss … machen"
    r"|\s+(?:machen|erstellen|vorbereiten|zusammenstellen|bauen|basteln|gestalten|maken|voorbereiden)\s*$"
    r"|\s+(?:visually|graphically|in\s+a\s+picture|as\s+a\s+visual)\s*$",  # "explain the trust structure visually"
    re.I,
)
PROS = re.compile(
    r"^(?:pros?|advantages?|upsides?|benefits?|ventajas?|pros|avantages?|vorteile|prós|vantaggi|плюсы|"
    r"メリット|장점|优点|好处|مزايا|फायदे|lo bueno|do'?s|dos"
    # the good side by other names: "Good: …", "Lo bueno: …", "Плюсы: …", "良い点：…", "Artılar: …"
    r"|(?:the )?good|positives?|plus(?:es)?|strengths?|bueno|(?:puntos? )?a favor|positivos?|pour|le bon|points? forts?"
    r"|gut|positiv|das gute|bom|o bom|pontos? positivos?|buono|il buono|punti di forza|goed|voordelen|pluspunten"
    r"|хорошее|достоинства|преимущества|好|好的|优势|长处|良い点|いい点|長所|좋은 점|إيجابيات|الإيجابيات"
    r"|अच्छा|अच्छाई|लाभ|iyi|artılar|avantajlar|olumlu|dobre|zalety|plusy|mocne strony)$",
    re.I,
)
CONS = re.compile(
    r"^(?:cons?|disadvantages?|downsides?|drawbacks?|desventajas?|contras?|inconvénients?|nachteile|"
    r"svantaggi|минусы|デメリット|단점|缺点|坏处|عيوب|नुकसान|lo malo|don'?ts|donts"
    r"|(?:the )?bad|negatives?|minus(?:es)?|weaknesses|malo|(?:puntos? )?en contra|negativos?|contre|le mauvais"
    r"|points? faibles?|schlecht|negativ|das schlechte|ruim|o ruim|mau|pontos? negativos?|cattivo|il cattivo"
    r"|punti deboli|slecht|nadelen|minpunten|плохое|недостатки|坏|不好的|劣势|短处|悪い点|短所|나쁜 점|سلبيات"
    r"|السلبيات|बुरा|बुराई|हानि|kötü|eksiler|dezavantajlar|olumsuz|złe|wady|minusy|słabe strony)$",
    re.I,
)
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|"
    r"juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|"
    r"fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    # Dutch, Polish, Turkish and Russian (any case ending)
    r"januari|februari|maart|mei|augustus|styczeń|stycznia|luty|lutego|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|"
    r"lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia|"
    r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)"
)
_ONE_DATE = (
    r"(?:(?:19|20)\d\d(?:年)?|(?:day|día|dia|jour|tag|giorno|день|week|semana|semaine|woche|settimana)"
    rf"\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?|q[1-4]|t[1-4]|{_MONTHS}"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月"
    r"|[012]?\d[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?|1?\d\s*[ap]\.?m\.?"  # an agenda's times: 9:00, 14h30, 2pm
    r"|[0-3]?\d\.[01]?\d\.(?:\d{2,4})?|[0-3]?\d/[01]?\d(?:/\d{2,4})?)"  # dates by number: 1.3., 15/3
)
DATE_LEAD = re.compile(
    # a span of dates is one date ("febrero–marzo diseño", "abril a junio desarrollo", "Jan to Mar build")
    rf"^(?P<date>{_ONE_DATE}(?:(?:\s*[-–—]\s*|\s+(?:to|till|until|through|a|al|à|au|bis|tot|do|até|fino\s+a)\s+)"
    rf"{_ONE_DATE}(?=\s|[:：,]|$))?)"
    r"(?:\s*[:：\-–—]\s*|\s+)(?P<rest>\S.*)$",
    re.I,
)
# "kickoff 3 March", "beta on May 15, 2025", "launch – 2025-07-01", "go live in Q3": the date last
DATE_TAIL = re.compile(
    r"^(?P<rest>\S.*?)(?:\s*[:：\-–—]\s*|\s+(?:on|by|in|at|from|until|due)\s+|\s+)"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d-\d\d(?:-\d\d)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|q[1-4](?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)$",
    re.I,
)


@dataclass
class Content:
    """What the user wrote to be laid out."""

    lead: str
    """The words before the content, request words removed: the title ("Roadmap")."""
    items: list[str] = field(default_factory=list)
    """The items, in order (flattened from the sections when there are sections)."""
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    """Named groups of items ("Goals", […]); empty when the content is one flat list."""
    ordered: bool = False
    """Written as a numbered list."""
    table: tuple[list[str], list[list[str]]] | None = None
    """A table the user's wording already forms (things compared by bracketed specs: `specs`)."""

    @property
    def pair(self) -> tuple[tuple[str, list[str]], tuple[str, list[str]]] | None:
        """Two sides to compare: pros/cons, do's/don'ts, or exactly two named sections."""
        if len(self.sections) == 2:
            return self.sections[0], self.sections[1]
        return None

    @property
    def sided(self) -> bool:
        """Two sections, one for each side: pros and cons, good and bad, do's and don'ts, in any order."""
        pair = self.pair
        if pair is None:
            return False
        a, b = pair[0][0].strip(" *"), pair[1][0].strip(" *")
        return bool((PROS.match(a) and CONS.match(b)) or (CONS.match(a) and PROS.match(b)))

    @property
    def versus(self) -> tuple[list[str], list[list[str]]] | None:
        """'iPhone vs Pixel: price 999 vs 899, battery 20h vs 24h' → (['', 'iPhone', 'Pixel'],
        [['Price', '999', '899'], …]): two named sides and, for every item, a label and one value
        each. None unless every item reads that way."""
        if self.table is not None:
            return self.table
        sides = _VS_LEAD.search(self.lead)
        if sides is None:
            return None
        named = [(h, its[0]) for h, its in self.sections if len(its) == 1] if self.sections else []
        pairs = (
            named if self.sections and len(named) == len(self.sections) else [("", it) for it in self.items]
        )
        rows = []
        for head, item in pairs:
            parts = _VS.split(item)
            if len(parts) != 2:
                return None
            left, right = parts[0].strip(), parts[1].strip()
            if not head:
                nums = find_numbers(left)
                cut = left.find(":") + 1 or (nums[0].start if len(nums) == 1 else 0)
                if not cut and not nums:  # 'ease of use good vs great': the value is as long as its match
                    words, n = left.split(), len(right.split())
                    cut = len(left) - len(" ".join(words[-n:])) if len(words) > n else 0
                head, left = left[:cut].strip(" :"), left[cut:].strip()
            if not head or not left or not right:
                return None
            left, right = _share_unit(left, right)
            rows.append([short(cap(head), 60), short(left, 60), short(right, 60)])
        if len(rows) < 2:
            return None
        a, b = sides.group("a") or sides.group("a2"), sides.group("b") or sides.group("b2")
        return ["", short(a, 40), short(b, 40)], rows[:MAX_TABLE_ROWS]

    @property
    def dated(self) -> list[tuple[str, str]] | None:
        """(date, event) for every item when every item starts or ends with a date, else None."""
        found = [DATE_LEAD.match(it) or DATE_TAIL.match(it) for it in self.items]
        if len(found) < 2 or not all(found):
            return None
        return [(m.group("date").strip(), m.group("rest").strip(" -–—:：")) for m in found if m]


_VALUE_UNIT = re.compile(r"^(?P<n>[-+]?\d[\d.,]*)(?P<gap>\s*)(?P<unit>[^\d\s][^\d]{0,11})?$")


def _share_unit(left: str, right: str) -> tuple[str, str]:
    """'3349 vs 4575 mAh': the unit written once belongs to both values ('3349 mAh')."""
    a, b = _VALUE_UNIT.match(left), _VALUE_UNIT.match(right)
    if a and b and bool(a.group("unit")) != bool(b.group("unit")):
        unit = a if a.group("unit") else b
        suffix = unit.group("gap") + unit.group("unit")
        return (left + suffix, right) if b is unit else (left, right + suffix)
    return left, right


def split_items(text: str) -> list[str]:
    """'a, b (c, d) and e' → ['a', 'b (c, d)', 'e']: separators outside brackets only; "and" between
    two times of day joins them ('metformin 500mg at 8am and 6pm' is one item)."""
    out: list[str] = []
    depth = 0
    buf = ""
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch in "([{（「":
            depth += 1
        elif ch in ")]}）」" and depth:
            depth -= 1
        if depth == 0:
            m = _SPLIT.match(text, pos)
            inside = (ch == "," and (_digit_around(text, pos) or _date_comma(text, pos))) or (
                m is not None
                and ch.isspace()
                and "," not in m.group(0)
                and _between_times(buf, text[m.end() :], first=not out)
            )
            if m and m.end() > pos and not (ch.isdigit() or inside):
                out.append(buf)
                buf = ""
                pos = m.end()
                continue
        buf += ch
        pos += 1
    out.append(buf)
    if len(out) == 1 and _DOT.search(out[0]):
        out = _DOT.split(out[0])
    out = [
        re.sub(rf"^(?:{_AND})\s+", "", p.strip(), flags=re.I) for p in out
    ]  # "a, b, and c": the last is "c"
    return [short(p.strip(" .。-–—\"'“”"), ITEM_CHARS) for p in out if p.strip(" .。-–—\"'“”")]


_TIME_END = re.compile(r"\d\s*(?:[ap]\.?m\.?|h|uhr)\s*$|\d{1,2}[:.]\d{2}\s*$", re.I)


def _between_times(before: str, after: str, first: bool = True) -> bool:
    """'metformin at 8am and 6pm', '8am and 6pm metformin': two times of one item, which names what
    happens then; a bare run of times ('6:15, 13:45 and 21:30') stays a list, and so does one whose
    words come after its last time ('6:15, 13:45 and 21:30 feeding times'): only the first item can
    be named after its times."""
    second = re.match(
        r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:[ap]\.?m\.?|h|uhr)\b)[–-]?(?:\d{1,2}[:.]\d{2})?", after, re.I
    )
    if not (_TIME_END.search(before) and second):
        return False
    worded = re.search(r"[^\W\d_]{3,}", _TIME_END.sub("", before))
    return bool(worded) or (first and bool(re.match(r"\s+[^\W\d_]{3,}", after[second.end() :])))


def _digit_around(text: str, pos: int) -> bool:
    """A comma inside a number (1,800 or 3,6) is not a separator."""
    return 0 < pos < len(text) - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit()


_VERSUS = r"(?:\s+(?:vs\.?|versus|v\.|gegen|contre|contra|против)\s+|\s*(?:対|对比|对|대)\s*)"
_VS = re.compile(_VERSUS, re.I)
_VS_LEAD = re.compile(
    rf"^(?:compare\s+|comparing\s+|comparison(?:\s+of)?\s+)?(?P<a>[^:]{{1,40}}?){_VERSUS}(?P<b>[^:]{{1,40}}?)\s*$"
    # "comparing plan A and plan B:" names the two sides as well as "plan A vs plan B:" does
    r"|^(?:(?:compare|comparing|comparison of|vergleich von|comparer|comparar|confronto tra)\s+)?"
    r"(?P<a2>[^:]{1,40}?)\s+(?:and|with|to|und|mit|et|avec|y|con|e)\s+(?P<b2>[^:]{1,40}?)\s*$",
    re.I,
)
_MONTH_DAY = re.compile(rf"(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?$", re.I)


def _date_comma(text: str, pos: int) -> bool:
    """The comma of "May 15, 2025" is part of the date."""
    return bool(
        _MONTH_DAY.search(text[max(0, pos - 24) : pos]) and re.match(r"\s*(?:19|20)\d\d\b", text[pos + 1 :])
    )


def _head(clause: str, max_words: int = 7, max_chars: int = 60) -> tuple[str, str] | None:
    """'Goals: ship v2, cut tickets' → ('Goals', 'ship v2, cut tickets'): the first separator."""
    best: tuple[int, str] | None = None
    for sep in _HEADS:
        i = clause.find(sep)
        clock = re.search(r"\d$", clause[:i].strip()) and re.match(r"\d", clause[i + len(sep) :])
        if 0 < i <= max_chars and (best is None or i < best[0]) and not clock:  # "10:30", not "Pixel 8: …"
            best = (i, sep)
    if best is None:
        return None
    i, sep = best
    head, body = clause[:i].strip(), clause[i + len(sep) :].strip()
    if not body or len(head.split()) > max_words:
        return None
    return head, body


def _inner(body: str) -> tuple[str, str] | None:
    """A head inside the body ('Vision – be the best', 'what we learned - a, b'), unless the
    items themselves are 'term – meaning' pairs (a reference list: 'git add – stage, git push – …')."""
    inner = _head(body)
    if inner is None:
        return None
    items = split_items(inner[1])
    paired = sum(bool(re.search(r"\s[–—=-]\s|\s=|=\s", it)) for it in items)
    return None if paired and paired * 2 >= len(items) else inner


# The visual asked for, named in a lead ("prépare 5 diapos sur …", "Mindmap zum Thema …", "…का फ्लोचार्ट"):
# what follows it (or precedes it, at the end) is the topic.
_KIND_NOUN = re.compile(
    r"(?:\d+\s*)?(?:(?:slide\s?shows?|power\s?points?|pptx?|keynote|diaporama)(?![-\w])|slides?|deck|presentation|diapos?|diapositiv\w*|présentation|presentación|präsentation|folien|"
    r"apresentação|presentazione|presentatie|dia's|prezentacj\w*|slajd\w*|sunum\w*|slayt\w*|слайд\w*|презентаци\w*|infographi\w*|infogr[aá]f\w*|инфографик\w*|diagrama de flujo|\w*diagram\w*|"
    r"(?:one of those )?flow ?(?:chart|things?|thingy)|mind ?map|mindmap|mapa mental|carte mentale|mappa mentale|map[aęy] myśli|zihin haritas\w*|organigram\w*|fluxograma|"
    r"интеллект-карт\w*|ментальн\w* карт\w*|майнд[- ]?(?:карт|мэп|мап|меп)\w*|блок-схем\w*|"
    r"schéma|esquema|schema|schaubild|checklist\w*|timeline|zeitstrahl|zeitleiste|tijdlijn|frise chronologique|"
    r"l[ií]nea de tiempo|linha do tempo|linea del tempo|"
    # a sheet to keep at hand: "do/don't sheet", "cheat sheet", "kopya kağıdı", "шпаргалка"
    r"\b(?:do'?s?\s*(?:/|&|\+|and)\s*don'?ts?|cheat|tip|fact|reference)\s*sheet|kopya\s+kağıd\w*|chuleta|"
    r"spickzettel|spiekbriefje|antisèche|шпаргалк\w*|"
    r"发表资料|발표\s?자료|발표자료|スライド|幻灯片|演示文稿|PPT|信息图|流程图|思维导图|"
    r"인포그래픽|フローチャート|マインドマップ|플로우차트|마인드맵|شرائح|عرض تقديمي|خريطة ذهنية|मानचित्र|फ्लोचार्ट|स्लाइड|प्रेजेंटेशन|प्रस्तुति)"
    r"(?:\s*\d+\s*(?:장|枚|页))?(?![a-zà-ÿа-я])",
    re.I,
)
_TOPIC_GLUE = re.compile(
    r"^(?:(?:zum\s+ausdrucken|to\s+print|para\s+imprimir|à\s+imprimer|da\s+stampare|about|on|of|for|re|showing|that shows|to show|illustrating|explaining|depicting|"
    r"sur|sobre|über|zum|zur|zu|su|sul|sulla|о|об|про|по|для|на|para|pour|für|per|voor|over|dla|عن|حول|"
    r"with|con|avec|mit|com|met|"  # "una presentación con el resumen del trimestre": what it holds
    r"के बारे में|关于|有关|"
    r"les|le|la|los|las|el|die|der|das|den|our|my|the|nos|notre|nuestro|nuestra|unser|unsere|unserer|"
    r"meiner|nosso|nossa|van|ons|onze|het|"
    r"nostro|nostra|del|della|dei|des|du|de|di|do|da|dos|das|em|no|na|os|as|o|a|thema|topic|tema)\s+)+",
    re.I,
)
_TAIL_GLUE = re.compile(
    r"(?:(?:\s*(?:के लिए|का|की|के|の|的|에 대한|에 관한|용|用の?|について))+|\s+(?:için|hakkında)|\s+(?:in|on|as|into|onto|with|using|via|through|als|comme|como|come|jako)(?:\s+(?:an?|one|the|ein|eine|einen|une?|una|uno|uma?|een))?)\s*$",
    re.I,
)


# An ask's verb left after the form's name ("… als Zeitstrahl darstellen?"): no topic
# A correction between two namings of the form ("une présentation, mais finalement non : juste un schéma"): no topic
_NOT_TOPIC = r"\b(?:non|no|not|nein|nee|nie|não|нет|juste|just|only|solo|nur|instead|plutôt|lieber)\b"
_ASK_TAIL = re.compile(
    r"[,;]\s*(?:please\s+)?(?:make|draw|do|zrób|narysuj|haz|hazme|fais|fais-moi|mach|zeichne|fai|fammi|faça|faz|maak|teken"
    r"|сделай|нарисуй|yap|çiz)(?:\s+\S+){0,3}$"
    # "fundraiser talk next week, i want something on the screen behind me while i speak": the ask, not the name
    r"|[,;]\s*(?:and\s+|so\s+)?(?:i|we)\s+(?:want|need|would\s+like|['’]d\s+like)\s+(?:something|stuff|a\s+thing|things)\b.*$"
    r"|[,;]\s*(?:(?:ich|wir|je|yo|io|eu|ik|ja|я)\s+)?(?:will|möchte|brauche|veux|voudrais|quiero|necesito|voglio|vorrei|quero"
    r"|preciso|wil|chcę|хочу)\s+(?:etwas|was|quelque\s+chose|algo|qualcosa|iets|coś|что-то)\b.*$",
    re.I,
)
_LEFT_AFTER = re.compile(
    r"^(?:max(?:imum)?|min(?:imum)?|tops|at most|only|total|için|hakkında|ile)\.?$", re.I
)
_ASK_VERB = (
    r"(?:darstellen|zeigen|machen|erstellen|visualisieren|zeichnen|aufbereiten|anzeigen"
    r"|yap\w*|hazırl\w*|oluştur\w*|çiz\w*|bana)\b"  # Turkish puts the verb last: "… zihin haritası yap"
)


# A genitive right after the form's noun ("Zeitstrahl unseres Umzugs", "схема нашего переезда", "oś czasu
# naszej przeprowadzki"): the topic reads only with its noun, so the title keeps it
_GENITIVE = re.compile(
    r" (?:(?:unser|mein|dein|sein|ihr|eur|dies|ein)es|(?:наш|мо|тво|сво|ваш)(?:его|ей|их)|"
    r"этого|этой|этих|(?:nasz|moj|twoj|wasz|swoj)(?:ej|ego|ych)|tego|tej|tych|"
    # "карта по литературе", "mapa myśli o przeprowadzce": the noun after the preposition is in a case
    r"по|о|об|o(?= \w+(?:ce|ie|ach|ej|ym|im)\b))\s",
    re.IGNORECASE,
)


_GLUE = frozenset("a an the of for to on in my our your this that some please pls".split())  # noqa: SIM905


def clean_lead(lead: str) -> str:
    """Request words removed: 'Make slides about our roadmap' → 'Roadmap'; 'prépare 5 diapos sur
    les résultats du trimestre' → 'Résultats du trimestre'."""
    text = re.sub(r"\s+", " ", lead).strip(" :：-–—,.，、")
    text = _ASK_TAIL.sub("", text)  # "harmonogram remontu, zrób wykres": the ask after the name
    found = list(_KIND_NOUN.finditer(text))
    if found:
        last = found[-1]
        after = _TOPIC_GLUE.sub("", text[last.end() :].strip(" :：-–—,.，、")).strip()
        after = _LEFT_AFTER.sub("", after)  # "5 slides max", "sunumum için": nothing named after the form
        before = _TAIL_GLUE.sub("", text[: found[0].start()].strip(" :：-–—,."))
        # "need slides for bio class on photosynthesis, 5 slides max": the topic between two namings
        middle = _TOPIC_GLUE.sub("", text[found[0].end() : last.start()].strip(" :：-–—,.，、")).strip(" ,")
        short_name = re.fullmatch(r"[A-Z][A-Z0-9]", after)  # "about our Q3", "on AI", "for HR"
        genitive = _GENITIVE.match(text[last.end() :])
        if (
            genitive
            and genitive.group(0).strip() in ("o", "о", "об")
            and re.fullmatch(SLIDE_NOUNS, last.group(0), re.I)
        ):
            genitive = None  # "3 slajdów o naszej firmie", "5 слайдов о клубе": the slides counted, no name for the topic
        if genitive:  # "Zeitstrahl unseres Umzugs": "Unseres Umzugs" names nothing
            return cap(short(re.sub(r"^\d+\s*", "", text[last.start() :]), 100))
        if (len(after) >= 3 or short_name) and not re.match(
            r"[をがはにで을를이가]|作|做|만들|" + _ASK_VERB, after
        ):
            text = after
        elif not after and len(middle) >= 3 and not re.search(_ASK_VERB + r"|" + _NOT_TOPIC, middle, re.I):
            text = middle
        elif before:
            text = before
    for _ in range(2):
        text = COMMAND_PREFIX.sub("", text)
        text = _LEAD_WORDS.sub("", text).strip(" :：-–—,.")
        text = _TAIL_WORDS.sub("", text).strip(" :：-–—,.")
    text = re.sub(
        r"^(?:を|을|를|一份|一个|做|做一份|帮我做一份|帮我做|(?:(?:请|帮我|给我)?(?:画|做|整理))?一下)",
        "",
        text,
    ).strip()  # "帮我画一下我们酒庄的家谱": "draw (a bit)" is the ask
    if _SELF_NAMED.fullmatch(text) or (text and all(w.lower() in _GLUE for w in text.split())):
        return ""  # "These notes"; "Make an infographic" leaves "an"
    return cap(short(text, 100))


def topic_of(lead: str) -> str:
    """`clean_lead`, or "" when no topic is left (`names_nothing`)."""
    text = clean_lead(lead)
    return "" if names_nothing(text) else text


def names_nothing(title: str) -> bool:
    """A title that is only the form's own name, a courtesy or the message pointing at itself
    ("Infographie", "Zeitstrahl", "Pls", "These notes")."""
    t = title.strip()
    return not t or bool(_KIND_NOUN.fullmatch(t) or _SELF_NAMED.fullmatch(t)) or t.lower() in STOP_LEADS


# "put these notes into a PowerPoint: …": the words name the message, not what it is about
_SELF_NAMED = re.compile(
    r"(?:(?:these|this|those|that|the|my|our|following|below|above|estas?|estos|mis|ces|cette|mes|nos|diese[n]?"
    r"|meine[n]?|unsere[n]?|questi|queste|le\s+mie|i\s+miei)\s+)+"
    r"(?:notes?|points?|items?|list|bullets?|ideas?|things|stuff|text|info(?:rmation)?|content|lines?|notas"
    r"|apuntes|puntos|notizen|stichpunkte|punkte|appunti|punti|idées|notities|punten)",
    re.I,
)


# A line that is a list item: a bullet or "1." / "1)" and its text
LIST_ITEM = re.compile(r"\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")
STOP_LEADS = frozenset(
    {"please", "pls", "thanks", "thank you", "por favor", "s'il te plaît", "bitte", "per favore"}
)
# A first line that points at the list below it instead of naming it ("make slides from this:", "an infographic
# summarising this quarter", "请把下面内容…"): no title, whatever else it says
POINTS_AT = re.compile(
    r"\b(?:this|these|that|(?<!\bof )those|following|below|above|here|it|dies\w*|folgende\w*|daraus|davon|esto|estos|estas"
    r"|esta|este|eso|siguiente|ceci|cela|ça|ces|cette|suit|questo|questi|queste|isto|isso|estes|essas|esses|dit|dat"
    r"|deze|hier\w*|daar\w*|это|эти|этот|этого)\b|这|那|下面|以下|上面|如下|これ|この|이것|다음",
    re.I,
)
# A request's verb left at the end of a Chinese lead once the form's noun is cut ("我们的报销流程画个")
_CJK_ASK_TAIL = re.compile(
    r"(?:请|帮我|给我)?(?:画成|做成|转成|变成|画|做|制作|生成|绘制)(?:个|一个|一张|一份|张|份)?$"
)


def lead_title(line: str) -> str | None:
    """The title a request's first line gives the list under it ("carte mentale de mes vacances :" →
    "Mes vacances"); None when the line points at the list ("Make slides from this:")."""
    if POINTS_AT.search(line):
        return None
    text = _CJK_ASK_TAIL.sub("", clean_lead(line)).strip(" ?？!！.。:：")
    return None if not text or text.lower() in STOP_LEADS else cap(text)


_BARE_RANKS = re.compile(
    r"(?:(?<=^)|(?<=[:：,，;；]\s)|(?<=[:：,，;；]))(?<!\d[,，])(\d{1,2})\s+(?=[^\W\d_][^,;，；\d]*(?:$|[,;，；]))"
)
"""'rank our priorities: 1 security, 2 performance, 3 new features': ranks without a dot, each
after a colon or a comma."""


def bare_ranks(text: str) -> list[re.Match[str]] | None:
    """The marks of three or more ranks written without a dot, counting from 1 ('1 security,
    2 performance, 3 new features'): an order, never values to chart. None when there are none."""
    marks = list(_BARE_RANKS.finditer(text))
    return marks if len(marks) >= 3 and _counted_from_one(marks) else None


def _counted_from_one(marks: list[re.Match[str]]) -> bool:
    return [int(m.group(1)) for m in marks] == list(range(1, len(marks) + 1))


def _numbered(text: str) -> tuple[str, list[str]] | None:
    """'steps: 1. plan 2. build 3. ship' → ('steps', ['plan', 'build', 'ship']); ranks written
    without the dot count from three on ('1 security, 2 performance, 3 new features')."""
    marks = list(re.finditer(r"(?:(?<=\s)|(?<=^)|(?<=[:：]))(\d{1,2})\s*[.)、．](?!\d)\s*", text))
    if len(marks) < 2:
        marks = bare_ranks(text) or marks
    if len(marks) < 2 or not _counted_from_one(marks):
        return None
    items = [
        text[m.end() : (marks[k + 1].start() if k + 1 < len(marks) else len(text))].strip(" ,;，；.")
        for k, m in enumerate(marks)
    ]
    items = [short(it, ITEM_CHARS) for it in items if it]
    return (text[: marks[0].start()], items) if len(items) >= 2 else None


_PROCESS_ASK = re.compile(
    # "How, in essence, does …": an aside between the words asks the same
    r"^(?:how(?:,[^,?]{1,25},)? (?:does|do|is|are|can|should|would)|what are the (?:steps|stages|phases)|in what order|"
    r"cómo|comment|wie|come|como|как|怎么|如何|どうやって|어떻게)\b",
    re.I,
)


_WH_ASK = re.compile(
    r"^(?:how|what|which|where|who|when|qu[ée]|cu[aá]l|c[oó]mo|comment|wie|was|welche|come|cosa|quali|"
    r"как|что|какие|怎么|如何|什么|哪些|どうやって|何|어떻게|무엇)",
    re.I,
)
# Making something, asked of the planner ("can you put together…", "could you make…", "peux-tu faire…"):
# not checking, helping or explaining.
_MAKE = (
    r"put\s+together|make|create|build|prepare|draft|design|do|whip\s+up|hacer|preparar|crear|armar|faire|préparer"
    r"|créer|machen|erstellen|vorbereiten|bauen|fare|preparare|creare|fazer|criar|montar|сделать|подготовить|собрать"
)
_SAYING = re.compile(r"^(?:i|we|you|it|that|this|maybe|perhaps|not|yes|no)\b", re.I)


def asked_then_listed(text: str, requests: bool = False) -> Content | None:
    """'How does a bill become a law? committee, floor vote, other chamber, president signs': a
    question followed by three or more short items is the user's own answer to lay out; after a
    "how does" question they are steps, in order. With `requests`, a request is such a question too
    ("Can you put together a presentation for our AGM? roof fund, new pastor, …": what it is on) —
    for a builder whose kind is chosen, not for choosing one ("can you make a picture of it? three
    tiers, mint green, …" describes the picture)."""
    m = re.match(r"^(?P<ask>[^?？]{3,160})[?？]\s*(?P<rest>[^?？]+)$", text.strip())
    if m is None or not (
        _WH_ASK.match(m.group("ask").strip())
        or (requests and re.search(rf"(?:{ASK_YOU})\s+(?:\w+\s+)?(?:{_MAKE})\b", m.group("ask"), re.I))
    ):
        return None  # "is this good? I think so, maybe": a yes/no question is not answered by a list
    items = [it.strip(" .") for it in split_items(m.group("rest")) if it.strip(" .")]
    ordered = bool(_PROCESS_ASK.match(m.group("ask").strip()))
    # a step told as a clause runs longer than a name ("the study is either approved or sent back")
    longest = 12 if ordered else 8
    if len(items) < 3 or any(len(it.split()) > longest or _SAYING.match(it) for it in items):
        return None
    ask = m.group("ask")
    you = None if _WH_ASK.match(ask.strip()) else re.search(ASK_YOU, ask, re.I)
    if you is not None and len(ask[: you.start()].strip(" —–-,.;:")) >= 3:
        ask = ask[: you.start()].strip(" —–-,.;:")  # "Book club is reading X — could you make me slides?"
    return Content(clean_lead(ask), [short(it, ITEM_CHARS) for it in items][:MAX_ITEMS], ordered=ordered)


def _asked_then_dated(text: str) -> Content | None:
    """'Kannst du unseren Umzug als Zeitstrahl darstellen? 1.3. kündigen, 15.3. Kartons, 28.3. Umzug': a
    request, then dated items: the user's own timeline, whatever the question's words."""
    m = re.match(r"^(?P<ask>[^?？]{3,160})[?？]\s*(?P<rest>[^?？]+)$", text.strip())
    if m is None:
        return None
    items = [it.strip(" .") for it in split_items(m.group("rest")) if it.strip(" .")]
    if len(items) < 2 or not all(DATE_LEAD.match(it) or DATE_TAIL.match(it) for it in items):
        return None
    return Content(clean_lead(m.group("ask")), [short(it, ITEM_CHARS) for it in items][:MAX_ITEMS])


# Words that name a structure of parts within parts: a site's pages, a club's bodies, a menu.
_STRUCTURE_LEAD = re.compile(
    r"\b(?:structure|hierarchy|site\s*map|navigation|nav|menu\s+tree|breakdown\s+structure|aufbau|struktur"
    r"|gliederung|estructura|jerarqu[íi]a|mapa\s+del\s+sitio|arborescence|hi[ée]rarchie|plan\s+du\s+site|struttura"
    r"|gerarchia|estrutura|hierarquia|structuur|hi[ëe]rarchie|struktura|hierarchia|yap[ıi]s[ıi]|hiyerar[şs]i"
    r"|c[ấa]u\s+tr[úu]c|s[ơo]\s+đ[ồo]\s+trang)\b|структур\w*|иерархи\w*|结构|層構造|構成|구조",
    re.I,
)
# An item with its own parts in brackets ("About (Staff, History)"), no numbers: a branch and its leaves.
_WITH_PARTS = re.compile(r"^[^()（）\d]{1,60}[(（][^()（）\d]*[,，、][^()（）\d]*[)）]$")
# "Home > About": one page under another, words on both sides (never "temp > 30").
PATH_STEP = re.compile(r"(?<=[^\W\d_])\s*>\s*(?=[^\W\d_])")


def nested(given: Content) -> bool:
    """The items are a hierarchy: a path written with '>' beside an item with its own parts
    ("Home > About (Staff, History), Admissions (Apply, Fees)"), or items with parts under a lead
    that names a structure ("structure of the club: Committee (Chair, Treasurer), Coaches (…)"). A
    packing list with groups ("clothes (socks, shirts)") stays a list."""
    branches = sum(bool(_WITH_PARTS.match(it.strip())) for it in given.items)
    if not branches or given.sections:
        return False
    return any(PATH_STEP.search(it) for it in given.items) or _STRUCTURE_LEAD.search(given.lead) is not None


# A greeting that opens a message ("Hi there!", "Hallo!", "Hej!", "Halo kak,", "Xin chào!"): no title, no item.
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|hallo|moin|servus|hej|hejsan|halo|hai|hola|buenas|bonjour|salut|coucou|ciao"
    r"|salve|olá|oi|hoi|cześć|merhaba|selam|привет|здравствуйте|xin\s+chào|chào)\b[^.!?,\n]{0,20}[!,.])\s+(?=\S)",
    re.I,
)


def without_greeting(text: str) -> str:
    """The message without its opening greeting ("Hallo! Kannst du mir 5 Folien …" → "Kannst du …")."""
    return _GREETING.sub("", text, count=1)


# "項目は転入届、…、荷造りです", "要点是…", "항목은 …입니다": the items named as a sentence, read as after a colon
_ITEMS_ARE = re.compile(
    r"(項目|内容|ポイント|手順|ステップ|项目|要点|步骤|항목|내용|단계)\s*(?:は|是|为|為|包括|은|는)\s*(?![:：])"
    r"([^。.！!？?\n]+?[、，,][^。.！!？?\n]+?[、，,][^。.！!？?\n]+?)(?:です|だ|입니다|이에요|예요)?(?=[。.！!？?\n]|$)"
)


_OPTION_LINE = re.compile(r"^([^\W\d_][\w'-]{1,20})\s+(?:\d{1,2}|[A-Da-d])\s*[:：]\s+\S")


def supplied(question: str) -> Content | None:
    """The content written in the question, or None when there is no list to lay out."""
    text = re.sub(r"[ \t]+", " ", (question or "")[:MAX_QUESTION]).strip()
    while text and (unicodedata.category(text[-1]) == "So" or text[-1] in "\ufe0f\u200d "):
        text = text[:-1]  # "…, İletişim 🌳": a closing emoji decorates the message, no part of the last item
    if not text:
        return None
    text = _ITEMS_ARE.sub(r"\1：\2", text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    marked = [
        re.sub(r"^(?:[-*+•]|\d{1,2}[.)])\s+", "", ln)
        for ln in lines[1:]
        if re.match(r"^(?:[-*+•]|\d{1,2}[.)])\s+", ln)
    ]
    bare = [re.match(r"^(\d{1,2})\s+(?=[^\W\d_])", ln) for ln in lines[1:]]
    if len(marked) < 2 and len(bare) >= 2 and all(m and int(m.group(1)) == k for k, m in enumerate(bare, 1)):
        # "1 our story (started 2009 …)\n2 the tour to Vienna\n3 how to give": numbered without a dot
        marked = [ln[m.end() :] for ln, m in zip(lines[1:], bare, strict=True) if m]
    timed = [ln for ln in lines[1:] if re.match(r"^[012]?\d[:.h][0-5]\d\s+\S", ln)]
    if len(marked) < 2 and len(timed) >= 3 and len(timed) * 2 >= len(lines) - 1:
        marked = timed  # "10:05 payments fail / 10:12 team alerted / …": an incident's or a day's times
    dated = [ln for ln in lines[1:] if DATE_LEAD.match(ln)]
    if len(marked) < 2 and len(dated) >= 3 and len(dated) * 4 >= (len(lines) - 1) * 3:
        # "roadmap for the clinic / Q1 hire 2 nurses / Q2 open 3 rooms / …": a plan by period; a last
        # line asking for the visual ("make it a chart") is the ask, no period of the plan
        marked = lines[1:-1] if not DATE_LEAD.match(lines[-1]) and closing_ask(lines[-1]) else lines[1:]
    if len(marked) >= 2:
        ordered = bool(re.match(r"^\d", lines[1]))
        return Content(
            clean_lead(lines[0]), [short(m, ITEM_CHARS) for m in marked][:MAX_ITEMS], ordered=ordered
        )
    # options typed a line each under numbered heads ("Seçenek 1: …" / "Seçenek 2: …", "Plan A: …"): each
    # line is a section of its own, never run into the one before
    heads = [m.group(1).casefold() for ln in lines if (m := _OPTION_LINE.match(ln))]
    options = (
        len(heads) >= 2 and len(set(heads)) == 1 and not re.search(r"[?？؟]", lines[0])
    )  # (no "which is cheaper?")
    joined = "".join(
        (("\n" if options and _OPTION_LINE.match(ln) else " ") if k else "") + ln
        for k, ln in enumerate(lines)
    )
    flat = without_greeting(ASK_AFTER.sub("", joined))
    compared = spec_table(flat)
    if compared is not None:  # "iPhone 15 (799 dollars, 6.1 inch) vs Pixel 8 (…)": a table as written
        lead, columns, rows = compared
        items = [
            f"{name}: " + ", ".join(r[k] if r[0].isdigit() else f"{r[k]} {r[0].lower()}" for r in rows)
            for k, name in enumerate(columns[1:], start=1)
        ]
        return Content(clean_lead(lead) or " vs ".join(columns[1:]), items, table=(columns, rows))
    sides = _said_sides(flat)
    if sides is not None:  # "pros and cons of moving um pros sunshine food cons language bureaucracy"
        return sides
    numbered = _numbered(flat)
    if numbered:
        return Content(clean_lead(numbered[0]), numbered[1][:MAX_ITEMS], ordered=True)
    asked = asked_then_listed(flat, requests=True) or _asked_then_dated(flat)
    if asked is not None:
        return asked
    clauses = [c.strip() for c in _CLAUSE.split(flat) if c and c.strip()]
    sections: list[tuple[str, list[str]]] = []
    lead = ""
    for k, clause in enumerate(clauses):
        found = _head(clause) if k else _head(clause, max_words=16, max_chars=120)
        inner = _inner(found[1]) if found else None
        if found and inner and len(split_items(inner[1])) >= 1 and not sections:
            lead, found = found[0], inner  # "make a presentation out of: Vision – be the best"
        if found is None:
            if not sections and k == 0:
                lead = clause
                continue
            if sections and not (re.search(r"[?？]$", clause) or re.search(ASK_YOU, clause, re.I)):
                sections[-1][1].extend(split_items(clause))  # the list goes on; an ask after it does not
            continue
        head, body = found
        if k == 0 and inner is None and len(head.split()) > 7:
            lead = head  # a long lead ("compare the plans side by side:") is not a section name
            continue
        if " - " in head or " – " in head:  # "Pros and cons of X - pros: a, b"
            pre, head = re.split(r"\s[-–]\s", head, maxsplit=1)
            lead = lead or pre
        sections.append((short(head.strip(" *"), 60), split_items(body)))
    named = [s for s in sections if s[1]]
    if (
        len(named) >= 3
        and len(named[0][1]) == 1
        and all(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", named[0][1][0], re.I) for h, _ in named[1:])
    ):  # "Moving to Berlin: good vs bad. Good: … Bad: …": the first clause names the sections, a title
        lead, named = f"{named[0][0]}: {named[0][1][0]}", named[1:]
    if len(named) >= 2 and all(len(s[0]) <= 40 for s in named):
        items = [it for _, its in named for it in its]
        return Content(clean_lead(lead), items[:MAX_ITEMS], sections=named[:12])
    # one list after a colon (or a dash): "X: a, b, c"; a head inside it becomes part of the title
    found = _head(flat, max_words=16, max_chars=120)
    if found:
        head, body = found
        inner = _inner(body)
        if inner and len(split_items(inner[1])) >= 2:
            head, body = f"{head}: {inner[0]}", inner[1]
        items = split_items(body)
        if len(items) < 2:
            asked = _KIND_NOUN.search(head) is not None  # "infographic with our values: honesty teamwork"
            items = (
                spaced(body)
                or _arabic_and(body)
                or bare_items(body, asked_count(flat, language(flat)), loose=asked)
            )
        head, items = _named_first(head, items)
        items = _asked_last(items)
        if len(items) >= 2:
            sided = _do_dont(items)
            if sided is not None:  # the two sides keep the title the user gave them
                sided.lead = clean_lead(head)
                return sided
            return Content(clean_lead(head), items[:MAX_ITEMS])
    # one list far into a longer message: "…I'm terrified lol. Topics: a, b, c. Can you make slides?"
    if len(named) == 1 and len(named[0][1]) >= 2:
        return Content(clean_lead(named[0][0]), named[0][1][:MAX_ITEMS])
    return None


def _asked_last(items: list[str]) -> list[str]:
    """'…, verdienmodel. graag een stuk of 8 dia's': a sentence after the last item that asks for the
    visual (its name or a count of slides) is the ask, not part of the item."""
    parts = re.split(r"(?<=[^\W\d_]{3})[.!]\s+(?=\S)", items[-1], maxsplit=1) if items else []
    if len(parts) == 2 and (
        _KIND_NOUN.search(parts[1]) or asked_count(parts[1], language(parts[1]), slides=True)
    ):
        return [*items[:-1], parts[0]]
    return items


_PRO_WORD = (
    r"pros|advantages|upsides|ventajas|avantages|vorteile|prós|vantaggi|voordelen|zalety|plusy|плюсы|artıları|artılar"
    r"|مزايا|المزايا|फायदे"
)
_CON_WORD = (
    r"cons|disadvantages|downsides|desventajas|contras|inconvénients|nachteile|svantaggi|nadelen|wady|minusy|минусы"
    r"|eksileri|eksiler|عيوب|العيوب|नुकसान"
)
# Two sides said without colons or commas: "… pros sunshine food cheaper rent cons language bureaucracy".
_SAID_SIDES = re.compile(
    rf"(?<!\w)(?P<pro>{_PRO_WORD})\s+(?!(?:and|y|e|et|und|en|i|и|ve|و|और|&|/)\s)(?P<pros>.+?)\s+(?P<con>{_CON_WORD})"
    rf"\s+(?P<cons>.+)$",
    re.I,
)


def _said_sides(text: str) -> Content | None:
    """Pros then cons said in one breath: each side's words kept as said (split where commas were
    typed), the words before the first side its title. None unless both sides are short."""
    m = _SAID_SIDES.search(text.rstrip(" .!?"))
    if m is None:
        return None
    pros, cons = (
        [it for part in re.split(r"\s+[-–]\s+", m.group(k).strip(" -–;,")) for it in split_items(part)]
        or [m.group(k)]
        for k in ("pros", "cons")
    )
    if any(len(it.split()) > 12 for it in [*pros, *cons]) or len(pros) + len(cons) > MAX_ITEMS:
        return None
    if any(_clause_edge(it) for it in [*pros, *cons]):  # "the pros of the plan in my email and …": prose
        return None
    said = re.sub(
        r"^(?:(?:okay|ok|so|um+|uh+|well|hmm+|right)\b[\s,]*)+|(?:[\s,]+(?:um+|uh+|like|so))+$",
        "",
        text[: m.start()].strip(),
        flags=re.I,
    )
    lead = clean_lead(said)
    return Content(lead, [*pros, *cons], sections=[(cap(m.group("pro")), pros), (cap(m.group("con")), cons)])


# Words that open or close a clause of prose, never an item listed under a side ("he saw in the budget",
# "like flexibility but the", "Pendeln — was denkst du")
_CLAUSE_EDGE = GLUE | frozenset(
    ["but", "and", "or", "he", "she", "they", "we", "too", "also", "really", "none"]
)


def _clause_edge(item: str) -> bool:
    """An item that starts or ends on a function word: a piece of a sentence, not a thing listed."""
    words = [w.casefold().strip(".,;:!?¿¡\"'") for w in item.split()]
    words = [w for w in words if w]
    return not words or words[0] in _CLAUSE_EDGE or words[-1] in _CLAUSE_EDGE


def _named_first(head: str, items: list[str]) -> tuple[str, list[str]]:
    """'slides: our 2025 roadmap. Jan hire 2 designers, Mar …': a short sentence before the list names
    it; it is the title, not part of the first item ("Our 2025 roadmap. Jan hire 2 designers")."""
    # the sentence ends on a word, not an abbreviation ("Ms. Okafor", "św. Anny")
    parts = re.split(r"(?<=[^\W\d_]{4})[.!]\s+(?=\S)", items[0], maxsplit=1) if len(items) >= 3 else []
    if len(parts) != 2 or len(parts[0].split()) > 8 or "," in parts[0]:
        return head, items
    return f"{head}: {parts[0]}", [parts[1], *items[1:]]


# A closing line asking to make the list into something ("इसे दीवार पर लगाने लायक बना दो", "make it nice
# for the wall", "mach daraus ein Plakat"): the ask, never an item.
_MAKE_IT = re.compile(
    r"^(?:(?:please|pls)\s+)?(?:make|turn|put)\s+(?:it|this|that|them)\b|^(?:mach|macht)\s+(?:daraus|das|es)\b"
    r"|^(?:fais|faites)[- ]en\b|^(?:hazlo|haz\s+(?:esto|eso))\b|^(?:faça|faz)\s+(?:isso|disso)\b|^fanne\b|^maak\s+er\b"
    r"|^сделай\s+(?:из\s+этого|это)\b|^bunu\b|^zrób\s+z\s+tego\b|^(?:इसे|इसको)\s.*बना\s*द[ोें]|^اجعل(?:ها|ه)\b|^これを|^把这|^이걸",
    re.I,
)


def closing_ask(line: str) -> bool:
    """A last line that asks for the visual ("make it a chart", "hazlo un gráfico", "can you draw this?"):
    the ask under a list typed a line each, never one of its items."""
    return bool(ASK_AFTER.fullmatch(" - " + line) or re.search(r"[?？]$", line) or _MAKE_IT.search(line))


def plain_lines(question: str) -> Content | None:
    """'stroomschema bezwaar / besluit / hoorzitting / …': a title line, then one short item a line
    with no bullet or number — how a list is typed on a phone. Not read by `supplied` (the router
    asks it, and a chatty message of three lines is no list); the builder of a kind the router
    chose reads it when nothing else is found. A closing ask on the last line is no item."""
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in (question or "")[:MAX_QUESTION].splitlines()]
    lines = [ln for ln in lines if ln]
    if lines and len(lines) >= 4 and closing_ask(lines[-1]):
        lines = lines[:-1]
    if len(lines) < 3:
        return None
    items = lines[1:]
    if len(items) > MAX_ITEMS or any(
        len(it) > ITEM_CHARS or len(it.split()) > 14 or re.search(r"[?？]$", it) for it in items
    ):
        return None
    if sum(bool(re.search(r"[.。!！]\s+\S", it)) for it in items) * 2 > len(items):
        return None  # sentences one after another: a paragraph broken into lines, not a list
    return Content(clean_lead(lines[0]), [it.strip(" ;,") for it in items])


# Thanks or a request closing a list said in Chinese, Japanese or Korean ("…报销 谢谢"): not an item.
CLOSING = re.compile(r"谢谢|谢了|多谢|感谢|拜托|麻烦|帮我|给我|请|ありがとう|お願い|よろしく|頼む|감사|부탁")
HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # a Chinese character or a kana


def _arabic_and(text: str) -> list[str]:
    """'إسطنبول وكابادوكيا وأنطاليا': Arabic writes "and" (و) glued to the next word, so a short list with
    no commas is split there. Only short lists of short names: a long text keeps its words whole."""
    words = text.split()
    if not 3 <= len(words) <= 12 or not re.search(r"[\u0600-\u06ff]", text):
        return []
    parts = [p.strip(" .،") for p in re.split(r"\s+و(?=[\u0600-\u06ff]{3,})", text.strip())]
    return [short(p, ITEM_CHARS) for p in parts if p] if len(parts) >= 3 else []


def spaced(text: str) -> list[str]:
    """Chinese and Japanese write no spaces between words, so a space typed between chunks ('8月3日
    17時から 公民館前', '2019入职 2021升主管') separates items. Empty unless there are three chunks or
    more and every one holds Han or kana."""
    chunks = [c for c in re.split(r"[ \u3000]+", text.strip()) if c]
    while chunks and CLOSING.match(chunks[-1]):
        chunks.pop()
    if len(chunks) < 3 or not all(HAN_KANA.search(c) for c in chunks):
        return []
    return [short(c.strip(" .。"), ITEM_CHARS) for c in chunks]


def prose_items(text: str) -> Content | None:
    """Practical facts written as prose ("Meeting point is the gate at 9:00, bring gloves, kids are
    welcome…"): the clauses of every sentence but the opening one (the lead) and the questions (the
    ask). None unless three facts or more are left."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?。！？])\s+", (text or "").strip()) if s.strip()]
    if len(sentences) < 2:
        return None
    lead, rest = sentences[0], [s for s in sentences[1:] if not re.search(r"[?？]$", s)]
    items = [
        c.strip(" .,;") for s in rest for c in re.split(r",\s+(?:and\s+)?|;\s*", s) if len(c.split()) >= 2
    ]
    if len(items) < 3:
        return None
    return Content(clean_lead(lead.rstrip(".!")), [short(it, ITEM_CHARS) for it in items][:MAX_ITEMS])


def _do_dont(items: list[str]) -> Content | None:
    """'do greet by name, do confirm; don't interrupt' → sections Do / Don't."""
    dos = [re.sub(r"^do\s+", "", it, flags=re.I) for it in items if re.match(r"^do\s", it, re.I)]
    donts = [
        re.sub(r"^(?:don'?t|do not)\s+", "", it, flags=re.I)
        for it in items
        if re.match(r"^(?:don'?t|do not)\s", it, re.I)
    ]
    if dos and donts and len(dos) + len(donts) == len(items):
        return Content("", [*dos, *donts], sections=[("Do", dos), ("Don't", donts)])
    return None


def inline_list(text: str) -> list[str]:
    """A run of three or more short items without a colon: 'linking a, b, c and d' → [a, b, c, d]
    (the first item takes as many words as the others have)."""
    parts = split_items(text)
    if len(parts) < 3:
        return []
    sizes = sorted(len(p.split()) for p in parts[1:])
    typical = sizes[len(sizes) // 2]
    if typical > 5:
        return []
    first = parts[0].split()
    return [" ".join(first[-typical:]), *parts[1:]]


def as_markdown(content: Content, title: str = "") -> str:
    """The content as a markdown answer, for the markdown planner's builders."""
    out = [f"# {title or content.lead or 'Summary'}", ""]
    if content.sections:
        for head, items in content.sections:
            out += [f"## {cap(head)}", "", *[f"- {cap(it)}" for it in items], ""]
    elif content.ordered:
        out += [f"{i}. {cap(it)}" for i, it in enumerate(content.items, 1)]
    else:
        out += [f"- {cap(it)}" for it in content.items]
    return "\n".join(out).strip() + "\n"


def numbers_in(item: str) -> int:
    return len([n for n in find_numbers(item) if not n.is_year])
