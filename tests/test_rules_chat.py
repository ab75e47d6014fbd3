"""Questions as people type them into a chat app, each mechanism with examples written for this test
(none taken from a labelled set): currency and percent signs written where a language puts them,
people and time points as labels, fact sheets that are no series, and the form's own words."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.extract import extract_data
from generators.rules.numbers import find_numbers


def full_plan(question: str) -> object:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def test_a_currency_sign_before_digits_belongs_to_the_number_after_it() -> None:
    """'2021 $1,450 2022 $1,525': the '$' is the price's, so the years stay labels and the prices money."""
    nums = find_numbers("rent 2021 $1,450 2022 $1,525 2023 $1,700")
    assert [(n.value, n.dim) for n in nums] == [
        (2021, ""), (1450, "money"), (2022, ""), (1525, "money"), (2023, ""), (1700, "money")
    ]  # fmt: skip
    assert [(n.value, n.dim) for n in find_numbers("cost 40 $ and 50 $")] == [(40, "money"), (50, "money")]
    data = extract_data("what we paid in rent: 2022 $1,525 2023 $1,700 2024 $1,850")
    assert data is not None and data.values == [1525, 1700, 1850]


def test_a_percent_sign_written_first_is_a_percentage() -> None:
    """Turkish writes '%62': a share, so it never shares an axis with counts of shots."""
    assert [(n.value, n.dim) for n in find_numbers("topla oynama %62, şut 14")] == [(62, "percent"), (14, "")]
    assert route("maç özeti: 2 gol, %55 topla oynama, 11 şut, 4 korner").kind != "chart"
    assert route("oylar: %40 evet, %35 hayır, %25 kararsız").kind == "chart"


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("our bowling scores: tom 142 me 155 ana 120", ["tom", "me", "ana"]),
        ("who paid what: me 640, jess 480, dan 320", ["me", "jess", "dan"]),
        ("puntos: yo 12, Ana 9, Luis 15", ["yo", "Ana", "Luis"]),
    ],
)
def test_the_speaker_is_a_label_among_names(question: str, labels: list[str]) -> None:
    """'me 155' between names is the person speaking: one more bar, not a glue word that ends the list."""
    data = extract_data(question)
    assert data is not None and data.categories == labels


def test_a_duration_right_before_a_measure_is_a_time_point() -> None:
    """'1か月4.0kg' is the weight at one month: the age labels the item, the weights are the series."""
    data = extract_data("体重の推移：出生3.1kg 1か月4.0kg 3か月5.9kg")
    assert (
        data is not None and data.categories == ["出生", "1か月", "3か月"] and data.values == [3.1, 4.0, 5.9]
    )
    assert route("my run: 10 km, 54 min, 612 kcal").kind != "chart"  # units side by side stay apart


@pytest.mark.parametrize(
    "question",
    [
        "그래프로: 카페 오픈 2018년, 직원 7명, 하루 손님 250명, 전화 02-555-0199",
        "as a chart: founded in 2009, 40 staff, 1200 customers, call 020 7946 0018",
    ],
)
def test_items_with_digits_but_no_quantity_make_a_fact_sheet(question: str) -> None:
    """A year with its counter or a phone number beside two counts: facts about one shop, not a series."""
    assert extract_data(question) is None
    assert full_plan(question).kind != "chart"
    assert extract_data("월별 매출: 1월 100, 2월 120, 3월 130") is not None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("bracket for the office chess tournament: ana v li, raj v tom, winners play the final", "diagram"),
        ("トーナメント表：Aチーム対Bチーム、Cチーム対Dチーム、勝者同士で決勝", "diagram"),
        ("storyboard for our ad: close-up of the mug, steam rising, logo at the end", "slides"),
        ("絵コンテ：朝の駅、主人公が走る、電車に間に合う", "slides"),
        ("a meme of a cat judging my code", "image"),
        ("做个表情包：小狗戴墨镜", "image"),
        ("festa della scuola, volantino: sabato 10-13, palestra, torte 2€", "infographic"),
        ("체육대회 포스터: 5월 10일, 운동장, 오전 9시", "infographic"),
        ("une petite appli pour cocher mes courses : lait, pain, œufs, beurre", "app"),
        ("una app para marcar mis tareas: lavar, planchar, barrer", "app"),
    ],
)
def test_a_form_named_by_its_everyday_word_in_many_languages(question: str, kind: str) -> None:
    """A bracket is a tree of matches, a storyboard a run of frames, a meme a picture, a flyer a poster,
    'an app to …' an app: the word names the form however the rest is phrased."""
    assert route(question).kind == kind


