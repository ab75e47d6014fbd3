"""Answers pasted from a chat assistant: the opener, lead-in and sign-off are the conversation's, and
the answer's own shape (steps, pros and cons, the same aspects compared section by section) decides
its layout."""

from __future__ import annotations

import pytest

from generators.markdown import markdown_to_infographic, markdown_to_slides, parse
from generators.markdown.parse import Heading, Para
from generators.rules.chatter import is_sign_off, lead_in_topic, without_opener

SQL = """Great question! Here's a breakdown of the main differences between SQL and NoSQL databases:

## 1. Data model
- **SQL**: Tables with rows and columns, fixed schema.
- **NoSQL**: Documents, key-value pairs, graphs or wide columns; flexible schema.

## 2. Scalability
- **SQL**: Usually scales vertically (bigger server).
- **NoSQL**: Designed to scale horizontally across many servers.

## 3. Transactions
- **SQL**: Strong ACID guarantees.
- **NoSQL**: Often eventual consistency.

Hope this helps! Let me know if you want a deeper dive into any of these.
"""

VENV = """Sure! Here's how to set up a Python virtual environment:

1. **Install Python** – download it from python.org.
2. **Create the environment** – run `python -m venv .venv` in your project folder.
3. **Activate it** – run `source .venv/bin/activate`.
4. **Install packages** – use `pip install -r requirements.txt`.

Let me know if you need help with any of these steps!
"""

HOME = """Here are the pros and cons of working from home:

**Pros**
- No commute
- More flexible schedule

**Cons**
- Can feel isolating
- Harder to switch off

Overall, it depends on your personality and your job.
"""


def test_opener_lead_in_and_sign_off_are_recognised_in_several_languages() -> None:
    assert without_opener("Sure! Here's how to do it:") == "Here's how to do it:"
    assert without_opener("¡Claro! Aquí tienes los pasos:") == "Aquí tienes los pasos:"
    assert without_opener("当然！以下是步骤：") == "以下是步骤："
    assert without_opener("Yes.") == ""
    assert lead_in_topic("Here are the pros and cons of working from home:") == (
        "Pros and cons of working from home"
    )
    assert lead_in_topic("Sure! Here's a quick breakdown of the costs:") == "Costs"
    assert (
        lead_in_topic("Voici les étapes pour planter des tomates :") == "Les étapes pour planter des tomates"
    )
    assert lead_in_topic("Revenue rose 12% in May. Costs fell. Here is why:") is None  # prose, not a lead-in
    assert is_sign_off("Let me know if you need anything else!")
    assert is_sign_off("Espero que te sirva.")
    assert not is_sign_off("Feel the dough: it should spring back.")  # content, not talk about the answer
    assert not is_sign_off("Overall, it depends on your personality and your job.")


def test_parse_drops_the_conversation_and_keeps_the_content() -> None:
    nodes = parse(SQL)
    texts = [n.inline.text for n in nodes if isinstance(n, (Para, Heading))]
    assert texts[0].startswith("Here's a breakdown")  # the opener "Great question!" is gone
    assert not any("Let me know" in t or "Hope this helps" in t for t in texts)
    assert "1. Data model" in texts


def test_a_label_paragraph_heads_the_list_under_it() -> None:
    nodes = parse(HOME)
    headings = [n.inline.text for n in nodes if isinstance(n, Heading)]
    assert headings == ["Pros", "Cons"]


def test_sections_comparing_the_same_things_become_one_table() -> None:
    deck = markdown_to_slides(SQL)
    assert deck.title == "Main differences between SQL and NoSQL databases"
    assert deck.subtitle == ""  # the lead-in is the title, not said twice
    table = deck.slides[0]
    assert table.layout == "table" and table.columns == ["", "SQL", "NoSQL"]
    assert [r[0] for r in table.rows] == ["Data model", "Scalability", "Transactions"]
    assert table.rows[1][2] == "Designed to scale horizontally across many servers."
    assert not any("Let me know" in " ".join(s.bullets) + s.text for s in deck.slides)
    page = markdown_to_infographic(SQL)
    assert page.blocks[0].type == "table" and page.blocks[0].columns == ["", "SQL", "NoSQL"]


