"""Round 22b diagrams: structure told the way voice and phone typing give it. Steps after a diagram
word with only spaces between them (Japanese, Korean, Hindi, Italian), a path told as 'a to b to c',
a hierarchy told with its verbs ('elect', 'has', 'tiene', 'تحته'), and the ask typed after a list
('all branched out') kept out of the items. Each test reads the plan's nodes and edges."""

from __future__ import annotations

from generators import get_planner
from generators.base import PlanRequest
from generators.rules.spaced import held_graph, spaced_steps, to_chain
from render.plan import DiagramPlan


def _diagram(question: str) -> DiagramPlan:
    plan = get_planner("rules").plan(PlanRequest(question=question)).plan
    assert isinstance(plan, DiagramPlan), (question, plan)
    return plan


def _labels(plan: DiagramPlan) -> list[str]:
    return [n.label for n in plan.nodes]


def _edges(plan: DiagramPlan) -> set[tuple[str, str]]:
    by_id = {n.id: n.label for n in plan.nodes}
    return {(by_id[e.source], by_id[e.target]) for e in plan.edges}


def test_japanese_steps_with_spaces_after_flowchart_are_a_chain_in_order() -> None:
    plan = _diagram("引っ越しの手順をフローチャートで 見積もり 荷造り 搬出 搬入 住所変更")
    assert plan.diagram_type == "flowchart"
    assert _labels(plan) == ["見積もり", "荷造り", "搬出", "搬入", "住所変更"]
    assert ("搬出", "搬入") in _edges(plan)
    assert plan.title == "引っ越しの手順"


def test_korean_typo_diagram_word_with_spaced_steps() -> None:
    plan = _diagram("김치 담그는 과정 다이어그렘으로 절이기 씻기 양념 버무리기 숙성")
    assert _labels(plan) == ["절이기", "씻기", "양념", "버무리기", "숙성"]
    assert plan.title == "김치 담그는 과정"


def test_hindi_diagram_word_and_ask_verb_are_not_steps() -> None:
    plan = _diagram("गेहूं की खेती का डायग्राम बना दो जुताई बुवाई सिंचाई कटाई")
    assert _labels(plan) == ["जुताई", "बुवाई", "सिंचाई", "कटाई"]


def test_italian_spaced_steps_keep_a_step_joined_by_a_preposition() -> None:
    plan = _diagram(
        "mi disegni il percorso di una bici in officina accettazione diagnosi ricambi montaggio prova su strada consegna"
    )
    assert _labels(plan) == [
        "accettazione",
        "diagnosi",
        "ricambi",
        "montaggio",
        "prova su strada",
        "consegna",
    ]
    assert "bici in officina" in plan.title


def test_a_sentence_after_the_diagram_word_is_no_list_of_steps() -> None:
    assert spaced_steps("make a flowchart of how we hire new staff at the shop", "flowchart") is None
    assert spaced_steps("フローチャートで 見積もり 荷造り", "フローチャート") is None  # two are no process


def test_a_to_chain_is_a_path_with_its_branch() -> None:
    plan = _diagram(
        "can you draw the audio chain in the church guitar to pedal to amp to mixer to speakers, and a recorder off the mixer"
    )
    assert _edges(plan) == {
        ("guitar", "pedal"),
        ("pedal", "amp"),
        ("amp", "mixer"),
        ("mixer", "speakers"),
        ("mixer", "recorder"),
    }
    assert "image" not in plan.title.lower()


def test_to_between_verbs_is_no_path() -> None:
    assert to_chain("I want to go to school to learn to read better") is None
    assert to_chain("the price went from 10 to 12 to 15 to 20") is None


def test_hierarchy_told_with_elect_and_has_is_a_tree() -> None:
    plan = _diagram(
        "how do i explain how our allotment society works: members elect the board, board has a chair, "
        "secretary and treasurer, treasurer keeps the plot fees"
    )
    assert plan.diagram_type == "tree"
    edges = _edges(plan)
    assert {("members", "board"), ("board", "chair"), ("board", "secretary"), ("board", "treasurer")} <= edges
    assert ("treasurer", "keeps the plot fees") in edges  # a relation of its own, under the one it names
    assert "allotment society" in plan.title


def test_arabic_under_him_hierarchy() -> None:
    plan = _diagram("هيكل المطعم المالك تحته مدير الصالة ومدير المطبخ وتحت مدير المطبخ 3 طباخين")
    assert {("المالك", "مدير الصالة"), ("المالك", "مدير المطبخ"), ("مدير المطبخ", "3 طباخين")} == _edges(plan)
    assert plan.title == "هيكل المطعم"


def test_spanish_family_in_run_on_prose() -> None:
    plan = _diagram(
        "arbol familiar de mi novela el abuelo tiene 2 hijos ana y luis ana tiene mellizos luis tiene una hija"
    )
    assert plan.diagram_type == "tree"
    assert {("abuelo", "ana"), ("abuelo", "luis"), ("ana", "mellizos"), ("luis", "hija")} == _edges(plan)


def test_has_as_a_helper_verb_is_no_hierarchy() -> None:
    assert held_graph("she has been to paris twice and he has gone to rome, they have visited lisbon") is None


def test_ask_typed_after_the_list_is_no_item() -> None:
    plan = _diagram("brain storm thingy for the garden party: food, music, games, raffle, all branched out")
    assert plan.diagram_type == "mindmap"
    assert "all branched out" not in _labels(plan)
    assert {"food", "music", "games", "raffle"} <= set(_labels(plan))
    plan = _diagram(
        "wer macht was im verein — vorstand, kassenwart, trainer, jugendwart — zeig mir wie das zusammenhängt"
    )
    assert "jugendwart" in _labels(plan)
    assert not any("zeig" in label for label in _labels(plan))


def test_boxes_and_lines_is_a_diagram_not_a_picture() -> None:
    plan = _diagram(
        "draw me the garden plan as boxes and lines: veg beds, a shed off the path, the pond and a compost corner"
    )
    assert plan.diagram_type == "network"
    assert "veg beds" in _labels(plan)
