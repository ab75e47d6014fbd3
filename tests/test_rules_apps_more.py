"""The rules planner's random draws, timers and trackers (`generators.rules.app_tools`, `app_log`).

Questions here are written for these tests (none is copied from the labelled sets). Each mechanism is
checked on what the plan holds — items, mode, count, durations in seconds, labels, fields, total,
period and goal — and on what it must not do: invent an item, a duration or a goal, or take a chart,
a checklist, a calculator or a countdown to a date away from the builder that answers it.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner, route
from generators.rules.app_tools import durations
from render import render
from render.interactive_model import AppPlan, LogView, PickerView, TimerView

PLANNER = RulesPlanner()


def plan_of(question: str):
    return PLANNER.plan(PlanRequest(question=question)).plan


def view_of(question: str, kind: type):
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, getattr(plan, "answer", ""))
    assert route(question).kind == "app", question
    views = [v for v in plan.views if isinstance(v, kind)]
    assert views, (question, [v.type for v in plan.views])
    return plan, views[0]


def renders(plan) -> None:
    """The plan renders to a PNG and an SVG, and the SVG snapshot shows what the user gave: the
    picker's names, the timer's first preset, the log's fields."""
    from PIL import Image

    from render.interactive_tools import clock, heading

    result = render(plan)
    png = result.to_png(scale=0.5)
    svg = result.to_svg()
    assert Image.open(io.BytesIO(png)).size[0] > 0
    shown = " ".join(t for t in ET.fromstring(svg).itertext())
    for view in plan.views:
        if isinstance(view, PickerView):
            assert all(item in shown for item in view.items[:3])
        elif isinstance(view, TimerView) and view.presets:
            assert clock(view.presets[0].seconds) in shown
        elif isinstance(view, LogView):
            assert all(heading(f) in shown for f in view.fields)


# -------------------------------------------------------------------------------------------- draws


@pytest.mark.parametrize(
    ("question", "items", "mode", "count"),
    [
        ("random picker for who walks the dog today: Noor, Kai, Ines", ["Noor", "Kai", "Ines"], "pick", 1),
        (
            "pick 2 winners for the raffle from: Tom, Ugo, Vera, Wim, Xia",
            ["Tom", "Ugo", "Vera", "Wim", "Xia"],
            "pick",
            2,
        ),
        ("shuffle the order of the talks: Ada, Bo, Cy, Di", ["Ada", "Bo", "Cy", "Di"], "shuffle", 1),
        (
            "split the class into 2 random teams: Ana, Ben, Cleo, Dan, Eva, Fred",
            ["Ana", "Ben", "Cleo", "Dan", "Eva", "Fred"],
            "teams",
            2,
        ),
        ("sortear quién trae el pastel: Lucía, Pablo, Marta", ["Lucía", "Pablo", "Marta"], "pick", 1),
        ("tirage au sort pour savoir qui commence : Hugo, Léa, Nina", ["Hugo", "Léa", "Nina"], "pick", 1),
        ("auslosen, wer abwäscht: Jonas, Mia, Paul", ["Jonas", "Mia", "Paul"], "pick", 1),
        ("抽签决定谁值日：小红、小明、小刚", ["小红", "小明", "小刚"], "pick", 1),
        ("くじ引きで順番を決めたい：佐藤、鈴木、高橋", ["佐藤", "鈴木", "高橋"], "shuffle", 1),
    ],
)
def test_a_draw_uses_exactly_the_users_list(question: str, items: list[str], mode: str, count: int) -> None:
    plan, view = view_of(question, PickerView)
    assert view.items == items
    assert (view.mode, view.count) == (mode, count)
    renders(plan)


@pytest.mark.parametrize(
    ("question", "mode", "count"),
    [
        ("a wheel of names for our standup", "pick", 1),
        ("sortear quem lava a louça", "pick", 1),
        ("make 4 teams for the football match", "teams", 4),
        ("제비뽑기 앱 만들어줘", "pick", 1),
    ],
)
def test_a_draw_without_a_list_starts_empty_and_invents_no_name(question: str, mode: str, count: int) -> None:
    plan, view = view_of(question, PickerView)
    assert view.items == []
    assert (view.mode, view.count) == (mode, count)
    renders(plan)


