"""Diagram layout: structure over pixels (containment, overlaps, edge routing, text fit, direction)."""

from __future__ import annotations

import itertools
import math
import random
import xml.etree.ElementTree as ET

import pytest

from render import diagram
from render.layout import PAGE_H, PAGE_W, Connector, Context, Element, Rect, Shape, TextBox, element_rect
from render.plan import DiagramPlan
from render.theme import contrast, get_theme

# ------------------------------------------------------------------------------------------ plans


def flowchart(direction: str = "TB") -> DiagramPlan:
    return DiagramPlan(
        title="Order handling",
        answer="Orders are checked, shipped or reordered.",
        diagram_type="flowchart",
        direction=direction,
        nodes=[
            {"id": "start", "label": "Order received", "shape": "ellipse"},
            {"id": "check", "label": "Check stock availability in the warehouse"},
            {"id": "dec", "label": "In stock?", "shape": "diamond"},
            {"id": "ship", "label": "Ship order"},
            {"id": "wait", "label": "Reorder from supplier", "shape": "parallelogram"},
            {"id": "end", "label": "Done", "shape": "ellipse"},
        ],
        edges=[
            {"source": "start", "target": "check"},
            {"source": "check", "target": "dec"},
            {"source": "dec", "target": "ship", "label": "yes"},
            {"source": "dec", "target": "wait", "label": "no"},
            {"source": "wait", "target": "check", "label": "retry", "style": "dashed"},
            {"source": "ship", "target": "end"},
        ],
    )


def org_chart(direction: str = "TB") -> DiagramPlan:
    nodes = [{"id": "ceo", "label": "Chief Executive Officer"}]
    edges = []
    teams = {"Engineering": 4, "Sales": 2, "Operations": 2}
    for dept, count in teams.items():
        nodes.append({"id": dept, "label": f"VP {dept}", "group": dept})
        edges.append({"source": "ceo", "target": dept})
        for j in range(count):
            nodes.append({"id": f"{dept}{j}", "label": f"{dept} team {j + 1}", "group": dept})
            edges.append({"source": dept, "target": f"{dept}{j}"})
    assert len(nodes) == 12
    return DiagramPlan(title="Org chart", diagram_type="tree", direction=direction, nodes=nodes, edges=edges)


def cycle5() -> DiagramPlan:
    stages = ["Plan", "Do", "Check", "Act on what the check found", "Learn"]
    return DiagramPlan(
        title="Improvement cycle",
        diagram_type="cycle",
        nodes=[{"id": s, "label": s} for s in stages],
        edges=[
            {"source": stages[i], "target": stages[(i + 1) % 5], "label": "then" if i == 0 else ""}
            for i in range(5)
        ],
    )


def mindmap() -> DiagramPlan:
    nodes = [{"id": "ml", "label": "Machine learning"}]
    edges = []
    for branch in ["Supervised", "Unsupervised", "Reinforcement"]:
        nodes.append({"id": branch, "label": branch})
        edges.append({"source": "ml", "target": branch})
        for j in range(3):
            nodes.append({"id": f"{branch}{j}", "label": f"{branch} idea {j + 1}"})
            edges.append({"source": branch, "target": f"{branch}{j}"})
    return DiagramPlan(title="ML", diagram_type="mindmap", nodes=nodes, edges=edges)


