"""Diagrams from text: arrows ('A -> B, C'), numbered steps, 'first … then …', a list after a colon, and
from markdown answers (ordered lists as chains, nested bullets and headings as trees)."""

from __future__ import annotations

import re

from generators.markdown.parse import Heading, ListBlock, document_title, parse
from generators.rules.numbers import TO, VALUE
from generators.rules.templates import TEMPLATES, template, tr
from generators.rules.words import cap, lang_of, short
from render.plan import DiagramEdge, DiagramNode, DiagramPlan

NODE_CHARS = 60


def across(labels: list[str]) -> str:
    """A flow laid out across the page runs the way its labels read: right to left for Arabic or
    Hebrew ("RL"), else left to right."""
    rtl = sum(bool(re.search(r"[\u0590-\u08ff]", lb)) for lb in labels)
    return "RL" if labels and rtl * 2 > len(labels) else "LR"


def node_label(text: str) -> str:
    """A few words for a node: the part before a colon or dash when the item is long."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > NODE_CHARS:
        head = re.split(r"\s*(?::|：| — | – | - |\. )\s*", text, maxsplit=1)[0]
        if 2 <= len(head) <= NODE_CHARS:
            return head
    return short(text, NODE_CHARS)


# A word that joins a step to the one before it, not part of the step: "then the manager", "en dan
# terug", "und dann", "poi", "oradan", "然后接电流表", "بعدين".
_JOINED = re.compile(
    r"^(?:into|through)\s+|^(?:(?:and|und|en|et|y|e|i|ve|и|و|और)\s+)?(?:then|next|after that|from there|dann|danach|von dort|puis|ensuite"
    r"|de là|luego|después|de ahí|poi|dopo|da lì|depois|então|daí|daarna|dan|vandaar|потом|затем|оттуда|sonra|oradan"
    r"|ardından|potem|następnie|stamtąd|फिर)\b[\s,]*|^(?:然后|再|接着|之后|それから|次に|그다음|다음에|ثم|بعدين)\s*"
    # the first step's "first" before its article ("prima le stelle, poi le case"); "first aid" stays
    r"|^(?:first|zuerst|primero|prima|primeiro|eerst|najpierw|d['’]abord|tout\s+d['’]abord)[\s,]+"
    r"(?=(?:the|le|la|il|lo|i|gli|l['’]|el|los|las|les|der|die|das|den|o|os|as|het|de)\b)",
    re.I,
)
# Going back to a step named before closes a loop: "back to the battery", "terug naar de batterij".
_BACK = re.compile(
    r"^(?:(?:and|und|en|et|y|e)\s+)?(?:(?:goes|go|comes?|flows?)\s+)?(?:back\s+(?:to|into)|terug\s+naar|zurück\s+(?:zu[mr]?|in|an)"
    r"|retour\s+(?:à|au|vers)|de\s+vuelta\s+(?:a|al)|vuelve\s+(?:a|al)|torna\s+(?:a|al|alla)|volta\s+(?:para|ao|à)"
    r"|обратно\s+(?:к|в|на)|z\s+powrotem\s+do|geri)\s+(?:the|de|het|la|le|el|die|der|den|das|il|lo|o|a|l')?\s*(?P<to>.+)$"
    r"|^(?:再)?回到(?P<zh>.+)$",
    re.I,
)


def _earlier(labels: list[str], name: str) -> int | None:
    """The step named again: the first earlier label that contains the name or is contained in it."""
    key = name.casefold().strip(" .")
    for i, lb in enumerate(labels):
        low = lb.casefold()
        if key and (key in low or low in key):
            return i
    return None


def chain_diagram(labels: list[str], title: str, dtype: str = "flowchart") -> DiagramPlan:
    labels = [_JOINED.sub("", lb).strip() or lb for lb in labels]
    back = _BACK.match(labels[-1]) if len(labels) > 3 else None  # a loop needs three parts left
    loop_to = _earlier(labels[:-1], back.group("to") or back.group("zh")) if back else None
    if loop_to == 0:  # "battery, wire, switch, bulb, and back to the battery": a loop, not a fifth step
        labels, dtype = labels[:-1], "cycle"
    nodes = [
        DiagramNode(id=f"n{i + 1}", label=node_label(lb), shape=node_shape(lb)) for i, lb in enumerate(labels)
    ]
    edges = [DiagramEdge(source=f"n{i}", target=f"n{i + 1}") for i in range(1, len(labels))]
    if dtype == "cycle" and len(labels) > 2:
        edges.append(DiagramEdge(source=f"n{len(labels)}", target="n1"))
    short_labels = all(len(n.label) <= 24 for n in nodes)
    return DiagramPlan(
        diagram_type=dtype,  # type: ignore[arg-type]
        title=short(title, 150),
        direction=across([n.label for n in nodes])
        if len(nodes) <= 5 and short_labels and dtype == "flowchart"
        else "TB",
        nodes=nodes,
        edges=edges,
        answer=" → ".join(n.label for n in nodes),
        alt_text=short(
            f"{cap(dtype)} of {len(nodes)} steps: " + ", ".join(n.label for n in nodes) + ".", 600
        ),
    )


def node_shape(label: str) -> str:
    if label.rstrip().endswith(("?", "？")):
        return "diamond"
    if re.fullmatch(r"(?:start|begin|end|finish|done|开始|结束|完成)", label.strip().lower()):
        return "ellipse"
    return "rounded"


# `(?<!\s)`: a match starts where a run of spaces starts, never inside it. Without it a line of
# thousands of spaces (a deeply nested list) made every search quadratic and the planner hang.
ARROW = re.compile(
    r"(?<!\s)\s*(?:-{1,2}>\s*\|([^|]{1,60})\|\s*|--\s*([^<>|\-]{1,60}?)\s*-->|-{1,2}>|→|⟶|➡️?|=>|⇒|->)\s*"
)


class _Graph:
    """Nodes keyed by label (case-insensitive) and edges, for diagrams built from text."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.nodes: list[DiagramNode] = []
        self.edges: list[DiagramEdge] = []
        self.seen: set[tuple[str, str]] = set()

    def node(self, label: str, group: str | None = None) -> str:
        key = label.casefold()
        if key not in self.ids:
            nid = f"n{len(self.nodes) + 1}"
            self.ids[key] = nid
            self.nodes.append(
                DiagramNode(id=nid, label=node_label(label), shape=node_shape(label), group=group)
            )
        return self.ids[key]

    def new_node(self, label: str, group: str | None = None) -> str:
        """A node even when the label repeats (tree leaves with the same text are different things)."""
        nid = f"n{len(self.nodes) + 1}"
        self.nodes.append(DiagramNode(id=nid, label=node_label(label), shape=node_shape(label), group=group))
        return nid

    def edge(self, a: str, b: str, label: str = "") -> None:
        if a != b and (a, b) not in self.seen:
            self.seen.add((a, b))
            self.edges.append(DiagramEdge(source=a, target=b, label=short(label, 60)))


