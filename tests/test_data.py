"""Tables in, chart numbers out: loading, resolution, honest notes and precise errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from render import data as datamod
from render import render
from render import tables as tablesmod
from render.data import ChartData, TableError, load_table, resolve, summarize_table
from render.plan import ChartPlan, PlanError

DATA = Path(__file__).parent / "data"


def plan(**kw) -> ChartPlan:
    return ChartPlan(**kw)


@pytest.fixture
def sales() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region": ["North", "South", "North", "East", "South", "North"],
            "product": ["a", "a", "b", "b", "a", "a"],
            "sales": [10.0, 20.0, 30.0, 5.0, 1.0, 2.0],
            "units": [1, 2, 3, 4, 5, 6],
            "date": ["2024-03-01", "2024-01-01", "2024-02-01", "2024-01-01", "2024-03-01", "2024-01-01"],
        }
    )


@pytest.fixture
def big() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    n = 100_000
    return pd.DataFrame(
        {
            "cat": [f"c{i}" for i in rng.integers(0, 10_000, n)],
            "v": rng.gamma(2.0, 10.0, n),
            "g": rng.choice(list("abcdefghijklmnop"), n),
            "when": pd.date_range("2000-01-01", periods=n, freq="h"),
        }
    )


# ------------------------------------------------------------------------------------------- loading


def test_load_csv_sniffs_semicolons_from_a_path() -> None:
    df = load_table(DATA / "chart_sales_semicolon.csv")
    assert list(df.columns) == ["month", "region", "sales"]
    assert len(df) == 4
    assert df["sales"].tolist()[1:] == [10, 5, 7]


def test_load_csv_bytes_and_file_object() -> None:
    raw = b"a,b\n1,2\n3,4\n"
    assert load_table(raw, "x.csv")["b"].tolist() == [2, 4]
    assert load_table(io.BytesIO(raw), "x.csv")["a"].tolist() == [1, 3]
    assert load_table(raw)["a"].tolist() == [1, 3]  # no name: sniffed as CSV


def test_load_tsv_and_utf8_bom() -> None:
    df = load_table("\ufeffname\tvalue\nα\t1\n".encode(), "t.tsv")
    assert list(df.columns) == ["name", "value"]
    assert df["name"].tolist() == ["α"]


def test_load_xlsx() -> None:
    buf = io.BytesIO()
    pd.DataFrame({"x": ["a", "b"], "y": [1.5, 2.5]}).to_excel(buf, index=False)
    df = load_table(buf.getvalue(), "book.xlsx")
    assert df["y"].tolist() == [1.5, 2.5]
    sniffed = load_table(buf.getvalue())  # zip magic → xlsx
    assert list(sniffed.columns) == ["x", "y"]


def test_load_legacy_xls_and_opendocument_sheets() -> None:
    """Old Excel (.xls, written by xlwt as Excel 97–2003 does) and LibreOffice (.ods), by name or
    by their first bytes."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("s")
    for i, row in enumerate([("Region", "Units"), ("Nord", 12), ("Süd", 9.5), ("東京", 7)]):
        for j, cell in enumerate(row):
            sheet.write(i, j, cell)
    buf = io.BytesIO()
    book.save(buf)
    for df in (load_table(buf.getvalue(), "old.xls"), load_table(buf.getvalue())):
        assert df.to_dict("list") == {"Region": ["Nord", "Süd", "東京"], "Units": [12, 9.5, 7]}
    buf = io.BytesIO()
    frame = pd.DataFrame({"Region": ["Nord", "東京"], "Day": pd.to_datetime(["2024-01-02", "2024-03-04"])})
    frame.to_excel(buf, engine="odf", index=False)
    for df in (load_table(buf.getvalue(), "book.ods"), load_table(buf.getvalue())):
        assert df["Region"].tolist() == ["Nord", "東京"]
        assert pd.to_datetime(df["Day"]).dt.strftime("%Y-%m-%d").tolist() == ["2024-01-02", "2024-03-04"]


