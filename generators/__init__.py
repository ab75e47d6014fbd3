"""Planners (question → plan) and image generators (image plan → pixels)."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.base import Planner

# name → "module:factory". LLM backends register here as they are added.
PLANNERS: dict[str, str] = {"rules": "generators.rules:RulesPlanner"}
PLANNER_ENV = "RENDER_PLANNER"


def get_planner(name: str | None = None) -> Planner:
    """The planner called `name`, else $RENDER_PLANNER, else the offline rules planner."""
    name = (name or os.environ.get(PLANNER_ENV) or "rules").strip().lower()
    if name not in PLANNERS:
        raise KeyError(f"unknown planner {name!r}; available: {', '.join(sorted(PLANNERS))}")
    module, factory = PLANNERS[name].split(":")
    return getattr(importlib.import_module(module), factory)()
