"""Round 19: lists typed without separators, counts said in words, fact cards named in any language
with every line kept, decks asked with only a topic and a count as an outline to fill in, "just
text" corrections and motion named outright in more languages."""

from __future__ import annotations

from typing import Any

import pytest

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.bare_list import asked_count, bare_items, counted_tail
from generators.rules.blocks import _stat
from generators.rules.content import clean_lead
from generators.rules.router import route


def _plan(question: str) -> Any:
    return RulesPlanner().plan(PlanRequest(question=question)).plan


def _stats(plan: Any) -> list[tuple[str, str]]:
    return [(s.value, s.label) for b in plan.blocks if b.type == "stats" for s in b.items]


# ------------------------------------------------------------------------------ lists without commas


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("ابغى عرض تقديمي من ثلاث شرائح عن خطة", "ar", 3),
        ("necesito una presentación de cuatro diapositivas sobre", "es", 4),
        ("mach mir drei Folien über", "de", 3),
        ("show the five steps one at a time", "en", 5),
        ("3 slides for the kickoff", "en", 3),
        ("сделай четыре слайда про", "ru", 4),
        ("I have two kids and a dog", "en", None),  # a count of no slides or steps
    ],
)
def test_a_count_asked_for_is_read_in_digits_or_words(text: str, lang: str, count: int | None) -> None:
    assert asked_count(text, lang) == count


def test_words_typed_without_commas_are_items_only_where_it_can_be_told_where_they_end() -> None:
    assert bare_items("goals tasks deadlines", loose=True) == ["goals", "tasks", "deadlines"]
    assert bare_items("goals tasks deadlines") == []  # no count and no form named just before: left whole
    assert bare_items("no shoes inside quiet after 10 pm recycle everything", loose=True) == []  # a phrase
    assert bare_items("docker ps docker build docker run docker logs") == [
        "docker ps",
        "docker build",
        "docker run",
        "docker logs",
    ]
    assert bare_items("sign contract get laptop meet team first ticket first deploy", 5) == [
        "sign contract",
        "get laptop",
        "meet team",
        "first ticket",
        "first deploy",
    ]
    assert bare_items("شو يعني الذكاء الاصطناعي؟", loose=True) == []  # a question asked, not a list
    assert bare_items("내일 회의는 취소되었습니다", loose=True) == []  # Korean spaces words, not items
    assert counted_tail("nuestro plan de marketing objetivos público canales presupuesto", 4) == (
        "nuestro plan de marketing",
        ["objetivos", "público", "canales", "presupuesto"],
    )


@pytest.mark.parametrize(
    ("question", "title", "slides"),
    [
        (
            "vale necesito una presentación de cuatro diapositivas sobre nuestro plan de marketing objetivos "
            "público canales presupuesto",
            "Nuestro plan de marketing",
            ["Objetivos", "Público", "Canales", "Presupuesto"],
        ),
        (
            "طيب ابغى عرض تقديمي من ثلاث شرائح عن خطة الفريق الأهداف المهام المواعيد",
            "خطة الفريق",
            ["الأهداف", "المهام", "المواعيد"],
        ),
        ("3 slides for the kickoff: goals tasks deadlines", None, ["Goals", "Tasks", "Deadlines"]),
    ],
)
def test_a_deck_of_points_typed_without_commas_has_a_slide_each(
    question: str, title: str | None, slides: list[str]
) -> None:
    plan = _plan(question)  # all three were "can't research topics"
    assert plan.kind == "slides"
    assert [s.title for s in plan.slides] == slides
    if title is not None:
        assert plan.title == title


def test_steps_said_in_one_breath_with_their_count_animate_in_order() -> None:
    plan = _plan(
        "okay so for onboarding um show the five steps one at a time sign contract get laptop meet team "
        "first ticket first deploy"
    )
    assert plan.kind == "animation"  # was "to animate, give numbers over time"
    labels = [n.label for n in plan.scenes[0].visual.nodes]
    assert labels == ["sign contract", "get laptop", "meet team", "first ticket", "first deploy"]


def test_a_mind_map_after_a_colon_keeps_its_topic_in_the_middle() -> None:
    plan = _plan("сделай майндмэп про здоровое питание: овощи фрукты белок вода")
    assert plan.kind == "diagram" and plan.diagram_type == "mindmap"
    labels = [n.label for n in plan.nodes]
    assert labels == ["Здоровое питание", "овощи", "фрукты", "белок", "вода"]
    turkish = _plan("sağlıklı beslenme hakkında zihin haritası yap: sebze, meyve, protein, su")
    assert turkish.diagram_type == "mindmap" and turkish.nodes[0].label == "Sağlıklı beslenme"


