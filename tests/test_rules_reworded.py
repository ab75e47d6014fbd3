"""Reworded and translated requests the rules planner already answered in one wording: the same
mechanism has to hold in the other (found by paraphrasing dev questions of the v4–v6 sets)."""

from __future__ import annotations

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.extract import extract_data, time_axis
from generators.rules.numbers import comma_decimals, find_numbers

PLANNER = RulesPlanner()


def kind(question: str) -> str:
    return PLANNER.plan(PlanRequest(question=question)).plan.kind


def test_decimal_commas_are_read_from_the_numbers_when_the_language_is_not_known() -> None:
    question = "punti a partita in questa stagione: LeBron 25,7, AD 24,1, Reaves 15,9, Russell 18,0"
    data = extract_data(question)
    assert data is not None
    assert data.categories == ["LeBron", "AD", "Reaves", "Russell"]
    assert data.values == [25.7, 24.1, 15.9, 18.0]
    assert comma_decimals("1,5 and 2,25 kg") and not comma_decimals("1,500 and 2,25")
    assert not comma_decimals("options 1,2 and 3")  # one tight comma is a list, not a locale
    assert [n.value for n in find_numbers("revenue 1,200 and 3.5")] == [1200, 3.5]


@pytest.mark.parametrize(
    ("labels", "axis"),
    [
        (["sept", "oct", "nov", "dic"], "month"),
        (["ene", "feb", "mar"], "month"),
        (["pon", "wt", "śr", "czw", "pt"], "weekday"),
        (["lun", "mar", "mer"], "weekday"),
        (["Mon", "Tue"], "weekday"),
        (["do", "mi"], ""),  # two short words are not a week
    ],
)
def test_month_and_weekday_names_in_other_languages_make_a_time_axis(labels: list[str], axis: str) -> None:
    assert time_axis(labels) == axis


def test_abbreviated_labels_with_a_point_keep_their_values() -> None:
    question = "ile osób przyjęto na oddział każdego dnia w tym tygodniu: pon. 5, wt. 3, śr. 7, czw. 4, pt. 6, sob. 2, niedz. 1"
    data = extract_data(question)
    assert data is not None and data.values == [5, 3, 7, 4, 6, 2, 1] and data.time_like
    spanish = "porcentaje de asistencia mensual: sept 82 %, oct 76 %, nov 88 %, dic 64 %"
    assert kind(spanish) == "chart"


def test_ordinals_in_dutch_and_french_are_ranks_not_values() -> None:
    assert extract_data("maak er een grafiek van: 1e plaats Tanaka, 2e Sato, 3e Suzuki") is None
    assert [n.value for n in find_numbers("le 2e étage, 14 places")] == [14]


def test_a_form_refused_with_dont_or_corrected_with_finalement_is_no_cue() -> None:
    handout = (
        "Please don't make slides. I want a single-page handout listing the steps: open the portal, "
        "click forgot password, check your inbox, then choose a new password."
    )
    assert kind(handout) == "infographic"
    changed = (
        "Je voulais une présentation, mais finalement non : juste un schéma. Le juriste valide, "
        "puis le DAF valide, puis le DG signe."
    )
    assert kind(changed) == "diagram"


@pytest.mark.parametrize(
    "question",
    [
        "Training tomorrow morning. Need slides to click through on FIFO, picking, stocktaking and safety.",
        "Hab morgen früh die Lagerschulung. Brauche Folien zum Durchklicken zu FIFO, Kommissionierung, Inventur und Arbeitssicherheit.",
        "quero fazer uns slides pro aniversário do meu pai, contando a infância dele, o casamento e os netos",
        "I want slides for my dad's birthday, telling about his childhood, the wedding and the grandkids",
    ],
)
def test_a_deck_on_topics_the_user_names_lays_them_out(question: str) -> None:
    plan = PLANNER.plan(PlanRequest(question=question)).plan
    assert plan.kind == "slides"
    shown = " ".join(b for s in plan.slides for b in s.bullets).lower()
    assert (
        "fifo" in shown or "infância" in shown or "childhood" in shown
    ) and "wedding" not in plan.title.lower()


