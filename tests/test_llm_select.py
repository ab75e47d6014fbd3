"""Which planner answers, and why: explicit settings win, then keys, a local Ollama, then rules."""

from __future__ import annotations

import pytest

from generators import PLANNERS, get_planner, select_planner
from tests.fake_llm import FakeLLM

ENV = (
    "RENDER_PLANNER",
    "ANTHROPIC_API_KEY",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OLLAMA_HOST",
    "OLLAMA_MODEL",
)


@pytest.fixture
def clean_env(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    with FakeLLM() as closed:  # a port nothing listens on once the block ends
        url = closed.url
    monkeypatch.setenv("OLLAMA_HOST", url)
    return monkeypatch


def test_registry_has_every_backend():
    assert {"rules", "openai", "anthropic", "local", "ollama"} <= set(PLANNERS)


def test_nothing_configured_means_rules_with_the_reason(clean_env):
    planner, reason = select_planner()
    assert planner.name == "rules"
    assert reason.startswith("no LLM configured") and "no Ollama at http://127.0.0.1:" in reason


def test_an_anthropic_key_comes_first(clean_env):
    clean_env.setenv("ANTHROPIC_API_KEY", "sk-ant-secret-value-123456")
    clean_env.setenv("OPENAI_API_KEY", "sk-secret-value-123456")
    planner, reason = select_planner()
    assert planner.name == "anthropic" and reason == "ANTHROPIC_API_KEY is set"
    assert "secret" not in reason


def test_an_openai_base_url_selects_the_openai_backend(clean_env):
    clean_env.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    planner, reason = select_planner()
    assert planner.name == "openai" and "http://127.0.0.1:9/v1" in reason
    assert planner.primary.backend.base_url == "http://127.0.0.1:9/v1"


def test_a_local_ollama_is_found_by_a_short_probe(clean_env):
    with FakeLLM(model="qwen2.5:0.5b-instruct") as fake:
        clean_env.setenv("OLLAMA_HOST", fake.url)
        planner, reason = select_planner()
    assert planner.name == "ollama" and planner.primary.two_step
    assert reason == f"a local Ollama answers at {fake.url} (model qwen2.5:0.5b-instruct)"
    assert (
        planner.primary.backend.base_url == f"{fake.url}/v1"
        and planner.primary.backend.model == "qwen2.5:0.5b-instruct"
    )
    assert [r.path for r in fake.requests][:1] == ["/api/tags"]


def test_explicit_choice_beats_the_environment(clean_env):
    clean_env.setenv("ANTHROPIC_API_KEY", "sk-ant-x-123456789")
    clean_env.setenv("RENDER_PLANNER", "openai")
    assert select_planner()[0].name == "openai"
    assert select_planner()[1] == "set by RENDER_PLANNER=openai"
    planner, reason = select_planner("rules")
    assert planner.name == "rules" and reason == "chosen explicitly (rules)"
    assert get_planner("RULES").name == "rules"
    assert select_planner("auto")[0].name == "openai"  # auto defers to the environment


def test_settings_override_the_environment_without_leaking_the_key(clean_env):
    planner, reason = select_planner(
        "openai", model="m-1", base_url="http://127.0.0.1:9/v1", api_key="k-123456789"
    )
    assert (
        planner.primary.backend.model == "m-1" and planner.primary.backend.base_url == "http://127.0.0.1:9/v1"
    )
    assert "k-123456789" not in reason + repr(planner.primary.backend)


def test_unknown_names_are_refused_with_the_menu(clean_env):
    with pytest.raises(KeyError, match="available: auto, anthropic, local, ollama, openai, rules"):
        select_planner("gpt5")
