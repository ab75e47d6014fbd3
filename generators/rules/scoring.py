"""How strongly the question's words ask for each kind: the cues of every kind's rules module, weighed,
with the corrections, refusals and look-alikes (a reputation, a photo one has, a step named 'photograph')
that change what a word asks. Split from the router, which adds what the question holds."""

from __future__ import annotations

import re

from generators.rules.content import nested, supplied
from generators.rules.cues import (
    MONTH_NAMES,
    MONTHS_EN,
    MONTHS_EN_FULL,
    WEEKDAY_NAMES,
    WEEKDAYS_EN,
    WEEKDAYS_EN_FULL,
)
from generators.rules.numbers import TO, VALUE
from generators.rules.scene_words import NO_TEXT_ON_IT
from generators.rules.signals import (
    CORRECTION,
    NO_VISUALS,
    PLAIN_ASK,
    asked_about,
    unnegated,
    unquoted,
)
from generators.rules.words import best_cue, cue_regex, language, typo_cue
from render.kinds import KINDS


def route_cues() -> dict[str, list[tuple[str, int]]]:
    """Every routable kind's cues (all languages), strongest tie-break first."""
    return {name: [c for cues in by_lang.values() for c in cues] for name, by_lang in cues_by_lang().items()}


def cues_by_lang() -> dict[str, dict[str, list[tuple[str, int]]]]:
    """Each registered kind's form cues by language, `{kind: {lang: [(cue, weight)]}}`: what the scoring
    reads, and the words `noise` mends swapped letters in."""
    out: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for kind in KINDS.by_priority():
        try:
            rules = kind.load_rules()
        except ImportError:  # one kind's broken module must not stop routing to the others
            continue
        by_lang = getattr(rules, "CUES", None) if rules is not None else None
        if by_lang:
            out[kind.name] = by_lang
    return out


LIST_LINE = re.compile(r"^\s*(?:[-*+•]\s|\d{1,2}[.)]\s|#{1,6}\s|\|)", re.M)


def trailing_ask(body: str) -> str:
    """The lines after a pasted list that are not part of it ("Bau mir was, das per Klick eine Tour
    zufällig auswählt."): where a message that pastes first asks; "" when the list ends it."""
    lines = body.rstrip().splitlines()
    tail: list[str] = []
    while lines and not LIST_LINE.match(lines[-1]):
        if lines[-1].strip():
            tail.insert(0, lines[-1].strip())
        lines.pop()
    if not lines or not tail:
        return ""
    return " ".join(tail)[-400:]


# a line that starts with its period: "Q3 new x-ray unit", "week 12 demolition", "KW 14", "第3四半期"
_PERIOD_START = re.compile(
    r"(?:q[1-4]|h[12]|(?:week|wk|semaine|woche|kw|semana|settimana|tydzień|неделя|hafta)\s*\d{1,2})\b|第?[1-4]四半期|第?[一二三四1-4]季度",
    re.I,
)


def schedule(body: str) -> bool:
    """Most lines begin with a date or a day ("Sáb 12/4 – vuelo…", "3/20（木） JAL 907…", "1 lipca –
    zbiórka…"): an itinerary or a plan by day, laid out as a timeline, not a deck."""
    lines = [ln.strip(" -*•\t") for ln in body.splitlines() if ln.strip(" -*•\t")]
    if len(lines) < 3:
        return False
    days = {w.casefold() for w in (*MONTH_NAMES, *WEEKDAY_NAMES, *MONTHS_EN, *MONTHS_EN_FULL, *WEEKDAYS_EN)}
    days |= {d.casefold() for d in WEEKDAYS_EN_FULL} | {"tues", "thur", "thurs"}
    dated = 0
    for line in lines:
        first = re.split(r"[\s,.:：–(（]", line, maxsplit=1)[0].casefold()
        if (
            re.match(r"^\d{1,2}\s*[./-]\s*\d{1,2}\b|^(?:19|20)\d\d\b|^\d{1,2}月", line)
            or _PERIOD_START.match(line)
            or first in days
            or (re.match(r"^\d{1,2}\s+[^\W\d_]+", line) and line.split()[1].casefold().rstrip(".,") in days)
        ):
            dated += 1
    return dated * 2 >= len(lines) and dated >= 3


