"""Run the app in a real `streamlit run` server and drive it with headless Chromium (playwright).

Shared by the end-to-end test and `bench/app_bench.py`. Debian's chromium is used as installed;
no browser is ever downloaded.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def missing() -> str:
    """Why a browser run is impossible here, or "" when chromium and playwright are present."""
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        return f"chromium is not installed (looked for {CHROMIUM}); apt-get install chromium"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed; pip install -r requirements-dev.txt"
    return ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(script: Path, timeout: float = 90.0, env: dict[str, str] | None = None) -> Iterator[str]:
    """`streamlit run script` on a free local port; yields its URL once it answers its health check."""
    port = free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r,
            ):
                if r.status == 200:
                    break
            if time.monotonic() > deadline:
                raise TimeoutError(f"streamlit did not start within {timeout:.0f} s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (playwright) from the system install."""
    from playwright.sync_api import sync_playwright

    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def ask(page: Any, question: str) -> None:
    """Type a question into the chat input and submit it."""
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    box.press("Enter")


# Question → visual, clocked inside the page. Playwright's waits poll from another process, so the
# time they see is rounded up by the polling interval (bimodal answers 0.1 s apart on one machine)
# and, with many pages, delayed by the harness itself. Arm it before pressing Enter; it starts at
# the Enter keydown and stops at the first DOM change or image load after which the `index`-th
# element matching `scope` holds a `visual` with a non-empty box (what playwright calls visible).
STOPWATCH = """([scope, index, visual]) => {
  window.__visualSeconds = new Promise((resolve) => {
    let asked = null;
    const start = (e) => {
      if (e.key === "Enter" && asked === null) asked = performance.now();
    };
    const check = () => {
      const el = asked === null ? null : document.querySelectorAll(scope)[index]?.querySelector(visual);
      const box = el?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) {
        watcher.disconnect();
        document.removeEventListener("load", check, true);
        window.removeEventListener("keydown", start, true);
        resolve((performance.now() - asked) / 1000);
      }
    };
    const watcher = new MutationObserver(check);
    watcher.observe(document.body, {childList: true, subtree: true, attributes: true});
    document.addEventListener("load", check, true);
    window.addEventListener("keydown", start, true);
  });
}"""
VISUAL_SECONDS = "() => window.__visualSeconds"


class Watch:
    """What a page did that a static, offline page must never do: dialogs, network, errors."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on(
            "request",
            lambda r: None if r.url.startswith(("file:", "data:", "about:")) else self.requests.append(r.url),
        )
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def clean(self) -> bool:
        return not (self.dialogs or self.requests or self.errors)

    def __repr__(self) -> str:
        return f"Watch(dialogs={self.dialogs}, requests={self.requests}, errors={self.errors})"
