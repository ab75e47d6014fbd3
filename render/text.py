"""Text measuring with real font metrics, wrapping and shrink-to-fit.

Every painter draws text that was laid out here, so "fits its box" has one meaning across SVG and
PowerPoint. Widths come from the bundled DejaVu Sans (`assets/fonts`); characters it lacks (CJK,
emoji) are measured from Noto Sans CJK when installed, else as one em, which is what full-width
glyphs use; Indic and Southeast Asian letters from their Noto face (fonts-noto-core) when installed. DejaVu is wider than the fonts PowerPoint substitutes for it, so a substitution
shrinks text rather than overflowing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from render.theme import ASSETS

FONTS = ASSETS / "fonts"
CJK_CANDIDATES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
)
NOTO = Path("/usr/share/fonts/truetype/noto")  # fonts-noto-core
SCRIPT_FONTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"[{chars}]"), name)
    for chars, name in (
        ("\u0900-\u097f", "Devanagari"),
        ("\u0980-\u09ff", "Bengali"),
        ("\u0a00-\u0a7f", "Gurmukhi"),
        ("\u0a80-\u0aff", "Gujarati"),
        ("\u0b00-\u0b7f", "Oriya"),
        ("\u0b80-\u0bff", "Tamil"),
        ("\u0c00-\u0c7f", "Telugu"),
        ("\u0c80-\u0cff", "Kannada"),
        ("\u0d00-\u0d7f", "Malayalam"),
        ("\u0d80-\u0dff", "Sinhala"),
        ("\u0e00-\u0e7f", "Thai"),
        ("\u0e80-\u0eff", "Lao"),
        ("\u1000-\u109f", "Myanmar"),
        ("\u1200-\u139f", "Ethiopic"),
        ("\u1780-\u17ff", "Khmer"),
    )
)
"""Scripts neither DejaVu nor Noto CJK covers, by their Noto face: measured and drawn with it."""


def script_font(name: str, weight: str = "Regular") -> Path:
    return NOTO / f"NotoSans{name}-{weight}.ttf"


LINE_HEIGHT = 1.25
ELLIPSIS = "…"


class _Metrics:
    """Advance widths in em units for one font file, with a per-character cache."""

    def __init__(self, path: Path, font_number: int = 0):
        from fontTools.ttLib import TTFont  # only text layout pays for fontTools

        font = TTFont(str(path), fontNumber=font_number, lazy=True)
        upem = font["head"].unitsPerEm
        hmtx = font["hmtx"].metrics
        self.widths: dict[int, float] = {
            cp: hmtx[name][0] / upem for cp, name in font.getBestCmap().items() if name in hmtx
        }


@lru_cache(maxsize=4)
def _font(bold: bool) -> _Metrics:
    return _Metrics(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))


@lru_cache(maxsize=1)
def _cjk() -> _Metrics | None:
    for path in CJK_CANDIDATES:
        if path.is_file():
            return _Metrics(path)
    return None


@lru_cache(maxsize=65536)
def char_width(ch: str, bold: bool = False) -> float:
    """Width of one character in em."""
    cp = ord(ch)
    width = _font(bold).widths.get(cp)
    if width is not None:
        return width
    if unicodedata.combining(ch) or unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
        return 0.0
    cjk = _cjk()
    if cjk is not None and cp in cjk.widths:
        return cjk.widths[cp]
    if unicodedata.east_asian_width(ch) in {"W", "F"} or cp >= 0x1F000:
        return 1.0 if cp < 0x1F000 else 1.25  # colour emoji advance ≈ 1.25 em
    for letters, name in SCRIPT_FONTS:
        if letters.match(ch):
            script = _script(name)
            if script is not None and cp in script.widths:
                return script.widths[cp]
            break
    return 0.6


@lru_cache(maxsize=16)
def _script(name: str) -> _Metrics | None:
    path = script_font(name)
    return _Metrics(path) if path.is_file() else None


MONO_ADVANCE = 0.602  # DejaVu Sans Mono (and Courier New, Consolas) advance, in em


@lru_cache(maxsize=8192)
def mono_width(ch: str, bold: bool = False) -> float:
    """Width of one character of monospaced (code) text in em: one advance, wide ones two."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
        return 0.0
    if unicodedata.east_asian_width(ch) in {"W", "F"} or ord(ch) >= 0x1F000:
        return max(char_width(ch, bold), 2 * MONO_ADVANCE)
    return MONO_ADVANCE


def is_mono(font: str) -> bool:
    """A monospaced family, measured by `mono_width` (code on a slide)."""
    return "mono" in font.lower() or font.lower().startswith(("courier", "consolas", "menlo"))