def test_an_explanation_after_a_colon_is_not_cut_into_words() -> None:
    plan = _plan("اشرح لي باختصار: شو يعني الذكاء الاصطناعي؟")
    assert plan.kind == "text"


# ---------------------------------------------------------------------------------------- fact cards


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("паспорт нашего приюта для собак\nоткрыт в 2012\n140 собак\n2 га территории\n12 волонтёров", 4),
        ("resumo da mina em números\nprofundidade 620 m\n340 trabalhadores\nproduz 1,2 milhão t por ano", 3),
        (
            "il nostro teatro in cifre\naperto nel 1891\n412 posti\n3 ordini di palchi\n28 spettacoli a stagione",
            4,
        ),
        ("بطاقة تعريف المتحف\nتأسس عام 1959\n12 قاعة\n8,000 قطعة\nالتذكرة 20 ريال", 4),
    ],
)
def test_a_fact_card_named_in_its_language_is_an_infographic_with_every_line(
    question: str, lines: int
) -> None:
    plan = _plan(question)
    # the Russian and Portuguese cards were bar charts of dogs against hectares, metres against tonnes;
    # the Italian one an order form pricing "aperto nel" at 1,891
    assert plan.kind == "infographic"
    shown = " ".join(f"{v} {lb}" for v, lb in _stats(plan)) + " ".join(
        getattr(b, "text", "") for b in plan.blocks
    )
    for line in question.splitlines()[1:]:
        figure = next(w for w in line.split() if any(c.isdigit() for c in w))
        assert figure in shown
    assert len(question.splitlines()) - 1 == lines


def test_a_unit_symbol_and_opening_hours_stay_in_the_figure() -> None:
    depth = _stat("profundidade 620 m")
    assert depth is not None and (depth.value, depth.label) == ("620 m", "profundidade")
    hours = _stat("营业 6:00-23:00")
    assert hours is not None and (hours.value, hours.label) == ("6:00-23:00", "营业")


def test_lines_of_a_gym_profile_are_each_kept() -> None:
    plan = _plan(
        "我们健身房的简介\n开业 2016年\n面积 1200 平方米\n会员 3 千多人\n营业 6:00-23:00\n电话 021-5566 7788"
    )
    assert plan.kind == "infographic" and plan.title == "我们健身房的简介"
    values = [v for v, _ in _stats(plan)]
    assert "6:00-23:00" in values and "021-5566 7788" in values and "1200 平方米" in values
    # (was one checklist item, "00-23:00 电话 021-5566 7788", everything else dropped)


def test_mixed_counts_with_a_unit_symbol_are_no_chart() -> None:
    plan = _plan("our mine\ndepth 620 m\n340 workers\nproduces 1.2 million t a year")
    assert plan.kind != "chart"


# ------------------------------------------------------------------------------- outline decks


@pytest.mark.parametrize(
    ("question", "topic", "count", "said"),
    [
        ("presentacion de 5 diapositivas para el consejo parroquial sobre la campaña de cáritas",
         "Consejo parroquial sobre la campaña de cáritas", 5, "esquema"),
        ("maak 6 dia's voor de jaarvergadering van de kerk", "Jaarvergadering van de kerk", 6, "opzet"),
        ("презентация на 5 слайдов для собрания жильцов о новом расписании автобусов",
         "Собрания жильцов о новом расписании автобусов", 5, "Каркас"),
        ("عرض تقديمي من 5 شرائح عن برنامج رعاية كبار السن في الحي", "برنامج رعاية كبار السن في الحي", 5, "هيكل"),
        ("做一个 8 页的 PPT，介绍我们宠物医院的新会员制度", "介绍我们宠物医院的新会员制度", 8, "框架"),
    ],
)  # fmt: skip
def test_a_deck_asked_with_a_count_and_a_topic_is_an_outline_that_says_so(
    question: str, topic: str, count: int, said: str
) -> None:
    plan = _plan(question)
    assert plan.kind == "slides" and plan.title == topic
    assert len(plan.slides) + 1 == count and plan.title_slide  # the title slide is one of those asked for
    assert all(s.layout == "section" and not s.bullets for s in plan.slides)  # nothing invented on them
    assert said in plan.answer and str(count) in plan.answer
    assert "8" not in [s.title for s in plan.slides]  # the Chinese deck had a big-number slide "8"


