"""Which planner answers, and why: the sidebar's backend, model, base URL and API key.

The API key lives only in memory (the widget's session state); it is read from the environment or
Streamlit secrets when present, never logged and never written to disk. Error messages are passed
through `redact()` before they reach the chat.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generators.base import Planner

AUTO = "auto"
OFFLINE_REASON = "No LLM configured: offline rules planner — connect one for open questions."
KEY_NAMES: dict[str, tuple[str, ...]] = {
    "openai": ("OPENAI_API_KEY",),
    "anthropic": ("ANTHROPIC_API_KEY",),
    "local": ("LOCAL_API_KEY", "OPENAI_API_KEY"),
}
ALL_KEY_NAMES = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY")


@dataclass
class PlannerConfig:
    backend: str = AUTO
    model: str = ""
    base_url: str = ""
    api_key: str = ""

    def __repr__(self) -> str:  # never print the key
        return f"PlannerConfig(backend={self.backend!r}, model={self.model!r}, base_url={self.base_url!r})"


def backends() -> list[str]:
    """ "auto" first, then every registered planner."""
    import generators

    return [AUTO, *sorted(generators.PLANNERS)]


def key_from(backend: str, secrets: Mapping[str, Any] | None = None, *, environ: bool = True) -> str:
    """An API key for `backend` from st.secrets, else (when `environ`) the environment; "" if none."""
    names = KEY_NAMES.get(backend, ALL_KEY_NAMES)
    sources: list[Mapping[str, Any]] = [secrets or {}, *([os.environ] if environ else [])]
    for name in names:
        for source in sources:
            try:
                value = source.get(name)
            except Exception:  # st.secrets raises when there is no secrets file
                value = None
            if value:
                return str(value)
    return ""


def select(config: PlannerConfig, secret_key: str = "") -> tuple[Planner, str]:
    """The planner the settings ask for, and a sentence saying which one is active and why.

    "auto" defers to `generators.select_planner` (environment keys, a local Ollama, else offline)
    unless a key was typed or found in secrets: then that key picks OpenAI, or Anthropic for an
    Anthropic-style key. A chosen backend gets the model, base URL and key it was given.
    """
    import generators

    name = None if config.backend in ("", AUTO) else config.backend
    key = config.api_key or secret_key
    why = "chosen in the sidebar"
    if name is None and (key or config.base_url):
        name = "anthropic" if key.startswith("sk-ant") else "openai"
        why = "an API key was given" if key else "a base URL was given"
    if name is None:
        chooser = getattr(generators, "select_planner", None)
        if chooser is None:
            return generators.get_planner("rules"), OFFLINE_REASON
        planner, reason = chooser()
        return planner, _sentence(reason)
    planner = generators.make_planner(name, model=config.model, base_url=config.base_url, api_key=key)
    model = getattr(planner, "label", "") or config.model
    if getattr(planner, "name", name) == "rules":
        return planner, "Offline rules planner, " + why + "."
    return planner, f"{name} planner{f' ({model})' if model else ''}, {why}."


def _sentence(reason: str) -> str:
    reason = reason.strip()
    if "offline rules planner" in reason:
        return OFFLINE_REASON
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".")


def is_offline(planner: Planner) -> bool:
    """True for planners that follow rules, not free-form instructions."""
    return getattr(planner, "name", "") == "rules"
