"""The router: which kind of visual a question asks for, and why.

Kinds come from the registry (`render.kinds.KINDS`): each kind's rules module
(`Kind.planner.rules`, e.g. `generators.rules.chart`) brings its routing `CUES` by language, and
`Kind.priority` breaks ties between equally strong cues (containers first: slides > infographic >
diagram > chart > image > text). A kind registered with its own rules module is routed to with no
edit here. Weights: 4 a specific noun that beats a generic one it contains ("flowchart" over
"chart"), 3 the kind named, 2 wording typical of the kind, 1 a weak hint ("draw" alone). The route
takes the kind with the strongest single cue; a kind named with two letters swapped ("grpah")
still counts.

What the question holds weighs in too, kind-neutrally: numbers that form one comparable series
are a chart's data (2); numbers in different units are never a chart's, so generic chart wording
("compare", "vs") over them becomes a side-by-side infographic (2); a numbered list is steps (2);
a list the user wrote after a colon is content to lay out (1). Text wins only with a stronger cue
than any visual one (writing and code requests); with a table attached, "summarise" is text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generators.base import Route
from generators.markdown.content import answer_shape
from generators.rules.app_drill import wants_drill
from generators.rules.app_tools import CALCULATOR, DRAW
from generators.rules.arithmetic import amount_asked, arithmetic, asked_after, word_problem
from generators.rules.bracket import bracket_graph
from generators.rules.changes import changes
from generators.rules.chatter import assistant_lead_in, content_body
from generators.rules.checks import part_paid
from generators.rules.connections import HOW_LINKED, connection_graph
from generators.rules.content import asked_then_listed, nested, split_items, supplied
from generators.rules.cues import (
    REQUEST_WORDS,
    TABLE_CUES,
)
from generators.rules.decisions import decision_tree
from generators.rules.extract import ENUMERATION_RE, extract_data, mixed_numbers
from generators.rules.family import family_graph
from generators.rules.frames import STEPWISE, arrow_states, assembled_in_order
from generators.rules.listed import listed_items
from generators.rules.lookup_rows import asks_rows
from generators.rules.numbers import find_numbers, number_marks
from generators.rules.pasted import pasted_table
from generators.rules.relations import moves_between, relation_graph
from generators.rules.request import listed_series, typed_series
from generators.rules.scene_words import DESCRIPTOR, scene_told, terse_scene
from generators.rules.scoring import (
    ANY_VISUAL,
    LIST_LINE,
    corrected_to_words,
    schedule,
    score,
    settled,
    trailing_ask,
)
from generators.rules.series_guard import not_a_series
from generators.rules.signals import (
    SEQUENCE,
    STRUCTURE,
    asks_about_attachment,
    deck_as_destination,
    last_sentence,
    linked,
    request_text,
    told_in_order,
    without_lead_in,
)
from generators.rules.spaced import held_graph, to_chain
from generators.rules.spoken import spoken_steps
from generators.rules.table_asks import SHEET, asks_flow, table_facts_asked, wants_explorer
from generators.rules.table_flow import status_column
from generators.rules.units import dimension_words
from generators.rules.words import MAX_QUESTION, best_cue
from render.columns import profile
from render.kinds import KINDS

if TYPE_CHECKING:
    import pandas as pd


# "summarise this table" in the planner's languages: with a table attached, a written summary.
SUMMARY = re.compile(
    r"summar|\bresum|résum|zusammen|riassum|samenvat|samengevat|\bvat\b.{0,40}?\bsamen\b|\bsamen\s+te\s+vatten\b|podsumuj|podsumowa|streść|streszcz|özetle|özet\b"
    r"|\bsammanfatt|\bsummera|\boppsummer|\bringkas|\brangkum|\bikhtisar|tóm\s+tắt|tóm\s+lược"  # sv, no, id, vi
    r"|сводк|кратк|обобщ|要約|まとめ|总结|概括|摘要|요약|لخص|ملخص|सारांश",
    re.I,
)


def _names_measures(text: str, table: Any) -> bool:
    """The question names two numeric columns or more of the table by their words."""
    from generators.rules.table import column_mentions

    numeric = _numeric_columns(table)
    return (
        len(
            [c for c in column_mentions(text, [str(c) for c in table.columns], meaning=False) if c in numeric]
        )
        >= 2
    )


def _numeric_columns(table: Any) -> list[str]:
    """Numeric value columns (ids and years last), for the route's reason."""
    try:
        cols = [c for c in profile(table) if c.kind == "numeric"]
    except Exception:
        return []
    return [c.name for c in sorted(cols, key=lambda c: c.id_like)]


_OWN_STRUCTURE = re.compile(
    r"\b(?:our|my|your|their)\b|journey|process|flow|pipeline|steps?\b|stages?\b|cycle|funnel|timeline|"
    r"structure|hierarch|roadmap|workflow"
    # the same in the planner's other languages: "нарисуй структуру нашей школы: …", "dibuja nuestro proceso: …"
    # (a group's "our", not "my": "нарисуй мой дом", "画一下我的猫" are pictures of one's own things)
    r"|\b(?:nuestr[oa]s?|nostr[oaie]|notre|nos|unser\w*|nosso|nossa|onze|nasz\w*|bizim)\b|(?<![\u0400-\u04ff])наш\w*"
    r"|struktur\w*|estructura|struttura|structuur|структур\w*|иерарх\w*|процесс\w*|proceso|processo|prozess|proces"
    r"|我们的|结构|架构|流程|組織|構成|私たちの|うちの|우리|구조|조직",
    re.I,
)
"""A lead that names the user's own process or structure ("draw our customer journey: …"), not a
scene ("draw me a castle: towers, a moat"), before a list."""


def route(question: str, *, table: pd.DataFrame | None = None, markdown: str | None = None) -> Route:
    """Choose the visual kind from the wording, the attachments and the numbers in the question.

    The reason names the cue, so a user can see why and rephrase: "mentions 'slides'".
    """
    try:
        return _route(number_marks(question or ""), table, markdown)
    except Exception as exc:  # routing must never take the planner down
        return Route("text", f"could not read the question ({type(exc).__name__}); plain text")


