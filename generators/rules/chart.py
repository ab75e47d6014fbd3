"""The chart kind of the rules planner: a table's columns, numbers written in the question, a plain
list of observations, or a table in pasted markdown; else a message saying how to give the numbers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.markdown import markdown_chart
from generators.rules.blocks import content_infographic
from generators.rules.changes import changes, changes_infographic
from generators.rules.content import DATE_LEAD, Content, plain_lines, split_items, supplied
from generators.rules.crossed import crossed, crossed_rows
from generators.rules.cues import CHART_TYPE_CUES, PIE_CUE
from generators.rules.extract import bare_numbers, extract_data, mixed_numbers
from generators.rules.inline import chart_from_data, histogram_from_numbers, scatter_from_pairs
from generators.rules.numbers import find_numbers
from generators.rules.qdata import QuestionData
from generators.rules.request import RulesInput
from generators.rules.series_guard import founded_item
from generators.rules.signals import PLAIN_ASK, unnegated
from generators.rules.spelled import spelled_numbers
from generators.rules.table import chart_from_table
from generators.rules.table_measures import measures_side_by_side
from generators.rules.unsure import mixed_plan, units_of
from generators.rules.words import CJK, any_cue, language, msg, research_fallback, text_plan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("chart", 3), ("graph", 3), ("plot", 3), ("bar chart", 3), ("pie chart", 3), ("line chart", 3),
           ("histogram", 3), ("scatter", 3), ("heatmap", 3), ("heat map", 3), ("box plot", 3), ("gantt", 3),
           ("visuali*", 1), ("trend", 2),
           ("over time", 2), ("compare", 2), ("comparison", 2), ("growth", 2), ("grew", 2),
           ("distribution", 2), ("correlation", 2), ("breakdown", 2), ("market share", 2), ("share of", 2),
           ("percentage", 2), ("ranking", 2), ("versus", 2), ("vs", 2), (PIE_CUE, 3), ("donut", 3), ("doughnut", 3), ("ring chart", 3), ("ring graph", 3),
           # bars named as the form ("bars are fine", "as bars"), never a bar to drink at or of chocolate
           (r"re:\b(?:as|in)\s+(?:vertical\s+|horizontal\s+)?bars\b|\bbars\s+(?:are|is|would\s+be)\s+(?:fine|ok|okay|good|great|best)\b|\bbars\s+(?:please|pls)\b", 3)],
    "zh": [("图表", 3), ("画图", 3), ("作图", 3), ("柱状图", 4), ("柱形图", 4), ("条形图", 4), ("饼图", 4),
           ("折线图", 4), ("曲线图", 4), ("散点图", 4), ("直方图", 4), ("热力图", 4), ("可视化", 3), ("趋势", 2),
           ("走势", 2), ("对比", 2), ("比较", 2), ("分布", 2), ("占比", 2), ("增长", 2), ("变化", 2), ("排名", 2),
           ("统计图", 4),
           (r"re:画.{0,20}(?:人数|数量|数据|趋势|变化|销量|金额).{0,6}图", 4)],
    "es": [("gráfico", 3), (r"re:(?<!\bna )(?<!\bà )(?<!\bda )(?<!\bpela )(?<!\bnuma )\bgráfica\b(?!\s+(?:rápida|expressa))", 3), ("diagrama de barras", 5), ("gráfico de barras", 4),
           ("gráfico circular", 4), ("gráfico de líneas", 4), ("gráfico de tarta", 4), (r"re:\b(?:como|en)\s+(?:una\s+)?(?:tarta|quesito)\b", 4), ("tendencia", 2),
           ("comparar", 2), ("evolución", 2), ("distribución", 2), ("comparación", 2)],
    "fr": [("graphique", 3), ("courbe", 3), ("histogramme", 3), ("tendance", 2), ("comparer", 2),
           ("évolution", 2), ("diagramme en barres", 5), ("diagramme circulaire", 5), ("camembert", 4),
           ("répartition", 2), ("comparaison", 2)],
    "de": [("diagramm", 3), ("balkendiagramm", 4), ("kreisdiagramm", 4), (r"re:\bals\s+(?:torte|kuchen|tortendiagramm)\b", 4), ("liniendiagramm", 4), ("grafik", 3),
           ("vergleich", 2), ("verlauf", 2), ("entwicklung", 2), ("säulendiagramm", 4), (r"re:\b(?:als|in)\s+(?:säulen|balken)\b", 4), ("kurve", 2),
           ("verteilung", 2), ("verteilen", 2), ("anteil", 2)],
    "pt": [("gráfico", 3), ("gráfico de barras", 4), ("gráfico de pizza", 4), (r"re:\b(?:como|em|numa)\s+(?:uma\s+)?pizza\b", 4), ("gráfico de linhas", 4),
           ("evolução", 2), ("tendência", 2), ("comparar", 2), ("distribuição", 2)],
    "it": [("grafico", 3), ("grafico a barre", 4), ("grafico a torta", 4), (r"re:\b(?:come|in|a)\s+(?:una\s+)?torta\b", 4), ("istogramma", 3), ("andamento", 2),
           ("confronta*", 2), ("distribuzione", 2), ("ripartizione", 2)],
    "ru": [("график", 3), ("диаграмм", 3), ("гистограмм", 3), ("динамик", 2), ("сравни", 2), ("доля", 2),
           ("доли", 2), ("распределени", 2)],
    "ja": [("グラフ", 3), ("図表", 3), ("円グラフ", 4), ("棒グラフ", 4), ("折れ線", 4), ("推移", 2), ("比較", 2),
           ("チャート", 3), ("割合", 2), ("内訳", 2), ("分布", 2)],
    "ko": [("차트", 3), ("그래프", 3), ("막대그래프", 4), ("원그래프", 4), ("파이 차트", 4), ("꺾은선", 4),
           ("추이", 2), ("비교", 2), ("비율", 2), ("분포", 2), ("점유율", 2)],
    "ar": [("رسم بياني", 4), ("رسمًا بيانيًا", 4), ("رسما بيانيا", 4), ("مخطط", 3), ("مخطط دائري", 4),
           ("مخطط أعمدة", 4), ("نسبة", 2), ("مقارنة", 2), ("توزيع", 2)],
    "hi": [("चार्ट", 3), ("ग्राफ", 3), ("ग्राफ़", 3), ("तुलना", 2)],
    "nl": [("grafiek*", 3), ("staafdiagram", 4), ("staafgrafiek", 4), ("cirkeldiagram", 4),
           ("taartdiagram", 4), ("lijngrafiek", 4), ("vergelijk*", 2), ("verloop", 2), ("verdeling", 2),
           ("aandeel", 2)],
    "tr": [("grafik*", 3), ("çubuk grafi*", 4), ("pasta grafi*", 4), ("çizgi grafi*", 4),
           ("karşılaştır*", 2), ("dağılım*", 2), ("eğilim*", 2), ("pay*", 1)],
    "pl": [("wykres*", 3), ("wykres słupkowy", 4), ("wykres kołowy", 4), ("wykres liniowy", 4),
           ("porówna*", 2), ("rozkład*", 2), ("udział*", 2)],
    "vi": [("biểu đồ", 3), ("đồ thị", 3), ("biểu đồ cột", 4), ("biểu đồ tròn", 4), ("biểu đồ đường", 4),
           ("so sánh", 2), ("xu hướng", 2), ("phân bố", 2), ("tỷ lệ", 2)],
    "id": [("grafik", 3), ("diagram batang", 4), ("diagram lingkaran", 4), ("grafik garis", 4),
           ("grafik batang", 4), ("bandingkan", 2), ("perbandingan", 2), ("tren", 2), ("sebaran", 2),
           ("persentase", 2)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    """A chart only from numbers that form a comparable series; numbers in different units get an
    honest text answer (`unsure.mixed_plan`), never a chart that compares them."""
    question = req.question
    profile = (
        _profile(req.typed or question, req.lang, req.language) if req.table is None or req.pasted else None
    )
    if profile is not None:
        return profile
    if req.table is not None:
        side = measures_side_by_side(question, req.table)
        if side is not None:  # "parts vs labour per job type side by side": each measure a series
            plan = chart_from_data(question, side[0], req.lang)
            if side[1]:
                plan = plan.model_copy(
                    update={
                        "answer": plan.answer
                        + " "
                        + msg(req.language, "no_value_zero", cells="; ".join(side[1]))
                    }
                )
            return plan
        result = chart_from_table(question, req.table, req.table_name)
        if isinstance(result, str):
            return text_plan(msg(req.language, "bad_table", why=result))
        return result
    data = extract_data(question)
    histogram = any_cue(question, [c for c, _ in CHART_TYPE_CUES["histogram"]])
    if histogram and bare_numbers(question) and (data is None or data.source == "series"):
        return histogram_from_numbers(question, bare_numbers(question))
    scatter = scatter_from_pairs(question)  # asked for by name: x/y pairs, even where items read as labels
    if scatter is not None:
        return scatter
    if data is not None:
        return chart_from_data(question, data)
    locale = language(question)
    rows = crossed_rows(question, locale)  # "north 10 apples and 12 pears, south 8 apples and 9 pears"
    if rows is not None:
        table = crossed(question, rows)
        if table is not None:
            return chart_from_data(question, table)
        # "10 stores and 300 staff, …": counts of different kinds
        return mixed_plan(req.language, question, find_numbers(question, locale))
    found = changes(question)
    if found:  # "grew from 3 people to 45, revenue from 0.2M to 8M": each change on its own card
        return changes_infographic(found)
    mixed = mixed_numbers(question)
    lined = plain_lines(question) if mixed else None
    if (
        lined is not None
        and len(lined.items) >= 3
        and sum(bool(DATE_LEAD.match(it)) for it in lined.items) >= 2
    ):
        # "harmonogram remontu, zrób wykres / marzec tynki, 2 ekipy / kwiecień 40 m² płytek / …": a plan
        # by period typed a line each; its figures are of different kinds, so it is laid out, not charted
        return content_infographic(lined, question, req.lang)
    if mixed:
        return mixed_plan(req.language, question, mixed)
    if req.content:
        chart = markdown_chart(req.content, title=None)
        if chart is not None:
            return chart
        listed = section_data(req.content, question)
        if listed is not None:
            return chart_from_data(listed[0], listed[1], req.lang)
    given = supplied(question)
    if given is not None and given.dated and len(given.dated) >= 3 and not re.search(r"[?？]", question):
        # "versions: 1.0 mars 2021, 1.4 nov 2021, … — fais-en un graphique": dated events, no values to
        # chart; what the user gave is laid out on a timeline rather than refused
        return content_infographic(given, question, req.lang)
    if given is not None and given.versus is not None:
        # 'Plan A vs Plan B: cost 10 vs 12, risk low vs high': no one series to chart, but the user
        # gave the comparison, so it is laid out (a table row per item) rather than refused
        return content_infographic(given, question, req.lang)
    own = re.search(r"\b(?:our|my|we|us|mine|ours)\b", question, re.I)  # their own numbers, not facts
    if not re.search(r"\d", question) and _TOPIC_ASK.search(question) and not own:
        return research_fallback(req.language, "chart")  # "compare PostgreSQL and MongoDB": facts to look up
    return text_plan(msg(req.language, "no_numbers"))


_TOPIC_ASK = re.compile(
    r"\b(?:compare|comparison|difference|differences|vs\.?|versus|pros and cons|better|explain|why)\b", re.I
)


_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(.+?)\s*$", re.M)


def section_data(content: str, question: str) -> tuple[str, QuestionData] | None:
    """A comparable series listed in a document ("## Revenue by month" then "- July: €410,000"), the
    section whose heading shares most words with the question first: (heading, data)."""
    words = {w[:5] for w in re.findall(r"\w{4,}", question.lower())}
    found: list[tuple[int, int, str, QuestionData]] = []
    for k, part in enumerate(re.split(r"^#{1,6}\s+", content, flags=re.M)):
        head, _, body = part.partition("\n")
        items = [re.sub(r"\s*[:=–—-]\s+(?=\S*\d)", " ", it) for it in _ITEM.findall(body)]
        if len(items) < 2:
            continue
        data = extract_data(f"{head.strip()}: " + ", ".join(items))
        if data is None or len(data.values) != len(items):
            continue
        overlap = len(words & {w[:5] for w in re.findall(r"\w{4,}", head.lower())})
        found.append((-overlap, k, head.strip(), data))
    if not found:
        return None
    _, _, head, data = min(found, key=lambda f: (f[0], f[1]))
    return head, data


# "01/05/2024 – 120", "रूट 1 — 12,400": a label, a dash or colon, its value; no fact without a quantity
_LABEL_VALUE = re.compile(r"(?:\s[–—-]|[:=→])\s*\d[\d.,]*\s*$")


def _listed(question: str) -> Content | None:
    """Facts typed in one run, split at commas ('taller abierto en 1998, 3 encuadernadoras, cursos de
    120 €, teléfono 91 555 12 34'): four or more items, the ask among them cut off later."""
    items = [it.strip() for it in split_items(question) if it.strip()]
    if len(items) < 4 and CJK.search(
        question
    ):  # "票价三百二十八元 园区面积八十万平方米 …": spaces part CJK facts
        spelled = spelled_numbers(question.strip(), language(question))  # "八十万平方米" read as 80万平方米
        chunks = re.split(
            r"(?<=[\u3400-\u9fff\uac00-\ud7af\w])[ \u3000]+(?=[\u3400-\u9fff\uac00-\ud7af])", spelled
        )
        # each chunk a fact in words ("票价328元"), never a bare "1月" or "12.4万" of a series
        items = chunks if all(len(CJK.findall(c)) >= 2 for c in chunks) else items
    return Content(lead="", items=items) if len(items) >= 4 else None


_YEAR_VALUE = re.compile(r"\s*(?:1\d\d\d|20\d\d)\s*[:;=-]?\s*\d")
_ASK_ITEM = re.compile(
    r"(?:chart|graph|plot|diagram|\bpie\b|gr[áa]fic|graphique|diagramm|grafik|grafiek|wykres|гистограмм|график|диаграмм"
    r"|图表|柱状图|グラフ|그래프|차트|مخطط|رسم بياني|चार्ट|ग्राफ)",
    re.I,
)


# The thing whose facts a chart is asked of: "a graph of my soap recipe", "un gráfico de nuestra
# excursión", "ein Diagramm von unserem Ausflug", "un graphique de notre sortie"
_ASKED_OF = re.compile(
    r"\b(?:of|for|de|del|von|vom|für|di|del|da|do|van|voor)\s+(?:my|our|mi|mis|nuestr[oa]s?|meine[mnrs]?"
    r"|unsere[mnrs]?|mon|ma|mes|notre|nos|mio|mia|miei|mie|nostr[oaie]|meu|minha|nosso|nossa|mijn|onze)\s+"
    r"(?P<thing>[^\W\d_][^\d\n:]{1,40}?)\s*[:.!?]?\s*$",
    re.I,
)


def _profile(question: str, lang: str, language: str) -> Plan | None:
    """Facts of one place, group or outing typed as a list (a founding year among them, or four or more
    figures of different kinds under its name), asked as a chart
    ("наша школа: 1 240 учеников / 86 учителей / основана в 1961 / … сделай гистограмму"): laid out
    as cards with every fact, and the answer says why there is no chart."""
    if not _ASK_ITEM.search(unnegated(question)) or PLAIN_ASK.search(question):
        return None  # no chart asked, so none refused with cards
    if any(not _ASK_ITEM.search(q) for q in re.findall(r"(?<![^.!?。？！\n])[^.!?。？！\n]*[?？]", question)):
        return None  # "Что выгоднее за 5 лет? Графики не нужны": a question to answer, not facts to lay out
    given = plain_lines(question) or supplied(question) or _listed(question)
    if given is None or given.sections:
        return None
    items: list[str] = []
    for item in given.items:  # the ask typed as the last item ("막대그래프로 만들어줘", "… grafico a barre?")
        parts = re.split(r"(?<=[.!?])\s+|(?<=[。？！])\s*|\s+[—–]\s+", item)  # "… turnover — bar chart"
        # only a sentence that asks is cut off: "6 tys. mieszkańców" stays one fact
        kept = (
            [p for p in parts if p and not _ASK_ITEM.search(p)]
            if any(map(_ASK_ITEM.search, parts))
            else [item]
        )
        # "- olive 500 g": the bullet marks the line, no part of the fact on its card
        items.extend(b for p in kept if (b := re.sub(r"^[-*•–]\s+", "", p.strip(" .。"))))
    lead = given.lead or ""
    if sum(bool(_YEAR_VALUE.match(it)) for it in items) >= 2:
        return None  # "2019 120k, 2020 90k, …, founded 2015": a series by year, charted as one
    founded = any(founded_item(it) for it in items)
    # a phone number or a date ("service due 03/2026") among the figures: a fact, never a bar
    dated = [
        it
        for it in items
        if re.search(r"\d", it)
        and len(re.findall(r"[^\W\d_]", it)) >= 2  # named ("service due 03/2026"), no bare "1月" of a series
        and not find_numbers(it)
        and not _LABEL_VALUE.search(it)
    ]
    mixed = mixed_numbers(question)
    if mixed and any_cue(question, [c for c, _ in CHART_TYPE_CUES["pie"]]):
        return None  # "€236 a week, €1,850 once a year, 10 hours … make a pie": no one whole, said in words
    one_each = sum(len(find_numbers(it)) > 1 for it in items) * 2 < len(items)  # "4h 460ms" pairs: a scatter
    # "can u make a graph of my soap recipe": the ask names whose facts they are
    owner = _ASKED_OF.search(lead) if _ASK_ITEM.search(lead) else None
    if not (
        founded
        or (dated and len(items) >= 4)
        or (lead and (owner or not _ASK_ITEM.search(lead)) and len(items) >= 4 and mixed and one_each)
    ):
        return None  # facts of a trip, a place or a group under its name, or with its founding year
    if sum(bool(re.search(r"\d", it)) for it in items) < 3 or len(items) > 12:
        return None
    title = "" if _ASK_ITEM.search(lead) and len(lead.split()) <= 2 else lead  # "gráfico:" is no title
    if owner:
        title = owner.group("thing").strip()
    plan = content_infographic(Content(lead=title, items=items), question, lang)
    shown = mixed or [n for it in items for n in find_numbers(it)]
    kinds = units_of(shown)
    if dated and not mixed:  # "counts, service due 03/2026": the dated fact is the other kind
        kinds = ", ".join([kinds, *(re.sub(r"^[-*•–]\s+", "", it) for it in dated)])
    why = msg(language, "mixed_cards") if founded else msg(language, "mixed_facts", units=kinds)
    return plan.model_copy(update={"answer": why + " " + plan.answer})
