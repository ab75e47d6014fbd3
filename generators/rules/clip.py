"""Clip scenes for the rules planner: "a looping gif of rain on a window", "动图：沙漏里的沙子慢慢流下来".

An animation asked for with nothing to build — no numbers, no steps, no table or pasted answer —
is a moving scene when its words describe one: a generated clip whose prompt is those words, made
the way the image builder makes a prompt (`generators.rules.image.image_from_question`, which keeps
a non-English subject as the user wrote it).

Precision first: words that ask for data or structure ("the medal count of each country", "an
animated chart", "animate how photosynthesis works") are never drawn as a clip — a diffusion model
would invent the numbers or steps — and keep today's answer, which says what to give.
"""

from __future__ import annotations

import re
from typing import Any

from generators.rules.image import image_from_question
from generators.rules.numbers import find_numbers
from generators.rules.words import best_cue, short

# The clip named, before its subject: "a looping gif of", "short video showing", "gif van".
_CLIP_NOUN = re.compile(
    r"^(?:(?:a|an|the|some|one|une?|el|la|los|las|le|les|der|die|das|ein|eine|een|het|il|lo|um|uma|bir)\s+)?"
    r"(?:(?:looping|looped|seamless|short|little|small|simple|quick|cute|animated|moving|endless)\s+)*"
    r"(?:gifs?|videos?|clips?|animations?|loops?|mp4|cinemagraphs?|cartoons?|vídeos?|vidéos?)\s+"
    r"(?:of|showing|with|about|where|van|von|de|di|du|do|da|del|della)\s+",
    re.I,
)
# What a removed cue leaves at the start: "une [animation] de la lune" → "la lune".
_LEFTOVER = re.compile(
    r"^['’]?\s*(?:(?:a|an|une?|una|uno|ein|eine|een|um|uma)\s+|(?:un|l)['’]\s*)?"
    r"(?:(?:of|de|du|des|del|della|di|do|da|van|von|eines|einer)\s+)?",
    re.I,
)
# What the clip is for, or the verb asking for it, is no part of the scene: "… for my plumbing page",
# "… pour ma page de menuisier", "…くるくる回るGIFを作って".
_PURPOSE = re.compile(
    r"\s+(?:for|pour|para|per|für|voor|için|для)\s+(?:the\s+(?:start|end|opening)\s+of\s+)?"
    r"(?:my|our|the|a|ma|mon|mes|notre|nos|mi|mis|nuestr[oa]s?|il mio|la mia|mein\w*|unser\w*|mijn|onze|моего|моей|нашего)\b.*$"
    r"|\s*(?:を|に)?(?:作って|作成して|ください|して|करो|बनाओ|बना दो).*$",
    re.I,
)
_TRAILING = re.compile(r"[\s,，、]*(?:的|の|を|が)?[\s。.!！?？]*$")

# Asking for data, counts or an explanation: a chart, a diagram or words, never a generated clip.
_NOT_A_SCENE = re.compile(
    r"\b(?:numbers?|counts?|how many|amounts?|sales|revenue|profits?|population|growth|shares?|percent\w*|"
    r"prices?|rates?|rank\w*|statistic\w*|data|metrics?|scores?|totals?|figures|medals?|results?|budget|"
    r"nombre|número|numero|zahlen?|anzahl|ventas|ventes|umsatz|données|datos|daten|dados|dati|"
    r"évolution|evolución|evolução|evoluzione|croissance|crecimiento|crescimento|wachstum|"
    r"how|why|explain|wie|warum|comment|pourquoi|cómo|como|por qué|perché|как|почему|"
    # a chart's or a process's parts, and playing through time: data or steps still to be given
    r"bars?|lines?\s+drawing|graphs?|axis|values|over time|play through|weeks|months|years|"
    r"steps|étapes|pasos|schritte|passaggi|passos|шаги|этапы|"
    # a gif or an animation told about, or a file format: nothing asked to be made
    r"saw|watched|loved|liked|sent|found|yesterday|format|specification|file|download|convert|compress)\b|步骤|ステップ|단계"
    r"|数|量|率|排名|销售|收入|人口|增长|数据|为什么|如何|怎么|売上|データ|なぜ|どうやって|金牌|奖牌",
    re.I,
)
_STRUCTURE_KINDS = ("chart", "diagram", "infographic", "slides", "app")
_PRONOUN = re.compile(r"^(?:it|this|that|them|these|those|me|something|anything|one)$", re.I)

