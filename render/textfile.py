"""Bytes of an attached text file (a CSV or JSON table, a markdown answer) decoded the same way.

Tables and markdown files come from spreadsheets, editors and exports on every platform: UTF-8 with
or without a BOM, UTF-16 and UTF-32 (Excel's "Unicode text" has no BOM on some systems), Windows
Latin-1, a mix of UTF-8 and Latin-1 lines pasted together, or the legacy code page of the writer's
language (Excel saves "CSV" in Shift-JIS in Japan, Windows-1251 in Russia). `decode` reads each of these, and says
plainly when the bytes are not text at all, instead of the loader failing later with a misleading
"binary file" or "no data rows".
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

SAMPLE = 65536
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


class NotText(ValueError):
    """The bytes are not text in an encoding we can read; the message is one line for the user."""


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    Order: a byte-order mark; UTF-32/UTF-16 without one (recognised by their zero bytes); UTF-8;
    then line by line UTF-8 or Windows-1252 (Latin-1), which reads Latin-1 files and files mixing
    the two; a file with no UTF-8 line at all may be in another legacy code page (Excel's CSV in
    Japan, Russia, Poland…: `_code_page`). Raises `NotText` for binary data or text in an encoding
    none of these read.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom) :], encoding), encoding + " (BOM)"
    wide = _wide_encoding(raw[:SAMPLE])
    if wide is not None:
        return _strict(raw, wide), wide
    head = raw[:SAMPLE]
    if head.count(0) > max(8, len(head) // 100):  # a stray NUL in a cell is cleaned later, not binary
        raise NotText("this is a binary file, not text (it is full of NUL bytes)")
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _per_line(raw)
        if encoding.startswith("latin"):  # no UTF-8 line to go by: which code page wrote it?
            text, encoding = _code_page(raw) or (text, encoding)
    _check_text(text, encoding)
    return text, encoding


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise NotText(
            f"the file looks like {encoding.upper()} text but byte {err.start:,} is not valid {encoding.upper()}"
        ) from None


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM: mostly-ASCII text leaves zero bytes at fixed positions."""
    n = len(head) - len(head) % 4
    if n < 4 or head.count(0) < n // 4:
        return None
    zeros = [0, 0, 0, 0]
    for i in range(n):
        if head[i] == 0:
            zeros[i % 4] += 1
    quarter = n // 4
    if zeros[1] + zeros[2] + zeros[3] >= 2.7 * quarter and zeros[0] < 0.5 * quarter:
        return "utf-32-le"
    if zeros[0] + zeros[1] + zeros[2] >= 2.7 * quarter and zeros[3] < 0.5 * quarter:
        return "utf-32-be"
    odd, even = zeros[1] + zeros[3], zeros[0] + zeros[2]
    if odd >= 0.6 * 2 * quarter and even < 0.2 * 2 * quarter:
        return "utf-16-le"
    if even >= 0.6 * 2 * quarter and odd < 0.2 * 2 * quarter:
        return "utf-16-be"
    return None


def _per_line(raw: bytes) -> tuple[str, str]:
    """Each line as UTF-8 when it is valid UTF-8, else as Windows-1252 (Latin-1 with € and quotes)."""
    lines = raw.split(b"\n")
    out: list[str] = []
    utf8 = latin = 0
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            latin += 1
    return "\n".join(out), "utf-8 and latin-1 (mixed)" if utf8 else "latin-1 (cp1252)"


def _check_text(text: str, encoding: str) -> None:
    """Binary data or an unknown encoding, read as Latin-1, is mostly control or accented characters."""
    sample = text[:SAMPLE]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise NotText("this is a binary file, not text (it is full of control characters)")
    if encoding.startswith("latin"):
        visible = [c for c in sample if not c.isspace()]
        unusual = sum(1 for c in visible if not c.isascii())
        if visible and (unusual > 0.3 * len(visible) or sample.count("\ufffd") > len(visible) // 100 + 2):
            raise NotText(
                "this is not text in an encoding we can read (UTF-8, UTF-16, UTF-32, Latin-1 or a Windows, "
                "Shift-JIS, GBK, Big5 or EUC-KR code page); "
                "save it as UTF-8 (or it is binary data)"
            )


CODE_PAGES = {  # what Windows and Excel write text files in, outside Western Europe
    "cp1250": "Central European (Windows-1250)",
    "cp1251": "Cyrillic (Windows-1251)",
    "cp1253": "Greek (Windows-1253)",
    "cp1254": "Turkish (Windows-1254)",
    "cp1255": "Hebrew (Windows-1255)",
    "cp1256": "Arabic (Windows-1256)",
    "cp874": "Thai (Windows-874)",
    "cp932": "Japanese (Shift-JIS)",
    "gb18030": "Chinese (GBK)",
    "big5": "Chinese (Big5)",
    "cp949": "Korean (EUC-KR)",
}
_CORE = {"cp932": "shift_jis", "gb18030": "gb2312", "cp949": "euc_kr", "big5": "big5"}
"""The older standard each CJK code page extends (Big5: its frequent half): characters past it are
rare in real text and common in a wrong reading (Shift-JIS kana read as GBK land in its extension)."""
_SCRIPT_OF = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK"}
_OPENING = frozenset("¿¡«„“‘‚")
_WORD = re.compile(r"[^\W\d_]+(?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0e31-\u0e4e])*")
MESS = 0.25
"""Above this share of odd characters no reading is text: the bytes are refused, not guessed."""
TIE = 0.02
_NOT_DEFAULT = frozenset("ÐðÝýÞþ")
"""Windows-1252 letters of Icelandic alone, where Turkish files have İ, ı, Ş, ş, Ğ, ğ: a tie whose
Western reading has them is asked about, not read as Western by default."""
LIKENESS = 0.1
COVERED = 0.25


def _code_page(raw: bytes) -> tuple[str, str] | None:
    """The legacy code page that reads these bytes as the least odd text, when one is clearly best.

    Each candidate must decode the sample strictly; its reading is scored by what a wrong code page
    leaves behind: symbols inside words (Polish "Wrocław" as "Wroc³aw"), words mixing scripts
    ("Espaсa"), Latin words with no plain letter (Hebrew as "òéø"), combining marks on no letter,
    CJK characters outside the standard the code page extends. Readings tied on that go by which
    reads most like a language (Turkish "İstanbul" is "Ýstanbul" in Windows-1252 with nothing odd
    to show it); if none clearly does, Windows-1252 when it is
    among them (Spanish "València" is "Valčncia" in Windows-1250), else the user is asked to save
    as UTF-8 and told what it might be, rather than shown a confident wrong reading.
    """
    sample = raw[:SAMPLE]
    if len(raw) > SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]  # no multi-byte character cut in half
    scored: dict[str, tuple[float, str]] = {}
    for encoding in ("cp1252", *CODE_PAGES):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored[encoding] = (_mess(text, encoding), text)
    if not scored:
        return None
    best = min(scored, key=lambda e: scored[e][0])
    if scored[best][0] > MESS:
        return None
    tied = {
        e: t
        for e, (m, t) in scored.items()
        if m <= scored[best][0] + TIE and (e == best or t != scored[best][1])
    }
    if len(tied) > 1:
        try:
            best = _most_coherent(raw, tied)
        except NotText:
            if "cp1252" not in tied or _NOT_DEFAULT & set(tied["cp1252"]):
                raise
            best = "cp1252"  # the most common code page, when nothing reads clearly better
    if best == "cp1252":
        return None  # the Latin-1 reading the caller already has (it keeps undefined bytes too)
    text = raw.decode(best, errors="replace")
    return text, CODE_PAGES[best]


