"""Computed texts of the offline planners (titles, answers, alt texts, labels), by language.

The rules and markdown planners write these around the user's own words and computed numbers, in
the language of the question (`words.lang_of`). Placeholders are `str.format` fields and are the
same in every language as in English (a language may leave a template empty to say nothing; the
Chinese tables, kept as they always were, may drop a field). A key a language lacks falls back to
English key by key (`tr`, `template`). Constructions are neutral: they never need to agree in
gender or number with the user's word for what is measured ("Máximo: enero (150)", not "tiene las
ventas más altas"). Numbers are formatted by the caller, the same way in every language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generators.rules.templates_ar_hi import AR_HI, AR_HI_AGG, AR_HI_CHART_NAMES
from generators.rules.templates_intl import INTL, INTL_AGG, INTL_CHART_NAMES
from generators.rules.templates_world import WORLD, WORLD_AGG, WORLD_CHART_NAMES

# fmt: off
_EN: dict[str, str] = {
    # a chart of numbers written in the question (generators.rules.inline)
    "reached": " {k} of {n} reach the {kind} of {v}.",
    "reference": " The {kind} is {v}.",
    "rise": "{metric} rose from {a} in {c0} to {b} in {c1}",
    "fall": "{metric} fell from {a} in {c0} to {b} in {c1}",
    "flat": "{metric} held at {a} from {c0} to {c1}",
    "peak": "{metric} peaked in {c} at {v}",
    "top": "{c} has the highest {metric_l} ({v})",
    "top_plain": "{c} is the largest ({v})",
    "share": "{c} has the largest share ({v})",
    "line_answer": "{metric} went from **{a}** in {c0} to **{b}** in {c1} ({change}). "
    "The highest was **{vmax}** in {cmax}, the lowest {vmin} in {cmin}.",
    "bar_answer": "**{cmax}** is highest at **{vmax}** and **{cmin}** lowest at {vmin}; "
    "the {n} values total {total}.",
    "bar_answer_plain": "**{cmax}** is highest at **{vmax}** and **{cmin}** lowest at {vmin}.",
    "not_whole": " Shown as bars: these percentages add up to {total}, not to a whole, so a pie would show "
    "other shares.",
    "pie_answer": "**{cmax}** has the largest share at **{vmax}**{of_total}; **{cmin}** the smallest at {vmin}.",
    "of_total": " of {total}",
    "alt": "{ctype} chart of {metric_l} for {n} {axis_l}: {cmax} is highest at {vmax}, {cmin} lowest at {vmin}.",
    "categories": "categories",
    "value": "Value",  # the series' and axis' name when the user named no measure
    "value_l": "value",
    "axis_l": "{axis}",
    "unit_paren": " ({unit})",
    # several series over the same categories (inline._multi_series)
    "multi_fact": "**{name}** peaks at **{v}** ({c})",
    "multi_total": ", total {total}",
    "multi_lead_total": "{lead} has the highest total {metric_l}",
    "multi_lead_mean": "{lead} has the highest average {metric_l}",
    "multi_lead_total_plain": "{lead} has the highest total",
    "multi_lead_mean_plain": "{lead} has the highest average",
    "multi_alt": "{ctype} chart of {metric_l} for {names} over {n} {axis_l}.",
    # a histogram of bare numbers (inline.histogram_from_numbers)
    "hist_title": "Distribution of {n} values",
    "hist_answer": "{n} values from **{lo}** to **{hi}**; median {med}, mean {mean}.",
    "hist_alt": "Histogram of {n} values ranging from {lo} to {hi}.",
    "count_axis": "Count",
    "values_name": "Values",
    # x/y pairs typed in the question (inline.scatter_from_pairs); strength and direction: corr_*
    "pairs_answer": "{n} points: a {strength} {direction} relation (r = {r}) between {x} and {y}.",
    "pairs_alt": "Scatter plot of {y} against {x} for {n} points, r = {r}.",
    "axis_quarter": "Quarter", "axis_year": "Year", "axis_month": "Month", "axis_weekday": "Day", "axis_ordinal": "",
    # a chart of an attached table (generators.rules.table)
    "rows_word": "rows",
    "stages_of": "{col}", "stages_named": "{name}: {col}",  # the stages of a status column (generators.rules.table_flow)
    # rows of the attached table the question names by their values (generators.rules.lookup_rows)
    "rows_matched": "**{k}** of {n} rows ({where}).",
    "value_for": "{col} ({where}): **{v}**.",
    # one value of the rows a question picks (generators.rules.text.lookup, lookup_rows)
    "most_of": "Highest {m}",
    "least_of": "Lowest {m}",
    "lookup_found": "**{what}**{where}: {row} ({v}).",
    "lookup_value": "**{what}**{where}: {v}.",
    "where_paren": " ({where})",
    "rows_named": "**{k}** of {n} rows ({where}): {names}.",
    "rows_of": ", {k} rows",
    "most_common": "**Most common {m}**{where}: {row} ({k} of {n} rows).",
    # measures of a pasted table not drawn beside the one charted (generators.rules.table_units)
    "left_out": " Not on this chart (other measures): {names}.",
    "or_word": " or ",
    "scatter_title": "{y} vs {x}",
    "corr_answer": "{y} and {x} show a {strength} {direction} correlation (r = {r}) across {n} rows.",
    "corr_strong": "strong", "corr_moderate": "moderate", "corr_weak": "weak",
    "corr_positive": "positive", "corr_negative": "negative",
    "dist_title": "Distribution of {col}",
    "dist_by": " by {x}",
    "range_answer": "{col} ranges from **{lo}** to **{hi}** (median {med}) over {n} rows.",
    "count_measure": "Number of {counted}",
    "agg_measure": "{agg} {y_l}",
    "by_title": "{measure} by {x_l}",
    "by_color": " and {color_l}",
    "over_title": "{measure} over {x_l}",
    "per_title": "{measure} per {period}",
    "period_day": "day", "period_week": "week", "period_month": "month", "period_quarter": "quarter",
    "period_year": "year",
    "top_prefix": "Top {n}: ",
    "bottom_prefix": "Bottom {n}: ",
    "topn_answer": "The top {n} by {measure_l}: {listed}.",
    "bottomn_answer": "The bottom {n} by {measure_l}: {listed}.",
    "same_answer": "All {n} groups have the same {measure_l} (**{v}**).",
    "agg_one": "**{top}** has the highest {measure_l} (**{vt}**).",
    "agg_two": "**{top}** has the highest {measure_l} (**{vt}**); **{low}** the lowest ({vl}).",
    "agg_share": " {top} is {pct}% of the total.",
    "agg_line": "{measure_c} went from **{a}** ({ka}) to **{b}** ({kb}); the highest was {vt} ({top}).",
    "agg_alt": "{ctype} chart of {title_l}",
    "alt_more": ". {first}.",
    # slides (generators.rules.slides, generators.markdown.slides)
    "overview": "Overview",
    "cont": " (cont.)",
    "sep": "; ",
    "list_sep": ", ",
    "deck_answer": "{n} slides from what you gave: {shown}.",
    "deck_answer_one": "{n} slide from what you gave: {shown}.",
    "deck_alt": "A {n}-slide deck: {shown}",
    "fact_high": "{c}: {v} (highest)",
    "fact_low": "{c}: {v} (lowest)",
    "fact_total": "Total: {v}",
    "fact_average": "Average: {v}",
    "number_label": "{metric}, {c}",
    "key_figures": "Key figures",
    "data_deck": "{metric} by {axis}",
    "category": "category",
    "rows_cols": "{rows} rows × {cols} columns",
    "columns_lead": "Columns: ",
    "the_data": "The data",
    "table_deck_alt": "A 2-slide deck on the attached table: {alt}",
    "md_deck": "A {n}-slide deck on “{title}”",
    "md_deck_list": ": {listed}.",
    "md_deck_end": ".",
    "md_deck_alt": "Slide deck “{title}” with {n} slides",
    "md_deck_alt_list": ": {listed}",
    # infographics (generators.rules.blocks, generators.rules.infographic, generators.markdown.infographic)
    "summary": "Summary",
    "items_answer": "{n} items from what you gave, laid out as {type}: {shown}",
    "info_alt": "Infographic “{title}”: {types}.",
    "rows_stat": "rows",
    "stat_total": "total {y_l}",
    "stat_average": "average {y_l}",
    "stat_distinct": "distinct {x_l}",
    "info_stats_alt": "Infographic with {n} stat cards: {alt}",
    "info_table_alt": "Infographic of the attached table with {n} key numbers.",
    "md_info": "An infographic on “{title}”: {kinds}.",
    "key_numbers": " Key numbers: {items}.",
    # a table described in words (generators.rules.text)
    "the_table": "The table",
    "sum_head": "**{title}**: {rows} rows × {cols} columns ({names}).",
    "sum_num": "- **{col}**: total {total}, average {mean}, from {lo} to {hi}.",
    "sum_cat": "- **{col}**: {k} distinct values; most common {top} ({n} rows).",
    # diagrams (generators.rules.diagram, generators.markdown.diagram)
    "diagram": "Diagram",  # a diagram the user named nothing for, titled alike in every language
    "concept_map": "Concept map",
    "notice": "Notice",
    "dtitle_flowchart": "Process", "dtitle_tree": "Hierarchy", "dtitle_mindmap": "Mind map",
    "dtitle_cycle": "Cycle", "dtitle_network": "Network",
    "stop": ".",
    "diagram_alt": "{dtype} “{title}” with {n} nodes: {labels}.",
    "dname_flowchart": "Flowchart", "dname_tree": "Tree", "dname_mindmap": "Mindmap", "dname_cycle": "Cycle",
    "dname_network": "Network",
    # pictures and animations (generators.rules.image, generators.rules.animation)
    "image_answer_a": "A {style} image of {subject}.",
    "image_answer_an": "An {style} image of {subject}.",
    "image_alt": "{style_c} image: {subject}",
    "style_photo": "photo", "style_watercolor": "watercolor", "style_sketch": "sketch", "style_pixel_art": "pixel art",
    "style_3d": "3d", "style_flat": "flat", "style_cinematic": "cinematic", "style_illustration": "illustration",
    "animation": "Animation: ",
}

_ZH: dict[str, str] = {
    "reached": "{n}项中有{k}项达到{kind}{v}。",
    "reference": "{kind}为{v}。",
    "rise": "{metric}从{c0}的{a}增长到{c1}的{b}",
    "fall": "{metric}从{c0}的{a}下降到{c1}的{b}",
    "flat": "{metric}在{c0}至{c1}间保持在{a}",
    "peak": "{metric}在{c}达到峰值{v}",
    "top": "{c}的{metric_l}最高（{v}）",  # metric_l is metric: Chinese has no case
    "top_plain": "{c}最高（{v}）",
    "share": "{c}占比最大（{v}）",
    "line_answer": "{metric}从{c0}的 **{a}** 变为{c1}的 **{b}**（{change}）。最高为{cmax}的 **{vmax}**，最低为{cmin}的{vmin}。",
    "bar_answer": "**{cmax}** 最高，为 **{vmax}**；**{cmin}** 最低，为{vmin}；{n}项合计{total}。",
    "bar_answer_plain": "**{cmax}** 最高，为 **{vmax}**；**{cmin}** 最低，为{vmin}。",
    "not_whole": "这些百分比合计为{total}，不是一个整体，饼图会显示错误的占比，因此用柱状图表示。",
    "pie_answer": "**{cmax}** 占比最大，为 **{vmax}**{of_total}；**{cmin}** 最小，为{vmin}。",
    "of_total": "（合计{total}）",
    "alt": "{ctype}图：{n}个{axis_l}的{metric_l}，{cmax}最高（{vmax}），{cmin}最低（{vmin}）。",
    "categories": "类别",
    "value": "数值",
    "value_l": "数值",
    "axis_l": "{axis}",
    "unit_paren": "（{unit}）",
    "multi_fact": "**{name}** 在{c}达到峰值 **{v}**",
    "multi_total": "，合计{total}",
    "multi_lead_total": "{lead}的{metric_l}合计最高",
    "multi_lead_mean": "{lead}的{metric_l}平均值最高",
    "multi_lead_total_plain": "{lead}合计最高",
    "multi_lead_mean_plain": "{lead}平均值最高",
    "multi_alt": "{ctype}图：{names}在{n}个{axis_l}上的{metric_l}。",
    "hist_title": "{n}个数值的分布",
    "hist_answer": "{n}个数值，范围 **{lo}** 至 **{hi}**；中位数{med}，平均值{mean}。",
    "hist_alt": "{n}个数值的直方图，范围{lo}至{hi}。",
    "count_axis": "频数",
    "values_name": "数值",
    "pairs_answer": "{n}个点：{x}与{y}呈{strength}{direction}相关（r = {r}）。",
    "corr_answer": "在{n}行数据中，{y}与{x}呈{strength}{direction}相关（r = {r}）。",
    "corr_strong": "强", "corr_moderate": "中等", "corr_weak": "弱", "corr_positive": "正", "corr_negative": "负",
    "pairs_alt": "{y}与{x}的散点图，{n}个点，r = {r}。",
    "axis_quarter": "季度", "axis_year": "年份", "axis_month": "月份", "axis_weekday": "星期", "axis_ordinal": "",
    "rows_word": "记录",
    "stages_of": "{col}的各个阶段", "stages_named": "{name}：{col}的各个阶段",
    "rows_matched": "{n} 条记录中有 **{k}** 条（{where}）。",
    "value_for": "{col}（{where}）：**{v}**。",
    "most_of": "{m}最高",
    "least_of": "{m}最低",
    "lookup_found": "**{what}**{where}：{row}（{v}）。",
    "lookup_value": "**{what}**{where}：{v}。",
    "where_paren": "（{where}）",
    "rows_named": "{n} 条记录中有 **{k}** 条（{where}）：{names}。",
    "rows_of": "，{k} 条记录",
    "most_common": "**最常见的{m}**{where}：{row}（{n} 条记录中有 {k} 条）。",
    "left_out": "其他度量未画入此图：{names}。",
    "or_word": "或",
    "scatter_title": "{y}与{x}的关系",
    "dist_title": "{col}的分布",
    "dist_by": "",
    "count_measure": "{counted}数量",
    "agg_measure": "{agg}{y_l}",
    "by_title": "各{x_l}的{measure}",
    "by_color": "",
    "over_title": "各{x_l}的{measure}",
    "per_title": "各{x_l}的{measure}",
    "topn_answer": "{measure_l}最高的{n}项：{listed}。",
    "bottomn_answer": "{measure_l}最低的{n}项：{listed}。",
    "same_answer": "全部 {n} 组的{measure_l}相同（**{v}**）。",
    "agg_one": "**{top}** 的{measure_l}最高（{vt}），**{top}** 最低（{vt}）。",  # one group: it is both
    "agg_two": "**{top}** 的{measure_l}最高（{vt}），**{low}** 最低（{vl}）。",
    "agg_share": "",
    "agg_alt": "{title_l}",
    "overview": "概览",
    "cont": "（续）",
    "sep": "；",
    "list_sep": "、",
    "deck_answer": "根据你给出的内容生成 {n} 页：{shown}。",
    "deck_answer_one": "根据你给出的内容生成 {n} 页：{shown}。",
    "fact_high": "{c}：{v}（最高）",
    "fact_low": "{c}：{v}（最低）",
    "fact_total": "合计：{v}",
    "fact_average": "平均：{v}",
    "number_label": "{metric}（{c}）",
    "key_figures": "关键数据",
    "data_deck": "{metric}概览",
    "rows_cols": "{rows} 行 × {cols} 列",
    "columns_lead": "列：",
    "the_data": "数据概览",
    "md_deck": "共 {n} 页幻灯片，主题“{title}”",
    "md_deck_list": "：{listed}。",
    "md_deck_end": "。",
    "summary": "概览",
    "items_answer": "根据你给出的 {n} 项内容：{shown}",
    "rows_stat": "行",
    "md_info": "关于“{title}”的信息图，包含：{kinds}。",
    "the_table": "表格",
    "sum_head": "**{title}**：{rows} 行 × {cols} 列（{names}）。",
    "sum_num": "- **{col}**：合计 {total}，平均 {mean}，范围 {lo} 至 {hi}。",
    "sum_cat": "- **{col}**：{k} 个不同取值，最常见的是 {top}（{n} 行）。",
    "diagram": "示意图",
    "concept_map": "概念图",
    "notice": "通知",
    "dtitle_flowchart": "流程", "dtitle_tree": "层级结构", "dtitle_mindmap": "思维导图", "dtitle_cycle": "循环",
    "dtitle_network": "关系网络",
    "stop": "。",
    "image_answer_a": "一张{subject}的图片（风格：{style}）。",
    "image_answer_an": "一张{subject}的图片（风格：{style}）。",
    "style_pixel_art": "pixel_art",  # the style's own name, as Chinese answers always said it
    "animation": "动画：",
}

AGG_WORDS: dict[str, dict[str, str]] = {
    "en": {"sum": "Total", "mean": "Average", "count": "Number of rows", "median": "Median", "max": "Maximum",
           "min": "Minimum", "": ""},
    "zh": {"sum": "总", "mean": "平均", "count": "数量", "median": "中位数", "max": "最大", "min": "最小", "": ""},
    **INTL_AGG,
    **WORLD_AGG,
    **AR_HI_AGG,
}
# fmt: on

TEMPLATES: dict[str, dict[str, str]] = {"en": _EN, "zh": _ZH, **INTL, **WORLD, **AR_HI}
"""Computed texts by language code (the codes `words.language` gives); English is complete."""

CHART_NAMES_ZH = {
    "bar": "柱状",
    "horizontal_bar": "条形",
    "line": "折线",
    "area": "面积",
    "pie": "饼",
    "donut": "环形",
}
CHART_NAMES: dict[str, dict[str, str]] = {
    "zh": CHART_NAMES_ZH,
    **INTL_CHART_NAMES,
    **WORLD_CHART_NAMES,
    **AR_HI_CHART_NAMES,
}
"""Chart types' names in each language ("barras" in "Gráfico de barras"); English says the type."""

