"""A planner you can trust (issue 12): the issue's examples, precision first, content laid out,
requests recognised without their keyword, tables not always charts, and kinds registered later
routed by the same mechanisms. The bounded waits of the LLM planners are in test_llm_deadline.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, extract_data, find_numbers, route
from generators.rules.words import language
from render.kinds import KINDS, Kind, PlannerHooks
from render.plan import (
    ChartPlan,
    ChecklistBlock,
    ComparisonBlock,
    DiagramPlan,
    ImagePlan,
    InfographicPlan,
    SlidesPlan,
    StatsBlock,
    StepsBlock,
    TextPlan,
    parse_plan,
)

DATA = Path(__file__).parent / "data"
PLANNER = RulesPlanner()


def plan(question: str, **kw: object):
    result = PLANNER.plan(PlanRequest(question=question, **kw)).plan  # type: ignore[arg-type]
    assert parse_plan(result.model_dump()) == result
    return result


def charts_in(p: object) -> list[ChartPlan]:
    if isinstance(p, ChartPlan):
        return [p]
    if isinstance(p, SlidesPlan):
        return [s.chart for s in p.slides if s.chart is not None]
    return []


# ------------------------------------------------------------------------------ the examples


def test_a_roadmap_deck_lays_out_the_roadmap_and_invents_no_chart() -> None:
    q = (
        "Make slides about our roadmap: January hire 2 designers, March open the Berlin office, "
        "June reach 500 customers"
    )
    deck = plan(q)
    assert isinstance(deck, SlidesPlan)
    assert charts_in(deck) == [] and all(s.layout != "chart" for s in deck.slides)
    shown = " ".join(
        [
            deck.title,
            *(
                b
                for s in deck.slides
                for b in [s.title, *s.bullets, *(f"{e.date} {e.title}" for e in s.events)]
            ),
        ]
    )
    for given in (
        "January",
        "hire 2 designers",
        "March",
        "open the Berlin office",
        "June",
        "reach 500 customers",
    ):
        assert given in shown
    for claim in ("highest", "lowest", "total"):
        assert claim not in deck.answer.lower()
    assert extract_data(q) is None  # months and quantities of different things are not a series


def test_top_n_is_not_a_category_and_no_given_value_is_dropped() -> None:
    chart = plan("Top 4 complaints from guests: noise (38%), cleanliness (27%), wifi (20%), breakfast (15%)")
    assert isinstance(chart, ChartPlan)
    assert chart.categories == ["noise", "cleanliness", "wifi", "breakfast"]
    assert chart.series[0].values == [38, 27, 20, 15] and chart.unit == "%"
    assert not any("top" in c.lower() for c in chart.categories)


@pytest.mark.parametrize(
    "question",
    [
        "I walked 8 km, slept 7 hours and drank 2 litres of water today",
        "bar chart please: I walked 8 km, slept 7 hours and drank 2 litres of water today",
    ],
)
def test_numbers_in_different_units_are_never_one_chart(question: str) -> None:
    answer = plan(question)
    assert isinstance(answer, TextPlan)  # said plainly, even when a bar chart is asked for
    for value in ("8 km", "7 hours", "2 litres"):
        assert value in answer.answer  # every value repeated, none dropped
    assert "different" in answer.answer and "infographic" in answer.answer  # why, and what to ask


@pytest.mark.parametrize(
    "question",
    [
        "imagine a lighthouse on the moon",
        "what would london look like if it were underwater",
        "how might our office look with plants everywhere",
        "claymation style snowman family",
        "oil painting of an old harbour",
        "drone shot of terraced rice fields at golden hour",
        "cinematic shot of a rainy street at night",
        "pixel art knight with a tiny dragon",
        "imagina una plaza de pueblo al atardecer",
        "stell dir einen verschneiten Marktplatz vor",
        "想象一下未来的上海",
        "비 오는 서울 골목, 영화 같은 장면",
    ],
)
def test_image_requests_need_no_draw(question: str) -> None:
    assert isinstance(plan(question), ImagePlan)


def test_an_explicit_number_of_slides_is_a_deck_of_that_many() -> None:
    deck = plan(
        "5 slides on our Q3 results: revenue up 12%, churn down to 3%, 2 new hires, launched the iOS app"
    )
    assert isinstance(deck, SlidesPlan)
    assert len(deck.slides) + 1 == 5  # the title slide and one per result
    assert [s.number for s in deck.slides if s.layout == "big_number"] == ["12%", "3%", "2"]
    assert charts_in(deck) == []
    short = plan("make 3 slides about onboarding: accounts, laptop, first week, buddy")
    assert len(short.slides) + 1 <= 3
    assert sum(len(s.bullets) for s in short.slides) == 4  # all four items, shared out
    more = plan("8 slides: intro, demo, pricing")
    assert len(more.slides) == 3 and "nothing was invented" in more.answer
    for q in (
        "4 diapositivas: objetivos, público, canales, presupuesto",
        "스타트업 소개 발표자료 4장: 문제, 해결책, 가격, 출시일",
    ):
        assert isinstance(plan(q), SlidesPlan)


def test_a_visual_checklist_a_reference_card_and_a_side_by_side_comparison_are_infographics() -> None:
    check = plan("packing checklist for a camping trip: tent, sleeping bag, headlamp, water filter")
    assert isinstance(check, InfographicPlan) and isinstance(check.blocks[0], ChecklistBlock)
    assert check.blocks[0].items == ["Tent", "Sleeping bag", "Headlamp", "Water filter"]
    card = plan(
        "reference card of git commands: git status – show changes, git add – stage, git push – upload"
    )
    assert isinstance(card, InfographicPlan) and isinstance(card.blocks[0], StepsBlock)
    assert [(s.title, s.text) for s in card.blocks[0].items] == [
        ("git status", "show changes"),
        ("git add", "stage"),
        ("git push", "upload"),
    ]
    numbers = plan(
        "tarjeta de referencia con los números de emergencia: policía 091, bomberos 080, emergencias 112"
    )
    assert isinstance(numbers.blocks[0], StatsBlock)
    assert [(s.value, s.label) for s in numbers.blocks[0].items] == [
        ("091", "policía"),
        ("080", "bomberos"),
        ("112", "emergencias"),
    ]
    side = plan(
        "compare our two plans side by side: Basic — 5 users, email support; Pro — unlimited users, phone support"
    )
    assert isinstance(side, InfographicPlan) and isinstance(side.blocks[0], ComparisonBlock)
    block = side.blocks[0]
    assert (block.left_title, block.right_title) == ("Basic", "Pro")
    assert block.left_items == ["5 users", "Email support"] and block.right_items == [
        "Unlimited users",
        "Phone support",
    ]
    pros = plan(
        "pros and cons of remote work - pros: no commute, flexible hours; cons: loneliness, blurred boundaries"
    )
    assert (pros.blocks[0].left_title, pros.blocks[0].right_title) == ("Pros", "Cons")


def test_mapping_relationships_is_a_diagram_of_the_named_things() -> None:
    d = plan(
        "map the relationships: sales works with marketing, marketing briefs design, design hands off to engineering"
    )
    assert isinstance(d, DiagramPlan)
    labels = {n.id: n.label for n in d.nodes}
    assert [(labels[e.source], e.label, labels[e.target]) for e in d.edges] == [
        ("sales", "works with", "marketing"),
        ("marketing", "briefs", "design"),
        ("design", "hands off to", "engineering"),
    ]
    org = plan(
        "Org chart: CEO Maria Lopez. Reporting to her: CTO Raj Patel, CFO Lena Voss. Raj manages Web team and Data team."
    )
    assert org.diagram_type == "tree"
    labels = {n.id: n.label for n in org.nodes}
    assert sorted((labels[e.source], labels[e.target]) for e in org.edges) == [
        ("CEO Maria Lopez", "CFO Lena Voss"),
        ("CEO Maria Lopez", "CTO Raj Patel"),
        ("CTO Raj Patel", "Data team"),
        ("CTO Raj Patel", "Web team"),
    ]
    services = plan("auth is used by orders and billing; orders calls inventory; billing calls notifications")
    assert isinstance(services, DiagramPlan) and len(services.edges) == 4  # no kind word: relations route


def test_content_the_user_supplies_is_laid_out_not_refused() -> None:
    info = plan("Our 4 principles: start small, measure everything, share early, fix forward")
    assert isinstance(info, InfographicPlan)
    assert "research" not in info.answer
    assert info.blocks[0].items == ["Start small", "Measure everything", "Share early", "Fix forward"]
    deck = plan(
        "Make slides about our 4 principles: start small, measure everything, share early, fix forward"
    )
    assert isinstance(deck, SlidesPlan) and deck.slides[0].bullets[0] == "Start small"
    assert isinstance(plan("make slides about Roman history"), TextPlan)  # nothing given: still says so


# ----------------------------------------------------------------------------------- precision first


@pytest.mark.parametrize(
    "question",
    [
        "Call me at +44 20 7946 0958 or 020 7946 0000 ext 12",
        "we upgraded from Python 3.9 to 3.12 in 2024",
        "the meeting is on 3 May at 10:30 in room 204",
        "I was born in 1990 and moved in 2005",
        "Compare Phone A vs Phone B: price 999 vs 899 USD, battery 20 vs 24 hours, weight 187 vs 213 g",
        "Key facts about our new office: 1,800 m², 120 desks, 6 meeting rooms, opened 4 September",
        "so my landlord wants to raise rent by 9% after 2 years, is that legal?",
    ],
)
def test_numbers_that_are_not_one_series_are_never_plotted(question: str) -> None:
    assert extract_data(question) is None
    assert charts_in(plan(question)) == []


def test_phone_numbers_codes_ranks_versions_and_dates_are_not_quantities() -> None:
    assert find_numbers("Call me at +44 20 7946 0958 or 020 7946 0000 ext 12") == []
    assert [n.value for n in find_numbers("top 4 of 10 teams, #3 seed, version 2, 3.11.2, 12 May, 1-5")] == [
        10
    ]


@pytest.mark.parametrize(
    ("question", "categories", "values", "unit"),
    [
        (
            "Balkendiagramm: Umsatz Nord 120.000 €, Süd 95.000 €, Ost 143.000 €",
            ["Nord", "Süd", "Ost"],
            [120000, 95000, 143000],
            "EUR",
        ),
        (
            "Balkendiagramm: Berlin 3,6 Mio, Hamburg 1,8 Mio, München 1,5 Mio",
            ["Berlin", "Hamburg", "München"],
            [3.6, 1.8, 1.5],
            "million",
        ),
        (
            "livres empruntés par trimestre : T1 1 240, T2 980, T3 760",
            ["T1", "T2", "T3"],
            [1240, 980, 760],
            "",
        ),
        ("NPS by quarter 2023 Q1 31 Q2 35 Q3 29 Q4 44", ["Q1", "Q2", "Q3", "Q4"], [31, 35, 29, 44], ""),
        ("rainfall: Apr 62mm, May 48mm, Jun 30mm", ["Apr", "May", "Jun"], [62, 48, 30], "mm"),
        (
            "Deploys per week over the last 4 weeks were 14 17 9 21",
            ["Week 1", "Week 2", "Week 3", "Week 4"],
            [14, 17, 9, 21],
            "",
        ),
        ("The plants grew 2cm, 5cm, 9cm in weeks 1-3", ["Week 1", "Week 2", "Week 3"], [2, 5, 9], "cm"),
        (
            "we saw 412 patients in January, 389 in February and 455 in March",
            ["January", "February", "March"],
            [412, 389, 455],
            "",
        ),
        (
            "ارسم رسمًا بيانيًا للمبيعات: يناير 50، فبراير 65، مارس 80",
            ["يناير", "فبراير", "مارس"],
            [50, 65, 80],
            "",
        ),
    ],
)
def test_series_are_read_the_way_each_language_writes_them(
    question: str, categories: list[str], values: list[float], unit: str
) -> None:
    data = extract_data(question)
    assert data is not None
    assert (data.categories, data.values, data.unit) == (categories, pytest.approx(values), unit)


def test_two_series_over_the_same_periods() -> None:
    chart = plan(
        "compare the velocity of team A (21, 25, 19, 30) and team B (18, 22, 27, 26) over sprints 1 to 4"
    )
    assert isinstance(chart, ChartPlan) and chart.chart_type == "grouped_bar"
    assert chart.categories == ["Sprint 1", "Sprint 2", "Sprint 3", "Sprint 4"]
    assert [(s.name, s.values) for s in chart.series] == [
        ("team A", [21, 25, 19, 30]),
        ("team B", [18, 22, 27, 26]),
    ]
    assert "total 95" in chart.answer and "total 93" in chart.answer


def test_the_honest_answer_is_in_the_questions_language() -> None:
    es = plan("corrí 10 km en 55 minutos y quemé 700 calorías")
    assert isinstance(es, TextPlan) and "miden cosas distintas" in es.answer and "10 km" in es.answer
    fr = plan("dessine un diagramme de flux")
    assert isinstance(fr, TextPlan) and "étapes" in fr.answer
    assert [
        language(q)
        for q in (
            "Fasse diese Tabelle zusammen",
            "faça uma apresentação sobre o nosso projeto",
            "인플레이션이 뭐야?",
        )
    ] == [
        "de",
        "pt",
        "ko",
    ]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("grpah of my running distance: mon 5, tue 0, wed 7", "chart"),
        ("make slidse: a, b, c", "slides"),
        ("a diagarm of: a -> b", "diagram"),
    ],
)
def test_a_kind_typed_with_two_letters_swapped_is_still_recognised(question: str, kind: str) -> None:
    assert route(question).kind == kind


# -------------------------------------------------------------------------------- with a table attached


@pytest.fixture
def orders() -> pd.DataFrame:
    return pd.read_csv(DATA / "rules_orders.csv")


def test_a_table_is_not_always_a_chart(orders: pd.DataFrame) -> None:
    summary = plan("summarise this table", table=orders, table_name="orders.csv")
    assert isinstance(summary, TextPlan)
    assert "12 rows × 7 columns" in summary.answer and "total 1,335" in summary.answer  # computed
    assert isinstance(plan("Fasse diese Tabelle zusammen", table=orders), TextPlan)
    assert isinstance(plan("slides about this table", table=orders), SlidesPlan)
    # a summary of one named column is a chart of it, as before
    assert isinstance(plan("a summary of total sales by region", table=orders), ChartPlan)
    assert isinstance(plan("what does the distribution of total sales look like", table=orders), ChartPlan)


# --------------------------------------------------------------------- kinds registered after this branch

MOTION = Kind(
    name="motion",
    model="tests.motion_kind:MotionPlan",
    module="tests.motion_kind",
    icon="🎞️",
    label="Motion",
    planner=PlannerHooks("frames shown one after another.", rules="tests.motion_kind"),
    example={"kind": "motion", "frames": ["a", "b"]},
    formats=(".json",),
    priority=45,
)


@pytest.fixture
def motion() -> Iterator[Kind]:
    """The stand-in kind, with the real animation kind (same wording) left out meanwhile."""
    with KINDS.without("animation"):
        KINDS.register(MOTION)
        try:
            yield MOTION
        finally:
            KINDS.unregister("motion")


def test_the_routers_mechanisms_work_for_a_kind_registered_later(motion: Kind, orders: pd.DataFrame) -> None:
    """Cue weights beat the numbers in the question, a swapped-letter typo still counts, an attached
    table does not force a chart, and a content list under its wording goes to it."""
    q = "animate our users: 2019 1,000, 2020 2,500, 2021 4,000"
    assert route(q).kind == "motion"
    assert PLANNER.plan(PlanRequest(q)).plan.kind == "motion"
    assert route("bar chart race of parcels by city").kind == "motion"
    assert route("anmiate the sales: Q1 3, Q2 5, Q3 4").kind == "motion"
    assert route("animate how each region changed", table=orders).kind == "motion"
    assert route("anima el crecimiento: 2021 40, 2022 55").kind == "motion"
    assert route("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M").kind == "chart"  # built-ins keep theirs


@pytest.mark.parametrize(
    ("question", "kind", "table"),
    [
        ("animate our monthly users: Jan 1.0k, Feb 1.4k, Mar 2.2k", "animation", False),
        ("reveal the steps one by one: plan, build, ship", "animation", False),
        ("a loan calculator where I can change the interest rate", "app", False),
        ("let me sort and filter this table", "app", True),
    ],
)
def test_animation_and_app_questions_route_to_them_once_registered(
    question: str, kind: str, table: bool, orders: pd.DataFrame
) -> None:
    if kind not in KINDS:
        pytest.xfail(f"the {kind} kind is built on another branch; routing follows its CUES once registered")
    assert route(question, table=orders if table else None).kind == kind