def _route(question: str, table: Any, markdown: str | None) -> Route:
    if table is None and not (markdown and markdown.strip()) and not typed_series(question[:MAX_QUESTION]):
        pasted = pasted_table(question[:MAX_QUESTION])
        if pasted is not None:  # CSV lines, JSON, "a=12; b=30": a table, and the rest is the ask
            table, question = pasted
    text = settled(question[:MAX_QUESTION])
    if (words := corrected_to_words(question[:MAX_QUESTION])) is not None:
        return Route("text", f"corrected to '{words}': a written answer", 4)
    if table is None and not (markdown and markdown.strip()) and arithmetic(text):
        return Route("text", "a sum to work out")
    if table is None and not (markdown and markdown.strip()) and part_paid(text):
        return Route("text", "a price and the part of it paid: two facts of one deal, said in words")
    head = request_text(text)
    has_table = table is not None and getattr(table, "shape", (0, 0))[1] > 0
    if (
        table is None
        and not (markdown and markdown.strip())
        and (what := _WHAT_IS.match(text))
        and score(what.group("thing"))
        and not re.search(r"\d", text)
    ):  # "what is a cheat sheet?": the form explained, not made
        return Route("text", f"asks what '{what.group('thing')}' is: a written answer")
    if table is None and not (markdown and markdown.strip()) and FORM_SIZE_ASKED.search(text):
        return Route("text", "asks how big the form should be: advice in words")
    has_md = bool(markdown and markdown.strip())
    if has_table or has_md:  # "plot the error rate from the timeline in here": a part of it, no form asked
        head = _PART_OF_ATTACHMENT.sub(lambda m: " " * len(m.group(0)), head)
    if has_table:  # "इस पर्ची में …" (in this slip): the attachment named by what it is, no tool to build
        head = _THIS_ATTACHMENT.sub(
            lambda m: " " * len(m.group(0)) if set(score(m.group(0))) <= {"app"} else m.group(0), head
        )
    scored = head
    scores = score(scored)
    # A markdown-looking body pasted in the question counts as markdown; its words are not cues.
    # Prose holding one comparable series ("34% picked coffee, 27% quiet rooms…") is data instead.
    body = None if has_md else content_body(text)
    if body is not None and not STRUCTURE.search(body) and extract_data(text) is not None:
        body = None
    if body is not None:
        instruction = text[: max(0, text.find(body[:40]))] if body[:40] in text else head
        scored = request_text(instruction)
        if not STRUCTURE.search(body):  # prose pasted after a colon: its closing sentence may be the ask
            scored += "\n" + last_sentence(body)
        else:
            first = LIST_LINE.search(body)
            pre = body[: first.start()].strip() if first else ""
            if pre and len(pre) <= 300 and not assistant_lead_in(pre):
                scored += "\n" + pre  # "Hi all,\n\nFor the kickoff I'd like a short deck. Agenda:\n1) …"
            if tail := trailing_ask(body):  # a list pasted, then "make me a timer that beeps": the ask
                scored += "\n" + tail
        scores = score(scored)
        has_md = True
    if "slides" in scores and "slides" not in score(deck_as_destination(scored)):
        scores["slides"] = (1, scores["slides"][1], scores["slides"][2])  # the deck is where it goes
    if has_table and scores.get("diagram", (9,))[0] <= 2:
        scores.pop(
            "diagram"
        )  # "steps this week", "by process" over a table: a measure or a column, not a flow
    data = None if has_table else listed_series(body, text) if has_md else extract_data(text)
    mixed = None if has_table or has_md or data is not None else mixed_numbers(text)
    found = scores.get("image")
    if (
        has_table
        and GLANCE.search(scores.get("infographic", (0, ""))[1])
        and (
            _names_measures(scored, table) or scores.get("chart", (0,))[0] >= 3
        )  # "… nebeneinander als Säulen"
        and not _facts_listed(scored)
    ):
        # "parts vs labour per job type side by side" over a table: two of its measures next to each other,
        # a grouped chart's bars, not cards
        cue = scores.pop("infographic")
        scores["chart"] = max(scores.get("chart", (0, "", 0)), (cue[0], cue[1], cue[2]))
    if has_table and found and found[0] <= 3 and scene_told(scored, found[2]) is not None:
        # "pic for the website: the pharaohs tomb room, dusty gold, torches": a look described, not the rows
        scores["image"] = (4, found[1], found[2])
    if not has_table and not has_md and scores.get("image", (9,))[0] <= 3 and _ADVICE_ASK.match(text):
        # "Which frame would you use for a 1920s watercolour, … or ordinary?": advice about an artwork the
        # user has, asked as a question with no word to make one, is answered in words
        scores.pop("image")
        scores.setdefault("text", (2, "a question asking for advice", 0))
    if (has_table or data is not None or mixed) and scores.get("image", (9,))[0] <= 3:
        scores.pop(
            "image"
        )  # "on one picture" over numbers, "what does it look like" over a table: not a scene
    elif (
        not has_table
        and not has_md
        and scores.get("image", (9,))[0] <= 1
        and any(n.currency or n.pct or n.mag or n.value != int(n.value) for n in find_numbers(text))
        and DESCRIPTOR.search(text) is None
    ):  # "今天拍卖会成交总额 86.4 万！能帮我画个图": a figure told, "draw" alone; a picture would have to state it
        # (a whole number counts things in the scene: "a birthday cake with 40 candles")
        scores.pop("image")
    elif scores.get("image", (9,))[0] <= 3 and MEASURE_OVER_TIME.search(text):
        # "zeichne mir die Mieten … über die letzten Jahre", "ارسم لي أسعار التذاكر خلال السنة": figures over
        # time to draw are a chart's (which says it needs the numbers), never a picture of prices
        scores["chart"] = max(
            scores.get("chart", (0, "", 0)), (scores.pop("image")[0], "a measure over time", 0)
        )
    if (
        data is not None
        and (
            len(data.values) <= (3 if word_problem(text) else 2 if _asks(text) or _WH_ASK.match(text) else 0)
            or asked_after(text)
        )
        and not any(k != "text" for k in scores)
    ):
        data = None  # "is it normal that my 2-year-old sleeps 13 hours?", "12 lessons of 45 min, how many hours?"
    found = scores.get("diagram")
    if (
        data is not None
        and found is not None
        and found[0] <= 2
        and re.search(r"\d[\d,.]*\s*[kK]?\s*$", scored[: found[2]])
    ):
        scores.pop("diagram")  # "goal 10000 steps. mon 8000, tue 6500": steps counted, not a process
    if (
        data is not None
        and scores.get("diagram", (9,))[0] <= 2
        and _names_measure(scores["diagram"][1], data.metric)
    ):
        scores.pop("diagram")  # "steps per day: mon 6k, tue 9k", "process time: a 5, b 8": the measure's name
    if (
        data is not None
        and scores.get("diagram", (9,))[0] <= 2
        and any(_names_part(scores["diagram"][1], name) for name in data.categories)
    ):
        scores.pop("diagram")  # "cold cycle €0.18, eco €0.22": an item's name, not a cycle to draw
    if data is not None and data.time_like and len(data.values) >= 4 and scores.get("diagram", (9,))[0] <= 2:
        # "whether the new pipeline made any difference. Deploys per week: 14 17 9 21 …": a weak flow word
        # beside a series of four values or more is what the numbers are about, not a process to draw
        scores.pop("diagram")
    if (
        data is not None
        and not data.counted  # "300 staff, 12 products, 40k customers": key numbers of different things
        and len(data.values) >= 3
        and GLANCE.search(scores.get("infographic", (0, ""))[1])
    ):
        scores.pop(
            "infographic"
        )  # "my week at a glance: Mon £420 …", "three quotes side by side": one series
    if data is not None and scores.get("chart", (0,))[0] >= 3 and scores.get("app", (9,))[0] <= 4:
        scores.pop("app")  # "my fitness tracker says mon 8k, tue 6k… chart it": the user's numbers, drawn
    # "class average on the weekly quiz: quiz 1 58, quiz 2 63": results taken, not a quiz to take
    if (
        data is not None
        and "app" in scores
        and (
            any(_names_part(scores["app"][1], name) for name in data.categories)
            or (_names_part(scores["app"][1], data.metric) and RESULTS.search(data.metric))
        )
        and not _TOOL_MADE.search(text[: scores["app"][2]])  # "make a timer: timer 30, break 5": the tool
    ):
        scores.pop("app")
    why = not_a_series(text, data) if data is not None and scores.get("chart", (0,))[0] <= 3 else None
    if why == "sum":  # "bag 17.8kg + 2.5kg gifts ok for 20kg limit y/n": a sum to work out, in words
        data = None
        # a form named outright stays: "seating chart: table 1 board (3) + 2 sponsors" is a plan to draw
        scores = {k: v for k, v in scores.items() if k in ("text", "app", "diagram") and v[0] >= 4}
        scores.setdefault("text", (3, "a sum written out", 0))
    elif why == "names" and supplied(text) is None:  # "iphone 15 vs pixel 8 camera specs": names, no content
        data = None
        scores.pop("chart", None)
    elif why is not None:  # doses at times of day, phone numbers, an event's details: lines to lay out
        data = None
        scores.pop("chart", None)
        scores["infographic"] = max(
            scores.get("infographic", (0, "", 0)), (2, "details of different kinds", 0)
        )
    drill = not has_table and not has_md and wants_drill(text)  # read once: it reads the user's list
    if data is not None and "chart" not in scores and drill:
        data = None  # "times tables practice: 3, 4 and 6": the tables to practise, not a series
    if data is not None:
        found = scores.get("chart")
        if found is None or found[0] < 2:
            scores["chart"] = (2, data.cue, 0)
        else:
            scores["chart"] = (found[0], f"{found[1]}' and {data.cue}", found[2])
    elif not has_table and not has_md:
        if scores.get("animation", (0,))[0] < 5:
            if arrow_states(text) and (STEPWISE.search(text) or "animation" in scores):
                scores["animation"] = (5, "states joined by arrows, shown one after another", 0)
            elif assembled_in_order(text):  # "passo dopo passo come si monta: base, pareti, tetto"
                scores["animation"] = (5, "parts put together step by step", 0)
        if mixed and scores.get("chart", (0,))[0] <= 2:
            dims = sorted({dimension_words(n.dim) for n in mixed if n.dim})
            why = f"numbers in different units ({', '.join(dims)})"
            if scores.pop("chart", None) is not None and scores.get("infographic", (0,))[0] < 2:
                scores["infographic"] = (2, why, 0)  # compared side by side, never on one axis
            elif REQUEST_WORDS.search(text) and not any(k != "text" for k in scores):
                scores["infographic"] = (1, why, 0)  # something to show: key-number cards
        if ENUMERATION_RE.search(text) and scores.get("diagram", (0,))[0] < 2 and not RANKED.search(text):
            scores["diagram"] = (2, "numbered steps in the question", 0)
        if (
            told_in_order(text)
            and (not _asks(text) or REQUEST_WORDS.search(text))
            and (REQUEST_WORDS.search(text) or not DIARY.search(text))
            and scores.get("diagram", (0,))[0] < 2
            and (scores.get("image", (0,))[0] <= 1 or _a_step_word(text, scores["image"]))
        ):
            scores.pop("image", None)  # "…then billing, then the follow-up. can you draw that": a flow
            scores["diagram"] = (2, "steps told in order in the question", 0)
        if (
            max((v[0] for k, v in scores.items() if k != "text"), default=0) <= 1
            and not _asks(text)
            and len({c.what for c in changes(text)}) >= 2
        ):  # "signups went from 4.2% to 5.9% and time to finish dropped from 95 to 60 seconds": key numbers
            scores["infographic"] = (2, "numbers changed from one value to another in the question", 0)
        if (
            max((v[0] for v in scores.values()), default=0) <= 3 and bracket_graph(text) is not None
        ):  # "ping pong draw: Ana plays Ben, Cat plays Dev, and the two winners play the final": a bracket
            scores["diagram"] = (4, "a knockout draw in the question", 0)
        named = [k for k, v in scores.items() if k not in ("text", "diagram") and len(v[1]) >= 3]
        graph = (family_graph(text) or relation_graph(text)) if named else None
        if graph is not None and graph.statements >= 2:
            for kind in named:  # "combat calls animation and audio": a system's name, not a form asked for
                if any(scores[kind][1].casefold() == label.casefold() for label in graph.labels):
                    scores.pop(kind)
        if (
            max((v[0] for k, v in scores.items() if k != "text"), default=0) <= 1
        ):  # "pay*" in "payments" is no ask
            graph = graph or family_graph(text) or relation_graph(text)
            if graph is not None and graph.statements >= 2:
                scores["diagram"] = (2, "relations between things in the question", 0)
            elif (given := supplied(text)) is not None and nested(given):
                scores["diagram"] = (2, "parts within parts in the question", 0)  # "Home > About (Staff, …)"
            elif moves_between(text) and spoken_steps(text) is not None:
                scores["diagram"] = (
                    2,
                    "a process told as a story in the question",
                    0,
                )  # "…goes to my manager…"
        if (
            "image" in scores
            and scores["image"][0] <= 3
            and not re.search(r"[\"“”„«»]", text)  # quoted prose is a scene to picture
            and (listed := supplied(text)) is not None
            and len(listed.items) >= 3
            and scores["image"][1].lower() not in listed.lead.lower()
            and sum(bool(_CLOCK_LEAD.match(item.strip())) for item in listed.items) >= 3
            and any(scores["image"][1].lower() in item.lower() for item in listed.items[:-1])
        ):
            scores.pop(
                "image"
            )  # "the wedding day: 11:00 photos at the house, 12:30 cars leave, …": a schedule
        drawn = DRAW.search(text)
        names = listed_items(text) if drawn else []
        if (
            drawn
            and names
            and not any(re.search(r"\d", n) for n in names)  # names, not counts ("294 randomised")
            and drawn.start() < text.find(names[0])  # the ask before the list ("lost near elm st" is no draw)
            and scores.get("app", (0,))[0] < 4
            and max((v[0] for v in scores.values()), default=0) <= 3
        ):
            scores["app"] = (
                4,
                drawn.group(0),
                drawn.start(),
            )  # "zieh einen Namen: Anna, Ben": a draw from the list
        if (
            drill
            and not _asks(text)  # "how do I teach him the 7 times table?": advice
            and max((v[0] for k, v in scores.items() if k not in ("text", "image")), default=0) <= 1
            and scores.get("image", (0,))[0] <= 2  # "çarpım tablosu" is a table, not a painting (tablo)
            and scores.get("text", (0,))[0] <= 2
        ):
            scores["app"] = (4, "arithmetic to practise", 0)  # "Einmaleins üben", "tabuada do 8 para treinar"
        if (
            max((v[0] for k, v in scores.items() if k not in ("text", "diagram")), default=0) <= 2
            and "?" in text
            and decision_tree(text) is not None
        ):
            scores["diagram"] = max(scores.get("diagram", (0, "", 0)), (3, "questions and what to do", 0))
        if (
            max((v[0] for k, v in scores.items() if k != "text"), default=0) <= 2
            and (sides := supplied(text)) is not None
            and sides.sided
        ):  # "Moving to Berlin: good vs bad. Good: … Bad: …": two sides of the user's own list, one page
            scores["infographic"] = (3, "a list of two sides in the question", 0)
        if not any(k != "text" for k in scores) and supplied(text) is not None and not _asks(text):
            if linked(text):  # "battery, wire, switch, bulb and back to the battery": parts joined up
                scores["diagram"] = (2, "a list of things joined to each other in the question", 0)
            elif connection_graph(text) is not None:  # "ana vana, sayaç, kombi, oradan lavabo, duş"
                scores["diagram"] = (2, "a list of parts connected to each other in the question", 0)
            elif held_graph(text) is not None:  # "members elect the committee, committee has a president, …"
                scores["diagram"] = (2, "a hierarchy told in prose", 0)
            else:
                scores["infographic"] = (1, "a list to lay out in the question", 0)
        if (
            not mixed
            and max((v[0] for v in scores.values()), default=0) <= 1
            and (look := terse_scene(text)) is not None
        ):  # "esports arena crowd, neon", "vineyard at sunrise, mist": an image prompt, no verb and no form named
            scores["image"] = (2, f"a scene described by its look ('{look}')", 0)
        if (
            scores.get("image", (9,))[0] <= 1
            and len(scores) == 1
            and re.search(r"[:：]", text)  # "draw our journey: …", not "…? read, draw on your sheet"
            and _OWN_STRUCTURE.search(re.split(r"[:：]", text, maxsplit=1)[0])
            and supplied(text) is not None
        ):
            scores.pop("image")  # "draw our customer journey: discover, consider, buy": the list, drawn
            scores["diagram"] = (2, "a list to draw", 0)
        if (
            scores.get("image", (9,))[0] <= 3
            and max((v[0] for k, v in scores.items() if k != "image"), default=0) < 2
        ):
            listed = asked_then_listed(re.sub(r"\s+", " ", text))
            imagined = re.search(
                r"\b(?:would|will|might|could|should)\s+(?:\w+\s+){0,3}?(?:look|be\s+like|seem)\b",
                text.split("?")[0],
                re.I,
            )
            if listed is not None and not imagined:  # "what does a sprint look like? planning, review…"
                scores.pop("image")
                scores["infographic"] = (2, "a question answered with the user's own list", 0)
    if (
        not has_table
        and not has_md
        and scores.get("chart", (9,))[0] <= 3
        and not find_numbers(text)
        and scores.get("diagram", (0,))[0] >= 2
    ):
        scores.pop("chart")  # "a مخطط of the steps", no number anywhere: the steps' diagram, not a chart
    # a schedule typed in the question, laid out as a timeline: who does what each day, asked as a chart
    # ("rota chart: Mon bins (Jake), Tue bathroom (Priya), …"), or a plan by period with quantities of
    # several kinds, asked as anything ("roadmap: Q1 hire 2 nurses, Q2 open 3 rooms, Q3 x-ray £120,000").
    # Never two series by month ("Lyon vs Marseille: jan 3/8, avr 12/15" is data).
    numbered = not has_table and not has_md and data is None and bool(find_numbers(text))
    if (
        not has_table
        and not has_md
        and data is None
        and scores.get("chart", (0,))[0] <= 3
        and ("chart" in scores or numbered)
        and (listed := supplied(text)) is not None
        and (not numbered or listed.dated is not None)  # every item a period and what happens in it
        and schedule("\n".join(listed.items))
    ):
        scores.pop("chart", None)
        why = "a plan by period in the question" if numbered else "a schedule by day in the question"
        scores["infographic"] = max(scores.get("infographic", (0, "", 0)), (3, why, 0))
    if has_md and scores.get("diagram", (9,))[0] <= 3 and schedule(markdown or body or ""):
        scores.pop(
            "diagram"
        )  # "ons schema voor de interrail: ma 8/7 – ICE …": dated days, a timeline not a flow
    if (
        "app" in scores
        and not has_table
        and len(text) < 100  # a short sum asked for; a longer ask describes the tool it wants
        and word_problem(text) is not None
        and not CALCULATOR.search(text)
        and not _TOOL_WORDS.search(text)
    ):
        scores.pop("app")  # "会計 8640円 4人で割り勘 一人いくら": a number asked for, not a tool
        scores.setdefault("text", (3, "a number worked out", 0))
    if (
        "app" in scores
        and not has_table
        and _REPORTED.search(text)
        and _DOUBT.search(text)
        and not _TOOL_WORDS.search(text)
    ):
        # "calculator says 20% vat on £1,240 is £248 … am i wrong": a result to check, not a tool to build
        scores.pop("app")
        scores["text"] = max(scores.get("text", (0, "", 0)), (4, "a calculator's result to check", 0))
    if (
        scores.get("image", (9,))[0] <= 3
        and not has_table
        and max((v[0] for k, v in scores.items() if k not in ("text", "image", "diagram")), default=0) <= 2
        and (why := _drawn_structure(text, body))
    ):  # "그림으로 보여줄 수 있어요?" under a pasted tree, "can you draw it: alarm comes, …, if not …": a diagram
        scores.pop("image")
        scores["diagram"] = max(scores.get("diagram", (0, "", 0)), (3, why, 0))
    if (
        scores.get("image", (9,))[0] <= 1
        and max((v[0] for k, v in scores.items() if k not in ("text", "image")), default=0) <= 2
        and not has_table
        and (to_chain(text) or held_graph(text)) is not None
    ):  # "draw the signal path mic to preamp to …", "members elect the committee, committee has …": drawn
        scores.pop("image", None)
        scores.pop("infographic", None)
        scores["diagram"] = max(
            scores.get("diagram", (0, "", 0)), (3, "a path or hierarchy told in prose", 0)
        )
    if (
        scores.get("image", (9,))[0] <= 3
        and _EXPLAIN.search(text)
        and not re.search(r"\blooks?\s+like\b", text, re.I)  # what it looks like is a picture
        and not has_table
    ):
        scores.pop(
            "image"
        )  # "explain how photosynthesis works with a picture": how it works, drawn as a diagram
        scores["diagram"] = max(scores.get("diagram", (0, "", 0)), (2, "an explanation with a picture", 0))
    visual = {k: v for k, v in scores.items() if k != "text"}
    text_w = scores.get("text", (0,))[0]
    if visual and text_w > max(v[0] for v in visual.values()):
        return Route("text", f"mentions '{scores['text'][1]}': a written answer", text_w)
    if (
        has_table
        and max((v[0] for v in visual.values()), default=0) < 2
        and (facts := table_facts_asked(head)) >= 2
        and (SUMMARY.search(head) or SHEET.search(head))
        and not _WRITE_UP.search(head)
    ):  # "给社区医生做一张小结 平均多少 最高最低 哪几天没量": several facts of the rows on one sheet
        return Route("infographic", f"asks for {facts} kinds of facts of the attached table on one sheet", 2)
    if (
        _summarise(head, table if has_table else None, has_md)
        and max((v[0] for v in visual.values()), default=0) < 2
    ):
        return Route(
            "text",
            f"asks to summarise the attachment ('{(SUMMARY.search(head) or SHORTEN.search(head)).group(0)}')",
        )
    if (
        not visual
        and (has_table or has_md)
        and (
            asks_about_attachment(asked := _after_lead_in(scored), table=has_table)
            or (has_table and asks_rows(asked, table))
        )
        and not (has_md and ANY_VISUAL.search(scored))
    ):
        return Route("text", "asks about the attachment: a written answer")
    if visual:
        best_w = max(v[0] for v in visual.values())
        kind = next(k.name for k in KINDS.by_priority() if k.name in visual and visual[k.name][0] == best_w)
        # "draw" alone is a weak hint; with a table or pasted answer, analysis or slides win.
        if not (best_w == 1 and (has_table or has_md)):
            cue = visual[kind][1]
            reason = (
                cue
                if cue.startswith(
                    (
                        "numbers ",
                        "numbered steps",
                        "a list",
                        "relations",
                        "steps told",
                        "states ",
                        "parts ",
                        "a scene ",
                    )
                )
                else f"mentions '{cue}'"
            )
            if kind == "chart" and has_table:
                numeric = _numeric_columns(table)
                if numeric:
                    reason += f" with an attached table (numeric column '{numeric[0]}')"
            return Route(kind, reason, best_w)
    if has_table and scores.get("text", (0,))[0] >= 3 and not wants_explorer(head):
        # "does rain actually hurt sales? just tell me": the answer in words, no chart of the table
        return Route("text", f"mentions '{scores['text'][1]}' over the attached table: a written answer", 3)
    if has_table:
        if wants_explorer(head):  # "je veux pouvoir choisir une ligne", "按城市和类型筛选": rows to pick
            return Route("app", "asks to filter or pick the attached table's rows: the table explorer")
        if asks_flow(head) and status_column(table) is not None:  # "how a shipment goes through the statuses"
            return Route("diagram", "asks for the course through the attached table's status column")
        numeric = _numeric_columns(table)
        cue = best_cue(head, [(c, 1) for c in TABLE_CUES])
        if numeric:
            reason = f"attached table with numeric column '{numeric[0]}'"
        else:
            reason = "attached table (no numeric column: counting rows)"
        if cue:
            reason += f" and '{cue[1]}' in the question"
        return Route("chart", reason)
    if has_md and scores.get("text", (0,))[0] >= 3:  # "just tell me" over a pasted list: words
        return Route("text", f"mentions '{scores['text'][1]}' over pasted content: a written answer", 3)
    if has_md:
        pasted = markdown if markdown and markdown.strip() else body or ""
        if schedule(pasted):
            return Route("infographic", "a dated schedule pasted: a timeline to print")
        if "slides" in visual:  # "put these notes into a PowerPoint": the deck is where they go
            return Route("slides", f"pasted content to go into a deck ('{visual['slides'][1]}')")
        shape = answer_shape(pasted)
        if shape is not None:  # no form named: the answer's own shape decides
            return Route(shape[0], shape[1])
        if asked := ANY_VISUAL.search(scored):  # "make this readable" over prose: one page, not a deck
            return Route("infographic", f"asks '{asked.group(0)}' of pasted prose: one page")
        return Route("slides", "markdown answer given; slides by default")
    if "text" in scores:
        return Route("text", f"mentions '{scores['text'][1]}' and no visual cue; plain text", text_w)
    return Route("text", "no visual cue, data or attachment; plain text", 0)


