"""Round 11 of the rules planner, with sentences written for this test (none taken from a labelled
set): costs shared among several payers, readings written down on a schedule, tools asked for by
what they are for, timers and counters in more words, a one-rep max, averages asked before the
numbers, numbered labels with colons, asides on values, arrows read right to left, org charts in
Hindi, summaries in so many sentences, and the false friends that had picked a form ("animatori",
"スツール", "resmi bir dilekçe", "стартапа")."""

from __future__ import annotations

import re

import pytest

from generators.rules import route
from generators.rules.arithmetic import arithmetic
from generators.rules.content import split_items, supplied
from generators.rules.extract import extract_data
from render.interactive_model import AppPlan, CounterView, LogView, TimerView
from render.interactive_state import evaluate
from tests.rules_plans import app_title, plan_of


def app_of(question: str) -> AppPlan:
    plan = plan_of(question)
    assert isinstance(plan, AppPlan), (question, plan.kind, getattr(plan, "answer", ""))
    return plan


# ------------------------------------------------------------------------------------ shared costs


def test_settle_up_names_amounts_and_balances() -> None:
    plan = app_of("we were camping, who owes whom? Priya 90, Tom 30, Lena 0")
    assert [i.label.split(" — ")[0] for i in plan.inputs] == ["Priya", "Tom", "Lena"]
    assert [i.default for i in plan.inputs] == [90.0, 30.0, 0.0]
    state = evaluate(plan)
    assert state.values["total"] == 120
    assert state.values["share"] == 40
    results = [state.values[f"paid_{k}_result"] for k in (1, 2, 3)]
    assert results == ["gets back 50", "owes 10", "owes 40"]
    # the balances sum to zero: nobody is owed money that nobody owes
    owed = sum(float(r.split()[-1]) * (1 if r.startswith("gets") else -1) for r in results)
    assert owed == 0


def test_settle_up_in_other_languages_keeps_their_names() -> None:
    plan = app_of("AA制算一下：阿明付了200，小红付了100")
    assert [i.label.split(" — ")[0] for i in plan.inputs] == ["阿明", "小红"]
    assert [i.default for i in plan.inputs] == [200.0, 100.0]
    plan = app_of(
        "dividiamo le spese del weekend tra 3 amici, ognuno ha pagato cose diverse: chi deve dare soldi a chi?"
    )
    assert len(plan.inputs) == 3  # three friends, counted as written
    assert all(i.default == 0 for i in plan.inputs)  # no amount made up
    assert "example" not in plan.answer.lower()


def test_settle_up_without_people_says_its_four_are_examples() -> None:
    plan = app_of(
        "something that works out who owes what after the ski trip, everyone paid for different things"
    )
    assert len(plan.inputs) == 4
    assert plan.answer.startswith("Four people as an example")


def test_one_bill_split_stays_the_bill_splitter() -> None:
    """One amount shared by n people is no settle-up: the bill splitter, and "n분의 1" is no figure."""
    plan = app_of("割り勘アプリ作って、金額と人数を入れたら一人分が出るやつ")
    assert {i.name for i in plan.inputs} >= {"bill", "people"}
    plan = app_of("n분의 1 계산기 만들어줘")
    bill = next(i for i in plan.inputs if i.name == "bill")
    assert bill.default != 1  # the "1" of "n분의 1" is not the bill
    assert plan.answer.startswith("예시 값")  # "Example values, not yours": said in Korean


# ------------------------------------------------------------------ readings written on a schedule


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("ich möchte die Temperaturen im Gefrierschrank zweimal täglich eintragen", "Temperaturen"),
        ("血圧を毎晩記録したい、アプリ作って", "血圧"),
        ("मुझे हर सुबह अपना वज़न दर्ज करना है", "वज़न"),
        ("I need to record my blood sugar twice a day for the nurse", "Blood sugar"),
    ],
)
def test_a_reading_recorded_on_a_schedule_is_a_log_of_it(question: str, field: str) -> None:
    assert route(question).kind == "app"
    plan = app_of(question)
    log = next(v for v in plan.views if isinstance(v, LogView))
    names = [f.name for f in log.fields]
    assert field.lower() in [n.lower() for n in names], names
    number = next(f for f in log.fields if f.name.lower() == field.lower())
    assert number.type == "number"
    assert log.rows == []  # no reading made up


