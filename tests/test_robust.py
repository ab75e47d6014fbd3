"""Regression tests for issue 13 (robust under any input): each defect the fuzzing found, fixed."""

from __future__ import annotations

import contextlib
import io
import json
import time
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from render import PlanError, deadline, render
from render.data import TableError, load_table
from render.plan import MAX_VALUE
from render.textfile import CODE_PAGES
from tests.pptx_checks import check_deck

CHART_TYPES = ["bar", "grouped_bar", "stacked_bar", "horizontal_bar", "line", "area", "pie", "donut",
               "scatter", "histogram", "box", "heatmap", "table"]  # fmt: skip


def chart(ct: str, values: list, **kw) -> dict:
    cats = [str(i + 1) for i in range(len(values))]
    return {"kind": "chart", "chart_type": ct, "categories": cats, "series": [{"values": values}], **kw}


def workbook_cells(pptx: bytes) -> list:
    """Every non-empty cell of every chart's embedded workbook (what "Edit data" opens)."""
    from openpyxl import load_workbook
    from pptx import Presentation

    cells = []
    for slide in Presentation(io.BytesIO(pptx)).slides:
        for shape in slide.shapes:
            if shape.has_chart:
                wb = load_workbook(io.BytesIO(shape.chart.part.chart_workbook.xlsx_part.blob))
                cells += [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    return cells


# ---------------------------------------------------------------------------------- crashes after validation


@pytest.mark.parametrize("value", [1e308, -1.7e308, 10**400, "1e308"])
def test_values_near_the_float_limit_fail_at_render(value) -> None:
    with pytest.raises(PlanError) as err:
        render(chart("bar", [value, 1]))
    assert "1e300" in str(err.value)


@pytest.mark.parametrize("ct", CHART_TYPES)
def test_extreme_values_within_the_limit_draw_in_svg_and_pptx(ct) -> None:
    big = [MAX_VALUE, MAX_VALUE * 0.5, 0.0] if ct in ("pie", "donut") else [MAX_VALUE, -MAX_VALUE, 0.0]
    for values in (big, [5e-324, 1e-300, 0.0], [MAX_VALUE] * 3):
        result = render(chart(ct, values))
        svg = result.to_svg()
        ET.fromstring(svg)
        assert "nan" not in svg.lower().replace("nano", "") and "inf" not in svg.replace("info", "")
        check_deck(result.to_pptx())


def test_pie_whose_other_slice_is_enormous_saves_everywhere() -> None:
    plan = chart("pie", [MAX_VALUE] * 40)
    result = render(plan)
    assert any("grouped as Other" in n for n in result.notes)
    check_deck(result.to_pptx())
    ET.fromstring(result.to_svg())
    assert result.to_png(scale=0.5)[:4] == b"\x89PNG"


def test_one_extreme_chart_slide_does_not_break_the_deck() -> None:
    deck = {
        "kind": "slides",
        "title": "Deck",
        "slides": [
            {"layout": "bullets", "title": "Fine", "bullets": ["a"]},
            {"layout": "chart", "title": "Extreme", "chart": chart("pie", [MAX_VALUE] * 20)},
        ],
    }
    result = render(deck)
    ET.fromstring(result.to_svg())
    assert "<figure" in result.to_html()
    check_deck(result.to_pptx(), expect_slides=3)


def test_scatter_over_text_categories_fails_at_render_not_at_save() -> None:
    with pytest.raises(PlanError) as err:
        render(chart("scatter", [1, 2]) | {"categories": ["a", "b"]})
    assert err.value.errors[0].startswith("series[0].x:")


def test_table_sums_beyond_the_limit_are_left_out_with_a_note() -> None:
    df = pd.DataFrame({"k": ["a", "a", "b"], "v": [1.7e308, 1.7e308, 5.0]})
    result = render({"kind": "chart", "chart_type": "pie", "x": "k", "y": "v"}, data=df)
    assert any("too large to draw" in n for n in result.notes)
    check_deck(result.to_pptx())
    ET.fromstring(result.to_svg())


# -------------------------------------------------------------------------------------- formula injection

EVIL = ["=1+1", "=cmd|' /C calc'!A0", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","y")',
        "http://example.com/x", "{=A1}"]  # fmt: skip


@pytest.mark.parametrize("ct", ["bar", "pie", "line", "scatter", "histogram", "area"])
def test_chart_workbooks_hold_text_never_formulas(ct) -> None:
    cats = EVIL if ct != "scatter" else [str(i) for i in range(len(EVIL))]
    plan = {"kind": "chart", "chart_type": ct, "categories": cats,
            "series": [{"name": e, "values": list(range(1, len(EVIL) + 1))} for e in EVIL[:3]]}  # fmt: skip
    cells = workbook_cells(render(plan).to_pptx())
    assert cells, "the chart has a workbook"
    assert all(c.data_type != "f" and c.hyperlink is None for c in cells)
    texts = {c.value for c in cells if c.data_type == "s"}
    assert EVIL[0] in texts and (ct == "scatter" or "=cmd|' /C calc'!A0" in texts)


def test_formula_cells_from_a_csv_stay_text(tmp_path) -> None:
    path = tmp_path / "evil.csv"
    pd.DataFrame({"label": EVIL, "value": range(1, len(EVIL) + 1)}).to_csv(path, index=False)
    result = render({"kind": "chart", "x": "label", "y": "value"}, data=path)
    cells = workbook_cells(result.to_pptx())
    assert all(c.data_type != "f" and c.hyperlink is None for c in cells)
    assert "=cmd|' /C calc'!A0" in {c.value for c in cells}


# ------------------------------------------------------------------------------------------ bounded work


def big_graph(kind: str = "flowchart", n: int = 500, m: int = 2000, labels: bool = True) -> dict:
    import random

    rng = random.Random(3)
    return {
        "kind": "diagram",
        "diagram_type": kind,
        "nodes": [{"id": f"n{i}", "label": f"Step {i} of the work"} for i in range(n)],
        "edges": [
            {
                "source": f"n{rng.randrange(n)}",
                "target": f"n{rng.randrange(n)}",
                "label": "yes" if labels else "",
            }
            for _ in range(m)
        ],
    }


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["flowchart", "cycle", "mindmap", "network"])
def test_the_largest_diagram_lays_out_and_exports_in_seconds(kind) -> None:
    result = render(big_graph(kind))
    start = time.perf_counter()
    layout = result.layout
    pptx = result.to_pptx()
    took = time.perf_counter() - start
    assert took < 60, f"{kind}: {took:.1f} s (minutes before the fix)"
    assert len([e for e in layout.pages[0].elements if getattr(e, "name", "").startswith("node-")]) == 500
    check_deck(pptx)
    if kind in ("flowchart", "network"):
        assert any("drawn across them" in n for n in result.notes)


