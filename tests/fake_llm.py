"""A loopback HTTP server speaking the OpenAI Chat Completions and Anthropic Messages wire formats.

Tests script its replies in order (a plan, raw text, an HTTP status, a hang, …) and read back what
the real SDKs sent: every request's path, headers and JSON body. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted reply: `plan` (a dict sent as the structured output), `text` (raw content, e.g.
    malformed JSON), `status` (an HTTP error with `headers`), or `hang` seconds before answering."""

    plan: dict[str, Any] | None = None
    text: str | None = None
    status: int = 200
    message: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0


def plan(data: dict[str, Any]) -> Reply:
    return Reply(plan=data)


def text(content: str) -> Reply:
    return Reply(text=content)


def status(code: int, message: str = "", **headers: str) -> Reply:
    return Reply(status=code, message=message or f"scripted {code}", headers=headers)


def hang(seconds: float) -> Reply:
    return Reply(hang=seconds)


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeLLM:
    """Use as a context manager; `url` is the base URL (OpenAI clients append /v1 themselves)."""

    def __init__(self, *replies: Reply, model: str = "fake-model"):
        self.replies = list(replies)
        self.requests: list[Request] = []
        self.model = model
        self._release = threading.Event()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # Ollama's model list, for the auto-selection probe
                with fake._lock:
                    fake.requests.append(Request(self.path, dict(self.headers.items()), {}))
                payload = {"models": [{"name": fake.model}]} if self.path == "/api/tags" else {}
                self._send(200 if payload else 404, json.dumps(payload).encode(), "application/json", {})

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b"{}"
                body = json.loads(raw or b"{}")
                with fake._lock:
                    fake.requests.append(
                        Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    reply = fake.replies.pop(0) if fake.replies else status(500, "no scripted reply left")
                if reply.hang:
                    fake._release.wait(reply.hang)
                    reply = status(500, "hung reply released")
                anthropic = self.path.rstrip("/").endswith("/messages")
                if reply.status != 200:
                    self._error(reply, anthropic)
                elif anthropic:
                    self._anthropic(reply, body)
                else:
                    self._openai(reply, body)

            # -- helpers

            def _send(self, code: int, payload: bytes, ctype: str, headers: dict[str, str]) -> None:
                try:
                    self.send_response(code)
                    self.send_header("content-type", ctype)
                    self.send_header("content-length", str(len(payload)))
                    for k, v in headers.items():
                        self.send_header(k.replace("_", "-"), v)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to answer

            def _error(self, reply: Reply, anthropic: bool) -> None:
                kinds = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}
                kind = kinds.get(reply.status, "api_error")
                if anthropic:
                    payload = {"type": "error", "error": {"type": kind, "message": reply.message}}
                else:
                    payload = {"error": {"message": reply.message, "type": kind, "code": None}}
                self._send(reply.status, json.dumps(payload).encode(), "application/json", reply.headers)

            def _content(self, reply: Reply) -> str:
                return reply.text if reply.text is not None else json.dumps(reply.plan, ensure_ascii=False)

            def _openai(self, reply: Reply, body: dict[str, Any]) -> None:
                content = self._content(reply)
                if body.get("stream"):
                    pieces = [content[i : i + 7] for i in range(0, len(content), 7)]
                    events = [
                        {
                            "id": "chatcmpl-fake",
                            "object": "chat.completion.chunk",
                            "created": 0,
                            "model": fake.model,
                            "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}],
                        }
                        for p in pieces
                    ]
                    sse = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
                    self._send(200, sse.encode(), "text/event-stream", {})
                    return
                payload = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": 0,
                    "model": fake.model,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": content},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
                self._send(200, json.dumps(payload).encode(), "application/json", {})

            def _anthropic(self, reply: Reply, body: dict[str, Any]) -> None:
                tool = (body.get("tools") or [{}])[0].get("name", "tool")
                if reply.plan is not None:
                    block: dict[str, Any] = {
                        "type": "tool_use",
                        "id": "toolu_fake",
                        "name": tool,
                        "input": reply.plan,
                    }
                else:
                    block = {"type": "text", "text": reply.text or ""}
                message = {
                    "id": "msg_fake",
                    "type": "message",
                    "role": "assistant",
                    "model": fake.model,
                    "content": [block],
                    "stop_reason": "tool_use" if reply.plan is not None else "end_turn",
                    "stop_sequence": None,
                    "usage": {"input_tokens": 1, "output_tokens": 1},
                }
                if not body.get("stream"):
                    self._send(200, json.dumps(message).encode(), "application/json", {})
                    return
                events: list[dict[str, Any]] = [
                    {"type": "message_start", "message": {**message, "content": [], "stop_reason": None}},
                ]
                if reply.plan is not None:
                    partial = json.dumps(reply.plan, ensure_ascii=False)
                    events.append(
                        {"type": "content_block_start", "index": 0, "content_block": {**block, "input": {}}}
                    )
                    events += [
                        {
                            "type": "content_block_delta",
                            "index": 0,
                            "delta": {"type": "input_json_delta", "partial_json": partial[i : i + 9]},
                        }
                        for i in range(0, len(partial), 9)
                    ]
                else:
                    events.append(
                        {
                            "type": "content_block_start",
                            "index": 0,
                            "content_block": {"type": "text", "text": ""},
                        }
                    )
                    events.append(
                        {
                            "type": "content_block_delta",
                            "index": 0,
                            "delta": {"type": "text_delta", "text": reply.text or ""},
                        }
                    )
                events += [
                    {"type": "content_block_stop", "index": 0},
                    {
                        "type": "message_delta",
                        "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
                        "usage": {"output_tokens": 1},
                    },
                    {"type": "message_stop"},
                ]
                sse = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events)
                self._send(200, sse.encode(), "text/event-stream", {})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()  # let hung handlers finish
        self.server.shutdown()
        self.server.server_close()

    @property
    def count(self) -> int:
        return len(self.requests)