@pytest.mark.parametrize(
    "question",
    [
        "أبغى أنيميشن لشروق الشمس",
        "毎月数字が変わっていくのを見たい：1月50、2月70、3月65、4月90",
        "شغّل هذه البيانات شهرًا بشهر: يناير 10، فبراير 14، مارس 9",
        "表彰式ビデオのオープニング用に、ボールがゴールに入る短い動く映像がほしい",
    ],
)
def test_motion_asked_for_in_arabic_and_japanese_is_an_animation(question: str) -> None:
    assert kind(question) == "animation"


def test_a_quiz_competition_in_turkish_is_not_a_race() -> None:
    assert kind("ikinci sınıflar için çarpım tablosu bilgi yarışması lazım") != "animation"


ITINERARY = (
    'Mi madre me mandó esto por WhatsApp y quiere "algo bonito para imprimir"\n\n'
    "Sáb 12/4 – vuelo IB3170 MAD 08:15 → LIS 08:30\n"
    "Dom 13/4 – excursión a Sintra 9:00, 35€ por persona\n"
    "Lun 14/4 – tranvía 28 + Alfama, libre\n"
    "Mar 15/4 – vuelo IB3173 LIS 19:40 → MAD 22:00"
)


def test_a_pasted_itinerary_is_a_timeline_to_print_not_a_flow_of_arrows() -> None:
    from generators.rules.router import route, schedule

    assert schedule(ITINERARY.split("\n\n", 1)[1])
    assert not schedule("- flour\n- eggs\n- milk\n- butter")
    r = route(ITINERARY)
    assert r.kind == "infographic"
    # an arrow between two clock times is a journey's leg; between steps it is still a flow
    assert route("sign up → verify email → first login, as a flowchart").kind == "diagram"


def test_just_tell_me_over_numbers_or_a_pasted_list_is_a_written_answer() -> None:
    assert (
        kind("दो loan offer हैं, कौन सा सस्ता पड़ेगा? बस बताओ\nBank A: 9.5% 5 साल\nBank B: 8.9% 7 साल") == "text"
    )
    gyms = (
        "which gym works out cheapest for me if I go about 3 times a week? just tell me\n"
        "- PureFit: £25 a month\n- CityGym: £5 per visit\n- FlexClub: £15 a month + £2 per visit"
    )
    assert kind(gyms) == "text"


def test_turkish_thursday_is_a_label_and_per_100_km_still_a_rate() -> None:
    data = extract_data(
        "Son bir haftanın sabah nabzı, grafik olarak:\nPzt 72, Sal 70, Çar 75, Per 69, Cum 68, Cmt 66, Paz 65"
    )
    assert data is not None and data.values == [72, 70, 75, 69, 68, 66, 65]
    assert [n.value for n in find_numbers("fuel 6 litres per 100 km")] == [6]


@pytest.mark.parametrize(
    ("question", "items"),
    [
        (
            "we never agree what to play, here's our shelf. make me a thing that picks one at random when I press a button\n"
            "- Wingspan\n- Catan\n- Azul\n- Spirit Island (only if Ben's there)",
            ["Wingspan", "Catan", "Azul", "Spirit Island (only if Ben's there)"],
        ),
        (
            "Unsere Radtouren-Liste für den Sommer:\n- Elberadweg\n- Mauerweg Nord\n- Havelland-Radweg\n"
            "Bau mir was, das per Klick eine Tour zufällig auswählt.",
            ["Elberadweg", "Mauerweg Nord", "Havelland-Radweg"],
        ),
        (
            "Наш клуб настольных игр, вот список:\nКаркассон, Манчкин, Билет на поезд\n"
            "Сделай штуку, которая по нажатию выбирает игру случайно.",
            ["Каркассон", "Манчкин", "Билет на поезд"],
        ),
    ],
)
def test_a_pick_at_random_asked_after_or_before_a_pasted_list_draws_from_it(
    question: str, items: list[str]
) -> None:
    plan = PLANNER.plan(PlanRequest(question=question)).plan
    assert plan.kind == "app"
    assert all(it in plan.answer for it in items)


