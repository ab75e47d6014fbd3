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
from generators.rules.motion_seen import SEEN_IN_MOTION
from generators.rules.numbers import find_numbers
from generators.rules.words import best_cue, language, msg, short

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
    r"|\s*(?:を|に)?(?:作って|作成して|ください|して|करो|बनाओ|बना दो).*$"
    # who is to learn from it: "… so new drivers see the pattern", "… so that the kids can understand"
    r"|\s+so\s+(?:that\s+)?[^,.;]{1,30}?\s+(?:can\s+|could\s+|will\s+)?(?:see|learn|know|understand|get|watch)\b(?!\s+(?:it|them|him|her|how)\b).*$",
    re.I,
)
_TRAILING = re.compile(r"[\s,，、]*(?:的|の|を|が)?[\s。.!！?？]*$")

# Asking for data, counts or an explanation: a chart, a diagram or words, never a generated clip.
_NOT_A_SCENE = re.compile(
    r"\b(?:numbers?|counts?|how many|amounts?|sales|revenue|profits?|population|growth|shares?|percent\w*|"
    r"prices?|rates?|rank\w*|statistic\w*|data|metrics?|scores?|totals?|figures|medals?|results?|budget|"
    r"savings|income|spending|expenses|costs|visitors|followers|subscribers|downloads|"
    r"nombre|número|numero|zahlen?|anzahl|ventas|ventes|umsatz|données|datos|daten|dados|dati|"
    r"évolution|evolución|evolução|evoluzione|croissance|crecimiento|crescimento|wachstum|"
    r"how|why|explain|wie|warum|comment|pourquoi|cómo|como|por qué|perché|как|почему|"
    # a chart's or a process's parts, and playing through time: data or steps still to be given
    r"bars?|lines?\s+drawing|graphs?|axis|values|over time|play through|weeks|months|years|"
    r"steps|étapes|pasos|schritte|passaggi|passos|шаги|этапы|"
    # a gif or an animation told about, or a file format: nothing asked to be made
    r"saw|watched|loved|liked|sent|found|yesterday|format|specification|file|download|convert|compress)\b|步骤|ステップ|단계"
    # places put on a map ("les déménagements de la famille sur la carte"): the places are still to be given
    r"|\b(?:on\s+(?:the|a)\s+map|sur\s+(?:la|une)\s+carte|auf\s+(?:der|einer)\s+karte|sulla\s+mappa|en\s+el\s+mapa|no\s+mapa)\b"
    r"|数|量|率|排名|销售|收入|人口|增长|数据|为什么|如何|怎么|売上|データ|なぜ|どうやって|金牌|奖牌",
    re.I,
)
# "How" asked with the motion named outright ("show how a lock works, moving", "montre comment une abeille
# danse, que ça bouge"): the thing is to be seen moving, a scene, not a process explained step by step.
_HOW = re.compile(r"\b(?:how|wie|comment|cómo|como|come|hoe|jak|как|nasıl)\b", re.I)
# Motion named outright in the planner's languages, English "moving" aside (animation guards it against a
# move of house): one list for a scene shown moving here and for stages shown moving in `animation`
# "चलता हुआ दृश्य" (a moving scene); not "चलता हुआ औसत" (a moving average) or "चलता हुआ बिज़नेस" (a going concern)
MOVING_HI = r"चल(?:ता|ती|ते)\s+हु(?:आ|ई|ए)(?!\s*(?:औसत|व्यापार|बिज़नेस|बिजनेस|कारोबार|धंधा|खाता|प्रोजेक्ट))"
MOTION_WORDS = (
    r"in\s+motion|en\s+movimiento|que\s+se\s+mueva|em\s+movimento|que\s+se\s+mexa|in\s+movimento|che\s+si\s+muova"
    r"|en\s+mouvement|que\s+ça\s+bouge|in\s+bewegung|bewegend|in\s+beweging|w\s+ruchu|в\s+движении|hareketli"
    r"|canlandır\w*|voi(?:r|e|ent)\s+(?:\w+\s+)?bouger|see\s+(?:it|them)\s+(?:move|moving)|动起来|動いて|움직이"
    # a time-lapse, a reel, a moving thing or scene, lines appearing one by one, "चलता हुआ दृश्य"
    r"|time[\s-]?lapse|(?:for|as)\s+an?\s+(?:insta(?:gram)?\s+)?reel|moving\s+(?:thing|picture|scene|image|drawing|explainer)"
    r"|(?:इंस्टा|इंस्टाग्राम)?\s*रील\s+(?:के\s+लिए|बना\w*)|\b(?:para|pour|per|für)\s+(?:un|um|uma|una|einen|ein)\s+reel\b"
    r"|appear(?:s|ing)?\s+(?:line\s+by\s+line|stroke\s+by\s+stroke)|" + MOVING_HI
)
# the thing to be seen moving too: "watch an ammonite sink", "que se vea el pistón subiendo", "like a film"
_SHOWN_MOVING = re.compile(rf"\b(?:moving|{MOTION_WORDS})|{SEEN_IN_MOTION}", re.I)
_MOVING_TAIL = re.compile(rf"[\s,，、]+(?:{MOTION_WORDS})[\s.!。]*$", re.I)
_SHOW_HOW = re.compile(
    r"^(?:(?:laat\s+zien|montre(?:-moi)?|muéstra(?:me)?|muestra|mostra(?:mi)?|mostre|zeig(?:e|t)?(?:\s+mir)?|pokaż"
    r"|покажи|göster|show(?:\s+me)?)(?:\s+(?:à|a|to)\s+(?:mon|ma|mes|my|our|the|mi|mis|mio|mia)\s+\S+)?\s+)?"
    r"(?:how|wie|comment|cómo|como|come|hoe|jak|как|nasıl)\s+",
    re.I,
)
_STRUCTURE_KINDS = ("chart", "diagram", "infographic", "slides", "app")
_PRONOUN = re.compile(r"^(?:it|this|that|them|these|those|me|something|anything|one)$", re.I)