def test_recording_once_is_no_log() -> None:
    assert route("I recorded a podcast yesterday about our trip, write a blurb for it").kind != "app"


# -------------------------------------------------------------------- tools asked by what they do


@pytest.mark.parametrize(
    "question",
    [
        "quiero algo para anotar cuántas páginas leo cada noche",
        "un truc pour noter les heures de baby-sitting de la semaine",
        "etwas zum Abhaken für den Wocheneinkauf: Milch, Brot, Eier",
        "आज की बिक्री का हिसाब रखने के लिए कुछ बना दो",
        "洗濯物の当番を記録できるアプリ",
        "kermes için bir takip ekranı lazım",
        "أبغى شي أحسب فيه ساعات الشغل",
        "a tracker for my guitar practice",
        "ランニングのトラッカーがほしい",
    ],
)
def test_something_made_for_a_job_is_an_app(question: str) -> None:
    assert route(question).kind == "app", route(question)


def test_sliders_in_other_languages_are_an_app() -> None:
    for q in (
        "qualcosa con dei cursori per provare prezzo e quantità",
        "un simulador con deslizadores para el alquiler",
    ):
        assert route(q).kind == "app", q


def test_a_french_chrono_is_a_timer_with_rounds_not_seconds() -> None:
    plan = app_of("chrono pour le gainage : 40 s d'effort, 20 s de repos, 6 tours")
    timer = next(v for v in plan.views if isinstance(v, TimerView))
    assert [p.seconds for p in timer.presets] == [40, 20]  # "6 tours" is no third duration
    assert [p.label for p in timer.presets] == ["effort", "repos"]
    assert timer.rounds == 6 and timer.sequence


def test_a_counter_pressed_with_a_target_says_when_it_is_reached() -> None:
    plan = app_of("contador de pontos do tricô que eu aperto a cada volta e avisa quando chegar em 40")
    counter = next(v for v in plan.views if isinstance(v, CounterView))
    assert counter.target == 40
    assert (
        "chegar a 40" in plan.answer and "Ganha" not in plan.answer
    )  # "tells you when it reaches 40", in Portuguese


def test_one_rep_max_is_epley_with_the_users_figures() -> None:
    plan = app_of("1RM calculator: I did 100 kg for 5 reps")
    assert {i.name: i.default for i in plan.inputs} == {"weight": 100.0, "reps": 5.0}
    assert round(evaluate(plan).values["one_rm"], 1) == 116.7
    assert "Epley" in plan.answer


def test_a_water_log_names_what_is_written_down_and_no_word_as_unit() -> None:
    plan = app_of(
        "quiero algo para apuntar las tazas de café que tomo al día, con meta de 3 y que empiece de cero"
    )
    log = next(v for v in plan.views if isinstance(v, LogView))
    assert [f.name for f in log.fields][1] == "Tazas de café"
    assert log.goal == 3
    assert all(f.unit != "y" for f in log.fields)


# ------------------------------------------------------------------------------ numbers as written


def test_an_average_asked_before_the_numbers_is_worked_out() -> None:
    assert arithmetic("How many km did I run per day on average? 5, 7.5, 0 (rest day), 10") == (
        "mean of 5, 7.5, 0, 10 = **5.62**"
    )
    assert arithmetic("Wie viele Seiten hab ich im Schnitt gelesen? 20, 35,5, 0, 12") == (
        "mean of 20, 35.5, 0, 12 = **16.88**"
    )
    assert arithmetic("How many km did I run? 5, 7.5, 10") is None  # no average asked