def network() -> DiagramPlan:
    pairs = [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E"), ("E", "C"), ("A", "F"), ("F", "G")]
    pairs += [("G", "A"), ("D", "D"), ("A", "B"), ("B", "A")]  # self-loop and multi-edges
    return DiagramPlan(
        title="Service calls",
        diagram_type="network",
        nodes=[
            {"id": n, "label": f"Service {n}", "group": "core" if n in "ABC" else "edge"} for n in "ABCDEFG"
        ],
        edges=[{"source": a, "target": b, "label": "calls" if a == "C" else ""} for a, b in pairs],
    )


def disconnected() -> DiagramPlan:
    return DiagramPlan(
        title="Parts",
        diagram_type="network",
        nodes=[{"id": str(i), "label": f"Part {i}"} for i in range(9)],
        edges=[
            {"source": "0", "target": "1"},
            {"source": "1", "target": "2"},
            {"source": "3", "target": "4"},
            {"source": "5", "target": "5"},
        ],
    )


def process(n: int) -> DiagramPlan:
    """A realistic big flowchart: a main line with short side branches that rejoin."""
    nodes = [{"id": f"s{i}", "label": f"Step {i}"} for i in range(n)]
    edges = []
    i = 0
    while i < n - 1:
        if i + 3 < n and i % 6 == 0:
            nodes[i]["shape"] = "diamond"
            nodes[i]["label"] = f"Check {i}?"
            edges += [
                {"source": f"s{i}", "target": f"s{i + 1}", "label": "yes"},
                {"source": f"s{i}", "target": f"s{i + 2}", "label": "no"},
                {"source": f"s{i + 1}", "target": f"s{i + 3}"},
                {"source": f"s{i + 2}", "target": f"s{i + 3}"},
            ]
            i += 3
        else:
            edges.append({"source": f"s{i}", "target": f"s{i + 1}"})
            i += 1
    return DiagramPlan(title=f"{n} steps", diagram_type="flowchart", direction="LR", nodes=nodes, edges=edges)


def random_graph(n: int, seed: int = 7) -> DiagramPlan:
    rng = random.Random(seed)
    nodes = [{"id": f"n{i}", "label": f"Node {i}"} for i in range(n)]
    edges = [{"source": f"n{rng.randrange(i)}", "target": f"n{i}"} for i in range(1, n)]
    edges += [{"source": f"n{rng.randrange(n)}", "target": f"n{rng.randrange(n)}"} for _ in range(n // 4)]
    return DiagramPlan(title="Big", diagram_type="network", nodes=nodes, edges=edges)


def international() -> DiagramPlan:
    return DiagramPlan(
        title="国际化 🌍 عربي",
        diagram_type="flowchart",
        direction="LR",
        nodes=[
            {"id": "a", "label": "开始处理用户请求并验证身份"},
            {"id": "b", "label": "🚀 Launch 🎉"},
            {"id": "c", "label": "مرحبا بالعالم هذا نص عربي طويل"},
            {"id": "d", "label": "<script>alert(1)</script>", "shape": "hexagon"},
            {"id": "e", "label": "A very long label that keeps going " * 12, "shape": "diamond"},
            {"id": "f", "label": "Supercalifragilisticexpialidociousnessandthensome", "shape": "circle"},
        ],
        edges=[
            {"source": "a", "target": "b"},
            {"source": "b", "target": "c", "label": "下一步"},
            {"source": "c", "target": "d"},
            {"source": "a", "target": "e"},
            {"source": "e", "target": "f", "label": "a rather long edge label that must wrap somewhere"},
        ],
    )


PLANS = {
    "flowchart": flowchart,
    "flowchart_lr": lambda: flowchart("LR"),
    "flowchart_bt": lambda: flowchart("BT"),
    "flowchart_rl": lambda: flowchart("RL"),
    "org_chart": org_chart,
    "org_chart_lr": lambda: org_chart("LR"),
    "cycle": cycle5,
    "mindmap": mindmap,
    "network": network,
    "disconnected": disconnected,
    "process60": lambda: process(60),
    "random60": lambda: random_graph(60),
    "international": international,
}

# ---------------------------------------------------------------------------------------- helpers


def ctx(theme: str = "light") -> Context:
    return Context(theme=get_theme(theme))


def shapes(elements: list[Element]) -> dict[str, Shape]:
    return {
        el.name.removeprefix("node-"): el
        for el in elements
        if isinstance(el, Shape) and el.name.startswith("node-")
    }


def connectors(elements: list[Element]) -> list[Connector]:
    return [el for el in elements if isinstance(el, Connector)]


def text_boxes(elements: list[Element]) -> list[TextBox]:
    out: list[TextBox] = []
    for el in elements:
        if isinstance(el, TextBox):
            out.append(el)
        elif isinstance(el, Shape) and el.text is not None:
            out.append(el.text)
        elif isinstance(el, Connector) and el.label is not None:
            out.append(el.label)
    return out


def centre(r: Rect) -> tuple[float, float]:
    return (r.x + r.w / 2, r.y + r.h / 2)


def segment_hits_rect(p: tuple[float, float], q: tuple[float, float], r: Rect) -> bool:
    """Liang–Barsky clipping: does the segment p–q pass through the interior of r?"""
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - r.x), (dx, r.right - p[0]), (-dy, p[1] - r.y), (dy, r.bottom - p[1])):
        if abs(pk) < 1e-12:
            if qk <= 0:
                return False
            continue
        t = qk / pk
        if pk < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True


def near(p: tuple[float, float], r: Rect, tol: float = 1.5) -> bool:
    return r.x - tol <= p[0] <= r.right + tol and r.y - tol <= p[1] <= r.bottom + tol


def check_structure(elements: list[Element], rect: Rect, route: bool = True) -> None:
    """The invariants every diagram must keep, whatever its kind and size."""
    nodes = shapes(elements)
    assert nodes, "no node shapes"
    for el in elements:
        assert rect.contains(element_rect(el)), f"{el.name} outside {rect}: {element_rect(el)}"
    for box in text_boxes(elements):
        assert rect.contains(box.rect), f"text {box.text!r} outside"
        assert not box.overflows(), f"text {box.text[:40]!r} overflows its box"
    for el in nodes.values():
        assert el.rect.contains(el.text.rect, tol=0.5), f"label of {el.name} sticks out of its shape"
    for (a, sa), (b, sb) in itertools.combinations(nodes.items(), 2):
        assert not sa.rect.intersects(sb.rect, tol=0.5), f"nodes {a} and {b} overlap"
    if not route:
        return
    for con in connectors(elements):
        assert len(con.points) >= 2
        ends = [n for n, s in nodes.items() if near(con.points[0], s.rect) or near(con.points[-1], s.rect)]
        assert ends, f"{con.name} touches no node"
        for name, s in nodes.items():
            if name in ends:
                continue
            inner = s.rect.inset(1.0)
            for p, q in itertools.pairwise(con.points):
                assert not segment_hits_rect(p, q, inner), f"{con.name} passes through node {name}"


def render(plan: DiagramPlan, theme: str = "light") -> tuple[list[Element], Context]:
    c = ctx(theme)
    page = diagram.layout(plan, c).pages[0]
    return page.elements, c


# ------------------------------------------------------------------------------------------ tests


@pytest.mark.parametrize("name", sorted(PLANS))
def test_page_invariants(name: str) -> None:
    plan = PLANS[name]()
    elements, _ = render(plan)
    check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H).inset(20))
    assert len(shapes(elements)) == len(plan.nodes)


