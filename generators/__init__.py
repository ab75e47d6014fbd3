"""Planners (question → plan) and image generators (image plan → pixels)."""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.base import Planner

# name → "module:factory". Factories are lazy: no SDK is imported until its planner is made.
PLANNERS: dict[str, str] = {
    "rules": "generators.rules:RulesPlanner",
    "openai": "generators.llm_openai:OpenAIPlanner",
    "anthropic": "generators.llm_anthropic:AnthropicPlanner",
    "local": "generators.llm_local:LocalPlanner",
    "ollama": "generators.llm_openai:OllamaPlanner",
}
PLANNER_ENV = "RENDER_PLANNER"
AUTO = "auto"


# Which factory options each planner takes (the rules planner takes none).
OPTIONS: dict[str, tuple[str, ...]] = {
    "openai": ("model", "base_url", "api_key"),
    "anthropic": ("model", "base_url", "api_key"),
    "local": ("model",),
    "ollama": ("model",),
}


def make_planner(name: str, **options: str | None) -> Planner:
    """The registered planner `name`, built with the options its factory takes (`OPTIONS`).

    Options it does not take (a base URL for the local model) and empty ones are left out, so one
    settings form can configure any backend. KeyError, naming the choices, for an unknown name.
    """
    if name not in PLANNERS:
        raise KeyError(f"unknown planner {name!r}; available: {', '.join([AUTO, *sorted(PLANNERS)])}")
    module, factory = PLANNERS[name].split(":")
    given = {k: v for k, v in options.items() if v and k in OPTIONS.get(name, ())}
    return getattr(importlib.import_module(module), factory)(**given)


def select_planner(
    name: str | None = None,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
) -> tuple[Planner, str]:
    """The planner to use and a sentence saying why.

    An explicit choice wins (`name`: CLI --planner or the app's sidebar; then $RENDER_PLANNER).
    Otherwise the first available of: an Anthropic key, an OpenAI key or base URL, a local Ollama at
    localhost:11434 (probed with a short timeout), then the offline rules planner. `model`,
    `base_url` and `api_key` override the environment for the chosen backend; the reason never
    contains a key.
    """
    opts = {"model": model, "base_url": base_url, "api_key": api_key}
    chosen = (name or "").strip().lower()
    if chosen and chosen != AUTO:
        return make_planner(chosen, **opts), f"chosen explicitly ({chosen})"
    env = os.environ.get(PLANNER_ENV, "").strip().lower()
    if env and env != AUTO:
        return make_planner(env, **opts), f"set by {PLANNER_ENV}={env}"
    if os.environ.get("ANTHROPIC_API_KEY"):
        return make_planner("anthropic", **opts), "ANTHROPIC_API_KEY is set"
    if base_url or os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        base = base_url or os.environ.get("OPENAI_BASE_URL")
        why = f"an OpenAI-compatible base URL is set ({base})" if base else "OPENAI_API_KEY is set"
        return make_planner("openai", **opts), why
    from generators.llm_openai import ollama_url, probe_ollama

    found = probe_ollama()
    if found:
        return make_planner(
            "ollama", **opts
        ), f"a local Ollama answers at {ollama_url()} (model {model or found})"
    why = "Ollama runs with no model pulled" if found == "" else "no Ollama at " + ollama_url()
    return make_planner("rules"), (
        f"no LLM configured (no ANTHROPIC_API_KEY, OPENAI_API_KEY or OPENAI_BASE_URL; {why}): "
        "the offline rules planner"
    )


def get_planner(name: str | None = None) -> Planner:
    """The planner called `name`, else $RENDER_PLANNER, else the best available (see select_planner)."""
    return select_planner(name)[0]