def _names(stage: str) -> list[str]:
    parts = (
        # "10,000 visitors", "1,5 kg": a comma between digits is part of the name
        re.split(r"\s*(?:(?<!\d),|,(?!\d)|，|、|\s&\s|\band\b|/)\s*", stage)
        if "," in stage or "，" in stage or "、" in stage
        else [stage]
    )
    return [p.strip(" .;:\"'“”*`") for p in parts if p.strip(" .;:\"'“”*`")]


_CHANGE = re.compile(rf"{VALUE}\s*(?:{TO}|=>)\s*[$€£¥]?\d")  # markdown writes "=>" for an arrow too


# "yes: show dashboard / no: show login page": a decision's ways out, each named by its answer
ANSWER = (
    r"yes|no|y|n|true|false|sí|si|oui|non|ja|nein|sim|não|nao|evet|hayır|tak|nie|да|нет|是|否|はい|いいえ|예|아니오"
    r"|ok|not\s+ok|pass|fail"
)
_BRANCH = re.compile(rf"^\s*(?:if\s+|si\s+|wenn\s+)?(?P<answer>{ANSWER})\s*[:：=]\s*(?P<to>\S.*?)\s*$", re.I)


_ANSWERED = re.compile(rf"(?:(?P<q>[^?？]*\S[?？])\s*)?(?P<a>{ANSWER})", re.I)


def _branches(stage: str) -> list[tuple[str, str]] | None:
    """A stage written as answers and where each leads, split by "/", ";" or ",": (node, answer)
    pairs; None unless every part is one."""
    parts = [p for p in re.split(r"\s*(?:/|;|,|\|)\s*", stage) if p.strip()]
    found = [_BRANCH.match(p) for p in parts]
    if len(found) < 2 or not all(found):
        return None
    return [(m.group("to").strip(" .;:\"'“”*`"), m.group("answer").lower()) for m in found if m]