def test_our_app_in_a_list_of_numbers_is_no_ask_for_an_app() -> None:
    """'app' as the thing measured ('our app downloads: …') is data; only 'an app to/for …' asks for one."""
    assert route("our app downloads: ios 10k, android 12k, web 4k").kind == "chart"


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("夏祭りのポスター：8月3日 17時から 公民館前", ["8月3日", "17時から", "公民館前"]),
        ("做成时间线：2019入职 2021升主管 2023跳槽", ["2019入职", "2021升主管", "2023跳槽"]),
        ("海报：周六下午两点 小区篮球赛 三号球场 谢谢", ["周六下午两点", "小区篮球赛", "三号球场"]),
    ],
)
def test_spaces_separate_items_in_chinese_and_japanese(question: str, items: list[str]) -> None:
    """Chinese and Japanese put no spaces between words, so a typed space ends an item."""
    from generators.rules.content import supplied

    found = supplied(question)
    assert found is not None and found.items == items
    assert supplied("summer party: music, food and games") is not None
    assert supplied("make a poster for the summer party") is None
    assert (
        supplied("做个海报 周六下午两点 小区篮球赛 三号球场") is None
    )  # no colon: what is the ask is unclear


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("something where i can tick off my gym bag: towel, lock, shoes", ["towel", "lock", "shoes"]),
        ("une petite appli pour cocher mes courses : lait, pain, œufs", ["lait", "pain", "œufs"]),
        (
            "a to-do app for moving day: book van, pack kitchen, return keys",
            ["book van", "pack kitchen", "return keys"],
        ),
    ],
)
def test_an_app_to_tick_off_a_given_list_is_a_checklist(question: str, items: list[str]) -> None:
    """The checklist view shows the user's own items and the progress as they are ticked; nothing added."""
    plan = full_plan(question)
    assert plan.kind == "app"
    assert [v.items for v in plan.views if v.type == "checklist"] == [items]


def test_a_list_without_ticking_is_no_checklist_app() -> None:
    """A printable checklist is an infographic; an app with no list to tick stays honest text."""
    assert full_plan("checklist for the trip: passport, tickets, charger").kind == "infographic"
    assert full_plan("something where i can tick things off").kind == "text"


@pytest.mark.parametrize(
    "question",
    [
        "ok just tell me which week was best: wk1 12, wk2 18, wk3 15",
        "dis-moi juste quel mois était le meilleur : jan 340, fév 410, mar 395",
        "直接告诉我哪个月最好：一月340，二月410，三月395",
    ],
)
def test_numbers_asked_about_in_words_get_their_reading_in_words(question: str) -> None:
    """The user wants the answer, not a chart: the highest value is said, and no chart is drawn."""
    plan = full_plan(question)
    assert plan.kind == "text"
    assert "410" in plan.answer or "18" in plan.answer
    assert full_plan("chart it, just tell me if it looks off: wk1 12, wk2 18, wk3 15").kind == "chart"


@pytest.mark.parametrize(
    "question",
    [
        "¿es normal que mi hijo de 3 años duerma 12 horas?",
        "is it ok that my 9 year old reads 20 minutes a day?",
    ],
)
def test_a_question_about_two_numbers_is_answered_not_charted(question: str) -> None:
    """Two numbers in a question that names no form are what it asks about, not a series to plot."""
    assert route(question).kind == "text"
    assert route("chart? north 120, south 135").kind == "chart"
    assert route("visits: mon 120, tue 135, wed 98?").kind == "chart"


def test_a_value_read_at_each_setting_is_a_series_over_the_settings() -> None:
    """'160°C 18 min, 175°C 13 min': the bake time at each temperature. The temperatures label the
    items (they rise), the minutes are the values, and their sum means nothing so none is stated."""
    data = extract_data("bake time by oven temp: 160°C 18 min, 175°C 13 min, 190°C 10 min")
    assert data is not None and data.categories == ["160°C", "175°C", "190°C"] and data.values == [18, 13, 10]
    plan = full_plan("fuel use: 50 km/h 4.1 l, 90 km/h 5.2 l, 120 km/h 6.8 l")
    assert plan.kind == "chart" and "total" not in plan.answer
    assert route("bake time by oven temp: 160°C 18 min, 175°C 13 min, 190°C 10 min").kind != "diagram"
    assert route("10 km 54 min, 5 km 25 min").kind != "chart"  # settings must rise: two runs, not a series