def test_sets_times_reps_are_no_teams_and_a_calculator_over_a_price_list_is_no_quiz() -> None:
    rehab = "医生让我每天做这几个康复动作：\n- 抬腿 3组×10个\n- 踮脚 3组×15个\n能做个小工具，每天打勾吗？"
    plan = PLANNER.plan(PlanRequest(question=rehab)).plan
    assert plan.kind == "app" and "team" not in plan.answer.lower() and "随机" not in plan.answer
    cakes = (
        "Tabela da minha confeitaria:\n- Bolo 1kg: R$ 90\n- Bolo 2kg: R$ 160\n- Taxa de entrega: R$ 15\n"
        "Quero uma calculadora simples onde a cliente escolhe e vê o total."
    )
    plan = PLANNER.plan(PlanRequest(question=cakes)).plan
    assert "reveal each answer" not in plan.answer  # the flashcards answer: never cards made of prices


@pytest.mark.parametrize(
    "question",
    [
        "can you draw how a bill becomes a law? committee, floor vote, other chamber, president signs",
        "show my 7 year old how a frog grows as a picture with arrows: frogspawn, tadpole, froglet, frog",
    ],
)
def test_a_picture_of_how_something_happens_is_a_diagram(question: str) -> None:
    assert kind(question) == "diagram"


def test_a_caption_with_a_time_under_a_looping_scene_is_no_data() -> None:
    question = (
        "Bisiklet grubumuzun WhatsApp duyurusu için döngüde dönen bir bisiklet tekerleği animasyonu yapar mısın? "
        'Altında "Pazar 08:00 Caddebostan" yazsın.'
    )
    assert kind(question) == "animation"
    plan = PLANNER.plan(PlanRequest(question=question)).plan
    assert plan.scenes[0].visual.caption == "Pazar 08:00 Caddebostan"  # shown under the scene, not drawn
    assert "08:00" not in plan.scenes[0].visual.prompt
    arabic = (
        'نبغى أنيميشن قصير يتكرر: شجرة صغيرة تكبر وتطلع أوراقها، ومكتوب تحتها "ازرع شجرة، السبت 8 صباحاً".'
    )
    assert kind(arabic) == "animation"


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "visitantes por dia:\n01/05/2024 – 120\n02/05/2024 – 98\n03/05/2024 – 143\nconsegue mostrar isso num gráfico?",
            [120, 98, 143],
        ),
        (
            "Can you graph this? errors per 10 minutes:\n- 09:10 → 4\n- 09:20 → 188\n- 09:30 → 412",
            [4, 188, 412],
        ),
        ("Tu peux m'en faire un graphique ?\nS28 : 1,2\nS29 : 2,8\nS30 : 4,1", [1.2, 2.8, 4.1]),
    ],
)
def test_lines_of_a_date_or_time_and_one_value_are_a_pasted_series(
    question: str, values: list[float]
) -> None:
    from generators.rules.pasted import pasted_table

    found = pasted_table(question)
    assert found is not None
    table, _ = found
    assert list(table.iloc[:, 1]) == values
    assert kind(question) == "chart"


def test_a_process_narrated_after_the_ask_is_drawn_without_the_ask() -> None:
    plan = PLANNER.plan(
        PlanRequest(
            question="can you sketch our data pipeline? events go from the app into Kafka, then a stream processor, "
            "then the warehouse and finally the dashboards."
        )
    ).plan
    assert plan.kind == "diagram"
    labels = [n.label for n in plan.nodes]
    assert not any("sketch" in lb for lb in labels) and labels[-1] == "the dashboards"
    dutch = PLANNER.plan(
        PlanRequest(
            question="Kun je ons inkoopproces uittekenen? Eerst een aanvraag, dan goedkeuring door de manager, "
            "dan de bestelling en tot slot de factuur."
        )
    ).plan
    assert dutch.kind == "diagram" and dutch.diagram_type == "flowchart"
    assert [n.label for n in dutch.nodes][-1] == "de factuur"


def test_spending_exported_from_a_bookkeeping_app_is_data_not_an_app() -> None:
    question = "记账App导出来的每个月外卖支出（元）：1月860、2月1020、3月740、4月910，画个图看看"
    assert kind(question) == "chart"
    assert kind("想做一个记账小程序，每天记录花了多少钱") == "app"


def test_topics_after_a_deck_asked_for_with_a_question_mark_are_its_slides() -> None:
    plan = PLANNER.plan(
        PlanRequest(
            question="amanhã tenho que apresentar o projeto, você monta os slides? objetivo, cronograma, equipe e riscos"
        )
    ).plan
    assert plan.kind == "slides"
    assert [b.lower() for b in plan.slides[0].bullets] == ["objetivo", "cronograma", "equipe", "riscos"]


