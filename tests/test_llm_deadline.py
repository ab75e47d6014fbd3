"""Bounded waits: a hung endpoint costs one deadline per answer, never (retries + 1) × the timeout.

Loopback servers only (127.0.0.1): one accepts connections and never answers, one sends the
response headers and a first chunk of a stream, then stalls. The planners are built the way a user
gets them (the factories, default retries and read timeout) with only the deadline shortened, and
the answer must come from the offline fallback within the deadline plus a generous margin: a bound
on a hang, not a performance assertion.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

pytest.importorskip("openai")  # imported here, so the SDK's import time is not part of a deadline
pytest.importorskip("anthropic")

from generators.base import PlanRequest
from generators.llm import Deadline, LLMPlanner, run_within
from generators.llm_anthropic import AnthropicPlanner
from generators.llm_openai import OpenAIPlanner

QUESTION = "Q1-Q4 revenue was 1.2M, 1.5M, 1.1M and 2.0M"
KEY = "sk-test-abcdefghijklmnopqrstuvwxyz0123"
DEADLINE = 2.0
BOUND = 6.0


class Silent:
    """Accepts connections, reads what is sent and never writes a byte (or, with `stall_after`,
    writes those bytes first and then goes silent)."""

    def __init__(self, stall_after: bytes = b""):
        self.stall_after = stall_after
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted = 0
        self.stop = threading.Event()
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            self.conns.append(conn)
            threading.Thread(target=self._hold, args=(conn,), daemon=True).start()

    def _hold(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        got = b""
        while not self.stop.is_set() and b"\r\n\r\n" not in got:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            got += chunk
        if self.stall_after:
            try:
                conn.sendall(self.stall_after)
            except OSError:
                return
        self.stop.wait()  # and never another byte

    def close(self) -> None:
        self.stop.set()
        for conn in self.conns:
            conn.close()
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[Silent]:
    server = Silent()
    yield server
    server.close()


def _sse_then_stall() -> bytes:
    event = (
        b'data: {"id":"x","object":"chat.completion.chunk","created":0,"model":"m","choices":'
        b'[{"index":0,"delta":{"content":"{\\"kind\\": \\"chart\\", \\"answer\\": \\"Rev"},'
        b'"finish_reason":null}]}\n\n'
    )
    head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
    return head + b"%x\r\n" % len(event) + event + b"\r\n"


@pytest.fixture
def stalling() -> Iterator[Silent]:
    server = Silent(stall_after=_sse_then_stall())
    yield server
    server.close()


def _timed(planner, **kw):  # type: ignore[no-untyped-def]
    start = time.monotonic()
    out = planner.plan(PlanRequest(QUESTION), **kw)
    return out, time.monotonic() - start


def test_deadline_counts_down_and_caps_timeouts() -> None:
    d = Deadline(0.2)
    assert 0 < d.remaining() <= 0.2 and d.timeout(60) <= 0.2 and d.timeout(0.05) == 0.05
    time.sleep(0.25)
    assert d.expired and d.timeout(60) == 0.01 and "0.2 s deadline" in d.message()


def test_run_within_abandons_a_hung_call_and_drops_its_late_text() -> None:
    got: list[str] = []
    release = threading.Event()

    def slow(relay):  # type: ignore[no-untyped-def]
        relay("early")
        release.wait(5)
        relay("late")
        return "done"

    start = time.monotonic()
    with pytest.raises(TimeoutError):
        run_within(slow, 0.3, got.append)
    assert time.monotonic() - start < 2
    release.set()
    time.sleep(0.1)
    assert got == ["early"]
    assert run_within(lambda relay: "quick", 1.0) == "quick"


def test_openai_endpoint_that_never_answers_falls_back_within_the_deadline(silent, monkeypatch) -> None:
    monkeypatch.setenv("RENDER_LLM_DEADLINE", str(DEADLINE))
    p = OpenAIPlanner(base_url=f"{silent.url}/v1", api_key=KEY)  # default read timeout and retries
    assert p.primary.backend.timeout == 60 and p.primary.backend.max_retries == 2
    out, took = _timed(p)
    assert took < BOUND, took
    assert out.report.fell_back and out.plan.kind == "chart"  # the offline planner's chart
    assert "2 s deadline" in out.report.notes[0] and "rules planner answered instead" in out.report.notes[0]


def test_openai_stream_that_stalls_after_the_headers_falls_back_within_the_deadline(
    stalling, monkeypatch
) -> None:
    monkeypatch.setenv("RENDER_LLM_DEADLINE", str(DEADLINE))
    chunks: list[str] = []
    p = OpenAIPlanner(base_url=f"{stalling.url}/v1", api_key=KEY)
    out, took = _timed(p, on_text=chunks.append)
    assert took < BOUND, took
    assert out.report.fell_back and out.plan.kind == "chart"
    assert chunks[0] == "Rev"  # the stream had begun
    assert chunks[-1] == out.plan.answer  # then the fallback's answer, in one piece


def test_first_token_timeout_ends_a_stalled_stream_before_the_deadline(stalling, monkeypatch) -> None:
    monkeypatch.setenv("RENDER_LLM_DEADLINE", "30")
    monkeypatch.setenv("RENDER_LLM_FIRST_TOKEN_TIMEOUT", "0.5")
    p = OpenAIPlanner(base_url=f"{stalling.url}/v1", api_key=KEY)
    out, took = _timed(p, on_text=lambda _: None)
    assert took < 5, took
    assert out.report.fell_back and "stalled" in out.report.notes[0]


def test_the_deadline_spans_retries_and_repair_rounds(silent, monkeypatch) -> None:
    """Two-step planning makes two calls per answer: they share one deadline."""
    monkeypatch.setenv("RENDER_LLM_DEADLINE", str(DEADLINE))
    p = OpenAIPlanner(base_url=f"{silent.url}/v1", api_key=KEY, timeout=1.5)
    p.primary.two_step = True
    out, took = _timed(p)
    assert took < BOUND and out.report.fell_back and out.report.calls == 1


def test_a_refused_connection_is_quick_and_not_held_to_the_deadline(monkeypatch) -> None:
    monkeypatch.setenv("RENDER_LLM_DEADLINE", "30")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    p = OpenAIPlanner(base_url=f"http://127.0.0.1:{port}/v1", api_key=KEY)
    out, took = _timed(p)
    assert took < 10 and out.report.fell_back and "cannot connect" in out.report.notes[0]


def test_anthropic_endpoint_that_never_answers_falls_back_within_the_deadline(silent, monkeypatch) -> None:
    monkeypatch.setenv("RENDER_LLM_DEADLINE", str(DEADLINE))
    p = AnthropicPlanner(base_url=silent.url, api_key=KEY)
    out, took = _timed(p, on_text=lambda _: None)
    assert took < BOUND, took
    assert out.report.fell_back and out.plan.kind == "chart"


def test_the_deadline_is_configurable_per_planner() -> None:
    class Backend:
        name = label = "x"

    assert LLMPlanner(Backend(), deadline=3).deadline == 3  # type: ignore[arg-type]
