"""A quiz or flashcards asked for by topic alone: the page to write them on, never invented questions —
the planner's plan, the typed lines read the same in Python and the browser, the Streamlit screen,
the exported deck."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from render import interactive_tools as tools
from render import render
from render.kinds import parse_plan
from tests.test_app_kind import _open
from tests.test_app_views import _screen


def _plan(question: str):
    return RulesPlanner().plan(PlanRequest(question)).plan


def _quiz_view(plan):
    assert plan.kind == "app", plan
    (view,) = plan.views
    assert view.type == "quiz"
    return view


@pytest.mark.parametrize(
    ("question", "mode", "count", "title", "said"),
    [
        ("quiz capitali europee 20 domande", "quiz", 20, "Quiz", "non invento domande"),
        (
            "un quiz per i miei alunni di quinta sulle capitali europee, che si possa giocare in classe",
            "quiz", None, "Quiz sulle capitali europee", "non invento domande",
        ),
        ("um quiz de 10 perguntas sobre segurança na mina pros novatos", "quiz", 10,
         "Quiz sobre segurança na mina", "não invento perguntas"),
        ("quiz o rasach psów dla dzieci, 8 pytań", "quiz", 8, "Quiz o rasach psów", "nie wymyślam pytań"),
        ("карточки для запоминания английских слов по теме «аэропорт», чтобы можно было переворачивать",
         "flashcards", None, "Карточки по теме «аэропорт»", "не придумываю карточки"),
        ("quiz me: 5 questions on the planets", "quiz", 5, "Quiz on the planets", "write no questions"),
    ],
)  # fmt: skip
def test_a_quiz_by_topic_is_one_to_write_in_the_users_language(question, mode, count, title, said) -> None:
    plan = _plan(question)
    view = _quiz_view(plan)
    assert view.questions == [] and view.mode == mode and view.count == count
    assert plan.title == title
    assert said in plan.answer


def test_a_quiz_with_multiple_choice_on_plant_cells_is_no_times_table_drill() -> None:
    plan = _plan("quiz for my year 7 class on the parts of a plant cell, 10 multiple choice questions")
    view = _quiz_view(plan)
    assert view.questions == [] and view.count == 10  # before: 20 multiplication questions, "Practice: ×"
    assert "plant cell" in plan.title
    drill = _quiz_view(_plan("multiplication quiz for my kids"))
    assert drill.questions and all("×" in q.question for q in drill.questions)


def test_a_quiz_with_its_questions_is_still_made_from_them() -> None:
    view = _quiz_view(_plan("quiz me on these: France–Paris, Spain–Madrid, Italy–Rome, Germany–Berlin"))
    assert [q.answer for q in view.questions] == ["Paris", "Madrid", "Rome", "Berlin"]


def test_typed_lines_are_read_with_any_usual_mark_and_lines_without_an_answer_are_counted() -> None:
    typed = "1. Capital of France? Paris\n- H2O = water\nno answer here\nperro - dog\n日本の首都は？東京\n\n"
    got, skipped = tools.questions_from_text(typed)
    assert [(q.question, q.answer) for q in got] == [
        ("Capital of France?", "Paris"), ("H2O", "water"), ("perro", "dog"), ("日本の首都は？", "東京"),
    ]  # fmt: skip
    assert skipped == 1
    view = parse_plan({"kind": "app", "title": "Q", "views": [{"type": "quiz", "count": 20}]}).views[0]
    assert tools.quiz_note(view, 4, 1, "en") == (
        "4 of 20 questions written. 1 lines have no answer (write question = answer)."
    )


def test_an_empty_quiz_exports_numbered_lines_to_write_on() -> None:
    from pptx import Presentation

    plan = {"kind": "app", "title": "Quiz", "language": "it",
            "views": [{"type": "quiz", "questions": [], "count": 3}]}  # fmt: skip
    deck = Presentation(io.BytesIO(render(plan).to_pptx()))
    text = "\n".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "0 domande scritte su 3." in text and "Quiz · 3 domande" in text
    assert [line for line in text.splitlines() if "______" in line][-1].startswith("3.")


def test_screen_asks_the_questions_the_user_types() -> None:
    at = _screen({"kind": "app", "title": "Quiz", "views": [{"type": "quiz", "questions": [], "count": 2}]})
    assert not at.expander and "0 of 2 questions written." in [c.value.replace("\\", "") for c in at.caption]
    at.text_area(key="app-a-quiz-0-typed").set_value("Capital of France? Paris\nH2O = water\noops").run()
    assert [e.label for e in at.expander] == ["1\\. Capital of France?", "2\\. H2O"]
    assert any("2 of 2 questions written." in c.value.replace("\\", "") for c in at.caption)
    at.checkbox(key="app-a-quiz-0-0").check().run()
    at.button(key="app-a-quiz-0-check").click().run()
    assert any("Score: 1 / 2" in m.value for m in at.markdown)


@pytest.mark.slow
def test_browser_quiz_to_write_asks_what_was_typed_and_keeps_it(chromium, tmp_path: Path) -> None:
    plan = {"kind": "app", "title": "Quiz", "views": [{"type": "quiz", "questions": [], "count": 3}]}
    page, watch = _open(chromium, render(plan).to_html(), tmp_path)
    assert page.locator(".va-quiz .va-note").text_content() == "0 of 3 questions written."
    page.fill("[data-va-quiz-text]", "Capital of France? Paris\n- H2O = water\nno answer")
    page.click("[data-va-quiz-start]")
    assert page.locator(".va-q").all_text_contents() == ["1. Capital of France?", "2. H2O"]
    note = page.locator(".va-quiz .va-note").text_content()
    assert note == "2 of 3 questions written. 1 lines have no answer (write question = answer)."
    page.get_by_role("button", name="Show answer").first.click()
    page.get_by_role("button", name="I knew it").first.click()
    assert page.locator(".va-score").text_content() == "Score: 1 / 2 (1 answered)"
    page.reload()  # the typed questions stay in this browser
    assert page.locator(".va-q").count() == 2
    assert watch.clean(), watch