def test_year_lines_with_spaced_thousands_are_a_series_to_animate() -> None:
    question = (
        "Les abonnés de notre newsletter, à la fin de chaque année :\n2019 : 300\n2020 : 850\n2021 : 1 600\n"
        "2022 : 2 400\nJe voudrais une petite animation où la courbe monte."
    )
    from generators.rules.pasted import pasted_table

    found = pasted_table(question)
    assert found is not None and list(found[0].iloc[:, 1]) == [300, 850, 1600, 2400]
    assert kind(question) == "animation"


@pytest.mark.parametrize(
    "question",
    [
        'ChatGPT told me this — is it right?\n\n"A 401(k) and a Roth IRA are taxed the same way: you pay tax when you put money in."',
        "W wynikach mam: TSH 5,8 mIU/l (norma 0,27–4,2), FT4 1,1. Co to znaczy? Wytłumacz normalnie",
        "В анализах написано: гемоглобин 118 г/л, ферритин 9 нг/мл. Объясни, это плохо?",
        "Mama przysłała mi to zdjęcie rachunków przepisane ręcznie. Powiedz mi po prostu, co jest drogie: prąd 320 zł, gaz 180 zł, woda 95 zł",
    ],
)
def test_checking_or_explaining_what_was_pasted_is_a_written_answer(question: str) -> None:
    assert kind(question) == "text"


def test_numbered_sessions_and_an_incidents_times_are_laid_out_as_written() -> None:
    sessions = (
        "сколько раз подтянулся на каждой тренировке, график нарисуешь?\n1 — 4\n2 — 5\n3 — 5\n4 — 7\n5 — 8"
    )
    plan = PLANNER.plan(PlanRequest(question=sessions)).plan
    assert plan.kind == "chart" and plan.categories == ["#1", "#2", "#3", "#4", "#5"]
    assert plan.series[0].values == [4, 5, 5, 7, 8]
    incident = (
        "tech team ne ye bheja hai, iski timeline bana do customers ke liye:\n10:05 UPI payments fail\n"
        "10:12 team alerted\n10:40 bank partner problem found\n11:20 backup gateway on"
    )
    plan = PLANNER.plan(PlanRequest(question=incident)).plan
    assert plan.kind == "infographic"
    timeline = next(b for b in plan.blocks if b.type == "timeline")
    assert [e.date for e in timeline.events] == ["10:05", "10:12", "10:40", "11:20"]


def test_lecture_notes_are_a_source_and_a_presentation_a_destination() -> None:
    assert (
        kind(
            "lecture notes on the Krebs cycle are a mess. can this be a cycle diagram:\ncitrate → isocitrate → succinate → malate"
        )
        == "diagram"
    )
    sprint = "Bugs abiertos por sprint:\nSprint 12 → 48\nSprint 13 → 41\nSprint 14 → 44\n¿se puede ver en un gráfico para la presentación del trimestre?"
    assert kind(sprint) == "chart"


def test_make_this_readable_over_pasted_prose_is_one_page() -> None:
    dump = (
        "I'm handing over the dog-sitting to my neighbour for the week. Can you make this readable? I've dumped it all:\n\n"
        "Biscuit (the beagle) gets breakfast at 7:30 and dinner at 17:30, no chicken because she's allergic. "
        "Walk her twice a day for 30 to 40 minutes. The vet is Greenside Vets and the spare key is under the blue pot. "
        "Bins go out on Thursday night and the plants need water every other day."
    )
    assert kind(dump) == "infographic"


def test_arabic_draw_is_a_picture_and_a_chart_when_a_chart_is_named() -> None:
    assert kind("ارسم بيتًا ريفيًا دافئًا في الشتاء، على طريقة بطاقات المعايدة") == "image"
    assert kind("ارسم رسمًا بيانيًا للمبيعات: يناير 10، فبراير 14، مارس 9") == "chart"