# A step that branches: "if not the crew drives out", "لو اتأخر ٥ دقايق ألغي", "si no hay stock, …"
_BRANCH_STEP = re.compile(
    r"^(?:and\s+|y\s+|et\s+|und\s+|e\s+|و)?(?:if|when|otherwise|else|unless|in\s+case|wenn|falls|sonst|si|sinon|se|senão"
    r"|als|anders|indien|если|иначе|jeśli|jeżeli|eğer|nếu|لو|إذا|اذا|وإلا|والا|अगर|यदि|वरना)(?![^\W\d_])"
    r"|^(?:如果|要是|否则|もし|만약)",
    re.I,
)


def _facts_listed(text: str) -> bool:
    """A sheet of several facts listed after a colon ("one-glance sheet from this: busiest room, average
    hours per booking, no-shows, best night"): cards of facts of different kinds, not one chart's bars."""
    _lead, colon, rest = re.sub(r"[：]", ":", text).partition(":")
    items = [i for i in re.split(r"[,，、;]", rest.strip(" .!?")) if i.strip()]
    return bool(colon) and len(items) >= 3 and all(len(i.split()) <= 5 for i in items)


def _after_lead_in(text: str) -> str:
    """The question after a short lead-in that ends in a colon ("scusa, una cosa veloce: quanti guasti
    …?", "quick one: which day …?"), so it is read from where it asks; the text as it is otherwise."""
    m = re.match(r"^\s*[^:：?？\n\d]{1,40}[:：]\s+(?=\S[^\n]*[?？]\s*$)", text)
    return without_lead_in(text[m.end() :] if m else text)  # "quick one how much …", "jobs attached which …"


