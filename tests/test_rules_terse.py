"""Requests typed like a search: few words, no punctuation, '>' for arrows, a month and its value.

Terse input has no sentence to lean on, so each check here is about structure the planner must read
from the few words there are, and about what must not be read into them.
"""

from __future__ import annotations

from datetime import date

import pytest

from generators.base import PlanRequest
from generators.rules.app_more import countdown
from generators.rules.planner import RulesPlanner
from generators.rules.request import gt_chain
from tests.rules_plans import app_title


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    "question",
    [
        "bar chart sales jan 40 feb 52 mar 61 apr 58",
        "ventas por mes ene 40 feb 52 mar 61",
        "sales jan 12 feb 15 mar 11",
    ],
)
def test_a_month_and_its_value_one_after_another_is_a_series_not_dates(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "chart" and len(plan.categories) == len(plan.series[0].values) >= 3
    assert plan.series[0].values[0] in (40, 12)


def test_a_month_with_a_day_beside_an_event_is_still_a_date() -> None:
    plan = _plan("kickoff march 3, beta june 1, launch sept 15")
    assert plan.kind != "chart"


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("flowchart order > pick > pack > ship", ["order", "pick", "pack", "ship"]),
        ("diagrama de flujo: pedido > pago > envío", ["pedido", "pago", "envío"]),
        ("请假流程：申请 > 主管审批 > 人事备案", ["申请", "主管审批", "人事备案"]),
        ("Ablauf Urlaubsantrag: Antrag > Teamleitung > HR > Lohnbuchhaltung", ["Antrag", "Teamleitung", "HR", "Lohnbuchhaltung"]),
    ],
)  # fmt: skip
def test_steps_joined_by_greater_than_signs_are_a_flow(question: str, labels: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram"
    shown = [n.label for n in plan.nodes]
    assert all(any(label.lower() in s.lower() for s in shown) for label in labels), shown
    assert len(plan.edges) == len(labels) - 1


def test_an_org_chart_typed_with_greater_than_signs_keeps_its_branches() -> None:
    plan = _plan("org chart: CEO > CTO, CFO; CTO > 3 devs")
    assert plan.kind == "diagram"
    names = {n.id: n.label for n in plan.nodes}
    edges = {(names[e.source], names[e.target]) for e in plan.edges}
    assert edges == {("CEO", "CTO"), ("CEO", "CFO"), ("CTO", "3 devs")}


@pytest.mark.parametrize("question", ["if x > 5 and y > 3 then alert", "scores 3 > 2 > 1", "a >= b > c"])
def test_a_comparison_is_never_read_as_arrows(question: str) -> None:
    assert gt_chain(question) == question


@pytest.mark.parametrize(
    "question",
    [
        "логотип лиса зелёный золотой",
        "キツネのロゴ 緑と金",
        "여우 로고 초록 금색",
        "लोगो लोमड़ी हरा सुनहरा",
        "logotipo zorro verde",
    ],
)
def test_a_logo_is_a_picture_in_every_language(question: str) -> None:
    assert _plan(question).kind == "image"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("countdown to christmas", date(2026, 12, 25)),
        ("cuenta atrás para navidad", date(2026, 12, 25)),
        ("クリスマスまでのカウントダウン", date(2026, 12, 25)),
        ("countdown to christmas eve", date(2026, 12, 24)),
        ("countdown to new year's eve", date(2026, 12, 31)),
        ("countdown to new year", date(2027, 1, 1)),
        ("countdown to halloween", date(2027, 10, 31)),
    ],
)
def test_a_day_fixed_in_the_calendar_is_counted_down_to_by_its_name(question: str, day: date) -> None:
    plan = countdown(question, "en", today=date(2026, 12, 2))
    assert plan is not None and f"to {day.isoformat()}" in plan.answer


