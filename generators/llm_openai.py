"""Any OpenAI-compatible Chat Completions endpoint: OpenAI, Ollama, vLLM, llama.cpp's server, LM
Studio, OpenRouter. One backend, a configurable base URL.

Structured output is negotiated once per backend: JSON-schema output where the server supports it,
else JSON mode with the schema in the prompt, else plain text; every reply is validated anyway.
Retries on 429/5xx, timeouts and dropped connections follow the official SDK's policy (backoff,
Retry-After honoured) but are made here, inside the answer's deadline: every attempt's connect,
read and first-token timeouts are cut to what is left, and no retry starts that could not finish.
Failures become one-line `LLMError`s that never include the key.
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

DEFAULT_MODEL = "gpt-4o-mini"
OLLAMA_URL = "http://localhost:11434"
OLLAMA_MODEL = "qwen2.5:1.5b-instruct"
MODES = ("json_schema", "json_object", "text")


class OpenAIBackend:
    """Chat Completions through the official `openai` SDK."""

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
        mode: str | None = None,
        stream: bool = True,
        max_tokens: int = 4096,
        name: str = "openai",
    ):
        self.name = name
        self.model = (
            model or os.environ.get("RENDER_OPENAI_MODEL") or os.environ.get("OPENAI_MODEL") or DEFAULT_MODEL
        )
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or "").rstrip("/") or None
        # Local servers need no key, but the SDK insists on one: a placeholder, never logged.
        self._api_key = api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"
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
        self.mode = mode or os.environ.get("RENDER_OPENAI_MODE") or "json_schema"
        if self.mode not in MODES:
            raise ValueError(f"unknown structured-output mode {self.mode!r}; use one of {', '.join(MODES)}")
        self.stream = stream
        self.max_tokens = max_tokens
        where = self.base_url or "https://api.openai.com/v1"
        self.label = f"the OpenAI-compatible endpoint {where} (model {self.model})"
        self._client: Any = None

    def __repr__(self) -> str:  # no key in reprs, logs or tracebacks
        return f"OpenAIBackend(model={self.model!r}, base_url={self.base_url!r})"

    @property
    def client(self) -> Any:
        if self._client is None:
            try:
                import openai
            except ImportError:
                raise LLMError("the 'openai' package is not installed (pip install openai)") from None
            # retries are ours (`complete`), so that they stay inside the answer's deadline
            self._client = openai.OpenAI(
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
        import openai

        deadline = deadline or Deadline(self.timeout * (self.max_retries + 1) + self.connect_timeout)
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
            timeout = openai.Timeout(read, connect=deadline.timeout(self.connect_timeout))
            try:
                return self._complete(messages, schema, relay if streaming else None, timeout, deadline)
            except openai.BadRequestError as err:
                # Servers without JSON-schema output reject the request: step down once and remember.
                nxt = _next_mode(self.mode, err)
                if nxt is None:
                    raise LLMError(_describe(err, self, attempt + 1, read)) from None
                self.mode = nxt
            except openai.OpenAIError as err:
                delay = retry_delay(err, attempt)
                if (
                    attempt >= self.max_retries
                    or sent
                    or not retryable(err, openai)
                    or delay >= deadline.remaining()
                ):
                    if streaming and isinstance(err, openai.APITimeoutError):
                        raise LLMError(
                            f"the stream stalled: no token for {round(read, 1):g} s"
                            + (f" after {attempt + 1} attempts" if attempt else "")
                            + " (first-token timeout, RENDER_LLM_FIRST_TOKEN_TIMEOUT)"
                        ) from None
                    raise LLMError(_describe(err, self, attempt + 1, read)) from None
                attempt += 1
                time.sleep(delay)

    def _complete(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        on_delta: TextCallback | None,
        timeout: Any,
        deadline: Deadline,
    ) -> str:
        root, _ = object_root(json.loads(json.dumps(schema)))
        kwargs: dict[str, Any] = {"model": self.model, "max_tokens": self.max_tokens, "temperature": 0}
        msgs = [dict(m) for m in messages]
        if self.mode == "json_schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "plan", "schema": root, "strict": False},
            }
        else:
            if self.mode == "json_object":
                kwargs["response_format"] = {"type": "json_object"}
            schema_text = json.dumps(root, ensure_ascii=False, separators=(",", ":"))
            msgs[0] = {**msgs[0], "content": msgs[0]["content"] + "\n\nThe JSON schema:\n" + schema_text}
        client = self.client.with_options(timeout=timeout)
        if on_delta is not None:
            parts: list[str] = []
            chunks = client.chat.completions.create(messages=msgs, stream=True, **kwargs)
            try:
                for chunk in chunks:
                    for choice in getattr(chunk, "choices", None) or []:
                        delta = getattr(choice.delta, "content", None)
                        if delta:
                            parts.append(delta)
                            on_delta(delta)
                    if deadline.expired:  # a server trickling tokens forever
                        raise LLMError(deadline.message())
            finally:
                chunks.close()
            return "".join(parts)
        response = client.chat.completions.create(messages=msgs, **kwargs)
        if not response.choices:
            raise LLMError("the endpoint returned no choices")
        return response.choices[0].message.content or ""


def _next_mode(mode: str, err: Exception) -> str | None:
    text = str(err).lower()
    if mode == "json_schema" and any(w in text for w in ("response_format", "json_schema", "schema")):
        return "json_object"
    if mode == "json_object" and any(w in text for w in ("response_format", "json_object", "json mode")):
        return "text"
    return None


def _describe(err: Exception, backend: Any, attempts: int = 1, waited: float | None = None) -> str:
    """One line for the user, by failure kind; server text is trimmed and the key scrubbed."""
    import openai

    return describe_sdk_error(
        err, openai, backend, key_env="OPENAI_API_KEY", attempts=attempts, waited=waited
    )


def describe_sdk_error(
    err: Exception, sdk: Any, backend: Any, key_env: str, attempts: int = 1, waited: float | None = None
) -> str:
    """Shared by the OpenAI and Anthropic backends (their SDKs share error classes by name).
    `attempts` made and the read timeout of the last one (`waited`), which the deadline may cut."""
    tried = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(err, sdk.APITimeoutError):
        waited = backend.timeout if waited is None else waited
        return f"no reply within {round(waited, 1):g} s{tried} (timed out)"
    if isinstance(err, sdk.APIConnectionError):
        return f"cannot connect{tried}; is the server running and the base URL right?"
    if isinstance(err, sdk.AuthenticationError):
        return f"the API key was rejected (401); check {key_env}"
    if isinstance(err, sdk.PermissionDeniedError):
        return "permission denied (403); the key may lack access to this model"
    if isinstance(err, sdk.NotFoundError):
        return f"not found (404); check the model name {backend.model!r} and the base URL"
    if isinstance(err, sdk.RateLimitError):
        return f"rate-limited (429){tried}; try again later"
    status = getattr(err, "status_code", None)
    detail = scrub(str(getattr(err, "message", "") or err), getattr(backend, "_api_key", ""))
    if status is not None:
        return f"HTTP {status}{tried}: {detail[:200]}"
    return f"{type(err).__name__}: {detail[:200]}"


def scrub(text: str, secret: str) -> str:
    """The text with the secret (and anything shaped like an API key) masked."""
    import re

    if secret and len(secret) >= 8:
        text = text.replace(secret, "***")
    return re.sub(r"\b(sk-[A-Za-z0-9_\-]{4})[A-Za-z0-9_\-]{8,}", r"\1***", text)


def OpenAIPlanner(**backend_options: Any) -> FallbackPlanner:
    """The `openai` planner: OPENAI_BASE_URL, OPENAI_API_KEY and RENDER_OPENAI_MODEL configure it;
    the offline rules planner answers when it fails."""
    return with_rules_fallback(LLMPlanner(OpenAIBackend(**backend_options)))


def ollama_url() -> str:
    return (os.environ.get("OLLAMA_HOST") or OLLAMA_URL).rstrip("/")


def OllamaPlanner(model: str | None = None, **backend_options: Any) -> FallbackPlanner:
    """A local Ollama through its OpenAI-compatible API; two-step planning suits its small models."""
    url = ollama_url()
    if not url.startswith("http"):
        url = "http://" + url
    model = model or os.environ.get("OLLAMA_MODEL") or probe_ollama(url, timeout=1.0) or OLLAMA_MODEL
    backend = OpenAIBackend(model, base_url=f"{url}/v1", api_key="ollama", name="ollama", **backend_options)
    backend.label = f"Ollama at {url} (model {model})"
    return with_rules_fallback(LLMPlanner(backend, two_step=True))


def probe_ollama(url: str | None = None, timeout: float = 0.3) -> str | None:
    """The first model a local Ollama serves, '' if it runs with none pulled, None if it is not there."""
    import urllib.error
    import urllib.request

    url = url or ollama_url()
    if not url.startswith("http"):
        url = "http://" + url
    try:
        with urllib.request.urlopen(f"{url}/api/tags", timeout=timeout) as resp:
            data = json.loads(resp.read().decode("utf-8") or "{}")
    except (OSError, ValueError, urllib.error.URLError):
        return None
    models = [m.get("name") or m.get("model") for m in data.get("models", []) if isinstance(m, dict)]
    return next((m for m in models if m), "")
