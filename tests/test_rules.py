"""The offline planner: routing, numbers parsed from questions, table-driven charts and fallbacks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from generators.base import Planner, PlanRequest
from generators.rules import RulesPlanner, extract_data, find_numbers, route
from render.plan import (
    ChartPlan,
    DiagramPlan,
    ImagePlan,
    InfographicPlan,
    SlidesPlan,
    TextPlan,
    parse_plan,
)

DATA = Path(__file__).parent / "data"
PLANNER = RulesPlanner()


def plan(question: str, **kw: object):
    """Plan and check the result survives a validation round trip, as every plan must."""
    result = PLANNER.plan(PlanRequest(question=question, **kw)).plan  # type: ignore[arg-type]
    again = parse_plan(result.model_dump())
    assert again == result
    return result


def values(chart: ChartPlan) -> list[float | None]:
    assert len(chart.series) == 1
    return chart.series[0].values


@pytest.fixture
def orders() -> pd.DataFrame:
    return pd.read_csv(DATA / "rules_orders.csv")


@pytest.fixture
def employees() -> pd.DataFrame:
    return pd.read_csv(DATA / "rules_employees.csv")


# ------------------------------------------------------------------------------------------- routing

ROUTES = [
    # chart: explicit words, analytic wording and numbers written in the question
    ("Plot revenue for the last 4 quarters", "chart"),
    ("draw a chart of sales", "chart"),
    ("draw a bar chart of our revenue", "chart"),
    ("Show the trend of bitcoin price", "chart"),
    ("compare apples 30 and bananas 20", "chart"),
    ("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M", "chart"),
    ("Apples 30, bananas 20 and cherries 50", "chart"),
    ("45% chrome, 30% safari, 25% other", "chart"),
    ("sales: Jan 10, Feb 12, Mar 9", "chart"),
    ("2019-2023 users grew 1, 3, 7, 12, 20 million", "chart"),
    ("Make a pie chart of market share", "chart"),
    ("histogram of exam scores", "chart"),
    ("画图：苹果30，香蕉20", "chart"),
    ("销售额的趋势", "chart"),
    ("对比一下北京和上海的房价", "chart"),
    ("用柱状图展示各省人口", "chart"),
    ("一季度到四季度收入分别为 120、150、110、200 万元", "chart"),
    ("gráfico de ventas por mes", "chart"),
    ("グラフで売上の推移を見せて", "chart"),
    # slides
    ("make a deck about our Q3 results", "slides"),
    ("Create a presentation on climate change", "slides"),
    ("make slides with a chart of sales", "slides"),  # the container wins over its content
    ("做一个关于公司介绍的PPT", "slides"),
    ("帮我做个幻灯片", "slides"),
    ("演示文稿：年度总结", "slides"),
    ("Erstelle eine Präsentation über KI", "slides"),
    # infographic
    ("an infographic of key stats about coffee", "infographic"),
    ("one-pager on our product", "infographic"),
    ("做一张信息图", "infographic"),  # 信息图 contains 图 but is not a chart
    ("timeline of the space race", "infographic"),
    # diagram
    ("draw a flowchart of the login process", "diagram"),  # "draw" + flowchart is a diagram
    ("org chart: CEO -> CTO, CFO", "diagram"),  # "org chart" contains "chart"
    ("flow chart for onboarding", "diagram"),
    ("mind map of healthy habits", "diagram"),
    ("how does the TCP handshake work", "diagram"),
    ("1. plan 2. build 3. ship", "diagram"),
    ("sign up -> verify email -> first login", "diagram"),
    ("画一个用户注册的流程图", "diagram"),
    ("公司的组织结构图", "diagram"),
    ("思维导图：学习计划", "diagram"),
    ("diagrama de flujo del proceso de compra", "diagram"),
    # image
    ("draw a cat", "image"),
    ("draw a tree", "image"),  # a tree to look at, not a tree diagram
    ("a picture of a sunset over the mountains", "image"),
    ("photo of the Eiffel tower at night", "image"),
    ("watercolor illustration of a fox", "image"),
    ("画一幅山水画", "image"),
    ("生成一张猫咪的图片", "image"),
    ("画一只可爱的小狗", "image"),
    # text
    ("what is the capital of France", "text"),
    ("Explain quantum computing", "text"),
    ("什么是机器学习", "text"),
    ("What is 15% of 200?", "text"),
    ("Who won the 2018 World Cup?", "text"),
    ("I was born in 1990 and moved in 2005", "text"),  # years are not data
    ("Tell me a joke", "text"),
    ("", "text"),
    ("hello 👋", "text"),
    ("ما هي عاصمة فرنسا", "text"),
]


@pytest.mark.parametrize(("question", "kind"), ROUTES)
def test_route_from_wording(question: str, kind: str) -> None:
    assert route(question).kind == kind


def test_route_reasons_name_the_cue() -> None:
    assert route("make slides about our launch").reason == "mentions 'slides'"
    assert (
        route("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M").reason
        == "numbers for 4 categories in the question"
    )
    assert "流程图" in route("画一个用户注册的流程图").reason


def test_route_strength_says_how_firmly_the_wording_decided(employees: pd.DataFrame) -> None:
    # a second opinion (issue 12's experiment) may only overrule routes that nothing firm decided
    assert route("um so I need something for thursday").strength == 0  # text by default
    assert route("draw me something about the sea").strength == 1  # "draw" alone: a weak hint
    assert route("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M").strength == 2  # one series
    assert route("make slides about our launch").strength >= 3  # the kind named
    assert route("", table=employees).strength >= 3  # an attachment decides


def test_route_with_attachments(employees: pd.DataFrame) -> None:
    r = route("", table=employees)
    assert r == route("", table=employees)
    assert r.kind == "chart"
    assert r.reason == "attached table with numeric column 'salary'"
    assert route("average salary by department", table=employees).kind == "chart"
    assert "average" in route("average salary by department", table=employees).reason
    assert route("make slides from this data", table=employees).kind == "slides"
    md = "# Title\n\n- one\n- two\n"
    assert route("", markdown=md) == route("", markdown=md)
    assert route("", markdown=md).kind == "slides"
    assert route("turn this into an infographic", markdown=md).kind == "infographic"
    assert route("draw this as a diagram", markdown=md).kind == "diagram"
    assert route("just show it as text", markdown=md).kind == "slides"


def test_route_pasted_markdown_in_question() -> None:
    q = "Make this into something:\n# Plan\n\n- design\n- build\n- launch\n"
    assert route(q).kind == "slides"


# ----------------------------------------------------------------------------------- numbers → chart


def test_numbers_parse_with_suffixes() -> None:
    nums = find_numbers("Q1 was $1.2M, then 45%, 3 billion and 120 万元; FY2020 and 3月 are labels")
    assert [(n.value, n.mag, n.currency, n.pct) for n in nums] == [
        (1.2, "m", "USD", False),
        (45.0, "", "", True),
        (3.0, "billion", "", False),
        (120.0, "万", "元", False),
    ]


EXTRACTIONS = [
    (
        "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M",
        ["Q1", "Q2", "Q3", "Q4"],
        [1.2, 1.5, 1.1, 2.0],
        "million",
    ),
    ("Apples 30, bananas 20 and cherries 50", ["Apples", "bananas", "cherries"], [30, 20, 50], ""),
    ("sales: Jan 10, Feb 12, Mar 9", ["Jan", "Feb", "Mar"], [10, 12, 9], ""),
    (
        "2019-2023 users grew 1, 3, 7, 12, 20 million",
        ["2019", "2020", "2021", "2022", "2023"],
        [1, 3, 7, 12, 20],
        "million",
    ),
    ("45% chrome, 30% safari, 25% other", ["chrome", "safari", "other"], [45, 30, 25], "%"),
    ("chrome 45%, safari 30% and others 25%", ["chrome", "safari", "others"], [45, 30, 25], "%"),
    (
        "一季度到四季度收入分别为 120、150、110、200 万元",
        ["Q1", "Q2", "Q3", "Q4"],
        [120, 150, 110, 200],
        "万元",
    ),
    ("苹果30，香蕉20", ["苹果", "香蕉"], [30, 20], ""),
    (
        "1月-6月销量：10、12、9、15、20、18",
        ["1月", "2月", "3月", "4月", "5月", "6月"],
        [10, 12, 9, 15, 20, 18],
        "",
    ),
    ("Mon-Fri visits were 10, 20, 15, 30, 25", ["Mon", "Tue", "Wed", "Thu", "Fri"], [10, 20, 15, 30, 25], ""),
    ("周一到周三客流 5、7、6", ["周一", "周二", "周三"], [5, 7, 6], ""),
    (
        "Jan-Dec rainfall: 1,2,3,4,5,6,7,8,9,10,11,12",
        [m for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
        list(range(1, 13)),
        "",
    ),
    ("2019: 5, 2020: 7, 2021: 9", ["2019", "2020", "2021"], [5, 7, 9], ""),
    ("for 2019, 2020, 2021 revenue was 5, 7, 9", ["2019", "2020", "2021"], [5, 7, 9], ""),
    ("revenue: $900K, $1.2M and $1.5M for Q1 to Q3", ["Q1", "Q2", "Q3"], [0.9, 1.2, 1.5], "million USD"),
    ("New York 30, Los Angeles 20", ["New York", "Los Angeles"], [30, 20], ""),
]


@pytest.mark.parametrize(("question", "categories", "expected", "unit"), EXTRACTIONS)
def test_extract_data(question: str, categories: list[str], expected: list[float], unit: str) -> None:
    data = extract_data(question)
    assert data is not None
    assert data.categories == categories
    assert data.values == pytest.approx(expected)
    assert data.unit == unit


@pytest.mark.parametrize(
    "question",
    [
        "1. plan 2. build 3. ship",
        "what is 15% of 200?",
        "Compare iPhone 15 and iPhone 14",
        "top 5 countries",
        "",
    ],
)
def test_no_data_in_question(question: str) -> None:
    assert extract_data(question) is None


def test_chart_from_quarters() -> None:
    chart = plan("Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M")
    assert isinstance(chart, ChartPlan)
    assert chart.categories == ["Q1", "Q2", "Q3", "Q4"]
    assert values(chart) == [1.2, 1.5, 1.1, 2.0]
    assert chart.unit == "million"
    assert chart.y_title == "Revenue (million)"
    assert chart.x_title == "Quarter"
    assert chart.chart_type == "bar"
    assert "Q4" in chart.title
    assert "**Q4** is highest at **2 million**" in chart.answer
    assert "5.8 million" in chart.answer  # the total is computed, not guessed
    assert chart.alt_text


def test_chart_trend_is_a_line_with_computed_change() -> None:
    chart = plan("2019-2023 users grew 1, 3, 7, 12, 20 million")
    assert chart.chart_type == "line"
    assert chart.title == "Users rose from 1 million in 2019 to 20 million in 2023"
    assert "+1900%" in chart.answer


def test_chart_shares_summing_to_100_are_a_pie() -> None:
    chart = plan("45% chrome, 30% safari, 25% other")
    assert chart.chart_type == "pie"
    assert chart.unit == "%"
    assert values(chart) == [45, 30, 25]
    assert "**chrome** has the largest share at **45%**" in chart.answer


def test_chart_type_from_wording() -> None:
    assert plan("line chart: apples 30, bananas 20, cherries 50").chart_type == "line"
    assert plan("pie chart of apples 30, bananas 20, cherries 50").chart_type == "pie"
    assert plan("show the share: apples 30, bananas 20, cherries 50").chart_type == "pie"
    assert plan("apples 30, bananas 20, cherries 50").chart_type == "bar"
    # a pie cannot show negative values: bar instead
    assert plan("pie chart: profit north 5, south -3, east 2").chart_type == "bar"


def test_chart_chinese_question() -> None:
    chart = plan("一季度到四季度收入分别为 120、150、110、200 万元")
    assert chart.categories == ["Q1", "Q2", "Q3", "Q4"]
    assert values(chart) == [120, 150, 110, 200]
    assert chart.unit == "万元"
    assert chart.y_title == "收入（万元）"
    assert "Q4" in chart.title and "最高" in chart.title
    assert "580万元" in chart.answer


def test_histogram_of_plain_numbers() -> None:
    chart = plan("histogram of these scores: 3, 5, 7, 2, 8, 9, 4")
    assert chart.chart_type == "histogram"
    assert values(chart) == [3, 5, 7, 2, 8, 9, 4]
    assert "median 5" in chart.answer


# ------------------------------------------------------------------------------------ table → chart


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "total sales by region",
            {"x": "region", "y": "total_sales", "aggregate": "sum", "chart_type": "bar"},
        ),
        ("average unit price per product", {"x": "product", "y": "unit_price", "aggregate": "mean"}),
        ("average price by product", {"x": "product", "y": "unit_price", "aggregate": "mean"}),
        ("how many orders by region", {"x": "region", "y": None, "aggregate": "count"}),
        ("number of orders per region", {"x": "region", "y": None, "aggregate": "count"}),
        ("median quantity by region", {"x": "region", "y": "quantity", "aggregate": "median"}),
        ("sales over time", {"x": "order_date", "y": "total_sales", "chart_type": "line"}),
        (
            "sales by region and product",
            {"x": "region", "y": "total_sales", "color": "product", "chart_type": "grouped_bar"},
        ),
        ("quantity per region split by product", {"x": "region", "y": "quantity", "color": "product"}),
        ("share of sales by region", {"x": "region", "y": "total_sales", "chart_type": "pie"}),
        ("top 3 regions by sales", {"x": "region", "sort": "desc", "top_n": 3}),
        (
            "correlation between unit price and quantity",
            {"chart_type": "scatter", "x": "unit_price", "y": "quantity", "aggregate": None},
        ),
        ("distribution of unit price", {"chart_type": "histogram", "x": "unit_price", "y": None}),
        ("", {"x": "order_date", "y": "total_sales"}),
    ],
)
def test_table_roles(orders: pd.DataFrame, question: str, expected: dict[str, object]) -> None:
    chart = plan(question, table=orders, table_name="orders")
    assert isinstance(chart, ChartPlan)
    assert chart.categories == [] and chart.series == []  # values come from the table at render time
    for key, value in expected.items():
        got = getattr(chart, key)
        assert (got.value if hasattr(got, "value") else got) == value, (key, got)


def test_table_filter_from_a_named_value(orders: pd.DataFrame) -> None:
    chart = plan("sales by product in North", table=orders)
    assert chart.x == "product"
    assert [(f.column, f.op, f.value) for f in chart.filters] == [("region", "==", "North")]
    assert "**Gadget** has the highest total sales (**160**)" in chart.answer


def test_table_answer_is_computed(orders: pd.DataFrame, employees: pd.DataFrame) -> None:
    chart = plan("total sales by region", table=orders)
    assert chart.title == "Total sales by region"
    assert chart.answer == "**North** has the highest total sales (**430**); **South** the lowest (270)."
    chart = plan("average salary by department", table=employees)
    assert chart.answer.startswith("**Engineering** has the highest average salary (**108,333.3**)")
    chart = plan("how many orders by region", table=orders)
    assert chart.answer == "All 4 groups have the same number of orders (**3**)."


def test_table_scatter_vs_order(employees: pd.DataFrame) -> None:
    chart = plan("salary vs years of experience", table=employees)
    assert (chart.chart_type, chart.x, chart.y) == ("scatter", "years_experience", "salary")
    assert "strong positive correlation (r = 0.78)" in chart.answer


def test_table_ranking_uses_the_label_column(employees: pd.DataFrame) -> None:
    chart = plan("top 3 employees by salary", table=employees)
    assert (chart.x, chart.y, chart.top_n, chart.sort) == ("name", "salary", 3, "desc")
    assert "**Ana** (120,000), **Gus** (110,000), **Ben** (95,000)" in chart.answer


def test_table_box_plot_per_category(employees: pd.DataFrame) -> None:
    chart = plan("salary distribution by department", table=employees)
    assert (chart.chart_type, chart.x, chart.y) == ("box", "department", "salary")


def test_table_fuzzy_column_names() -> None:
    df = pd.DataFrame(
        {"Country Name": ["A", "B", "C"], "GDP_USD_bn": [3.0, 1.0, 2.0], "popMillions": [1, 2, 3]}
    )
    chart = plan("gdp by country", table=df)
    assert (chart.x, chart.y) == ("Country Name", "GDP_USD_bn")
    chart = plan("population by country", table=df)
    assert chart.y == "popMillions"


def test_table_chinese_columns() -> None:
    df = pd.DataFrame({"地区": ["华北", "华东", "华北", "华南"], "销售额": [10, 30, 20, 5]})
    chart = plan("各地区的销售额总和", table=df)
    assert (chart.x, chart.y, chart.aggregate) == ("地区", "销售额", "sum")
    assert "华东" in chart.answer and "30" in chart.answer


def test_table_never_copies_values(orders: pd.DataFrame) -> None:
    chart = plan("total sales by region", table=orders)
    dumped = chart.model_dump_json()
    assert "430" not in dumped.replace(chart.answer, "").replace(chart.alt_text, "")


def test_resolve_succeeds_for_table_plans(orders: pd.DataFrame, employees: pd.DataFrame) -> None:
    data = pytest.importorskip("render.data")
    for question in [
        "total sales by region",
        "sales by region and product",
        "sales over time",
        "how many orders by region",
        "distribution of unit price",
        "sales by product in North",
        "correlation between unit price and quantity",
        "top 3 regions by sales",
    ]:
        chart = plan(question, table=orders)
        assert not data.resolve(chart, orders).is_empty, question
    resolved = data.resolve(plan("total sales by region", table=orders), orders)
    assert dict(zip(resolved.categories, resolved.series[0][1], strict=True)) == {
        "North": 430,
        "South": 270,
        "East": 335,
        "West": 300,
    }
    for question in [
        "top 3 employees by salary",
        "salary distribution by department",
        "salary vs years of experience",
    ]:
        assert not data.resolve(plan(question, table=employees), employees).is_empty, question


# ------------------------------------------------------------------------------- other kinds, forced


def test_diagram_from_question_arrows() -> None:
    d = plan("flowchart: sign up -> verify email -> first login")
    assert isinstance(d, DiagramPlan)
    assert [n.label for n in d.nodes] == ["sign up", "verify email", "first login"]
    assert [(e.source, e.target) for e in d.edges] == [("n1", "n2"), ("n2", "n3")]


def test_org_chart_from_question() -> None:
    d = plan("org chart: CEO -> CTO, CFO; CTO -> Dev lead")
    assert d.diagram_type == "tree"
    labels = {n.id: n.label for n in d.nodes}
    assert sorted((labels[e.source], labels[e.target]) for e in d.edges) == [
        ("CEO", "CFO"),
        ("CEO", "CTO"),
        ("CTO", "Dev lead"),
    ]


def test_numbered_and_sequenced_steps() -> None:
    d = plan("1. plan 2. build 3. ship")
    assert [n.label for n in d.nodes] == ["plan", "build", "ship"]
    d = plan("First wash, then rinse, then dry, finally fold — draw a flowchart")
    assert [n.label for n in d.nodes] == ["wash", "rinse", "dry", "fold"]
    d = plan("流程图：注册 -> 验证邮箱 -> 首次登录")
    assert [n.label for n in d.nodes] == ["注册", "验证邮箱", "首次登录"]


def test_mind_map_from_colon_list() -> None:
    d = plan("mind map of healthy habits: sleep, exercise, diet")
    assert d.diagram_type == "mindmap"
    assert d.nodes[0].label == "Healthy habits"
    assert {e.source for e in d.edges} == {"n1"} and len(d.edges) == 3


def test_image_plan_from_question() -> None:
    img = plan("draw a picture of a cat sleeping on a sofa in watercolor style, portrait orientation")
    assert isinstance(img, ImagePlan)
    assert img.prompt == "a cat sleeping on a sofa"
    assert img.style == "watercolor"
    assert img.aspect_ratio == "9:16"
    photo = plan("photo of the Eiffel tower at night, wide")
    assert (photo.prompt, photo.style, photo.aspect_ratio) == ("the Eiffel tower at night", "photo", "16:9")
    zh = plan("画一幅黄昏灯塔的水彩画")
    assert (zh.prompt, zh.style) == ("黄昏灯塔", "watercolor")


def test_slides_and_infographic_from_numbers() -> None:
    deck = plan("make slides: Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M")
    assert isinstance(deck, SlidesPlan)
    assert [s.layout for s in deck.slides] == ["chart", "big_number", "bullets"]
    assert deck.slides[1].number == "2 million"
    info = plan("infographic: 45% chrome, 30% safari, 25% other")
    assert isinstance(info, InfographicPlan)
    stats = info.blocks[0]
    assert [(s.value, s.label) for s in stats.items] == [
        ("45%", "chrome"),
        ("30%", "safari"),
        ("25%", "other"),
    ]


def test_slides_and_infographic_from_table(orders: pd.DataFrame) -> None:
    deck = plan("make slides about sales by region", table=orders, table_name="orders")
    assert isinstance(deck, SlidesPlan)
    chart_slide = next(s for s in deck.slides if s.layout == "chart")
    assert (chart_slide.chart.x, chart_slide.chart.y) == ("region", "total_sales")
    info = plan("infographic of total sales by region", table=orders, table_name="orders")
    assert isinstance(info, InfographicPlan)
    assert info.blocks[0].items[0].value == "12"  # rows
    assert ("1,335", "total sales") in [(s.value, s.label) for s in info.blocks[0].items]


def test_markdown_request_goes_through_the_markdown_planner() -> None:
    md = (DATA / "md_report.md").read_text()
    deck = plan("", markdown=md)
    assert isinstance(deck, SlidesPlan) and deck.title == "Quarterly review"
    info = plan("turn this into an infographic", markdown=md)
    assert isinstance(info, InfographicPlan)
    diagram = plan("draw this as a diagram", markdown=md)
    assert isinstance(diagram, DiagramPlan)


def test_forced_kind() -> None:
    q = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"
    assert plan(q, kind="slides").kind == "slides"
    assert plan(q, kind="infographic").kind == "infographic"
    assert plan(q, kind="chart").kind == "chart"
    assert plan("apples and oranges on a table", kind="image").kind == "image"
    assert plan("1. plan 2. build 3. ship", kind="infographic").blocks[0].type == "steps"
    assert plan("make a chart", kind="nonsense").kind == "text"  # an unknown kind is ignored, then routed


def test_history_is_used_when_the_question_refers_back() -> None:
    history = [
        {"role": "user", "content": "plan"},
        {"role": "assistant", "content": "# Launch\n\n- a\n- b\n- c"},
    ]
    deck = plan("turn that into slides", history=history)
    assert isinstance(deck, SlidesPlan) and deck.title == "Launch"


# ---------------------------------------------------------------------------------------- fallbacks


def test_text_fallbacks_say_what_is_missing() -> None:
    t = plan("what is the capital of France")
    assert isinstance(t, TextPlan)
    assert "can't research" in t.answer and "--markdown" in t.answer and "LLM" in t.answer
    t = plan("make slides about Roman history")
    assert isinstance(t, TextPlan) and "To get slides" in t.answer
    t = plan("plot the trend of bitcoin prices")
    assert isinstance(t, TextPlan) and "need the numbers" in t.answer and "attach a table" in t.answer
    t = plan("draw a flowchart of how photosynthesis works")
    assert isinstance(t, TextPlan) and "steps or links" in t.answer
    t = plan("draw a picture")
    assert isinstance(t, TextPlan) and "what the picture should show" in t.answer
    zh = plan("什么是机器学习")
    assert isinstance(zh, TextPlan) and "离线规划器" in zh.answer


HOSTILE = [
    "",
    "   \n\t ",
    "🎉🔥💯" * 50,
    "ما هي عاصمة فرنسا؟ ارسم مخططا",
    "x" * 5000,
    "plot " + ", ".join(f"item{i} {i}" for i in range(400)),
    "chart: a 1e308, b -1e308, c nan",
    "\x00\x01 chart \ud800 apples 3, pears 4",
    "slides " + "lorem ipsum. " * 500,
    "flowchart: " + " -> ".join(f"s{i}" for i in range(700)),
    "draw " * 1000,
    "Q1-Q4 revenue was 1, 2",
    "2019-2023",
    "1. 2. 3.",
    "-> -> ->",
]


@pytest.mark.parametrize("question", HOSTILE, ids=lambda q: ascii(q[:24]))
def test_hostile_questions_never_raise(question: str) -> None:
    result = plan(question)
    assert result.kind in ("chart", "slides", "infographic", "diagram", "image", "text")


@pytest.mark.parametrize(
    "table",
    [
        pd.DataFrame(),
        pd.DataFrame({"a": []}),
        pd.DataFrame({"only": [1, 2, 3, 4]}),
        pd.DataFrame({"name": ["a", "b", "a"]}),
        pd.DataFrame({"x": [np.nan, np.nan], "y": [None, None]}),
        pd.DataFrame({"x": ["a", "b"], "y": [np.nan, np.nan], "z": [1, 2]}),
        pd.DataFrame({"v": [np.inf, -np.inf, 1.0], "k": ["a", "b", "c"]}),
        pd.DataFrame({"nested": [[1], [2]], "n": [1, 2]}),
        pd.DataFrame({0: [1, 2], 1: ["a", "b"]}),
    ],
)
@pytest.mark.parametrize("question", ["", "average by category", "make slides", "infographic"])
def test_hostile_tables_never_raise(table: pd.DataFrame, question: str) -> None:
    result = plan(question, table=table)
    if result.kind == "text":
        assert result.answer


def test_unusable_table_says_why() -> None:
    t = plan("chart this", table=pd.DataFrame({"x": [np.nan], "y": [None]}))
    assert isinstance(t, TextPlan) and "every column is empty" in t.answer
    t = plan("chart this", table=pd.DataFrame({"a": []}))
    assert isinstance(t, TextPlan) and "no rows" in t.answer
    one = plan("", table=pd.DataFrame({"only": [1, 2, 3, 4]}))
    assert (one.chart_type, one.x) == ("histogram", "only")


def test_planner_protocol() -> None:
    assert isinstance(PLANNER, Planner)
    assert PLANNER.name == "rules"


def test_mixed_type_numeric_column_is_still_summed_and_the_answer_matches_the_chart():
    from render import render

    df = pd.DataFrame({"region": ["N", "S", "N", "E"], "sales": ["12", "x", "5", "7"]})
    plan = RulesPlanner().plan(PlanRequest("total sales by region", table=df, table_name="shop.csv")).plan
    assert (plan.y, plan.aggregate) == ("sales", "sum")
    result = render(plan, data=df)
    assert list(result.figure.data[0].x) == ["N", "E"] and list(result.figure.data[0].y) == [17, 7]
    assert "non-numeric 'sales'" in result.notes[0]
    assert "**N**" in plan.answer and "**E** the lowest (7)" in plan.answer and "**S**" not in plan.answer