def test_teams_never_outnumber_the_names_given() -> None:
    _, view = view_of("make 5 random teams: Al, Bea, Cal", PickerView)
    assert view.items == ["Al", "Bea", "Cal"] and view.count == 3


# ------------------------------------------------------------------------------------------- timers


@pytest.mark.parametrize(
    ("question", "seconds", "labels", "sequence", "rounds"),
    [
        ("a tea timer: 2, 4 or 5 minutes", [120, 240, 300], ["", "", ""], False, 1),
        ("egg timer with runny 5 min and firm 9 min", [300, 540], ["runny", "firm"], False, 1),
        ("pomodoro timer 50/10, 3 rounds", [3000, 600], ["", ""], True, 3),
        ("interval timer: 30 s sprint 90 s walk, 6 rounds", [30, 90], ["sprint", "walk"], True, 6),
        ("temporizador de 12 minutos para la pasta", [720], [""], False, 1),
        ("Eieruhr mit 4 oder 7 Minuten", [240, 420], ["", ""], False, 1),
        ("таймер на 20 минут", [1200], [""], False, 1),
        ("计时器 15分钟", [900], [""], False, 1),
        ("タイマー 半熟5分 固ゆで11分", [300, 660], ["半熟", "固ゆで"], False, 1),
        ("1 hour timer for the oven", [3600], [""], False, 1),
    ],
)
def test_timer_durations_and_labels_come_from_the_text(
    question: str, seconds: list[int], labels: list[str], sequence: bool, rounds: int
) -> None:
    plan, view = view_of(question, TimerView)
    assert view.mode == "countdown"
    assert [p.seconds for p in view.presets] == seconds
    assert [p.label for p in view.presets] == labels
    assert (view.sequence, view.rounds) == (sequence, rounds)
    renders(plan)


def test_a_stopwatch_and_a_bare_timer_invent_no_duration() -> None:
    _, watch = view_of("a stopwatch for my laps", TimerView)
    assert watch.mode == "stopwatch" and watch.presets == []
    _, bare = view_of("a pomodoro timer please", TimerView)  # no 25/5 assumed: the user sets it
    assert bare.mode == "countdown" and bare.presets == [] and not bare.sequence


def test_a_silent_timer_has_no_sound() -> None:
    _, view = view_of("silent timer for 3 minutes", TimerView)
    assert not view.sound and [p.seconds for p in view.presets] == [180]


def test_ranges_and_fractions_are_not_presets() -> None:
    assert durations("boil 2/3 min") == []
    assert [s for _, s in durations("steep 3 to 5 minutes")] == [300]  # a range: only the unit's own number


def test_a_countdown_to_a_date_stays_a_day_count() -> None:
    plan = plan_of("countdown timer to the concert on 21 august")
    assert isinstance(plan, AppPlan)
    assert not any(isinstance(v, TimerView) for v in plan.views)
    assert any(c.formula.startswith("days_between") for c in plan.computed)


# ----------------------------------------------------------------------------------------- trackers


def fields(view: LogView) -> list[tuple[str, str]]:
    return [(f.name, f.type) for f in view.fields]


def test_a_tracker_of_what_was_done_and_when() -> None:
    plan, view = view_of("an app to write down which chores I did and when", LogView)
    assert fields(view) == [("Date", "date"), ("Chores", "text")]
    assert view.total is None and view.goal is None and view.rows == []
    renders(plan)


def test_an_amount_per_day_with_a_goal_keeps_the_users_unit() -> None:
    plan, view = view_of("track how much coffee I drink per day, goal 3 cups", LogView)
    assert fields(view) == [("Date", "date"), ("Coffee", "number")]
    assert view.fields[1].unit == "cups"
    assert (view.total, view.per, view.goal) == ("Coffee", "day", 3)
    renders(plan)


def test_a_counter_where_one_enters_things_and_sees_the_day_total() -> None:
    _, view = view_of("calorie counter where I add each snack and it shows today's total", LogView)
    assert fields(view) == [("Date", "date"), ("Snack", "text"), ("Calories", "number")]
    assert (view.total, view.per, view.goal) == ("Calories", "day", None)


