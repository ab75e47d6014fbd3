"""Round 22: motion asked in words of seeing (a Japanese "…ところを見せたい", a Hindi "…ती हुई दिखाओ", a
Portuguese "a ser montado", "show the blades turning"), a counter running between two written amounts,
steps listed inside a sentence, things racing over a table; and pictures asked plainly that a table, a
markdown file or a wrong-way word ("slide") used to override. Data and process words never become a
generated clip, and a figure told with a bare "draw" is not painted."""

from __future__ import annotations

import pandas as pd
import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.motion_seen import count_up


def _plan(question: str, table: pd.DataFrame | None = None, markdown: str | None = None):
    return RulesPlanner().plan(PlanRequest(question=question, table=table, markdown=markdown)).plan


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        ("展示会の画面用に、風車の羽根が回って水車が動くところを見せたいです。ゆっくり回る感じで",
         "風車の羽根が回って", ("画面用に", "見せたい")),
        ("पतंग धीरे धीरे उड़ती हुई दिखाओ, छत से बादलों तक, इंस्टा रील के लिए", "पतंग धीरे धीरे उड़ती हुई",
         ("दिखाओ", "रील")),
        ("mostra o muro a ser construído tijolo a tijolo, da base até o topo", "o muro a ser construído",
         ("mostra",)),
        ("show the gears turning and the pendulum swinging, for the museum kids' corner", "the gears turning",
         ("show", "museum")),
        ("could you show a sunflower opening from a bud to full bloom over the weeks, like a timelapse",
         "a sunflower opening from a bud", ("could you", "timelapse")),
    ],
)  # fmt: skip
def test_a_thing_shown_moving_is_a_clip_of_the_users_words(question, kept, dropped) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    visual = plan.scenes[0].visual
    assert visual.kind == "image"  # a generated clip, not a flowchart of the clauses
    assert kept in visual.prompt
    assert not any(w in visual.prompt for w in dropped)


def test_data_over_the_years_like_a_timelapse_is_no_generated_clip() -> None:
    plan = _plan("could you show our savings over the years, like a timelapse")
    assert plan.kind != "animation" or plan.scenes[0].visual.kind != "image"


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("can u show a climber going up with the altitude counter running 0 to 4800m, for reels", 0, 4800),
        ("que el contador de cafés vaya subiendo de 0 a 25.000 con la barra al lado", 0, 25000),
    ],
)
def test_a_counter_running_between_two_written_amounts_counts_up(question, first, last) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    chart = plan.scenes[0].visual
    assert chart.kind == "chart"
    assert [s.values[0] for s in chart.series] == [first, last]  # the two amounts written, nothing between
    assert "counter" in chart.title.lower() or "contador" in chart.title.lower()


def test_a_meter_reading_is_no_count_up() -> None:
    assert count_up("el contador marca 1.200 a 1.500 kWh este mes") is None


def test_steps_listed_inside_a_sentence_play_without_the_likeness_tail() -> None:
    plan = _plan(
        "for the bakery window i'd love the bread making process playing out step by step, mix, knead, "
        "proof, bake, like a little moving explainer"
    )
    assert plan.kind == "animation"
    diagram = plan.scenes[0].visual
    assert diagram.kind == "diagram"
    assert [n.label for n in diagram.nodes] == ["mix", "knead", "proof", "bake"]
    assert diagram.title == "Bread making process"


def test_things_racing_each_other_over_a_table_race_the_measure_named() -> None:
    table = pd.DataFrame(
        {
            "month": ["2025-04", "2025-04", "2025-05", "2025-05"],
            "shop": ["North", "South", "North", "South"],
            "visitors": [120, 80, 130, 95],
            "sales_eur": [4000, 3100, 4400, 3900],
        }
    )
    plan = _plan("make the sales of both shops race each other month by month for the staff screen", table)
    assert plan.kind == "animation"
    scene = plan.scenes[0]
    assert scene.frame_field == "month"
    assert scene.visual.y == "sales_eur"  # the measure the question names, not the first column


@pytest.mark.parametrize(
    "question",
    [
        "for the summer fair flyer: a picture of kids going down a giant water slide next to a bouncy castle",
        "what the reading corner should look like after the makeover — oak shelves, beanbags, warm lamps",
        "per la cena vorrei vedere una torta a forma di chitarra con le candeline, giusto per dare un'idea",
        "كيف ممكن يبدو مقهى صغير فيه نباتات وإضاءة دافئة؟",
    ],
)
def test_a_picture_asked_plainly_is_an_image(question) -> None:
    plan = _plan(question)
    assert plan.kind == "image"
    assert not any(w in plan.prompt for w in ("should look like", "vorrei vedere", "giusto per"))


def test_a_deck_slide_is_still_slides() -> None:
    from generators.rules.scoring import score

    assert "slides" in score("add a slide on the budget for monday")
    assert "slides" not in score("a photo of children on the water slide")


def test_a_picture_asked_over_a_table_with_its_figures_refused_is_an_image() -> None:
    table = pd.DataFrame({"room": ["A", "B", "VIP"], "bookings": [35, 20, 12]})
    plan = _plan(
        "can u give me a neon-lit picture of a bowling alley full of friends, no numbers on it", table
    )
    assert plan.kind == "image"
    assert plan.prompt.startswith("a bowling alley full of friends")
    assert "numbers" not in plan.prompt and "neon-lit" in plan.prompt


def test_a_hindi_picture_told_after_a_dash_over_a_table_is_an_image() -> None:
    table = pd.DataFrame({"batch": ["a", "b"], "flush": [3, 4]})
    plan = _plan("पैकेट के लेबल के लिए एक तस्वीर चाहिए — अंधेरे कमरे में उगते सफ़ेद मशरूम", table)
    assert plan.kind == "image"
    assert plan.prompt.startswith("अंधेरे कमरे में")


def test_how_a_thing_would_look_over_a_markdown_is_an_image() -> None:
    md = "# Orders\n\n## Steps\n- measure\n- cut\n- fit\n\n## Prices\n- suit 200\n- shirt 40\n"
    plan = _plan(
        "from this, show me how the linen suit would look on a short woman, sand colour", markdown=md
    )
    assert plan.kind == "image"
    assert plan.prompt.startswith("the linen suit on a short woman")


def test_a_figure_told_with_a_bare_draw_is_not_painted() -> None:
    assert _plan("今天募捐总额 12.5 万！能帮我画个图发朋友圈吗").kind != "image"
    assert _plan("画一只戴帽子的猫").kind == "image"  # a scene to paint still is one