# Something that never stops moving on a screen: "keeps moving", "in Dauerschleife", "in continuazione",
# "sürekli dönen", "fique rodando", "動く", "en bucle". A still picture cannot do what these ask.
_CONTINUOUS = (
    r"\bkeeps?\s+(?:on\s+)?(?:moving|spinning|turning|looping|going\s+round|scrolling|running|cycling|rotating)\b"
    r"|\b(?:cycles?|cycling|rotates?|rotating)\s+(?:through|between)\b|\brotating\s+(?:messages?|notices?|announcements?|slides?)\b"
    r"|\bloopt\s+rond\b|\bbewegend\s+scherm\b|\bdönen\s+(?:duyuru|ekran|yazı|mesaj)\w*|\bkayan\s+yazı\b"
    r"|(?:[يت]ضل|[يت]ظل|بيضل|بتضل)\s+[يت]دور|\bque\s+vaya\s+(?:rotando|pasando)\b(?!.{0,30}?\b(?:proyector|mientras\s+hablo))|\bqui\s+défile\b|\bfica\s+passando\b"
    r"|\ba\s+rotazione\b|循环播放|滚动播放|ループ再生|반복\s*재생"
    r"|\b(?:moves?|spins?|turns?|rotates?|scrolls?)\s+(?:all\s+the\s+time|constantly|non-?stop|forever|on\s+(?:a\s+)?loop)\b"
    r"|\b(?:on|in)\s+(?:a\s+)?(?:loop|endless\s+loop)\b|\bloops?\s+(?:forever|endlessly|all\s+day)\b"
    r"|\bgrows?\s+(?:and|into)\b.{0,40}?\b(?:up\s+on|on)\s+the\s+(?:board|screen)\b|\bbit\s+by\s+bit\b"
    r"|dauerschleife|\bin\s+(?:einer\s+)?schleife\b|\bendlos\s+(?:\w+\s+)?(?:laufen|dreh\w*|lauf\w*)|\b(?:sich\s+)?ständig\s+beweg\w*"
    r"|\bin\s+continuazione\b|\bsi\s+muov[ae]\b|\bin\s+loop\b|\bche\s+gir[ai]\b"
    r"|\bque\s+se\s+mueva\b|\ben\s+bucle\b|\bsin\s+parar\b|\bque\s+gire\b"
    r"|\bqui\s+bouge\b|\ben\s+boucle\b|\bqui\s+tourne\b|\bsans\s+arrêt\b"
    r"|\bfique\s+rodando\b|\brodando\s+o\s+tempo\s+todo\b|\bem\s+loop\b|\bse\s+mexendo\b|\bque\s+se\s+mex[ae]\b"
    r"|\b(?:blijft|blijven)\s+(?:draaien|bewegen)\b|\bin\s+een\s+lus\b|\bdie\s+beweegt\b"
    r"|\bsürekli\s+(?:dönen|dönsün|hareket\s+eden)|\bhareket\s+eden\b|\bdöngü\w*"
    r"|\bw\s+pętli\b|\b(?:ciągle|cały\s+czas)\s+(?:się\s+)?(?:rusza|kręci|porusza)\w*"
    r"|(?:постоянно|всё\s+время|все\s+время)\s+(?:двига|крути|враща)\w*|\bпо\s+кругу\b|зациклен\w*"
    r"|يتحرك\s+(?:باستمرار|طول\s+الوقت)|يدور\s+باستمرار|بشكل\s+متكرر"
    r"|लगातार\s+(?:चलता|घूमता|हिलता)|चलता\s+रहे"
    r"|動くやつ|動くもの|ずっと動いて|ループ(?:する|で)|계속\s*(?:움직이|돌아가)|반복(?:해서|되는)|一直(?:转|动|循环)|循环播放"
)