def test_money_logs_total_an_amount_per_month() -> None:
    _, view = view_of("expense tracker with a total per month", LogView)
    assert ("Amount", "number") in fields(view)
    assert (view.total, view.per) == ("Amount", "month")


def test_listed_fields_are_the_users_own() -> None:
    _, view = view_of("log my bike rides: distance, duration and route", LogView)
    assert fields(view) == [
        ("Date", "date"),
        ("Distance", "number"),
        ("Duration", "number"),
        ("Route", "text"),
    ]


def test_a_habit_tracker_offers_only_the_habits_given() -> None:
    _, view = view_of("habit tracker: stretch, journal, no sugar", LogView)
    habit = next(f for f in view.fields if f.type == "select")
    assert habit.options == ["stretch", "journal", "no sugar"]
    assert ("Done", "toggle") in fields(view)


@pytest.mark.parametrize(
    ("question", "date", "number", "per"),
    [
        ("una app para llevar la cuenta de cuántos vasos de agua bebo al día", "Fecha", "Vasos", "day"),
        ("een appje om bij te houden hoeveel kilometer ik fiets", "Datum", "Kilometer", "all"),
        ("приложение для учёта расходов за месяц", "Дата", "Сумма", "month"),
        ("Ich will festhalten, wie viele Liegestütze ich pro Tag schaffe", "Datum", "Liegestütze", "day"),
    ],
)
def test_trackers_in_other_languages(question: str, date: str, number: str, per: str) -> None:
    _, view = view_of(question, LogView)
    assert view.fields[0].name == date and view.fields[0].type == "date"
    assert (number, "number") in fields(view)
    assert (view.total, view.per) == (number, per)


# ------------------------------------------------------------------------------ what stays what it was


def test_numbers_given_are_a_chart_not_a_tracker() -> None:
    question = "I slept 7, 6.5 and 8 hours on fri, sat and sun"
    assert route(question).kind == "chart"
    assert plan_of(question).kind == "chart"


def test_a_packing_list_to_tick_off_stays_a_checklist() -> None:
    plan = plan_of("something where I can tick off my camping list: tent, stove, lamp")
    assert isinstance(plan, AppPlan)
    assert [v.type for v in plan.views] == ["checklist"]


def test_a_calculator_is_not_a_tracker() -> None:
    plan = plan_of("a tip calculator for 3 people")
    assert isinstance(plan, AppPlan)
    assert not any(isinstance(v, LogView | PickerView | TimerView) for v in plan.views)


def test_picking_a_colour_is_not_a_random_draw() -> None:
    plan = plan_of("help me pick a colour scheme for my slides")
    assert not (isinstance(plan, AppPlan) and any(isinstance(v, PickerView) for v in plan.views))


def test_a_routine_timeline_is_not_a_timer() -> None:
    plan = plan_of("timeline of my morning: 6:30 wake up, 7:00 run, 7:45 shower")
    assert plan.kind != "app"


def test_a_draw_mentioned_in_a_story_does_not_take_the_question() -> None:
    question = (
        "Our street party is on Saturday: music from 4, food stalls on the corner, bring chairs, the raffle "
        "is drawn at 6. Could you make a poster?"
    )
    assert route(question).kind != "app"


@pytest.mark.parametrize(
    ("question", "mode", "count", "items"),
    [
        (
            "haz 3 equipos con: Rosa, Iker, Paz, Gael, Noa, Leo",
            "teams",
            3,
            ["Rosa", "Iker", "Paz", "Gael", "Noa", "Leo"],
        ),
        ("teile die Gruppe in 2 Teams: Lena, Tim, Ole, Ida", "teams", 2, ["Lena", "Tim", "Ole", "Ida"]),
        ("choisis au hasard qui présente : Inès, Malo, Théo", "pick", 1, ["Inès", "Malo", "Théo"]),
        (
            "shuffle the running order of the band: drums, bass, keys, vocals",
            "shuffle",
            1,
            ["drums", "bass", "keys", "vocals"],
        ),
        ("पर्ची से चुनो: सीता, गीता, मीरा", "pick", 1, ["सीता", "गीता", "मीरा"]),
    ],
)
def test_asking_for_a_draw_in_other_words(question: str, mode: str, count: int, items: list[str]) -> None:
    _, view = view_of(question, PickerView)
    assert (view.mode, view.count, view.items) == (mode, count, items)