def _drawn_structure(text: str, body: str | None) -> str:
    """What a picture asked for draws when the user gives a structure, not a scene: a tree pasted as an
    indented list (a box-drawn one is read as one, `request.box_tree`), steps where some branch ("if not
    …") and some do not, or things whose connections are asked about. '' for anything else."""
    pasted = body or ""
    levels = {len(m.group(1)) for m in re.finditer(r"(?m)^([ \t]*)[-*•]\s+\S", pasted)}
    if len(levels) >= 2 and len(re.findall(r"(?m)^[ \t]*[-*•]\s+\S", pasted)) >= 3:
        return "a tree pasted as an indented list"
    listed = supplied(text)
    if listed is not None and len(listed.items) >= 4 and not listed.sections:
        branching = sum(bool(_BRANCH_STEP.match(item.strip())) for item in listed.items)
        if branching and len(listed.items) - branching >= 2:
            return "steps with a branch in the question"
    linked_at = HOW_LINKED.search(text)
    if linked_at is not None:  # three things named in the sentence that asks
        start = max(text.rfind(c, 0, linked_at.start()) for c in ".!?\n") + 1
        stops = [i for i in (text.find(c, linked_at.end()) for c in ".!?\n") if i >= 0]
        if len(split_items(text[start : min(stops, default=len(text))])) >= 3:
            return "how things connect, asked"
    return ""