ANSWERS = {
    "en": "A short generated clip: {subject}.",
    "zh": "一段生成的短片：{subject}。",
}


_CAPTION = re.compile(r"[\"“„«「『][^\"“”„«»「」『』]{1,120}[\"”»」』]|\b\d{1,2}[:.]\d{2}\b")


def clip_scene(question: str, subject: str, lang: str) -> Any:
    """A clip scene for the words left once the animation cues are gone (`subject`), or None when
    the question is not about a scene: numbers in it, data or counts asked for, an explanation,
    another kind named ("bar chart race"), or nothing left to draw."""
    from render.animation import Scene

    # a caption to show under the scene ("Pazar 08:00 Caddebostan") and clock times are words, not data
    bare = _CAPTION.sub(" ", question)
    if re.search(r"\d", bare) or _NOT_A_SCENE.search(question) or _names_another_kind(question):
        return None  # numbers are content to show truthfully: a chart's, a diagram's, never noise

    text = re.sub(r"\s+", " ", subject or "").strip(" ,.;:-—，。：")
    parts = re.split(r"[:：]", text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 4 and len(parts[0]) <= 24 and parts[1].strip():
        text = parts[1].strip()  # "great, now animate it: the moon …" → "the moon …"
    text = re.sub(
        r"^(?:please\s+)?(?:make|create|draw|generate|do|give|show)\s+(?:me\s+|us\s+)?", "", text, flags=re.I
    )
    text = _CLIP_NOUN.sub("", text)
    text = _LEFTOVER.sub("", text, count=1)  # "make an [animation] of a ball" → "a ball"
    text = _PURPOSE.sub("", _TRAILING.sub("", text)).strip(" ,.;:-—，。：")
    text = re.sub(
        r"^(?:petite?s?|kleine[ns]?|piccol[oa]|pequeñ[oa]|small|little|short)\s+(?:d[e']\s*)?", "", text
    )
    if not text or _PRONOUN.match(text) or _PRONOUN.match(text.split()[0]) or not re.search(r"\w", text):
        return None
    quoted = _CAPTION.search(text)
    caption = quoted.group(0).strip('"“”„«»「」『』 ') if quoted and not quoted.group(0)[0].isdigit() else ""
    text = _CAPTION.sub(" ", text).strip(" ,.;:-—，。：")  # the caption is shown under the scene, not drawn
    if not text or find_numbers(text):  # spelled-out quantities ("ten to one")
        return None
    image = image_from_question(text)
    if image is None or _PRONOUN.match((image.prompt.split() or [""])[0]):
        return None  # "show it growing": "it" is something shown before, not a scene to invent
    words = short(image.prompt, 200)
    image = image.model_copy(
        update={
            "caption": short(caption, 200) if caption else image.caption,
            "answer": ANSWERS.get(lang, ANSWERS["en"]).format(subject=words),
            "alt_text": short(f"Generated clip: {image.prompt}", 300),
        }
    )
    return Scene(visual=image, hold_seconds=0.0)  # a generated clip loops without a pause


def _names_another_kind(text: str) -> bool:
    """A chart, diagram, deck… named in the words ("an animated bar chart"): data or structure the
    user still has to give, not a scene to generate."""
    from generators.rules.router import route_cues
    from generators.rules.signals import deck_as_destination

    cues = route_cues()
    text = deck_as_destination(text)  # "for the start of our leavers' slideshow": where the clip goes
    for kind in _STRUCTURE_KINDS:
        found = best_cue(text, cues.get(kind, []))
        if found is not None and found[0] >= 3:
            return True
    return False