# A journey's leg in a pasted itinerary ("MAD 08:15 → LIS 08:30"): the arrow joins two clock times,
# places between them, not the steps of a process.
_LEG = re.compile(
    r"(\d{1,2}[:.]\d{2}\s*)(→|←|->|⇒)(?=[^\n→←]{1,30}?\d{1,2}[:.]\d{2})"
    # a value before and after ("Conversion 2.1% -> 3.4%", "€38 → €41"): a change, not a step
    rf"|({VALUE}\s*)({TO})(?=\s*[$€£¥]?\d)"
)


_HOW_PICTURE = re.compile(
    r"\b(?:draw|picture|drawing|sketch)\b(?:\s+[\w'’]+){0,6}?\s+(?:how\s+(?:a|an|the|our|my|your|to|it|they|we|you)\b"
    r"|with (?:arrows|labels)\b|of the (?:chain|process|steps|stages|cycle|sequence|flow|life cycle|order)\b"
    r"|showing (?:how|the steps)\b)"
    r"|\b(?:as|in) a (?:picture|drawing) with arrows\b",
    re.I,
)


# Asking for the pasted content to be made visual without naming a form ("can you make this visual?",
# "hazlo visual", "mach das anschaulich", "可视化一下", "見える化して"): the content's shape decides.
ANY_VISUAL = re.compile(
    r"\b(?:make|turn|put)\s+(?:this|it|that)\s+(?:into\s+something\s+)?(?:more\s+)?(?:visual|visually|easier\s+to\s+(?:read|see|take\s+in)|readable)\b"
    r"|\bvisuali[sz]e\s+(?:this|it|that)\b|\bsomething\s+(?:visual|i\s+can\s+look\s+at|to\s+look\s+at)\b|\bshow\s+(?:me\s+)?(?:this|it)\s+visually\b"
    r"|\bhaz(?:lo|me\s+esto)\s+(?:más\s+)?visual\b|\bvisualiza(?:r)?(?:lo)?\b|\brends?[- ](?:le|ça)\s+(?:plus\s+)?visuel\b|\bvisualise[rz]?\b"
    r"|\b(?:mach|mache)\s+(?:das|es|mir\s+das)\s+(?:\w+\s+)?(?:visuell|anschaulich|übersichtlich)\b|\bvisualisier\w*|\brendilo\s+(?:più\s+)?visivo\b"
    r"|\bvisualizza\w*|\btorn[ae]\s+(?:isso|isto)\s+(?:mais\s+)?visual\b|\bmaak\s+(?:het|dit)\s+(?:\w+\s+)?(?:visueel|overzichtelijk)\b"
    r"|наглядн\w*|визуализ\w*|\bgörselleştir\w*|\bzwizualizuj\w*|\bwizualizacj\w*|可视化|视觉化|做成图|見える化|図にして|시각화|تصور|مرئي|विज़ुअल",
    re.I,
)


