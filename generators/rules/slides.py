"""The slides kind of the rules planner: a deck from markdown (given, pasted or the answer referred
back to), from an attached table, or from numbers in the question."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from generators.markdown import list_slides, markdown_to_slides
from generators.rules.bare_list import drop_counts, slide_count
from generators.rules.content import LIST_ITEM, Content, supplied, topic_of
from generators.rules.deck_points import dictated_points, terse_points
from generators.rules.extract import extract_data
from generators.rules.inline import chart_from_data
from generators.rules.numbers import find_numbers, fmt_number, with_unit
from generators.rules.qdata import QuestionData
from generators.rules.request import RulesInput
from generators.rules.spoken import said
from generators.rules.table import chart_from_table
from generators.rules.templates import axis_word, template
from generators.rules.words import cap, humanize, lang_of, language, msg, research_fallback, short, text_plan
from render.columns import profile
from render.markdown import plain
from render.plan import ChartPlan, Slide, SlidesPlan

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import Plan

# fmt: off
# A screen behind the speaker, or something shown on a screen while one speaks ("something on the screen
# behind me while i speak", "auf der Leinwand hinter mir, während ich rede", "sur l'écran derrière moi",
# "在我身后的屏幕上", "뒤에 있는 화면에", "मेरे पीछे स्क्रीन पर"): what a deck is for (3: a form named still wins)
_SCREEN = (  # "on the screen", said the way a speaker puts something up there
    r"(?:\b(?:on|onto|up\s+on)\s+(?:the|a|my|our)\s+(?:big\s+)?(?:screen|projector|wall)|\bauf\s+(?:der|die|dem|den)\s+(?:leinwand|bildschirm|beamer)"
    r"|\bsur\s+l['’]écran|\ben\s+la\s+pantalla|\bsullo\s+schermo|\bn[ao]\s+(?:tela|ecrã)|\bop\s+het\s+(?:scherm|doek)"
    r"|\bna\s+ekranie|\bekran(?:da|a)\b|\bperdede|на\s+экране|على\s+الشاشة|स्क्रीन\s+पर|屏幕上|大屏上|投影上"
    r"|(?:スクリーン|画面|モニター)に|(?:화면|스크린)에)"
)
_WHILE_SPEAKING = (
    r"(?:\b(?:behind\s+me|behind\s+us|hinter\s+mir|hinter\s+uns|derrière\s+moi|detrás\s+de\s+m[ií]|dietro\s+(?:di\s+)?me"
    r"|atrás\s+de\s+mim|achter\s+(?:me|mij)|za\s+mną|arkam\w*)|за\s+(?:моей\s+)?спиной|за\s+мной|خلفي|ورائي"
    r"|मेरे\s+पीछे|身后|背后|後ろ|뒤에|뒤\s*(?:쪽|편)"
    r"|\b(?:while|as|when)\s+(?:i|we)(?:['’]m|\s+am|\s+are)?\s+(?:talk|speak|present|talking|speaking|presenting)\w*"
    r"|\bwährend\s+ich\s+(?:rede|spreche|vortrage)|\bpendant\s+que\s+je\s+parle|\bmientras\s+hablo|\bmentre\s+parlo"
    r"|\benquanto\s+(?:eu\s+)?falo|\bterwijl\s+ik\s+(?:praat|spreek)|\b(?:kiedy|gdy)\s+mówię|\bben\s+konuşurken"
    r"|пока\s+я\s+(?:говорю|рассказываю|выступаю)|بينما\s+أتكلم|أثناء\s+كلامي|बोलते\s+(?:समय|हुए)"
    r"|我讲(?:话)?的时候|我说话的时候|話している間|話しながら|말하는\s*동안|발표하는\s*동안)"
)
_SCREEN_WHILE_SPEAKING = (
    rf"re:{_SCREEN}[^.!?\n。！？]{{0,40}}?{_WHILE_SPEAKING}|{_WHILE_SPEAKING}[^.!?\n。！？]{{0,40}}?{_SCREEN}"
)

# A slide children go down ("an inflatable slide", "down the water slide"): a thing in the scene, no deck
_PLAY_SLIDE = (
    "inflatable", "water", "playground", "giant", "twisty", "spiral", "tube", "wooden", "plastic", "metal",
    "bouncy", "pool", "snow", "park", "helter-skelter", "down a", "down the", "down an", "on the", "up the",
)  # fmt: skip
_NOT_A_PLAY_SLIDE = "".join(rf"(?<!\b{w}\s)" for w in _PLAY_SLIDE)

CUES: dict[str, list[tuple[str, int]]] = {
    "screen": [(_SCREEN_WHILE_SPEAKING, 3)],
    # a meeting or evening named as where it is shown: weight 1, so numbers for it stay a chart (2) and
    # a list for it becomes slides; a speaking verb ("take people through", "tengo que exponer") is 2–3
    "en": [("storyboard", 4), ("story board", 4), ("shot list", 3), (r"re:\bhelp\s+(?:me|us)\s+present\b", 4),
           ("teaching session", 3), ("training session", 3), (r"re:\blectures?\b(?!\s+notes)", 3), ("webinar", 3),
           ("lunch and learn", 3), ("onboarding session", 3), ("re:\\bgive (?:a|the) talk\\b", 3),
           ("slides", 4), ("re:" + _NOT_A_PLAY_SLIDE + r"\bslide\b", 4), (r"re:\bgoogle\s*slides\b|\bgslides\b", 4), ("slide deck", 4), ("deck", 3), ("presentation", 4), ("powerpoint", 4),
           ("ppt", 4), ("pptx", 4), ("keynote", 3), ("slideshow", 4), ("pitch deck", 4), ("present this", 3),
           ("talk outline", 2), ("briefing", 2),
           # shorthand for a deck: "board pres", "prez for monday", "pitch to bank", "toolbox talk", "thesis defense"
           (r"re:\b(?:pres|prez|preso)\b(?!\s+(?:said|says|is|was|has|had|of|and|&|elect|election|candidate)\b)(?!\.\s*[A-Z])", 3),
           (r"re:\bpitch(?:ing)?\s+to\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:bank|investors?|board|council|clients?|vcs?"
            r"|funders?|lenders?|panel|committee|management|customers?|buyers?|landlord|trustees|sponsors?)\b", 3),
           (r"re:\b(?:toolbox|safety|team|grand\s+rounds|conference|school|lightning|ted|tech|short|\d+[- ]?min(?:ute)?)\s+talk\b", 3),
           (r"re:\b(?:a|my|our|the|his|her)\s+talk\s+(?:on|about|for|at)\b", 3),
           (r"re:\b(?:thesis|dissertation|phd|viva|proposal|capstone|project)\s+defen[cs]e\b", 3),
           (r"re:\bfor\s+the\s+(?:big\s+)?(?:screen|projector)\b(?!\s*saver)", 2),
           (r"re:\b(?:to |will |i'll |we'll )?present(?:ing)? (?:our|my|the|this|these|it|them)\b", 2), (r"re:\b\d{1,2}\s*(?:-\s*)?(?:slides?|pages? deck)\b", 5),
           (r"re:\b(?:put up|show|project)\s+(?:it\s+)?on\s+(?:the|a)\s+(?:screen|projector|big screen|wall)", 3), ("click through", 3), (r"re:\bwalk\s+(?:them|the\s+\w+|everyone|us)\s+through\b", 2),
           (r"re:\b(?:take|talk|walk)\s+(?:people|them|everyone|the\s+\w+|parents|staff|the\s+team)\s+through\b", 2),
           (r"re:\bfor\s+(?:my|our|the|a|tomorrow's|next week's)\s+(?:\w+\s+){0,2}?(?:meeting|agm|assembly|parents'? evening|information evening|open evening|briefing|induction|staff training|inset)\b", 1),
           (r"re:\b(?:meeting|meet)\s+(?:the|my|our)\s+\w+\s+to\s+go\s+through\b", 2), ("agm", 1),
           (r"re:\bi\s+(?:have|need|'ll have)\s+to\s+(?:present|talk|speak|explain)\s+(?:to|about|at|on)\b", 2),
           # shown while the speaker talks: "something on the board as I talk", "on the projector as we go"
           (r"re:\bon\s+the\s+(?:board|screen|projector|wall)\b.{0,30}?\bas\s+(?:i|we)\s+(?:talk|speak|present|go)\b", 3),
           # the same in other languages: something to put on the projector or the class board while one
           # talks ("algo que pueda ir pasando en el proyector mientras hablo", "iets wat ik op het digibord kan
           # laten meelopen", "coś do wyświetlenia z rzutnika", "projeksiyonda üstünden geçeceğim bir şey",
           # "то, что будет на экране у меня за спиной"); a projector to fix or buy names no deck
           (r"re:(?:\b(?:algo|iets|coś|cos|bir\s+şey|something|quelque\s+chose|etwas|qualcosa|alguma\s+coisa)\b|что-то|то,\s+что)"
            r".{0,60}?(?:\bproye[ck]tor\w*|\bprojecteur\b|\bbeamer\b|\bproiettore\b|\bprojetor\b|\bdigibord\b|\brzutni\w*"
            r"|\bprojeksiyon\w*|проектор\w*|на\s+экране\s+(?:у\s+меня\s+)?за\s+спиной|投影|プロジェクター|프로젝터|빔\s*프로젝터"
            r"|بروجكتور|جهاز\s+العرض|प्रोजेक्टर)"
            r"|(?:\bproye[ck]tor\w*|\bprojecteur\b|\bbeamer\b|\bproiettore\b|\bprojetor\b|\bdigibord\b|\brzutni\w*"
            r"|\bprojeksiyon\w*|проектор\w*)\S*\s+(?:\S+\s+){0,3}?(?:mientras\s+hablo|terwijl\s+ik|pendant\s+que\s+je"
            r"|während\s+ich|mentre\s+parlo|enquanto\s+falo|üstünden\s+geçece\w*|пока\s+я\s+(?:говорю|рассказываю)|żebym\s+mówił\w*)", 4)],
    "zh": [("分镜", 4), ("故事板", 4),
           ("能翻页", 4), ("翻页", 3), ("讲座", 3), ("讲课", 3), ("培训材料", 3), ("ppt", 4),
           ("幻灯片", 4), ("演示文稿", 4), ("演示", 3), ("简报", 3), ("汇报材料", 3), ("课件", 3), ("胶片", 3), ("汇报", 3),
           (r"re:\d+\s*页(?:的)?(?:PPT|幻灯片|ppt)", 5)],
    "es": [("storyboard", 4), ("guion gráfico", 4), ("guión gráfico", 4),
           ("charla", 3), ("ponencia", 3),
           ("diapositivas", 4), ("diapositiva", 4), ("diapos", 4), ("presentación", 4), ("láminas", 3),
           (r"re:\bpara la reuni[óo]n\b", 1), (r"re:\b(?:tengo|tenemos) que (?:exponer|presentar|explicar)\b", 3),
           (r"re:\bexponer\b", 2), (r"re:\bay[úu]d(?:a|ame|enme| adme)\s+a\s+presentar\b", 4)],
    "fr": [(r"re:\bun\s+support\s+(?:de\s+présentation\s+)?pour\s+(?:le|la|l['’]|notre|nos|ma|mon)\s*(?:kick-?off|réunion"
            r"|présentation|lancement|séminaire|comité|conférence|atelier|soutenance|cours|point)\b", 4), ("storyboard", 4), ("story-board", 4), ("scénarimage", 4),
           ("diapositives", 4), ("diapos", 4), ("présentation", 4), ("diaporama", 4), ("exposé", 3),
           (r"re:\banimer une (?:formation|réunion|séance|session|atelier)\b", 3), (r"re:\bpour la réunion\b", 1),
           (r"re:\b(?:je dois|il faut que je) (?:présenter|expliquer|animer)\b", 3), ("soirée d'information", 1),
           (r"re:\bprésenter\s+(?:mon|ma|mes|notre|nos)\b", 2), (r"re:\baide[sz]?[- ](?:moi|nous)\s+à\s+présenter\b", 4)],
    "de": [("storyboard", 4),
           ("durchklicken", 4), ("folie", 3), ("schulungsfolien", 4), ("schulung", 2), ("referat", 3),
           ("folien", 4), ("präsentation", 4), ("foliensatz", 4), ("vortrag", 3), ("präsi", 3),
           ("elternabend", 1), (r"re:\bfür (?:die|unsere|meine) (?:besprechung|sitzung|teamsitzung)\b", 1),
           (r"re:\b(?:ich muss|wir müssen) (?:\w+ ){0,3}(?:vorstellen|präsentieren|vortragen)\b", 3),
           (r"re:\bhilf\s+(?:mir|uns),?\s+(?:\w+\s+){0,5}?zu\s+präsentieren\b", 4)],
    "pt": [("storyboard", 4),
           ("apresentação", 4), ("diapositivos", 4), ("slides", 4),
           (r"re:\b(?:preciso|tenho que|vou|vamos|temos que)\s+apresentar\b", 3), (r"re:\b(?:me\s+)?ajud[ae]\s+a\s+apresentar\b", 4),
           (r"re:\bpara a reunião\b", 1), ("reunião de pais", 1)],
    "it": [("storyboard", 4),
           ("presentazione", 4), ("diapositive", 4), ("re:" + _NOT_A_PLAY_SLIDE + r"\bslide\b", 4),
           ("proiettare", 4), ("presentare", 3),
           (r"re:\bper la riunione\b", 1), (r"re:\b(?:devo|dobbiamo) (?:esporre|presentare|spiegare)\b", 3),
           ("relazione orale", 3), (r"re:\baiuta(?:mi|ci)\s+a\s+presentare\b", 4)],
    "ru": [("раскадровк", 4),
           ("слайд", 4), ("презентаци", 4),
           ("родительского собрания", 1), ("родительское собрание", 1), (r"re:\bна собрании\b", 1),
           (r"re:\b(?:мне нужно|надо|нужно) выступить\b", 3), ("доклад", 3), ("выступлени", 2)],
    "ja": [("絵コンテ", 4), ("ストーリーボード", 4),
           ("勉強会", 3), ("研修資料", 3), ("講義", 3), ("パワポ", 4),
           (r"re:スライド(?!式|ドア|レール|スイッチ|丸鋸)", 4), ("プレゼン", 4), ("発表資料", 4), (r"re:(?<!\d)(?:[2-9]|\d{2})\s*枚(?!の(?:図|グラフ|絵|画像|写真|イラスト|紙|ポスター))", 3),
           ("ゼミ発表", 4), ("発表用", 3), ("説明会", 1), ("会議で", 1), (r"re:会議用の?(?:資料|スライド|プレゼン)", 3), ("会議用", 1)],
    "ko": [("스토리보드", 4), ("콘티", 3), ("피치 덱", 4), ("피치덱", 4), (r"re:덱\s*(?:을|를)?\s*만들", 4),
           ("발표", 3), ("강의", 3), ("교육 자료", 3), ("피피티", 4),
           (r"re:슬라이드(?!\s*(?:신|샌들|슬리퍼|운동화|도어|문))", 4), ("발표자료", 4), ("발표 자료", 4), ("프레젠테이션", 4), (r"re:발표\S*\s*\d+\s*장", 5),
           (r"re:회의용\s*(?:자료|발표|슬라이드|ppt|PPT)", 3), ("회의용", 1), ("회의에서", 1), ("설명회", 1)],
    "ar": [("محاضرة", 3), ("باوربوينت", 4),
           ("شرائح", 4), (r"re:(?<!رقم )(?<!رقم ال)(?:ال)?شريحة(?!\s*(?:sim|اتصال|الاتصال|الهاتف|جوال))", 4), ("عرض تقديمي", 4),
           (r"re:(?<!\w)عرض ل", 3), ("لاجتماع", 1), ("للاجتماع", 1), ("في الاجتماع", 1)],
    "hi": [("पीपीटी", 4), ("व्याख्यान", 3),
           ("स्लाइड", 4), ("प्रेजेंटेशन", 4), ("प्रस्तुति", 4),
           ("बैठक में", 1), ("मीटिंग में", 1), ("अभिभावक बैठक", 1)],
    "nl": [("storyboard", 4),
           ("presentatie", 4), (r"re:(?<!\bdoos )(?<!\boude )(?<!\bmijn )(?<!\bopa's )\bdia's\b(?!\s+(?:van\s+(?:mijn|onze|opa|oma|vroeger)|uit\s+de\s+jaren|digitali|scannen|inscannen))", 4), ("diavoorstelling", 4), ("presenteren", 3),
           ("informatieavond", 1), (r"re:\b(?:ik moet|we moeten) (?:\w+ ){0,4}(?:vertellen|presenteren|uitleggen)\b", 3),
           ("spreekbeurt", 3), (r"re:\bvoor de vergadering\b", 1)],
    "tr": [("storyboard", 4),
           ("ders anlatımı", 3),
           ("sunum*", 4), ("slayt*", 4),
           ("veli toplantısı", 1), ("toplantı için", 1), ("toplantıda", 1), ("bilgilendirme akşam*", 1),
           (r"re:\banlatmam\s+gerekiyor\b", 2), (r"re:\bkonuşmak\s+için\b.{0,60}?\bgörüşeceğim\b", 2)],
    "pl": [("wykład", 3), ("szkolenie", 2),
           ("prezentacj*", 4), ("slajd*", 4), ("zaprezentować", 3), ("prezk*", 3)],
    "vi": [("bài giảng", 3), ("re:" + _NOT_A_PLAY_SLIDE + r"\bslide\b", 4),
           ("bài thuyết trình", 4), ("thuyết trình", 4), ("trình chiếu", 4)],
    "id": [("presentasi", 4), ("salindia", 4), ("bahan paparan", 4), ("paparan", 3), ("materi kuliah", 3)],
}
# fmt: on


def requested_count(question: str) -> int | None:
    """'5 slides', 'スライドを5枚', 'من 3 شرائح', 'из пяти слайдов': slides asked for (bare_list.slide_count)."""
    return slide_count(question, language(question))


def flat_list(md: str) -> bool:
    """Markdown that is one list and nothing else (a title line aside): items typed, not an answer pasted."""
    lines = [ln for ln in md.splitlines() if ln.strip() and not ln.startswith("# ")]
    return len(lines) >= 2 and all(not ln[0].isspace() and LIST_ITEM.match(ln) for ln in lines)


def build(req: RulesInput) -> Plan:
    """A deck from what was given: markdown, a table, a comparable series of numbers, or the user's
    own list (one slide per item or section, never an invented chart); else what is missing."""
    question, table = req.question, req.table
    content = req.source()
    listed = content and req.markdown is None and requested_count(question) and flat_list(content)
    given = supplied(question) if listed else None
    if content and given is None:  # a list typed under "5 slides on …": the count asked for is kept below
        return markdown_to_slides(content, title=None, lang=req.content_lang())
    if table is not None:
        chart = chart_from_table(question, table, req.table_name)
        if isinstance(chart, str):
            return text_plan(msg(req.language, "bad_table", why=chart))
        return table_deck(question, table, req.table_name, chart)
    data = extract_data(question)
    given = given or supplied(question) or said(question)
    # "deck q3 review rev +12%, churn down to 2.1%, 3 new hires": the points typed after the deck's name
    cues = [c for cues in CUES.values() for c in cues]
    points = (terse_points(question, cues) or dictated_points(question, cues)) if given is None else None
    if data is not None and not (points is not None and len(data.values) < len(points.items)):
        return slides_from_data(question, data)  # one series, one value a point: charted
    if given is not None or points is not None:
        return content_deck(question, given or points, req.language)
    count = requested_count(question)
    topic = topic_of(drop_counts(question, keep_noun=True)) if count and count >= 2 else ""
    topic = _COURTESY_TAIL.sub("", topic)
    if (
        topic and not _NO_TOPIC.search(topic) and not _WHEN_ONLY.fullmatch(topic)
    ):  # "5 slides for the parish council on the Caritas campaign": the deck asked, to fill in
        return outline_deck(topic, count or 2, req.language)
    return research_fallback(req.language, "slides")


# What is left after the count and the form's name and is still no topic: a question asked besides ("Can you
# make 5 slides? I have no idea …", "… and what can we do about it?") or only when the deck is for ("Make 5
# slides for tomorrow", "na jutro", "pour demain matin"): the outline would be titled with it
_NO_TOPIC = re.compile(r"[?？¿؟]")
_WHEN_ONLY = re.compile(
    r"(?:(?:this|next|on|el|le|am|nächsten?|próxim[ao]|prossim[ao]|volgende|w|в|bu|gelecek)\s+)?"
    r"(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend"
    r"|ma[ñn]ana|hoy|esta noche|demain|aujourd'hui|ce soir|lundi|mardi|mercredi|jeudi|vendredi|morgen|heute"
    r"|heute abend|montag|dienstag|mittwoch|donnerstag|freitag|domani|oggi|stasera|amanh[ãa]|hoje|vandaag"
    r"|завтра|сегодня|понедельник|jutro|dzi(?:ś|siaj)|poniedziałek|yarın|bugün|غدا|غدًا|اليوم|कल|आज"
    r"|明天|今天|明日|今日|내일|오늘)"
    r"(?:\s+(?:morning|afternoon|evening|matin|soir|après-midi|früh|vormittag|mattina|pomeriggio|de manhã"
    r"|ochtend|утром|вечером|rano|sabah|por la mañana|por la tarde))?",
    re.I,
)
_COURTESY_TAIL = re.compile(
    r"[\s,]+(?:please|pls|thanks|bitte|por favor|per favore|s'il (?:te|vous) plaît|alsjeblieft|пожалуйста|proszę"
    r"|lütfen|من فضلك|कृपया)[.!]*$",
    re.I,
)


def outline_deck(topic: str, count: int, language: str) -> SlidesPlan:
    """The deck asked for with its title and number of slides and nothing written on them: the offline
    planner knows no content for a topic, and says so; the slides are there to fill in (in the
    PowerPoint export or by pasting notes), never filled with invented points."""
    pages = max(1, min(count, 40) - 1)  # the title slide is one of those asked for
    title = short(topic, 120)
    answer = msg(language, "outline", n=str(pages + 1), topic=title)
    fill = msg(language, "outline_slide")  # on every empty slide, so it never reads as a broken deck
    slides = [  # the speaker notes say so too: the exported file explains its empty slides
        Slide(layout="section", title=short(f"{topic} ({k}/{pages})", 150), subtitle=fill, notes=answer)
        for k in range(1, pages + 1)
    ]
    return SlidesPlan(
        title=title, slides=slides, title_slide=True, answer=answer, alt_text=short(answer, 400)
    )


def _item_slide(item: str, lang: str) -> Slide:
    """One item as a slide: its figure big when it holds exactly one quantity, else its words."""
    nums = [n for n in find_numbers(item) if not n.is_year]
    if len(nums) == 1:
        n = nums[0]
        sign = re.search(r"\+\s*$", item[: n.start])  # "Umsatz +6 %": the sign goes with the number
        label = re.sub(r"\s+", " ", (item[: sign.start() if sign else n.start] + " " + item[n.end :]))
        label = label.strip(" ,.:-–—")
        number = ("+" if sign else "") + n.text
        return Slide(
            layout="big_number",
            title=short(cap(item), 150),
            number=short(number, 24),
            number_label=short(label, 80),
        )
    return Slide(layout="section", title=short(cap(item), 150))


def _laid_out(
    items: list[str], title: str, lang: str, ordered: bool, dates: list[tuple[str, str]] | None
) -> Slide:
    """One slide of the user's items, its layout chosen as the markdown planner chooses a list's
    (a timeline for dated items, cards for a few short points, …), never a chart; bullets when
    the chooser would need more than one slide (the count asked for is kept)."""
    title = short(title, 150)
    texts = [short(t, 180) for t in items]
    chosen = list_slides(texts, title, lang, ordered=ordered, dates=dates, charts=False)
    if len(chosen) == 1 and chosen[0].layout != "chart":
        return chosen[0]
    return Slide(layout="bullets", title=title, bullets=texts)


def content_deck(question: str, given: Content, language: str) -> SlidesPlan:
    """The user's items as a deck: a slide per section, or per item when the count asked for allows
    it, else the items shared out over the slides asked for; dated items keep their dates. Each
    slide's layout follows its items (`_laid_out`). When fewer slides can be filled than asked
    for, the answer says so: nothing is invented."""
    lang = lang_of(question)
    t = template(lang)
    title = given.lead or t["overview"]
    count = requested_count(question)
    dated = [(cap(d), e) for d, e in given.dated] if given.dated else None
    texts = [f"{d} — {e}" for d, e in dated] if dated else [cap(it) for it in given.items]
    slides: list[Slide] = []
    versus = given.versus
    if versus is not None and not count:  # "A vs B: price 9 vs 8, …": a table, a row per item
        header, rows = versus
        slides = [Slide(layout="table", title=short(title, 150), columns=header, rows=rows)]
    elif given.sections:
        slides = [
            _laid_out([cap(i) for i in its], cap(h), lang, given.ordered, None) for h, its in given.sections
        ]
    elif count and len(texts) <= count:
        slides = [_item_slide(t, lang) for t in texts]
    else:
        pages = 1 if count == 1 else max(1, (count - 1) if count and count > 1 else math.ceil(len(texts) / 6))
        # shared out evenly over the pages asked for: 6 items on 4 slides are 2, 2, 1, 1, never 2, 2, 2
        pages = min(pages, len(texts))
        base, extra = divmod(len(texts), pages)
        start = 0
        for k in range(pages):
            size = base + (k < extra)
            name = title if pages == 1 else f"{title} ({k + 1}/{pages})"
            part = dated[start : start + size] if dated else None
            slides.append(_laid_out(texts[start : start + size], name, lang, given.ordered, part))
            start += size
    shown = [s.title for s in slides]
    answer = t["deck_answer" if len(slides) != 1 else "deck_answer_one"].format(
        n=len(slides), shown=t["sep"].join(shown)
    )
    if count and len(slides) + 1 < count:
        answer += " " + msg(language, "fewer", n=str(count), m=str(len(slides) + 1))
    return SlidesPlan(
        title=short(title, 120),
        slides=slides[:100],
        title_slide=count != 1,  # "a one-slide summary": that slide alone
        answer=answer,
        alt_text=short(t["deck_alt"].format(n=len(slides), shown="; ".join(shown)), 400),
    )


def slides_from_data(question: str, data: QuestionData) -> SlidesPlan:
    """A short deck for numbers in the question: the chart, the headline figure and computed facts."""
    chart = chart_from_data(question, data)
    lang = lang_of(question)
    vals, cats = data.values, data.categories
    imax = max(range(len(vals)), key=lambda i: vals[i])
    imin = min(range(len(vals)), key=lambda i: vals[i])
    t = template(lang)
    metric = cap(data.metric) or t["value"]
    facts = [
        t["fact_high"].format(c=cats[imax], v=with_unit(vals[imax], data.unit, lang)),
        t["fact_low"].format(c=cats[imin], v=with_unit(vals[imin], data.unit, lang)),
    ]
    if not data.percent:
        facts.append(t["fact_total"].format(v=with_unit(sum(vals), data.unit, lang)))
    facts.append(t["fact_average"].format(v=with_unit(sum(vals) / len(vals), data.unit, lang)))
    slides = [
        Slide(layout="chart", title=chart.title, chart=chart, notes=plain(chart.answer)),
        Slide(
            layout="big_number",
            title=chart.title,
            number=with_unit(vals[imax], data.unit, lang),
            number_label=t["number_label"].format(metric=metric, c=cats[imax]),
        ),
        Slide(layout="bullets", title=t["key_figures"], bullets=facts),
    ]
    axis = axis_word(lang, data.axis) or t["category"]
    deck_title = short(t["data_deck"].format(metric=metric, axis=axis), 120)
    return SlidesPlan(
        title=deck_title,
        slides=slides,
        answer=chart.answer,
        alt_text=t["deck_alt"].format(n=len(slides), shown=chart.alt_text),
    )


def table_deck(question: str, df: pd.DataFrame, table_name: str, chart: ChartPlan) -> SlidesPlan:
    """A deck over an attached table: the chart (columns, not values) and an overview of the table."""
    lang = lang_of(question)
    t = template(lang)
    cols = profile(df)
    overview = [
        t["rows_cols"].format(rows=fmt_number(len(df), lang), cols=df.shape[1]),
        t["columns_lead"] + short(", ".join(c.name for c in cols), 200),
    ]
    if chart.answer and chart.answer != f"{chart.title}.":
        overview.append(re.sub(r"\*\*", "", chart.answer))
    title = humanize(table_name) if table_name else chart.title
    return SlidesPlan(
        title=short(title, 120),
        slides=[
            Slide(layout="bullets", title=t["the_data"], bullets=overview),
            Slide(layout="chart", title=chart.title, chart=chart, notes=plain(chart.answer)),
        ],
        answer=chart.answer,
        alt_text=t["table_deck_alt"].format(alt=chart.alt_text),
    )
