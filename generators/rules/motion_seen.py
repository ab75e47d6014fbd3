"""Motion asked for without the word "animate": the thing is to be SEEN moving.

People who want an animation often never name one. They say what they want to watch happen: "I want
to see it being made line by line", "watch an ammonite sink into the mud", "que se vea el pistón
subiendo y bajando", "чтобы было видно, как кабина едет вверх", "وريني كيف تنعبى الحاوية",
"時間を進めながら見せて", or compare the result to a film ("like watching from a chopper", "wie einen
kleinen Film", "like a tank filling up"). A still picture or a static chart cannot show that.

What makes these motion is a verb of seeing joined to a verb of physical motion or filling (or a film
named as the likeness); "see how sales changed" (a past change, no motion verb) stays a chart, and "I
like watching films" (a liking, no comparison) is no cue. `SEEN_IN_MOTION` is one pattern for the
animation kind's cues and for the clip builder, which treats such a question as a scene shown moving.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

# fmt: off
# Physical motion, filling and forming, as a verb follows "watch X …" ("sink", "being made", "fill up").
_MOVE_EN = (
    r"(?:being\s+(?:made|built|drawn|formed|filled|poured|assembled|carved|woven)|sink(?:s|ing)?|fill(?:s|ing)?(?:\s+up)?"
    r"|spread(?:s|ing)?|pour(?:s|ing)?|melt(?:s|ing)?|float(?:s|ing)?|roll(?:s|ing)?|spin(?:s|ing)?|fall(?:s|ing)?"
    r"|burn(?:s|ing)?|flow(?:s|ing)?|drift(?:s|ing)?|sail(?:s|ing)?|erupt(?:s|ing)?|hatch(?:es|ing)?|bloom(?:s|ing)?"
    r"|turn(?:s|ing)?\s+into|become|becoming|form(?:s|ing)?|go(?:es|ing)?\s+(?:up|down|round|around)|come(?:s)?\s+together)"
)
# A gerund of motion in Spanish, Portuguese or Italian: "subiendo", "bajando", "girando", "enchendo", "scendendo".
_GERUND = (
    r"(?:sub|baj|mov|gir|cay|ca|crec|cresc|llen|ench|riemp|vaci|avanz|avanç|corr|rod|flot|hund|afund|derrit"
    r"|abr|cerr|fech|entr|sal|sai|camin|vol|nad|explot|form|fluy|desliz|desliz|rebot|gir|sal|scend|muov|mex)"
    r"[^\W\d_]{0,6}?(?:ando|iendo|yendo|endo|indo)\b"
)
# A film as the likeness of what is shown: "like watching from a chopper", "wie einen kleinen Film".
_LIKE_A_FILM = (
    r"(?:[,;—–-]\s*|\bjust\s+|\bbit\s+)like\s+(?:watching\b|(?:a|an)\s+(?:little\s+|short\s+|tiny\s+)?(?:film|movie|flip\s*book|time-?lapse)\b)"
    r"|\blike\s+(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:filling|sinking|rising|spreading|pouring|melting|spinning|draining)(?:\s+up)?\b"
    r"|\bwie\s+(?:ein(?:en)?\s+)?(?:kleine[nrs]?\s+|kurze[nrs]?\s+)?(?:film|filmchen|video|daumenkino)\b"
    r"|\bcomme\s+(?:un|dans\s+un)\s+(?:petit\s+)?(?:film|dessin\s+animé)\b|\bcomo\s+(?:una|en\s+una)\s+(?:pequeña\s+)?película\b"
    r"|\bcome\s+(?:un|in\s+un)\s+(?:piccolo\s+)?film(?:ato)?\b|\bcomo\s+(?:um|num)\s+(?:pequeno\s+)?filme\b"
    r"|\bals\s+(?:een|in\s+een)\s+(?:klein\w*\s+|kort\w*\s+)?(?:film|filmpje)\b|как\s+в\s+(?:кино|фильме|мультике)"
    r"|映画みたいに|映画のように|像电影一样|像看电影|영화처럼"
)
# Let it run period by period ("den Verbrauch Monat für Monat ablaufen lassen", "let the months play").
_RUN = r"\b(?:ablaufen|abspielen|durchlaufen)\s+lassen\b|\blass\w*\b[^.?!]{0,60}?\b(?:ablaufen|abspielen)\b"
# A verb of seeing and a motion verb, language by language.
_SEEN = (
    rf"\b(?:watch|see|seeing|watching)\s+(?:it|them|(?:a|an|the|my|our|this|that)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+)\s+{_MOVE_EN}\b"
    # a thing shown as it turns, sinks or goes down ("show the blades turning and the nacelle following the wind")
    r"|\bshow\s+(?:me\s+|us\s+)?(?:a|an|the)\s+[\w'-]+\s+(?:turning|rotating|sinking|diving|falling|descending|unfolding"
    r"|going\s+(?:down|up|under|round|around))\b"
    # es, pt, it: a verb of seeing, then a gerund ("que se vea el pistón subiendo y bajando")
    rf"|\bque\s+se\s+vea[n]?\b[^.?!]{{0,50}}?\b{_GERUND}"
    rf"|\bver(?:l[oa]s?)?\s+(?:a\s+)?(?:el|la|los|las)\s+[^\W\d_]+\s+{_GERUND}"
    rf"|\bque\s+se\s+veja[m]?\b[^.?!]{{0,50}}?\b{_GERUND}"
    rf"|\bche\s+si\s+veda(?:no)?\b[^.?!]{{0,50}}?\b{_GERUND}"
    # fr: "voir la cabine monter", "qu'on voie l'eau se remplir"
    r"|\b(?:voir|voie|voient)\b[^.?!]{0,40}?\b(?:monter|descendre|bouger|se\s+remplir|couler|tourner|rouler|tomber|s['’]enfoncer|se\s+former)\b"
    # de: "sehen, wie die Kabine hochfährt"
    r"|\b(?:sehen|zusehen|zuschauen|sieht)\s*,?\s+wie\b[^.?!]{0,60}?\b(?:fährt|fahren|sinkt|sinken|füllt|fließt|fließen|dreht|drehen"
    r"|steigt|fällt|rollt|hoch|runter|nach\s+oben|nach\s+unten)\b"
    # ru: "чтобы было видно, как кабина едет вверх"
    r"|(?:видно|увидеть|видеть|смотреть|посмотреть|наблюдать)\s*,?\s+как\s+[^.?!]{0,60}?"
    r"(?:ед[еу]т|движ\w+|поднима\w+|опуска\w+|пада\w+|раст[её]т|заполня\w+|наполня\w+|теч[её]т|крут\w+|вращ\w+|тон[еу]т|вверх|вниз)"
    # ar: "وريني كيف تنعبى الحاوية" (show me how the container fills)
    r"|(?:وريني|ورني|فرجيني|أرني|ارني|خليني\s+أشوف|اعرض\s+لي)\s+كيف\s+\S*"
    r"(?:تمتل|يمتل|تنعب|ينعب|تتعب|يتعب|تتحرك|يتحرك|تطلع|يطلع|تنزل|ينزل|تدور|يدور|تغرق|يغرق|تكبر|يكبر|تنتشر|ينتشر)"
    # pt, es, it, fr: shown while being made ("mostra o painel a ser montado", "muestra la pared siendo
    # construida", "mostra il muro mentre viene costruito"); a participle, not a noun ("a ser feito o quê")
    r"|\b(?:mostr\w*|muestr\w*|ver|veja\w*|vea\w*|vedere|montre\w*|voir)\b[^.?!]{0,60}?"
    r"\b(?:a\s+ser|sendo|siendo|mentre\s+viene|en\s+train\s+d['’]être)\s+[^\W\d_]{2,}(?:ad|[ií]d|it|at|ut|é|i)[oa]?s?\b"
    # hi: "साड़ी धीरे धीरे खुलती हुई दिखाओ" (show the sari opening): a verb's -ing form, then "show"
    r"|(?<!\S)\S+त[ाीे]\s+हु[आईए]\s+(?:दिखाओ|दिखाइए|दिखाएं|दिखाएँ|दिखा\s+दो|दिखाना)"
    # ja, zh: time run forward while shown, a change watched as it goes
    r"|時間を進め(?:ながら|て)|時間の経過とともに見せ|(?:て|で)いく(?:か|の|様子|ところ)[^。]{0,20}?見せ"
    # ja: a thing moving as it is shown ("歯車が動いて針が進むところを見せたい", "ゆっくり回る感じで")
    r"|(?:動い|回っ|進ん|流れ|落ち|開い|咲い|膨らん|沈ん|昇っ|上がっ|下がっ|育っ|組み上がっ|積み上がっ)て[^。]{0,24}?"
    r"(?:ところ|様子)(?:を|が)?(?:見せ|見た|見れ)|(?:ゆっくり|くるくる|ぐるぐる)(?:回る|動く|回って|動いて)(?:感じ|ところ|様子)"
    r"|(?:看|看到|看着)[^。，]{0,20}?(?:慢慢|一点点|一层层|一步步)\S{0,6}?(?:起来|下去|满|沉|长大|变成)"
)
# fmt: on

SEEN_IN_MOTION = rf"(?:{_SEEN}|{_LIKE_A_FILM}|{_RUN})"
"""Motion to be seen, in the planner's languages: for the animation cues (weight 5) and the clip."""

