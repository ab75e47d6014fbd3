"""Bytes of an attached text file (a CSV or JSON table, a markdown answer) decoded the same way.

Tables and markdown files come from spreadsheets, editors and exports on every platform: UTF-8 with
or without a BOM, UTF-16 and UTF-32 (Excel's "Unicode text" has no BOM on some systems), Windows
Latin-1, or a mix of UTF-8 and Latin-1 lines pasted together. `decode` reads each of these, and says
plainly when the bytes are not text at all, instead of the loader failing later with a misleading
"binary file" or "no data rows".
"""

from __future__ import annotations

import codecs
import re

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
    the two. Raises `NotText` for binary data or text in an encoding none of these read.
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
                "this is not text in an encoding we can read (UTF-8, UTF-16, UTF-32 or Latin-1); "
                "save it as UTF-8 (or it is binary data)"
            )
