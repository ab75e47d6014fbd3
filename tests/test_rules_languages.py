"""Computed texts (titles, answers, alt texts, aggregate words) in the question's language.

The offline planner writes its own sentences around the user's words and computed numbers; a
Spanish question gets Spanish sentences, a Japanese one Japanese (never Chinese grammar), while the
plan itself (kind, chart type, categories, values) is what it is in any language.
"""

from __future__ import annotations

import string

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.markdown.slides import markdown_to_slides
from generators.rules import RulesPlanner
from generators.rules.request import RulesInput
from generators.rules.templates import AGG_WORDS, TEMPLATES, template, tr
from generators.rules.words import lang_of


def plan_of(question: str, **kw: object):
    got = RulesPlanner().plan(PlanRequest(question=question, **kw))
    return getattr(got, "plan", got)


# language → (question, its categories, words the title, the answer and the alt text must say)
INLINE = {
    "es": ("ventas por mes: enero 120, febrero 150, marzo 90", ["enero", "febrero", "marzo"], "más alto"),
    "fr": (
        "Fais un graphique des ventes par mois : janvier 120, février 150, mars 90",
        ["janvier", "février", "mars"],
        "plus élevée",
    ),
    "de": (
        "Umsatz pro Monat: Januar 120, Februar 150, März 90",
        ["Januar", "Februar", "März"],
        "öchster Wert",
    ),
    "pt": (
        "Faça um gráfico das vendas de cada mês, são estas: janeiro 120, fevereiro 150, março 90",
        ["janeiro", "fevereiro", "março"],
        "mais alto",
    ),
    "it": (
        "Fammi un grafico delle vendite per mese: gennaio 120, febbraio 150, marzo 90",
        ["gennaio", "febbraio", "marzo"],
        "più alto",
    ),
    "nl": (
        "Maak een grafiek van de omzet per maand: januari 120, februari 150, maart 90",
        ["januari", "februari", "maart"],
        "hoogste",
    ),
    "ru": (
        "продажи по месяцам: январь 120, февраль 150, март 90",
        ["январь", "февраль", "март"],
        ("наибольшее", "Максимум", "максимум"),
    ),
    "ja": (
        "月別の売上: 1月 120、2月 150、3月 90 のグラフを作って",
        ["1月", "2月", "3月"],
        ("最も高い", "最も高い", "最高"),
    ),
    "ko": ("월별 매출: 1월 120, 2월 150, 3월 90 그래프로 보여줘", ["1월", "2월", "3월"], "최고"),
    "tr": (
        "aylara göre satışlar için bir grafik yap: ocak 120, şubat 150, mart 90",
        ["ocak", "şubat", "mart"],
        ("en yüksek", "En yüksek", "en yüksek"),
    ),
    "pl": (
        "Zrób wykres sprzedaży w miesiącach: styczeń 120, luty 150, marzec 90",
        ["styczeń", "luty", "marzec"],
        ("najwyższa", "Najwyższa", "najwyższa"),
    ),
}
ENGLISH = ("highest", "lowest", " chart of ", "values total")


@pytest.mark.parametrize("lang", sorted(INLINE))
def test_an_inline_chart_is_titled_and_answered_in_the_question_language(lang: str) -> None:
    question, categories, said = INLINE[lang]
    assert lang_of(question) == lang
    plan = plan_of(question)
    assert plan.kind == "chart" and plan.chart_type == "bar"
    assert plan.categories == categories
    assert [s.values for s in plan.series] == [[120.0, 150.0, 90.0]]
    in_title, in_answer, in_alt = said if isinstance(said, tuple) else (said, said, said)
    assert in_title in plan.title and in_answer in plan.answer and in_alt in plan.alt_text
    assert (
        "150" in plan.title and "150" in plan.answer and "360" in plan.answer
    )  # computed, formatted as ever
    for text in (plan.title, plan.answer, plan.alt_text):
        assert not any(word in text for word in ENGLISH), text


def test_the_same_numbers_make_the_same_chart_in_every_language() -> None:
    english = plan_of("sales by month: January 120, February 150, March 90")
    for question, _, _ in INLINE.values():
        plan = plan_of(question)
        assert (plan.kind, plan.chart_type, plan.series[0].values) == (
            english.kind,
            english.chart_type,
            english.series[0].values,
        )
        assert plan.answer != english.answer


def test_japanese_and_korean_charts_are_never_written_in_chinese_grammar() -> None:
    for lang in ("ja", "ko"):
        plan = plan_of(INLINE[lang][0])
        for text in (plan.title, plan.answer, plan.alt_text):
            assert "最高，为" not in text and "最低，为" not in text and "项合计" not in text
    ja = plan_of(INLINE["ja"][0])
    assert "最も低い" in ja.answer and "です" in ja.answer and "棒グラフ" in ja.alt_text
    ko = plan_of(INLINE["ko"][0])
    assert "최저" in ko.answer and "합계" in ko.answer and "막대 차트" in ko.alt_text


