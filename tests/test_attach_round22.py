"""Round 22, attachments and diagrams: lookups over a table asked in Russian, Egyptian Arabic and Italian
(with a lead-in, "no chart needed"), a side-by-side chart asked as columns, a one-glance sheet of
listed facts, parts of a markdown picked for a card, a document lookup after "according to this", and
structures drawn rather than pictured (a box-drawn tree, steps with branches, a voice note's dictated
commas, tools whose links are asked about, a seating chart)."""

from __future__ import annotations

import sys
from pathlib import Path

from generators import get_planner
from generators.base import PlanRequest
from generators.rules.request import box_tree, dictated
from generators.rules.signals import unnegated

ROOT = Path(__file__).resolve().parent


def _plan(question: str, table: str | None = None, markdown: str | None = None):
    kwargs: dict = {"question": question}
    if table is not None:
        sys.path.insert(0, str(ROOT.parent / "bench"))
        import planner_eval

        kwargs |= {"table": planner_eval.load_table(ROOT / "data" / table), "table_name": table}
    if markdown is not None:
        kwargs["markdown"] = (ROOT / "data" / markdown).read_text(encoding="utf-8")
    return get_planner("rules").plan(PlanRequest(**kwargs)).plan


# --- lookups over a table -------------------------------------------------------------------------


def test_no_chart_needed_is_a_refusal_and_the_month_is_answered() -> None:
    assert "график" not in unnegated("просто ответь, график не нужен")
    assert "chart" not in unnegated("which month? chart not needed")
    plan = _plan(
        "в каком месяце больше всего клиентов съехало? просто ответь, график не нужен",
        "v17/storage_months.csv",
    )
    assert plan.kind == "text"
    assert "Sep 2025" in plan.answer and "30" in plan.answer  # move_outs peaks at 30 in September


def test_egyptian_which_day_names_the_date_not_the_weekday() -> None:
    plan = _plan("أنهي يوم كان فيه أعلى مكسب في الأسبوعين دول؟", "v18/rideshare_week.csv")
    assert plan.kind == "text"
    assert "2025-10-16" in plan.answer and "2,010" in plan.answer


def test_total_after_a_lead_in_picks_the_rows_named_in_another_language() -> None:
    plan = _plan(
        "scusa, una cosa veloce: quanti guasti in totale ha avuto la macchina del deposito bus?",
        "v17/vending_weeks.csv",
    )
    assert plan.kind == "text"
    assert "Bus depot" in plan.answer and ": 6" in plan.answer  # not the 8 faults of every machine


def test_side_by_side_as_columns_is_a_chart_by_variety() -> None:
    plan = _plan(
        "Für den Hofladen-Newsletter: Ernte in kg pro Sorte, erste und zweite Welle nebeneinander – kannst du das als Säulen zeigen?",
        "v17/mushroom_flushes.csv",
    )
    assert plan.kind == "chart"
    assert plan.x == "strain"


def test_one_glance_sheet_of_listed_facts_stays_an_infographic() -> None:
    q = "need a one-glance sheet for the staff room from this: busiest room, average hours per booking, no-shows, best night"
    assert _plan(q, "v17/karaoke_nights.csv").kind == "infographic"
    # two measures side by side, no list of facts: still a grouped chart
    assert _plan("bookings and no shows side by side per room", "v17/karaoke_nights.csv").kind == "chart"


# --- markdown -------------------------------------------------------------------------------------


def test_bars_named_as_the_form_chart_a_markdown() -> None:
    plan = _plan(
        "treasurer wants to see the plans by monthly price, bars are fine, just the four plans",
        markdown="v17/makerspace_induction.md",
    )
    assert plan.kind == "chart"
    assert _plan("we met at the bars near the station, just the two of us").kind != "chart"


def test_a_price_sheet_to_take_home_is_one_page() -> None:
    plan = _plan(
        "could you make a price sheet families can take home, with the direct cremation option clearly set apart",
        markdown="v17/funeral_arrangements.md",
    )
    assert plan.kind == "infographic"


