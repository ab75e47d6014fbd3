"""The app kind answers in the asker's language: titles, labels, answers and the page's own words.

A Spanish loan calculator was "Loan calculator" with "Loan amount" and an English answer, and its
page said "Reset" and "Score"; the offline planner now writes every app text from one table by
language (`generators.rules.app_texts`), numbers with the language's marks ("20.000" in Spanish),
and names the language on the plan (`AppPlan.language`) so the page's words follow
(`render.interactive_words`). Every language has every English text with the same placeholders;
Chinese keeps exactly the texts it had (a subset, the rest English as before).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from string import Formatter

import pytest

from generators.rules import app_texts
from generators.rules.app_texts import APP_TEXTS, EN, ZH, say
from render import interactive_tools as tools
from render import render
from render.interactive_model import AppPlan
from render.interactive_state import evaluate
from render.interactive_words import EN as PAGE_EN
from render.interactive_words import WORDS, words
from render.kinds import parse_plan
from tests.rules_plans import plan_of

LANGS = sorted(set(APP_TEXTS) - {"en", "zh"})
ANSWERED = ("es", "fr", "de", "pt", "it", "nl", "pl", "tr", "ru", "ja", "ko", "vi", "id", "ar", "hi")
"""The languages `words.language` gives besides English and Chinese: each has its own app texts."""
ENGLISH = re.compile(r"\b(?:the|your|you|each|and|with|from|Example|calculator|amount|Type|Add)\b")
"""Words no answer in another language has (user content aside)."""


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


# ------------------------------------------------------------------------------------------ tables


def test_every_answered_language_has_app_texts() -> None:
    assert sorted(ANSWERED) == LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_every_english_app_text_is_translated(lang: str) -> None:
    assert sorted(set(EN) - set(APP_TEXTS[lang])) == []
    assert sorted(set(APP_TEXTS[lang]) - set(EN)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_app_text_placeholders_match_english(lang: str) -> None:
    wrong = {k: v for k, v in APP_TEXTS[lang].items() if fields(v) != fields(EN[k])}
    assert wrong == {}


def test_chinese_keeps_its_texts_and_falls_back_to_english_for_the_rest() -> None:
    """Chinese had its own words for some texts before the table; it keeps exactly those (a
    placeholder it never showed may be left out, e.g. the dimension in "单位换算器")."""
    assert set(ZH) <= set(EN)
    assert {k: v for k, v in ZH.items() if not fields(v) <= fields(EN[k])} == {}
    missing = next(k for k in EN if k not in ZH)
    assert say("zh", missing, **dict.fromkeys(fields(EN[missing]), "x")) == EN[missing].format(
        **dict.fromkeys(fields(EN[missing]), "x")
    )


def test_a_missing_text_or_language_is_english_never_an_error() -> None:
    assert say("sv", "loan.title") == "Loan calculator"  # recognised, no table of its own
    assert say("xx", "timer.title") == "Timer"
    assert app_texts.text_lang("en", "vi") == "vi" and app_texts.text_lang("en", "zh") == "en"
    assert app_texts.plan_language("zh") == "" and app_texts.plan_language("de") == "de"


@pytest.mark.parametrize("lang", sorted(set(WORDS) - {"en"}))
def test_every_page_word_is_translated_with_its_placeholders(lang: str) -> None:
    table = WORDS[lang]
    assert sorted(set(PAGE_EN) ^ set(table)) == []
    assert {k: v for k, v in table.items() if fields(v) != fields(PAGE_EN[k])} == {}


@pytest.mark.parametrize("script", ["app.js", "tools.js"])
def test_the_runtimes_english_stand_in_words_are_the_pythons(script: str) -> None:
    """The JS runtime reads the page's words from its data block; the English it keeps for a
    block without them is the same English as `render.interactive_words.EN`."""
    text = (Path(__file__).resolve().parents[1] / "assets" / "js" / script).read_text(encoding="utf-8")
    body = re.search(r"var EN_WORDS = \{(.*?)\};", text, re.S)
    assert body is not None
    pairs = dict(re.findall(r'(\w+): ("(?:[^"\\]|\\.)*")', body.group(1)))
    assert pairs, script
    assert {k: json.loads(v) for k, v in pairs.items()} == {k: PAGE_EN[k] for k in pairs}


# ---------------------------------------------------------------------------------------- planner

# (kind of app, language, question, the title's key, label keys shown, a number as the language writes it)
CASES = [
    ("loan", "es", "calculadora de préstamo de 20000 al 5% a 5 años", "loan.title", ["calc.principal", "calc.payment"], "20.000"),
    ("loan", "fr", "calculateur de prêt pour 20000 à 5% sur 5 ans", "loan.title", ["calc.principal", "calc.interest"], "20\u202f000"),
    ("loan", "de", "Kreditrechner für 20000 zu 5% über 5 Jahre", "loan.title", ["calc.principal", "calc.payment"], "20.000"),
    ("loan", "ja", "ローン計算機を作って：借入300万、金利5%、5年", "loan.title", ["calc.principal", "calc.payment"], ""),
    ("loan", "ru", "кредитный калькулятор на 20000 под 5% на 5 лет", "loan.title", ["calc.principal", "calc.payment"], "20\u202f000"),
    ("loan", "ar", "حاسبة قرض 20000 بفائدة 5% لمدة 5 سنوات", "loan.title", ["calc.principal", "calc.payment"], "20,000"),
    ("savings", "es", "calculadora de ahorro: 200 al mes al 4% durante 10 años", "savings.title", ["calc.initial", "calc.final"], ""),
    ("savings", "de", "Sparrechner mit Zinseszins: 200 Euro monatlich, 4% Zinsen, 10 Jahre", "savings.title", ["calc.monthly", "calc.final"], ""),
    ("savings", "ja", "積立の計算機を作って：毎月2万円、年利4%、10年", "savings.title", ["calc.monthly", "calc.earned"], ""),
    ("tip", "es", "calculadora de propinas: cuenta de 120, 15% de propina, 4 personas", "tip.title", ["calc.bill", "calc.each"], ""),
    ("tip", "fr", "calculateur de pourboire : addition de 120, pourboire de 15 %, 4 personnes", "tip.title", ["calc.bill", "calc.each"], ""),
    ("tip", "de", "Trinkgeldrechner: Rechnung 120, 15% Trinkgeld, 4 Personen", "tip.title", ["calc.bill", "calc.each"], ""),
    ("tip", "ru", "калькулятор чаевых: счёт 120, чаевые 15%, 4 человека", "tip.title", ["calc.bill", "calc.each"], ""),
    ("tip", "ar", "حاسبة البقشيش: الفاتورة 120 والبقشيش 15% و4 أشخاص", "tip.title", ["calc.bill", "calc.each"], ""),
    ("log", "es", "app para anotar mis gastos de cada día", "log.title", ["log.date", "log.amount"], ""),
    ("log", "fr", "je veux un suivi de mes dépenses chaque jour", "log.title", ["log.date", "log.amount"], ""),
    ("log", "ja", "家計簿アプリ：毎日の支出を記録したい", "log.title", ["log.date", "log.amount"], ""),
    ("log", "ru", "трекер расходов на каждый день", "log.title", ["log.date", "log.amount"], ""),
    ("log", "ar", "تطبيق لتسجيل مصاريفي كل يوم", "log.title", ["log.date", "log.amount"], ""),
    ("quiz", "es", "hazme un cuestionario: capital de Francia = París, capital de Italia = Roma, capital de Japón = Tokio", "quiz.title", [], ""),
    ("quiz", "de", "mach mir ein Quiz: Hauptstadt von Frankreich = Paris, Hauptstadt von Italien = Rom, Hauptstadt von Japan = Tokio", "quiz.title", [], ""),
    ("quiz", "ja", "クイズを作って：フランスの首都 = パリ、イタリアの首都 = ローマ、日本の首都 = 東京", "quiz.title", [], ""),
    ("quiz", "ru", "викторина: столица Франции = Париж, столица Италии = Рим, столица Японии = Токио", "quiz.title", [], ""),
    ("quiz", "ar", "اختبار قصير: عاصمة فرنسا = باريس، عاصمة إيطاليا = روما، عاصمة اليابان = طوكيو", "quiz.title", [], ""),
    ("timer", "es", "un temporizador de 5 minutos para los huevos", "timer.title", [], ""),
    ("timer", "fr", "un minuteur de 5 minutes pour les œufs", "timer.title", [], ""),
    ("timer", "ja", "卵をゆでる5分のタイマー", "timer.title", [], ""),
    ("timer", "ru", "таймер на 5 минут для яиц", "timer.title", [], ""),
    ("timer", "ar", "مؤقت 5 دقائق لسلق البيض", "timer.title", [], ""),
    ("picker", "es", "sorteo al azar para ver quién friega: Ana, Luis, Marta", "picker.pick.title", [], ""),
    ("picker", "fr", "tirage au sort pour savoir qui fait la vaisselle : Anne, Luc, Marie", "picker.pick.title", [], ""),
    ("picker", "de", "auslosen, wer abwäscht: Anna, Lukas, Marie", "picker.pick.title", [], ""),
    ("picker", "ja", "誰が皿洗いするかくじ引き：ハナ、ケン、ユキ", "picker.pick.title", [], ""),
    ("picker", "ru", "жеребьёвка, кто моет посуду: Аня, Лёша, Маша", "picker.pick.title", [], ""),
    ("picker", "ar", "قرعة عشوائية لمن يغسل الصحون: أحمد، سارة، ليلى", "picker.pick.title", [], ""),
]  # fmt: skip


def _labels(plan: AppPlan) -> list[str]:
    out = [i.label for i in plan.inputs] + [c.label for c in plan.computed]
    for view in plan.views:
        out += [f.name for f in getattr(view, "fields", [])]
    return out


@pytest.mark.parametrize(("app", "lang", "question", "title", "labels", "number"), CASES)
def test_the_planner_writes_the_app_in_the_askers_language(
    app, lang, question, title, labels, number
) -> None:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan)
    assert plan.language == lang  # the page's own words follow
    assert plan.title.split(":")[0] == say(lang, title)
    shown = _labels(plan)
    for key in labels:
        assert say(lang, key) in shown, (key, shown)
        assert EN[key] not in shown or say(lang, key) == EN[key], (key, shown)  # French "Date" is English too
    assert not ENGLISH.search(plan.answer), plan.answer
    assert number in plan.answer


def test_english_and_chinese_answers_are_as_they_were() -> None:
    plan = plan_of("mortgage calculator 300000 at 5% over 30 years")
    assert plan.title == "Mortgage calculator" and plan.language == ""
    assert plan.answer.startswith("Monthly payment on 300,000 at 5% over 30 years; change any input")
    assert [i.label for i in plan.inputs][:2] == ["Loan amount", "Interest rate"]
    zh = plan_of("贷款计算器，贷款30万，年利率5%，30年")
    assert zh.title == "贷款计算器" and zh.language == "" and zh.inputs[0].label == "贷款金额"
    assert zh.answer.startswith("300,000 元、年利率 5%、") and zh.answer.endswith("提前还款能缩短多少期限。")


def test_everyday_calculators_and_their_examples_in_the_askers_language() -> None:
    plan = plan_of("calculadora de combustible: 250 km con un consumo de 6,5 l/100 km")
    assert plan.title == "Coste de combustible" and plan.language == "es"
    assert [i.label for i in plan.inputs] == ["Distancia", "Consumo", "Precio del combustible por litro"]
    assert plan.answer.startswith("Valores de ejemplo, no los tuyos, para: precio del combustible por litro")
    de = plan_of("Spritkostenrechner für 250 km")
    assert "Beispielwerte" in de.answer and "Verbrauch" in de.answer  # German nouns keep their capital


# ------------------------------------------------------------------------------------------- page


def test_the_page_words_follow_the_plans_language() -> None:
    plan = plan_of("un temporizador de 5 minutos para los huevos")
    html = render(plan).to_html()
    block = re.search(r"<script type=\"application/json\" data-va-app>(.*?)</script>", html, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    assert data["words"]["start"] == "Iniciar" and data["words"]["reset"] == "Reiniciar"
    english = json.loads(
        re.search(
            r"data-va-app>(.*?)</script>", render(plan_of("a 5 minute egg timer")).to_html(), re.S
        ).group(1)  # type: ignore[union-attr]
    )
    assert english["words"] == dict(words(""))


def test_the_tools_say_their_notes_in_the_plans_language() -> None:
    counter = parse_plan(
        {"kind": "app", "title": "Marcador", "language": "es",
         "views": [{"type": "counter", "items": ["Ana", "Ben"], "target": 21, "every": 7}]}
    )  # fmt: skip
    assert isinstance(counter, AppPlan)
    state = evaluate(counter)
    assert (
        state.views[0].note.startswith("Un aviso cada vez")
        and "Gana el primero en llegar a 21" in state.views[0].note
    )
    t = tools.Tally.fresh(2)
    for _ in range(21):
        t.press(counter.views[0], 1, True)
    assert (
        tools.counter_lines(counter.views[0], ["Ana", "Ben"], t, "es").winner
        == "Ben llegó primero a 21 y gana"
    )
    assert tools.counter_lines(counter.views[0], ["Ana", "Ben"], t).winner == "Ben reached 21 first and wins"
    picker = parse_plan(
        {"kind": "app", "title": "Tirage", "language": "fr-FR", "views": [{"type": "picker", "items": [], "mode": "teams", "count": 3}]}
    )  # fmt: skip
    assert isinstance(picker, AppPlan) and picker.language == "fr"  # lenient: a region is dropped
    assert evaluate(picker).views[0].text == "Faire 3 équipes"
    odd = parse_plan({"kind": "app", "title": "x", "language": 12, "views": [{"type": "timer"}]})
    assert (
        isinstance(odd, AppPlan) and odd.language == "" and evaluate(odd).views[0].note.startswith("Type a")
    )


def test_a_log_alert_is_stated_in_the_plans_language() -> None:
    plan = plan_of("una app para registrar guantes: fecha, cajas restantes; avísame si baja de 3")
    assert isinstance(plan, AppPlan) and plan.language == "es"
    assert (
        "Avisa cuando Cajas restantes está por debajo de 3 en esta página (no envía mensajes)." in plan.answer
    )


def test_an_apps_figures_are_written_in_its_languages_marks() -> None:
    """'23,65' on a Spanish card, '1 234,5' in French; the same plan in English keeps '23.65'."""
    plan = plan_of("calculadora de propinas: cuenta 86 €, propina 10 %, somos 4")
    assert plan.kind == "app" and plan.language == "es"
    state = evaluate(plan)
    from render.interactive_state import shown

    assert shown(plan, "each", state.values["each"]) == "23,65"
    english = plan.model_copy(update={"language": "en"})
    assert shown(english, "each", state.values["each"]) == "23.65"
    assert tools.fmt(1234.5, 1, "", "", "fr") == "1\u202f234,5" and tools.fmt(1234.5, 1) == "1,234.5"
    payload = json.loads(
        re.search(
            r'<script[^>]*type="application/json"[^>]*>(.*?)</script>', render(plan).to_html(), re.S
        ).group(1)
    )
    assert payload["marks"] == ",."  # the live page writes its digits the same way (app.js `fmt`)


@pytest.mark.slow
def test_browser_a_spanish_app_shows_spanish_digits(tmp_path: Path) -> None:
    from tests import browser

    why = browser.missing()
    if why:
        pytest.skip(why)
    plan = plan_of("calculadora de propinas: cuenta 86 €, propina 10 %, somos 4")
    path = tmp_path / "es.html"
    path.write_text(render(plan).to_html(), encoding="utf-8")
    with browser.chromium() as b:
        page = b.new_context().new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("[data-va-metric=each]")
        assert page.locator("[data-va-metric=each]").inner_text().strip().endswith("23,65")