@pytest.mark.parametrize("name", ["flowchart", "org_chart", "cycle", "mindmap", "network", "international"])
def test_place_in_small_offset_rect(name: str) -> None:
    rect = Rect(500, 120, 420, 300)
    elements = diagram.place(PLANS[name](), rect, ctx())
    check_structure(elements, rect)


def test_layout_page_basics() -> None:
    plan = flowchart()
    c = ctx("dark")
    lay = diagram.layout(plan, c)
    assert len(lay.pages) == 1
    page = lay.pages[0]
    assert page.background == c.theme.background
    assert page.notes == plan.answer
    title = [el for el in page.elements if isinstance(el, TextBox) and el.name == "title"]
    assert title and title[0].text == plan.title
    top = title[0].rect.bottom
    assert all(
        element_rect(el).y >= top for el in page.elements if el is not title[0] and el.name != "accent-rule"
    )


def test_node_labels_present_and_untruncated() -> None:
    plan = flowchart()
    elements, _ = render(plan)
    nodes = shapes(elements)
    for n in plan.nodes:
        box = nodes[n.id].text
        assert box is not None and not box.truncated
        assert box.paragraphs[0].display_text.replace(" ", "") == n.label.replace(" ", "")


def test_edge_labels_and_styles() -> None:
    plan = flowchart()
    elements, _ = render(plan)
    cons = connectors(elements)
    assert len(cons) == len(plan.edges)
    assert {c.label.text for c in cons if c.label} == {"yes", "no", "retry"}
    assert all(c.arrow for c in cons)
    assert [c.dashed for c in cons] == [e.style == "dashed" for e in plan.edges]
    nodes = shapes(elements)
    for con in cons:  # labels never sit on a node
        if con.label:
            assert not any(s.rect.intersects(con.label.rect) for s in nodes.values())


def test_edges_start_and_end_on_their_nodes() -> None:
    plan = network()
    elements, _ = render(plan)
    nodes = shapes(elements)
    for con, edge in zip(connectors(elements), plan.edges, strict=True):
        assert near(con.points[0], nodes[edge.source].rect)
        assert near(con.points[-1], nodes[edge.target].rect)


def test_multi_edges_get_distinct_routes() -> None:
    plan = network()
    elements, _ = render(plan)
    cons = connectors(elements)
    ab = [c.points for c, e in zip(cons, plan.edges, strict=True) if (e.source, e.target) == ("A", "B")]
    assert len(ab) == 2 and ab[0] != ab[1]


