"""Round 22b: numbers typed in the question, read for what they are. A tab between a class and its
takings is a gap (no crash); '7b' beside '5a … 6b' is a class; '10h 45 11h 80' names hours; an amount
beside a rate never shares an axis; a German '30.06.' is a date; a sheet of trip facts is no balance; a
run of times with what happens then is a schedule; a share of one amount is worked out."""

from __future__ import annotations

from generators import get_planner
from generators.base import PlanRequest
from generators.rules.checks import part_paid, share_of
from generators.rules.extract import extract_data
from generators.rules.numbers import clock_hour_labels, find_numbers, lettered_names
from generators.rules.time_run import time_run
from render.plan import ChartPlan, InfographicPlan, Plan, TextPlan


def _plan(question: str) -> Plan:
    return get_planner("rules").plan(PlanRequest(question=question)).plan


def test_tabbed_class_takings_are_a_bar_chart_not_a_crash() -> None:
    q = "kuchenbasar einnahmen nach klasse\n5a\t212 €\n5b\t187 €\n6a\t240 €\n6b\t96 €\n7b\t305 €"
    plan = _plan(q)
    assert isinstance(plan, ChartPlan), plan.answer
    assert "Error" not in plan.answer
    fig = plan.model_dump()
    labels = [str(v) for v in fig["data"][fig["x"]]] if "data" in fig and fig.get("x") else []
    assert "7b" in plan.answer and "305" in plan.answer
    if labels:
        assert labels == ["5a", "5b", "6a", "6b", "7b"]


def test_a_tab_between_run_items_is_whitespace() -> None:
    data = extract_data("sales\nmon\t5\ttue\t7\twed\t9")
    assert data is not None and data.values == [5, 7, 9]


def test_a_lone_class_next_to_class_runs_is_a_name() -> None:
    assert "7b" in lettered_names("5a 212, 5b 187, 6a 240, 6b 96, 7b 305")
    # far from the classes' grades, or with a letter no run uses, it stays a magnitude
    assert "3k" not in lettered_names("5a 212, 5b 187, 6a 240, 6b 96, 3k")
    assert "9b" not in lettered_names("5a 212, 5b 187, 6a 240, 6b 96, 9b")


def test_amount_and_rate_never_share_a_percent_axis() -> None:
    q = "can i get a chart of my pawn loan i borrowed 350 on a ring 4% per month due 14 feb ticket no 88217"
    plan = _plan(q)
    assert not isinstance(plan, ChartPlan)
    assert "350%" not in plan.answer
    assert extract_data(q) is None
    # a % written on every item is still a percent series; so is one written last on shares of a whole
    both = extract_data("chrome 45%, safari 30%, firefox 25%")
    assert both is not None and both.percent
    shares = extract_data("market share: chrome 45, safari 30, firefox 25%")
    assert shares is not None and shares.percent and shares.values == [45, 30, 25]


def test_clock_hours_name_the_values_after_them() -> None:
    q = (
        "trampoline park saturday how many jumpers each hour 10h 45 11h 80 12h 112 13h 96 14h 130 15h 141 "
        "16h 118 17h 70 make it a graph for the team meeting"
    )
    assert [n.value for n in find_numbers(q)] == [45, 80, 112, 96, 130, 141, 118, 70]
    plan = _plan(q)
    assert isinstance(plan, ChartPlan), plan.answer
    assert "**15h**" in plan.answer and "141" in plan.answer
    # past midnight too; a duration alone stays a duration
    assert len(clock_hour_labels("22h 80 23h 240 00h 510 01h 690")) == 4
    assert clock_hour_labels("slept 8h 7h 9h this week") == set()
    assert clock_hour_labels("3h 20 min, 2h 50 min, 3h 05 min") == set()