LOOPING = re.compile(_CONTINUOUS, re.I)

# A clip's length: "3 seconds", "3-second", "3 s", "3 segundos", "3 Sekunden", "3秒", "3초".
_DURATION = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?)\s*-?\s*(?:s|secs?|seconds?|segundos?|secondes?|secondi|seconden|sekund\w*"
    r"|saniye\w*|секунд\w*|giây|detik)(?![^\W\d_])|(?<![\d.,])(\d{1,2})\s*(?:秒|초|ثوان\w*|ثانية|सेकंड)",
    re.I,
)
# How long the thing shown takes, said once ("rises over 12 hours", "in 3 days", "über 6 Wochen"): the
# time the scene spans, no data to chart.
_SPAN = re.compile(
    r"\b(?:over|in|across|during|within|über|in|en|durante|pendant|nel|em|за|w\s+ciągu)\s+(?:about\s+)?\d{1,3}\s*"
    r"(?:hours?|days?|weeks?|months?|years?|minutes?|stunden|tagen?|wochen|monate?n?|jahre?n?|horas?|días|dias|semanas"
    r"|meses|años|anos|heures?|jours?|semaines?|mois|ans|ore|giorni|settimane|mesi|anni|час\w*|дн\w*|недел\w*"
    r"|месяц\w*|лет|год\w*|godzin\w*|dni|tygodni\w*)\b(?![\s,]*\d)",
    re.I,
)
# The time a thing shown moving takes, said in words ("an oak growing from acorn to a big tree over the
# years, like a timelapse"): the span of the scene, not periods of data to play through
_SPAN_WORDS = re.compile(
    r"\b(?:over|through|across)\s+(?:the|many|several|a\s+few)\s+(?:years|decades|centuries|seasons|months|weeks|days)\b",
    re.I,
)
# A short intro, outro or loop of a few seconds ("a 3-second intro", "una intro de 3 segundos", "5s loop"):
# a moving clip for the start of a video, not a deck's intro slide.
_CLIP_WORD = r"(?:intro|outro|opener|bumper|ident|loop|bucle|boucle|schleife|vorspann|sigla|vinheta|jingle)"
CLIP_LENGTH = re.compile(
    rf"\b{_CLIP_WORD}\s+(?:\w+\s+){{0,2}}?(?:of|de|di|von|van|da|from)\s+(?:\w+\s+)?(?:{_DURATION.pattern})"
    rf"|(?:{_DURATION.pattern})(?:\s*-?\s*|\s+(?:long\s+)?){_CLIP_WORD}\b",
    re.I,
)
# A change pictured, not explained: "how the living room would change", "cómo quedaría", "wie … aussehen würde".
_IMAGINED = re.compile(
    r"\b(?:how|what)\s+(?:\S+\s+){0,5}?(?:would|will|could|might)\s+(?:\w+\s+)?(?:change|look|turn\s+out)\b"
    r"|\bc[oó]mo\s+(?:\S+\s+){0,4}?(?:quedar\w*|cambiar\w*|ficari\w*)|\bcome\s+(?:\S+\s+){0,4}?(?:cambierebbe|starebbe|verrebbe)"
    r"|\bcomment\s+(?:\S+\s+){0,4}?(?:changerait|rendrait)|\bwie\s+(?:\S+\s+){0,5}?(?:aussehen|wirken)\s+würde",
    re.I,
)
# Where the clip goes, said first in Japanese or Chinese ("店のモニター用に、", "展会屏幕用，"), and the verb
# asking to be shown it ("…ところを見せたいです", "… दिखाओ"): the ask's words, not the scene's
_SCREEN_LEAD = re.compile(r"^[^、，,。]{1,20}?(?:用に|向けに|のために|用)[、，,]\s*")
_SHOW_ASKED = re.compile(
    r"(?:ところ|様子)?を見せ(?:たい(?:です|んです)?|て(?:ください|ほしい(?:です)?)?)|\s*(?:दिखाओ|दिखाइए|दिखाएं|दिखाएँ|दिखा\s+दो)(?=[\s,।]|$)"
)
# Who the clip is for, said first: "so my mum can see (how) …", "para que mi madre vea cómo …".
_SO_THEY_SEE = re.compile(
    r"^(?:so(?:\s+that)?|para\s+que|pour\s+que|damit|perché|zodat)\s+[^,.:;]{1,40}?\b"
    r"(?:can|could|will|puede|pueda|vea|puisse|voie|kann|sieht|possa|veda|kan|ziet)\s+(?:see\s+|ver\s+|voir\s+|sehen\s+|vedere\s+|zien\s+)?"
    r"(?:how\s+|cómo\s+|como\s+|comment\s+|wie\s+|come\s+|hoe\s+)?",
    re.I,
)

