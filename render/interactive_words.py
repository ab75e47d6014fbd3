"""The app page's own words (buttons, notes, totals, "Score"), by the plan's language (`AppPlan.language`).

The Streamlit screen, the snapshot and the HTML page's runtime (which receives `words(language)` in
its data block) all read them here; a language without a table, or a key a table lacks, is English.
Placeholders are `str.format` fields ("{n}"); the JS runtime fills the same ones. Translations of
the page words other than English and Chinese are in `render.interactive_words_world`.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Any

from render.interactive_words_world import WORLD_WORDS
from render.numerals import language_code

# fmt: off
EN: dict[str, str] = {
    "n_cards": "{n} cards", "n_questions": "{n} questions",
    "yes": "yes", "no": "no", "chart": "Chart", "tab": "Tab {n}", "more_rows": "… {n} more rows",
    "series": "Series {n}", "checklist": "Checklist", "checked": "{done} of {n} done",
    "inputs": "Inputs", "more_input": "+ {n} more input", "more_inputs": "+ {n} more inputs",
    # quiz and flashcards
    "quiz": "Quiz", "flashcards": "Flashcards", "right": "✅ Right", "answer_is": "❌ The answer is {answer}",
    "right_js": "Right!", "not_quite": "Not quite: the answer is {answer}.", "knew_this": "I knew this",
    "knew_it": "I knew it", "known_n": "Known: {n} / {total}", "score_n": "Score: {n} / {total}",
    "answered": " ({n} answered)", "check_answers": "Check answers", "show_answer": "Show answer",
    "not_yet": "Not yet", "known": "Known.", "keep_practising": "Keep practising.",
    # random picker
    "shuffle": "Shuffle", "make_teams": "Make {n} teams", "pick_one": "Pick one", "pick_n": "Pick {n}",
    "picker_empty": "Type the names, one per line, then draw.",
    "no_repeat": "Nobody is drawn twice until everyone has been drawn once.",
    "items_per_line": "Items, one per line", "name_per_line": "One name per line",
    "items_aria": "Items to draw from, one per line", "teams": "Teams", "how_many": "How many",
    "new_round": "Start a new round", "team_n": "Team {n}", "left_to_draw": "{n} still to draw this round",
    "all_drawn": "Everyone has been drawn: the next draw starts a new round",
    # timer and stopwatch
    "stopwatch_note": "Stopwatch: counts up from zero.", "timer_typed_note": "Type a duration, then start.",
    "sequence_note": "{chain} · {total} in all", "sequence_rounds_note": "{n} rounds of {chain} · {total} in all",
    "duration": "Duration", "minutes": "Minutes", "how_many_minutes": "How many minutes?", "elapsed": "Elapsed",
    "done": "Done", "time_left": "Time left", "round_of": "round {n} of {total}", "step_of": "step {n} of {total}",
    "pause": "Pause", "resume": "Resume", "start": "Start", "reset": "Reset", "set_duration": "Set a duration first",
    # tally counter and scoreboard
    "count": "Count", "total_n": "Total: {n}", "leading": "Leading: {name} ({n})", "tied": "Tied: {names} ({n})",
    "every_n": "Every {n}", "at_total": "total {n}", "at_name": "{name} at {n}",
    "wins": "{name} reached {n} first and wins", "reached": "{n} reached",
    "step_note": "Each press adds or takes away {n}.", "alert_of": "{alert}: an alert", "an_alert": "An alert",
    "every_total": "{said} each time the total of all counters reaches a multiple of {n}.",
    "every_any": "{said} each time any counter reaches a multiple of {n}.",
    "first_to": "First to {n} wins.", "target": "Target: {n}.", "rename_counters": "Rename or add counters",
    "counter_names": "Counter names, one per line",
    "counts_not_saved": "Counts are not saved on this device (its storage is off).",
    "take_from": "Take {n} from {name}", "add_to": "Add {n} to {name}", "more_counters": "+ {n} more counters",
    # log (tracker)
    "period_all": "Total", "period_day": "Today", "period_week": "This week", "period_month": "This month",
    "of_goal": "{value} of {goal} ({pct}%)", "goal_plain": "{total}; goal {goal}",
    "warns": "Warns when {what} is {levels}", "below": "below {x}", "above": "above {x}", "or": " or ",
    "fired_below": "{what} is {value}, below {x}", "fired_above": "{what} is {value}, above {x}",
    "add_entry": "Add entry", "add": "Add", "no_entries": "No entries yet.", "goal": "Goal: {text}",
    "on_page": "{rule} (on this page; nothing is sent).", "download_csv": "Download CSV",
    "fill_first": "Fill in the entry first.",
    "entries_not_saved": "Entries are not saved on this device (its storage is off).",
    "delete_entry": "Delete entry {n}", "needs_number": "{name} needs a number",
    "no_entries_listed": "No entries yet: each one added on the page gets a row here.",
    "more_entries": "… {n} more entries",
    "search_entries": "Search the entries", "no_match": "No entry matches “{q}”.",
    "quiz_write": "Your questions, one per line: question = answer", "quiz_example": "Capital of France? = Paris", "quiz_empty": "No questions yet: write them in the box, one per line, then start.", "quiz_target": "{n} of {total} questions written.", "quiz_skipped": "{n} lines have no answer (write question = answer).",
}

ZH: dict[str, str] = {
    "n_cards": "{n} 张卡片", "n_questions": "{n} 道题",
    "yes": "是", "no": "否", "chart": "图表", "tab": "标签 {n}", "more_rows": "……另有 {n} 行",
    "series": "系列 {n}", "checklist": "清单", "checked": "已完成 {done}/{n}",
    "inputs": "输入", "more_input": "+ 另有 {n} 个输入", "more_inputs": "+ 另有 {n} 个输入",
    "quiz": "测验", "flashcards": "单词卡", "right": "✅ 正确", "answer_is": "❌ 答案是 {answer}",
    "right_js": "正确！", "not_quite": "不对：答案是 {answer}。", "knew_this": "我会了",
    "knew_it": "我会了", "known_n": "已掌握：{n} / {total}", "score_n": "得分：{n} / {total}",
    "answered": "（已答 {n} 题）", "check_answers": "核对答案", "show_answer": "显示答案",
    "not_yet": "还没会", "known": "已掌握。", "keep_practising": "继续练习。",
    "shuffle": "打乱顺序", "make_teams": "分成 {n} 组", "pick_one": "抽一个", "pick_n": "抽 {n} 个",
    "picker_empty": "每行输入一个名字，然后抽取。", "no_repeat": "每个人都被抽到一次之前，不会有人被抽到两次。",
    "items_per_line": "每行一项", "name_per_line": "每行一个名字", "items_aria": "要抽取的项目，每行一项",
    "teams": "组数", "how_many": "数量", "new_round": "开始新一轮", "team_n": "第 {n} 组",
    "left_to_draw": "本轮还剩 {n} 个", "all_drawn": "所有人都已抽到：下次抽取开始新一轮",
    "stopwatch_note": "秒表：从零开始计时。", "timer_typed_note": "输入时长，然后开始。",
    "sequence_note": "{chain} · 共 {total}", "sequence_rounds_note": "{n} 轮 {chain} · 共 {total}",
    "duration": "时长", "minutes": "分钟", "how_many_minutes": "多少分钟？", "elapsed": "已用时间",
    "done": "结束", "time_left": "剩余时间", "round_of": "第 {n}/{total} 轮", "step_of": "第 {n}/{total} 步",
    "pause": "暂停", "resume": "继续", "start": "开始", "reset": "重置", "set_duration": "请先设置时长",
    "count": "计数", "total_n": "合计：{n}", "leading": "领先：{name}（{n}）", "tied": "平局：{names}（{n}）",
    "every_n": "每 {n}", "at_total": "合计 {n}", "at_name": "{name} 达到 {n}",
    "wins": "{name} 率先达到 {n}，获胜", "reached": "已达到 {n}",
    "step_note": "每按一次加或减 {n}。", "alert_of": "{alert}：提醒", "an_alert": "提醒",
    "every_total": "所有计数器合计每达到 {n} 的倍数时{said}。",
    "every_any": "任一计数器每达到 {n} 的倍数时{said}。",
    "first_to": "先到 {n} 者获胜。", "target": "目标：{n}。", "rename_counters": "重命名或添加计数器",
    "counter_names": "计数器名称，每行一个", "counts_not_saved": "计数未保存在本设备上（存储已关闭）。",
    "take_from": "从 {name} 减去 {n}", "add_to": "给 {name} 加 {n}", "more_counters": "+ 另有 {n} 个计数器",
    "period_all": "合计", "period_day": "今天", "period_week": "本周", "period_month": "本月",
    "of_goal": "{value} / {goal}（{pct}%）", "goal_plain": "{total}；目标 {goal}",
    "warns": "当 {what} {levels}时提醒", "below": "低于 {x}", "above": "高于 {x}", "or": "或",
    "fired_below": "{what} 为 {value}，低于 {x}", "fired_above": "{what} 为 {value}，高于 {x}",
    "add_entry": "添加记录", "add": "添加", "no_entries": "还没有记录。", "goal": "目标：{text}",
    "on_page": "{rule}（仅在本页面；不会发送任何消息）。", "download_csv": "下载 CSV",
    "fill_first": "请先填写记录。", "entries_not_saved": "记录未保存在本设备上（存储已关闭）。",
    "delete_entry": "删除第 {n} 条记录", "needs_number": "{name} 需要填数字",
    "no_entries_listed": "还没有记录：在页面上添加的每一条都会在这里占一行。",
    "more_entries": "……另有 {n} 条记录",
    "search_entries": "搜索记录", "no_match": "没有记录包含“{q}”。",
    "quiz_write": "你的题目，每行一题：题目 = 答案", "quiz_example": "法国的首都？ = 巴黎", "quiz_empty": "还没有题目：在框里每行写一题，然后开始。", "quiz_target": "已写 {n} / {total} 题。", "quiz_skipped": "{n} 行没有答案（请写成 题目 = 答案）。",
}
# fmt: on

WORDS: dict[str, dict[str, str]] = {"en": EN, "zh": ZH, **WORLD_WORDS}


@lru_cache(maxsize=64)
def words(language: str) -> MappingProxyType[str, str]:
    """Every page word in `language` (a lenient code: 'fr-FR' is French), English where it has none."""
    return MappingProxyType({**EN, **WORDS.get(language_code(language), {})})


def say(language: str, key: str, **fields: Any) -> str:
    """The page word `key` in `language`, its fields filled."""
    return words(language)[key].format(**fields)