def test_dense_graph_uses_the_linear_layout_and_keeps_every_edge() -> None:
    result = render(big_graph("flowchart", 150, 600, labels=False))
    connectors = [e for e in result.layout.pages[0].elements if type(e).__name__ == "Connector"]
    assert len(connectors) == 600
    assert any("drawn across them" in n for n in result.notes)


def test_many_diagrams_in_one_deck_are_refused() -> None:
    d = big_graph("flowchart", 300, 10)
    with pytest.raises(PlanError) as err:
        render({"kind": "slides", "title": "x", "slides": [{"layout": "diagram", "diagram": d}] * 3})
    assert "900 diagram nodes" in str(err.value)


def test_ten_thousand_headings_stay_linear_and_capped() -> None:
    from render.markdown import MAX_PAGES

    md = "\n\n".join(f"# Heading {i}\n\nSome text {i}." for i in range(10_000))
    start = time.perf_counter()
    result = render({"kind": "text", "answer": md})
    assert len(result.layout.pages) == MAX_PAGES
    assert any("first 100 pages" in n for n in result.notes)
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize("planner", ["markdown_to_slides", "markdown_to_infographic", "markdown_to_diagram"])
def test_markdown_planners_take_ten_thousand_headings(planner) -> None:
    import generators.markdown as gm

    md = "\n\n".join(f"# Heading {i}\n\nText {i}.\n\n- a\n- b" for i in range(10_000))
    start = time.perf_counter()
    render(getattr(gm, planner)(md)).layout  # noqa: B018
    assert time.perf_counter() - start < 30


def test_deeply_nested_list_does_not_hang_the_diagram_planner() -> None:
    from generators.markdown import markdown_to_diagram

    md = "\n".join("  " * i + "- item" for i in range(2000))
    start = time.perf_counter()
    markdown_to_diagram(md)
    assert time.perf_counter() - start < 10  # minutes before: a quadratic arrow regex