@pytest.mark.parametrize(
    ("question", "seconds"),
    [
        ("timer for 1h15", [4500]),
        ("timer for 1 hour 20 minutes", [4800]),
        ("a 2 min 30 s timer", [150]),
        ("timer 10 dakikalık", [600]),
        ("oven timer, check at 8 h 30", [28800]),  # half past eight is no 30-hour preset
    ],
)
def test_compound_durations_are_one_preset(question: str, seconds: list[int]) -> None:
    _, view = view_of(question, TimerView)
    assert [p.seconds for p in view.presets] == seconds


def test_a_word_next_to_a_single_duration_is_no_label() -> None:
    _, view = view_of("I want a 90 second timer", TimerView)
    assert [(p.label, p.seconds) for p in view.presets] == [("", 90)]


# ---------------------------------------------------------------------------- rules stated in words


def _values(plan, **inputs) -> dict:
    from render.interactive_state import evaluate

    return evaluate(plan, inputs).values


def test_rates_by_bracket_are_applied_to_the_part_in_each_bracket() -> None:
    question = (
        "a tool where staff type the order value and see the fee: 10% on the first 500, 6% between 500 and 2k, "
        "3% above that"
    )
    plan = plan_of(question)
    assert isinstance(plan, AppPlan)
    assert _values(plan, amount=3000)["result"] == pytest.approx(50 + 90 + 30)
    assert _values(plan, amount=400)["result"] == pytest.approx(40)
    renders(plan)


def test_brackets_with_a_gap_are_no_rule() -> None:
    from generators.rules.app_stated import brackets

    assert brackets("5% on the first 1000, 9% above 2000") is None  # 1000–2000 was never given
    assert brackets("a 5% fee on everything") is None


def test_a_date_plus_the_days_written() -> None:
    plan = plan_of("something where I pick the delivery date and it shows me the return deadline at 14 days")
    assert isinstance(plan, AppPlan)
    assert [c.formula for c in plan.computed] == ["add_days(start, 14)"]
    assert plan.computed[0].label == "Return deadline"
    assert _values(plan, start="2026-03-20")["result"] == "2026-04-03"


def test_weeks_before_a_date() -> None:
    plan = plan_of(
        "a tool where I enter the exam date and it tells me the date 3 weeks before to start revising"
    )
    assert isinstance(plan, AppPlan)
    assert [c.formula for c in plan.computed] == ["add_days(start, -21)"]


def test_two_quantities_joined_by_times_or_divided_by() -> None:
    plan = plan_of("una calculadora para calcular el coste: litros por precio del litro")
    assert isinstance(plan, AppPlan)
    assert [i.label for i in plan.inputs] == ["Litros", "Precio del litro"]
    assert [c.formula for c in plan.computed] == ["a * b"]
    plan = plan_of("a calculator for pace: minutes divided by kilometres")
    assert [c.formula for c in plan.computed] == ["a / b"] and plan.computed[0].label == "Pace"


def test_no_formula_is_made_up_when_none_is_stated() -> None:
    plan = plan_of("a calculator for how many boxes fit on a shelf from the box width and the shelf width")
    assert not (isinstance(plan, AppPlan) and plan.computed)
    # an infusion rate is the catalogue's drip-rate calculator, its formula a definition, not made up
    # (a message opening with "a little tool for …" is an app since round 18)
    plan = plan_of("a little tool for the infusion rate: volume, time, drops per ml")
    assert isinstance(plan, AppPlan) and plan.title == "IV drip rate"
    assert "drop factor" in plan.answer