_SEEN_RE = re.compile(SEEN_IN_MOTION, re.I)


def seen_in_motion(text: str) -> str | None:
    """The words asking to see the thing move ("watch an ammonite sink"), or None."""
    found = _SEEN_RE.search(text or "")
    return found.group(0) if found else None


# A total asked to count up on screen: "can the fund total count up from £0 to the £1,650 we raised",
# "den Spendenstand von 0 auf 1.650 € hochzählen", "que el contador suba de 0 a 1.650 €", "カウントアップ".
# A counter running between two amounts written next to it: "the depth counter running 0 to 18m", "que el
# contador de bocatas vaya subiendo de 0 a 10.000" (a meter's reading, "el contador marca 1.200", is no such)
COUNTER_RUNS = (
    r"\b(?:counter|contador|compteur|zähler|contatore|teller|licznik|sayaç)\w*\b[^.?!\n]{0,40}?"
    r"\b(?:running|going\s+up|rising|climbing|ticking|counting|rolling|vaya\s+subiendo|subiendo|sube|suba|vaya\s+sumando"
    r"|subindo|sobe|suba|monte|montant|steigt|läuft|sale|salga|oploopt|rośnie|artan)\b"
    r"(?=[^.?!\n]{0,30}?(?<![\d.,])\d[\d.,]*\s*\S{0,4}\s+(?:to|a|à|bis|auf|hasta|até|fino\s+a|tot|do|до|→|->|–|-)\s+\d)"
)
COUNT_UP = re.compile(
    r"\b(?:count(?:s|ing)?|tick(?:s|ing)?|roll(?:s|ing)?)\s+up\b|\bhochzähl\w*|\bzähl\w*\s+(?:\w+\s+)?hoch\b"
    r"|\bcontador\s+(?:que\s+)?sub\w*|\bcompteur\s+qui\s+(?:monte|défile)\b|\bcontatore\s+che\s+sale\b"
    rf"|счётчик\w*|счетчик\w*|カウントアップ|数字滚动|카운트\s*업|{COUNTER_RUNS}",
    re.I,
)
# Two amounts as a range's ends ("0 to 18m", "de 0 a 10.000"), which the number reader keeps as a range
_ENDS = re.compile(
    r"(?<![\d.,])(?P<a>\d[\d.,]*)\s*(?:[^\W\d_]{1,3}\s+)?(?:to|a|à|bis|auf|hasta|até|fino\s+a|tot|do|до|→|->|–|-)\s*"
    r"(?P<b>\d[\d.,]*\s*[^\W\d_\s]{0,3})(?![\w])",
    re.I,
)
_COUNTER_OF = re.compile(
    r"\b(?:the\s+|a\s+|an\s+)?(?P<what>[^\W\d_]+\s+counter)\b|\b(?P<es>(?:contador|compteur|contatore)\s+(?:de|di|des?)\s+[^\W\d_]+)",
    re.I,
)
_TO_WORD = re.compile(
    r"^\s*(?:up\s+)?(?:to|till|until|à|a|al|bis|auf|hasta|até|fino\s+a|tot|до|→|->|–|-|~|から)\s*(?:the|la|le|el|den|die|das)?\s*$",
    re.I,
)
_COUNT_LABEL = re.compile(
    r"\b(?:can|could|let|make|have|want|watch|see)\s+(?:the\s+|our\s+|my\s+)?(?P<what>[^\W\d][^,.;:?!]{1,60}?)\s+"
    r"(?:count|tick|roll)(?:s|ing)?\s+up\b",
    re.I,
)