def text_width(text: str, size: float, bold: bool = False, mono: bool = False) -> float:
    """Width in points of `text` set at `size` points (`mono`: in a monospaced font)."""
    width = mono_width if mono else char_width
    return sum(width(ch, bold) for ch in text) * size


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Hebrew, Arabic…)."""
    for ch in text:
        d = unicodedata.bidirectional(ch)
        if d in {"R", "AL"}:
            return True
        if d == "L":
            return False
    return False


def is_wide(ch: str) -> bool:
    """A full-width (CJK) character: lines break between these, and join without a space."""
    return bool(ch) and unicodedata.east_asian_width(ch) in {"W", "F"}


BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""Whitespace a line may break at: every kind but the no-break spaces, which collapsing keeps."""


# A token is a run of non-space characters, except that each wide (CJK) character stands alone so
# lines can break between them, as CJK typesetting does. No-break spaces (French "1 410", "« a »")
# belong to their token: a line never breaks at one.
_TOKEN = re.compile(
    rf"{BREAKING_SPACE.pattern}|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
    r"|(?:[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[\u00a0\u2007\u202f])+"
)


NO_LINE_START = frozenset(
    "、。，．：；！？）」』】〕〉》〗〙〛’”・ー…‥々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.;:!?)]}%"
)
"""Characters a line may not start with in CJK typesetting (closing punctuation, small kana)."""


def wrap(text: str, width: float, size: float, bold: bool = False, mono: bool = False) -> list[str]:
    """Greedy word wrap to `width` points; breaks long words and between CJK characters.

    Widths are additive (no kerning), so the line width is kept as a running sum.
    """
    lines: list[str] = []
    limit = width / size  # compare in em, once per token
    char_width_ = mono_width if mono else char_width
    space = char_width_(" ", bold)
    for paragraph in text.split("\n"):
        line, used, pending_space = "", 0.0, False
        for token in _TOKEN.findall(paragraph):
            if token.isspace():
                pending_space = bool(line)
                continue
            w = sum(char_width_(ch, bold) for ch in token)
            gap = space if pending_space else 0.0
            pending_space = False
            if used + gap + w <= limit:
                line += (" " if gap else "") + token
                used += gap + w
                continue
            if line and not gap and token in NO_LINE_START:
                # "。" may not open a line (kinsoku): the character or word before it comes along
                carry = line[-1] if is_wide(line[-1]) else re.split(r"(?<=\s)|(?<=[\u2e80-\u9fff])", line)[-1]
                if 0 < len(carry) < len(line):
                    lines.append(line[: -len(carry)].rstrip())
                    line = carry + token
                    used = sum(char_width_(ch, bold) for ch in line)
                    continue
            if line:
                lines.append(line)
                line, used = "", 0.0
            if w <= limit:
                line, used = token, w
                continue
            for ch in token:  # a single token wider than the line: break it by characters
                cw = char_width_(ch, bold)
                if line and used + cw > limit:
                    lines.append(line)
                    line, used = "", 0.0
                line += ch
                used += cw
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Fitted:
    """Text laid out for a box: the chosen size and the lines to draw, top to bottom."""

    size: float
    lines: tuple[str, ...]
    truncated: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE_HEIGHT


def truncate_lines(
    lines: list[str], max_lines: int, width: float, size: float, bold: bool, mono: bool = False
) -> list[str]:
    """Keep the first `max_lines` lines and end the last with an ellipsis that fits `width`."""
    kept = lines[:max_lines]
    if not kept:
        return []
    last = kept[-1]
    while last and text_width(last + ELLIPSIS, size, bold, mono) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


def fit(
    text: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float = 9.0,
    bold: bool = False,
    max_lines: int | None = None,
) -> Fitted:
    """Largest size in [min_size, max_size] at which `text` wraps inside width × height.

    When even `min_size` overflows, the text is cut with an ellipsis at the last line that fits:
    a 2,000-character title must still leave the slide readable.
    """
    width = max(width, 1.0)
    size = max_size
    while True:
        lines = wrap(text, width, size, bold)
        limit = int(height // (size * LINE_HEIGHT))
        if max_lines is not None:
            limit = min(limit, max_lines)
        if len(lines) <= limit:
            return Fitted(size, tuple(lines))
        if size <= min_size:
            limit = max(limit, 1)
            return Fitted(size, tuple(truncate_lines(lines, limit, width, size, bold)), truncated=True)
        size = max(min_size, round(size * 0.9, 1))