def test_numbered_labels_before_a_colon_keep_their_word() -> None:
    data = extract_data("leads per sprint: sprint 1: 12, sprint 2: 19, sprint 3: 15")
    assert data is not None and data.categories == ["sprint 1", "sprint 2", "sprint 3"]
    assert data.values == [12, 19, 15]
    data = extract_data("visits 2021: 300, 2022: 410, 2023: 380")
    assert data is not None and data.categories == ["2021", "2022", "2023"]


def test_an_aside_on_a_value_does_not_break_the_series() -> None:
    data = extract_data("crowd at our home games: 210, 260 (cup tie!), 190, 230")
    assert data is not None and data.values == [210, 260, 190, 230]


def test_and_between_two_times_of_one_item_keeps_them_together() -> None:
    assert split_items("ibuprofen at 9am and 9pm; vitamin D at 9am; iron at noon") == [
        "ibuprofen at 9am and 9pm",
        "vitamin D at 9am",
        "iron at noon",
    ]
    assert split_items("shifts 6:00, 14:00 and 22:00") == ["shifts 6:00", "14:00", "22:00"]
    assert split_items("cake, candles, and balloons") == ["cake", "candles", "balloons"]


def test_a_request_then_its_points_is_the_content() -> None:
    found = supplied(
        "Could you make slides for the PTA meeting? bake sale results, new crossing guard, and spring fair"
    )
    assert found is not None
    assert found.lead.lower().startswith("pta meeting") or "pta" in found.lead.lower()
    assert found.items == ["bake sale results", "new crossing guard", "spring fair"]
    # asking for help or a check is not asking for the list to be laid out
    assert (
        supplied("can you check my sums? 120, 135, 118, total 383") is None
        or route("can you check my sums? 120, 135, 118, total 383").kind == "text"
    )
    assert route("can you make a picture of it? two tiers, lemon icing, and blue flowers").kind == "image"


# ----------------------------------------------------------------------------- diagrams in writing


def test_arrows_in_arabic_read_right_to_left() -> None:
    plan = plan_of("مخطط لخطوات التسجيل: تعبئة النموذج ← دفع الرسوم ← استلام البطاقة")
    assert plan.kind == "diagram"
    order = [n.label for n in plan.nodes]
    assert order == ["تعبئة النموذج", "دفع الرسوم", "استلام البطاقة"]
    assert {(e.source, e.target) for e in plan.edges} == {("n1", "n2"), ("n2", "n3")}


def test_hindi_org_chart_under_them() -> None:
    plan = plan_of("क्लब का ढांचा: प्रधान रमेश जी; उनके नीचे सचिव और खजांची; सचिव के नीचे दो स्वयंसेवक")
    assert plan.kind == "diagram"
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], labels[e.target]) for e in plan.edges}
    assert ("प्रधान रमेश जी", "सचिव") in edges and ("प्रधान रमेश जी", "खजांची") in edges
    assert ("सचिव", "दो स्वयंसेवक") in edges


def test_a_flow_to_be_drawn_in_japanese_is_a_diagram_even_with_an_input_step() -> None:
    assert route("受付の流れを図にしたい。来店→受付票に記入→番号を入力→呼び出し").kind == "diagram"


# ---------------------------------------------------------------------------- words, not pictures


@pytest.mark.parametrize(
    "question",
    [
        "Scrivimi una risposta gentile: il pacco arriverà lunedì 12 tra le 8 e le 14",
        "Belediyeye resmi bir dilekçe yazar mısın? Sokak lambası 3 haftadır yanmıyor",
        "Vat dit samen in twee zinnen: de vergadering duurde 3 uur en we kozen 2 nieuwe leden",
        "Resume en dos frases: ventas 120, 135 y 118",
    ],
)
def test_writing_and_summaries_in_so_many_sentences_are_text(question: str) -> None:
    assert route(question).kind == "text", route(question)


def test_lines_are_not_sentences() -> None:
    assert route("chart of visits: Jan 40, Feb 55, Mar 61, show it in two lines").kind == "chart"