def test_png_of_a_long_deck_stays_within_the_pixel_budget() -> None:
    from render.svg import MAX_PIXELS, png_scale

    tall = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 56376" width="960" height="56376">'
    scale = png_scale(tall, 2.0)
    assert 960 * 56376 * scale**2 <= MAX_PIXELS * 1.001
    assert png_scale('<svg xmlns="x" width="960" height="540">', 2.0) == 2.0


def test_spreadsheet_that_unpacks_to_gigabytes_is_refused_quickly(tmp_path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", "<sst>" + "A" * 100_000_000 + "</sst>")
    assert path.stat().st_size < 1_000_000
    start = time.perf_counter()
    with pytest.raises(TableError, match="unpacks to 95 MB"):
        load_table(path)
    assert time.perf_counter() - start < 5


def test_wide_tables_keep_a_thousand_columns_and_say_so(tmp_path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join("1" for _ in range(10_000)))
    df = load_table(path)
    assert df.shape[1] == 1000
    result = render({"kind": "chart", "chart_type": "bar", "x": "c0", "y": "c1"}, data=df)
    assert any("first 1,000 columns" in n for n in result.notes)


# --------------------------------------------------------------------------------------- table text


def test_nul_in_table_data_is_cleaned_for_svg_and_pptx(tmp_path) -> None:
    df = pd.DataFrame({"label": ["ab\x00cd", "e\x07f", "g"], "value": [1, 2, 3]})
    result = render({"kind": "chart", "x": "label", "y": "value"}, data=df)
    svg = result.to_svg()
    ET.fromstring(svg)
    assert "abcd" in svg
    check_deck(result.to_pptx())
    path = tmp_path / "nul.csv"
    path.write_bytes(b"label,value\nab\x00cd,1\nef,2\n")
    assert load_table(path)["label"].tolist() == ["abcd", "ef"]


def test_deeply_nested_json_is_a_table_error(tmp_path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(TableError, match="nested too deeply"):
        load_table(path)


def test_json_integer_beyond_the_float_range_loads(tmp_path) -> None:
    path = tmp_path / "big.json"
    path.write_text('[{"a": 1' + "0" * 400 + ', "b": "x"}, {"a": 2, "b": "y"}]')
    df = load_table(path)
    result = render({"kind": "chart", "x": "b", "y": "a"}, data=df)
    check_deck(result.to_pptx())


def test_cli_never_says_internal_error_for_hostile_tables(tmp_path, capsys) -> None:
    from render.__main__ import main

    files = {
        "deep.json": b"[" * 50_000 + b"]" * 50_000,
        "bigint.json": b'[{"a": 1' + b"0" * 400 + b', "b": "x"}]',
        "nul.csv": b"label,value\nab\x00cd,1\nef,2\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        rc = main(["make", "a chart", "--data", str(tmp_path / name), "--planner", "rules",
                   "-o", str(tmp_path / f"{name}.svg"), "--image-model", "none"])  # fmt: skip
        assert rc in (0, 2), capsys.readouterr().err
        assert "internal error" not in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- messages

TABLE = "name,value\nÄpfel,1\nBirnen,2\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "utf-32-be",
                                      "latin-1", "cp1252", "utf-8-sig"])  # fmt: skip
def test_tables_in_other_encodings_load(tmp_path, encoding) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(TABLE.encode(encoding))
    df = load_table(path)
    assert df["name"].tolist() == ["Äpfel", "Birnen"]


def test_mixed_utf8_and_latin1_lines_load(tmp_path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"name,value\n" + "Äpfel,1\n".encode() + "Birnen é,2\n".encode("latin-1"))
    assert load_table(path)["name"].tolist() == ["Äpfel", "Birnen é"]