def _a_step_word(text: str, found: tuple[int, str, int]) -> bool:
    """The picture cue is one word of a step told in order ("… puis placo, puis peinture et sols",
    "…, then sealant and paint"): a task named, not a picture asked for."""
    weight, cue, at = found
    steps = [m.start() for m in SEQUENCE.finditer(text)]
    return weight <= 3 and len(cue.split()) == 1 and bool(steps) and steps[0] < at


# Asking what a form is, and nothing more: "what is a cheat sheet?", "qu'est-ce qu'une infographie ?".
_WHAT_IS = re.compile(
    r"^\s*(?:what(?:['’]s|\s+is|\s+are)|was\s+ist|qu['’]est[- ]ce\s+qu(?:['’]|e\s)|qu[ée]\s+es|o\s+que\s+é"
    r"|cos['’]è|cosa\s+è|wat\s+is|что\s+такое|czym\s+jest|co\s+to\s+jest)\s*"
    r"(?:(?:an?|ein|eine|un|une|una|uno|um|uma|een)\s+)?(?P<thing>[^?？\n]{2,30}?)\s*[?？]\s*$",
    re.I,
)
# A measure followed over time, in the planner's languages: "rents … over the last years", "prices during
# the year", "Mieten über die letzten Jahre", "أسعار … خلال السنة", "房租这几年".
MEASURE_OVER_TIME = re.compile(
    r"(?:\b(?:prices?|rents?|sales|costs?|revenue|temperatures?|population|salar(?:y|ies)|fees|precios|alquileres|ventas"
    r"|costes|prix|loyers|ventes|co[uû]ts|preise|mieten|umsatz|kosten|prezzi|affitti|vendite|costi|pre[çc]os|alugu[eé]is"
    r"|vendas|custos|prijzen|huren|omzet|ceny|czynsze|sprzedaż|fiyatlar\w*|kira\w*|цены|аренд\w*|продаж\w*)\b"
    r"|أسعار|إيجار\w*|مبيعات|价格|房租|租金|销售额|価格|家賃|売上|가격|월세|임대료|매출|कीमत\w*|किराय\w*)"
    r".{0,80}?(?:\bover\s+the\s+(?:last\s+|past\s+)?(?:\w+\s+)?(?:years|months|decade)|\bduring\s+the\s+year|\bby\s+year"
    r"|über\s+die\s+(?:letzten\s+)?(?:\w+\s+)?jahre|im\s+laufe\s+des\s+jahres|pro\s+jahr|durante\s+el\s+año"
    r"|a\s+lo\s+largo\s+de\s+los\s+años|en\s+los\s+últimos\s+años|au\s+fil\s+des\s+ans|ces\s+dernières\s+années"
    r"|negli\s+ultimi\s+anni|nel\s+corso\s+dell['’]anno|ao\s+longo\s+d[oa]s?\s+anos?|nos\s+últimos\s+anos"
    r"|за\s+последние\s+(?:\S+\s+)?(?:годы|лет)|по\s+годам|خلال\s+السن[ةو]|على\s+مدى\s+السنوات|这几年|近几年|过去\S{0,3}年"
    r"|ここ\S{0,3}年|過去\S{0,3}年|지난\s*\S{0,3}년|연도별|पिछले\s+\S+\s+साल)",
    re.I,
)
# Asking how big a form should be ("how many slides should I have for a 5 minute pitch", "¿cuántas
# diapositivas necesito para…?", "сколько слайдов нужно"): advice in words, no deck of the question.
FORM_SIZE_ASKED = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|hi|quick question)[,\s]+)?(?:how\s+many\s+(?:slides?|pages?|charts?)"
    r"|how\s+long\s+should\s+(?:my|the|a)\s+(?:deck|presentation|talk|slides?)"
    r"|cu[áa]nt[ao]s\s+(?:diapositivas|l[áa]minas|slides|gr[áa]ficos)|combien\s+de\s+(?:diapositives|slides|pages)"
    r"|wie\s+viele\s+(?:folien|seiten|slides)|quant[ei]\s+(?:slide|diapositive)|quantos\s+(?:slides|diapositivos)"
    r"|hoeveel\s+(?:dia['’]?s|slides)|ile\s+slajd\w*|ka[çc]\s+slayt|сколько\s+слайд\w*"
    r"|幻灯片要?(?:做)?几页|(?:ppt|PPT)要?(?:做)?几页|スライドは?何枚|슬라이드\s*몇\s*장|كم\s+شريحة|कितनी\s+स्लाइड)"
    r"(?![^?？]*[:：]\s*\S)",
    re.I,
)
_EXPLAIN = re.compile(
    r"\bexplain\w*|\berklär\w*|\bexplica\w*|\bexpliqu\w*|\bspiega\w*|\buitleg\w*|\bleg\s+uit\b|\bwyjaśni\w*"
    r"|\baçıkla\w*|(?<![\u0400-\u04ff])объясн\w*|解释|説明して|설명해|समझा\w*|اشرح|وضّح",
    re.I,
)
_TOOL_WORDS = re.compile(
    r"\b(?:app|tool|widget|thing|something|page|form|template|spreadsheet|sheet|aplicación|herramienta|outil|werkzeug"
    r"|strumento|ferramenta)\b|アプリ|(?<![ァ-ヺー])ツール|앱|도구|应用|工具|程序|أداة|ऐप|инструмент|приложени",
    re.I,
)

