"""A pasted blob is read in pieces (no pattern retries from each of its thousands of positions) and
comes back whole in the plan; ordinary questions are read exactly as written."""

from __future__ import annotations

import json
import re

from generators.base import PlanRequest
from generators.rules import RulesPlanner
from generators.rules.long_runs import LONGEST, MARK, broken, joined

BLOB = "QmFzZTY0IGJsb2I" * 700  # 10,500 characters, no space


def test_a_long_run_is_cut_into_pieces_no_longer_than_the_limit_and_joins_back() -> None:
    text = f"what is this? {BLOB} thanks"
    read = broken(text)
    assert read != text and max(len(run) for run in read.split()) <= LONGEST
    assert read.replace(MARK, "") == text


def test_cjk_prose_is_cut_after_its_punctuation_so_no_word_is_split() -> None:
    prose = "今年公司的销售额比去年增长了很多，我们需要在下个月之前完成这个项目。" * 40
    pieces = broken(prose).split(MARK)
    assert len(pieces) > 1 and all(p.endswith(("，", "。")) for p in pieces[:-1])
    assert "".join(pieces) == prose


def test_ordinary_text_and_text_with_the_users_own_thin_spaces_stay_as_written() -> None:
    ordinary = "社内マニュアルの障害対応の手順をフローチャートにしてほしいです。" * 3  # 99 characters
    assert broken(ordinary) is ordinary
    own = f"1{MARK}240 visitors {BLOB}"  # the mark typed by the user: a cut could not be told apart
    assert broken(own) == own


def test_joined_takes_the_mark_out_of_every_string_of_a_dump() -> None:
    dump = {"title": f"a{MARK}b", "items": [{"label": f"c{MARK}d", "value": 3}, "e"], "n": None}
    assert joined(dump) == {"title": "ab", "items": [{"label": "cd", "value": 3}, "e"], "n": None}


def test_the_planner_reads_a_blob_in_pieces_and_the_plan_never_shows_the_mark() -> None:
    planner = RulesPlanner()
    for question in (f"make a chart of {'a' * 20_000}", f"what does this error mean? KeyError: {BLOB}"):
        plan = planner.plan(PlanRequest(question=question)).plan
        assert MARK not in json.dumps(plan.model_dump(), ensure_ascii=False)
    # a plan that shows the user's words keeps them as typed around the blob
    plan = planner.plan(PlanRequest(question=f"make a checklist: buy milk, scan {BLOB}, call mom")).plan
    shown = json.dumps(plan.model_dump(), ensure_ascii=False)
    assert "buy milk" in shown and "call mom" in shown and not re.search(MARK, shown)