LEGACY = {  # the code page Excel writes "CSV" in, by the writer's language
    "cp1251": ("Регион", ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Самара"]),
    "shift_jis": ("都道府県", ["北海道", "青森県", "東京都", "神奈川県", "りんごジュース", "コーヒー豆"]),
    "gbk": ("省份", ["北京", "天津", "河北", "内蒙古", "黑龙江", "上海", "江苏", "浙江"]),
    "big5": ("縣市", ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市"]),
    "euc_kr": ("지역", ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "경기도", "강원도"]),
    "cp1250": ("Miasto", ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Białystok"]),
    "cp1253": ("Πόλη", ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος", "Χανιά"]),
    "cp1254": (
        "Şehir",
        [
            "İstanbul",
            "Ankara",
            "İzmir",
            "Bursa",
            "Antalya",
            "Konya",
            "Gaziantep",
            "Şanlıurfa",
            "Kocaeli",
            "Diyarbakır",
            "Eskişehir",
            "Muğla",
            "Kırşehir",
            "Çanakkale",
            "Iğdır",
        ],
    ),
    "cp1255": ("עיר", ["ירושלים", "תל אביב", "חיפה", "ראשון לציון", "פתח תקווה", "אשדוד", "באר שבע"]),
    "cp1256": ("المدينة", ["القاهرة", "الإسكندرية", "الجيزة", "بورسعيد", "السويس", "الأقصر"]),
    "cp874": ("จังหวัด", ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น", "นครราชสีมา", "ภูเก็ต", "สงขลา"]),
}


@pytest.mark.parametrize("encoding", list(LEGACY))
def test_tables_in_legacy_code_pages_load_as_written(tmp_path, encoding) -> None:
    """Not as Latin-1 mojibake ("Wroc³aw", "Ýstanbul"), and not refused."""
    head, names = LEGACY[encoding]
    path = tmp_path / "t.csv"
    path.write_bytes(
        f"{head};n\n".encode(encoding) + b"".join(f"{n};{i}\n".encode(encoding) for i, n in enumerate(names))
    )
    df = load_table(path)
    assert df.columns[0] == head and df[head].tolist() == names
    page = {"shift_jis": "cp932", "gbk": "gb18030", "euc_kr": "cp949"}.get(encoding, encoding)
    assert df.attrs["notes"] == [f"read t.csv as {CODE_PAGES[page]} text"]  # a guess is said


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Produit;Prix;Note\nCafé crème;3,50 €;« très bon »\nCrêpe;4 €;l’œuvre\n", "l’œuvre"),
        ("Pregunta;Respuesta\n¿Qué tal?;¡Muy bien!\nAño;València\n", "València"),
        ("Stadt;Umsatz\nMünchen;12\nKöln;9\nDüsseldorf;7\n", "Düsseldorf"),
        ("Item,Price\nCoffee,3 €\nTea,2 €\n", "3 €"),
    ],
)
def test_western_latin1_is_not_mistaken_for_a_neighbouring_code_page(tmp_path, text, word) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("cp1252"))
    cells = {str(v) for v in load_table(path).to_numpy().ravel()}
    assert word in cells


@pytest.mark.parametrize(
    ("text", "encoding", "named"),
    [
        ("Navn;Verdi\nÞórshöfn;12\nSeyðisfjörður;3\n", "cp1252", "Western"),  # or Turkish "Şórshöfn"?
        ("עיר,1\n", "cp1255", "Hebrew"),  # or Cyrillic "тйш"?
    ],
)
def test_a_code_page_too_short_to_tell_is_asked_about_not_guessed(tmp_path, text, encoding, named) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(TableError) as err:
        load_table(path)
    assert named in str(err.value) and "save it as UTF-8" in str(err.value)


def test_high_byte_garbage_is_named_as_such(tmp_path) -> None:
    import random

    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(random.Random(1).randrange(128, 256) for _ in range(5000)))
    with pytest.raises(TableError) as err:
        load_table(path)
    assert "encoding" in str(err.value) and "no data rows" not in str(err.value)