def test_a_ranked_list_is_no_flow_of_steps() -> None:
    """Places in an order of preference are not steps one follows: no arrows between albums."""
    assert (
        route("my top 5 albums, ranked: 1. GNX 2. Brat 3. Chromakopia 4. Hit Me Hard and Soft").kind
        != "diagram"
    )
    assert route("onboarding: 1. sign contract 2. get laptop 3. meet team").kind == "diagram"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("thx! one more q: what's the median of 4, 9, 11?", "**9**"),
        ("la media de 3,5 y 4,5", "**4**"),
        ("mean of 1,200 and 800", "**1,000**"),
        ("12、15、9的平均数是多少？", "**12**"),
    ],
)
def test_a_statistic_of_listed_numbers_is_worked_out_not_charted(question: str, answer: str) -> None:
    """Unlabelled numbers after 'the median of' are a sum to do; commas read the way the language
    writes them ('3,5' is three and a half in Spanish, '1,200' twelve hundred in English)."""
    plan = full_plan(question)
    assert plan.kind == "text" and answer in plan.answer
    assert route("average score by class: red 80, blue 90, green 85").kind == "chart"


def test_a_diagram_word_that_names_the_measure_does_not_make_a_flow() -> None:
    """'steps per day' counts steps walked; 'how practice works: warmup 10 min, …' is still a process."""
    assert route("steps per day 👟 mon 6k tue 9k wed 12k thu 4k").kind == "chart"
    assert route("how practice works: warmup 10 min, drills 20, scrimmage 25, cooldown 5").kind == "diagram"


def test_two_series_named_by_versus_and_written_with_slashes() -> None:
    """'2023 vs 2024: jan 80/72, …': each item holds both years' values in the order they were named."""
    data = extract_data("compare my water bill 2023 vs 2024: jan 40/36, feb 38/35, mar 30/29")
    assert data is not None and data.categories == ["jan", "feb", "mar"]
    assert data.groups == [("2023", [40, 38, 30]), ("2024", [36, 35, 29])]
    plan = full_plan("compare my water bill 2023 vs 2024: jan 40/36, feb 38/35, mar 30/29")
    assert plan.kind == "chart" and [s.name for s in plan.series] == ["2023", "2024"]
    scores = extract_data("spelling test: ana 18/20, ben 15/20, cat 19/20")
    assert scores is None or not scores.groups  # a score out of 20 is no second series


def test_a_value_typed_per_period_is_summed_and_measured_against_a_named_goal() -> None:
    """'I type how much I put in each week and it shows how close I am to $2000': one input per week,
    their total, and what is left to the goal the user named. Nothing but sums of what is typed."""
    plan = full_plan(
        "a savings tracker: i type how much i put in each week and it shows how close i am to $1500"
    )
    assert plan.kind == "app" and [i.label for i in plan.inputs] == ["Week 1", "Week 2", "Week 3", "Week 4"]
    formulas = {c.name: c.formula for c in plan.computed}
    assert formulas["total"] == "p1 + p2 + p3 + p4" and "1500" in formulas["to_go"]
    daily = full_plan("a dashboard where I type each day's sales and it shows the week total")
    assert daily.kind == "app" and len(daily.inputs) == 7 and "to_go" not in {c.name for c in daily.computed}
    assert full_plan("una app donde apunto cada mes mis gastos y me da el total").kind == "app"
    assert full_plan("a dashboard where I type each day's mood").kind == "text"  # nothing to add up
    mortgage = full_plan("a mortgage calculator where I enter the loan and it shows what I pay each month")
    assert mortgage.kind == "app" and "Jan" not in [i.label for i in mortgage.inputs]  # a loan, not a log


def test_a_list_inside_a_longer_message_is_the_content() -> None:
    """The story before it and the ask after it are neither the list nor its items."""
    from generators.rules.content import supplied

    question = (
        "So I'm giving a talk at the garden club on friday evening and honestly I'm really nervous about it haha, "
        "it's my first time. Topics: compost, mulch, watering. Could you make slides?"
    )
    found = supplied(question)
    assert found is not None and found.items == ["compost", "mulch", "watering"]
    plan = full_plan(question)
    assert plan.kind == "slides" and "Could you" not in plan.model_dump_json()


