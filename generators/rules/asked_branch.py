"""A process with a question in it, told in one line: "le client passe commande, paiement validé ? si oui
préparation puis expédition, sinon annulation" — steps, a question, what follows a yes and what follows a
no. Drawn as a flowchart with the question as the decision and its two ways out labelled with the
user's own words; nothing is added, nothing joins the two ways after the split unless the user says so.
"""

from __future__ import annotations

import itertools
import re

from generators.rules.relations import Graph

_YES = (
    r"(?:if\s+(?:yes|so|ok)|si\s+oui|si\s+s[íi]|wenn\s+ja|falls\s+ja|se\s+sim|se\s+s[ìi]|als\s+ja|evetse|evet\s+ise"
    r"|je[sś]li\s+tak|если\s+да)"
)
_NO = (
    r"(?:otherwise|else|if\s+not|if\s+no|sinon|si\s+non|sonst|wenn\s+nein|falls\s+nicht|si\s+no|de\s+lo\s+contrario"
    r"|senão|se\s+não|altrimenti|se\s+no|anders|als\s+nee|aksi\s+halde|hayırsa|w\s+przeciwnym\s+razie|je[sś]li\s+nie"
    r"|иначе|если\s+нет)"
)
_SPLIT = re.compile(
    rf"\?\s*(?P<yes>{_YES})\s*,?\s*(?P<a>.+?)\s*[,;]?\s*(?P<no>{_NO})\s*,?\s*(?P<b>.+?)\s*[.!]?$", re.I
)
_THEN = re.compile(
    r"\s*(?:,|;|→|->|\bthen\b|\bpuis\b|\bdann\b|\bluego\b|\bdepois\b|\bpoi\b|\bdaarna\b|\bsonra\b|\bpotem\b|\bпотом\b"
    r"|\band\s+then\b|\bet\s+puis\b)\s*",
    re.I,
)


_ANSWER_WORD = re.compile(r"^(?:if|si|wenn|falls|se|als|je[sś]li|если)\s+(?=\S)", re.I)  # "si oui" is "oui"


def _steps(text: str) -> list[str]:
    return [s.strip(" .") for s in _THEN.split(text) if s and s.strip(" .")]


def asked_branch(body: str) -> Graph | None:
    """The flowchart of steps, one question and its yes and no ways, or None unless the text has
    exactly that shape (at least one step or the question, then a yes way and a no way)."""
    text = re.sub(r"\s+", " ", body).strip()
    if text.count("?") != 1:
        return None
    ask = text.find("?")
    text = text[
        max(text.rfind(":", 0, ask), text.rfind("：", 0, ask)) + 1 :
    ].strip()  # the steps after the last head
    m = _SPLIT.search(text)
    if m is None:
        return None
    before = _steps(text[: m.start()])
    if not before:
        return None
    question = before.pop() + (" ?" if text[: m.start()].endswith(" ") else "?")  # "paiement validé ?"
    yes, no = _steps(m.group("a")), _steps(m.group("b"))
    if not yes or not no or any(len(s.split()) > 12 for s in (*before, *yes, *no)):
        return None
    graph = Graph(families={"link"}, statements=len(before) + len(yes) + len(no) + 1)
    chain = [graph.node(s) for s in before]
    decision = graph.node(question)
    for a, b in itertools.pairwise([*chain, decision]):
        graph.edge(a, b)
    for way, said in ((yes, m.group("yes")), (no, m.group("no"))):
        ids = [graph.node(s) for s in way]
        graph.edge(decision, ids[0])
        graph.verbs[(decision, ids[0])] = _ANSWER_WORD.sub("", said.strip()).lower()
        for a, b in itertools.pairwise(ids):
            graph.edge(a, b)
    return graph