def arrow_graph(lines: list[str]) -> _Graph | None:
    """'A -> B, C' lines (also →, =>, A -->|yes| B) as a graph; comma lists fan out."""
    graph = _Graph()
    asked: str | None = None  # the last question, for a line that starts with its answer ("no -> …")
    for line in lines:
        if not ARROW.search(line) or _CHANGE.search(line):
            continue  # "Conversion 2.1% -> 3.4%": a value before and after, not a step to another
        pieces: list[str] = []
        labels: list[str] = []
        pos = 0
        for m in ARROW.finditer(line):
            pieces.append(line[pos : m.start()])
            labels.append((m.group(1) or m.group(2) or "").strip())
            pos = m.end()
        pieces.append(line[pos:])
        # "is it raining? yes -> take umbrella; no -> wear sunglasses": the answer labels the way out
        answered = _ANSWERED.fullmatch(pieces[0].strip())
        if answered and (answered.group("q") or asked):
            asked = answered.group("q") or asked
            pieces[0], labels[0] = asked, labels[0] or answered.group("a").lower()
        stages = [_branches(p) or [(n, "") for n in _names(p)] for p in pieces]
        if len(stages) < 2 or not all(stages):
            continue
        asked = next((n for stage in stages for n, _ in stage if n.endswith(("?", "？"))), asked)
        ids = [[(graph.node(n), said) for n, said in stage] for stage in stages]
        for k in range(len(ids) - 1):
            for a, _ in ids[k]:
                for b, said in ids[k + 1]:
                    graph.edge(a, b, said or labels[k])
    return graph if graph.edges else None


def _statements(text: str) -> list[str]:
    """Lines and ';'-separated statements, with list markers and a leading 'flowchart:' prefix removed."""
    out: list[str] = []
    for line in re.split(r"[\n;；]|。(?!$)", text):
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line).strip()
        if line:
            out.append(line)
    return out


def _strip_prefix(statement: str) -> tuple[str, str]:
    """'org chart: CEO -> CTO' → ('org chart', 'CEO -> CTO'); the prefix hints the title."""
    first_arrow = ARROW.search(statement)
    limit = first_arrow.start() if first_arrow else len(statement)
    colon = max(statement.rfind(":", 0, limit), statement.rfind("：", 0, limit))
    if colon >= 0:
        return statement[:colon].strip(), statement[colon + 1 :].strip()
    return "", statement


_DIAGRAM_WORDS = re.compile(
    r"\b(?:please|can you|could you|make|create|draw|build|generate|show|give me|me|us|a|an|the|simple|quick|"
    r"flow ?charts?|flow diagram|diagrams?|org(?:anization|anisation|anizational)? charts?|mind ?maps?|"
    # "process" names the thing drawn ("hiring process"), not the drawing: kept
    r"hierarchy|tree|of|for|showing|about|with|steps)\b|"
    r"请|帮我|画一个|画个|画|做一个|做|生成|一个|的|流程图|组织结构图|组织架构图|思维导图|脑图|示意图|结构图|关系图",
    re.I,
)
DEFAULT_TITLES = {  # a diagram's title when the user names none, by language (`templates`: "dtitle_…")
    lang: {d: template(lang)[f"dtitle_{d}"] for d in ("flowchart", "tree", "mindmap", "cycle", "network")}
    for lang in TEMPLATES
}


def _title_from_prefix(prefix: str, dtype: str, lang: str) -> str:
    cleaned = re.sub(r"\s+", " ", _DIAGRAM_WORDS.sub(" ", prefix)).strip(" ,.:-")
    if cleaned and len(cleaned) <= 80:
        return cap(cleaned)
    return template(lang).get(f"dtitle_{dtype}", "Diagram")


def _graph_plan(graph: _Graph, title: str, dtype: str, lang: str) -> DiagramPlan:
    nodes, edges = graph.nodes[:500], graph.edges[:2000]
    known = {n.id for n in nodes}
    edges = [e for e in edges if e.source in known and e.target in known]
    linear = all(sum(1 for e in edges if e.source == n.id) <= 1 for n in nodes)
    labels = [n.label for n in nodes]
    direction = across(labels) if dtype == "flowchart" and linear and len(nodes) <= 5 else "TB"
    answer_edges = "; ".join(
        f"{graph.nodes[int(e.source[1:]) - 1].label} → {graph.nodes[int(e.target[1:]) - 1].label}"
        + (f" ({e.label})" if e.label else "")
        for e in edges[:8]
    )
    return DiagramPlan(
        diagram_type=dtype,  # type: ignore[arg-type]
        title=short(title, 150),
        direction=direction,  # type: ignore[arg-type]
        nodes=nodes,
        edges=edges,
        answer=(" → ".join(labels) if linear and dtype in ("flowchart", "cycle") else answer_edges)
        + tr(lang, "stop"),
        alt_text=short(
            tr(
                lang,
                "diagram_alt",
                dtype=template(lang).get(f"dname_{dtype}", cap(dtype)),
                title=title,
                n=len(nodes),
                labels=", ".join(labels[:12]),
            ),
            600,
        ),
    )