@pytest.mark.parametrize(
    "question",
    [
        "how do I keep track of my passwords safely?",
        "which fitness tracker should I buy?",
        "Can you write down how many calories are in an apple?",
        "a diagram of the pomodoro technique: work, short break, repeat, long break",
        "chart of part-timers vs full-timers: 2022 30/70, 2023 40/60",
        "my sleep tracker says mon 7, tue 6, wed 8 hours, can you chart it",
        "Из 1000 случайно выбранных людей 40% пьют чай, 35% кофе, 25% воду",
    ],
)
def test_questions_that_only_mention_a_tool_are_not_routed_to_one(question: str) -> None:
    assert route(question).kind != "app"


def test_a_range_or_a_calculator_is_not_a_draw_or_a_timer() -> None:
    plan = plan_of("a random number generator between 1 and 100")
    assert not (isinstance(plan, AppPlan) and any(isinstance(v, PickerView) for v in plan.views))
    plan = plan_of("a calculator for how long to set the timer: weight times minutes per kilo")
    assert isinstance(plan, AppPlan) and not any(isinstance(v, TimerView) for v in plan.views)
    assert [c.formula for c in plan.computed] == ["a * b"] and plan.computed[0].label == "Result"


def test_shuffling_cards_is_a_question_not_a_draw() -> None:
    assert route("how to shuffle the cards properly?").kind != "app"


def test_a_draw_from_an_attached_table_uses_its_names() -> None:
    import pandas as pd

    table = pd.DataFrame({"name": ["Ola", "Per", "Kari", "Ola"], "tickets": [2, 1, 3, 1]})
    plan = PLANNER.plan(PlanRequest(question="pick 2 random winners from the name column", table=table)).plan
    assert isinstance(plan, AppPlan)
    view = next(v for v in plan.views if isinstance(v, PickerView))
    assert (view.items, view.count) == (["Ola", "Per", "Kari"], 2)
    plan = PLANNER.plan(PlanRequest(question="filter by tickets", table=table)).plan
    assert not any(isinstance(v, PickerView) for v in getattr(plan, "views", []))


def test_every_name_of_a_long_list_is_kept() -> None:
    names = [f"Kid{i}" for i in range(1, 33)]
    _, view = view_of("random name picker for my class: " + ", ".join(names), PickerView)
    assert view.items == names
    _, view = view_of("pick a winner:\n" + "\n".join(f"- {n}" for n in names[:5]), PickerView)
    assert view.items == names[:5]
    _, view = view_of("names: Ida, Jon, Kim. can you pick one at random?", PickerView)
    assert view.items == ["Ida", "Jon", "Kim"]


@pytest.mark.parametrize(
    ("question", "view_type"),
    [
        ("quiero algo para sacar un alumno al azar: Pablo, Lucía, Hugo", PickerView),
        ("un'estrazione a sorte per chi pulisce: Giulia, Marco, Sofia", PickerView),
        ("발표 순서 랜덤 뽑기: 민준, 서연, 도윤", PickerView),
        ("kadroyu rastgele iki takıma böl: Emre, Burak, Kerem, Arda", PickerView),
        ("I want to keep track of the plants I water each morning", LogView),
    ],
)
def test_more_words_for_draws_and_trackers(question: str, view_type: type) -> None:
    plan, view = view_of(question, view_type)
    if isinstance(view, PickerView):
        assert view.items == [x.strip() for x in re.split(r"[,:]", question)[1:]]
    renders(plan)


def test_entries_the_user_gave_start_the_tracker_and_levels_are_never_summed() -> None:
    plan, view = view_of("track my expenses: rent 800, food 300, taxi 60", LogView)
    assert [r[1:] for r in view.rows] == [["rent", 800], ["food", 300], ["taxi", 60]]
    assert view.total == "Amount"
    plan, view = view_of("I want to keep track of my weight: mon 80.1, tue 79.8, wed 79.5", LogView)
    assert [r[-1] for r in view.rows] == [80.1, 79.8, 79.5]
    assert view.total is None  # a weight is a level: its sum is nothing
    renders(plan)


def test_advice_on_what_to_buy_is_words_not_the_tool() -> None:
    assert plan_of("my kitchen timer broke, which one should I buy?").kind == "text"