@pytest.mark.parametrize(
    ("question", "not_kind"),
    [
        (
            "Presentazione per il campo estivo: orari, gite, cerchiamo animatori, quote. Fammi tre slide",
            "animation",
        ),
        ("木のスツールの写真みたいな画像、脚は4本", "app"),
        ("таймлайн проекта: март запуск, июнь первый клиент, декабрь 100 клиентов — для стартапа", "app"),
    ],
)
def test_false_friends_pick_no_form(question: str, not_kind: str) -> None:
    assert route(question).kind != not_kind, route(question)


def test_animate_it_alone_is_no_generated_clip() -> None:
    plan = plan_of("animate it")
    assert plan.kind == "text"


def test_a_mood_board_is_a_picture_of_the_users_words() -> None:
    plan = plan_of("moodboard for the shop window: sage green, linen, dried lavender, brass")
    assert plan.kind == "image"
    assert all(w in plan.prompt for w in ("sage green", "linen", "dried lavender", "brass"))


def test_russian_tap_word_needs_its_own_word() -> None:
    assert not re.search(r"\bтапа", "стартапа")  # the guard the cue now has, in the router's terms
    assert route("нажимаю на экран и счётчик прибавляет один").kind == "app"


# ------------------------------------------------------------------------------------- second pass


def test_a_japanese_middle_dot_parts_items_but_not_a_foreign_name() -> None:
    assert split_items("読書・散歩・料理") == ["読書", "散歩", "料理"]
    assert split_items("レオナルド・ダ・ヴィンチ、モネ") == ["レオナルド・ダ・ヴィンチ", "モネ"]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Trinkgeldrechner für die Pizzeria, wir sind fünf", "Tip splitter"),
        ("카페 창업 손익분기점 계산기 만들어 줘", "Break-even calculator"),
        ("calculadora de juros compostos para a minha poupança", "Savings calculator"),
    ],
)
def test_catalogue_calculators_by_their_names_in_other_languages(question: str, title: str) -> None:
    assert app_of(question).title == app_title(title, question)  # in the asker's language


def test_a_hierarchy_told_from_the_top_down() -> None:
    plan = plan_of(
        "who reports to whom at the bakery: the owner on top, then two bakers, and each baker has an apprentice"
    )
    assert plan.kind == "diagram" and plan.diagram_type == "tree"
    labels = {n.id: n.label for n in plan.nodes}
    edges = {(labels[e.source], labels[e.target]) for e in plan.edges}
    assert edges == {("owner", "two bakers"), ("two bakers", "apprentice")}  # the article dropped
    # a story is no hierarchy
    from generators.rules.relations import relation_graph

    assert relation_graph("I was on top of the world, then we drove home and each of us had a nap") is None


def test_two_series_then_an_ask_after_them() -> None:
    data = extract_data("rainfall Bergen vs Oslo (mm): jan 190/50, apr 100/40, jul 140/80, compare them")
    assert data is not None and data.categories == ["jan", "apr", "jul"]
    assert data.groups == [("Bergen", [190, 100, 140]), ("Oslo", [50, 40, 80])]


def test_key_number_cards_are_cards_in_any_language() -> None:
    for q in (
        "key number cards for the club report: 120 members, 14 coaches, 3 pitches",
        "Kennzahlen für den Jahresbericht: 120 Mitglieder, 14 Trainer, 3 Plätze",
        "أرقام رئيسية للنادي: 120 عضو، 14 مدرب، 3 ملاعب",
    ):
        assert route(q).kind == "infographic", q


def test_a_possessive_on_a_value_names_it() -> None:
    data = extract_data("Mia's on 21 points, Leo 17, Ivy 12")
    assert data is not None and data.categories == ["Mia", "Leo", "Ivy"] and data.values == [21, 17, 12]


