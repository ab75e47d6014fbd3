"""Rules written as "if …, do …" paragraphs, as a decision tree: "If the site is down for everyone, page
the on-call lead. If only some users are affected, check the CDN's status page first; if the CDN
reports an outage, post in #incidents and wait. If the CDN is fine, roll back the last deploy."

Each "if C, A" is a question (C?) with a "yes" to its action A. A condition that talks about what an
earlier action did or found ("the CDN …" after "check the CDN's status page") follows that action;
the others are the next question when the one before is answered "no". "Otherwise A" is the "no" of
the question before. Nodes are the user's conditions and actions, in their words.
"""

from __future__ import annotations

import re

from generators.markdown.diagram import node_label
from generators.rules.words import short
from render.plan import DiagramEdge, DiagramNode, DiagramPlan

_IF = re.compile(
    r"^(?:and\s+)?(?:if|when|in case|wenn|falls|si|se|als|indien|если|eğer|jeśli|jeżeli|nếu)\b\s*|^(?:如果|要是|もし|만약)\s*",
    re.I,
)
_ELSE = re.compile(
    r"^(?:otherwise|else|if not|sonst|ansonsten|sinon|si no|de lo contrario|altrimenti|senão|anders|иначе|aksi halde"
    r"|w przeciwnym razie|否则|そうでなければ|아니면)\b[\s,]*",
    re.I,
)
# The comma, "then" or "dann" that ends a condition and starts what to do.
_THEN = re.compile(
    r"\s*,\s*(?:(?:then|dann|alors|entonces|allora|então|dan|то|o zaman)\b\s*,?\s*)?|\s+then\s+|，|、", re.I
)
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "our",
    "my",
    "is",
    "are",
    "it",
    "its",
    "if",
    "for",
    "to",
    "in",
    "on",
    "and",
    "or",
    "be",
    "not",
    "does",
    "doesn't",
    "do",
    "this",
    "that",
    "with",
    "within",
    "first",
    "only",
    "some",
    "all",
}


def _words(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[\w'’#-]+", text.casefold()) if len(w) >= 3 and w not in _STOP}


# "e-stop pressed? reset. else belt jammed? clear. else check the motor": questions typed with their answers
_ASKED = re.compile(
    r"(?:^|[.:;]\s*)(?:(?:else|otherwise|sonst|sinon|si no|altrimenti|senão|anders|иначе|否则)\s*,?\s*)?"
    r"([^?.:;]{2,80})\?\s*([^?.;:]{1,80}?)\s*(?=[.;]|$)",
    re.I,
)


def _as_ifs(body: str) -> str:
    """Questions each followed by what to do, then a last 'else …', rewritten as if-sentences."""
    asked = list(_ASKED.finditer(body))
    if len(asked) < 2:
        return body
    rest = body[asked[-1].end() :].strip(" .;")
    out = ". ".join(f"if {m.group(1).strip()}, {m.group(2).strip()}" for m in asked) + "."
    if (tail := _ELSE.match(rest)) is not None and rest[tail.end() :].strip():
        out += f" otherwise {rest[tail.end() :].strip()}."
    return out


def decision_tree(text: str, title: str = "") -> DiagramPlan | None:
    """The decision tree the if-sentences state, or None unless there are two conditions or more."""
    body = re.sub(r"\s+", " ", text or "").strip()
    if body.count("?") >= 2 and not _IF.search(body):
        _lead, colon, after = body.partition(":")
        body = _as_ifs(after if colon else body)
    clauses = [c.strip(" .") for c in re.split(r"(?<=[.;!?。；])\s*|\s*;\s*", body) if c.strip(" .")]
    nodes: list[DiagramNode] = []
    edges: list[DiagramEdge] = []
    actions: list[tuple[str, set[str]]] = []  # node id, its words
    top: str | None = None  # the last question asked first-hand (not after an action)
    last_q: str | None = None
    asked = 0

    def add(label: str, shape: str) -> str:
        nid = f"n{len(nodes) + 1}"
        nodes.append(DiagramNode(id=nid, label=node_label(label), shape=shape))  # type: ignore[arg-type]
        return nid

    for clause in clauses:
        other = _ELSE.match(clause)
        if other and last_q is not None:
            act = add(clause[other.end() :], "rounded")
            edges.append(DiagramEdge(source=last_q, target=act, label="no"))
            actions.append((act, _words(clause[other.end() :])))
            continue
        cond = _IF.match(clause)
        if cond is None:
            continue
        parts = _THEN.split(clause[cond.end() :], maxsplit=1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            continue
        condition, action = parts[0].strip(), parts[1].strip()
        q = add(short(condition, 57) + "?", "diamond")
        words = _words(condition)
        after = next((a for a, w in reversed(actions) if w & words), None)
        if after is not None:
            edges.append(DiagramEdge(source=after, target=q))
        else:
            if top is not None:
                edges.append(DiagramEdge(source=top, target=q, label="no"))
            top = q
        act = add(action, "rounded")
        edges.append(DiagramEdge(source=q, target=act, label="yes"))
        actions.append((act, _words(action)))
        last_q = q
        asked += 1
    if asked < 2:
        return None
    return DiagramPlan(
        diagram_type="flowchart",
        title=short(title, 150),
        direction="TB",
        nodes=nodes,
        edges=edges,
        answer="; ".join(
            f"{next(n.label for n in nodes if n.id == e.source)} {e.label or '→'} "
            f"{next(n.label for n in nodes if n.id == e.target)}"
            for e in edges[:8]
        )
        + ".",
        alt_text=short(
            f"Decision tree with {asked} questions: " + ", ".join(n.label for n in nodes[:12]) + ".", 600
        ),
    )