def count_up(question: str) -> tuple[Any, Any, str] | None:
    """(start, end, what) for a total asked to count up between two amounts the user wrote, the first
    lower, in the same currency ('from £0 to the £1,650' → £0, £1,650); None otherwise. Only the two
    written amounts are used: the renderer glides between them, no figure in between is stated."""
    from generators.rules.numbers import find_numbers

    text = question or ""
    if COUNT_UP.search(text) is None:
        return None
    nums = find_numbers(text)
    for a, b in itertools.pairwise(nums):
        if (
            _TO_WORD.match(text[a.end : b.start])
            and a.value < b.value
            and (a.currency == b.currency or not a.currency)
            and not a.pct
            and not b.pct
        ):
            found = _COUNT_LABEL.search(text)
            what = found.group("what").strip() if found else ""
            return a, b, what
    for m in _ENDS.finditer(text):  # "running 0 to 18m": a range's two ends, read one by one
        ends = [find_numbers(m.group(k)) for k in ("a", "b")]
        if not all(len(e) == 1 for e in ends):
            continue
        a, b = ends[0][0], ends[1][0]
        if a.value < b.value and not a.pct and not b.pct and (a.currency == b.currency or not a.currency):
            named = _COUNTER_OF.search(text)
            what = (named.group("what") or named.group("es")).strip() if named else ""
            return a, b, what
    return None