def test_records_typed_in_the_message_are_explored_as_typed() -> None:
    import xml.etree.ElementTree as ET

    from render import render
    from render.interactive_state import app_table

    plan = app_of(
        "let me filter and sort our bikes: Trek, road, 1200; Giant, mountain, 900; Cube, road, 1500"
    )
    assert plan.table is not None and plan.table.columns == ["Field 1", "Field 2", "Field 3"]
    assert [r[0] for r in plan.table.rows] == ["Trek", "Giant", "Cube"]  # every record, none added
    state = evaluate(plan, {"field_2": "road"}, app_table(plan, None))
    assert [r[0] for r in state.rows] == ["Trek", "Cube"]
    shown = " ".join(ET.fromstring(render(plan).to_svg()).itertext())
    assert "Giant" in shown and "Trek" in shown
    # years are when, not amounts: a year column is no measure to total
    plan = app_of(
        "vorrei filtrare questi: Rossi, magazzino, 2015; Bianchi, vendite, 2019; Verdi, magazzino, 2021"
    )
    assert plan.table is not None and plan.table.columns[-1] == "Anno"
    assert not any("sum(" in c.formula for c in plan.computed)


def test_an_arabic_logo_for_a_shop_is_a_picture_and_a_slogan_is_not() -> None:
    assert route("أبغى شعار لمقهى اسمه 'سحاب' بألوان هادئة").kind == "image"
    assert route("أبغى شعار الحملة يكون قصير وقوي").kind == "text"


# ------------------------------------------------------------------ third pass: words in other senses


@pytest.mark.parametrize(
    "question",
    [
        "Tengo que contar en la asamblea lo del huerto: turnos, herramientas, cuotas. Algo que vaya pasando en el proyector mientras hablo",
        "Ik moet op de ledenvergadering vertellen over de verbouwing: planning, kosten, overlast. Iets voor op het digibord",
        "Na zebraniu mam 10 minut o remoncie: terminy, koszty, utrudnienia. Coś do wyświetlenia z rzutnika",
        "Через неделю защищаю диплом: цели, методы, результаты. Нужно то, что будет на экране у меня за спиной",
    ],
)
def test_something_for_the_projector_while_talking_is_a_deck(question: str) -> None:
    assert route(question).kind == "slides", route(question)


def test_a_projector_to_fix_names_no_deck() -> None:
    assert route("mi proyector no enciende, ¿qué hago?").kind == "text"


@pytest.mark.parametrize(
    "question",
    [
        "Keine Folien bitte, ich brauch nur zwei Sätze für die Begrüßung",
        "não quero slide nem nada, só me diz o que falar na reunião",
        "ik hoef geen grafiek, gewoon het totaal: 12,50 + 8,- + 3,25",
        "grafik falan istemiyorum, sadece ortalamasını söyle: 10, 12, 14",
    ],
)
def test_a_form_refused_and_words_asked_is_text(question: str) -> None:
    assert route(question).kind == "text", route(question)


def test_a_total_asked_of_a_sum_is_worked_out_not_checked() -> None:
    assert arithmetic("no chart, just the total: 120 + 45.50 + 80") == "sum of 120, 45.5, 80 = **245.5**"
    assert arithmetic("gewoon het totaal: 12,50 + 8,- + 3,25") == "sum of 12.5, 8, 3.25 = **23.75**"
    assert (
        arithmetic("sadece ortalamasını söyle: 18.400, 21.250, 19.900 TL")
        == "mean of 18,400, 21,250, 19,900 = **19,850**"
    )
    from generators.rules.checks import checked

    assert checked("just the total: 120 + 45.50 + 80", "en") is None  # 120 is a term, not a claimed total


@pytest.mark.parametrize(
    ("question", "not_kind"),
    [
        ("عندي عقد مؤقت لسنة، هل يحق لي إجازة؟", "app"),
        ("스팀다리미 말고 슬라이드 신고 갈 만한 해변 추천해 줘", "slides"),
        ("スライド式の収納を買うか迷ってる、どう思う？", "slides"),
        ("アニメ好きの息子におすすめの本は？", "animation"),
        ("女儿想读动画专业，好找工作吗？", "animation"),
        ("女儿想读动画专业，好找工作吗？", "image"),
        ("老板又在画饼了，怎么办？", "image"),
        ("Ich will mir erst ein Bild machen: was kostet eine Staffelmiete?", "image"),
        ("cosa cambia con il disegno di legge sul lavoro?", "image"),
        ("Ik heb een doos dia's van mijn oma, hoe digitaliseer ik die?", "slides"),
        ("Vou mandar fazer na gráfica uns cartões de visita, quanto custa em média?", "chart"),
        ("애니메이션 동아리 회식 장소 추천해 줘", "animation"),
    ],
)
def test_form_words_in_other_senses(question: str, not_kind: str) -> None:
    assert route(question).kind != not_kind, route(question)


