"""The registry of kinds: every kind has every part, and a new kind needs one module and one entry."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import BaseModel

from render import KINDS, render
from render.kinds import Kind, PlanError, parse_plan, plan_json_schema
from tests.toy_kind import KIND as BADGE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def badge():
    """The toy kind registered for one test, then removed again."""
    KINDS.register(BADGE)
    try:
        yield BADGE
    finally:
        KINDS.unregister(BADGE.name)


# --------------------------------------------------------------------------------- every kind, whole


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind_has_every_part(name: str) -> None:
    kind = KINDS[name]
    assert isinstance(kind, Kind) and kind.name == name
    model = kind.load_model()
    assert issubclass(model, BaseModel)
    assert model.model_fields["kind"].default == name, "the model's `kind` tag must equal its name"
    assert (model.__doc__ or "").strip(), "the model's docstring is the LLM's guidance for the kind"
    module = kind.load_module()
    assert callable(module.layout) and callable(module.place), "layout() and place() are the entry points"
    assert kind.icon.strip() and kind.label.strip()
    assert kind.planner.prompt.strip()
    assert kind.formats and all(f.startswith(".") for f in kind.formats) and ".json" in kind.formats
    assert all(isinstance(v, str) and v for v in kind.refine)
    assert parse_plan(kind.example).kind == name, "the registry's example must be a valid plan"


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind_is_in_the_schema_cli_and_llm_menu(name: str) -> None:
    from generators.llm import forms_menu
    from render.__main__ import build_parser

    assert name in plan_json_schema()["discriminator"]["mapping"]
    assert f"- {name}: {KINDS[name].planner.prompt}" in forms_menu()
    args = build_parser().parse_args(["plan", "q", "--kind", name])
    assert args.kind == name


@pytest.mark.parametrize("name", list(KINDS))
def test_every_declared_format_is_written(name: str, fake_images) -> None:
    result = render(KINDS[name].example, images=fake_images)
    for suffix in result.formats:
        data = result.to_bytes(suffix)
        assert data, f"{name} wrote nothing for {suffix}"


def test_a_format_the_kind_does_not_declare_is_refused() -> None:
    with pytest.raises(ValueError, match=r"cannot be saved as \.gif"):
        render(KINDS["chart"].example).to_bytes(".gif")


# ------------------------------------------------------------------------------ a toy kind, end to end


def test_a_toy_kind_needs_only_its_module_and_entry(badge: Kind, tmp_path: Path) -> None:
    assert "badge" in KINDS and "badge" in plan_json_schema()["discriminator"]["mapping"]
    plan = parse_plan(badge.example)
    assert type(plan).__name__ == "BadgePlan"
    with pytest.raises(PlanError, match="label"):
        parse_plan({"kind": "badge", "label": ""})
    result = render(plan)
    svg = result.to_svg()
    assert "First launch" in "".join(ET.fromstring(svg).itertext())
    for suffix in badge.formats:
        out = result.save(tmp_path / f"badge{suffix}")
        assert out.stat().st_size > 0
    from pptx import Presentation

    prs = Presentation(tmp_path / "badge.pptx")
    texts = [s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame]
    assert "First launch" in texts
    with pytest.raises(ValueError, match=r"cannot be saved as \.md"):
        result.save(tmp_path / "badge.md")


def test_a_toy_kind_is_embedded_in_slides_and_infographics(badge: Kind) -> None:
    deck = render(
        {
            "kind": "slides",
            "title": "Wins",
            "slides": [{"layout": "visual", "title": "Our badge", "visual": badge.example}],
        }
    )
    names = [el.name for el in deck.layout.pages[1].elements]
    assert "badge" in names and "badge-label" in names
    sheet = render(
        {"kind": "infographic", "title": "Wins", "blocks": [{"type": "visual", "visual": badge.example}]}
    )
    assert any(el.name == "badge" for el in sheet.layout.pages[0].elements)


def test_a_toy_kind_appears_in_the_cli(badge: Kind, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from render.__main__ import main

    plan_file = tmp_path / "badge.json"
    plan_file.write_text(json.dumps(badge.example))
    assert main(["make", "--plan", str(plan_file), "-o", str(tmp_path / "b.svg")]) == 0
    assert (tmp_path / "b.svg").read_text().count("First launch") >= 1
    assert main(["schema"]) == 0
    assert "BadgePlan" in capsys.readouterr().out
    assert main(["make", "--plan", str(plan_file), "-o", str(tmp_path / "b.md")]) == 2
    assert "cannot be saved as .md" in capsys.readouterr().err


def test_a_toy_kind_appears_in_the_apps_menus(badge: Kind) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    menu = at.selectbox(key="kind")
    assert "badge" in menu.options or "🏅 Badge" in menu.options


def test_unregistering_removes_the_kind_everywhere(badge: Kind) -> None:
    KINDS.unregister("badge")
    assert "badge" not in plan_json_schema()["discriminator"]["mapping"]
    with pytest.raises(PlanError):
        parse_plan(badge.example)
    KINDS.register(badge)  # the fixture removes it again


def test_built_in_kinds_embed_through_the_same_protocol(fake_images) -> None:
    """A diagram in an infographic block and a text answer on a slide: no special case for either."""
    sheet = render(
        {
            "kind": "infographic",
            "title": "Flow",
            "blocks": [{"type": "visual", "title": "How it works", "visual": KINDS["diagram"].example}],
        },
        images=fake_images,
    )
    page = sheet.layout.pages[0]
    nodes = [el for el in page.elements if el.name.startswith("node-")]
    assert len(nodes) == len(KINDS["diagram"].example["nodes"])
    heading = next(el for el in page.elements if getattr(el, "text", None) == "How it works")
    assert all(n.rect.y >= heading.rect.bottom for n in nodes)
    deck = render(
        {
            "kind": "slides",
            "title": "Answer",
            "slides": [
                {
                    "layout": "visual",
                    "title": "In words",
                    "visual": {"kind": "text", "answer": "- one\n- two"},
                }
            ],
        }
    )
    body = [el for el in deck.layout.pages[1].elements if el.name == "body"]
    assert body and [p.text for p in body[0].paragraphs] == ["one", "two"]
