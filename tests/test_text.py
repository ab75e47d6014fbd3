"""Text metrics: real font widths, wrapping (incl. CJK), shrink-to-fit, truncation."""

from __future__ import annotations

import unicodedata as ud

import pytest

from render import text as t
from render.layout import Rect, text_box


def test_widths_come_from_the_font():
    # DejaVu Sans: "i" is much narrower than "W"; bold is wider than regular.
    assert t.text_width("W", 10) > 2 * t.text_width("i", 10)
    assert t.text_width("Hello", 10, bold=True) > t.text_width("Hello", 10)
    assert t.text_width("Hello", 20) == pytest.approx(2 * t.text_width("Hello", 10))


def test_cjk_glyphs_are_full_width():
    assert t.text_width("中文", 10) == pytest.approx(20, rel=0.05)


def test_wrap_respects_width_and_keeps_words():
    lines = t.wrap("the quick brown fox jumps over the lazy dog", 80, 12)
    assert len(lines) > 1
    assert all(t.text_width(line, 12) <= 80 for line in lines)
    assert " ".join(lines) == "the quick brown fox jumps over the lazy dog"


def test_wrap_breaks_between_cjk_characters_and_long_words():
    lines = t.wrap("这是一个很长的中文句子需要换行", 60, 12)
    assert "".join(lines) == "这是一个很长的中文句子需要换行"
    assert all(t.text_width(line, 12) <= 60 for line in lines)
    lines = t.wrap("x" * 200, 50, 12)
    assert "".join(lines) == "x" * 200 and all(t.text_width(line, 12) <= 50 for line in lines)


def test_fit_shrinks_then_truncates():
    fitted = t.fit("word " * 30, 200, 60, max_size=32, min_size=10)
    assert fitted.size < 32 and fitted.height <= 60
    huge = t.fit("x" * 2000, 200, 40, max_size=32, min_size=10)
    assert huge.truncated and huge.lines[-1].endswith(t.ELLIPSIS) and huge.height <= 40


def test_rtl_detection():
    assert t.is_rtl("مرحبا بالعالم") and t.is_rtl("  שלום") and not t.is_rtl("abc مرحبا")


@pytest.mark.parametrize(
    "content",
    [
        "short",
        "a much longer sentence " * 20,
        "中文" * 200,
        "😀" * 50,
        "مرحبا " * 60,
        ["bullet one", "bullet two"] * 20,
    ],
)
def test_text_box_never_overflows(content):
    box = text_box(content, Rect(0, 0, 300, 120), max_size=24, min_size=10, color="#000", bullet="•")
    assert not box.overflows()
    assert box.size >= 10


def test_indic_and_thai_letters_are_measured_with_their_own_face():
    """With fonts-noto-core installed (CI installs it), a Devanagari or Thai letter has its real
    advance, not the 0.6 em guessed for a glyph no font measures."""
    from fontTools.ttLib import TTFont

    for word, name in (("बिक्री", "Devanagari"), ("ยอดขาย", "Thai")):
        path = t.script_font(name)
        assert path.is_file(), f"install fonts-noto-core for {name}"
        font = TTFont(str(path))
        cmap, hmtx, upem = font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm
        expected = sum(
            0.0 if ud.category(c) in {"Mn", "Me", "Cf"} else hmtx[cmap[ord(c)]][0] / upem * 10 for c in word
        )
        assert t.text_width(word, 10) == pytest.approx(expected, rel=1e-6)
        assert t.text_width(word, 10) != pytest.approx(0.6 * 10 * len(word), rel=0.02)
