"""Cases for `bench/fuzz.py`: plans from the published schema and mutators, and hostile input files.

Plans come from two sources, each deterministic for a seed:
- the plan JSON schema (`render.plan_json_schema()`), drawn with hypothesis-jsonschema; the schema's
  one recursion (an infographic inside a visual block) is cut, which the library needs;
- mutations of valid plans (the registry's examples and the test examples): huge and empty strings,
  markup (`<script>`, `]]>`), CJK, emoji, right-to-left, zero-width and control characters,
  formula-like labels, NaN / inf / ±1e300 / 1e308 / subnormal numbers, 5,000 categories, 200 series,
  100 and 300 slides, 500-node graphs with cycles, self-loops and dangling edges, nesting.

Questions (`questions`) are random runs of the fragments the offline planner reads — numbers in
many notations, dates, units, "vs", sums, negations, form words in several languages, pasted tables,
CJK/RTL/emoji — some repeated into pages: the planner must answer each with a valid plan, quickly.

Hostile files are written to a folder: empty, header-only, 50 MB, binary, corrupt or bomb XLSX,
UTF-16/32 with and without BOM, Latin-1, mixed encodings, 10,000 columns, duplicate names, formula
cells, NUL bytes, deep or huge JSON, broken JSONL, and markdown of the same kinds.
"""

from __future__ import annotations

import copy
import io
import json
import random
import sys
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SCRIPT = "<script>alert('x')</script>"
MARKERS = (SCRIPT, "<img src=x onerror=alert(1)>", "]]><evil/>")
"""Markup a plan may carry; an output that holds any of them unescaped is invalid."""
STRINGS = [
    "",
    " ",
    SCRIPT,
    "<img src=x onerror=alert(1)>",
    "]]><evil/>",
    "&amp; &lt; & < > \" '",
    "中文标签测试数据",
    "😀🎉🚀" * 5,
    "مرحبا بالعالم",
    "שלום עולם",
    "zero\u200bwidth\u200d\ufeffjoin",
    "ctrl\x00\x01\x07\x1b\x7f\ud800chars",
    "=cmd|' /C calc'!A0",
    "+SUM(A1:A9)",
    "-2+3",
    "@SUM(A1)",
    '=HYPERLINK("http://example.com","x")',
    "http://example.com/a?b=c&d=e",
    "a" * 2000,
    "word " * 400,
    "\n\n\n",
    "line\r\nbreak\rmix",
    "{{ x }} ${x} %s %(x)s",
    "\u202eright-to-left override",
]
NUMBERS: list[Any] = [
    0,
    -0.0,
    1,
    -1,
    0.1,
    1e300,
    -1e300,
    1e308,
    -1.7e308,
    5e-324,
    1e-300,
    float("nan"),
    float("inf"),
    float("-inf"),
    None,
    10**20,
    10**400,
    "12%",
    "$1,200",
    "n/a",
    True,
]


# ------------------------------------------------------------------------------------------- plans


def base_plans() -> list[dict[str, Any]]:
    """Valid starting points: every registered kind's example and the test suite's examples."""
    from render.kinds import KINDS

    plans = [copy.deepcopy(dict(KINDS[name].example)) for name in KINDS]
    try:
        from tests.conftest import EXAMPLES, hostile_plan

        plans += [copy.deepcopy(p) for p in EXAMPLES.values()]
        plans += [hostile_plan(k) for k in EXAMPLES]
    except Exception:  # the bench runs without the tests too
        pass
    return plans