def test_an_npv_calculator_is_its_definition() -> None:
    from render.interactive_state import evaluate

    plan = _plan("npv calculator")
    assert plan.kind == "app" and plan.title == "Net present value"
    values = evaluate(plan, {"initial": 1000, "cashflow": 500, "years": 3, "rate": 10}).values
    assert values["npv"] == pytest.approx(500 / 1.1 + 500 / 1.1**2 + 500 / 1.1**3 - 1000)


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("tracker for my runs distance and time", ["Date", "Distance", "Time"]),
        ("sleep log hours, quality", ["Date", "Hours", "Quality"]),
        ("bp log", ["Date", "Bp"]),
    ],
)
def test_a_tracker_typed_without_articles_or_colons_keeps_its_fields(
    question: str, fields: list[str]
) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and [f.name for f in plan.views[0].fields] == fields


@pytest.mark.parametrize(
    "question",
    [
        "fridge sheet meds mum metformin 500mg 8am+6pm ramipril 5mg 8am atorva 20mg night",
        "冰箱上贴的奶奶用药表：氨氯地平5mg 早上，二甲双胍0.5g 三餐后，阿司匹林100mg 晚上",
        "냉장고에 붙일 아빠 약 정리 아모디핀 5mg 아침, 메트포르민 500mg 아침저녁, 아스피린 100mg 저녁",
    ],
)
def test_doses_at_times_of_day_are_a_regimen_laid_out_never_a_chart(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "infographic"
    shown = plan.model_dump_json()
    assert all(dose in shown for dose in ("5mg", "100mg" if "100mg" in question else "20mg"))


def test_values_at_clock_times_written_as_labels_are_still_a_series() -> None:
    plan = _plan("fluid intake in ml: 08:00 200, 10:00 150, 12:00 250, 14:00 100")
    assert plan.kind == "chart" and plan.series[0].values == [200, 150, 250, 100]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("bag 17.8kg + 2.5kg gifts ok for 20kg limit y/n", "No: 17.8kg + 2.5kg come to 20.3, 0.3 over the limit of 20kg."),
        ("totale 3 bancali da 212,50 + trasporto 85 + iva 22%", None),  # a count after "totale" is no total
    ],
)  # fmt: skip
def test_a_sum_written_out_is_worked_out_or_explained_never_charted(
    question: str, answer: str | None
) -> None:
    plan = _plan(question)
    assert plan.kind == "text"
    if answer is not None:
        assert plan.answer == answer
    else:
        assert "doesn't add up" not in plan.answer and "Não bate" not in plan.answer


def test_numbers_that_name_a_line_are_not_plotted() -> None:
    plan = _plan("لوحة سلامة للمصنع: خوذة، نظارات، نقطة التجمع موقف ب، الطوارئ ٩٩٧، الإسعاف تحويلة ٣٥")
    assert plan.kind == "infographic"
    assert _plan("rent 1200, food 450, car 300, phone 60, gym 40 - where does it go?").kind == "chart"


@pytest.mark.parametrize(
    ("question", "kind", "title"),
    [
        ("licznik punktów do kart 4 osoby", "app", None),
        ("um can you make a thing where i tap and it counts my push ups", "app", "Tally counter"),
        ("tafels oefenen quizje groep 5", "app", None),
        ("sorteador amigo secreto 8 nomes", "app", "Random picker"),
        ("حاسبة زكاة المال", "app", "Zakat"),
        ("team crest u14 badgers blue white", "image", None),
        ("résume en 3 pts : réunion décalée jeudi, budget -10 %, gel des embauches", "text", None),
        ("looping welcome msg reception screen", "animation", None),
        ("会計 8640円 4人で割り勘 一人いくら", "text", None),  # a number asked for, not a tip calculator
        ("explain to my kid what a volcano looks like with a picture", "image", None),
    ],
)
def test_terse_asks_reach_their_form(question: str, kind: str, title: str | None) -> None:
    plan = _plan(question)
    assert plan.kind == kind
    if title is not None:
        assert plan.title == (
            app_title(title, question) if kind == "app" else title
        )  # in the asker's language