def _most_coherent(raw: bytes, tied: dict[str, str]) -> str:
    """The one reading clearly best by charset-normalizer's measures, in turn: less chaos (Korean
    read as GBK), accented letters a language uses often (Turkish "ş", not Icelandic "þ"), letters
    used as often as in a language ("ת", common in Hebrew, is "ъ", rare in Russian), overall
    likeness to a language. If none is, the user is asked."""
    import charset_normalizer
    from charset_normalizer.cd import alphabet_languages, characters_popularity_compare
    from charset_normalizer.constant import FREQUENCIES

    found = {m.encoding: m for m in charset_normalizer.from_bytes(raw[:SAMPLE], cp_isolation=list(tied))}

    def popularity(e: str) -> float:
        ordered = [c for c, _ in Counter(c for c in tied[e].lower() if c.isalpha()).most_common()]
        languages = alphabet_languages(ordered, ignore_non_latin=False)
        return max((characters_popularity_compare(lang, ordered) for lang in languages), default=0.0)

    def covered(e: str) -> float:  # share of its accented letters one language uses often
        accented = [c for c in tied[e].lower() if c.isalpha() and not c.isascii()]
        common = max((sum(c in FREQUENCIES[lang] for c in accented) for lang in FREQUENCIES), default=0)
        return common / len(accented) if accented else 1.0

    measures: list[tuple[Callable[[str], float], float]] = [
        (lambda e: -found[e].chaos if e in found else -1.0, TIE),
        (covered, COVERED),
        (popularity, LIKENESS),
        (lambda e: found[e].coherence if e in found else 0.0, TIE),
    ]
    for measure, margin in measures:
        score = {e: measure(e) for e in tied}  # each reading measured once, not again to compare
        ranked = sorted(tied, key=score.__getitem__, reverse=True)
        if score[ranked[0]] > score[ranked[1]] + margin:
            return ranked[0]
    names = " or ".join(CODE_PAGES.get(e, "Western (Windows-1252)") for e in tied)
    raise NotText(f"this text may be {names}; save it as UTF-8 so it is read as you wrote it")


def _letter_script(c: str) -> str:
    first = unicodedata.name(c, "?").split(" ", 1)[0]
    return _SCRIPT_OF.get(first, first)


def _mess(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters a wrong code page would explain better than a writer."""
    core = _CORE.get(encoding)
    odd = wide = 0
    prev = " "
    for i, c in enumerate(text):
        if c.isascii():
            prev = c
            continue
        wide += 1
        cat = unicodedata.category(c)
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c.isalpha():
            odd += bool(core) and ("\uff61" <= c <= "\uff9f" or _rare(c, core))  # half-width kana
        elif cat in ("Mn", "Mc"):
            odd += not (prev.isalpha() or unicodedata.category(prev) in ("Mn", "Mc"))  # on no letter
        elif cat[0] == "C":
            odd += 1  # a control or unassigned character is never text
        elif prev.isalpha() and (nxt.isalpha() or c in _OPENING):
            odd += 1  # a symbol inside a word
        prev = c
    for word in _WORD.findall(text):
        scripts = {_letter_script(c) for c in word if c.isalpha()}
        odd += len(scripts) > 1  # "Espaсa": Spanish ñ read as Cyrillic
        odd += scripts == {"LATIN"} and len(word) >= 3 and not any(c.isascii() for c in word)  # "òéø"
    return odd / wide if wide else 0.0


def _rare(c: str, core: str) -> bool:
    try:
        code = c.encode(core)
    except UnicodeEncodeError:
        return True
    if len(code) > 2:  # EUC-KR spells a syllable it lacks as a sequence of jamo
        return True
    return core == "big5" and code[0] >= 0xC9  # past Big5's 5,401 frequent characters