# A calculator named as the source of a result the user doubts: "calculator says … is £248", "la
# calculadora me da 248", "der Rechner zeigt 248", "计算器显示", "電卓で248と出た". It did its job; the
# question is whether the figure is right, answered in words.
_REPORTED = re.compile(
    r"\b(?:calculator|calc|calculadora|calculatrice|calcolatrice|rechner|taschenrechner|rekenmachine|kalkulator"
    r"|hesap\s+makinesi|калькулятор)\s+(?:says|said|shows?|showed|gives?|gave|gets?|got|comes?\s+up|came\s+up"
    r"|tells?\s+me|told\s+me|(?:me\s+)?(?:dice|da|dá|diz|mostra|muestra|marca|dit|donne|affiche|indique)"
    r"|sagt|zeigt|gibt|zegt|geeft|pokazuje|mówi|показывает|выдает|выдаёт|gösteriyor)\b"
    r"|(?:计算器|計算機|電卓)(?:上)?(?:显示|算出|说|で.{0,20}?(?:出た|なった|出ます))|계산기(?:로|에서)\s*(?:계산하니|해\s*보니|나온|나왔)",
    re.I,
)
# Doubt about a figure: the check asked ("am i wrong", "is that right", "¿está bien?", "stimmt das")
_DOUBT = re.compile(
    r"\?|\b(?:wrong|right|correct|mistake|error|sure|bien|mal|erreur|faux|juste|falsch|richtig|stimmt|sbagli\w*|giusto"
    r"|errad\w*|errei|certo|equivoc\w*|fout|klopt|błąd|źle|dobrze|неправ\w*|ошиб\w*|верно)\b|错|對嗎|对吗|違|合って|틀|맞나",
    re.I,
)