def test_a_topic_alone_without_a_count_is_still_not_a_deck() -> None:
    assert _plan("عرض تقديمي عن تاريخ الأندلس لطلاب الثانوي").kind == "text"
    assert _plan("grand rounds talk sepsis bundle compliance").kind == "text"


def test_the_ask_with_its_count_is_no_point_of_a_deck() -> None:
    plan = _plan("maak een presentatie van 5 dia's voor de ouderavond over het schoolreisje")
    assert all(
        "presentatie" not in s.title.lower() for s in plan.slides
    )  # was a slide "Maak een presentatie"


def test_a_closing_ask_is_no_part_of_the_last_item() -> None:
    plan = _plan(
        "ik geef een gastles over duurzaam boeren op een mbo: bodemgezondheid, minder kunstmest, "
        "kruidenrijk grasland, verdienmodel. graag een stuk of 8 dia's"
    )
    assert [s.title for s in plan.slides][-1] == "Verdienmodel"


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "lol need slides for bio class tmrw on photosynthesis, 5 slides max",
            "Bio class tmrw on photosynthesis",
        ),
        ("staj sunumum için", "Staj"),
        ("prezentacja na zebranie wspólnoty", "Zebranie wspólnoty"),
        ("Mapa myśli o przeprowadzce", "Mapa myśli o przeprowadzce"),  # the case after "o" reads only with it
    ],
)
def test_titles_name_the_topic_not_the_ask(lead: str, title: str) -> None:
    assert clean_lead(lead) == title


# ------------------------------------------------------------------------- corrections and motion


@pytest.mark.parametrize(
    "question",
    [
        "придумай тост на юбилей нашего шахтёрского посёлка, можно слайды… нет, просто текст",
        "avukata ilk görüşmede ne sormalıyım, şema yap… yok, düz liste yeterli",
    ],
)
def test_a_correction_to_just_text_is_text(question: str) -> None:
    assert route(question).kind == "text"


@pytest.mark.parametrize(
    "question",
    [
        "laat zien hoe een sluis werkt met een binnenvaartschip erin, bewegend",
        "pokaż w ruchu, jak kombajn ścianowy przesuwa się wzdłuż ściany w kopalni",
        "montre comment une abeille fait sa danse frétillante, que ça bouge",
        "kovana dönen arıları canlandır, petek petek dolsun",
    ],
)
def test_motion_named_outright_is_a_moving_scene(question: str) -> None:
    plan = _plan(question)
    assert plan.kind == "animation"
    prompt = plan.scenes[0].visual.prompt
    assert not prompt.lower().startswith(("comment", "hoe"))  # the scene, not the "how"


def test_an_explanation_without_motion_named_is_still_no_generated_clip() -> None:
    assert _plan("explain how a lock works").kind != "animation"


def test_italian_open_is_no_tap() -> None:
    assert route("il museo è aperto nel weekend, 3 sale, 120 opere").kind != "app"


# ----------------------------------------------------------------------- comparisons and false cues


def test_a_comparison_table_of_two_offers_lays_them_out_and_totals_nothing() -> None:
    plan = _plan(
        "cuadro comparativo de dos seguros de mascota: uno cubre 3.000 €/año con franquicia 90 €, "
        "el otro 5.000 € con franquicia 150 €, el primero no cubre dental"
    )
    assert plan.kind == "infographic"  # was a bar chart whose answer said "los 4 valores suman 8.240 EUR"
    items = [it for b in plan.blocks for it in getattr(b, "items", [])]
    assert "Uno cubre 3.000 €/año con franquicia 90 €" in items and "El primero no cubre dental" in items
    assert "8.240" not in plan.answer


def test_options_typed_a_line_each_are_compared_side_by_side() -> None:
    plan = _plan(
        "Doktor bileğim için iki seçenek sundu, yan yana görmek istiyorum:\n\n"
        "Seçenek 1: 6 hafta alçı, ameliyat yok, biraz eğri kaynayabilir\n"
        "Seçenek 2: plakla ameliyat, 2 hafta atel, 6 haftada normal kullanım"
    )
    assert plan.kind == "infographic"  # was an image of the whole message
    block = plan.blocks[0]
    assert block.type == "comparison" and (block.left_title, block.right_title) == ("Seçenek 1", "Seçenek 2")
    assert block.right_items == ["Plakla ameliyat", "2 hafta atel", "6 haftada normal kullanım"]