def test_xlsx_dates_numbers_and_blanks_read_as_typed() -> None:
    buf = io.BytesIO()
    pd.DataFrame(
        {
            "when": pd.to_datetime(["2024-01-31", "2024-02-29"]),
            "n": [1, None],
            "ok": [True, False],
            "s": ["a", None],
        }
    ).to_excel(buf, index=False)
    df = load_table(buf.getvalue(), "b.xlsx")
    assert str(df["when"].dtype).startswith("datetime64") and df["when"].dt.day.tolist() == [31, 29]
    assert df["n"].tolist()[0] == 1 and pd.isna(df["n"].tolist()[1])
    assert df["ok"].tolist() == [True, False] and df["s"].tolist()[0] == "a"


@pytest.mark.parametrize(
    "payload",
    [
        [{"k": "a", "v": 1}, {"k": "b", "v": 2}],
        {"k": ["a", "b"], "v": [1, 2]},
        {"data": [{"k": "a", "v": 1}, {"k": "b", "v": 2}]},
    ],
)
def test_load_json_shapes(payload: object) -> None:
    df = load_table(json.dumps(payload).encode(), "d.json")
    assert df["k"].tolist() == ["a", "b"]
    assert df["v"].tolist() == [1, 2]


def test_column_names_are_stripped_unique_strings() -> None:
    df = load_table(b" a ,a,,b\n1,2,3,4\n", "x.csv")
    assert list(df.columns) == ["a", "a_2", "column_3", "b"]
    assert all(isinstance(c, str) for c in df.columns)


@pytest.mark.parametrize(
    ("raw", "name", "fragment"),
    [
        (b"", "x.csv", "empty"),
        (b"   \n", "x.csv", "empty"),
        (b"%PDF-1.4", "report.pdf", "unsupported file type '.pdf'"),
        (b"not a zip", "book.xlsx", "could not read the spreadsheet"),
        (b"{not json", "d.json", "invalid JSON"),
        (b"a,b\n", "x.csv", "no data rows"),
        (b'"unclosed,1\n2,3', "x.csv", "x.csv"),
    ],
)
def test_bad_files_raise_one_line_table_errors(raw: bytes, name: str, fragment: str) -> None:
    with pytest.raises(TableError) as err:
        load_table(raw, name)
    message = str(err.value)
    assert fragment in message
    assert "\n" not in message


