"""Anthropic Messages API through the official `anthropic` SDK: the plan schema is a tool's input
schema and the tool is forced, so the reply is the plan as structured tool input.

Streaming reads the tool input as it is generated (`input_json_delta`), which carries the written
answer first. Retries on 429/5xx/529, timeouts and dropped connections follow the SDK's policy but
are made here, inside the answer's deadline (see `llm_openai`); failures become `LLMError`s.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from generators.fallback import FallbackPlanner, with_rules_fallback
from generators.llm import (
    CONNECT_TIMEOUT_S,
    FIRST_TOKEN_TIMEOUT_S,
    Deadline,
    LLMError,
    LLMPlanner,
    Message,
    TextCallback,
    env_float,
    env_int,
    object_root,
    retry_delay,
    retryable,
)
from generators.llm_openai import describe_sdk_error

DEFAULT_MODEL = "claude-sonnet-4-6"
TOOL = "make_plan"


class AnthropicBackend:
    """Messages API with one forced tool whose input schema is the plan."""

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        connect_timeout: float | None = None,
        first_token_timeout: float | None = None,
        stream: bool = True,
        max_tokens: int = 4096,
    ):
        self.name = "anthropic"
        self.model = (
            model
            or os.environ.get("RENDER_ANTHROPIC_MODEL")
            or os.environ.get("ANTHROPIC_MODEL")
            or DEFAULT_MODEL
        )
        self.base_url = (base_url or os.environ.get("ANTHROPIC_BASE_URL") or "").rstrip("/") or None
        self._api_key = api_key or os.environ.get("ANTHROPIC_API_KEY") or ""
        self.timeout = timeout if timeout is not None else env_float("RENDER_LLM_TIMEOUT", 60.0)
        self.max_retries = max_retries if max_retries is not None else env_int("RENDER_LLM_RETRIES", 2)
        self.connect_timeout = (
            connect_timeout
            if connect_timeout is not None
            else env_float("RENDER_LLM_CONNECT_TIMEOUT", CONNECT_TIMEOUT_S)
        )
        self.first_token_timeout = (
            first_token_timeout
            if first_token_timeout is not None
            else env_float("RENDER_LLM_FIRST_TOKEN_TIMEOUT", FIRST_TOKEN_TIMEOUT_S)
        )
        self.stream = stream
        self.max_tokens = max_tokens
        where = f" at {self.base_url}" if self.base_url else ""
        self.label = f"the Anthropic API{where} (model {self.model})"
        self._client: Any = None

    def __repr__(self) -> str:
        return f"AnthropicBackend(model={self.model!r}, base_url={self.base_url!r})"

    @property
    def client(self) -> Any:
        if self._client is None:
            try:
                import anthropic
            except ImportError:
                raise LLMError("the 'anthropic' package is not installed (pip install anthropic)") from None
            if not self._api_key:
                raise LLMError("no API key; set ANTHROPIC_API_KEY")
            self._client = anthropic.Anthropic(  # retries are ours, inside the deadline
                api_key=self._api_key, base_url=self.base_url, timeout=self.timeout, max_retries=0
            )
        return self._client

    def complete(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        on_delta: TextCallback | None = None,
        deadline: Deadline | None = None,
    ) -> str:
        import anthropic

        deadline = deadline or Deadline(self.timeout * (self.max_retries + 1) + self.connect_timeout)

        root, _ = object_root(json.loads(json.dumps(schema)))
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        chat = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] != "system"]
        kwargs: dict[str, Any] = {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "system": system,
            "messages": chat,
            "tools": [
                {
                    "name": TOOL,
                    "description": "Record the answer as a visual plan. The input is the plan itself.",
                    "input_schema": root,
                }
            ],
            "tool_choice": {"type": "tool", "name": TOOL},
        }
        streaming = self.stream and on_delta is not None
        sent: list[str] = []  # text already streamed: such an attempt is never retried

        def relay(chunk: str) -> None:
            sent.append(chunk)
            on_delta(chunk)  # type: ignore[misc]

        attempt = 0
        while True:
            read = deadline.timeout(
                min(self.timeout, self.first_token_timeout) if streaming else self.timeout
            )
            client = self.client.with_options(
                timeout=anthropic.Timeout(read, connect=deadline.timeout(self.connect_timeout))
            )
            try:
                if streaming:
                    return self._streamed(client, kwargs, relay, deadline)
                response = client.messages.create(**kwargs)
                break
            except anthropic.AnthropicError as err:
                delay = retry_delay(err, attempt)
                if (
                    attempt >= self.max_retries
                    or sent
                    or not retryable(err, anthropic)
                    or delay >= deadline.remaining()
                ):
                    raise LLMError(
                        describe_sdk_error(
                            err,
                            anthropic,
                            self,
                            key_env="ANTHROPIC_API_KEY",
                            attempts=attempt + 1,
                            waited=read,
                        )
                    ) from None
                attempt += 1
                time.sleep(delay)
        for block in response.content or []:
            if getattr(block, "type", "") == "tool_use":
                return json.dumps(block.input, ensure_ascii=False)
        text = "".join(getattr(b, "text", "") for b in response.content or [])
        return text  # no tool call: validation will say so and ask again

    def _streamed(
        self, client: Any, kwargs: dict[str, Any], on_delta: TextCallback, deadline: Deadline
    ) -> str:
        parts: list[str] = []
        text: list[str] = []
        for event in client.messages.create(stream=True, **kwargs):
            if deadline.expired:  # a server trickling events forever
                raise LLMError(deadline.message())
            if getattr(event, "type", "") != "content_block_delta":
                continue
            delta = event.delta
            if getattr(delta, "type", "") == "input_json_delta":
                parts.append(delta.partial_json)
                on_delta(delta.partial_json)
            elif getattr(delta, "type", "") == "text_delta":
                text.append(delta.text)
        return "".join(parts) if parts else "".join(text)


def AnthropicPlanner(**backend_options: Any) -> FallbackPlanner:
    """The `anthropic` planner: ANTHROPIC_API_KEY and RENDER_ANTHROPIC_MODEL configure it; the
    offline rules planner answers when it fails."""
    return with_rules_fallback(LLMPlanner(AnthropicBackend(**backend_options)))