def test_a_question_over_two_offers_is_still_answered_in_words() -> None:
    question = "which of these is actually cheaper over a year?\n\nPlan A: £12/month + 9p per kWh\nPlan B: £0 + 14p per kWh"
    assert _plan(question).kind == "text"


def test_a_closing_ask_line_is_no_rule_of_the_list() -> None:
    plan = _plan("हमारे मंदिर के नियम\nजूते बाहर\nफोन साइलेंट\nफोटो मना\nप्रसाद लाइन में\nइसे दीवार पर लगाने लायक बना दो")
    assert plan.kind == "infographic"  # "फोटो मना" (no photos) had made it an image
    items = [it for b in plan.blocks for it in getattr(b, "items", [])]
    assert items == ["जूते बाहर", "फोन साइलेंट", "फोटो मना", "प्रसाद लाइन में"]


def test_a_microchip_number_is_no_slide_and_a_mascot_is_a_picture() -> None:
    cat = _plan("بيانات قطتي: عمرها 3 سنوات، وزنها 4,2 كغ، آخر تطعيم 10/02/2025، رقم الشريحة 784 0981 2233")
    assert cat.kind in ("infographic", "text")  # "الشريحة" (the chip) had made it a deck
    assert route("博物館の新しいマスコット、土偶をモチーフにしたゆるキャラ").kind == "image"


# ----------------------------------------------------------------------- labels, dashes and dates


def test_numbered_labels_joined_to_their_values_by_a_dash_are_a_series() -> None:
    plan = _plan("हर रूट पर रोज़ के यात्री, ग्राफ में: रूट 1 — 12,400, रूट 2 — 9,800, रूट 3 — 15,100, रूट 4 — 7,600")
    assert plan.kind == "chart"  # "1 — 12,400" had been read as a range, and the chart refused
    assert plan.categories == ["रूट 1", "रूट 2", "रूट 3", "रूट 4"]
    assert plan.series[0].values == [12400, 9800, 15100, 7600]
    english = _plan("daily riders per route: route 1: 12,400, route 2: 9,800, route 3: 15,100")
    assert english.categories == ["route 1", "route 2", "route 3"]  # was "" for route 1


def test_dated_versions_asked_as_a_chart_are_a_timeline_not_a_refusal() -> None:
    plan = _plan(
        "versions de notre appli de réservation : 1.0 mars 2021, 1.4 nov 2021, 2.0 juin 2022, "
        "2.3 janv 2024 — fais-en un graphique"
    )
    assert plan.kind == "infographic" and plan.blocks[0].type == "timeline"
    assert [e.date for e in plan.blocks[0].events] == ["mars 2021", "nov 2021", "juin 2022", "janv 2024"]
    assert [e.title for e in plan.blocks[0].events] == ["1.0", "1.4", "2.0", "2.3"]  # the ask is no event


# ------------------------------------------------------------------------------------- calculators


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("I want to mess around with the numbers myself: X coffees sold per day, price Y each, cost Z each, "
         "and see what my profit comes to per month", "Break-even calculator"),
        ("Queria uma calculadora interativa pra saber quantos pisos preciso pro chão: comprimento e largura do "
         "cômodo e tamanho do piso", "Pisos para um chão"),
        ("kalkulator progu rentowności dla mojego biznesu ze świeczkami: - koszty stałe - cena za świeczkę - "
         "koszt za świeczkę", "Kalkulator progu rentowności"),
        ("tolong buatkan kalkulator interaktif untuk menghitung berapa ubin yang saya butuhkan untuk lantai: "
         "panjang ruangan, lebar, ukuran ubin", "Ubin untuk lantai"),
    ],
)  # fmt: skip
def test_calculators_named_in_everyday_words_of_more_languages_are_built(question: str, title: str) -> None:
    plan = _plan(question)  # each was the list of calculators the offline planner can build
    assert plan.kind == "app" and plan.title == title
    assert plan.computed  # a formula to play with, not a page of text