TABLE = pd.DataFrame({"region": ["Norte", "Sur", "Norte", "Este"], "ventas": [10.0, 20.0, 30.0, 5.0]})


@pytest.mark.parametrize(
    ("question", "lang", "aggregate", "title", "answer"),
    [
        ("promedio de ventas por region", "es", "mean", "Promedio de ventas", "más alto"),
        (
            "Zeig mir den Durchschnitt der ventas nach region",
            "de",
            "mean",
            "Durchschnitt von Ventas",
            "Höchster",
        ),
        ("Fais-moi la moyenne des ventas par region", "fr", "mean", "Moyenne de ventas", "plus élevée"),
        ("regionごとのventasの平均を見せて", "ja", "mean", "ventasの平均", "最も高い"),
        ("Pokaż ventas dla każdego region", "pl", "sum", "Suma: ventas", "Najwyższa"),
    ],
)
def test_a_table_aggregate_is_titled_with_the_language_aggregate_word(
    question: str, lang: str, aggregate: str, title: str, answer: str
) -> None:
    assert lang_of(question) == lang
    plan = plan_of(question, table=TABLE, table_name="data/ventas.csv")
    assert plan.kind == "chart" and plan.aggregate == aggregate and (plan.x, plan.y) == ("region", "ventas")
    assert title in plan.title and AGG_WORDS[lang][aggregate] in plan.y_title
    top = "20" if aggregate == "mean" else "40"  # Norte: 10 and 30
    assert answer in plan.answer and "**Norte**" in plan.answer and top in plan.answer
    assert "highest" not in plan.answer and "Average" not in plan.title and "Total" not in plan.title


def test_english_and_chinese_texts_are_as_they_were() -> None:
    en = plan_of("sales by month: January 120, February 150, March 90")
    assert en.title == "February has the highest sales (150)"
    assert (
        en.answer == "**February** is highest at **150** and **March** lowest at 90; the 3 values total 360."
    )
    assert en.alt_text == "Bar chart of sales for 3 months: February is highest at 150, March lowest at 90."
    zh = plan_of("每月销售额：一月 120，二月 150，三月 90")
    assert zh.answer == "**二月** 最高，为 **150**；**三月** 最低，为90；3项合计360。"
    assert zh.alt_text == "柱状图：3个类别的每月销售额，二月最高（150），三月最低（90）。"
    table = plan_of("average ventas by region", table=TABLE, table_name="t.csv")
    assert table.title == "Average ventas by region"


def test_the_question_language_decides_not_the_words_it_quotes() -> None:
    assert lang_of("average ventas by region") == "en"  # English question, Spanish column names
    assert lang_of("show me 销售额 by month please") == "en"
    assert lang_of("每月销售额：一月 120，二月 150") == "zh"
    assert lang_of("月別の売上を見せて") == "ja" and lang_of("월별 매출 보여줘") == "ko"
    assert lang_of("مبيعات الشهر") == "ar" and lang_of("महीने की बिक्री") == "hi"
    assert lang_of("Penjualan bulanan: Januari 10") == "en"  # a language without templates keeps English


def test_a_markdown_answer_is_framed_in_the_question_language() -> None:
    md = "# 週次報告\n\n## 進捗\n\n- 設計完了\n- 実装中\n\n## 課題\n\n- 人手不足\n- 予算\n"
    req = RulesInput.from_request(PlanRequest(question="これをスライドにして", markdown=md))
    deck = markdown_to_slides(md, lang=req.content_lang())
    assert req.lang == "ja" and "スライド" in deck.answer and "幻灯片" not in deck.answer
    as_before = markdown_to_slides(md)  # no question language given: the markdown's own, as before
    assert "幻灯片" in as_before.answer
    english = RulesInput.from_request(PlanRequest(question="make slides of this", markdown=md))
    assert english.content_lang() is None  # an English ask keeps the markdown's language


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# The Chinese title of a time series names its column ("各月份的销售额"), as it always did.
CHINESE_EXTRA = {"per_title": {"x_l"}}


def test_every_template_language_has_the_placeholders_of_english() -> None:
    english = TEMPLATES["en"]
    for lang, table in TEMPLATES.items():
        assert set(table) - set(english) == set(), lang  # no key English lacks
        for key, text in table.items():
            if lang == "zh" or not text:
                # Chinese keeps the wording it always had (it leaves some fields out); an empty
                # template says nothing
                assert _fields(text) <= _fields(english[key]) | CHINESE_EXTRA.get(key, set()), (lang, key)
            else:
                assert _fields(text) == _fields(english[key]), (lang, key)
    for lang in TEMPLATES:
        assert set(AGG_WORDS[lang]) == set(AGG_WORDS["en"]), lang


def test_a_missing_template_falls_back_to_english_key_by_key() -> None:
    assert "bottom_prefix" not in TEMPLATES["zh"]
    assert template("zh")["bottom_prefix"] == TEMPLATES["en"]["bottom_prefix"]
    assert tr("xx", "overview") == "Overview"
    assert tr("es", "overview") == "Resumen"
    assert tr("ja", "fact_total", v="360") == "合計：360"