def test_a_broken_tool_is_a_repair_question() -> None:
    assert route("Таймер на мультиварке не запускается, можно починить самому?").kind == "text"
    assert route("炊飯器のタイマーが動かない。故障？").kind == "text"
    assert route("build me a kitchen timer for 10 minutes").kind == "app"


def test_pictures_asked_in_more_words() -> None:
    for q in (
        "Köpeğimi Osmanlı paşası kılığında görmek istiyorum, minyatür tarzında",
        "كيف بيكون شكل الصالة لو صبغناها أخضر زيتي؟",
        "Vou mandar fazer na gráfica um adesivo pra minha loja, com um gato dormindo. Como ficaria?",
        "スライド式の本棚を置いたらどんな感じになるか見てみたい",
    ):
        assert route(q).kind == "image", (q, route(q))


def test_random_groups_in_korean() -> None:
    assert route("동아리 MT 조 짜기: 이름 붙여넣으면 4명씩 랜덤 배정").kind == "app"


def test_a_heading_with_a_number_is_no_item_and_times_are_not_totalled() -> None:
    question = "娘の100m走のタイム\n1年 19.8秒\n2年 18.9秒\n3年 18.1秒"
    data = extract_data(question)
    assert data is not None and data.categories == ["1年", "2年", "3年"]
    assert data.values == [19.8, 18.9, 18.1]
    plan = plan_of(question)
    assert plan.kind == "chart"
    assert "合計" not in plan.answer  # times of separate runs are compared, never added up


def test_org_charts_with_under_and_who_has() -> None:
    from generators.rules.relations import relation_graph

    g = relation_graph("Ons team: Eva is teamleider, onder haar Bas en Lot, onder Bas twee stagiairs")
    assert g is not None
    labels = g.labels
    edges = {(labels[a], labels[b]) for a, b in g.edges}
    assert ("Bas", "twee stagiairs") in edges and any(b == "Lot" for _, b in edges)
    g = relation_graph("the board at the top, then the director, who has the finance team and the ops team")
    assert g is not None
    edges = {(g.labels[a], g.labels[b]) for a, b in g.edges}
    assert edges == {("board", "director"), ("director", "finance team"), ("director", "ops team")}


def test_a_flow_in_arabic_runs_right_to_left_and_a_french_courbe_is_a_line() -> None:
    plan = plan_of("مخطط لخطوات التسجيل: تعبئة النموذج ← دفع الرسوم ← استلام البطاقة")
    assert plan.direction == "RL"
    assert plan_of("flow: sign up -> pay -> get the card").direction == "LR"
    plan = plan_of("présence au club : sem 1 : 12, sem 2 : 15, sem 3 : 11, une courbe stp")
    assert plan.kind == "chart" and plan.chart_type == "line"


def test_a_magnitude_after_typed_digits_stays_with_them() -> None:
    from generators.rules.spelled import spelled_numbers

    text = "frete janeiro 12 mil fevereiro 15 mil março 11 mil"
    assert spelled_numbers(text, "pt") == text  # "12 mil" is twelve thousand, not 12 and 1000
    data = extract_data("quanto a gente gastou com frete: janeiro 12 mil, fevereiro 15 mil, março 11 mil")
    assert data is not None and data.values == [12, 15, 11] and data.unit == "thousand"


def test_tool_cues_yield_to_a_form_named_outright() -> None:
    assert route("Draw a cartoon of kids going down a playground slider").kind == "image"
    assert route("Disegna un gatto che insegue i cursori del mouse").kind == "image"
    q = "we split the wedding costs. Draw a chart of costs: venue 5000, food 3000, music 1200"
    assert route(q).kind == "chart"