def test_a_laminated_card_holds_both_parts_named() -> None:
    plan = _plan(
        "make a laminated card from this for the nacelle, only the before climbing part and the steps",
        markdown="v18/turbine_service.md",
    )
    assert plan.kind == "infographic"
    kinds = [b.type for b in plan.blocks]
    assert kinds == ["table", "steps"]  # the checklist and the procedure, nothing else of the document
    text = str(plan.model_dump())
    assert "Weather" in text and "Torque check" in text and "Malmö" not in text


def test_according_to_this_is_a_lookup_quoting_the_document() -> None:
    plan = _plan(
        "according to this, what do we do if one blade bolt fails the torque check",
        markdown="v18/turbine_service.md",
    )
    assert plan.kind == "text"
    assert "If one bolt fails, check all bolts" in plan.answer


# --- diagrams -------------------------------------------------------------------------------------


def test_box_drawn_tree_reads_as_an_indented_list() -> None:
    assert (
        box_tree("root:\n├── a\n│   ├── b\n│   └── c\n└── d\nok?") == "root:\n- a\n  - b\n  - c\n- d\n\nok?"
    )
    assert box_tree("a | b\nx") == "a | b\nx"  # no branches: as typed
    plan = _plan(
        "새로 온 알바한테 보여주려고요. 단톡방에 올라온 거 복붙해요:\n사장님\n└ 점장\n   ├ 주간 알바 2명\n   └ 야간 알바 3명\n그림으로 보여줄 수 있어요?"
    )
    assert plan.kind == "diagram"
    label = {n.id: n.label for n in plan.nodes}
    edges = {(label[e.source], label[e.target]) for e in plan.edges}
    assert (
        ("사장님", "점장") in edges
        and ("점장", "주간 알바 2명") in edges
        and ("점장", "야간 알바 3명") in edges
    )


def test_dictated_punctuation_splits_a_voice_note_into_steps() -> None:
    assert dictated("a comma b comma c full stop d") == "a, b, c. d"
    assert dictated("the comma is a mark") == "the comma is a mark"  # said once: a word
    plan = _plan(
        "voice note sorry. car arrives at barrier comma camera reads plate comma if plate is a permit holder barrier "
        "opens comma if not driver takes a ticket full stop on exit if ticket is paid barrier opens otherwise go to "
        "the pay machine. can you draw that as a flow"
    )
    assert plan.kind == "diagram"
    labels = [n.label for n in plan.nodes]
    assert labels[0] == "car arrives at barrier" and "camera reads plate" in labels
    assert not any("voice note" in x or "draw" in x for x in labels)


def test_steps_with_a_branch_are_drawn_as_a_flow() -> None:
    for q in (
        "the alarm handling, can you draw it: alarm comes, control room checks SCADA, if remote reset works fine, "
        "if not the crew drives out, if there is ice we wait",
        "ارسملي خطوات المشوار: الطلب ييجي، أقبل، أروح للراكب، لو اتأخر ٥ دقايق ألغي، لو جه أبدأ الرحلة، أوصل، آخد الفلوس، التقييم",
    ):
        plan = _plan(q)
        assert plan.kind == "diagram", q
        assert len(plan.nodes) >= 5
    # a scene with no branching steps is still a picture
    assert (
        _plan("draw me a cozy cabin in the snow, smoke from the chimney, a dog at the door").kind == "image"
    )


def test_how_named_things_connect_is_a_diagram() -> None:
    assert (
        _plan("how obs, streamlabs, twitch and my discord bot connect, draw it so my mod gets it").kind
        == "diagram"
    )


def test_seating_chart_with_counts_is_a_plan_not_a_sum() -> None:
    plan = _plan(
        "seating chart for the makerspace dinner? 3 tables: table 1 board (ingrid pavel mei), table 2 hosts "
        "(jonas ahmed) + 2 sponsors, table 3 volunteers (8). just so people know where to sit"
    )
    assert plan.kind == "diagram"
    assert any("ingrid" in n.label for n in plan.nodes)


def test_a_decimal_comma_said_is_no_punctuation() -> None:
    q = "de omzet per kwartaal was twee komma één miljoen dan twee komma vier dan drie miljoen"
    assert dictated(q) == q


def test_most_of_a_count_read_as_floats_names_its_row() -> None:
    plan = _plan("which day did we sell the most croissants?", "v12/cafe_sales.csv")
    assert plan.kind == "text"
    assert "04/03/2025" in plan.answer and "84" in plan.answer
