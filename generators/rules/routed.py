"""Things and where each goes, with the verb said once: "bins and planning go to the district, potholes
to the county, playing field and bus shelter to us". Each thing is a node with an edge to where it
goes; only the first sentence after the lead is read, so a remark after it stays out of the graph."""

from __future__ import annotations

import re

from generators.rules.graph import Graph

_GOES = r"(?:go|goes|went|belong|belongs|are\s+sent|is\s+sent|get\s+sent|gets\s+sent|are\s+for|is\s+for)"
_FIRST = re.compile(rf"^(?P<src>.+?)\s+{_GOES}\s+to\s+(?P<dst>.+)$", re.I)
_THEN = re.compile(rf"^(?P<src>.+?)\s+(?:{_GOES}\s+)?to\s+(?P<dst>.+)$", re.I)
_LEAD = re.compile(r"^[^:：\n]{3,120}?(?:\s+[-–—]\s+|[:：]\s*)")


def routed_graph(question: str) -> Graph | None:
    """The graph of "A and B go to X, C to Y": None unless the verb is said in the first item, there
    are two or more items, two or more places and three or more things."""
    lead = _LEAD.match(question or "")
    body = (question[lead.end() :] if lead else question or "").strip()
    sentence = re.split(r"(?<=[.!?])\s+|\n", body, maxsplit=1)[0].rstrip(" .!?")
    pieces = [p.strip() for p in re.split(r"\s*[,;]\s*", sentence) if p.strip()]
    if len(pieces) < 2:
        return None
    graph, places, things = Graph(), set(), 0
    for k, piece in enumerate(pieces):
        m = (_FIRST if k == 0 else _THEN).match(piece)
        if m is None:
            return None
        dst = re.sub(r"^(?:the|a|an)\s+", "", m.group("dst").strip(), flags=re.I)
        places.add(dst.casefold())
        target = graph.node(dst)
        for src in re.split(r"\s+(?:and|&)\s+", m.group("src").strip()):
            if src:
                graph.edge(graph.node(src), target)
                things += 1
        graph.statements += 1
    graph.lead = lead.group(0).strip(" -–—:：") if lead else ""  # "who do residents contact for what"
    return graph if len(places) >= 2 and things >= 3 else None