def test_a_year_a_spaced_dash_and_a_bigger_number_is_the_years_value() -> None:
    """'2020 — 100, 2021 — 140': not ranges from 2020 down to 100, but each year's value; a range of
    years ('2019 - 2023') and short numbers after a dash stay what they were."""
    data = extract_data("sales: 2020 — 100, 2021 — 140, 2022 — 210")
    assert data is not None and data.categories == ["2020", "2021", "2022"] and data.values == [100, 140, 210]
    assert [n.value for n in find_numbers("from 2019 - 2023")] == []
    assert find_numbers("we won 5 - 3") == []


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("Diagramm bitte: Mo 3 Di 5 Mi 2 Do 6", ["Mo", "Di", "Mi", "Do"]),
        ("graphique : lun 3 mar 5 mer 2 jeu 6", ["lun", "mar", "mer", "jeu"]),
        ("maak een grafiekje: ma 3 di 5 wo 2 do 6", ["ma", "di", "wo", "do"]),
    ],
)
def test_weekday_abbreviations_in_order_label_the_numbers(question: str, days: list[str]) -> None:
    """In 'Di 5 Mi 2' "Mi" is Wednesday, not miles; in 'lun 3 mar 5' "mar" is Tuesday, not March 3rd;
    "di" and "do" are days, not glue words. Every value given is kept."""
    data = extract_data(question)
    assert data is not None and data.categories == days and data.values == [3, 5, 2, 6]
    assert [(n.value, n.dim) for n in find_numbers("ran 5 mi on sunday")] == [(5, "length")]


@pytest.mark.parametrize(
    "question",
    [
        "un'app per dividere il conto con la mancia",
        "calculadora de gorjeta",
        "калькулятор чаевых",
        "bahşiş hesaplayıcı",
    ],
)
def test_the_tip_calculator_is_named_in_more_languages(question: str) -> None:
    plan = full_plan(question)
    assert plan.kind == "app" and plan.inputs


def test_a_budget_given_with_what_is_typed_taken_off_it() -> None:
    """'she gets $15/week… types what she spends and sees what's left': the one amount is the budget,
    the purchases typed are taken off it; a unit other than money is kept ('10 GB')."""
    plan = full_plan(
        "my daughter gets $15/week, can you make a little thing where she types what she spends and sees what's left"
    )
    assert plan.kind == "app"
    left = next(c for c in plan.computed if c.name == "left")
    assert left.formula == "15.0 - spent" and left.prefix == "$"
    data = full_plan("I have 10 GB of data a month, something where I enter what I used and see what's left")
    assert data.kind == "app" and next(c for c in data.computed if c.name == "left").unit == "GB"
    assert [(n.value, n.dim) for n in find_numbers("$20/week")] == [(20, "money")]
    assert find_numbers("3/4 of the class") == []  # a fraction or a date, as before


def test_a_scatter_asked_for_keeps_its_x_values_when_items_read_as_settings() -> None:
    """'2h 55, 4h 62' also reads as a value at each setting; asked as a scatter, the hours stay x values."""
    plan = full_plan("scatter plot: hours slept vs mood score - 5h 4, 6h 5, 7h 7, 8h 8")
    assert plan.chart_type == "scatter" and plan.series[0].x == [5, 6, 7, 8]


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("週ごとの距離：1週目20km 2週目25km 3週目30km", ["1週目", "2週目", "3週目"]),
        ("주간 거리: 1주차25km 2주차30km 3주차28km", ["1주차", "2주차", "3주차"]),
    ],
)
def test_an_ordinal_period_glued_before_a_value_labels_it(question: str, labels: list[str]) -> None:
    """'1週目20km' is week one's 20 km: the week is the label, the distance the value."""
    data = extract_data(question)
    assert data is not None and data.categories == labels and len(data.values) == 3


def test_what_two_people_compare_may_follow_their_names() -> None:
    """'me vs my sister, push-ups: mon 20/15': the two series are the people, the measure the push-ups."""
    data = extract_data("me vs my sister, push-ups: mon 20/15, tue 25/18, wed 30/22")
    assert data is not None and [name for name, _ in data.groups] == ["me", "my sister"]
    assert data.metric == "push-ups" and data.groups[1][1] == [15, 18, 22]
