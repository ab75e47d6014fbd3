"""Exported decks open in LibreOffice: converted to PDF with the page count intact."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from render import export_deck, render
from tests.conftest import EXAMPLES, hostile_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; CI installs it"),
]


@pytest.mark.parametrize("hostile", [False, True], ids=["examples", "hostile"])
def test_all_kinds_convert_to_pdf(tmp_path, fake_images, hostile):
    plans = [hostile_plan(k) if hostile else EXAMPLES[k] for k in EXAMPLES]
    results = [render(p, images=fake_images, theme="dark" if hostile else "light") for p in plans]
    deck = tmp_path / "all.pptx"
    deck.write_bytes(export_deck(results))
    proc = subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = tmp_path / "all.pdf"
    assert pdf.is_file(), proc.stderr
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
    assert len(pages) == sum(len(r.layout.pages) for r in results)