CASED = frozenset({"zh", "de"})
"""Languages whose sentences keep the user's words as written: German capitalises nouns ("Umsatz",
not "umsatz"); Chinese titles always kept them (scripts without case are unchanged by lowering)."""


@lru_cache(maxsize=64)
def template(lang: str) -> dict[str, str]:
    """Every computed text in `lang`, English where the language has none (key by key)."""
    return {**_EN, **TEMPLATES.get(lang, {})}


# What each infographic block is called in an answer ("laid out as a timeline"): the block's type
# is a schema name, not a word to show a reader.
# fmt: off
_BLOCK_NAMES: dict[str, tuple[str, ...]] = {  # stats, steps, timeline, comparison, checklist, callout, table, text, visual
    "en": ("key numbers", "steps", "a timeline", "a comparison", "a checklist", "a callout", "a table", "text", "a visual"),
    "es": ("cifras clave", "pasos", "cronología", "comparación", "lista de verificación", "nota destacada", "tabla", "texto", "visual"),
    "fr": ("chiffres clés", "étapes", "frise chronologique", "comparaison", "liste de contrôle", "encadré", "tableau", "texte", "visuel"),
    "de": ("Kennzahlen", "Schritte", "Zeitleiste", "Vergleich", "Checkliste", "Hinweis", "Tabelle", "Text", "Grafik"),
    "pt": ("números-chave", "passos", "linha do tempo", "comparação", "checklist", "destaque", "tabela", "texto", "visual"),
    "it": ("cifre chiave", "passaggi", "linea del tempo", "confronto", "checklist", "riquadro", "tabella", "testo", "visuale"),
    "nl": ("kerncijfers", "stappen", "tijdlijn", "vergelijking", "checklist", "kader", "tabel", "tekst", "visual"),
    "ru": ("ключевые цифры", "шаги", "хронология", "сравнение", "чек-лист", "выноска", "таблица", "текст", "визуальный блок"),
    "ja": ("主要な数値", "手順", "年表", "比較", "チェックリスト", "囲み", "表", "テキスト", "ビジュアル"),
    "ko": ("핵심 수치", "단계", "타임라인", "비교", "체크리스트", "강조 상자", "표", "텍스트", "시각 자료"),
    "tr": ("önemli rakamlar", "adımlar", "zaman çizelgesi", "karşılaştırma", "kontrol listesi", "not kutusu", "tablo", "metin", "görsel"),
    "pl": ("kluczowe liczby", "kroki", "oś czasu", "porównanie", "lista kontrolna", "wyróżnienie", "tabela", "tekst", "element wizualny"),
    "ar": ("أرقام رئيسية", "خطوات", "خط زمني", "مقارنة", "قائمة تحقق", "ملاحظة بارزة", "جدول", "نص", "عنصر مرئي"),
    "hi": ("मुख्य संख्याएँ", "चरण", "समयरेखा", "तुलना", "चेकलिस्ट", "विशेष टिप्पणी", "तालिका", "पाठ", "विज़ुअल"),
    "zh": ("关键数字", "步骤", "时间线", "对比", "清单", "提示框", "表格", "文本", "图示"),
}
# fmt: on
_BLOCK_TYPES = ("stats", "steps", "timeline", "comparison", "checklist", "callout", "table", "text", "visual")


