"""Arabic and Hindi questions get their computed texts (titles, answers, alt texts) in their own
language (`generators.rules.templates_ar_hi`), not the English fallback. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.templates import AGG_WORDS, CHART_NAMES, TEMPLATES, block_name, chart_name
from generators.rules.words import lang_of
from render.plan import ChartPlan, SlidesPlan


def plan_of(question: str) -> object:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


@pytest.mark.parametrize(
    ("question", "lang", "word"),
    [
        ("زوار المتحف في الأسبوع: السبت 340، الأحد 410، الاثنين 280", "ar", "الأعلى"),
        ("درجات الطلاب في الامتحان: سارة 88، خالد 74، منى 91، يوسف 65", "ar", "الأعلى"),
        ("गाँव में बारिश: जून 210, जुलाई 380, अगस्त 320, सितंबर 150", "hi", "सबसे अधिक"),
        ("कक्षा के अंक: अनीता 78, विकास 64, पूजा 92", "hi", "सबसे अधिक"),
    ],
)
def test_a_chart_question_in_arabic_or_hindi_is_answered_in_its_language(
    question: str, lang: str, word: str
) -> None:
    assert lang_of(question) == lang
    plan = plan_of(question)
    assert isinstance(plan, ChartPlan)
    assert plan.language == lang
    for text in (plan.title, plan.answer, plan.alt_text):
        assert word in text, text
        assert "highest" not in text and "lowest" not in text, text
    assert chart_name(lang, plan.chart_type) in plan.alt_text  # "رسم بياني بالأعمدة", "बार चार्ट"


def test_an_arabic_deck_is_titled_and_answered_in_arabic() -> None:
    question = "اعمل شرائح عن عدد المشتركين: يناير 1200، فبراير 1350، مارس 1500، أبريل 1420"
    assert lang_of(question) == "ar"
    plan = plan_of(question)
    assert isinstance(plan, SlidesPlan)
    assert "حسب" in plan.title and " by " not in plan.title, plan.title
    assert "الأعلى" in plan.answer and "highest" not in plan.answer, plan.answer
    assert plan.alt_text.startswith("عرض شرائح"), plan.alt_text
    assert any(s.title == TEMPLATES["ar"]["key_figures"] for s in plan.slides)


def test_arabic_and_hindi_have_every_table_keyed_by_template_language() -> None:
    for lang in ("ar", "hi"):
        assert set(TEMPLATES[lang]) == set(TEMPLATES["en"]), lang  # complete, not English key by key
        assert set(AGG_WORDS[lang]) == set(AGG_WORDS["en"]), lang
        assert set(CHART_NAMES[lang]) == set(CHART_NAMES["es"]), lang
        assert block_name(lang, "timeline") != block_name("en", "timeline"), lang
