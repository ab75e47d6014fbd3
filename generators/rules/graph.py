"""The graph a diagram is read into: nodes by name (a name and its words, or a Russian word in two
cases, are one node) and edges between them. Its own module so every reader (prose relations,
relations one a line, brackets, families) shares it without importing one another."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generators.rules.words import short


@dataclass
class Graph:
    labels: list[str] = field(default_factory=list)
    edges: list[tuple[int, int]] = field(default_factory=list)
    families: set[str] = field(default_factory=set)
    statements: int = 0
    """Statements that stated a relation: two or more make the question a description of a graph."""
    verbs: dict[tuple[int, int], str] = field(default_factory=dict)
    """Edge labels, for relations written with a verb the table above does not know."""
    lead: str = ""
    """The words before the relations ('who reports to whom at the home'), when a reader kept them."""

    def node(self, name: str) -> int:
        """The node for `name`: an existing one when the name is it or one of its words ('Raj' for
        'CTO Raj Patel'), else a new one."""
        name = short(
            re.sub(
                r"^(?:the|a|an|our|my|el|la|le|les|die|der|das)\s+", "", name.strip(" .,:;\"'"), flags=re.I
            ),
            60,
        )
        each = _EACH.sub("", name)  # "각 파트너" (each partner) is the "파트너 3명" named before
        name = each if each and each != name and self._found(each) is not None else name
        found = self._found(name)
        if found is not None:
            return found
        self.labels.append(name)
        return len(self.labels) - 1

    def _found(self, name: str) -> int | None:
        key = name.casefold()
        for i, label in enumerate(self.labels):
            low = label.casefold()
            if low == key or (len(key) >= 3 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", low)):
                return i
            if len(low) >= 2 and re.fullmatch(rf"{re.escape(low)}\s+{_KIND}", key):  # "API server" is "API"
                return i
            if _same_cyrillic_word(low, key):  # "платежи", "платежам": one word in two cases
                return i
        return None

    def edge(self, a: int, b: int) -> None:
        if a != b and (a, b) not in self.edges:
            self.edges.append((a, b))


_EACH = re.compile(
    r"^(?:each|every|cada|chaque|jede[rsnm]?|ogni|elke|każd\w*|кажд\w*|각|매)\s+|^(?:每个|每位)", re.I
)
"""'Each' before a name: the members of a group named before, one node with it."""
_KIND = (
    r"(?:server|service|svc|app|application|backend|db|database|gateway|layer|module|cluster|instance|system"
    r"|platform|team|department|dept|group|unit|office|servidor|servicio|serveur|dienst|servizio|serviço|сервер"
    r"|сервис|serwer|serwis|sunucu|servis)"
)
"""What kind of thing a name is, said after it: "API server" names the "API" written before it."""


def _same_cyrillic_word(a: str, b: str) -> bool:
    """One Russian word, declined: a shared stem of four letters or more, the endings at most
    three letters ('Олег', 'Олегом'; 'пользователи', 'пользователям')."""
    if not re.fullmatch(r"[а-яё]{4,}", a) or not re.fullmatch(r"[а-яё]{4,}", b):
        return False
    stem = len(next((a[:k] for k in range(min(len(a), len(b)), 0, -1) if a[:k] == b[:k]), ""))
    return stem >= 4 and len(a) - stem <= 3 and len(b) - stem <= 3