def _strings(obj: Any, path: tuple = ()) -> list[tuple]:
    """Paths to every string value (not `kind`, `type` or enum-like fields) in a plan."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("kind", "type", "layout", "chart_type", "diagram_type", "direction", "shape", "style"):
                continue
            out += _strings(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _strings(v, (*path, i))
    elif isinstance(obj, str):
        out.append(path)
    return out


def _set(obj: Any, path: tuple, value: Any) -> None:
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def _chart(rng: random.Random) -> dict[str, Any]:
    ct = rng.choice(
        ["bar", "grouped_bar", "stacked_bar", "horizontal_bar", "line", "area", "pie", "donut", "scatter",
         "histogram", "box", "heatmap", "table"]
    )  # fmt: skip
    n = rng.choice([0, 1, 2, 3, 7, 12, 60, 5000])
    k = rng.choice([1, 1, 2, 3, 12, 200]) if n < 1000 else rng.choice([1, 2])
    cats = [rng.choice(STRINGS) if rng.random() < 0.2 else f"c{j}" for j in range(n)]
    if ct == "scatter" and rng.random() < 0.6:
        cats = [str(rng.uniform(-100, 100)) for _ in range(n)]

    def value() -> Any:
        return rng.choice(NUMBERS) if rng.random() < 0.15 else round(rng.uniform(-50, 150), 2)

    series = []
    for i in range(k):
        s: dict[str, Any] = {"name": rng.choice(STRINGS) if rng.random() < 0.3 else f"s{i}"}
        s["values"] = [value() for _ in range(n if rng.random() < 0.95 else n + 1)]
        if ct == "scatter" and rng.random() < 0.5:
            s["x"] = [value() for _ in range(len(s["values"]))]
        series.append(s)
    plan = {"kind": "chart", "chart_type": ct, "categories": cats, "series": series}
    for field in ("title", "subtitle", "x_title", "y_title", "unit"):
        if rng.random() < 0.4:
            plan[field] = rng.choice(STRINGS)
    if rng.random() < 0.2:
        plan["sort"] = rng.choice(["asc", "desc"])
    if rng.random() < 0.2:
        plan["top_n"] = rng.choice([1, 3, 1000])
    return plan


def _diagram(rng: random.Random) -> dict[str, Any]:
    n = rng.choice([1, 2, 3, 5, 12, 40, 120, 500])
    m = rng.choice([0, n - 1, n, 2 * n, min(4 * n, 2000)]) if n > 1 else rng.choice([0, 1])
    ids = [rng.choice(STRINGS[2:8]) + str(i) if rng.random() < 0.1 else f"n{i}" for i in range(n)]
    shapes = ["rounded", "box", "ellipse", "circle", "diamond", "hexagon", "parallelogram"]
    nodes = [
        {
            "id": i,
            "label": rng.choice(STRINGS) if rng.random() < 0.3 else f"Step {i}",
            "shape": rng.choice(shapes),
        }
        | ({"group": f"g{rng.randrange(20)}"} if rng.random() < 0.3 else {})
        for i in ids
    ]
    edges = []
    for _ in range(max(m, 0)):
        a, b = rng.choice(ids), rng.choice(ids)
        if rng.random() < 0.05:
            b = a  # self-loop
        e = {"source": a, "target": b}
        if rng.random() < 0.2:
            e["label"] = rng.choice(STRINGS)
        if rng.random() < 0.2:
            e["style"] = "dashed"
        edges.append(e)
    if rng.random() < 0.05:
        edges.append({"source": "nowhere", "target": ids[0]})  # dangling: a PlanError
    if rng.random() < 0.03:
        nodes.append(dict(nodes[0]))  # duplicate id: a PlanError
    return {
        "kind": "diagram",
        "diagram_type": rng.choice(["flowchart", "tree", "cycle", "mindmap", "network"]),
        "direction": rng.choice(["TB", "LR", "BT", "RL"]),
        "title": rng.choice(STRINGS),
        "nodes": nodes,
        "edges": edges,
    }


def _slides(rng: random.Random, base: list[dict[str, Any]]) -> dict[str, Any]:
    count = rng.choice([1, 3, 8, 30, 100, 300])
    layouts = [
        "title",
        "bullets",
        "two_column",
        "big_number",
        "quote",
        "section",
        "chart",
        "image",
        "diagram",
        "visual",
    ]
    slides = []
    for _ in range(count):
        layout = rng.choice(layouts)
        s: dict[str, Any] = {"layout": layout, "title": rng.choice(STRINGS)}
        s["bullets"] = [rng.choice(STRINGS) for _ in range(rng.choice([0, 3, 12]))]
        if layout == "two_column":
            s["right_bullets"] = [rng.choice(STRINGS) for _ in range(rng.choice([0, 12]))]
        if layout == "big_number":
            s["number"] = rng.choice(STRINGS) or "42%"
        if layout == "quote":
            s["quote"] = rng.choice(STRINGS) or "Quote"
        if layout == "chart":
            s["chart"] = _chart(rng) if count <= 30 else _small_chart(rng)
        if layout == "image":
            s["image"] = {"kind": "image", "prompt": rng.choice(STRINGS) or "a cat"}
        if layout == "diagram":
            s["diagram"] = _diagram(rng) if count <= 8 else _small_diagram(rng)
        if layout == "visual":
            s["visual"] = _small_chart(rng) if rng.random() < 0.5 else _small_diagram(rng)
        s["notes"] = rng.choice(STRINGS)
        slides.append(s)
    return {"kind": "slides", "title": rng.choice(STRINGS) or "Deck", "slides": slides}


def _small_chart(rng: random.Random) -> dict[str, Any]:
    return {"kind": "chart", "chart_type": rng.choice(["bar", "line", "pie", "table"]),
            "categories": ["a", "b", "c"], "series": [{"values": [1, 2, rng.choice(NUMBERS)]}]}  # fmt: skip


def _small_diagram(rng: random.Random) -> dict[str, Any]:
    return {"kind": "diagram", "nodes": [{"id": "a", "label": rng.choice(STRINGS)}, {"id": "b"}],
            "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}  # fmt: skip


def _infographic(rng: random.Random) -> dict[str, Any]:
    def s() -> str:
        return rng.choice(STRINGS)

    kinds = ["stats", "steps", "timeline", "comparison", "checklist", "callout", "visual"]
    blocks = []
    for _ in range(rng.choice([1, 3, 6, 12])):
        t = rng.choice(kinds)
        n = rng.choice([1, 4, 12])
        if t == "stats":
            blocks.append(
                {"type": t, "title": s(), "items": [{"value": s() or "1", "label": s()} for _ in range(n)]}
            )
        elif t == "steps":
            blocks.append({"type": t, "items": [{"title": s() or "x", "text": s()} for _ in range(n)]})
        elif t == "timeline":
            blocks.append({"type": t, "events": [{"date": s() or "1999", "title": s()} for _ in range(n)]})
        elif t == "comparison":
            blocks.append({"type": t, "left_title": s() or "L", "right_title": s() or "R",
                           "left_items": [s() for _ in range(n)], "right_items": [s() for _ in range(n)]})  # fmt: skip
        elif t == "checklist":
            blocks.append({"type": t, "items": [s() for _ in range(n)]})
        elif t == "callout":
            blocks.append({"type": t, "text": s() or "c", "attribution": s()})
        else:
            blocks.append(
                {"type": t, "visual": _small_chart(rng) if rng.random() < 0.5 else _small_diagram(rng)}
            )
    plan: dict[str, Any] = {
        "kind": "infographic",
        "title": s() or "T",
        "subtitle": s(),
        "blocks": blocks,
        "footer": s(),
    }
    if rng.random() < 0.2:
        plan["hero_image"] = {"kind": "image", "prompt": s() or "sky"}
    return plan


def _text(rng: random.Random) -> dict[str, Any]:
    n = rng.choice([1, 10, 200, 10_000])
    parts = []
    for i in range(n):
        parts.append(
            rng.choice(["# ", "## ", "- ", "1. ", "> ", "", "```\n"]) + rng.choice(STRINGS) + f" {i}"
        )
    return {"kind": "text", "answer": "\n\n".join(parts) or "x"}


def _mutate_strings(rng: random.Random, plan: dict[str, Any]) -> dict[str, Any]:
    plan = copy.deepcopy(plan)
    paths = _strings(plan)
    for path in rng.sample(paths, min(len(paths), rng.choice([1, 3, 10, 1000]))):
        _set(plan, path, rng.choice(STRINGS))
    return plan


def _mutate_numbers(rng: random.Random, plan: dict[str, Any]) -> dict[str, Any]:
    plan = copy.deepcopy(plan)
    stack = [plan]
    while stack:
        obj = stack.pop()
        if isinstance(obj, dict):
            if isinstance(obj.get("values"), list):
                obj["values"] = [rng.choice(NUMBERS) if rng.random() < 0.5 else v for v in obj["values"]]
            stack.extend(obj.values())
        elif isinstance(obj, list):
            stack.extend(obj)
    return plan


def mutated_plan(rng: random.Random, base: list[dict[str, Any]]) -> dict[str, Any]:
    choice = rng.random()
    if choice < 0.22:
        return _chart(rng)
    if choice < 0.40:
        return _diagram(rng)
    if choice < 0.52:
        return _slides(rng, base)
    if choice < 0.64:
        return _infographic(rng)
    if choice < 0.70:
        return _text(rng)
    if choice < 0.74:
        return {"kind": "image", "prompt": rng.choice(STRINGS) or "x", "caption": rng.choice(STRINGS)}
    start = rng.choice(base)
    return _mutate_numbers(rng, start) if rng.random() < 0.3 else _mutate_strings(rng, start)


def _acyclic_schema() -> dict[str, Any]:
    """The published schema with its recursions cut: a plan nested in another (a slide's visual, an
    infographic block, an animation's scene) may only be of a kind that nests no plan itself.
    Found by walking the schema, so a kind added later is handled without a change here."""
    from render import plan_json_schema

    schema = copy.deepcopy(plan_json_schema())
    defs = schema["$defs"]

    def nodes(node: Any) -> Any:
        if isinstance(node, dict):
            yield node
            for v in node.values():
                yield from nodes(v)
        elif isinstance(node, list):
            for v in node:
                yield from nodes(v)

    def is_union(node: dict[str, Any]) -> bool:
        return node.get("discriminator", {}).get("propertyName") == "kind" and "oneOf" in node

    holders = [n for d in defs.values() for n in nodes(d) if is_union(n)]

    def nests(name: str, seen: set[str]) -> bool:
        if name in seen:
            return False
        seen.add(name)
        for n in nodes(defs[name]):
            if is_union(n):
                return True
            ref = n.get("$ref", "")
            if ref.startswith("#/$defs/") and nests(ref.rsplit("/", 1)[1], seen):
                return True
        return False

    containers = {name for name in defs if nests(name, set())}
    for holder in holders:
        holder["oneOf"] = [o for o in holder["oneOf"] if o["$ref"].rsplit("/", 1)[1] not in containers]
        mapping = holder["discriminator"]["mapping"]
        for kind in [k for k, ref in mapping.items() if ref.rsplit("/", 1)[1] in containers]:
            mapping.pop(kind)
    return schema


def schema_plans(n: int, seed: int) -> list[Any]:
    """`n` plans drawn from the schema with hypothesis-jsonschema (generation phase only)."""
    if n <= 0:
        return []
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed
    from hypothesis_jsonschema import from_schema

    strategy = from_schema(_acyclic_schema())
    out: list[Any] = []

    @hseed(seed)
    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(strategy)
    def collect(plan: Any) -> None:
        out.append(plan)

    collect()
    return out[:n]


def plans(n: int, seed: int = 0, schema_share: float = 0.3) -> list[tuple[str, Any]]:
    """(source, plan) pairs: about `schema_share` from the schema, the rest mutated."""
    rng = random.Random(seed)
    base = base_plans()
    from_schema = schema_plans(round(n * schema_share), seed)
    out = [("schema", p) for p in from_schema]
    while len(out) < n:
        out.append(("mutated", mutated_plan(rng, base)))
    rng.shuffle(out)
    return out


# ------------------------------------------------------------------------------------------- files


def _xlsx(rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def hostile_files(folder: Path, seed: int = 0, count: int = 200, big: bool = True) -> list[Path]:
    """Write at least `count` hostile table and markdown files into `folder`; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    csv = "region,sales\nNorth,12\nSouth,9\nÄußere,3\n"
    files["empty.csv"] = b""
    files["spaces.csv"] = b"   \n\n  \n"
    files["header_only.csv"] = b"region,sales\n"
    files["bom_only.csv"] = b"\xef\xbb\xbf"
    files["bom_header.csv"] = b"\xef\xbb\xbfregion,sales\n"
    for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                "latin-1", "cp1252"):  # fmt: skip
        files[f"enc_{enc}.csv"] = csv.encode(enc)
        files[f"enc_{enc}.tsv"] = csv.replace(",", "\t").encode(enc)
        files[f"enc_{enc}.json"] = json.dumps(
            [{"region": "Äpfel", "sales": 1}, {"region": "B", "sales": 2}]
        ).encode(enc)
        files[f"enc_{enc}.md"] = (
            "# Café résumé\n\n- naïve\n- Ærø\n\n| a | b |\n|---|---|\n| x | 1 |\n".encode(enc)
        )
    files["mixed.csv"] = b"region,sales\n" + "Äpfel,1\n".encode() + "Birnen é,2\n".encode("latin-1")
    files["mixed.md"] = "# Tïtle\n\n".encode() + "- é latin\n".encode("latin-1") + "- ü utf\n".encode()
    files["shift_jis.csv"] = "地域,売上\n東京,1\n大阪,2\n".encode("shift_jis")
    for k in range(25):
        size = rng.choice([16, 500, 5000, 100_000])
        files[f"random_{k}.csv"] = bytes(rng.randrange(256) for _ in range(size))
        files[f"high_{k}.csv"] = bytes(rng.randrange(128, 256) for _ in range(size))
    for k in range(5):
        files[f"random_{k}.md"] = bytes(rng.randrange(256) for _ in range(5000))
        files[f"random_{k}.json"] = bytes(rng.randrange(256) for _ in range(5000))
        files[f"random_{k}.xlsx"] = b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(5000))
    good_xlsx = _xlsx([["region", "sales"], ["North", 12], ["South", 9]])
    files["good.xlsx"] = good_xlsx
    for cut in (10, 100, len(good_xlsx) // 2, len(good_xlsx) - 10):
        files[f"truncated_{cut}.xlsx"] = good_xlsx[:cut]
    files["formulas.xlsx"] = _xlsx(
        [["region", "sales"], ["=cmd|' /C calc'!A0", "=1+1"], ["@SUM(A1)", 3], ["+x", "=A2*2"]]
    )
    files["empty_sheet.xlsx"] = _xlsx([])
    files["header_only.xlsx"] = _xlsx([["a", "b"]])
    files["huge_cell.xlsx"] = _xlsx([["a", "b"], ["x" * 32000, 1], ["y", 2]])
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "A" * 300_000_000 + "</sst>")
    files["bomb.xlsx"] = bomb.getvalue()
    files["csv_named.xlsx"] = csv.encode()
    files["xlsx_named.csv"] = good_xlsx
    files["png_named.csv"] = b"\x89PNG\r\n\x1a\n" + bytes(1000)
    files["wide_10000.csv"] = (
        ",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join(str(i) for i in range(10_000)) + "\n"
    ).encode()
    files["wide_1200.csv"] = (
        ",".join(f"c{i}" for i in range(1200)) + "\n" + ",".join(str(i) for i in range(1200)) + "\n"
    ).encode()
    files["dupes.csv"] = b"a,a,a,b,b\n1,2,3,4,5\n6,7,8,9,10\n"
    files["unnamed.csv"] = b",,\n1,2,3\n4,5,6\n"
    files["formula_cells.csv"] = (
        b"label,value\n=cmd|' /C calc'!A0,1\n+SUM(A1:A2),2\n-2+3,3\n@SUM(A1),4\n=HYPERLINK(\"http://x\"),5\n"
    )
    files["nul_cells.csv"] = b"label,value\nab\x00cd,1\nef,2\n"
    files["control_cells.csv"] = b"label,value\na\x01\x07b,1\n\x1bc,2\n"
    files["ragged.csv"] = b"a,b\n1,2,3,4\n5\n"
    files["quotes.csv"] = b'a,b\n"unterminated,1\n2,3\n'
    files["inf_nan.csv"] = b"x,y\na,inf\nb,-inf\nc,nan\nd,1e308\ne,1e309\nf,-1.7e308\n"
    files["huge_numbers.csv"] = ("x,y\n" + "\n".join(f"r{i},{'9' * 400}" for i in range(5))).encode()
    files["long_cell.csv"] = ("label,value\n" + "x" * 2_000_000 + ",1\nb,2\n").encode()
    files["one_column.csv"] = b"value\n1\n2\n3\n"
    files["semicolon_decimal.csv"] = b"region;sales\nNorth;1.200,50\nSouth;12,5\n"
    files["dates.csv"] = b"date,value\n2024-01-01,1\n2024-13-45,2\nnot a date,3\n"
    files["deep.json"] = ("[" * 100_000 + "]" * 100_000).encode()
    files["deep_obj.json"] = ('{"a":' * 50_000 + "1" + "}" * 50_000).encode()
    files["bigint.json"] = ('[{"a": 1' + "0" * 400 + ', "b": "x"}, {"a": 2, "b": "y"}]').encode()
    files["bigint_4301.json"] = ('[{"a": 1' + "0" * 4400 + ', "b": "x"}]').encode()
    files["scalars.json"] = b"42"
    files["string.json"] = b'"hello"'
    files["empty_array.json"] = b"[]"
    files["empty_object.json"] = b"{}"
    files["list_of_lists.json"] = b'[["a","b"],[1,2],[3,4]]'
    files["ragged_lists.json"] = b'[["a","b"],[1,2,3],[4]]'
    files["dict_of_lists.json"] = b'{"a":[1,2],"b":[3]}'
    files["nested_cells.json"] = b'[{"a": {"x": [1, {"y": 2}]}, "b": [1, 2]}, {"a": null, "b": "z"}]'
    files["invalid.json"] = b'[{"a": 1}, {"a": 2'
    files["nan.json"] = b'[{"a": NaN, "b": Infinity}, {"a": -Infinity, "b": 1}]'
    files["bad_line.jsonl"] = b'{"a": 1}\n{"a": 2}\n\n{"a": 3\n{"a": 4}\n'
    files["mixed.jsonl"] = b'{"a": 1}\n[1,2]\n"x"\n'
    files["md_10000_headings.md"] = "\n\n".join(f"# Heading {i}\n\nText {i}." for i in range(10_000)).encode()
    files["md_deep_quotes.md"] = (">" * 5000 + " deep").encode()
    files["md_deep_lists.md"] = "\n".join("  " * i + "- item" for i in range(2000)).encode()
    files["md_script.md"] = (
        f"# {SCRIPT}\n\n<script>alert(1)</script>\n\n]]><x/>\n\n[link](javascript:alert(1))".encode()
    )
    files["md_wide_table.md"] = (
        "|"
        + "|".join(f"c{i}" for i in range(1000))
        + "|\n|"
        + "---|" * 1000
        + "\n|"
        + "|".join("1" for _ in range(1000))
        + "|\n"
    ).encode()
    files["md_huge_line.md"] = ("word " * 1_000_000).encode()
    files["md_empty.md"] = b""
    files["md_nul.md"] = b"# Title\x00\n\n- a\x00b\n"
    files["md_formulas.md"] = (
        b"| label | value |\n|---|---|\n| =cmd\\|' /C calc'!A0 | 1 |\n| @SUM(A1) | 2 |\n"
    )
    files["md_numbers.md"] = b"| a | b |\n|---|---|\n| x | 1e308 |\n| y | 1e309 |\n| z | -1e308 |\n"
    if big:
        row = "region,sales,comment\n"
        line = "North,12.5,a fairly ordinary comment in the middle of a large file\n"
        files["big_49mb.csv"] = (row + line * (49 * 2**20 // len(line))).encode()
        files["big_51mb.csv"] = (row + line * (51 * 2**20 // len(line))).encode()
    k = 0
    while len(files) < count:  # random mixes of the above ingredients
        cells = [rng.choice(STRINGS).replace(",", " ").replace("\n", " ") for _ in range(6)]
        text = "a,b,c\n" + "\n".join(",".join(rng.sample(cells, 3)) for _ in range(rng.choice([1, 5, 50])))
        enc = rng.choice(["utf-8", "utf-16", "utf-16-le", "latin-1"])
        files[f"random_mix_{k}.csv"] = text.encode(enc, errors="replace")
        k += 1
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def file_jobs(paths: list[Path]) -> list[tuple[str, list[str]]]:
    """CLI argument lists for each file: tables are charted, markdown is made into each kind."""
    jobs = []
    for p in paths:
        if p.suffix == ".md":
            for kind in ("slides", "infographic", "diagram", "text"):
                jobs.append((p.name, ["make", "--markdown", str(p), "--kind", kind, "--planner", "rules"]))
        else:
            jobs.append((p.name, ["make", "a chart of this table", "--data", str(p), "--planner", "rules"]))
    return jobs


QUESTION_PARTS = [
    "animate", "slides", "chart", "infographic", "diagram", "a picture of", "vs", "versus", "compare",
    "timeline", "what's", "15%", "of", "240", "1,240", "3,5", "May 15, 2025", "2019", "2020 apples 10 pears 12;",
    "Q1", "Q3 40", "no slides please", "actually a diagram", "kein Diagramm", "→", "->", "=", "+", "*", "(", ")",
    "^", "一百二十", "二十三", "twenty three percent", "forty", "twee komma één miljoen", "2,1 M€", "No. 14 231",
    "😀", "مرحبا", "שלום", "日本語のスライド", "pros:", "cons:", "1.", "2.", "-", "\n", "\n- item", ":", ";", ",",
    "km", "h", "$", "€", "tip calculator", "random name picker", "where I enter", "and it tells me",
    "for the cover", "org chart", "manages", "step by step", "one by one", "bar chart race", "2026-01-10",
    "3/4", "1e308", "-0", "NaN", "inf", "999999999999999999999", "\u200b", "\t", "|",
    "| a | b |\n|---|---|\n| x | 1 |", '{"a": 1, "b": 2}', "a=1; b=2; c=3", SCRIPT, "Ümlaut ß", "ÇĞİÖŞÜ",
]  # fmt: skip


def questions(n: int, seed: int = 0) -> list[str]:
    """`n` questions from `QUESTION_PARTS`; about one in thirty repeated into 5,000–20,000 characters."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        q = " ".join(rng.choice(QUESTION_PARTS) for _ in range(rng.randint(1, 25)))
        if rng.random() < 1 / 30:
            q = (q * (20_000 // max(len(q), 1) + 1))[: rng.randint(5_000, 20_000)]
        out.append(q)
    return out