def test_missing_path_and_size_caps(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(TableError, match="not found"):
        load_table(tmp_path / "nope.csv")
    monkeypatch.setattr(tablesmod, "MAX_BYTES", 10)
    with pytest.raises(TableError, match="too large"):
        load_table(b"a,b\n1,2\n3,4\n5,6\n", "x.csv")
    monkeypatch.setattr(tablesmod, "MAX_BYTES", 50 * 2**20)
    monkeypatch.setattr(tablesmod, "MAX_ROWS", 2)
    with pytest.raises(TableError, match="too large"):
        load_table(b"a\n1\n2\n3\n4\n", "x.csv")


def test_summarize_table_describes_without_dumping(big: pd.DataFrame) -> None:
    text = summarize_table(big, max_rows=3)
    assert "100,000 rows × 4 columns" in text
    for col in ("'cat'", "'v'", "'g'", "'when'"):
        assert col in text
    assert "date, from 2000-01-01" in text
    assert "number, range" in text
    assert len(text.splitlines()) < 15


# -------------------------------------------------------------------------------------------- inline


def test_inline_data_passes_through_with_default_names() -> None:
    d = resolve(plan(categories=["a", "b"], series=[{"values": [1, None]}], y_title="Sales"), None)
    assert d.categories == ["a", "b"]
    assert d.series == [("Sales", [1.0, None])]
    assert d.notes == []


def test_inline_sort_and_top_n() -> None:
    p = plan(categories=list("abcd"), series=[{"name": "s", "values": [3, 1, 4, 2]}], sort="desc", top_n=3)
    d = resolve(p, None)
    assert d.categories == ["c", "a", "d"]
    assert d.series[0][1] == [4.0, 3.0, 2.0]
    assert any("top 3 of 4" in n for n in d.notes)
    asc = resolve(plan(categories=list("abc"), series=[{"values": [3, None, 1]}], sort="asc"), None)
    assert asc.categories == ["c", "a", "b"]  # missing values sort last


def test_inline_pie_groups_small_slices_as_other() -> None:
    cats = [f"k{i}" for i in range(12)]
    d = resolve(plan(chart_type="pie", categories=cats, series=[{"values": list(range(12, 0, -1))}]), None)
    assert len(d.categories) == 8 and d.categories[-1] == "Other"
    assert sum(d.series[0][1]) == sum(range(1, 13))
    assert any("grouped as Other" in n for n in d.notes)


def test_inline_scatter_histogram_box_and_table() -> None:
    sc = resolve(
        plan(chart_type="scatter", series=[{"name": "p", "values": [1, None, 3], "x": [0, 1, 2]}]), None
    )
    assert sc.xy == [("p", [0.0, 2.0], [1.0, 3.0])]
    assert any("missing" in n for n in sc.notes)
    by_cat = resolve(plan(chart_type="scatter", categories=["1", "2"], series=[{"values": [5, 6]}]), None)
    assert by_cat.xy[0][1] == [1.0, 2.0]
    hist = resolve(plan(chart_type="histogram", series=[{"name": "h", "values": [1, 2, None]}]), None)
    assert hist.samples == [("h", [1.0, 2.0])]
    tab = resolve(
        plan(chart_type="table", x_title="k", categories=["a"], series=[{"name": "v", "values": [1234.5]}]),
        None,
    )
    assert tab.columns == ["k", "v"] and tab.rows == [["a", "1,234.5"]]


def test_inline_scatter_with_text_categories_is_a_plan_error() -> None:
    with pytest.raises(PlanError) as err:
        resolve(plan(chart_type="scatter", categories=["x", "y"], series=[{"values": [1, 2]}]), None)
    assert err.value.errors[0].startswith("series[0].x:")


# --------------------------------------------------------------------------------------------- table


def test_table_mode_needs_a_table() -> None:
    with pytest.raises(PlanError) as err:
        resolve(plan(x="region", y="sales"), None)
    assert "no table is attached" in err.value.errors[0]


def test_unknown_columns_are_named_with_the_available_ones(sales: pd.DataFrame) -> None:
    with pytest.raises(PlanError) as err:
        resolve(plan(x="foo", y="sales", color="bar", filters=[{"column": "baz", "value": 1}]), sales)
    cols = "['region', 'product', 'sales', 'units', 'date']"
    assert err.value.errors == [
        f"x: unknown column 'foo'; columns are {cols}",
        f"color: unknown column 'bar'; columns are {cols}",
        f"filters[0].column: unknown column 'baz'; columns are {cols}",
    ]


def test_column_names_match_case_insensitively(sales: pd.DataFrame) -> None:
    d = resolve(plan(x="Region ", y="SALES"), sales)
    assert d.categories == ["North", "South", "East"]


def test_repeated_x_is_summed_by_default_and_noted(sales: pd.DataFrame) -> None:
    d = resolve(plan(x="region", y="sales"), sales)
    assert d.categories == ["North", "South", "East"]  # first-seen order
    assert d.series == [("sales", [42.0, 21.0, 5.0])]
    assert any("summed" in n for n in d.notes)


@pytest.mark.parametrize(
    ("agg", "expected"),
    [("sum", [42.0, 21.0, 5.0]), ("mean", [14.0, 10.5, 5.0]), ("median", [10.0, 10.5, 5.0]),
     ("min", [2.0, 1.0, 5.0]), ("max", [30.0, 20.0, 5.0]), ("count", [3.0, 2.0, 1.0])],
)  # fmt: skip
def test_aggregates(sales: pd.DataFrame, agg: str, expected: list[float]) -> None:
    d = resolve(plan(x="region", y="sales", aggregate=agg), sales)
    assert d.series[0][1] == expected
    assert not any("summed" in n for n in d.notes)


def test_count_without_y_counts_rows(sales: pd.DataFrame) -> None:
    d = resolve(plan(x="product", aggregate="count"), sales)
    assert d.categories == ["a", "b"] and d.series == [("count", [4.0, 2.0])]


def test_color_pivots_into_series_with_gaps_as_none(sales: pd.DataFrame) -> None:
    d = resolve(plan(chart_type="stacked_bar", x="region", y="sales", color="product"), sales)
    assert d.categories == ["North", "South", "East"]
    assert dict(d.series) == {"a": [12.0, 21.0, None], "b": [30.0, None, 5.0]}


def test_filters(sales: pd.DataFrame) -> None:
    def cats(*filters: dict) -> list[str]:
        return resolve(plan(x="region", y="sales", filters=list(filters)), sales).categories

    assert cats({"column": "product", "value": "b"}) == ["North", "East"]
    assert cats({"column": "sales", "op": ">", "value": 10}) == ["South", "North"]
    assert cats({"column": "units", "op": "in", "value": [1, 4]}) == ["North", "East"]
    assert cats({"column": "region", "op": "not in", "value": ["North"]}) == ["South", "East"]
    assert cats({"column": "region", "op": "contains", "value": "th"}) == ["North", "South"]
    assert cats({"column": "date", "op": ">=", "value": "2024-02-01"}) == ["North", "South"]
    assert cats({"column": "units", "op": "==", "value": "2"}) == ["South"]
    d = resolve(plan(x="region", y="sales", filters=[{"column": "product", "value": "b"}]), sales)
    assert "filters kept 2 of 6 rows" in d.notes


def test_filter_matching_nothing_lists_real_values(sales: pd.DataFrame) -> None:
    with pytest.raises(PlanError) as err:
        resolve(plan(x="region", y="sales", filters=[{"column": "region", "value": "Nort"}]), sales)
    (message,) = err.value.errors
    assert message.startswith("filters[0]: no rows match 'region' == 'Nort'")
    assert "'North'" in message


def test_bad_filter_values_are_plan_errors(sales: pd.DataFrame) -> None:
    with pytest.raises(PlanError, match=r"filters\[0\]\.value: .*not a number"):
        resolve(plan(x="region", y="sales", filters=[{"column": "sales", "op": ">", "value": "lots"}]), sales)
    with pytest.raises(PlanError, match=r"filters\[0\]\.value"):
        resolve(plan(x="region", y="sales", filters=[{"column": "sales", "op": ">", "value": [1, 2]}]), sales)


def test_sort_and_top_n(sales: pd.DataFrame) -> None:
    desc = resolve(plan(x="region", y="sales", sort="desc"), sales)
    assert desc.categories == ["North", "South", "East"]
    asc = resolve(plan(x="region", y="sales", sort="asc"), sales)
    assert asc.categories == ["East", "South", "North"]
    top = resolve(plan(x="region", y="sales", top_n=2), sales)
    assert top.categories == ["North", "South"]
    assert any("top 2 of 3" in n for n in top.notes)
    top_asc = resolve(plan(x="region", y="sales", top_n=2, sort="asc"), sales)
    assert top_asc.categories == ["South", "North"]


def test_text_dates_are_sorted_chronologically_and_formatted_compactly(sales: pd.DataFrame) -> None:
    d = resolve(plan(chart_type="line", x="date", y="sales"), sales)
    assert d.categories == ["Jan 2024", "Feb 2024", "Mar 2024"]
    assert d.series[0][1] == [27.0, 30.0, 11.0]


def test_datetime_columns_keep_days_and_years() -> None:
    days = pd.DataFrame({"d": pd.to_datetime(["2024-01-03", "2024-01-02"]), "v": [1, 2]})
    assert resolve(plan(x="d", y="v"), days).categories == ["2024-01-02", "2024-01-03"]
    years = pd.DataFrame({"d": pd.to_datetime(["2021-01-01", "2020-01-01"]), "v": [1, 2]})
    assert resolve(plan(x="d", y="v"), years).categories == ["2020", "2021"]
    tz = pd.DataFrame({"d": pd.to_datetime(["2024-05-01T10:30Z", "2024-05-01T09:00Z"]), "v": [1, 2]})
    assert resolve(plan(x="d", y="v"), tz).categories == ["2024-05-01 09:00", "2024-05-01 10:30"]


def test_numeric_x_is_sorted_and_labelled_without_decimals() -> None:
    df = pd.DataFrame({"year": [2021, 2019, 2020], "v": [1, 2, 3]})
    d = resolve(plan(chart_type="line", x="year", y="v"), df)
    assert d.categories == ["2019", "2020", "2021"] and d.series[0][1] == [2.0, 3.0, 1.0]


def test_mixed_type_numbers_nan_and_inf_are_dropped_with_notes() -> None:
    df = pd.DataFrame(
        {"k": ["a", "b", "c", "d", "e", "f"], "v": ["1", "n/a", "$1,200", float("nan"), float("inf"), 3]}
    )
    d = resolve(plan(x="k", y="v"), df)
    assert d.categories == ["a", "c", "f"]
    assert d.series[0][1] == [1.0, 1200.0, 3.0]
    assert "dropped 1 row with non-numeric 'v' (e.g. ['n/a'])" in d.notes
    assert "dropped 2 rows with missing or infinite 'v'" in d.notes


def test_missing_x_is_dropped_and_noted() -> None:
    df = pd.DataFrame({"k": ["a", None, "b"], "v": [1, 2, 3]})
    d = resolve(plan(x="k", y="v"), df)
    assert d.categories == ["a", "b"]
    assert "dropped 1 row with a missing 'k'" in d.notes


@pytest.mark.parametrize(
    ("df", "kw", "fragment"),
    [
        (pd.DataFrame({"k": ["a"], "v": ["x"]}), {"x": "k", "y": "v"}, "y: column 'v' has no numeric values"),
        (pd.DataFrame({"k": pd.Series([], dtype=str), "v": pd.Series([], dtype=float)}), {"x": "k", "y": "v"},
         "no rows"),
        (pd.DataFrame({"k": ["a"], "v": [-1.0]}), {"x": "k", "y": "v", "chart_type": "pie"}, "negative"),
        (pd.DataFrame({"d": pd.to_datetime(["2024-01-01"]), "v": [1]}), {"x": "d", "y": "v", "chart_type": "scatter"},
         "holds dates"),
    ],
)  # fmt: skip
def test_impossible_tables_are_plan_errors(df: pd.DataFrame, kw: dict, fragment: str) -> None:
    with pytest.raises(PlanError) as err:
        resolve(plan(**kw), df)
    assert fragment in str(err.value)


def test_table_is_never_mutated(sales: pd.DataFrame) -> None:
    before = sales.copy()
    resolve(
        plan(x="date", y="sales", color="product", filters=[{"column": "units", "op": ">", "value": 1}]),
        sales,
    )
    pd.testing.assert_frame_equal(sales, before)


def test_pie_from_table_keeps_one_series(sales: pd.DataFrame) -> None:
    d = resolve(plan(chart_type="pie", x="region", y="sales", color="product"), sales)
    assert len(d.series) == 1
    assert any("shows one series" in n for n in d.notes)


def test_histogram_box_scatter_and_heatmap_from_table(sales: pd.DataFrame) -> None:
    hist = resolve(plan(chart_type="histogram", x="sales", color="product"), sales)
    assert [name for name, _ in hist.samples] == ["a", "b"]
    assert sorted(v for _, vals in hist.samples for v in vals) == sorted(sales["sales"].tolist())
    box = resolve(plan(chart_type="box", x="region", y="sales"), sales)
    assert dict(box.samples) == {"North": [10.0, 30.0, 2.0], "South": [20.0, 1.0], "East": [5.0]}
    sc = resolve(plan(chart_type="scatter", x="units", y="sales", color="product"), sales)
    assert [(n, xs) for n, xs, _ in sc.xy] == [("a", [1.0, 2.0, 5.0, 6.0]), ("b", [3.0, 4.0])]
    heat = resolve(plan(chart_type="heatmap", x="region", y="sales", color="product"), sales)
    assert heat.categories == ["North", "South", "East"]
    assert dict(heat.series) == {"a": [12.0, 21.0, None], "b": [30.0, None, 5.0]}
    counts = resolve(plan(chart_type="heatmap", x="region", y="product"), sales)
    assert dict(counts.series) == {"a": [2.0, 2.0, None], "b": [1.0, None, 1.0]}


def test_table_chart_raw_and_aggregated(sales: pd.DataFrame) -> None:
    raw = resolve(plan(chart_type="table", x="region", y="sales", sort="desc", top_n=2), sales)
    assert raw.columns == ["region", "sales"]
    assert raw.rows == [["North", "30"], ["South", "20"]]
    agg = resolve(plan(chart_type="table", x="region", y="sales", aggregate="mean"), sales)
    assert agg.rows == [["North", "14"], ["South", "10.5"], ["East", "5"]]


# ------------------------------------------------------------------------------------------- scale


def test_100k_rows_and_10k_categories_are_capped_honestly(big: pd.DataFrame) -> None:
    d = resolve(plan(x="cat", y="v"), big)
    assert len(d.categories) == 50 and d.categories[-1] == "Other"
    assert sum(d.series[0][1]) == pytest.approx(big["v"].sum())  # nothing lost, only grouped
    assert "showing top 49 of 10,000 categories; the rest are grouped as Other" in d.notes
    pie = resolve(plan(chart_type="pie", x="cat", y="v"), big)
    assert len(pie.categories) == 8
    stacked = resolve(plan(chart_type="stacked_bar", x="cat", y="v", color="g"), big)
    assert len(stacked.series) == 12 and stacked.series[-1][0] == "Other"
    line = resolve(plan(chart_type="line", x="when", y="v"), big)
    assert len(line.categories) == datamod.LINE_CAP
    assert any("last 5,000 of 100,000" in n for n in line.notes)
    box = resolve(plan(chart_type="box", x="cat", y="v"), big)
    assert len(box.samples) == datamod.BOX_CAP
    heat = resolve(plan(chart_type="heatmap", x="cat", y="v", color="g"), big)
    assert len(heat.categories) == datamod.HEAT_CAP
    sc = resolve(plan(chart_type="scatter", x="v", y="v"), big)
    assert len(sc.xy[0][1]) == datamod.POINT_CAP


def test_chart_data_is_plain_python(sales: pd.DataFrame) -> None:
    d = resolve(plan(x="region", y="units", color="product"), sales)
    assert isinstance(d, ChartData)
    for name, values in d.series:
        assert isinstance(name, str)
        assert all(v is None or type(v) is float for v in values)


ORDERS = pd.DataFrame(
    {
        "day": pd.to_datetime(
            ["2024-01-03", "2024-01-03", "2024-01-20", "2024-02-07", "2024-04-30", "2024-05-02"]
        ),
        "sales": [10.0, 5.0, 20.0, 7.0, 1.0, 2.0],
    }
)


@pytest.mark.parametrize(
    ("period", "labels", "values"),
    [
        ("month", ["Jan 2024", "Feb 2024", "Apr 2024", "May 2024"], [35.0, 7.0, 1.0, 2.0]),
        ("quarter", ["2024 Q1", "2024 Q2"], [42.0, 3.0]),
        (
            "week",
            ["week of 2024-01-01", "week of 2024-01-15", "week of 2024-02-05", "week of 2024-04-29"],
            [15.0, 20.0, 7.0, 3.0],
        ),
        ("year", ["2024"], [45.0]),
    ],
)
def test_dates_grouped_into_periods_on_every_painter(
    period: str, labels: list[str], values: list[float]
) -> None:
    """Orders on scattered days as sales per month: the same groups in the app, the SVG and the deck."""
    plan = ChartPlan(chart_type="line", x="day", y="sales", x_period=period)
    data = resolve(plan, ORDERS)
    assert data.categories == labels and data.series[0][1] == values
    assert any(n.startswith(f"grouped 5 dates into {len(labels)} {period}") for n in data.notes)
    result = render(plan, data=ORDERS)
    assert list(result.figure.to_plotly_json()["data"][0]["x"]) == labels


def test_a_period_needs_dates() -> None:
    with pytest.raises(PlanError, match="x_period: column 'sales' holds no dates"):
        resolve(ChartPlan(chart_type="line", x="sales", y="sales", x_period="month"), ORDERS)
