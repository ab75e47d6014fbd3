"""The infographic kind of the rules planner: blocks from markdown (given, pasted or referred back
to), key numbers of an attached table, stat cards for numbers in the question, or steps."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any

from generators.markdown import markdown_to_infographic, text_to_diagram
from generators.rules.blocks import content_infographic
from generators.rules.changes import changes, changes_infographic, unmeasured
from generators.rules.content import (
    ITEM_CHARS,
    MAX_ITEMS,
    Content,
    clean_lead,
    plain_lines,
    prose_items,
    supplied,
    topic_of,
)
from generators.rules.dates import TIME_OF_DAY
from generators.rules.extract import extract_data, mixed_numbers
from generators.rules.inline import chart_from_data
from generators.rules.numbers import find_numbers, fmt_number, with_unit
from generators.rules.qdata import QuestionData
from generators.rules.request import RulesInput
from generators.rules.series_guard import not_a_series
from generators.rules.spoken import said
from generators.rules.table import chart_from_table
from generators.rules.templates import axis_word, template, tr
from generators.rules.time_run import time_run
from generators.rules.unsure import given_items
from generators.rules.words import cap, humanize, lang_of, msg, research_fallback, short, text_plan
from render.columns import to_numeric
from render.markdown import plain
from render.plan import (
    CalloutBlock,
    ChartPlan,
    DiagramPlan,
    InfographicPlan,
    Stat,
    StatsBlock,
    Step,
    StepsBlock,
)

if TYPE_CHECKING:
    import pandas as pd

    from render.plan import Plan

# A comparison laid out side by side or as a table, in the planner's languages: the options as given,
# never one series of their figures (a cover and a deductible are no two values of one measure).
SIDE_BY_SIDE = re.compile(
    r"\bcuadro\s+comparativo\b|\btabla\s+comparativa\b|\btableau\s+comparatif\b|\bquadro\s+comparativo\b"
    r"|\btabela\s+comparativa\b|\btabella\s+comparativa\b|\bvergleichstabelle\b|\bvergelijkingstabel\b"
    r"|\btabel[ai]?\s+porównawcz\w*|\bkarşılaştırma\s+tablosu\b|сравнительн\w*\s+таблиц\w*|جدول\s+مقارنة"
    r"|तुलना\s+तालिका|对比表|比较表|比較表|비교표|\blado\s+a\s+lado\b|\bcôte\s+à\s+côte\b|\bnebeneinander\b"
    r"|\bfianco\s+a\s+fianco\b|\bnaast\s+elkaar\b|\byan\s+yana\b|\bobok\s+siebie\b|\bбок\s+о\s+бок\b"
    r"|جنب[ًا]*\s+إلى\s+جنب|साथ-साथ|並べて比較|나란히",
    re.I,
)

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("flyer", 2), (r"re:\bcanva[\s-]*(?:style|like|type|ish)\b|\b(?:in|on|with)\s+canva\b|\bcanva\s+(?:poster|flyer|post|graphic|design|template)s?\b", 3),
           ("infographic", 4), ("infografi*", 4), ("one pager", 4), ("key stats", 3), ("key statistics", 3),
           ("key figures", 3), ("key numbers", 3), ("key facts", 3),
           # key numbers as cards, in the planner's languages: stat cards, never one axis
           (r"re:\bkey[- ]number\s+cards?\b|\bstat(?:istic)?s?\s+cards?\b|\bnumber\s+cards\b|\bchiffres[- ]clés\b|\bcifras\s+clave\b"
            r"|\bkennzahlen\b|\bnumeri\s+chiave\b|\bnúmeros[- ]chave\b|\bkerncijfers\b|ключевые\s+(?:цифры|показатели)"
            r"|\btemel\s+rakamlar\b|\bkluczowe\s+liczby\b|关键数字|核心数据|主要な数字|핵심\s*수치|أرقام\s+رئيسية|मुख्य\s+आंकड़े", 4), ("fact sheet", 3), ("cheat sheet", 3), ("cheatsheet", 3),
           # do's and don'ts however written: "do/don't sheet", "dos & don'ts", "do's + don'ts"
           (r"re:\bdo'?s?\s*(?:/|&|\+|and)\s*don'?ts?\b", 4),
           ("at a glance", 3), ("by the numbers", 3), ("in numbers", 3), ("summary card", 3), ("timeline", 3), ("poster", 2),
           ("checklist", 3), ("check list", 3), ("visual checklist", 4), ("reference card", 4),
           ("quick reference", 3), ("visual summary", 4), ("summary sheet", 3), ("one page summary", 4),
           ("pros and cons", 3), ("pros & cons", 3), ("pros/cons", 3), ("do's and don'ts", 4), ("dos and don'ts", 4),
           ("do and don't", 4), ("side by side", 3), ("comparison table", 4), ("comparison chart", 3),
           ("re:" + SIDE_BY_SIDE.pattern, 4), ("chore chart", 5), ("reward chart", 5), ("sticker chart", 5),
           ("printable", 2), ("handout", 2), ("tip sheet", 3),
           # a sheet or card to hand out, print or laminate: "a price sheet families can take home", "a laminated card"
           (r"re:\b(?:price|rate|fee|menu)\s+(?:sheet|card)\b|\blaminated\s+(?:card|sheet|sign|page)\b", 4),
           (r"re:\b(?:people|families|parents|patients|guests|customers|clients|kids|students|visitors|members)\s+(?:can\s+)?take\s+home\b", 2),
           ("one glance", 3), ("on one page", 3), ("one page", 3), ("recipe card", 4), ("single page", 3), (r"re:\b(?:for|on) the (?:(?:kitchen|bathroom|bedroom|office|classroom|staff ?room|front|back|hall(?:way)?)\s+)?(?:fridge|wall|noticeboard|notice board|break room|door)\b", 2), (r"re:\bpin (?:it )?(?:up|in|on|above)\b", 2),
           # "make the PPE bit into a card we can stick inside the truck door": a card to put up
           (r"re:\b(?:into|as|onto)\s+(?:a|one)\s+(?:small\s+|little\s+|laminated\s+|pocket\s+)?card\b", 3),
           (r"re:\bstick\s+(?:it\s+|them\s+|this\s+)?(?:up\s+)?(?:on|onto|inside|in|above|by|next\s+to)\s+(?:the|our|my|a|every)\b", 2),
           # a sign to put up somewhere ("sign for the scale house"), facts "shown nicely": laid out, one page
           (r"re:\b(?:a\s+|the\s+)?signs?\s+(?:for|on|at|by)\s+the\b", 2), (r"re:\b(?:shown?|laid\s+out|set\s+out)\s+nicely\b", 2)],
    "zh": [("传单", 2), ("简介", 2), ("数字看", 3), ("数说", 3), ("数据一览", 3),
           ("信息图", 5), ("一页纸", 4), ("一图看懂", 5), ("一图读懂", 5), ("一张图看懂", 5), ("一图了解", 5),
           ("一分钟了解", 3), ("关键数据", 3), ("数据卡片", 3), ("时间线", 3), ("时间轴", 3), ("速查表", 3), ("小抄", 4), ("备忘单", 4), ("该做和不该做", 4),
           ("清单", 3), ("检查清单", 3), ("对照表", 3), ("优缺点", 3), ("利弊", 3),
           ("一目了然", 4), ("一页纸", 4),
           ("贴在墙上", 2), ("贴在", 2), ("挂在墙上", 2)],
    "es": [("cartel", 2), ("en números", 3), ("en cifras", 3), ("póster", 2), ("folleto", 2),
           ("infografía", 4), ("línea de tiempo", 3), ("cronología", 3), ("tarjeta de referencia", 4),
           ("chuleta", 3), ("hoja de trucos", 4), ("hoja de referencia", 4), ("qué hacer y qué no", 4), ("lista de verificación", 3), ("lista de control", 3), ("pros y contras", 3),
           ("ventajas y desventajas", 3), ("resumen visual", 4), ("ficha", 2),
           ("de un vistazo", 3), ("en una página", 3), ("de una página", 3), ("de una sola página", 3),
           ("para colgar", 2), ("para pegar en", 2), ("para la pizarra", 2), ("letrero", 2)],
    "fr": [("flyer", 2), ("en chiffres", 3), ("carte d'identité", 2),
           ("infographie", 4), ("chronologie", 3), ("fiche mémo", 4), ("antisèche", 4), ("pense-bête", 3), ("à faire et à ne pas faire", 4), ("aide-mémoire", 4), ("fiche récapitulative", 4),
           ("check-list", 3), ("liste de contrôle", 3), ("frise", 3), ("avantages et inconvénients", 3),
           ("pour et contre", 3), ("fiche", 2),
           ("en un coup d'œil", 3), ("fiche récap*", 4), ("affiche", 2), ("sur une page", 3),
           ("à afficher", 2), ("pour afficher", 2), (r"re:\bd['’]une (?:seule )?page\b", 3), ("fiche recette", 4), ("carte de recette", 4)],
    "de": [("flyer", 2), ("in zahlen", 3), ("aushang", 2),
           ("infografik", 4), ("zeitleiste", 3), ("zeitstrahl", 3), ("spickzettel", 4), ("checkliste", 3),
           ("merkblatt", 3), ("vor- und nachteile", 3), ("steckbrief", 3),
           ("auf einen blick", 3), ("übersicht", 1), ("auf einer seite", 3), ("plakat", 2),
           ("zum aufhängen", 2), ("zum aushängen", 2), ("re:\\beinseitig\\w*", 3), ("rezeptkarte", 4)],
    "pt": [("panfleto", 2), ("em números", 3), ("em numeros", 3), ("folheto", 2),
           ("infográfico", 4), ("infografia", 4), ("linha do tempo", 3), ("cronologia", 3), ("lista de verificação", 3),
           ("prós e contras", 3), ("cartão de referência", 4), ("resumo visual", 4), ("ficha", 2), ("folha de consulta", 4), ("colinha", 3), ("o que fazer e o que não fazer", 4),
           ("num relance", 3), ("em uma página", 3), ("numa página", 3), ("cartaz", 2),
           ("para pendurar", 2), ("para colar na", 2), (r"re:\b(?:pra|para)\s+(?:a\s+)?parede\b", 2), ("placa", 2), ("de uma página", 3), ("de uma só página", 3), ("cartão de receita", 4)],
    "it": [("volantino", 2), ("in cifre", 3), ("in numeri", 3), ("carta d'identità", 2), ("locandina", 2),
           ("infografica", 4), ("scheda riassuntiva", 4), ("promemoria", 3), ("bigino", 4), ("cosa fare e cosa non fare", 4), ("lista di controllo", 3),
           ("cronologia", 3), ("linea del tempo", 3), ("pro e contro", 3), ("scheda", 2),
           ("a colpo d'occhio", 3), ("schema riassuntivo", 4), ("in una pagina", 3), ("cartellone", 2),
           ("da appendere", 2), ("da attaccare", 2)],
    "ru": [("афиш", 2), ("в цифрах", 3), ("паспорт", 2), ("визитк", 2), ("листовк", 2),
           ("инфографик", 4), ("чек-лист", 3), ("чеклист", 3), ("шпаргалк", 4), ("что делать и чего не делать", 4), ("памятк", 3), ("хронологи", 3),
           ("таймлайн", 3), ("плюсы и минусы", 3),
           ("на одной странице", 3), ("одностранични", 3), ("плакат", 2),
           (r"re:\bповесить\s+на\b", 2), ("на стену", 2), ("на дверь", 2)],
    "ja": [("re:冷蔵庫に貼", 4), ("ポスター", 2), ("数字で見る", 3), ("プロフィール", 2), ("チラシ", 2),
           ("インフォグラフィック", 4), ("年表", 3), ("チェックリスト", 3), ("早見表", 4), ("タイムライン", 3),
           ("メリットとデメリット", 3), ("メリット・デメリット", 3), ("チートシート", 4),
           ("1枚にまとめ", 5), ("一枚にまとめ", 5), ("一枚もの", 4), ("1枚もの", 4), ("一枚物", 4), ("ひと目で", 3), ("一目で", 3),
           ("に貼りたい", 2), ("に貼る", 2)],
    "ko": [("포스터", 2), ("숫자로 보는", 3), ("전단지", 2),
           ("인포그래픽", 4), ("체크리스트", 3), ("타임라인", 3), ("연표", 3), ("장단점", 3), ("치트시트", 4), ("치트 시트", 4), ("해야 할 것과 하지 말아야 할 것", 4),
           ("한눈에", 3), ("한 장으로", 3), ("한 장에", 3), ("한 페이지", 3),
           ("붙여 놓을", 2), ("붙여둘", 2), ("벽에 붙", 2)],
    "ar": [("بالأرقام", 3), ("بطاقة تعريف", 3), ("إنفوجرافيك", 4), ("انفوجرافيك", 4), ("إنفوغرافيك", 4), ("قائمة تحقق", 3), ("مزايا وعيوب", 3),
           ("بطاقة مرجعية", 4), ("ورقة مرجعية", 4), ("ورقة غش", 4), ("افعل ولا تفعل", 4), ("خط زمني", 3),
           ("ملخص مرئي", 4), ("نظرة سريعة", 3), ("ملصق", 2),
           ("لتعليقها", 2), ("على الحائط", 2), (r"re:لوحة[^\n.،]{0,30}?(?:قواعد|تعليمات|إرشادات|ارشادات|قوانين)", 3), ("صفحة واحدة", 3), ("ورقة واحدة", 3), ("لوحة الإعلانات", 2)],
    "hi": [("आंकड़ों में", 3), ("आँकड़ों में", 3), ("परिचय कार्ड", 3), ("रेसिपी कार्ड", 4), ("re:कार्ड की तरह", 3), ("इन्फोग्राफिक", 4), ("इन्फोग्राफ़िक", 4), ("चेकलिस्ट", 3), ("चीट शीट", 4), ("क्या करें और क्या न करें", 4), ("समयरेखा", 3), ("फायदे और नुकसान", 3),
           ("एक नज़र में", 3), ("पोस्टर", 2),
           ("दीवार पर", 2), ("लगाने के लिए", 2), ("एक पेज", 3), ("एक पन्ने", 3), ("नोटिस बोर्ड", 2)],
    "nl": [("flyer", 2), ("in cijfers", 3),
           ("één pagina", 3), ("op één a4", 4), ("infographic", 4), ("checklist", 3),
           ("overzicht*", 1), ("in één oogopslag", 3), ("spiekbriefje", 4), ("wat wel en wat niet", 3), ("tijdlijn", 3), ("affiche", 2),
           ("om op te hangen", 2)],
    "tr": [("rakamlarla", 3), ("sayılarla", 3), ("tek sayfa*", 3), ("bir sayfa*", 3), ("bir bakışta", 3), ("özet kart*", 3),
           ("infografik*", 4), ("kopya kağıd*", 4), ("yapılacaklar ve yapılmayacaklar", 4), ("kontrol listesi*", 3), ("zaman çizelgesi*", 3), ("poster*", 2), ("afiş*", 2),
           (r"re:\b(?:kapıya|duvara|panoya)\s+as", 2)],
    "pl": [("w liczbach", 3), ("jedna strona", 3), ("na jednej stronie", 3), ("w skrócie", 2),
           ("infografik*", 4), ("ściąg*", 4), ("lista kontrolna", 3), ("oś czasu", 3), ("plakat*", 2)],
    "vi": [("một trang", 3), ("danh sách kiểm tra", 3), ("dòng thời gian", 3), ("áp phích", 2), ("tóm tắt trực quan", 4)],
    "id": [("infografis", 4), ("satu halaman", 3), ("daftar periksa", 3), ("garis waktu", 3),
           ("sekilas", 3), ("poster", 2)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    """One glance at what was given: markdown, a table's key numbers, a comparable series as stat
    cards, or the user's own list laid out (comparison, timeline, steps, key numbers, reference
    card, checklist); else what is missing."""
    question, lang, table = req.question, req.lang, req.table
    content = req.source()
    if content:
        return markdown_to_infographic(named_part(content, question), title=None, lang=req.content_lang())
    if table is not None:
        chart = chart_from_table(question, table, req.table_name)
        if isinstance(chart, str):
            return text_plan(msg(req.language, "bad_table", why=chart))
        return table_infographic(question, table, req.table_name, chart)
    data = extract_data(question)
    given = supplied(question)  # read once: every branch below lays out the same list
    lined = plain_lines(question)
    if data is not None and given is not None and len(given.items) >= 2 and SIDE_BY_SIDE.search(question):
        return content_infographic(
            given, question, lang
        )  # "cuadro comparativo: uno cubre 3.000 €…, el otro …"
    if data is not None and not_a_series(question, data) is not None:
        lines = [ln.strip() for ln in question.splitlines() if ln.strip()]
        if len(lines) >= 3:  # an event's details, a regimen: each line laid out as written
            return content_infographic(Content(clean_lead(lines[0]), lines[1:]), question, lang)
        named = given or _named_values(question)
        if named is not None:  # "metformin 500mg 8am ramipril 5mg 8am": one item per name and its figure
            return content_infographic(named, question, lang)
        data = None
    if data is not None and not _more_than(given or lined, data):
        return infographic_from_data(question, data)
    found = changes(question)
    if found and (given is None or len(found) >= len(given.items)):  # every item is a "from A to B"
        return changes_infographic(found, unmeasured(question))
    if given is not None and not (given.ordered and not given.lead):
        return content_infographic(given, question, lang)
    diagram = text_to_diagram(question, diagram_type="flowchart")
    if diagram is not None and len(diagram.nodes) >= 2:
        return steps_infographic(question, diagram)
    if given is not None:
        return content_infographic(given, question, lang)
    if lined is not None:  # "gym profile / opened 2016 / 1200 m² / …": one fact a line, each kept whole
        return content_infographic(lined, question, lang)
    mixed = mixed_numbers(question)
    if mixed:
        return content_infographic(
            Content(clean_lead(question.split(mixed[0].text)[0]), given_items(question, mixed)),
            question,
            lang,
        )
    facts = prose_items(question) or said(question) or time_run(question)
    if facts is not None:
        return content_infographic(facts, question, lang)
    scene = _pictured(question)
    if scene is not None:  # "something eye-catching for the fair flyer, a sunny field with a bouncy castle"
        return scene
    return research_fallback(req.language, "infographic")


# "the PPE bit", "the safety section", "la partie sur les tarifs", "den Abschnitt Kosten": one part of
# the document named by the words before or after a word for a part.
_PART = re.compile(
    r"\bthe\s+(?P<a>[\w' -]{2,40}?)\s+(?:bit|part|section|bits|parts|list|checklist)\b"
    r"|\b(?:la\s+partie|la\s+section|la\s+parte|la\s+sección|la\s+sezione|der\s+teil|den\s+abschnitt|der\s+abschnitt"
    r"|раздел|часть)\s+(?:sur\s+les?\s+|sur\s+la\s+|des\s+|du\s+|de\s+la\s+|de\s+los\s+|de\s+|del\s+|über\s+|про\s+|о\s+)?"
    r"(?P<b>[\w' -]{2,40}?)(?=\s+(?:in|en|dans|auf|на|into|as)\b|[,.!?]|$)",
    re.I,
)


_SMALL = {
    "the",
    "and",
    "for",
    "of",
    "on",
    "in",
    "to",
    "a",
    "le",
    "la",
    "les",
    "des",
    "de",
    "du",
    "et",
    "und",
    "der",
    "die",
    "das",
}


def named_part(content: str, question: str) -> str:
    """The one section of a document the question names ("make the PPE bit into a card"): its heading
    and body, so the card holds that part; the whole document when no one section is named."""
    ask = _PART.search(question)
    if ask is None:
        return content
    parts = re.split(r"(?m)^(?=#{2,6}\s)", content)
    names = [ask.group("a") or ask.group("b") or ""]
    if more := _AND_THE.match(question, ask.end()):  # "only the before climbing part and the steps"
        names.append(more.group("c"))
    found = [_section_named(name, parts[1:]) for name in names]
    if len(names) > 1 and all(found) and len(set(found)) == len(found):
        return "\n\n".join(f for f in found if f)
    return found[0] or content


# a second part named after the first: "… part and the steps", "… section and also the gear list"
_AND_THE = re.compile(
    r"\s*(?:,\s*)?(?:and|plus|y|et|und|e|и)\s+(?:also\s+)?(?:the|los|las|les|die|den|gli|le|os|as)\s+"
    r"(?P<c>[\w' -]{2,30}?)(?=\s+(?:bit|part|section)\b|[,.!?]|$)",
    re.I,
)
# what a part of numbered steps is called, when its heading says "Procedure"
_STEPS_WORD = re.compile(
    r"^(?:steps|procedure|instructions|how[- ]to|pasos|étapes|schritte|passi|passos|etapas|шаги|kroki|adımlar)$"
    r"|步骤|手順|단계|خطوات|चरण",
    re.I,
)


def _section_named(name: str, sections: list[str]) -> str:
    """The one section whose heading has a word of `name`, or (a name for steps) the one section of
    numbered steps; '' when none or several."""
    words = {w.lower() for w in re.findall(r"\w{2,}", name)} - _SMALL
    hits = [p for p in sections if words & {w.lower() for w in re.findall(r"\w{2,}", p.partition("\n")[0])}]
    if not hits and _STEPS_WORD.search(name.strip()):
        hits = [p for p in sections if re.search(r"(?m)^\s*\d{1,2}[.)]\s+\S", p.partition("\n")[2])]
    return hits[0].strip() if len(hits) == 1 else ""


def _named_values(question: str) -> Content | None:
    """Items typed in one run, each a name, its figure and what follows ("metformin 500mg 8am+6pm
    ramipril 5mg 8am atorva 20mg night"): cut before the word that names each figure."""
    nums = find_numbers(question)
    starts = []
    for n in nums:
        word = re.search(r"([^\W\d][\w'-]*)\s*$", question[: n.start])
        if word is None:
            return None
        starts.append(word.start(1))
    if len(starts) < 2:
        return None
    items = []
    for n, a, b in zip(nums, starts, [*starts[1:], len(question)], strict=False):
        end = n.end
        while end < b and (when := TIME_OF_DAY.match(question[end:b])) is not None:
            end += when.end()  # the figure's times of day ("8am+6pm") end its item
        items.append(question[a:end].strip(" ,;"))
        if rest := question[end:b].strip(" ,;"):  # "… warfarin INR check thu": its own item, never dropped
            items.append(rest)
    return Content(clean_lead(question[: starts[0]]), [short(it, ITEM_CHARS) for it in items])


_POSTER = re.compile(
    r"\b(?:flyer|poster|leaflet|banner|affiche|cartel|póster|plakat|volantino|cartaz|folder|плакат\w*|афиш\w*)\b"
    r"|海报|传单|ポスター|チラシ|포스터|전단지",
    re.I,
)


def _pictured(question: str) -> Plan | None:
    """A flyer or poster asked for with no facts, only a scene described ('…, a sunny field with a
    bouncy castle and bunting'): the picture for it, as the user described it."""
    from generators.rules.image import image_from_question

    if not _POSTER.search(question) or re.search(r"\d", question):
        return None
    described = re.split(r"[,:：，—–]\s*", question, maxsplit=1)
    cjk = re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", described[-1])  # no spaces between words
    if len(described) < 2 or (len(described[1]) < 4 if cjk else len(described[1].split()) < 3):
        return None
    return image_from_question(described[1])


def _more_than(given: Content | None, data: QuestionData) -> bool:
    """The list holds more than the numbers ('bake sale: Saturday 10am-2pm, school gym, cakes $2,
    cookies $1, all money goes to the library'): stat cards of the two prices would drop the rest."""
    return given is not None and len(given.items) > len(data.categories) and len(given.items) <= MAX_ITEMS


def infographic_from_data(question: str, data: QuestionData) -> InfographicPlan:
    """Stat cards for numbers in the question, largest first, with the computed takeaway as callout."""
    order = (
        sorted(range(len(data.values)), key=lambda i: -data.values[i])
        if not data.time_like
        else list(range(len(data.values)))
    )
    lang = lang_of(question)
    items = [
        Stat(value=with_unit(data.values[i], data.unit, lang), label=short(data.categories[i], 60))
        for i in order[:6]
    ]
    if data.counted and not data.unit:  # key numbers of different things: no "highest", no total
        items = [  # in the order the user gave them
            Stat(value=with_unit(v, data.unit, lang), label=short(c, 60))
            for v, c in zip(data.values[:6], data.categories[:6], strict=True)
        ]
        shown = ", ".join(f"{s.value} {s.label}" for s in items)
        return InfographicPlan(
            title=topic_of(question.split(":")[0]) or tr(lang, "key_numbers", items="").strip(" :."),
            blocks=[StatsBlock(items=items)],
            answer=tr(lang, "key_numbers", items=shown).strip(),
            alt_text=tr(lang, "info_stats_alt", n=len(items), alt=shown) + tr(lang, "stop"),
        )
    chart = chart_from_data(question, data)
    blocks: list[Any] = [
        StatsBlock(title=cap(data.metric), items=items),
        CalloutBlock(text=plain(chart.answer)),
    ]
    return InfographicPlan(
        title=chart.title,
        blocks=blocks,
        answer=chart.answer,
        alt_text=tr(lang, "info_stats_alt", n=len(items), alt=chart.alt_text),
    )


def table_infographic(question: str, df: pd.DataFrame, table_name: str, chart: ChartPlan) -> InfographicPlan:
    """Key numbers of an attached table computed with pandas (row count, total, top category)."""
    lang = lang_of(question)
    t = template(lang)
    items = [Stat(value=fmt_number(len(df), lang), label=t["rows_stat"])]
    if chart.y and chart.y in df.columns:
        s = to_numeric(df[chart.y]).dropna()
        if not s.empty:
            y_l = humanize(chart.y).lower()  # the English checks read it lowercased; labels keep German case
            shown = y_l if lang != "de" else humanize(chart.y)
            total = shown if "total" in y_l else t["stat_total"].format(y_l=shown)
            items.append(Stat(value=fmt_number(float(s.sum()), lang), label=total))
            items.append(
                Stat(
                    value=fmt_number(float(s.mean()), lang),
                    label=t["stat_average"].format(y_l=shown.removeprefix("total ")),
                )
            )
    if chart.x and chart.x in df.columns:
        with contextlib.suppress(TypeError):
            items.append(
                Stat(
                    value=fmt_number(int(df[chart.x].nunique()), lang),
                    label=t["stat_distinct"].format(x_l=axis_word(lang, humanize(chart.x))),
                )
            )
    blocks: list[Any] = [StatsBlock(items=items)]
    if chart.answer:
        blocks.append(CalloutBlock(text=plain(chart.answer)))
    return InfographicPlan(
        title=short(humanize(table_name) if table_name else chart.title, 120),
        blocks=blocks,
        answer=chart.answer,
        alt_text=t["info_table_alt"].format(n=len(items)),
    )


def steps_infographic(question: str, diagram: DiagramPlan) -> InfographicPlan:
    """Steps written in the question ('1. plan 2. build 3. ship') as a steps infographic."""
    steps = [Step(title=short(n.label, 80)) for n in diagram.nodes[:12]]
    return InfographicPlan(
        title=diagram.title or "Steps",
        blocks=[StepsBlock(items=steps)],
        answer=" → ".join(s.title for s in steps),
        alt_text=f"Infographic of {len(steps)} steps: " + ", ".join(s.title for s in steps) + ".",
    )