def test_numbered_named_steps_are_steps_not_a_table() -> None:
    deck = markdown_to_slides(VENV)
    assert deck.title == "How to set up a Python virtual environment"
    assert [s.layout for s in deck.slides] == ["steps"]
    steps = deck.slides[0].steps
    assert [s.title for s in steps] == [
        "Install Python",
        "Create the environment",
        "Activate it",
        "Install packages",
    ]
    assert steps[1].text.startswith("run python -m venv .venv")
    assert deck.slides[0].title == deck.title  # no "Overview" for the slide before any heading
    page = markdown_to_infographic(VENV)
    assert [b.type for b in page.blocks] == ["steps"] and len(page.blocks[0].items) == 4


def test_pros_and_cons_are_one_comparison() -> None:
    deck = markdown_to_slides(HOME)
    two = deck.slides[0]
    assert two.layout == "two_column"
    assert (two.left_title, two.right_title) == ("Pros", "Cons")
    assert two.bullets == ["No commute", "More flexible schedule"]
    assert two.right_bullets == ["Can feel isolating", "Harder to switch off"]
    assert deck.slides[-1].text == "Overall, it depends on your personality and your job."  # kept
    page = markdown_to_infographic(HOME)
    comparison = page.blocks[0]
    assert comparison.type == "comparison" and comparison.right_items == [
        "Can feel isolating",
        "Harder to switch off",
    ]


TABLE = """Here is the population of the five largest cities in Europe (2023 estimates):

| City | Population (millions) |
|------|----------------------|
| Istanbul | 15.7 |
| Moscow | 12.6 |
| London | 9.0 |

Istanbul is by far the largest.
"""


def test_the_answers_own_shape_picks_the_form_when_none_is_named() -> None:
    from generators.markdown.content import answer_shape

    assert answer_shape(TABLE)[0] == "chart"
    assert answer_shape(HOME)[0] == "infographic"  # pros and cons: one page
    assert answer_shape(VENV)[0] == "infographic"  # steps with details: steps on one page
    assert answer_shape("1. Plan\n2. Build\n3. Ship\n")[0] == "diagram"  # short steps: a flow
    sections = "## Goals\n- grow\n- hire\n\n## Risks\n- churn\n- cost\n"
    assert answer_shape(sections)[0] == "slides"
    assert answer_shape("Just a paragraph of prose about nothing in particular.") is None


@pytest.mark.parametrize(
    ("answer", "kind"),
    [(SQL, "infographic"), (VENV, "diagram"), (HOME, "infographic"), (TABLE, "chart")],
)
def test_an_answer_pasted_with_make_this_visual_after_it_gets_its_shape(answer: str, kind: str) -> None:
    """The assistant's lead-in opens the paste (it is no instruction) and the ask comes last."""
    from generators.base import PlanRequest
    from generators.rules import RulesPlanner

    plan = RulesPlanner().plan(PlanRequest(question=answer + "\n\ncan you make this visual?")).plan
    assert plan.kind == kind
    assert "Sure" not in plan.title and "Great question" not in plan.title


def test_a_users_own_line_ending_in_a_colon_is_no_assistant_lead_in() -> None:
    from generators.rules.chatter import assistant_lead_in

    assert assistant_lead_in("Sure! Here's how to set up a Python virtual environment:")
    assert assistant_lead_in("Here are the pros and cons of working from home:")
    assert not assistant_lead_in(
        "Neighbourhood watch contacts, I want something people can stick on the fridge:"
    )
    assert not assistant_lead_in("Voilà le programme du voyage scolaire, il faut en faire une affiche :")
