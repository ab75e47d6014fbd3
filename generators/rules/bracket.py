"""Knockout draws told in words, as a bracket: "Ana plays Ben, Cat plays Dev, and the two winners play
the final", "Lions tegen Tigers, …, winnaars naar de halve finales en dan de finale".

A bracket is drawn as a tree whose root is the last round: each match the user named is a leaf, each
later round joins two of the nodes before it, and the arrows run the winners' way, from a match to
the round it feeds. Only the user's words become labels: a match is the
pairing as they wrote it, a round is the round's name when they gave one for it ("final"), else the
teams that can reach it ("Ana/Ben – Cat/Dev"). No team is ever added.
"""

from __future__ import annotations

import math
import re

from generators.rules.relations import Graph

_VS = (
    r"vs\.?|v\.?|versus|plays|play|against|meets|faces|tegen|contre|joue\s+contre|gegen|spielt\s+gegen|contra"
    r"|juega\s+contra|joga\s+contra|contro|gioca\s+contro|против|играет\s+с|przeciw(?:ko)?|gra\s+z|ile|karşı"
    r"|ضد|يلعب\s+(?:مع|ضد)|बनाम|対|대|对|對|vs"
)
_MATCH = re.compile(
    rf"^(?P<a>[^\s,:：;]+(?:\s+[^\s,:：;]+)?)\s*(?:{_VS})\s*(?P<b>[^\s,:：;]+(?:\s+[^\s,:：;]+)?)$", re.I
)
# The winners going on: a clause that names the winners, or a round.
_WINNERS = re.compile(
    r"\b(?:winners?|winnaars?|ganadores?|gagnants?|sieger|gewinner|vencedores?|vincitori|vincenti|победител\w*"
    r"|zwycięzc\w*|kazanan\w*)\b|胜者|胜者|勝者|승자|الفائز\w*|विजेता",
    re.I,
)
# Round names, last round first: the final, the semi-finals, the quarter-finals.
_ROUNDS = [
    re.compile(
        r"(?<![\w-])(?:(?:the\s+|de\s+|la\s+|le\s+|das\s+|il\s+|a\s+|o\s+)?(?:finals?|finale|finał\w*|финал\w*|final)"
        r"|决赛|決勝|결승|النهائي|फाइनल)(?![\w-])",
        re.I,
    ),
    re.compile(
        r"(?:semi[- ]?finals?|semis|halve\s+finales?|demi-finales?|halbfinal\w*|semifinal\w*|semifinali?|полуфинал\w*"
        r"|półfinał\w*|yarı\s+final\w*|半决赛|準決勝|준결승|نصف\s+النهائي|सेमीफाइनल)",
        re.I,
    ),
    re.compile(
        r"(?:quarter[- ]?finals?|kwartfinales?|quarts?\s+de\s+finale|viertelfinal\w*|cuartos\s+de\s+final|quartas\s+de"
        r"\s+final|quarti\s+di\s+finale|четвертьфинал\w*|ćwierćfinał\w*|çeyrek\s+final\w*|四分之一决赛|準々決勝|8강"
        r"|ربع\s+النهائي)",
        re.I,
    ),
]
_CLAUSES = re.compile(r"\s*(?:[,;，；、،.]|\s(?:and|en|et|und|y|e|i|и|ve)\s)\s*", re.I)


def _round_names(text: str) -> dict[int, str]:
    """The round names the user gave, by depth from the last round (0: the final)."""
    out: dict[int, str] = {}
    for depth, pattern in enumerate(_ROUNDS):
        deeper = [x for later in _ROUNDS[depth + 1 :] for x in later.finditer(text)]
        for m in pattern.finditer(text):  # 'semi finals' holds 'finals': the deeper round's name
            if not any(m.start() < x.end() and x.start() < m.end() for x in deeper):
                out[depth] = re.sub(r"^(?:the|de|la|le|das|il|a|o)\s+", "", m.group(0).strip(), flags=re.I)
                break
    return out


def bracket_graph(question: str) -> Graph | None:
    """The knockout draw in the question, or None unless two matches or more are named and the
    winners go on to a round ('the two winners play the final', 'winnaars naar de halve finales')."""
    body = re.split(r"[:：]", question, maxsplit=1)[-1]
    clauses = [c.strip() for c in _CLAUSES.split(body) if c and c.strip()]
    matches: list[tuple[str, str, str]] = []
    rest: list[str] = []
    for clause in clauses:
        m = _MATCH.match(clause)
        if m and not _WINNERS.search(clause):
            matches.append((clause, m.group("a"), m.group("b")))
        elif matches:
            rest.append(clause)
    after = " ".join(rest)
    if len(matches) < 2 or len(matches) > 32 or not (_WINNERS.search(after) or _round_names(after)):
        return None
    names = _round_names(after)
    rounds = math.ceil(math.log2(len(matches)))
    graph = Graph(families={"org"})
    layer: list[tuple[int, str]] = []  # (node, the teams that can reach it)
    for label, a, b in matches:
        graph.labels.append(label)
        layer.append((len(graph.labels) - 1, f"{a}/{b}"))
    for depth in range(rounds - 1, -1, -1):
        nxt = []
        for k in range(0, len(layer), 2):
            pair = layer[k : k + 2]
            if len(pair) == 1:  # an odd one out goes on alone
                nxt.append(pair[0])
                continue
            who = " – ".join(p[1] for p in pair)
            name = names.get(depth)
            count = math.ceil(len(layer) / 2)
            label = name if name and count == 1 else (f"{name}: {who}" if name else who)
            graph.labels.append(label[:60])
            node = len(graph.labels) - 1
            for p in pair:  # the winner goes on: an arrow from each match to the round it feeds
                graph.edge(p[0], node)
            nxt.append((node, "/".join(p[1] for p in pair)))
        layer = nxt
    graph.statements = len(matches)
    return graph if len(graph.edges) >= 2 else None
