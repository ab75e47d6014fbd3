"""Round 20: tables read as their writers meant (dots between thousands, day-first dates), the table
lookups share one multilingual word list, titles of table explorers and status flows in the question's
language, holds drawn as steps, and relations typed one a line drawn as the lines say."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from render.columns import as_datetime, to_numeric
from render.tables import load_table

DATA = Path(__file__).parent / "data"


# ------------------------------------------------------------------------- 1. European numbers, dates


def test_dots_between_thousands_are_read_as_whole_numbers_when_the_file_writes_decimal_commas() -> None:
    raw = b'route,trips,on_time_pct\n4,2.358,"93,3"\n7,12.400,"88,1"\n9,850,"90,0"\n'
    df = load_table(raw, "bus.csv")
    assert df["trips"].tolist() == [2358, 12400, 850]
    df = load_table(b"city;population\nA;2.358\nB;12.400\nC;7.500\n", "pop.csv")
    assert df["population"].tolist() == [2358, 12400, 7500]
    assert load_table(DATA / "v11" / "bus_punctuality.csv")["trips"].min() >= 300


def test_mixed_thousands_column_reads_whole_numbers() -> None:
    df = load_table(b"city;population\nA;2.358\nB;12.400\nC;1.250.000\n", "pop.csv")
    assert to_numeric(df["population"]).tolist() == [2358, 12400, 1250000]


def test_dots_stay_decimal_points_without_a_decimal_comma_hint_or_with_other_dot_patterns() -> None:
    assert load_table(b"city,population\nA,2.358\nB,12.400\n", "x.csv")["population"].tolist() == [
        2.358,
        12.4,
    ]
    df = load_table(b"a;b\n0.125;2.5\n1.250;3\n", "x.csv")
    assert df["a"].tolist() == [0.125, 1.25]
    assert df["b"].tolist() == [2.5, 3.0]


def test_day_first_dates_are_read_day_first_when_a_first_part_is_over_twelve() -> None:
    dates = as_datetime(pd.Series(["13/04/2025", "02/05/2025"], dtype=str))
    assert [d.strftime("%Y-%m-%d") for d in dates] == ["2025-04-13", "2025-05-02"]
    month_first = as_datetime(pd.Series(["04/13/2025", "02/05/2025"], dtype=str))
    assert [d.strftime("%Y-%m-%d") for d in month_first] == ["2025-04-13", "2025-02-05"]
    dotted = as_datetime(pd.Series(["02.05.2025", "03.05.2025"], dtype=str))
    assert [d.strftime("%Y-%m-%d") for d in dotted] == ["2025-05-02", "2025-05-03"]
    shipped = as_datetime(load_table(DATA / "v11" / "freight_shipments.csv")["ship_date"])
    assert shipped.iloc[0].strftime("%Y-%m-%d") == "2025-03-05"
    assert shipped.dt.month.isin([3, 4, 5, 6]).all()


# ------------------------------------------------------------------- 2. the text lookup's most / least

BUS = pd.DataFrame(
    {
        "route": ["4", "7", "12", "4", "7", "12"],
        "month": ["2025-01"] * 3 + ["2025-02"] * 3,
        "punctuality": [93.3, 88.1, 90.0, 91.0, 85.0, 95.0],
    }
)


def _answer(question: str, df: pd.DataFrame) -> str:
    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    plan = RulesPlanner().plan(PlanRequest(question=question, table=df, table_name="bus.csv")).plan
    assert plan.kind == "text"
    return str(plan.answer)


def test_a_numeric_route_is_the_label_and_punctuality_the_measure() -> None:
    for df in (BUS, BUS.rename(columns={"punctuality": "on_time_pct"})):
        answer = _answer("which route is the most punctual on average?", df)
        assert "route" not in answer.split("\n")[0].lower()
        assert "**: 12 (92.5)" in answer.split("\n")[0]
        least = _answer("which route is the least punctual?", df).split("\n")[0]
        assert "**: 7 (86.55)" in least  # a percentage is averaged over a route's months, never summed


def test_the_text_lookup_reads_most_and_least_in_other_languages() -> None:
    from generators.rules.text import lookup

    df = pd.DataFrame({"shop": ["a", "b", "c"], "sales": [5, 9, 2]})
    assert "**: c (2)" in lookup("welcher shop hat die niedrigsten sales?", df, "de")
    assert "**: c (2)" in lookup("quale shop ha le sales peggiori?", df, "it")
    assert "**: b (9)" in lookup("który shop ma najwięcej sales?", df, "pl")


# --------------------------------------------------------------- 3. the table explorer's language


def test_a_chinese_question_gets_a_chinese_table_explorer() -> None:
    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    df = pd.DataFrame({"city": ["A", "B", "A", "B"], "type": ["x", "y", "y", "x"], "sales": [1, 2, 3, 4]})
    req = PlanRequest(question="我想按城市和类型筛选这些数据", table=df, table_name="shop_sales.csv")
    plan = RulesPlanner().plan(req).plan
    assert plan.kind == "app"
    assert plan.title == "浏览 Shop sales"
    assert plan.answer.startswith("共 4 行")
    assert [c.label for c in plan.computed] == ["行数", "Sales 合计"]
    assert any(v.title == "Sales（按 City）" for v in plan.views)
    req = PlanRequest(
        question="I want to filter these by city and type", table=df, table_name="shop_sales.csv"
    )
    assert RulesPlanner().plan(req).plan.title == "Explore Shop sales"


# ------------------------------------------------------------------- 4. a status column's flow


def _flow(question: str, df: pd.DataFrame, name: str = "v11/freight_shipments.csv") -> object:
    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    plan = RulesPlanner().plan(PlanRequest(question=question, table=df, table_name=name)).plan
    assert plan.kind == "diagram"
    return plan


def test_holds_are_steps_and_the_title_is_in_the_question_language() -> None:
    df = load_table(DATA / "v11" / "freight_shipments.csv")
    plan = _flow("narysuj jak przesyłka przechodzi przez statusy, które są w tej tabeli", df)
    shapes = {n.label: n.shape for n in plan.nodes}
    assert shapes["customs hold (6)"] == "rounded" and shapes["delayed (2)"] == "rounded"
    assert "diamond" not in shapes.values()
    assert plan.title == "Freight shipments: etapy — status"
    english = _flow("draw how a shipment goes through the statuses in this table", df)
    assert english.title == "Freight shipments: Status"


def test_a_polish_hold_is_drawn_off_the_working_stage() -> None:
    from generators.rules.table_flow import status_flow

    df = pd.DataFrame({"status": ["w drodze", "wstrzymane", "delivered", "w drodze", "delivered"]})
    plan = status_flow("jak przesyłka przechodzi przez statusy", df, "", "pl")
    ids = {n.label.split(" (")[0]: n.id for n in plan.nodes}
    dashed = {(e.source, e.target) for e in plan.edges if e.style == "dashed"}
    assert (ids["w drodze"], ids["wstrzymane"]) in dashed and (ids["wstrzymane"], ids["w drodze"]) in dashed
    assert all(n.shape != "diamond" for n in plan.nodes)
    assert plan.title == "Etapy: status"


# --------------------------------------------------------------- 5. relations typed one a line


def _edges(question: str) -> set[tuple[str, str]]:
    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    plan = RulesPlanner().plan(PlanRequest(question=question)).plan
    assert plan.kind == "diagram"
    label = {n.id: n.label for n in plan.nodes}
    return {(label[e.source], label[e.target]) for e in plan.edges}


def test_relations_one_a_line_without_a_lead_are_each_a_statement() -> None:
    edges = _edges("Alice reports to Bob\nCarol reports to Bob\nDan reports to Alice")
    assert edges == {("Bob", "Alice"), ("Bob", "Carol"), ("Alice", "Dan")}


def test_a_name_said_with_its_kind_is_the_same_node() -> None:
    assert _edges("Frontend depends on API\nAPI server depends on Database") == {
        ("Frontend", "API"),
        ("API", "Database"),
    }
    assert _edges("what depends on what\nFrontend depends on API\nAPI server depends on Database") == {
        ("Frontend", "API"),
        ("API", "Database"),
    }


def test_depends_on_points_the_same_way_in_prose_and_in_lines() -> None:
    """From what depends to what it depends on, as 'uses' and 'calls' are drawn."""
    from generators.rules.relations import relation_graph
    from generators.rules.ties import tie_graph

    prose = relation_graph("Frontend depends on API, and API depends on Database.")
    assert prose is not None
    assert {(prose.labels[a], prose.labels[b]) for a, b in prose.edges} == {
        ("Frontend", "API"),
        ("API", "Database"),
    }
    lines = tie_graph(
        "what depends on what:\nfrontend → API\nAPI needs the database\nreports depend on the database"
    )
    assert lines is not None
    assert {(lines.labels[a], lines.labels[b]) for a, b in lines.edges} == {
        ("frontend", "API"),
        ("API", "database"),
        ("reports", "database"),
    }
    ordered = tie_graph("кто от кого зависит\nплощадка → кейтеринг\nфотограф после площадки")
    assert ordered is not None and ("площадка", "фотограф") in {
        (ordered.labels[a], ordered.labels[b]) for a, b in ordered.edges
    }  # an order ("after") still runs from the first to the one after


def test_a_new_subject_after_and_starts_a_statement_of_its_own() -> None:
    assert _edges(
        "draw the dependencies: the frontend depends on the API and the API depends on the database"
    ) == {
        ("frontend", "API"),
        ("API", "database"),
    }
    # one subject with two verbs stays one subject
    assert _edges("the API reads from Postgres and writes to Redis, and the worker reads from Redis") == {
        ("Postgres", "API"),
        ("API", "Redis"),
        ("Redis", "worker"),
    }


def test_a_line_of_the_line_readers_kind_is_kept_among_prose_relations() -> None:
    edges = _edges(
        "誰が誰に報告するか図にして\n宮司の下に禰宜\n禰宜の下に権禰宜2人と巫女3人\n総代会は宮司に直接"
    )
    assert edges == {("宮司", "禰宜"), ("禰宜", "権禰宜2人と巫女3人"), ("宮司", "総代会")}
    edges = _edges("법무법인 조직도\n대표변호사 아래 파트너 3명\n각 파트너 아래 어쏘 2명\n사무장은 대표 직속")
    assert ("파트너 3명", "어쏘 2명") in edges  # "each partner" is the three partners named before
    assert any(b == "사무장" for _, b in edges)


def test_an_ask_line_over_the_relations_is_the_title_not_a_node() -> None:
    from generators.base import PlanRequest
    from generators.rules.planner import RulesPlanner

    for question, title in (
        (
            "誰が誰に報告するか図にして\n宮司の下に禰宜\n禰宜の下に権禰宜2人と巫女3人",
            "誰が誰に報告するか図にして",
        ),
        (
            "what depends on what\nFrontend depends on API\nAPI server depends on Database",
            "What depends on what",
        ),
    ):
        plan = RulesPlanner().plan(PlanRequest(question=question)).plan
        assert plan.title == title
        assert all(title.casefold() not in n.label.casefold() for n in plan.nodes)