# An item of a day's schedule starts with its clock time ("11:00 photos at the house", "7pm dinner").
_CLOCK_LEAD = re.compile(r"^(?:[012]?\d[:.h][0-5]\d|\d{1,2}\s*(?:am|pm|uhr)\b)", re.I)

# A numbered list that ranks ("my top 5 albums, ranked: 1. … 2. …"): places in an order of preference,
# not steps one follows, so no flow is drawn between them.
RANKED = re.compile(
    r"\btop\s*\d+\b|\branked\b|\branking\b|\bmy\s+favou?rite|\bclassement\b|\bclasificaci[oó]n\b|"
    r"\brangliste\b|\bclassifica\b|\bрейтинг|排名|排行|ランキング|順位|순위",
    re.I,
)


# What was measured on a quiz or a test, in the planner's languages: its average, scores, results.
RESULTS = re.compile(
    r"\b(?:average|mean|scores?|results?|marks|grades|media|medias|promedio|notas|moyenne|notes|résultats"
    r"|durchschnitt|noten|ergebnisse|punkte|voti|punteggi|risultati|médias|resultados|gemiddelde|cijfers"
    r"|średni\w*|ocen\w*|wyniki|ortalama\w*|not(?:lar|ları)|puan\w*|средн\w*|оценк\w*|результат\w*|балл\w*)\b"
    r"|平均|点数|得点|成績|推移|分数|成绩|평균|점수|성적|متوسط|درجات|नतीजे|औसत|अंक",
    re.I,
)