def test_binary_is_named_binary(tmp_path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(TableError, match="binary"):
        load_table(path)


def test_jsonl_error_names_the_line_of_the_file(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\n{"a": 2}\n\n{"a": 3\n{"a": 4}\n')
    with pytest.raises(TableError, match="line 4"):
        load_table(path)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-16-le", "utf-8"])
def test_cli_markdown_reads_the_encodings_tables_do(tmp_path, encoding, capsys) -> None:
    from render.__main__ import main

    md = tmp_path / "answer.md"
    md.write_bytes("# Café crème\n\n- première\n- deuxième\n".encode(encoding))
    out = tmp_path / "out.json"
    rc = main(["make", "--markdown", str(md), "--kind", "slides", "--planner", "rules", "-o", str(out),
               "--image-model", "none"])  # fmt: skip
    assert rc == 0, capsys.readouterr().err
    assert "Café crème" in json.loads(out.read_text(encoding="utf-8"))["title"]


# ---------------------------------------------------------------------------------- the app's deadline


def test_render_timeout_is_not_swallowed_by_placeholders() -> None:
    plan = {
        "kind": "slides",
        "title": "x",
        "slides": [{"layout": "diagram", "diagram": big_graph("flowchart", 40, 60)}],
    }
    result = render(plan)
    with pytest.raises(deadline.RenderTimeout), deadline.within(0.0):
        result.layout  # noqa: B018


def test_app_render_stops_at_its_deadline_and_keeps_the_chat() -> None:
    from chat import core
    from render import parse_plan

    heavy = core.Answer(plan=parse_plan(big_graph("flowchart")))
    light = core.Answer(plan=parse_plan(chart("bar", [1, 2, 3])))
    saved = core.RENDER_SECONDS
    core.RENDER_SECONDS = 0.3
    try:
        with pytest.raises(core.RenderFailed, match=r"took longer than 0\.3 seconds"):
            heavy.view("light")
    finally:
        core.RENDER_SECONDS = saved
    assert "took longer" in heavy.error
    assert light.view("light").figure is not None  # the rest of the chat still draws


@pytest.mark.slow
def test_a_second_session_stays_responsive_while_the_heaviest_input_renders() -> None:
    """Two sessions at once: one draws (and exports) the largest accepted diagram, the other asks
    for small charts meanwhile; the small ones come back in about their usual time."""
    import threading

    from chat import core
    from render import parse_plan

    def light_once() -> float:
        start = time.perf_counter()
        core.Answer(plan=parse_plan(chart("bar", [1, 2, 3]))).view("light").file("svg")
        return time.perf_counter() - start

    alone = min(light_once() for _ in range(3))
    heavy = core.Answer(plan=parse_plan(big_graph("flowchart")))
    done = threading.Event()

    def heavy_session() -> None:
        with contextlib.suppress(core.RenderFailed):
            heavy.view("light").file("pptx")
        done.set()

    threading.Thread(target=heavy_session, daemon=True).start()
    time.sleep(0.2)
    during = []
    while not done.is_set() and len(during) < 10:
        during.append(light_once())
    done.wait(120)
    assert during, "the heavy render finished before the light session asked"
    # sharing the interpreter with one busy render: slower, but never stalled behind it
    assert max(during) < max(10 * alone, 3.0), (alone, during)


def test_a_text_plan_without_an_answer_is_refused_at_render() -> None:
    """Found by the fuzzer: `{"kind": "text"}` validated (the default answer was not checked), then
    its own JSON did not validate."""
    with pytest.raises(PlanError, match="non-empty markdown answer"):
        render({"kind": "text"})
    from render import parse_plan
    from render.plan import plan_to_json

    plan = parse_plan({"kind": "text", "answer": "# Hi"})
    assert parse_plan(plan_to_json(plan)) == plan


def test_a_markdown_table_1000_columns_wide_keeps_12_and_names_the_rest() -> None:
    """Found by the fuzz run at 10,000 plans: a 1,000-column markdown table became a 1,000-column
    native table, whose PowerPoint write is quadratic (over a minute). A table holds 12 columns; the
    others are named in the notes, and no plan can ask for a wider row."""
    from generators.markdown import markdown_to_infographic, markdown_to_slides
    from render import PlanError, parse_plan, render

    md = (
        "|"
        + "|".join(f"c{i}" for i in range(1000))
        + "|\n|"
        + "---|" * 1000
        + "\n|"
        + "|".join("1" for _ in range(1000))
        + "|\n"
    )
    deck = markdown_to_slides(md)
    table = next(s for s in deck.slides if s.layout == "table")
    assert table.columns == [f"c{i}" for i in range(12)] and all(len(r) <= 12 for r in table.rows)
    assert "c12" in table.notes and "c999" not in table.columns
    render(deck).to_pptx()  # seconds, not minutes
    info = markdown_to_infographic(md)
    assert "Columns left out" in info.notes and "c12" in info.notes
    with pytest.raises(PlanError, match="at most 12"):
        parse_plan({"kind": "slides", "title": "t", "slides": [{"layout": "table", "rows": [["1"] * 13]}]})