# Photos as what a game or an app is made of ("a memory game for mam on the tablet with photos of the family",
# "un juego con fotos de la familia"): the player's own pictures, no picture to make.
_GAME_OF_PHOTOS = re.compile(
    r"\b(?:game|quiz|puzzle|app|juego|jeu|spiel|gioco|jogo)\b[^.?!\n]{0,60}?\b(?:with|con|avec|mit|com)\s+"
    r"(?:the\s+|our\s+|my\s+|her\s+|his\s+|their\s+|some\s+|las\s+|les\s+|den\s+|le\s+|as\s+)?"
    r"(?P<pic>photos?|pictures?|pics|images|fotos?|photos|bilder[n]?|immagini)\b",
    re.I,
)
# A game played on a device ("a memory game for mam on the tablet", "a matching game she taps"): a small app.
_DEVICE_GAME = re.compile(
    r"\b(?:memory|matching|guessing|picture|tapping|word|spelling|counting)\s+game\b[^.?!\n]{0,60}?"
    r"\b(?:on\s+(?:the|her|his|my|our|a|an)\s+(?:tablet|phone|ipad|laptop|computer|screen)|taps?|clicks?)\b",
    re.I,
)
_THIS_PHOTO = re.compile(
    r"\b(?:this|that|the attached|my|a)\s+(?:photo|picture|screenshot|pic)\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?:bill|receipt|invoice|statement|table|page|list|notes?|letter|form|results?)"
    r"|\b(?:to|te|ten)\s+zdjęci\w*|\besta\s+foto\b|\bcette\s+photo\b|\bdiese[sn]?\s+foto\b|\bquesta\s+foto\b"
    r"|\bdeze\s+foto\b|\bэто\s+фото\b|\bbu\s+fotoğraf\w*|这张照片|この写真|이 사진|\bhe sent me a (?:photo|picture)\b"
    r"|\b(?:sent|texted|forwarded)\s+me\s+(?:a|this)\s+(?:photo|picture|screenshot)\b",
    re.I,
)


# "image" as the way one is seen ("improve my image at work", "अपनी image सुधारो", "soigner son image",
# "mejorar mi imagen", "sein Image aufpolieren", "испортить имидж"): a reputation, no picture to make.
_REPUTATION = re.compile(
    r"\b(?:improve|fix|repair|restore|rebuild|polish|damage|hurt|ruin|clean\s+up|protect)\w*\s+(?:my|your|his|her|our|their|its|the\s+\w+'s)"
    r"\s+(?:public\s+|professional\s+|own\s+)?image\b|\b(?:public|professional|self)[\s-]image\b(?!\s+of\s+an?\b)"
    r"|\b(?:my|your|his|her|our|their)\s+image\s+(?:at|in|with|among)\s+(?:work|the\s+office|the\s+team|the\s+company|people|colleagues)\b"
    r"|(?:अपनी|मेरी|उसकी|हमारी|तुम्हारी)\s+(?:image|इमेज|छवि)\s+(?:\S+\s+)?(?:सुधार|बना|खराब|बिगड़|ठीक)|छवि\s+सुधार"
    r"|\b(?:soign|amélior|redor|ternir|ternis|rétabl|restaur|protég)\w*\s+(?:son|mon|ton|notre|votre|leur)\s+image\b"
    r"|\b(?:mejor|cuid|limpi|dañ|recuper|lav)\w*\s+(?:mi|tu|su|nuestra)\s+imagen\b"
    r"|\b(?:melhor|cuid|limp|recuper|prejudic)\w*\s+(?:a\s+)?(?:minha|sua|tua|nossa)\s+imagem\b"
    r"|\b(?:migliorar|curar|rovinar|recuperar|ripulir)\w*\s+(?:la\s+)?(?:mia|tua|sua|nostra)\s+immagine\b"
    r"|\b(?:mein|dein|sein|ihr|unser)\w*\s+image\b|\bimage\s*(?:verbesser|aufpolier|pfleg|schaden)\w*|\bimageschaden\b"
    r"|(?<![\u0400-\u04ff])(?:имидж\w*|репутаци\w*)|\bimaj\w*\s+(?:düzelt|iyileştir|zedele)\w*",
    re.I,
)


# A picture's own qualities ("blurry", "the background", "an old photo"): "restore my image" edits one.
_PICTURE_TALK = re.compile(
    r"\b(?:photo\w*|pic|picture|blurr?y|pixel\w*|resolution|background|jpe?g|png|scan\w*|foto\w*|borros\w*"
    r"|resoluci[óo]n|resolu[çc][ãa]o|fondo|flou|arrière-plan|unscharf|hintergrund|sfocat\w*|sfondo|размыт\w*|фон\w*)\b"
    r"|\bimage\s+(?:quality|file|size)\b|\bimagen\s+(?:de\s+fondo|borrosa)\b",
    re.I,
)