@pytest.mark.parametrize(
    ("direction", "axis", "sign"), [("TB", 1, 1), ("BT", 1, -1), ("LR", 0, 1), ("RL", 0, -1)]
)
def test_flowchart_direction(direction: str, axis: int, sign: int) -> None:
    elements, _ = render(flowchart(direction))
    nodes = shapes(elements)
    order = ["start", "check", "dec", "ship", "end"]
    coords = [centre(nodes[n].rect)[axis] * sign for n in order]
    assert coords == sorted(coords)
    assert coords[0] < coords[-1] - 50


@pytest.mark.parametrize(("direction", "axis", "sign"), [("TB", 1, 1), ("LR", 0, 1), ("BT", 1, -1)])
def test_tree_parents_before_children(direction: str, axis: int, sign: int) -> None:
    plan = org_chart(direction)
    elements, _ = render(plan)
    nodes = shapes(elements)
    for e in plan.edges:
        parent, child = centre(nodes[e.source].rect), centre(nodes[e.target].rect)
        assert parent[axis] * sign < child[axis] * sign - 10
    # siblings share one rank
    ranks = {round(centre(nodes[f"Engineering{j}"].rect)[axis], 1) for j in range(4)}
    assert len(ranks) == 1


def test_tree_text_is_readable() -> None:
    elements, _ = render(org_chart())
    assert min(s.text.size for s in shapes(elements).values()) >= 9


def test_cycle_on_ellipse_in_order() -> None:
    plan = cycle5()
    elements, _ = render(plan)
    nodes = shapes(elements)
    centres = [centre(nodes[n.id].rect) for n in plan.nodes]
    cx = sum(p[0] for p in centres) / 5
    cy = sum(p[1] for p in centres) / 5
    angles = [math.atan2(p[1] - cy, p[0] - cx) for p in centres]
    # clockwise from the top: angles increase (mod 2π) starting near -π/2
    unwrapped = [(a + math.pi / 2) % (2 * math.pi) for a in angles]
    assert unwrapped[0] < 0.2 or unwrapped[0] > 2 * math.pi - 0.2
    assert unwrapped[1:] == sorted(unwrapped[1:])
    cons = connectors(elements)
    assert len(cons) == 5 and all(c.arrow for c in cons)
    assert all(len(c.points) >= 3 for c in cons), "arcs are curved polylines"
    assert sum(1 for c in cons if c.label) == 1


def test_mindmap_centre_and_branches() -> None:
    plan = mindmap()
    elements, c = render(plan)
    nodes = shapes(elements)
    xs = [centre(s.rect)[0] for s in nodes.values()]
    mid = (min(xs) + max(xs)) / 2
    root = centre(nodes["ml"].rect)
    assert abs(root[0] - mid) < 150
    branch_strokes = set()
    for branch in ["Supervised", "Unsupervised", "Reinforcement"]:
        b = centre(nodes[branch].rect)
        branch_strokes.add(nodes[branch].stroke)
        for j in range(3):
            leaf = centre(nodes[f"{branch}{j}"].rect)
            assert abs(leaf[0] - root[0]) > abs(b[0] - root[0]) + 20, "children lie further out"
            assert nodes[f"{branch}{j}"].stroke == nodes[branch].stroke
    assert len(branch_strokes) == 3
    assert all(col in c.theme.palette for col in branch_strokes)
    assert not any(con.arrow for con in connectors(elements))
    assert {centre(nodes[b].rect)[0] > root[0] for b in ["Supervised", "Unsupervised", "Reinforcement"]} == {
        True,
        False,
    }, "branches on both sides"


def test_disconnected_and_isolated_nodes_are_all_placed() -> None:
    plan = disconnected()
    elements, _ = render(plan)
    assert len(shapes(elements)) == 9
    assert len(connectors(elements)) == 4


def lanes(k: int, m: int, direction: str) -> DiagramPlan:
    """k parallel tracks of m steps with hand-offs between tracks: a big but ordinary flowchart."""
    nodes = [{"id": f"{i}_{j}", "label": f"Task {i}.{j}"} for i in range(k) for j in range(m)]
    edges = [{"source": f"{i}_{j}", "target": f"{i}_{j + 1}"} for i in range(k) for j in range(m - 1)]
    edges += [
        {"source": f"{i}_{j}", "target": f"{i + 1}_{j + 1}"} for i in range(k - 1) for j in range(0, m - 1, 3)
    ]
    return DiagramPlan(diagram_type="flowchart", direction=direction, nodes=nodes, edges=edges)


