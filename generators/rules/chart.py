"""The chart kind of the rules planner: a table's columns, numbers written in the question, a plain
list of observations, or a table in pasted markdown; else a message saying how to give the numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.markdown import markdown_chart
from generators.rules.cues import CHART_TYPE_CUES
from generators.rules.extract import bare_numbers, extract_data
from generators.rules.inline import chart_from_data, histogram_from_numbers
from generators.rules.request import RulesInput
from generators.rules.table import chart_from_table
from generators.rules.words import any_cue, msg, text_plan

if TYPE_CHECKING:
    from render.plan import Plan

# fmt: off
CUES: dict[str, list[tuple[str, int]]] = {
    "en": [("chart", 3), ("graph", 3), ("plot", 3), ("bar chart", 3), ("pie chart", 3), ("line chart", 3),
           ("histogram", 3), ("scatter", 3), ("heatmap", 3), ("box plot", 3), ("visuali*", 1), ("trend", 2),
           ("over time", 2), ("compare", 2), ("comparison", 2), ("growth", 2), ("grew", 2),
           ("distribution", 2), ("correlation", 2), ("breakdown", 2), ("market share", 2), ("share of", 2),
           ("percentage", 2), ("ranking", 2), ("versus", 2), ("vs", 2)],
    "zh": [("图表", 3), ("画图", 3), ("作图", 3), ("柱状图", 4), ("柱形图", 4), ("条形图", 4), ("饼图", 4),
           ("折线图", 4), ("曲线图", 4), ("散点图", 4), ("直方图", 4), ("热力图", 4), ("可视化", 3), ("趋势", 2),
           ("走势", 2), ("对比", 2), ("比较", 2), ("分布", 2), ("占比", 2), ("增长", 2), ("变化", 2), ("排名", 2)],
    "es": [("gráfico", 3), ("gráfica", 3), ("diagrama de barras", 5), ("tendencia", 2), ("comparar", 2),
           ("evolución", 2)],
    "fr": [("graphique", 3), ("courbe", 3), ("histogramme", 3), ("tendance", 2), ("comparer", 2),
           ("évolution", 2)],
    "de": [("diagramm", 3), ("balkendiagramm", 4), ("kreisdiagramm", 4), ("liniendiagramm", 4), ("grafik", 3),
           ("vergleich", 2), ("verlauf", 2), ("entwicklung", 2)],
    "ja": [("グラフ", 3), ("図表", 3), ("円グラフ", 4), ("棒グラフ", 4), ("折れ線", 4), ("推移", 2), ("比較", 2)],
}
# fmt: on


def build(req: RulesInput) -> Plan:
    question, lang = req.question, req.lang
    if req.table is not None:
        result = chart_from_table(question, req.table, req.table_name)
        if isinstance(result, str):
            return text_plan(msg(lang, "bad_table", why=result))
        return result
    data = extract_data(question)
    if data is not None:
        return chart_from_data(question, data)
    if any_cue(question, [c for c, _ in CHART_TYPE_CUES["histogram"]]) and bare_numbers(question):
        return histogram_from_numbers(question, bare_numbers(question))
    if req.content:
        chart = markdown_chart(req.content, title=None)
        if chart is not None:
            return chart
    return text_plan(msg(lang, "no_numbers"))