# A size or a count of things in the scene, no data: a grid's size ("on a 5x5 dot grid") or a few things
# counted with a CJK counter word ("4本くらい", "3只猫", "2대"): the words of the prompt, never figures to chart.
_SCENE_COUNT = re.compile(
    r"(?<![\d.,])\d{1,2}\s*[x×]\s*\d{1,2}(?![\d.,])|(?<![\d.,])\d{1,2}\s*(?:本|台|両|匹|頭|羽|人|個|つ|辆|只|个|列|艘|대|마리|명|척)"
)
# A time of day the scene is at, no value after it: "10pm empty to 1am packed", "at 22h": when, not data.
_TIME_OF_DAY = re.compile(
    r"(?<![\d.,:])(?:(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?|(?:[01]?\d|2[0-3])\s?h)(?![^\W\d_])(?!\s*\d)", re.I
)
# Who watches and the verb of seeing, before the scene: "I would like the children to watch [an ammonite
# sink]", "que se vea [el pistón subiendo]", "чтобы было видно, как [кабина едет]", "وريني كيف [تنعبى]".
_SEEN_LEAD = re.compile(
    r"^[^.?!:]{0,80}?(?:\b(?:watch|see)|\bque\s+se\s+vea[n]?|\bque\s+se\s+veja[m]?|\bche\s+si\s+veda(?:no)?"
    r"|(?:видно|увидеть|видеть|смотреть|посмотреть|наблюдать)\s*,?\s+как|\b(?:sehen|zusehen|zuschauen)\s*,?\s+wie"
    r"|(?:وريني|ورني|فرجيني|أرني|ارني)\s+كيف)\s+",
    re.I,
)

# A word left joining the scene to a caption taken out of it: "our logo and", "unser Wappen und".
_DANGLING = r"(?i)[\s,]+(?:and|und|et|e|y|en|ve|i|и|و|और|with|mit|avec|con|com|met|ile|col|nel)\s*$"
# "something that keeps moving …": a stand-in for the scene, named only after the motion.
_PLACEHOLDER = re.compile(
    r"(?i)\b(?:something|a\s+thing|algo|qualcosa|quelque\s+chose|un\s+truc|etwas|was|iets|coś|bir\s+şey)\b"
    r"|что-(?:то|нибудь)|شي|شيء|もの|やつ|거",
)
_LEADING = r"(?i)^[\s,:;]*(?:with|com|con|col|coi|mit|avec|met|ile|с|со|和)\b\s*"
# A caption written in quotes (single ones too: "our logo and 'fresh bagels from 7am'"), or a clock time.
_CAPTION = re.compile(
    r"[\"“„«「『][^\"“”„«»「」『』]{1,120}[\"”»」』]|(?<![\w'])'[^'\n]{2,120}'(?![\w'])|\b\d{1,2}[:.]\d{2}\b"
)