def text_to_diagram(
    text: str, title: str | None = None, diagram_type: str | None = None, *, lang: str | None = None
) -> DiagramPlan | None:
    """A diagram from plain text in a question: arrows ('A -> B, C; B -> D'), a numbered list
    ('1. plan 2. build 3. ship'), 'first … then … finally …', or a list after a colon
    ('mind map of habits: sleep, diet, exercise'). None when the text has no such structure."""
    text = (text or "")[:20_000]
    lang = lang or lang_of(text)
    statements = _statements(text)
    prefixes: list[str] = []
    cleaned: list[str] = []
    for s in statements:
        prefix, rest = _strip_prefix(s)
        if prefix:
            prefixes.append(prefix)
        cleaned.append(rest)
    graph = arrow_graph(cleaned)
    if graph is not None:
        dtype = diagram_type or _guess_type(graph)
        name = title or _title_from_prefix(prefixes[0] if prefixes else "", dtype, lang)
        return _graph_plan(graph, name, dtype, lang)
    flat = re.sub(r"\s+", " ", text).strip()
    flat = re.sub(  # a trailing request ("…, then fold — draw a flowchart") is not a step
        r"\s*(?:[—–-]+|[,;，；。.])\s*(?:(?:please|and|now)\s+)?(?:draw|make|create|show|render|turn|put|"
        r"visuali[sz]e|as)\b[^.]*$|[，,。]?\s*(?:请)?(?:画成|做成|画一个|生成|画出).*$",
        "",
        flat,
        flags=re.I,
    )
    # inline numbered steps: "1. plan 2. build 3. ship" / "1、计划 2、开发"
    marks = list(re.finditer(r"(?:(?<=\s)|(?<=^)|(?<=[:：]))(\d{1,2})\s*[.)、．](?!\d)\s*", flat))
    if len(marks) >= 2 and [int(m.group(1)) for m in marks] == list(range(1, len(marks) + 1)):
        steps = [
            flat[m.end() : (marks[k + 1].start() if k + 1 < len(marks) else len(flat))].strip(" ,;，；.")
            for k, m in enumerate(marks)
        ]
        steps = [s for s in steps if s]
        if len(steps) >= 2:
            prefix = flat[: marks[0].start()].strip(" :：")
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            name = title or _title_from_prefix(prefix, dtype, lang)
            return chain_diagram(steps, name, dtype)
    # "first X, then Y, finally Z" / "先…然后…最后…"
    seq = re.split(
        r"\s*(?:,?\s*\b(?:then|and then|after that|afterwards|next|finally|lastly)\b|然后|接着|之后|再|最后)\s*",
        flat,
        flags=re.I,
    )
    if len(seq) >= 3:
        first = re.sub(r"^.*?(?:\bfirst(?:ly)?\b|\bstart by\b|首先|先)\s*", "", seq[0], flags=re.I)
        steps = [s.strip(" ,;，；.。") for s in [first, *seq[1:]] if s.strip(" ,;，；.。")]
        if len(steps) >= 3 and all(len(s) <= 80 for s in steps):
            prefix_m = re.match(r"^(.*?)[:：]", seq[0])
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            name = title or _title_from_prefix(prefix_m.group(1) if prefix_m else "", dtype, lang)
            steps[0] = re.sub(r"^.*[:：]\s*", "", steps[0])
            return chain_diagram(steps, name, dtype)
    # "mind map of X: a, b, c" / "flowchart: plan, build, ship"
    m = re.match(r"^(.{1,120}?)[:：]\s*(.+)$", flat)
    if m and diagram_type:
        items = [
            p.strip(" .。")
            for p in re.split(r"\s*(?:,|，|、|;|；|\band\b|和)\s*", m.group(2))
            if p.strip(" .。")
        ]
        if len(items) >= 2 and all(len(p) <= 60 for p in items):
            name = title or _title_from_prefix(m.group(1), diagram_type, lang)
            if diagram_type in ("mindmap", "tree"):
                graph = _Graph()
                root = graph.node(name)
                for p in items:
                    graph.edge(root, graph.new_node(p))
                return _graph_plan(graph, name, diagram_type, lang)
            return chain_diagram(
                items, name, diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            )
    return None