def test_an_explanation_with_a_picture_is_a_diagram_not_a_scene() -> None:
    from generators.rules import router

    assert router.route("explain how photosynthesis works with a picture").kind == "diagram"
    assert _plan("explain how photosynthesis works with a picture").kind in ("diagram", "text")


def test_zakat_is_its_definition() -> None:
    from render.interactive_state import evaluate

    plan = _plan("zakat calculator")
    assert evaluate(plan, {"wealth": 10000, "debts": 2000, "nisab": 5000}).values["zakat"] == pytest.approx(
        200
    )
    assert evaluate(plan, {"wealth": 4000, "debts": 0, "nisab": 5000}).values["zakat"] == 0


def test_a_regimen_typed_in_one_run_keeps_every_item() -> None:
    plan = _plan(
        "fridge sheet meds mum metformin 500mg 8am+6pm ramipril 5mg 8am atorva 20mg night warfarin INR check thu"
    )
    shown = plan.model_dump_json()
    assert plan.kind == "infographic"
    assert all(part in shown for part in ("8am+6pm", "ramipril", "atorva", "night", "Warfarin INR check thu"))


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("keep score for beach volleyball: sand sharks vs beach bums, switch sides every 7 points", ["sand sharks", "beach bums"]),
        ("scoreboard red team vs blue team first to 21", ["red team", "blue team"]),
        ("keep score for Ana vs Ben", ["Ana", "Ben"]),
    ],
)  # fmt: skip
def test_both_sides_of_a_match_keep_their_whole_names(question: str, sides: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "app" and plan.views[0].items == sides


def test_questions_typed_with_what_to_do_are_a_decision_tree() -> None:
    plan = _plan(
        "troubleshoot tree conveyor stop: e-stop pressed? reset. else belt jammed? clear. else check motor overload"
    )
    assert plan.kind == "diagram"
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], e.label, labels[e.target]) for e in plan.edges}
    assert ("e-stop pressed?", "yes", "reset") in edges and (
        "belt jammed?",
        "no",
        "check motor overload",
    ) in edges


def test_model_numbers_set_against_each_other_are_names_not_values() -> None:
    assert _plan("iphone 15 vs pixel 8 camera specs compare").kind == "text"
    assert _plan("team a 12 vs team b 15 goals").kind == "chart"


def test_a_family_tree_typed_with_greater_than_signs_in_hindi_is_a_diagram() -> None:
    plan = _plan("फैमिली ट्री दादाजी दादीजी > पापा, चाचा, बुआ; पापा मम्मी > मैं, छोटा भाई")
    assert plan.kind == "diagram" and any("चाचा" in n.label for n in plan.nodes)


@pytest.mark.parametrize(
    ("question", "steps"),
    [
        ("wound care steps clean irrigate dress secure", ["clean", "irrigate", "dress", "secure"]),
        (
            "pothole repair process report inspect schedule fix close",
            ["report", "inspect", "schedule", "fix", "close"],
        ),
    ],
)
def test_single_words_after_a_process_noun_are_its_steps(question: str, steps: list[str]) -> None:
    plan = _plan(question)
    assert plan.kind == "diagram" and [n.label.lower() for n in plan.nodes][-len(steps) :] == steps


def test_spaced_words_in_korean_are_a_sentence_not_steps() -> None:
    from generators.rules.request import spaced_steps

    assert spaced_steps("오늘 점심 뭐 먹을까") == "오늘 점심 뭐 먹을까"
    assert (
        spaced_steps("做个幻灯片 给新同事培训 内容就是 安全 工具 考勤 报销")
        == "做个幻灯片 给新同事培训 内容就是 安全 工具 考勤 报销"
    )


def test_a_fault_tree_is_a_diagram() -> None:
    plan = _plan(
        "fault tree: pump fails if motor fails or power lost; motor fails if overheat or bearing wear"
    )
    assert plan.kind == "diagram"
