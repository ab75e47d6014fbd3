"""Review of round 12 of the rules planner, with sentences written for this review: the new
mechanisms must not fire on ordinary sentences ("help moving step by step", a rating after a new
version, a field named "tag", a picture asked with "image" in it)."""

from __future__ import annotations

from generators.rules import route


def test_moving_house_step_by_step_is_no_animation() -> None:
    """'moving' as a move of house or a walk through a topic is no motion to show."""
    for q in (
        "I need help moving step by step: packing, movers, cleaning",
        "Walk me through moving step by step to Canada: visa, job, housing",
        "Explain it step by step, moving from basics to advanced: variables, loops, functions",
    ):
        assert route(q).kind != "animation", q
    assert route("the heart pumping, stage by stage, moving: atrium, ventricle, aorta").kind == "animation"
