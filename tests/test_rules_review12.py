"""Review of round 12 of the rules planner, with sentences written for this review: the new
mechanisms must not fire on ordinary sentences ("help moving step by step", a rating after a new
version, a field named "tag", a picture asked with "image" in it)."""

from __future__ import annotations

from generators.rules import route
from generators.rules.app import _calculator_named
from generators.rules.numbers import find_numbers
from tests.rules_plans import plan_of


def test_moving_house_step_by_step_is_no_animation() -> None:
    """'moving' as a move of house or a walk through a topic is no motion to show."""
    for q in (
        "I need help moving step by step: packing, movers, cleaning",
        "Walk me through moving step by step to Canada: visa, job, housing",
        "Explain it step by step, moving from basics to advanced: variables, loops, functions",
    ):
        assert route(q).kind != "animation", q
    assert route("the heart pumping, stage by stage, moving: atrium, ventricle, aorta").kind == "animation"


def test_a_version_heading_leaves_the_list_its_values() -> None:
    """'the new version' before a colon speaks of the list after it: 'Mon 4.5' is a rating, not a
    release of something called Mon."""
    for q, values in (
        ("App ratings since the new version: Mon 4.5, Tue 4.2, Wed 3.9, Thu 4.1", [4.5, 4.2, 3.9, 4.1]),
        ("Press release downloads by region: North 12.5, South 8.3, East 10.1", [12.5, 8.3, 10.1]),
        (
            "Versión nueva de la encuesta, notas por grupo: Madrid 7.5, Sevilla 8.2, Valencia 6.9",
            [7.5, 8.2, 6.9],
        ),
    ):
        assert [n.value for n in find_numbers(q)] == values, q
        assert route(q).kind == "chart", q
    # releases named in the same run of words as the talk of versions stay names
    assert (
        find_numbers("we run Debian 12.5, Python 3.12 and Redis 7.2, chart the versions for the wiki") == []
    )


def test_a_tag_field_in_english_is_kept() -> None:
    """English 'tag' is a field of its own; German 'Tag' is the day, the tracker's date field."""
    plan = plan_of("log my expenses: amount, category, tag")
    assert [(f.name, f.type) for f in plan.views[0].fields] == [
        ("Date", "date"),
        ("Amount", "number"),
        ("Category", "text"),
        ("Tag", "text"),
    ]
    plan = plan_of("Ich brauche einen Tracker für meine Ausgaben: Tag, Betrag, Kategorie")
    assert [f.name for f in plan.views[0].fields] == ["Datum", "Betrag", "Kategorie"]


def test_image_asked_as_a_picture_is_still_an_image() -> None:
    """A reputation is 'image' itself in a reputation phrase; a picture to make or mend stays one."""
    for q in (
        "Create a professional image of a coffee cup for our website",
        "Restore my image: an old family photo with scratches",
        "improve my image quality, it's blurry",
        "limpia mi imagen de fondo: quita el fondo de la foto",
        "репутация бренда: нарисуй картинку с логотипом",
    ):
        assert route(q).kind == "image", q
    assert route("how do I build a professional image at a new job?").kind == "text"


def test_a_converter_with_no_units_named_stays_the_converter() -> None:
    """Only units of several kinds make 'converter' yield to another calculator; none named is no reason."""
    assert _calculator_named("a currency converter from EUR to USD for my savings") == "convert"
    assert _calculator_named("a unit converter and a tip calculator for travel") == "convert"
    assert _calculator_named("converter for the ward: mg/kg to a dose in mg and ml") == "dose"


def test_a_score_band_counted_in_people_is_the_label() -> None:
    """'80点台 12人': the eighties band and the 12 pupils in it; 80 is no value in points."""
    q = "テストの点数分布: 90点以上 5人、80点台 12人、70点台 8人"
    assert [n.value for n in find_numbers(q)] == [5.0, 12.0, 8.0]
    assert route(q).kind == "chart"
    assert [n.value for n in find_numbers("Score distribution: 90点以上 5人, 80点 12人")] == [5.0, 12.0]


def test_hours_and_grams_are_no_class_names() -> None:
    """'8h' and '8g' are letters in a row by chance: hours and grams, not classes 8g and 8h."""
    nums = find_numbers("my day: slept 8h, ate 8g of salt, ran 5k")
    assert [(n.value, n.unit) for n in nums][:2] == [(8.0, "h"), (8.0, "g")]
    assert [n.value for n in find_numbers("grades: 6a 3.8, 6b 4.1, 6c 3.5")] == [3.8, 4.1, 3.5]


def test_drawing_my_own_thing_is_a_picture() -> None:
    """A group's 'our' lists a structure; 'my' before a thing and its parts is a picture of it."""
    for q in ("нарисуй мой дом: крыша, окна, дверь", "画一下我的猫：耳朵、尾巴、爪子"):
        assert route(q).kind == "image", q
    assert route("нарисуй структуру нашего отдела: начальник, два инженера, техник").kind == "diagram"


def test_a_tool_asked_by_name_stays_the_tool() -> None:
    """'timer' in an item's label names what the numbers were taken on only when no one asks for one."""
    assert route("make a timer: timer 30, break 5").kind == "app"
    assert route("chart the quiz averages: quiz 1 61, quiz 2 66, quiz 3 74").kind == "chart"
