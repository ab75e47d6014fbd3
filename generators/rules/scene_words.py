"""Words that describe how a picture looks, for the rules planner's image routing.

People type image prompts the way they would into a picture generator: a few noun phrases and the
look they want, no verb and no form named ("esports arena crowd, neon", "vineyard at sunrise, mist",
"cabaña en la nieve, acogedora"). What makes such a message a picture is its descriptors: the light
and the time of day, the weather, the mood, the texture, an art style or a camera word. A short data
or topic request ("sales by region pie", "onboarding steps pls") has none of them, and anything
that reads as a sentence, a question, numbers or a list after a colon is never read as a scene.

`terse_scene` says whether a whole message is such a prompt; `STYLE_NAMED` is an art style asked for
by a studio's or an artist's name ("ジブリっぽく", "Ghibli-style", "like a Pixar film").
"""

from __future__ import annotations

import re

# fmt: off
# The light, the time of day, the weather, the mood and the texture of a scene, in the planner's
# languages. Bare words that are as often data or a thing ("rain", "snow", "gold", "night") count
# only with the word that makes them a look ("in the rain", "snowy", "dusty gold", "at night").
_LATIN_DESCRIPTORS = (
    # en
    r"sunrise|sunset|dawn|dusk|twilight|nightfall|midnight|at\s+night|by\s+night|night\s+sky|moonlight|moonlit|starlit"
    r"|starry|starlight|golden\s+hour|blue\s+hour|neon|neon-lit|candlelit|candlelight|torchlight|torchlit"
    r"|backlit|sunlit|sunbeams|glowing|mist|misty|fog|foggy|hazy|rainy|in\s+the\s+rain|drizzle|snowy|snow-covered"
    r"|in\s+(?:the\s+)?snow|stormy|thunderstorm|overcast|frosty|cozy|cosy|moody|dreamy|eerie|spooky|serene|whimsical"
    r"|ethereal|gloomy|atmospheric|mystical|surreal|nostalgic|dusty|rusty|weathered|gilded|velvet|sepia"
    r"|monochrome|black\s+and\s+white|cyberpunk|steampunk|synthwave|vaporwave|film\s+noir|art\s+deco|wide\s+angle"
    r"|low\s+angle|close-up|bokeh"
    # colour named as a mood: "warm colors", "pastel colours"
    r"|(?:warm|soft|pastel|bright|muted|earthy)\s+(?:colou?rs|tones)"
    # the light named as a look: "warm light", "soft lighting", "luz cálida", "warmes Licht", "暖光"
    r"|(?:warm|soft|dim|moody|natural|cinematic|dramatic)\s+(?:light|lighting)|luz\s+(?:cálida|suave|quente)"
    r"|lumière\s+(?:chaude|douce|tamisée)|warme[sn]?\s+licht|weiche[sn]?\s+licht|luce\s+(?:calda|soffusa)"
    r"|warm\s+licht|тёпл\w*\s+свет\w*|тепл\w*\s+свет\w*|warme\s+farben|couleurs\s+(?:chaudes|pastel)"
    r"|colores\s+(?:cálidos|pastel)|colori\s+(?:caldi|pastello)|cores\s+(?:quentes|pastel)|warme\s+kleuren"
    # de
    r"|sonnenaufgang|sonnenuntergang|morgengrauen|abenddämmerung|dämmerung|bei\s+nacht|nachts|mondlicht|mondschein"
    r"|nebel|neblig|nebelig|im\s+regen|regnerisch|verschneit|im\s+schnee|gewitter|stürmisch|kerzenschein"
    r"|gemütlich|verträumt|düster|staubig|verstaubt|rostig"
    # fr
    r"|lever\s+du\s+soleil|coucher\s+du\s+soleil|aube|crépuscule|de\s+nuit|la\s+nuit|clair\s+de\s+lune|brume|brumeux"
    r"|brouillard|sous\s+la\s+pluie|pluvieux|enneigée?s?|sous\s+la\s+neige|orageux|à\s+la\s+bougie"
    r"|douillet(?:te)?|onirique|poussiéreux|poussiéreuse|rouillée?"
    # es, pt, it
    r"|amanecer|atardecer|puesta\s+de\s+sol|anochecer|de\s+noche|luz\s+de\s+luna|niebla|neblina|bruma|bajo\s+la\s+lluvia"
    r"|lluvioso|nevad[oa]|bajo\s+la\s+nieve|tormentoso|a\s+la\s+luz\s+de\s+las\s+velas|acogedor[a]?|onírico|polvorient[oa]"
    r"|oxidad[oa]|nascer\s+do\s+sol|pôr\s+do\s+sol|entardecer|à\s+noite|luar|névoa|nevoeiro|debaixo\s+de\s+chuva"
    r"|chuvos[oa]|à\s+luz\s+de\s+velas|aconchegante|empoeirad[oa]|enferrujad[oa]|tramonto|crepuscolo|di\s+notte"
    r"|chiaro\s+di\s+luna|nebbia|nebbios[oa]|foschia|sotto\s+la\s+pioggia|piovos[oa]|innevat[oa]|sotto\s+la\s+neve"
    r"|a\s+lume\s+di\s+candela|accogliente|polveros[oa]|arrugginit[oa]"
    # nl, pl, tr
    r"|zonsopgang|zonsondergang|dageraad|schemering|bij\s+nacht|maanlicht|mistig|nevel|in\s+de\s+regen|regenachtig"
    r"|besneeuwd|in\s+de\s+sneeuw|kaarslicht|knus|dromerig|stoffig|roestig|wschód\s+słońca"
    r"|zachód\s+słońca|o\s+świcie|o\s+zmierzchu|nocą|w\s+nocy|światło\s+księżyca|mgła|we\s+mgle|mglist\w+|w\s+deszczu"
    r"|deszczow\w+|zaśnieżon\w+|w\s+śniegu|przytuln\w+|zakurzon\w+|gün\s+doğumu|gün\s+batımı"
    r"|gün\s+batımında|şafak|alacakaranlık|gece\s+vakti|ay\s+ışığı|sisli|yağmurlu|yağmur\s+altında|karlı|fırtınalı"
    r"|mum\s+ışığı|sıcacık|tozlu|paslı"
)
_OTHER_DESCRIPTORS = (
    # ru, hi, ar (no \b: the scripts' word edges are marked by the lookarounds of the pattern below)
    r"рассвет\w*|закат\w*|сумерк\w*|ночью|ночн\w+|лунн\w+\s+свет\w*|туман\w*|дожд\w+|заснежен\w+|в\s+снегу|гроз\w+"
    r"|неон\w*|при\s+свечах|уютн\w+|сказочн\w+|пыльн\w+|ржав\w+"
    r"|सूर्योदय|सूर्यास्त|भोर|अंधेरे|अँधेरे|अंधेरी|अँधेरी|रात\s+में|चाँदनी|चांदनी|कोहरा|धुंध|बारिश\s+में|बर्फ़ीले|बर्फीले|नियॉन|नीऑन|सुनहरी\s+रोशनी"
    r"|شروق|غروب|الفجر|الشفق|ليلا|ليلاً|في\s+الليل|ضوء\s+القمر|ضباب\S*|تحت\s+المطر|ممطر\S*|مثلج\S*|عاصف\S*|نيون|على\s+ضوء\s+الشموع"
    r"|دافئ\S*|مغبر\S*"
    # zh, ja, ko: only words that are no everyday noun on their own
    r"|日出时|日落时|黄昏|清晨的|夜晚的|夜景|月光下|雾气|薄雾|雨夜|雪景|霓虹|烛光|温馨的|梦幻的"
    r"|朝焼け|夕焼け|夕暮れ|夜明け|月明かり|霧の|霧が|雨の夜|雪の夜|ネオン|ろうそくの灯|幻想的|ノスタルジック"
    r"|エモい|エモく|エモな|雨に濡れ|濡れた|雾里的|雾中的|雨中的|감성적인|비에\s*젖은"
    r"|일출|일몰|노을|새벽녘|밤하늘|달빛|안개|빗속|눈\s*내리는|네온|촛불\s*아래|아늑한|몽환적"
)
# fmt: on
DESCRIPTOR = re.compile(rf"(?<![^\W\d_])(?:{_LATIN_DESCRIPTORS})(?![^\W\d_])|(?:{_OTHER_DESCRIPTORS})", re.I)