def block_name(lang: str, block_type: str) -> str:
    """An infographic block's kind as a reader says it, in `lang` (English where it has none)."""
    names = _BLOCK_NAMES.get(lang, _BLOCK_NAMES["en"])
    return names[_BLOCK_TYPES.index(block_type)] if block_type in _BLOCK_TYPES else block_type


def tr(lang: str, key: str, **fields: str | int) -> str:
    """One computed text in `lang` (English where it has none), its placeholders filled."""
    return template(lang)[key].format(**fields)


def lower(lang: str, text: str) -> str:
    """The text as it reads inside a sentence: lowercased where the language lowercases nouns."""
    return text if lang in CASED else text.lower()


def counted_axis(lang: str, axis: str) -> str:
    """The axis name after a count ("for 3 cities"): English counts in the plural; the other
    templates write it as a label ("ville : 3") and take it as it is."""
    word = axis_word(lang, axis)
    return plural(word) if lang == "en" else word


def plural(noun: str) -> str:
    """An English noun's plural, for "3 cities", "3 people", "3 months" (regular rules, a few
    irregular nouns; an axis name is one noun)."""
    low = noun.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low] if noun.islower() else _IRREGULAR[low].capitalize()
    if re.search(r"[^aeiou]y$", low):
        return noun[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", low):
        return noun + "es"
    return noun + "s"


_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women", "country": "countries"}


def axis_word(lang: str, axis: str) -> str:
    """An axis name inside a sentence ("month" in "sales by month"): lowercased, as it always was,
    except in German, whose nouns keep their capital."""
    return axis if lang == "de" else axis.lower()


def chart_name(lang: str, ctype: str) -> str:
    """The chart type's name in `lang`: 'horizontal bar' in English, '条形' in Chinese ('' where
    Chinese has none, as before), 'barras horizontales' in Spanish."""
    if lang == "zh":
        return CHART_NAMES_ZH.get(ctype, "")
    return CHART_NAMES.get(lang, {}).get(ctype, ctype.replace("_", " "))