def count_up_scene(question: str, start: Any, end: Any, what: str) -> Any:
    """One bar gliding from the first amount to the second: the two amounts written, nothing between."""
    from generators.rules.words import language, msg
    from render.animation import Scene
    from render.plan import ChartPlan

    lang = language(question)
    name = what[:1].upper() + what[1:] if what else msg(lang, "count_up_total")
    first, last = start.text.strip(), end.text.strip()
    said = msg(lang, "count_up", name=name, first=first, last=last)
    chart = ChartPlan(
        chart_type="bar",
        title=f"{name}: {first} → {last}",
        categories=[name],
        series=[{"name": first, "values": [start.value]}, {"name": last, "values": [end.value]}],
        unit=end.currency or start.currency or "",
        answer=said,
        alt_text=said,  # one bar, the two amounts: what the answer says is all it shows
    )
    return Scene(visual=chart, frames_from="series")


# A value passing through amounts the user wrote: "il cioccolato che passa da 45 a 27 a 31 gradi", "my a1c
# go down … from 7.9 to 6.8", "von 3 auf 5 auf 4 Bar". The words that start and join such a chain.
_FROM = r"(?:from|da|dal|dai|de|del|desde|von|van|vanaf|od|от|depuis|dès)"
_JOIN = r"(?:(?:down\s+|up\s+)?to|then|and\s+then|a|al|à|bis|auf|hasta|até|fino\s+a|tot|do|до|poi|dann|puis|luego|depois|→|->)"
_AMOUNT = rf"[£$€¥₹]?\s?\d[\d.,]*(?:\s*(?:%|°\s?[cfCF]?|(?!{_JOIN}\b)[^\W\d_]{{1,8}}\.?(?=[\s,;.!?]|$)))?"
_CHAIN = re.compile(rf"(?<![\w.,]){_FROM}\s+(?P<chain>{_AMOUNT}(?:\s+{_JOIN}\s+{_AMOUNT})+)", re.I)
# The thing whose value moves, named after a determiner before the chain ("my a1c", "il cioccolato"); a
# likeness ("like a thermometer", "come un termometro") is how it is shown, not what moves.
_LIKENESS_OF = re.compile(
    r"\b(?:like|as|come|comme|wie|como|als|как)\s+(?:a|an|the|un|una|uno|une|ein|eine|einen|um|uma|een)\s+\S+",
    re.I,
)
_OWNER = re.compile(
    r"\b(?:my|our|the|your|his|her|their|il|lo|la|l['’]|i|gli|le|el|los|las|les|der|die|das|den|mein\w*|unser\w*"
    r"|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|meu|minha|nosso|nossa|o|het|de|mijn|onze)\s*(?P<what>[^\W_][\w-]*)",
    re.I,
)