_POSTER_CJK = re.compile(r"海报|ポスター|포스터")
# visuals refused in so many words ("no graphic", "plain text", "بدون رسم"), not an answer asked for
_REFUSED_ALL = re.compile(
    r"\b(?:no|without|kein\w*|ohne|sans|sin|sem|senza|geen|zonder|bez|tanpa|text|words|texto|testo|texte|tekst)\b"
    r"|без|текст|بدون|نص|बिना|टेक्स्ट|図|그림|그래프|차트|글로|텍스트|テキスト|不要|文字|metin|yazı",
    re.I,
)


# What a picture noun is of: "a picture of [a slide]", "a photo of [the chart] on the wall": the form word
# after it is the thing pictured, not a form asked for.
_PICTURED = re.compile(
    r"\s+(?:of|de|d['’]|di|von|van)\s*(?:(?:a|an|the|our|my|un|une|una|uno|ein|eine|een)\s+)?", re.I
)


def score(text: str) -> dict[str, tuple[int, str, int]]:
    """The strongest cue per kind in the text, as {kind: (weight, matched text, position)}. A form
    refused ("no slides", "kein Diagramm") is no cue; after a correction ("slides… no, actually a
    diagram") the form named last wins."""
    text = _LEG.sub(
        lambda m: (m.group(1) or m.group(3)) + " " * len(m.group(2) or m.group(4)), unquoted(text)
    )
    refused = NO_VISUALS.search(text)
    bare = NO_TEXT_ON_IT.search(text)
    text = unnegated(text)
    found = _correction(text)
    if found is not None:
        scores = _tail_scores(text[found.end() :])
        if scores:
            return {k: (w, cue, at + found.end()) for k, (w, cue, at) in scores.items()}
    scores = _cue_scores(text)
    if bare and scores.get("image", (0,))[0] < 4:
        scores["image"] = (4, bare.group(0), bare.start())  # a poster with no text on it: the picture
    if refused and scores.get("text", (0,))[0] < 3:
        scores["text"] = (3, refused.group(0), refused.start())
    if refused and _REFUSED_ALL.search(refused.group(0)):  # refused in so many words, not "just tell me"
        before = [w for k, (w, _, at) in scores.items() if k != "text" and at < refused.start()]
        if before and len(before) == len(scores) - 1 and max(before) >= scores["text"][0]:
            # "league table for our pub quiz, no graphic, plain text is fine": what is said last holds
            scores["text"] = (max(before) + 1, refused.group(0), refused.start())
    found = scores.get("image")
    if (
        found
        and found[0] <= 3
        and any(m.start() <= found[2] < m.end() for m in _REPUTATION.finditer(text))
        and not _PICTURE_TALK.search(text)
    ):  # "my boss says fix my image at work": a reputation, words of advice; the image cue is that word
        scores.pop("image")
    found = scores.get("image")
    if found and not re.search(r"\d", text):
        for kind in [k for k in scores if k not in ("image", "text")]:
            if (
                _PICTURED.match(text, found[2] + len(found[1]))
                and _PICTURED.match(text, found[2] + len(found[1])).end() == scores[kind][2]
            ):
                scores.pop(kind)  # "a picture of a slide shaped like an open book": the slide is pictured
    found = scores.get("image")
    if found and found[0] <= 3 and _THIS_PHOTO.search(text):
        scores.pop("image")  # "Mama sent me this photo of the bills": a photo they have, not one to make
    found = scores.get("image")
    if found and found[0] <= 3 and any(m.start("pic") == found[2] for m in _GAME_OF_PHOTOS.finditer(text)):
        scores.pop("image")  # "a memory game … with photos of the family": the game's material
        game = _DEVICE_GAME.search(text)
        if game and scores.get("app", (0,))[0] < 3:
            scores["app"] = (3, game.group(0), game.start())
    how = _HOW_PICTURE.search(text)
    if how and scores.get("image", (9,))[0] <= 3 and scores.get("diagram", (0,))[0] < 4:
        scores.pop("image", None)  # "draw how a bill becomes a law", "a picture with arrows": a diagram
        scores["diagram"] = (4, how.group(0), how.start())
    found = scores.get("image")
    if found and found[0] <= 3 and scores.get("diagram", (0,))[0] < 4:
        given = supplied(text)
        if given is not None and nested(
            given
        ):  # "çiz: Ana sayfa > Blog (Oyun, Anime), …": the structure given
            scores.pop("image")
            scores["diagram"] = (4, "parts within parts to draw", found[2])
    found = scores.get("image")
    if found and found[0] <= 3 and _POSTER_CJK.search(found[1]):
        given = supplied(text)  # "安全海报：戴护目镜、不准吃东西、…": points listed for a poster
        if given is not None and len(given.items) >= 3 and "、" in text:
            scores.pop("image")  # laid out, not painted
            scores["infographic"] = (found[0] + 1, "points for a poster", found[2])
    found = scores.get("infographic")
    if found and found[1] == "side by side" and scores.get("chart", (0,))[0] >= found[0]:
        scores.pop("infographic")  # "goals for and against side by side in a chart": the chart's bars
    found = scores.get("image")
    if found and found[0] <= 3 and _a_listed_step(text, found[2]):
        scores.pop("image")  # "bag and label, wash, dry, catalogue, photograph, store": a step, no ask
    for chain in _ARROW_CHAIN.finditer(text):  # "運転士→指令所→各駅→車内放送・アプリ通知": steps of a flow
        for kind in [k for k, (w, _, at) in scores.items() if k in ("app", "image", "chart") and w <= 3]:
            if chain.start() <= scores[kind][2] < chain.end():
                scores.pop(kind)  # "アプリ" (app) named inside a step, not asked for
    for kind in ("image", "app"):
        found = scores.get(kind)
        if found and asked_about(text, found[2], found[1]):  # "what is pixel art?": words about it
            scores.pop(kind)
            scores["text"] = max(
                scores.get("text", (0, "", 0)), (3, f"a question about '{found[1]}'", found[2])
            )
    return scores