@pytest.mark.parametrize(
    "question",
    [
        "我们U10球队赢了7场、平2场、输5场。这算胜多负少吗？只要回答是或不是，再说一下原因",
        "同じデータだけど、どの月が一番良かったか教えてくれるだけでいい：1月340、2月410、3月395",
    ],
)
def test_yes_or_no_and_just_tell_me_over_numbers_in_chinese_and_japanese_are_words(question: str) -> None:
    assert kind(question) == "text"


def test_a_rate_written_between_two_currencies_is_a_converter_with_that_rate() -> None:
    plan = PLANNER.plan(
        PlanRequest(question="make me a converter: 1 EUR = 1.08 USD, I type euros and it shows dollars")
    ).plan
    assert plan.kind == "app" and plan.computed[0].formula.replace(" ", "").endswith("*1.08")
    assert "Length" not in plan.title  # never a catalogue converter of something else
    yen = "銀行のレートは 100円 = 905ウォン でした。円を入れたらウォンがすぐ出る計算機を作ってほしいです。"
    plan = PLANNER.plan(PlanRequest(question=yen)).plan
    assert plan.kind == "app" and plan.inputs[0].default == 100
    assert plan.computed[0].formula.replace(" ", "").endswith("*9.05")


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("Marakeş'te eski bir çarşının yağlı boya tablosu", "image"),
        (
            "my home network, drawn out please: the router's connected to my laptop, phone, the TV and the printer",
            "diagram",
        ),
        (
            "an order can be new, paid, shipped, delivered or returned. what are the states and how do they connect?",
            "diagram",
        ),
        (
            "ayúdame a explicar quién depende de quién en la tienda: María es la dueña, Tom y Aisha son encargados",
            "diagram",
        ),
        (
            "one-sentence summary please: The meeting covered budget overruns, two new hires and the move in May.",
            "text",
        ),
        (
            'Raporda şu yazıyor: "korelasyon r = 0,31". Bu çok mu, az mı? Basitçe anlatır mısın, grafiğe gerek yok.',
            "text",
        ),
        (
            "can I get a button that randomly chooses one from our shelf: Wingspan, Catan, Azul, Codenames",
            "app",
        ),
    ],
)
def test_forms_asked_in_more_words(question: str, form: str) -> None:
    assert kind(question) == form


def test_dated_items_after_a_request_are_a_timeline_in_german_numeric_dates() -> None:
    plan = PLANNER.plan(
        PlanRequest(
            question="Kannst du unseren Umzug als Zeitstrahl darstellen? 1.3. kündigen, 15.3. Kartons, 28.3. Umzug, 1.4. ummelden"
        )
    ).plan
    assert plan.kind == "infographic"
    timeline = next(b for b in plan.blocks if b.type == "timeline")
    assert [e.date for e in timeline.events] == ["1.3.", "15.3.", "28.3.", "1.4."]


def test_whose_turn_over_the_users_names_is_a_fair_order_of_those_names() -> None:
    church = (
        "Church coffee rota. We keep forgetting whose turn it is. Names: Brenda, Colin, Fatima, Greg, Hilary, Ian. "
        "Every Sunday, two people. Can you make something that shows who's on this week?"
    )
    plan = PLANNER.plan(PlanRequest(question=church)).plan
    assert plan.kind == "app"
    assert plan.views[0].items == ["Brenda", "Colin", "Fatima", "Greg", "Hilary", "Ian"]
    flats = (
        "Merdiven temizliği sırası kimde diye kavga çıkıyor. Daireler: 1, 2, 3, 4, 5, 6. Her hafta bir daire."
    )
    plan = PLANNER.plan(PlanRequest(question=flats)).plan
    assert plan.kind == "app" and plan.views[0].items == ["1", "2", "3", "4", "5", "6"]


def test_values_before_and_after_an_arrow_are_changes_not_steps() -> None:
    from generators.markdown.diagram import arrow_graph

    assert arrow_graph(["Conversion 2.1% -> 3.4%, avg basket €38 -> €41"]) is None
    assert arrow_graph(["sign up -> verify -> first login"]) is not None
    chain = extract_data("subscribers went 2k → 3.5k → 6k → 9k across the four quarters of last year")
    assert chain is not None and chain.values == [2.0, 3.5, 6.0, 9.0]
    assert (
        kind(
            "I don't want a static chart, make it animated: subscribers went 2k → 3.5k → 6k → 9k across the four quarters"
        )
        == "animation"
    )