# A value asked to move like a meter's needle or column between written amounts: "can my a1c go down like a
# thermometer slowly from 7.9 to 6.8", "che scenda come un termometro da 38 a 36". The likeness makes it a
# thing to watch move ("my a1c went down from 7.9 to 6.8" alone is a story, "a thermometer of our 60%" a still).
_METER = (
    r"(?:thermometer|gauge|fuel\s+gauge|progress\s+bar|speedometer|odometer|termometro|thermomètre|termómetro"
    r"|termômetro|tachimetro|jauge|tacho\w*|barra\s+de\s+progreso|barra\s+di\s+avanzamento)"
)
_METER_MOVE = (
    r"(?:go(?:es|ing)?\s+(?:up|down)|drop\w*|fall\w*|ris(?:e|es|ing)|climb\w*|fill\w*(?:\s+up)?|sink\w*|creep\w*"
    r"|scend\w*|sal(?:e|ga|ire|ir|ir)|baj\w*|sub(?:e|a|ir|iendo)|descend\w*|mont(?:e|er|ant)|steig\w*|sinkt|sinken|fäll\w*)"
)
_LIKE = r"(?:like|as|come|comme|wie|como)\s+(?:a|an|un|una|une|ein|einem?|um|uma)"
METER_GLIDE = (
    rf"\b{_METER_MOVE}\b[^.?!\n]{{0,30}}?\b{_LIKE}\s+{_METER}\b(?=[^\n]{{0,40}}?{_FROM}\s+\S?\s?\d)"
    rf"|\b{_LIKE}\s+{_METER}\b[^.?!\n]{{0,30}}?\b{_METER_MOVE}\b(?=[^\n]{{0,40}}?{_FROM}\s+\S?\s?\d)"
)


def passes_through(question: str) -> tuple[list[Any], str] | None:
    """(the amounts, what they are of) for a value asked to pass through amounts written as one chain
    ("da 45 a 27 a 31 gradi" → 45, 27, 31 °C, "my a1c … from 7.9 to 6.8" → 7.9, 6.8, 'a1c'); None where
    any other number is written, where the amounts are years ("from 2019 to 2023": a span of time) or
    mix currencies or percent with plain numbers. Only the written amounts are shown, none between."""
    from generators.rules.numbers import find_numbers

    text = question or ""
    found = _CHAIN.search(text)
    if found is None:
        return None
    chain = found.group("chain")
    pieces = re.split(rf"\s+{_JOIN}\s+(?=[£$€¥₹]?\s?\d)", chain, flags=re.I)
    nums = []
    for piece in pieces:
        read = find_numbers(piece.strip())
        if len(read) != 1:
            return None
        nums.append(read[0])
    span = range(found.start("chain"), found.end("chain"))
    if any(m.start() not in span for m in re.finditer(r"(?<![\w.,])\d", text)):
        return None  # other numbers written: data for a chart, not one value moving
    if (
        len(nums) < 2
        or all(n.is_year for n in nums)
        or len({n.currency for n in nums if n.currency}) > 1
        or len({n.pct for n in nums}) > 1
        or any(a.value == b.value for a, b in itertools.pairwise(nums))
    ):
        return None
    clause = re.split(r"[,;:.!?\n]", text[: found.start()])[-1]
    owner = _OWNER.search(_LIKENESS_OF.sub(" ", clause))
    return nums, owner.group("what") if owner else ""


def through_scene(nums: list[Any], what: str) -> Any:
    """One bar gliding through the written amounts in their order: each a frame, nothing between."""
    from render.animation import Scene
    from render.plan import ChartPlan

    unit = next((n.unit for n in reversed(nums) if n.unit), "")
    money = next((n.currency for n in nums if n.currency), "")
    path = " → ".join(n.text.strip() for n in nums)  # "45 → 27 → 31 gradi", as written
    name = what[:1].upper() + what[1:] if what else ""
    said = f"{name}: {path}" if name else path
    chart = ChartPlan(
        chart_type="bar",
        title=said,
        categories=[name or path],
        series=[{"name": n.text.strip(), "values": [n.value]} for n in nums],
        unit=money or unit,
        answer=said + ".",
        alt_text=said + ".",  # one bar, the written amounts in turn: all it shows
    )
    return Scene(visual=chart, frames_from="series")