# The tool itself asked to be made, just before its noun: "make a timer", "build me a quiz", "crea un quiz".
_TOOL_MADE = re.compile(
    r"\b(?:make|build|create|set\s+up|need|want|haz|crea|créer|crée|fais|mach|erstell\w*|bau|fai|faz|cria"
    r"|maak|zrób|yap|сделай|создай)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def _names_part(cue: str, name: str) -> bool:
    """The tool's noun is a word of the measure's name or of an item's label ('quiz' in 'quiz 2',
    '小テスト' in '小テストのクラス平均'): what the numbers were taken on, not a tool asked for."""
    if not cue or not name:
        return False
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", cue):
        return cue in name
    return re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", name, re.I) is not None


def _names_measure(cue: str, metric: str) -> bool:
    """The diagram word is the name of what the numbers count ('steps' in 'steps per day')."""
    words = set(re.findall(r"\w+", metric.casefold()))
    return bool(words) and all(w in words for w in re.findall(r"\w+", cue.casefold()))


# Seeing something at once, in the planner's languages: for one series of four or more values, a
# chart shows it best; key-number cards suit a few numbers of different kinds.
GLANCE = re.compile(
    r"glance|vistazo|coup d.(?:œ|oe)il|auf einen blick|colpo d.occhio|relance|oogopslag|bir bakışta|одного взгляда|"
    r"一目|ひと目|한눈|لمحة|नज़र में|नजर में|side by side|nebeneinander|côte à côte|lado a lado|fianco a fianco|"
    r"naast elkaar|yan yana|并排|並べて|나란히",
    re.I,
)


# A part of the attachment named by what it is ("the timeline in here", "the table below"): where the
# data is, not the form the answer should take.
_PART_OF_ATTACHMENT = re.compile(
    r"\b(?:from|in|of|using|with)\s+(?:the|this|that|your|my|our)\s+(?:\w+\s+)?\w+\s+"
    r"(?:in here|in there|below|above|attached|here|in the (?:doc|document|file|report|notes))\b",
    re.I,
)


# "in this slip", "इस पर्ची में", "dans cette fiche", "aus dieser Liste": the attached table called by a
# word of its own, which can also name a tool ("slip", "log", "sheet"); blanked only where it would
# otherwise ask for an app
_THIS_ATTACHMENT = re.compile(
    r"\b(?:in|from|on)\s+(?:this|that)\s+\w+\b|इस\s+\S+\s+(?:में|से|के|की|का)(?!\S)"
    r"|\b(?:dans|de|sur)\s+(?:ce|cette|cet)\s+\w+\b|\b(?:en|de)\s+(?:este|esta|ese|esa)\s+\w+\b"
    r"|\b(?:in|aus|auf)\s+(?:diese[rmn]?)\s+\w+\b|\b(?:neste|nesta|deste|desta)\s+\w+\b"
    r"|\b(?:in|da)\s+quest[oa]\s+\w+\b|\b(?:в|из)\s+(?:этой|этом|этого)\s+\w+",
    re.I,
)


# What one did ("yesterday I went to the market, then met my sister"): a story of a day, not steps.
DIARY = re.compile(
    r"\b(?:yesterday|last (?:night|week|weekend|saturday|sunday)|this morning)\b|\b(?:i|we) (?:went|met|had|saw|did|took)\b",
    re.I,
)


# A question typed without its question mark ("what flow rate do i need for combi in 3 bed house with 2
# showers"): a wh-word and a verb of need or choice open it, so its numbers are the case, not a series.
_WH_ASK = re.compile(
    r"\s*(?:what|which|how\s+(?:much|many|big|long)|qu(?:el|elle|els|elles)|combien|welche[rsnm]?|wie\s+viel\w*"
    r"|qu[ée]|cu[áa]nt[oa]s?|cu[áa]l)\b[^.!?\n]{0,40}?(?:\b(?:do|does|should|would|will)\s+(?:i|we|you)\s+"
    r"(?:need|get|use|buy|pick|choose|want)\b|\b(?:me\s+)?faut-il\b|\bdois-je\b|\bbrauch(?:e|en)\s+(?:ich|wir)\b"
    r"|\bnecesit(?:o|amos)\b)",
    re.I,
)


_ADVICE_ASK = re.compile(
    r"\s*(?:which|what|how|should|would|where|quel(?:le)?s?|lequel|laquelle|faut-il|welche[rsnm]?|soll(?:te)?"
    r"|cu[áa]l(?:es)?|deber[ií]a|debo|quale)\b(?![^?]*\b(?:look|looks|looked|looking|ressembl\w*|aussehen|ausgesehen|aspecto|parec\w*)\b)"
    r"(?![\s\S]*\b(?:draw|paint|sketch|make|create|generate|render|picture\s+of|image\s+of|dessine|peins|zeichne|male|dibuja|pinta)\b)"
    r"[^?]{3,200}\?",
    re.I,
)


def _asks(text: str) -> bool:
    """A question to answer rather than content to lay out ('is that legal?', 'what is …', 'is 3,000 ft
    high? 😅', '¿cómo animo a la gente …? mi jefe me pide ideas'), or a text to write or translate."""
    return (
        bool(re.search(r"[?？؟][^\w\n]*$", text.strip()))
        or _ASKED_ES.search(text) is not None
        or _WRITING.search(text) is not None
        or amount_asked(text)
    )


# "¿cómo animo a la gente …?": a Spanish question by its opening mark and question word
_ASKED_ES = re.compile(
    r"¿\s*(?:c[oó]mo|qu[eé]|por\s*qu[eé]|cu[aá]l\w*|cu[aá]nt\w*|d[oó]nde|cu[aá]ndo|qui[eé]n\w*)\b[^?¿\n]*\?",
    re.I,
)
# A text to write from what is given: a translation, a caption or a post ("帮我把这句翻成英文", "need an
# insta caption for …"): words to hand back, whatever the list in it
_WRITING = re.compile(
    r"\btranslat\w*|\btradu[czi]\w*|\bübersetz\w*|\bvertaal\w*|\bперевед\w*|\bçevir\w*|\btłumacz\w*"
    r"|翻[成译譯]|译成|翻訳|번역|ترجم|अनुवाद"
    r"|\b(?:need|want|like)\s+(?:an?\s+|some\s+)?(?:\w+\s+){0,2}?(?:captions?|hashtags|bio|blurb|slogan|tagline)\b",
    re.I,
)


def _summarise(text: str, table: Any, has_md: bool) -> bool:
    """'summarise this table' / 'shorter please': a written answer about the whole attachment. A
    summary of a named column ('a summary of the total star rating') is a chart of it."""
    if not (table is not None or has_md) or not (SUMMARY.search(text) or (has_md and SHORTEN.search(text))):
        return False
    if table is None or _WRITE_UP.search(text):  # "write a short summary of the harvest for the newsletter"
        return True
    from generators.rules.table import column_mentions

    # "للمتبرعين" (for the donors) names who it is for, not the donors column: only names as written
    return not column_mentions(text, [str(c) for c in table.columns], meaning=False)


# a summary to be written and sent: words, whatever column it names
_WRITE_UP = re.compile(
    r"\b(?:write|draft|compose|in words|paragraph|newsletter|e-?mail|memo|report to|schreib\w*|écri\w*|escrib\w*"
    r"|scriv\w*|escrev\w*|schrijf|napisz|напиши|yaz)\b|写|書いて|써\s*줘|اكتب|लिखो",
    re.I,
)
SHORTEN = re.compile(
    r"shorter|shorten|condense|\bonly the\b|\bjust the\b|kürzer|plus court|más corto|più breve|更短|短く|짧게"
    # "too long, top 3 only": the pasted answer cut down to a few points, in words
    r"|\btoo\s+long\b|\btl;?dr\b|\b(?:top|just|only)\s+\d{1,2}\b[^.?!\n]{0,30}?\bonly\b|\btrop\s+long|\bzu\s+lang\b"
    r"|\bdemasiado\s+largo|\bmuy\s+largo|\btroppo\s+lung|\bte\s+lang\b|\bmuito\s+longo|\bza\s+dług|слишком\s+длинн"
    r"|\bçok\s+uzun|太长|長すぎ|너무\s*길|طويل\s+جدا|बहुत\s+लंबा",
    re.I,
)