def test_a_plan_by_month_asked_as_a_chart_is_laid_out_whole() -> None:
    plan = _plan(
        "harmonogram remontu, zrób wykres\nmarzec tynki, 2 ekipy\nkwiecień 40 m² płytek\nmaj odbiór\nzaliczka 8 000 zł"
    )
    assert (
        plan.kind == "infographic" and plan.title == "Harmonogram remontu"
    )  # was the "different things" text
    shown = " ".join(
        f"{s.value} {s.label}" for b in plan.blocks for s in getattr(b, "items", []) if hasattr(s, "value")
    )
    assert "40 m²" in shown and "8 000 zł" in shown
    # personal stats asked as a chart stay the honest "different things" answer
    assert _plan("make a chart of my day\nwalked 8 km\nslept 7 hours\ndrank 2 litres").kind == "text"


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("my marathon plan, make it look nice", "My marathon plan"),
        ("harmonogram remontu, zrób wykres", "Harmonogram remontu"),
    ],
)
def test_an_ask_after_the_name_is_no_part_of_the_title(lead: str, title: str) -> None:
    assert clean_lead(lead) == title


def test_the_sheets_asked_for_are_no_data_and_one_figure_is_a_chart() -> None:
    plan = _plan(
        "第1四半期は4万8千、第2四半期は5万2千、第3四半期は不調で3万9千、第4四半期は6万1千。上司が1枚の図にまとめてほしいって"
    )
    # was a deck (and, inside it, a bar "上司が" of 1万 made from "1枚", the one sheet asked for)
    assert plan.kind == "chart" and plan.categories == ["第1四半期", "第2四半期", "第3四半期", "第4四半期"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I need to revise this — turn it into five bullet points: heart has four chambers; valves prevent backflow", "text"),
        ("points: membership grew 18% to 4,300; we closed the east branch; budget ask is $240k. turn that into "
         "something I can click through", "slides"),
        ("je passe le BAFA en avril pour faire de l'animation en colo cet été, c'est payé combien en moyenne ?", "text"),
    ],
)  # fmt: skip
def test_words_that_pointed_the_wrong_way(question: str, kind: str) -> None:
    assert _plan(question).kind == kind


def test_a_quiz_made_in_russian_and_testers_who_are_no_test() -> None:
    plan = _plan(
        "сделай тест по истории: Когда началась война? — 1941; Столица СССР? — Москва; Кто написал Войну и мир? — Толстой"
    )
    assert plan.kind == "app"  # was a decision diagram of its questions
    shares = _plan(
        "Доля браузеров: Chrome 58%, Safari 22%, Firefox 9%, Яндекс 11%. Покажу команде, тестировщики спорят"
    )
    assert shares.kind == "chart"  # "тестировщики" (testers) had made it a quiz


def test_chinese_steps_parted_by_spaces_animate() -> None:
    plan = _plan("动画演示四冲程发动机 进气 压缩 做功 排气")
    assert plan.kind == "animation"
    assert [n.label for n in plan.scenes[0].visual.nodes] == ["进气", "压缩", "做功", "排气"]


def test_a_weak_flow_word_beside_a_weekly_series_is_no_diagram() -> None:
    plan = _plan(
        "Leadership keeps asking whether the new pipeline made any difference. "
        "Deploys per week over the last 8 weeks were 14 17 9 21 25 19 23 28"
    )
    assert plan.kind == "chart" and plan.series[0].values == [14, 17, 9, 21, 25, 19, 23, 28]


def test_pros_and_cons_said_in_one_breath_are_two_sides() -> None:
    plan = _plan(
        "okay so pros and cons of moving to Lisbon um pros sunshine food cheaper rent cons language lower salaries "
        "bureaucracy"
    )
    assert (
        plan.kind == "infographic" and plan.title == "Pros and cons of moving to Lisbon"
    )  # was "can't research"
    block = plan.blocks[0]
    assert block.type == "comparison" and (block.left_title, block.right_title) == ("Pros", "Cons")
    assert block.left_items == [
        "Sunshine food cheaper rent"
    ]  # kept as said: where one item ends is not known
    dashed = _plan(
        "pros & cons of moving: pros - sunshine - food - cheaper rent; cons - language - bureaucracy"
    )
    assert dashed.blocks[0].left_items == ["Sunshine", "Food", "Cheaper rent"]


def test_an_outline_slide_says_on_itself_that_it_is_to_fill_in() -> None:
    plan = _plan("presentacion de 5 diapositivas para el consejo parroquial sobre la campaña de cáritas")
    assert all(s.subtitle.startswith("Por completar") for s in plan.slides)  # was four bare title slides
    assert _plan("make 4 slides about our team offsite").slides[0].subtitle.startswith("To fill in")
