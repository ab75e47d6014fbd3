"""Round 19: questions over an attached table in any of the planner's languages. Columns and values are
named by their meaning ("Katzen" is the value 'cat', "линия" the column 'route'), a most, a total, a
count or "still open" is answered from the rows in the question's language, "let me filter/choose"
opens the table explorer, and "how a shipment goes through the statuses" is the status column's flow."""

from __future__ import annotations

from typing import Any

import pandas as pd

from generators.base import PlanRequest
from generators.rules.planner import RulesPlanner
from generators.rules.router import route
from generators.rules.table_flow import status_flow
from generators.rules.table_words import meaning_score, named_by_meaning, superlative

VET = pd.DataFrame(
    {
        "month": ["2024-01", "2024-01", "2024-02", "2024-02", "2024-03", "2024-03"],
        "species": ["dog", "cat", "dog", "cat", "dog", "cat"],
        "visits": [324, 191, 310, 210, 284, 188],
        "vaccinations": [59, 78, 44, 48, 68, 51],
    }
)
CLAIMS = pd.DataFrame(
    {
        "claim": ["CLM-1", "CLM-2", "CLM-3", "CLM-4", "CLM-5", "CLM-6", "CLM-7"],
        "type": ["home", "motor", "health", "motor", "home", "travel", "motor"],
        "branch": ["Pune", "Kochi", "Pune", "Jaipur", "Kochi", "Pune", "Jaipur"],
        "claimed_inr": [695125, 195800, 263463, 135042, 99000, 45000, 61000],
        "status": [
            "settled",
            "under review",
            "rejected",
            "awaiting documents",
            "settled",
            "under review",
            "settled",
        ],
    }
)
BUSES = pd.DataFrame(
    {
        "route": ["4", "4", "11", "11", "N7", "N7"],
        "month": ["01/2025", "02/2025"] * 3,
        "on_time_pct": [93.3, 94.5, 85.0, 86.0, 80.0, 82.0],
        "complaints": [17, 14, 30, 25, 40, 38],
    }
)
HONEY = pd.DataFrame(
    {
        "hive": ["H01", "H02", "H03", "H04"],
        "apiary": ["Heath", "Rooftop", "Orchard", "Heath"],
        "honey_kg": [15.0, 9.3, 28.1, 24.6],
    }
)
SHIPMENTS = pd.DataFrame(
    {
        "shipment": [f"SH-{i}" for i in range(8)],
        "pallets": [31, 13, 4, 12, 17, 9, 20, 5],
        "status": [
            "delivered",
            "delivered",
            "in transit",
            "delayed",
            "customs hold",
            "in transit",
            "delivered",
            "delayed",
        ],
    }
)


def _plan(question: str, table: pd.DataFrame) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question, table=table, table_name="t.csv")).plan


def _first(plan: Any) -> str:
    """The answer's first paragraph: the computed answer, before the table's summary."""
    return plan.answer.split("\n\n")[0]


def test_columns_and_values_are_named_by_meaning_in_any_language() -> None:
    assert named_by_meaning("honey_kg", "quelle ruche a donné le plus de miel ?") >= 0
    assert named_by_meaning("on_time_pct", "какая линия самая пунктуальная?") >= 0
    assert named_by_meaning("route", "какая линия самая пунктуальная?") >= 0
    assert named_by_meaning("cat", "in welchem Monat kamen die meisten Katzen?") >= 0
    assert named_by_meaning("dog", "पूरे साल में कुत्तों की कुल विज़िट") >= 0
    assert named_by_meaning("days_to_fix", "wie viele Tage") < 0  # 'fix' is named by nothing
    assert meaning_score("ship_date", "按发货日期") == (0.6, 3)  # only its last word: a date
    assert superlative("какая линия самая пунктуальная?") == "max"
    assert superlative("quel mois a eu le moins de visites ?") == "min"


def test_italian_still_open_counts_the_rows_in_no_final_status() -> None:
    plan = _plan("quante pratiche sono ancora aperte?", CLAIMS)
    assert plan.kind == "text"
    first = _first(plan)
    assert first.startswith("**3** su 7 righe")  # 2 under review + 1 awaiting documents, in Italian
    assert "awaiting documents" in first and "under review" in first and "settled" not in first


def test_english_still_open_is_answered_too() -> None:
    plan = _plan("how many claims are still open?", CLAIMS)
    assert plan.kind == "text"
    assert _first(plan).startswith("**3** of 7 rows")


def test_hindi_total_of_a_value_named_in_hindi() -> None:
    plan = _plan("पूरे साल में कुत्तों की कुल विज़िट कितनी थी", VET)
    assert plan.kind == "text"
    first = _first(plan)
    assert "**918**" in first  # 324 + 310 + 284, the dog rows only
    assert "पंक्तियाँ" in first  # the answer in Hindi


def test_german_month_with_the_most_cats() -> None:
    plan = _plan("in welchem Monat kamen die meisten Katzen?", VET)
    assert plan.kind == "text"
    first = _first(plan)
    assert "2024-02 (210)" in first and "Höchster Wert" in first


def test_russian_route_with_the_best_average_punctuality() -> None:
    plan = _plan("какая линия в среднем самая пунктуальная?", BUSES)
    assert plan.kind == "text"
    first = _first(plan)
    assert ": 4 (93,9)" in first  # mean of 93.3 and 94.5, route 4; the Russian decimal comma
    assert "Наибольшее" in first


def test_french_hive_with_the_most_honey() -> None:
    plan = _plan("quelle ruche a donné le plus de miel ?", HONEY)
    assert plan.kind == "text"
    assert "H03 (28,1)" in _first(plan)


def test_let_me_choose_or_filter_opens_the_explorer() -> None:
    assert _plan("je veux pouvoir choisir une ligne et voir ses chiffres mois par mois", BUSES).kind == "app"
    assert _plan("让我能按城市和类型筛选这些理赔", CLAIMS).kind == "app"
    assert (
        _plan("make me a little tracker from this where i can move tickets between statuses", CLAIMS).kind
        == "app"
    )
    assert _plan("grafico dei reclami per linea", BUSES).kind == "chart"


def test_statuses_as_a_flow_route_to_a_diagram_of_the_status_column() -> None:
    assert route(
        "narysuj jak przesyłka przechodzi przez statusy, które są w tej tabeli", table=SHIPMENTS
    ).kind == ("diagram")
    assert route("draw the process a shipment goes through, based on the status", table=VET).kind == "chart"
    plan = status_flow("", SHIPMENTS, "freight.csv", "pl")
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], labels[e.target]) for e in plan.edges}
    assert ("in transit (2)", "delivered (3)") in edges  # counts from the rows
    assert ("in transit (2)", "delayed (2)") in edges and ("delayed (2)", "in transit (2)") in edges
    assert ("in transit (2)", "customs hold (1)") in edges
    assert plan.answer.startswith("Status: in transit → delivered.")


def test_a_summary_for_the_donors_stays_a_summary() -> None:
    donations = pd.DataFrame({"region": ["East", "West", "South"], "donors": [96, 744, 300]})
    assert _plan("لخص هذا الجدول للمتبرعين في فقرة قصيرة", donations).kind == "text"


def test_turkish_number_of_requests_by_district_counts_rows() -> None:
    requests = pd.DataFrame(
        {
            "district": ["Eastside", "Eastside", "Eastside", "Northgate", "Northgate"],
            "days_to_fix": [6, 3, 9, 2, 4],
        }
    )
    plan = _plan("bu tablodan ilçelere göre talep sayısını grafik yap", requests)
    assert plan.kind == "chart" and plan.x == "district" and plan.aggregate == "count" and plan.y is None
