"""Every language the planner answers in has every message, with the English placeholders.

`words.msg` falls back to English key by key, so a missing translation does not fail loudly: an
Italian user who asked for nothing drawable was told "I see nothing to visualise here…" in English.
A wrong or missing placeholder would raise `KeyError` (or drop a number) only when that message is
shown. These tests catch both when the tables are edited.
"""

from __future__ import annotations

from string import Formatter

import pytest

from generators.rules.messages import MESSAGES
from generators.rules.words import msg

ENGLISH = MESSAGES["en"]
LANGUAGES = sorted(set(MESSAGES) - {"en"})
ANSWERED = ("zh", "ja", "ko", "ru", "ar", "hi", "es", "fr", "de", "pt", "it", "nl", "tr", "pl", "vi", "id")
"""The codes `words.language` gives besides English and the recognised-only `OTHER_LATIN`."""


def fields(text: str) -> set[str]:
    """The `str.format` field names in `text`."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_english_key_is_translated(lang: str) -> None:
    assert sorted(set(ENGLISH) - set(MESSAGES[lang])) == []
    assert sorted(set(MESSAGES[lang]) - set(ENGLISH)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_english(lang: str) -> None:
    wrong = {
        key: (fields(text), fields(ENGLISH[key]))
        for key, text in MESSAGES[lang].items()
        if fields(text) != fields(ENGLISH[key])
    }
    assert wrong == {}


@pytest.mark.parametrize("lang", ANSWERED)
def test_nothing_to_draw_is_said_in_the_users_language(lang: str) -> None:
    assert msg(lang, "nothing") != ENGLISH["nothing"]