def test_mixed_recipe_asked_as_a_graph_is_cards() -> None:
    q = "can u make a graph of my soap recipe\n- olive 500 g\n- coconut 300 g\n- shea 150 g\n- lye 138 g\n- water 330 ml\n- cure 6 weeks"
    plan = _plan(q)
    assert isinstance(plan, InfographicPlan), plan.answer
    assert plan.title == "Soap recipe"
    shown = [it.title.casefold() for b in plan.blocks for it in getattr(b, "items", [])]
    assert shown[0] == "olive 500 g" and "cure 6 weeks" in shown and len(shown) == 6  # no bullet kept


def test_mixed_rates_asked_as_a_pie_are_said_in_words() -> None:
    q = (
        "what we get: carers allowance €236 a week, carers support grant €1,850 once a year, mams pension "
        "€289 a week, home help 10 hours. make a pie"
    )
    plan = _plan(q)
    assert isinstance(plan, TextPlan)
    assert "€1,850 once a year" in plan.answer and "10 hours" in plan.answer


def test_dotted_german_dates_are_no_numbers() -> None:
    q = "klassenfahrt: sylt 14.–18.09., 38 kinder, 4 begleiter, 289 € pro kind, anzahlung 80 € bis 30.06."
    assert [n.text for n in find_numbers(q)] == ["38", "4", "289 €", "80 €"]
    # a price with a point stays a price where the month cannot be
    assert [n.value for n in find_numbers("Preis 3.50. Danach 4,5 kg")] == [3.5, 4.5]


def test_trip_facts_with_a_deposit_are_a_sheet_not_a_balance() -> None:
    q = (
        "klassenfahrt: sylt 14.–18.09., 38 kinder, 4 begleiter, 289 € pro kind, anzahlung 80 € bis 30.06., "
        "jugendherberge list. mach ein diagramm für den elternbrief"
    )
    assert not part_paid(q)
    plan = _plan(q)
    assert isinstance(plan, InfographicPlan), plan.answer
    assert "bezahlt" not in plan.answer and "209" not in plan.answer
    assert part_paid("the revision is CHF 1'150, he paid CHF 300 already")


def test_times_with_what_happens_then_are_a_schedule() -> None:
    q = (
        "mams tablets through the day can you make a big clear sheet for the kitchen wall 8am donepezil "
        "10mg with breakfast 1pm nothing 6pm memantine 10mg 9pm half a sleeping tablet only if shes restless"
    )
    plan = _plan(q)
    assert isinstance(plan, InfographicPlan), plan.answer
    assert plan.title == "Mams tablets through the day"
    events = [e for b in plan.blocks for e in getattr(b, "events", [])]
    assert [e.date for e in events] == ["8am", "1pm", "6pm", "9pm"]
    assert events[0].title == "Donepezil 10mg with breakfast"  # the dose is the item's words, no value
    assert events[-1].title.endswith("only if shes restless")
    run = time_run("小升初时间线 3月报名 4月面谈 5月摇号 6月出结果 7月报到 做成一张图贴墙上")
    assert run is not None and run.items == ["3月报名", "4月面谈", "5月摇号", "6月出结果", "7月报到"]
    assert isinstance(
        _plan("小升初时间线 3月报名 4月面谈 5月摇号 6月出结果 7月报到 做成一张图贴墙上"), InfographicPlan
    )
    assert time_run("jumpers 10h 45 11h 80 12h 112") is None  # values after the times: a series


def test_a_share_of_one_amount_is_worked_out_in_words() -> None:
    q = "cuánto me toca si el alquiler es $ 480.000 y yo tengo la pieza grande que paga el 40%"
    plan = _plan(q)
    assert isinstance(plan, TextPlan)
    assert "$ 192.000" in plan.answer  # in the user's own sign: pesos are never called dollars
    assert share_of("how much: rent €900, electricity €60, I pay 40%", "en") is None
    both = _plan("cuánto es el IVA del 21% sobre 2.350 € y el total, solo el número")
    assert "493,5 €" in both.answer and "2.843,5 €" in both.answer  # the total asked too


def test_fixing_ones_own_text_is_a_writing_task() -> None:
    plan = _plan("自己PR直して：サークルで副代表として新歓の人数を去年の1.5倍にしました、みたいな感じで")
    assert isinstance(plan, TextPlan)
    assert "LLM" in plan.answer