def clip_scene(question: str, subject: str, lang: str) -> Any:
    """A clip scene for the words left once the animation cues are gone (`subject`), or None when
    the question is not about a scene: numbers in it, data or counts asked for, an explanation,
    another kind named ("bar chart race"), or nothing left to draw."""
    from render.animation import Scene

    # a caption to show under the scene ("Pazar 08:00 Caddebostan"), clock times and the clip's own
    # length ("una intro de 3 segundos") are words, not data
    seconds = _length(question)
    bare = _TIME_OF_DAY.sub(
        " ", _SCENE_COUNT.sub(" ", _SPAN.sub(" ", _DURATION.sub(" ", _CAPTION.sub(" ", question))))
    )
    told = _IMAGINED.sub(" ", question)  # "how the room would change": a scene imagined, not explained
    moving = _SHOWN_MOVING.search(question) is not None
    if moving:  # "laat zien hoe een sluis werkt, bewegend": how it looks moving
        told = _SPAN_WORDS.sub(" ", _HOW.sub(" ", told))
    if (
        re.search(r"\d", bare)
        or _NOT_A_SCENE.search(told)
        or _names_another_kind(told if moving else question)
    ):
        return None  # numbers are content to show truthfully: a chart's, a diagram's, never noise

    text = re.sub(r"\s+", " ", _DURATION.sub(" ", subject or "")).strip(" ,.;:-—，。：")
    quoted = _CAPTION.search(text)
    caption = (
        quoted.group(0).strip("\"'“”„«»「」『』 ") if quoted and not quoted.group(0)[0].isdigit() else ""
    )
    text = _CAPTION.sub(" ", text).strip(" ,.;:-—，。：")  # the caption is shown under the scene, not drawn
    parts = re.split(r"[:：]", text, maxsplit=1)
    if (
        len(parts) == 2
        and parts[1].strip()
        and (
            (len(parts[0].split()) <= 4 and len(parts[0]) <= 24)
            or LOOPING.search(parts[0])
            or re.search(rf"\b{_CLIP_WORD}\b", parts[0], re.I)  # "a 3-second intro for my channel: a pan …"
        )
    ):  # "for the screen in the club, something that runs on a loop: our crest …" → "our crest …"
        text = parts[1].strip()  # "great, now animate it: the moon …" → "the moon …"
    elif (
        (loops := list(LOOPING.finditer(text)))
        and _PLACEHOLDER.search(text[max(0, loops[-1].start() - 40) : loops[-1].start()])
        and len(text[loops[-1].end() :].split()) >= 2
    ):
        text = re.sub(_LEADING, "", text[loops[-1].end() :])  # "… something that keeps moving with our logo"
    # "for the promo screen can the dance floor fill up …": where it goes and the ask, before the scene
    text = re.sub(
        r"^(?:for|pour|para|per|für|voor)\s+(?:the|my|our|a|an|la|le|el|mi|il|den|die|das|unser\w*)\s+[^,.:;]{1,30}?[\s,]+"
        r"(?=(?:can|could|would)\s)",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"^(?:can|could|would)\s+(?=(?:the|my|our|a|an|this|that|these|those)\s)", "", text, flags=re.I
    )
    text = re.sub(
        r"^(?:please\s+)?(?:make|create|draw|generate|do|give|show)\s+(?:me\s+|us\s+)?", "", text, flags=re.I
    )
    text = _SO_THEY_SEE.sub("", text)  # "so my mum can see how the room would change, …": who it is for
    text = _SHOW_ASKED.sub(
        "", _SCREEN_LEAD.sub("", text)
    )  # "店のモニター用に、…ところを見せたいです", "… दिखाओ"
    if moving:  # "montre comment une abeille fait sa danse" → "une abeille fait sa danse"
        text = _SHOW_HOW.sub("", text)
        told_at = re.search(
            r"[:：]\s*", text
        )  # "…противовес: чтобы было видно, как …": the lead after the colon
        before, text = (text[: told_at.end()], text[told_at.end() :]) if told_at else ("", text)
        lead = _SEEN_LEAD.match(text)
        rest = text[lead.end() :] if lead else ""
        words = rest.split()
        head = re.split(r"[,，、]", text[: lead.start() + len(lead.group(0))])[0] if lead else ""
        if len(words) >= 2 and not _PRONOUN.match(words[0]):
            text = rest  # "the schoolchildren to watch an ammonite sink …" → "an ammonite sink …"
        elif len(words) >= 2 and head and head != text[: lead.end()] and _PRONOUN.match(words[0]):
            # "kolam for the festival, I want to see it being made line by line" → "kolam being made line by line"
            text = _PURPOSE.sub("", head).strip(" ,") + " " + " ".join(words[1:])
        text = before + text
        text = _MOVING_TAIL.sub("", text)  # "den Wasserkreislauf, bewegend": the ask's, not the scene's
    sentences = re.split(r"(?<=[.!?])\s+", text)
    while len(sentences) > 1 and len(sentences[-1].split()) <= 3:
        sentences.pop()  # "… y salen ondas. Nada más, sencillo.": a remark on the ask, not the scene
    text = " ".join(sentences)
    text = _CLIP_NOUN.sub("", text)
    text = _LEFTOVER.sub("", text, count=1)  # "make an [animation] of a ball" → "a ball"
    text = _PURPOSE.sub("", _TRAILING.sub("", text)).strip(" ,.;:-—，。：")
    text = re.sub(
        r"^(?:petite?s?|kleine[ns]?|piccol[oa]|pequeñ[oa]|small|little|short)\s+(?:d[e']\s*)?", "", text
    )
    if not text or _PRONOUN.match(text) or _PRONOUN.match(text.split()[0]) or not re.search(r"\w", text):
        return None
    text = re.sub(  # "moving thing showing how a solar panel …": the ask's words, not the scene's
        r"^(?:an?\s+)?moving\s+(?:thing|picture|scene|image|drawing)s?\s+(?:showing|that\s+shows|of|with)\s+(?:how\s+)?",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(_DANGLING, "", text).strip(" ,.;:-—，。：")  # "our logo and [caption]" → "our logo"
    text = re.sub(  # "…, like a [timelapse], 10pm empty": a likeness whose cue went, not the scene's
        r"[\s,]+(?:like|as|in|wie|als|comme|como|come)\s*(?:an?|un[ae]?|ein[e]?)?(?=\s*,|$)",
        "",
        text,
        flags=re.I,
    )
    if caption and re.match(_LEADING, text):
        text = f"{caption} {text}"  # "'pão de queijo saindo agora' com fumacinha": the quote is the scene too
    if not text or find_numbers(
        _TIME_OF_DAY.sub(" ", _SCENE_COUNT.sub(" ", _SPAN.sub(" ", text)))
    ):  # spelled-out quantities ("ten to one")
        return None
    image = image_from_question(text)
    if image is None or _PRONOUN.match((image.prompt.split() or [""])[0]):
        return None  # "show it growing": "it" is something shown before, not a scene to invent
    words = short(image.prompt, 200)
    said = lang if lang != "en" else language(question)  # `lang` is English where no templates exist
    image = image.model_copy(
        update={
            "caption": short(caption, 200) if caption else image.caption,
            "answer": msg(said, "clip_answer", subject=words),  # in the question's language, any of msg's
            "alt_text": short(msg(said, "clip_alt", subject=image.prompt), 300),
        }
    )
    timing = _timing(seconds) if seconds else {}
    return Scene(visual=image, hold_seconds=0.0, **timing)  # a generated clip loops without a pause


def _length(question: str) -> float | None:
    """The clip's length as the user gave it ("3-second intro", "intro de 3 segundos"), in seconds."""
    found = _DURATION.search(question)
    return float(found.group(1).replace(",", ".")) if found else None


def _timing(seconds: float) -> dict[str, int]:
    """Frames and frames per second that play for `seconds` (6 a second where the frames allow)."""
    for fps in (6, 4, 3, 2, 1):
        frames = round(seconds * fps)
        if 2 <= frames <= 32:
            return {"frames": frames, "fps": fps}
    return {}


def _names_another_kind(text: str) -> bool:
    """A chart, diagram, deck… named in the words ("an animated bar chart"): data or structure the
    user still has to give, not a scene to generate."""
    from generators.rules.scoring import route_cues
    from generators.rules.signals import deck_as_destination

    cues = route_cues()
    text = deck_as_destination(text)  # "for the start of our leavers' slideshow": where the clip goes
    for kind in _STRUCTURE_KINDS:
        found = best_cue(text, cues.get(kind, []))
        if found is not None and found[0] >= 3:
            return True
    return False