def wide_tree(n: int, branching: int) -> DiagramPlan:
    nodes = [{"id": f"n{i}", "label": f"Unit {i}"} for i in range(n)]
    edges = [{"source": f"n{(i - 1) // branching}", "target": f"n{i}"} for i in range(1, n)]
    return DiagramPlan(diagram_type="tree", nodes=nodes, edges=edges)


@pytest.mark.parametrize("plan", [lanes(6, 10, "TB"), lanes(6, 10, "LR"), wide_tree(60, 4), wide_tree(40, 3)])
def test_sixty_nodes_stay_legible(plan: DiagramPlan) -> None:
    elements, c = render(plan)
    check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H))
    sizes = [s.text.size for s in shapes(elements).values()]
    assert min(sizes) >= 9, min(sizes)
    assert not c.notes


def test_long_chain_warns_instead_of_overflowing() -> None:
    elements, c = render(process(60))
    check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H))
    assert c.notes and "60 nodes" in c.notes[0]


def test_five_hundred_nodes_do_not_crash() -> None:
    plan = random_graph(500)
    elements, c = render(plan)
    check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H), route=False)
    assert len(shapes(elements)) == 500
    assert c.notes, "the caller is told the diagram is too big to read"


@pytest.mark.parametrize("kind", ["cycle", "mindmap", "tree"])
def test_other_kinds_scale_to_many_nodes(kind: str) -> None:
    nodes = [{"id": f"n{i}", "label": f"Idea number {i}"} for i in range(120)]
    edges = [{"source": f"n{(i - 1) // 4}", "target": f"n{i}"} for i in range(1, 120)]
    plan = DiagramPlan(diagram_type=kind, nodes=nodes, edges=edges)
    elements, _ = render(plan)
    check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H), route=kind != "cycle")


def test_single_node_and_no_edges() -> None:
    for kind in ["flowchart", "tree", "cycle", "mindmap", "network"]:
        plan = DiagramPlan(diagram_type=kind, nodes=[{"id": "only", "label": "Just me"}])
        elements, _ = render(plan)
        check_structure(elements, Rect(0, 0, PAGE_W, PAGE_H))
        assert len(shapes(elements)) == 1


def test_long_labels_are_cut_not_overflowing() -> None:
    elements, _ = render(international())
    nodes = shapes(elements)
    assert nodes["e"].text.truncated
    assert nodes["e"].text.paragraphs[0].lines[-1].endswith("…")
    assert not nodes["a"].text.truncated
    assert nodes["a"].text.line_count >= 1


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_node_text_contrast(theme: str) -> None:
    for plan in (org_chart(), mindmap(), cycle5(), network()):
        elements, _ = render(plan, theme)
        for s in shapes(elements).values():
            assert contrast(s.text.color, s.fill) >= 4.5, (s.name, s.text.color, s.fill)


def test_groups_share_colours() -> None:
    elements, _ = render(org_chart())
    nodes = shapes(elements)
    assert nodes["Sales"].fill == nodes["Sales0"].fill == nodes["Sales1"].fill
    assert nodes["Sales"].fill != nodes["Engineering"].fill


def test_shape_geometries() -> None:
    elements, _ = render(international())
    nodes = shapes(elements)
    assert nodes["d"].geometry == "hexagon"
    assert nodes["e"].geometry == "diamond"
    assert nodes["f"].geometry == "ellipse"
    assert abs(nodes["f"].rect.w - nodes["f"].rect.h) < 0.5, "circle"
    # a diamond's text must fit its inscribed rectangle: |dx|/(w/2) + |dy|/(h/2) <= 1 at the corners
    s = nodes["e"]
    r, t = s.rect, s.text.rect
    assert (t.w / 2) / (r.w / 2) + (t.h / 2) / (r.h / 2) <= 1.0 + 1e-6


def test_svg_contains_labels_and_escapes_markup() -> None:
    svg_mod = pytest.importorskip("render.svg")
    plan = international()
    c = ctx()
    page = diagram.layout(plan, c).pages[0]
    svg = svg_mod.page_svg(page, c.theme)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f".//{ns}script") is None
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{ns}text")).replace(" ", "")
    for label in [
        "🚀 Launch 🎉",
        "<script>alert(1)</script>",
        "下一步",
        "开始处理用户请求并验证身份",
        plan.title,
    ]:
        assert label.replace(" ", "") in texts
