"""End to end: `streamlit run app.py` in a real headless Chromium, as a user meets it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import browser

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page():
    why = browser.missing()
    if why:
        pytest.skip(why)
    with browser.serve(browser.ROOT / "app.py") as url, browser.chromium() as chromium:
        page = chromium.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(url)
        page.get_by_test_id("stChatInput").wait_for(timeout=90_000)
        yield page


def test_question_shows_an_interactive_chart_and_an_svg_visual(page, tmp_path: Path):
    browser.ask(page, "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M")
    chart = page.locator('[data-testid="stChatMessage"] .js-plotly-plot').first
    chart.wait_for(timeout=90_000)
    assert chart.locator(".bars path").count() == 4  # four bars drawn by plotly in the browser
    page.get_by_text("Q4 has the highest revenue").first.wait_for(timeout=30_000)

    browser.ask(page, "sign up -> verify email -> first login -> invite team")
    svg = page.locator('[data-testid="stChatMessage"] img[src^="data:image/svg+xml"]').first
    svg.wait_for(timeout=90_000)
    assert svg.evaluate("img => img.complete && img.naturalWidth > 0")  # the SVG decoded and drew
    assert page.locator('[data-testid="stException"]').count() == 0  # never a traceback
    shot = tmp_path / "app.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_an_animated_answer_is_clocked_in_the_page_and_its_downloads_draw_when_opened(page):
    """The benches' in-page clock agrees with what the harness sees (it can only be earlier), and
    the download menu, drawn lazily, still hands over a real file."""
    import time

    assistant = '[data-testid="stChatMessage"]:has([data-testid="stChatMessageAvatarAssistant"])'
    n = page.locator(assistant).count()
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("animate it: Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M")
    page.evaluate(browser.STOPWATCH, [assistant, n, ".js-plotly-plot .bars path"])
    start = time.perf_counter()
    box.press("Enter")
    answer = page.locator(assistant).nth(n)
    answer.locator(".js-plotly-plot .bars path").first.wait_for(timeout=90_000)
    seen = time.perf_counter() - start
    assert 0 < page.evaluate(browser.VISUAL_SECONDS) <= seen
    assert answer.locator(".slider-container").count() == 1  # plotly's own player, in the answer

    assert page.get_by_role("button", name="GIF").count() == 0  # not drawn until the menu opens
    answer.get_by_role("button", name="⬇️ Download").click()
    gif = page.get_by_role("button", name="GIF")
    gif.wait_for(timeout=30_000)
    with page.expect_download() as download:
        gif.click()
    assert Path(download.value.path()).read_bytes()[:6] == b"GIF89a"


def test_the_newest_answer_stays_in_view_above_the_input_without_polling(page):
    """The input sits in `st.bottom` and the reversed main column keeps the chat at its end: the
    newest answer lands right above the input, and Streamlit's polling container is not there."""
    assistant = '[data-testid="stChatMessage"]:has([data-testid="stChatMessageAvatarAssistant"])'
    n = page.locator(assistant).count()
    browser.ask(page, "Costs by office: Berlin 40, Paris 32, Rome 25, Oslo 18")
    page.locator(assistant).nth(n).locator(".js-plotly-plot .bars path").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1500)  # the answer's toolbar and captions finish drawing
    geometry = page.evaluate(
        """(assistant) => {
          const main = document.querySelector('[data-testid="stMain"]');
          const answers = document.querySelectorAll(assistant);
          return {
            polling: document.querySelectorAll('[data-testid="stAppScrollToBottomContainer"]').length,
            scrolls: main.scrollHeight > main.clientHeight + 100,
            input: document.querySelector('[data-testid="stChatInput"]').getBoundingClientRect().toJSON(),
            last: answers[answers.length - 1].getBoundingClientRect().toJSON(),
            height: window.innerHeight,
          };
        }""",
        assistant,
    )
    assert geometry["polling"] == 0
    assert geometry["scrolls"]  # more answers than fit, so staying at the end is a real test
    assert geometry["input"]["bottom"] <= geometry["height"]
    assert geometry["input"]["top"] > 0.8 * geometry["height"]  # pinned to the bottom
    assert geometry["input"]["top"] - 120 <= geometry["last"]["bottom"] <= geometry["input"]["top"]


# Every websocket message a page receives, as text, once `window.__watch` is set.
WIRE = """(() => {
  window.__received = [];
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    ws.addEventListener("message", (e) => {
      if (window.__watch && e.data instanceof ArrayBuffer)
        window.__received.push(new TextDecoder("latin1").decode(e.data));
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
})()"""


def test_a_question_reruns_only_the_conversation_and_its_sidebar_buttons_follow(page):
    """The chat is a fragment: asking sends nothing of the sidebar's settings or the hidden warm-up
    charts again (a whole rerun re-sent them all, for every browser to redraw), while the export
    button, drawn by the conversation into the sidebar, follows its turns at once."""
    context = page.context.browser.new_context(viewport={"width": 1400, "height": 1100})
    own = context.new_page()
    own.add_init_script(WIRE)
    own.goto(page.url)
    own.get_by_test_id("stChatInput").wait_for(timeout=90_000)
    own.evaluate("window.__watch = true")
    browser.ask(own, "Visitors by month: Jan 120, Feb 150, Mar 170")
    own.locator('[data-testid="stChatMessage"] .js-plotly-plot .bars path').first.wait_for(timeout=90_000)
    own.wait_for_timeout(1000)
    wire = "".join(own.evaluate("window.__received"))
    assert "Mar" in wire and "170" in wire  # the answer came this way
    assert "warmup-chart" not in wire and "Answer as" not in wire and "Theme" not in wire
    assert "Export conversation" in wire
    assert not own.get_by_role("button", name="⬇️ Export conversation (.pptx)").is_disabled()
    context.close()