# An art style asked by the name of a studio, an artist or a toy ("ジブリっぽく", "Ghibli-style", "like a
# Pixar film", "im Stil von Van Gogh" is the style cue itself): the look of a picture, weight 3.
_NAMES = r"(?:studio\s+)?ghibli|pixar|disney|dreamworks|van\s+gogh|monet|wes\s+anderson|tim\s+burton|miyazaki|makoto\s+shinkai"
STYLE_NAMED = (
    rf"re:\b(?:{_NAMES})[\s-]*(?:style[d]?|like|esque|inspired|vibes?|look|aesthetic|feel|stil|estilo|stile|styl\w*|tarzı\w*|стил\w*)\b"
    rf"|\b(?:like|as\s+in)\s+(?:an?\s+)?(?:{_NAMES})\s+(?:film|movie|scene|painting|picture)\b"
    rf"|\b(?:style|estilo|stile|stil|façon|à\s+la|alla|in\s+de\s+stijl\s+van|w\s+stylu|в\s+стиле)\s+(?:de\s+|di\s+|von\s+)?(?:{_NAMES})\b"
    r"|(?:ジブリ|ピクサー|ディズニー|ゴッホ|モネ|新海誠|宮崎駿)(?:っぽ|風|みたい|調|タッチ|の世界観)"
    r"|(?:지브리|픽사|디즈니|고흐|모네|신카이\s*마코토)\s*(?:풍|스타일|느낌|같은|처럼)"
    r"|(?:吉卜力|宫崎骏|皮克斯|迪士尼|梵高|莫奈|新海诚)(?:风格|风|画风|那样|一样)"
    r"|(?:घिबली|पिक्सार|डिज़्नी|डिज्नी)\s*(?:स्टाइल|जैसा|जैसी|शैली)|(?:بأسلوب|على\s+طريقة|ستايل)\s+(?:جيبلي|بيكسار|ديزني)"
)