# Three or more steps joined by arrows: what stands between the arrows is content
_ARROW_CHAIN = re.compile(
    r"(?<![^\s→⇒>:：,，、。])[^\s→⇒>:：,，、。]+(?:\s*(?:→|->|⇒)\s*[^→⇒\n>,，、。]+){2,}"
)


def _a_listed_step(text: str, at: int) -> bool:
    """The word at `at` opens an item of a list of three or more after a colon, with no article before
    it ("…: wash, dry, photograph, store"): a step the user lists, not the form asked for."""
    colon = max(text.rfind(":", 0, at), text.rfind("：", 0, at))
    if colon < 0:
        return False
    items = re.split(r"\s*(?:[,;，；、\n]|\s-\s|\band\b)\s*", text[colon + 1 :])
    if len([i for i in items if i.strip()]) < 3 or not re.search(
        r"(?:[:：,;，；、\n]|\band)\s*$", text[colon:at]
    ):
        return False
    # a verb alone or before its object ("photograph", "chart the results"), not a noun ("photograph of…")
    return bool(
        re.match(r"\S+\s*(?:$|[,;，；、\n-]|\s(?:and|the|it|them|our|my|each|every|all)\b)", text[at:])
    )


def _correction(text: str) -> re.Match[str] | None:
    """The last correction ("no wait", "actually no", "scratch that", "ich meine", "不对"…) that
    comes straight after a form named ("slides, actually no…", "bar chart no wait pie"), in the same
    sentence: a correction with no form before it corrects nothing the router reads ("I actually
    need…"), nor does an "actually" far into the content ("Phone vs camera: what actually matters")."""
    for found in reversed(list(CORRECTION.finditer(text))):
        ends = [end for _, end in _form_spans(text[: found.start()])]
        gap = text[max(ends) : found.start()] if ends else ""
        if ends and len(gap) <= 40 and not re.search(r"\n|[.?!。？！](?!\.)\s|[:：]", gap):
            return found
    return None


