"""A small instruct model in-process through llama-cpp-python (optional: requirements-llm.txt).

Decoding is constrained by a grammar built from the plan's JSON schema, so even a tiny model emits
JSON of the right shape; string and array lengths are bounded (llama.cpp's schema-to-grammar lets
raw newlines into strings and unbounded repeats run away), and every result is validated anyway.
Planning is two-step by default: choose the kind, then fill only that kind's schema.

Model: RENDER_LOCAL_MODEL is a GGUF path or a Hugging Face repo id fetched on first use
(RENDER_LOCAL_MODEL_FILE picks the file in the repo). The recommended default is the official
Qwen/Qwen2.5-1.5B-Instruct-GGUF, Q4_K_M quantisation. llama-cpp-python ships as source: build it
with CMAKE_ARGS="-DGGML_NATIVE=OFF" on machines whose CPU differs from the build machine's.
"""

from __future__ import annotations

import atexit
import os
import threading
from pathlib import Path
from typing import Any

from generators.fallback import FallbackPlanner, with_rules_fallback
from generators.llm import Deadline, LLMError, LLMPlanner, Message, TextCallback, env_int, field_guide

DEFAULT_REPO = "Qwen/Qwen2.5-1.5B-Instruct-GGUF"
DEFAULT_FILE = "qwen2.5-1.5b-instruct-q4_k_m.gguf"
_MODELS: dict[tuple[str, str, int], Any] = {}  # loaded once per process: loading costs seconds
_LOCK = threading.Lock()


@atexit.register
def _close_models() -> None:
    """Free models before interpreter shutdown tears down the llama.cpp bindings they need."""
    while _MODELS:
        _, llm = _MODELS.popitem()
        close = getattr(llm, "close", None)
        if close is not None:
            close()


def available() -> bool:
    """True when llama-cpp-python is importable (the model itself may still need fetching)."""
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        return False
    return True


class LocalBackend:
    """llama.cpp chat completion with a JSON-schema grammar."""

    def __init__(
        self,
        model: str | None = None,
        *,
        filename: str | None = None,
        n_ctx: int | None = None,
        n_threads: int | None = None,
        max_tokens: int = 1024,
        seed: int = 0,
    ):
        self.name = "local"
        self.model = model or os.environ.get("RENDER_LOCAL_MODEL") or DEFAULT_REPO
        self.filename = filename or os.environ.get("RENDER_LOCAL_MODEL_FILE") or DEFAULT_FILE
        self.n_ctx = n_ctx or env_int("RENDER_LOCAL_CTX", 4096)
        self.n_threads = n_threads or env_int("RENDER_LOCAL_THREADS", 0) or None
        self.max_tokens = max_tokens
        self.seed = seed
        self.label = f"the local model {Path(self.model).name if self._is_path() else self.model}"

    def _is_path(self) -> bool:
        return self.model.endswith(".gguf") or Path(self.model).exists()

    def llama(self) -> Any:
        try:
            import llama_cpp
        except ImportError:
            raise LLMError(
                "llama-cpp-python is not installed; pip install -r requirements-llm.txt "
                '(build with CMAKE_ARGS="-DGGML_NATIVE=OFF")'
            ) from None
        key = (self.model, self.filename, self.n_ctx)
        with _LOCK:
            if key not in _MODELS:
                options: dict[str, Any] = {"n_ctx": self.n_ctx, "verbose": False, "seed": self.seed}
                if self.n_threads:
                    options["n_threads"] = self.n_threads
                try:
                    if self._is_path():
                        if not Path(self.model).is_file():
                            raise LLMError(f"model file not found: {self.model}")
                        _MODELS[key] = llama_cpp.Llama(model_path=self.model, **options)
                    else:  # a Hugging Face repo id, fetched once into the HF cache
                        _MODELS[key] = llama_cpp.Llama.from_pretrained(
                            repo_id=self.model, filename=self.filename, **options
                        )
                except LLMError:
                    raise
                except Exception as err:  # llama.cpp raises ValueError/RuntimeError/OSError variously
                    raise LLMError(f"could not load {self.model}: {type(err).__name__}: {err}") from None
            return _MODELS[key]

    def complete(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        on_delta: TextCallback | None = None,
        deadline: Deadline | None = None,
    ) -> str:
        """Always decoded as a stream, so that generation stops at the deadline and the model's lock
        is released for the next answer (a call abandoned by the planner would otherwise decode on
        to `max_tokens` while holding it)."""
        llm = self.llama()
        msgs = [dict(m) for m in messages]
        # The grammar fixes the shape; the field guide tells a small model what each field means.
        msgs[0] = {**msgs[0], "content": msgs[0]["content"] + "\n\nFields:\n" + field_guide(schema)}
        kwargs: dict[str, Any] = {
            "messages": msgs,
            "response_format": {"type": "json_object", "schema": schema},
            "temperature": 0.0,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
        }
        wait = deadline.remaining() if deadline is not None else -1
        if not _LOCK.acquire(timeout=wait):  # one llama context is not safe to share between threads
            raise LLMError("the local model is busy with an earlier answer")
        try:
            parts: list[str] = []
            for chunk in llm.create_chat_completion(stream=True, **kwargs):
                delta = chunk["choices"][0].get("delta", {}).get("content")
                if delta:
                    parts.append(delta)
                    if on_delta is not None:
                        on_delta(delta)
                if deadline is not None and deadline.expired:
                    raise LLMError(deadline.message())
            return "".join(parts)
        except LLMError:
            raise
        except Exception as err:
            raise LLMError(f"generation failed: {type(err).__name__}: {err}") from None
        finally:
            _LOCK.release()


def LocalPlanner(**backend_options: Any) -> FallbackPlanner:
    """The `local` planner: two-step, bounded schemas, grammar-constrained decoding; the offline
    rules planner answers when it fails."""
    return with_rules_fallback(
        LLMPlanner(LocalBackend(**backend_options), name="local", two_step=True, bounded=True)
    )