def _guess_type(graph: _Graph) -> str:
    """Tree when every node has one parent and something fans out; cycle when a chain closes; else flowchart."""
    parents: dict[str, int] = {}
    out_deg: dict[str, int] = {}
    for e in graph.edges:
        parents[e.target] = parents.get(e.target, 0) + 1
        out_deg[e.source] = out_deg.get(e.source, 0) + 1
    if any(v > 1 for v in parents.values()):
        return "network" if len(graph.edges) > len(graph.nodes) else "flowchart"
    roots = [n.id for n in graph.nodes if n.id not in parents]
    if not roots and all(v == 1 for v in out_deg.values()):
        return "cycle"
    if len(roots) == 1 and any(v > 1 for v in out_deg.values()):
        return "tree"
    return "flowchart"


def markdown_to_diagram(
    md: str, title: str | None = None, diagram_type: str | None = None, *, lang: str | None = None
) -> DiagramPlan:
    """A diagram from a markdown answer: 'A -> B' lines → edges; an ordered list → a flowchart
    chain; nested bullets → a tree (or mind map) under the title; headings with lists → a tree.
    Raises ValueError when the markdown has no structure to draw.
    `lang`: the language of the texts computed around the user's (answer, alt text, default titles);
    by default the markdown's own (`lang_of`)."""
    nodes = parse(md)
    if not nodes:
        raise ValueError("the markdown has no content")
    asked, lang = lang, lang or lang_of(md)
    doc_title, rest = document_title(nodes, title, md)
    doc_title = doc_title or tr(lang, "diagram")  # a list with no name: never a second copy of its first item
    arrow_lines = [
        ln for ln in (md or "").splitlines() if ARROW.search(ln) and re.search(r"\w", ARROW.split(ln)[-1])
    ]
    if arrow_lines:
        plan = text_to_diagram("\n".join(arrow_lines), title=doc_title, diagram_type=diagram_type, lang=asked)
        if plan is not None:
            return plan
    lists = [n for n in rest if isinstance(n, ListBlock)]
    ordered = next((n for n in lists if n.ordered), None)
    if ordered is not None and diagram_type not in ("tree", "mindmap", "network") and len(ordered.items) >= 2:
        labels = [it.inline.text for it in ordered.items if it.inline.text]
        if len(labels) >= 2:
            dtype = diagram_type if diagram_type in ("flowchart", "cycle") else "flowchart"
            return chain_diagram(labels, doc_title, dtype)
    headings = [n for n in rest if isinstance(n, Heading)]
    flat = lists[0].items if len(lists) == 1 and not headings else []
    if flat and not any(isinstance(c, ListBlock) for it in flat for c in it.children):
        labels = [it.inline.text for it in flat if it.inline.text]
        if diagram_type in ("flowchart", "cycle") and len(labels) >= 2:
            return chain_diagram(labels, doc_title, diagram_type)  # a flow asked of one plain list: in order
    graph = _Graph()
    root = graph.node(doc_title)
    if headings:
        stack: list[tuple[int, str]] = [(0, root)]
        for node in rest:
            if isinstance(node, Heading):
                while stack and stack[-1][0] >= node.level:
                    stack.pop()
                parent = stack[-1][1] if stack else root
                nid = graph.new_node(node.inline.text)
                graph.edge(parent, nid)
                stack.append((node.level, nid))
            elif isinstance(node, ListBlock):
                _attach(graph, stack[-1][1] if stack else root, node)
    else:
        for node in lists:
            _attach(graph, root, node)
    if len(graph.nodes) < 2:
        raise ValueError("the markdown has no list, arrows or headings to draw as a diagram")
    nested = any(isinstance(c, ListBlock) for lst in lists for it in lst.items for c in it.children) or bool(
        headings
    )
    dtype = diagram_type or ("tree" if nested else "mindmap")
    if dtype in ("flowchart", "cycle"):
        dtype = "tree"
    return _graph_plan(graph, doc_title, dtype, lang)


def _attach(graph: _Graph, parent: str, lst: ListBlock, depth: int = 0) -> None:
    for it in lst.items:
        if not it.inline.text or len(graph.nodes) >= 500:
            continue
        nid = graph.new_node(it.inline.text)
        graph.edge(parent, nid)
        for child in it.children:
            if isinstance(child, ListBlock) and depth < 6:
                _attach(graph, nid, child, depth + 1)


def list_tree(lst: ListBlock, title: str, lang: str = "en") -> DiagramPlan:
    """A nested list as a tree: its single top item is the root, else `title` heads the items."""
    graph = _Graph()
    top = [it for it in lst.items if it.inline.text]
    if len(top) == 1:
        root = graph.new_node(top[0].inline.text)
        for child in top[0].children:
            if isinstance(child, ListBlock):
                _attach(graph, root, child)
    else:
        _attach(graph, graph.node(title or "·"), lst)
    return _graph_plan(graph, "", "tree", lang)