def _form_spans(text: str) -> list[tuple[int, int]]:
    """Where a form is named (a cue of weight 3 or more, of any kind) in the text."""
    return [
        m.span()
        for by_lang in cues_by_lang().values()
        for cues in by_lang.values()
        for cue, weight in cues
        if weight >= 3
        for m in cue_regex(cue).finditer(text)
        if m.end() > m.start()
    ]


def _tail_scores(tail: str) -> dict[str, tuple[int, str, int]]:
    """The cues of what follows a correction, when it names a form or asks for words ("…no wait,
    just list them"); {} when it names nothing, and the whole message is read instead."""
    scores = _cue_scores(tail)
    plain = PLAIN_ASK.search(tail)
    if plain and scores.get("text", (0,))[0] < 4:
        scores["text"] = (4, plain.group(0), plain.start())
    return scores if any(k != "text" or w >= 3 for k, (w, _, _) in scores.items()) else {}


def corrected_to_words(text: str) -> str | None:
    """What a correction asks for when it turns a form named into words ("chart, no wait, just list
    them in order: …", "slides, actually no just an email summarising: …"); None otherwise."""
    found = _correction(unnegated(unquoted(text)))
    if found is None:
        return None
    scores = _tail_scores(text[found.end() :])
    if "text" not in scores or any(k != "text" for k in scores):
        return None
    return scores["text"][1]


def settled(question: str) -> str:
    """The question as the user finally meant it: after a correction that follows a form named and
    names a form or asks for words itself ("bar chart no wait pie: rent 900, food 300", "slides,
    actually no just an email summarising: …"), the forms named before it and the correction's own
    words are dropped; everything else the user wrote (the list, the numbers) stays. Unchanged
    when nothing is corrected."""
    found = _correction(question)
    if found is None or not _tail_scores(question[found.end() :]):
        return question
    head = question[: found.start()]
    spans = _form_spans(head) + [m.span() for m in CORRECTION.finditer(head)]
    for start, end in spans:  # every form named before, "bar chart" whole, and the earlier corrections
        head = head[:start] + " " * (end - start) + head[end:]
    head = re.sub(r"(?<!\w)(?:no|non|nein|nee|nie|não|нет|не)[\s,!…—–-]*$", "", head.rstrip(), flags=re.I)
    # what is left of "¿un diagrama?" once the form is gone: an article and a question mark
    head = re.sub(
        r"[¿¡]?\s*(?<!\w)(?:an?|un[ae]?|el|la|le|ein[e]?|uno|um|uma|een|the)?\s*[?？]?\s*$",
        "",
        head,
        flags=re.I,
    )
    tail = question[found.end() :]  # "… no, mejor un cartel": the preference word is no content
    tail = re.sub(
        r"^\s*(?:better|rather|instead|mejor|mieux|plutôt|lieber|besser|meglio|melhor|liever|lepiej|лучше)(?!\w)",
        "",
        tail,
        flags=re.I,
    )
    edge = " \t,;:.…—–-!，、；：。"
    out = " ".join(p for p in (head.strip(edge), tail.strip(edge)) if p)
    return re.sub(r"[ \t]+", " ", out) or question


def _cue_scores(text: str) -> dict[str, tuple[int, str, int]]:
    scores: dict[str, tuple[int, str, int]] = {}
    # A swapped-letter typo is looked for among the form words of the question's own language and
    # English's (form words people borrow): another language's word is more often a real word here
    # ("fries" is the French "frise" swapped, but an English sentence means the food).
    lang = language(text)
    for kind, by_lang in cues_by_lang().items():
        cues = [c for lang_cues in by_lang.values() for c in lang_cues]
        best = best_cue(text, cues)
        near = by_lang.get(lang, []) + (by_lang.get("en", []) if lang != "en" else [])
        typo = typo_cue(text, near) if best is None or best[0] < 3 else None
        if typo and (best is None or typo[0] > best[0]):
            best = typo
        if best:
            scores[kind] = best
    return scores