# Words of data, lists and plans (a chart's, an infographic's, a tool's): never a scene's.
_DATA = re.compile(
    r"(?<![^\W\d_])(?:sales|revenue|profits?|costs?|prices?|budget|numbers|data|stats|statistics|average|total|percent"
    r"|share|rates?|count|per|vs|versus|schedule|rota|roster|timetable|agenda|plan|list|checklist|steps|tips|rules|guide"
    r"|process|report|summary|quiz|timeline|menu|forecast|temperatures?|rainfall|levels|chart|graph|table|map|app|tool"
    r"|calculator|tracker|timer|days|hours|weeks|months|years|attendance|results|scores|pros|cons|options|ideas|facts"
    r"|itinerary|packing|activities|recipes?|ingredients|instructions|workflow|notes|survey|poll|comparison|compare"
    r"|roadmap|overview|lessons?|syllabus|invoices?|meeting|questions|faq|glossary|cheat\s*sheet|safety|checks?"
    r"|ventas|precios?|costes|presupuesto|datos|lista|pasos|horario|resumen|ventes|prix|coûts|données|liste|étapes"
    r"|horaire|umsatz|preise|kosten|daten|schritte|vendite|prezzi|costi|dati|elenco|passi|orario|vendas|preços|custos"
    r"|dados|passos|horário|omzet|prijzen|gegevens|lijst|stappen|rooster|sprzedaż|ceny|koszty|dane|kroki|harmonogram"
    r"|продажи|цены|расходы|данные|список|шаги|план|расписание|satış\w*|fiyat\w*|maliyet\w*|veri|adım\w*|program)(?![^\W\d_])"
    r"|बिक्री|कीमत|लागत|डेटा|सूची|चरण|योजना|مبيعات|أسعار|تكلفة|بيانات|قائمة|خطوات|خطة|جدول"
    r"|销售|价格|成本|数据|清单|步骤|计划|日程|売上|価格|コスト|データ|リスト|手順|計画|予定|매출|가격|비용|데이터|목록|단계|계획|일정",
    re.I,
)
# A sentence rather than a prompt: a pronoun, an auxiliary, a question word or a request verb.
SENTENCE = re.compile(
    r"(?<![^\W\d_])(?:i|i'm|we|you|my|our|your|me|us|is|are|was|were|do|does|did|can|could|would|should|will|how|what"
    r"|why|when|who|which|need|want|make|create|give|write|show|tell|help|explain|have|has|had|this|that|these|those"
    r"|ich|wir|du|mein|unser|ist|sind|wie|was|warum|je|nous|tu|mon|notre|est|sont|comment|pourquoi|yo|mi|nuestr[oa]|es"
    r"|son|cómo|qué|por\s+qué|eu|meu|minha|nosso|é|são|como|io|il\s+mio|è|sono|perché|ik|wij|mijn|onze|hoe|waarom"
    r"|ja|mój|nasz|jest|jak|dlaczego|я|мы|мой|наш|как|почему|что|ben|biz|benim|nasıl|neden)(?![^\W\d_])"
    r"|मैं|हम|मेरा|हमारा|क्या|कैसे|क्यों|أنا|نحن|كيف|لماذا|ماذا|我|我们|怎么|为什么|什么|私|僕|どう|なぜ|何|나는|우리|어떻게|왜|뭐",
    re.I,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def terse_scene(text: str) -> str | None:
    """The descriptor that makes a whole short message a picture's prompt ("esports arena crowd, neon" →
    'neon'), or None: the message must be a few noun phrases (parted by commas, or one phrase of up to
    eight words), hold a descriptor, and have no number, question, colon, newline, data word or word
    that makes it a sentence. Three or more one-word parts are a list ("helium, neon, argon"), not a scene."""
    t = re.sub(r"[\s.!…。！]+$", "", (text or "").strip())
    if not t or re.search(r"[\d\n:：?？¿؟]", t) or _DATA.search(t) or SENTENCE.search(t):
        return None
    found = DESCRIPTOR.search(t)
    if found is None:
        return None
    parts = [p.strip() for p in re.split(r"[,，、;；]", t) if p.strip()]
    if _CJK.search(t):
        return found.group(0) if len(parts) >= 2 and len(t) <= 40 else None
    sizes = [len(p.split()) for p in parts]
    if len(parts) >= 2 and max(sizes) == 1:
        return None  # "helium, neon, argon": a list of names
    if len(parts) == 1 and found.start() == 0:
        return None  # "rainy day activities", "storm damage claims": the look word leads a topic; a scene puts it after

    if sum(sizes) > 14 or max(sizes) > 8 or sum(sizes) < 2:
        return None
    return found.group(0)


NO_NUMBERS = re.compile(
    r"\b(?:nothing\s+with|no|without(?:\s+any)?)\s+(?:numbers|figures|data|stats)(?:\s+on\s+it)?\b|\bsin\s+(?:números|cifras|datos)\b"
    r"|\bsans\s+(?:chiffres|données)\b|\bohne\s+(?:zahlen|daten)\b|\bsenza\s+(?:numeri|dati)\b|\bsem\s+(?:números|dados)\b",
    re.I,
)


def scene_told(text: str, at: int) -> str | None:
    """The descriptor of the scene told after a picture's noun at `at` ("pic for the website: the tomb
    room, dusty gold, torches", "a photo of our vans on a wet, rainy street"), or None where the words
    there hold a number or a data word ("a picture of sales on rainy days") or no descriptor. Over an
    attached table this tells a picture asked from the rows' look apart from the rows' figures."""
    rest = (text or "")[at:]
    colon = re.search(r"[:：—–]", rest)
    if colon:
        rest = rest[colon.end() :]
    refused = NO_NUMBERS.search(rest)
    rest = NO_NUMBERS.sub(" ", rest)  # "…, warm colors, nothing with numbers": figures refused, not asked
    if re.search(r"\d", rest) or _DATA.search(rest):
        return None
    # the look said just before the noun, in its clause: "a neon-lit picture of a karaoke room"
    before = re.split(r"[,.;:!?，。：；]", (text or "")[max(0, at - 40) : at])[-1]
    found = DESCRIPTOR.search(rest) or DESCRIPTOR.search(before)
    if found is None and refused is not None:
        return refused.group(0)  # "a picture of friends singing, no numbers on it": the rows' figures refused
    return found.group(0) if found else None


# A poster, flyer or cover asked without any text on it is a picture ("poster for the shop window, a big
# waffle cone dripping in the sun, retro 60s style, no text"); read before refusals are blanked, as "no text"
# is one
NO_TEXT_ON_IT = re.compile(
    r"\b(?:poster|flyer|cover|banner|card|affiche|cartel|plakat|cartaz|manifesto|афиш\w*|плакат\w*)\b.{0,160}?"
    r"(?:\b(?:no|without)\s+(?:any\s+)?(?:text|words|writing|lettering)\b|\bsans\s+texte\b|\bsin\s+texto\b"
    r"|\bohne\s+text\b|\bsenza\s+testo\b|\bsem\s+texto\b|без\s+текста)"
    r"(?=\s*(?:on\s+it\s*|darauf\s*|dessus\s*)?(?:[,.;!)]|$|pl(?:ease|s|z)\b|bitte\b))",  # not "no text longer than…"
    re.I | re.S,
)
