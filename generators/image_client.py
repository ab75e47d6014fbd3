"""The image service's client: an `ImageGenerator` over HTTP, for the CLI, the app and the API.

Why it looks like this:
- Standard library only (http.client): a machine that asks a service for pictures needs neither
  torch nor diffusers nor ray, and importing this module costs nothing.
- Same `generate(plan, width, height, *, progress=None, status=None)` as the local generator, so
  callers cannot tell the two apart; progress is this request's own denoising steps, streamed.
- Same cache keys as the local generator (`generators.image_common`): a picture is looked up in
  the local cache before asking, and kept there after, so service and local pictures are one cache.
- Never a hang: a short connect timeout, an idle timeout (the service sends a heartbeat every two
  seconds while a request waits) and a total deadline. A service that is down, dies mid-request or
  answers 5xx gives a clear note and, where a local model is usable, the picture from it instead;
  a request the service refuses (4xx) is an error that says why.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from generators.base import Note, Progress, Status, accepts
from generators.image_common import (
    CACHE_VERSION,
    MODEL_ENV,
    cache_key,
    default_cache_dir,
    read_cached,
    size_groups,
    write_cached,
)

if TYPE_CHECKING:
    from render.plan import ImagePlan

LocalFallback = Callable[[str | None], tuple[Any, str]]
"""Given a model name (None: the default), a local generator and "" — or None and why not."""

TIMEOUT_ENV = "RENDER_IMAGE_SERVER_TIMEOUT"
CONNECT_TIMEOUT_S = 3.0
IDLE_TIMEOUT_S = 30.0
"""Seconds without a single byte from the service before it counts as gone."""
TOTAL_TIMEOUT_S = 600.0
DOWN_FOR_S = 30.0
"""After the service was unreachable, calls skip it (straight to the fallback) for this long."""
MAX_QUERY = 2000
"""A request this short (URL-encoded) goes as a GET with the request in its URL: Ray Serve passes a
body from its proxy to the replica in one more call (~1.5–2.5 ms of CPU on 2 cores, a picture's worth)."""


class ImageServiceError(RuntimeError):
    """The service could not make the picture; the message is one sentence for the user.

    `status` is the HTTP code when the service answered with one; `refused` means the request
    itself was wrong (4xx): asking a local model instead would not help.
    """

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status

    @property
    def refused(self) -> bool:
        return self.status is not None and 400 <= self.status < 500 and self.status != 429


def _silent(message: str) -> None:
    """The status callback of a caller who wants no remarks."""


class ImageClient:
    """Pictures from `python -m generators.serve` at `url`, with the local model as a fallback.

    Thread-safe and shareable between sessions: all per-call state (progress, remarks, the
    connection) lives in the call; what is shared is what is safe to share (the service's
    description, whether it was down a moment ago, the disk cache).
    """

    def __init__(
        self,
        url: str,
        *,
        model: str | None = None,
        local: LocalFallback | None = None,
        timeout: float | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        idle_timeout: float = IDLE_TIMEOUT_S,
        cache_dir: str | Path | bool | None = True,
    ) -> None:
        """`model` names the local model to fall back on (default: $RENDER_IMAGE_MODEL, else the
        service's own model) and `local` finds it (`generators.diffusion.local_generator`); without
        `local` there is no fallback. `timeout` bounds a whole call (default $RENDER_IMAGE_SERVER_TIMEOUT,
        else 600 s); `cache_dir=True` is the local picture cache, None/False none."""
        if "://" not in url:
            url = f"http://{url}"
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError(f"image server {url!r} is not an http(s)://host:port URL")
        self.url = url.rstrip("/")
        self._scheme, self._host = parts.scheme, parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._base = parts.path.rstrip("/")
        self.model = model
        self._local = local
        self.timeout = float(timeout or os.environ.get(TIMEOUT_ENV) or TOTAL_TIMEOUT_S)
        self.connect_timeout = connect_timeout
        self.idle_timeout = idle_timeout
        if cache_dir is True:
            self.cache_dir: Path | None = default_cache_dir()
        else:
            self.cache_dir = Path(cache_dir).expanduser() if cache_dir else None
        self._info: dict[str, Any] | None = None
        self._down_until = 0.0
        self._down_reason = ""
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ImageClient({self.url!r})"

    # --------------------------------------------------------------------------- what it serves

    @property
    def name(self) -> str:
        model = (self._info or {}).get("model", "?")
        return f"{model} at {self.url}"

    @property
    def spec(self) -> SimpleNamespace | None:
        """The service's model as far as callers need it (its default steps), once known."""
        info = self._info
        return None if info is None else SimpleNamespace(name=info["model"], steps=info.get("default_steps"))

    @property
    def device(self) -> str | None:
        return (self._info or {}).get("device")

    def info(self) -> dict[str, Any]:
        """The service's description (model, cache key fields, device, batching), asked once."""
        if self._info is None:
            info = self._get("/")
            if "key_model" not in info:
                raise ImageServiceError(f"{self.url} answered, but it is not an image service")
            with self._lock:
                self._info = info
        return self._info

    def health(self) -> dict[str, Any]:
        return self._get("/health")

    def stats(self) -> dict[str, Any]:
        """Queue length, batch sizes, images made, cache hits and errors of the replica that answers."""
        return self._get("/stats")

    def cache_key(self, plan: ImagePlan, width: int, height: int) -> str:
        """The key the service (and a local generator of the same model) files this picture under."""
        info = self.info()
        return cache_key(plan, width, height, model=info["key_model"], default_steps=info["default_steps"])

    # -------------------------------------------------------------------------------- pictures

    def generate(
        self,
        plan: ImagePlan,
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> bytes:
        """PNG bytes of exactly width × height, from the cache, the service or the local fallback."""
        return self.generate_batch([plan], width, height, progress=progress, status=status)[0]

    def generate_batch(
        self,
        plans: Sequence[ImagePlan],
        width: int,
        height: int,
        *,
        progress: Progress | None = None,
        status: Status | None = None,
    ) -> list[bytes]:
        """Several pictures of one size in one request (the service batches them with others')."""
        say = status or _silent
        try:
            return self._remote(list(plans), width, height, progress, say)
        except ImageServiceError as err:
            if err.refused:
                raise
            return self._fallback(list(plans), width, height, progress, say, err)

    def prefetch(self, plan: Any, *, progress: Progress | None = None, status: Status | None = None) -> int:
        """Every picture a plan needs, one request per size, so rendering then hits the local cache."""
        groups = size_groups(plan)
        for (w, h), plans in groups.items():
            self.generate_batch(plans, w, h, progress=progress, status=status)
        return sum(len(v) for v in groups.values())

    # ------------------------------------------------------------------------------- internals

    def _remote(
        self, plans: list[ImagePlan], width: int, height: int, progress: Progress | None, say: Status
    ) -> list[bytes]:
        deadline = time.monotonic() + self.timeout
        info = self.info()
        keyed = info.get("cache_version") == CACHE_VERSION
        keys = [self.cache_key(p, width, height) if keyed else "" for p in plans]
        found: dict[int, bytes] = {}
        for i, key in enumerate(keys):
            if key and (png := read_cached(self.cache_dir, key)) is not None:
                found[i] = png
        todo = [i for i in range(len(plans)) if i not in found]
        if not todo:
            return [found[i] for i in range(len(plans))]
        body = json.dumps(
            {
                "plans": [plans[i].model_dump(mode="json") for i in todo],
                "width": width,
                "height": height,
                "progress": progress is not None,  # steps travel only to someone who shows them
            },
            separators=(",", ":"),
        ).encode()
        query = f"/generate?request={quote(body)}"
        if len(query) <= MAX_QUERY and "GET /generate?request=…" in info.get("routes", {}):
            conn, resp, sock = self._open("GET", query, None, deadline)  # no body: one hop less in Ray
        else:
            conn, resp, sock = self._open("POST", "/generate", body, deadline)
        told_batch = False
        try:
            while len(found) < len(plans):
                event = self._event(resp, sock, deadline)
                if event is None:
                    self._mark_down("it closed the connection")
                    raise ImageServiceError(
                        f"the image service at {self.url} stopped answering during the request "
                        f"({len(found)} of {len(plans)} pictures arrived)"
                    )
                kind = event.get("event")
                if kind == "progress" and progress is not None:
                    progress(int(event["step"]), int(event["total"]))
                elif kind == "status":
                    message = str(event.get("message", ""))
                    say(Note(message) if event.get("note") else message)
                elif kind == "batch" and not told_batch:
                    told_batch = True
                    size = int(event.get("size", 1))
                    say(
                        f"image service {self.url}: drawing on {info.get('device') or 'its device'}"
                        + (f" in a batch of {size} pictures" if size > 1 else "")
                    )
                elif kind == "image":
                    i = todo[int(event["index"])]
                    png = base64.b64decode(event["png"])
                    found[i] = png
                    self._keep(keys[i], png, say)
                elif kind == "error":
                    raise ImageServiceError(
                        f"the image service could not make the picture: {event.get('message')}",
                        status=int(event.get("status") or 500),
                    )
        finally:
            conn.close()
        return [found[i] for i in range(len(plans))]

    def _keep(self, key: str, png: bytes, say: Status) -> None:
        """A picture from the service goes into the local cache, under the same key."""
        if not key or self.cache_dir is None or read_cached(self.cache_dir, key) is not None:
            return
        try:
            write_cached(self.cache_dir, key, png)
        except OSError as err:
            say(Note(f"Image cache {self.cache_dir} is not writable ({err}); pictures are not kept."))

    def _fallback(
        self,
        plans: list[ImagePlan],
        width: int,
        height: int,
        progress: Progress | None,
        say: Status,
        err: ImageServiceError,
    ) -> list[bytes]:
        if self._local is None:
            raise err
        name = self.model or os.environ.get(MODEL_ENV) or (self._info or {}).get("model")
        gen, why = self._local(name)
        if gen is None:
            raise ImageServiceError(
                f"{err}; no local model to fall back on ({why})", status=err.status
            ) from err
        what = "the pictures" if len(plans) > 1 else "the picture"
        say(Note(f"{_sentence(err)}: made {what} here with {gen.name} instead."))
        extra: dict[str, Any] = {"status": say} if accepts(gen.generate_batch, "status") else {}
        return list(gen.generate_batch(plans, width, height, progress=progress, **extra))

    def _mark_down(self, reason: str) -> None:
        with self._lock:
            self._down_until = time.monotonic() + DOWN_FOR_S
            self._down_reason = f"the image service at {self.url} is not reachable ({reason})"

    def _get(self, path: str) -> dict[str, Any]:
        conn, resp, _ = self._open("GET", path, None, time.monotonic() + max(self.connect_timeout, 10.0))
        try:
            return json.loads(resp.read())
        except (OSError, http.client.HTTPException, ValueError) as err:
            raise ImageServiceError(f"the image service at {self.url} gave no usable answer ({err})") from err
        finally:
            conn.close()

    def _open(
        self, method: str, path: str, body: bytes | None, deadline: float
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse, socket.socket]:
        """Connect (short timeout), send, and return the response once its status is a success,
        with its socket (kept here: http.client lets go of it when the server says it will close)."""
        if time.monotonic() < self._down_until:
            raise ImageServiceError(f"{self._down_reason}; trying it again in a few seconds")
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=self.connect_timeout)
        try:
            conn.connect()
        except OSError as err:
            conn.close()
            reason = "timed out" if isinstance(err, TimeoutError) else (err.strerror or str(err))
            self._mark_down(reason)
            raise ImageServiceError(self._down_reason) from err
        sock = conn.sock
        assert sock is not None
        try:
            sock.settimeout(min(self.idle_timeout, max(deadline - time.monotonic(), 0.1)))
            headers = {"Content-Type": "application/json"} if body is not None else {}
            conn.request(method, self._base + path, body=body, headers=headers)
            resp = conn.getresponse()
        except (OSError, http.client.HTTPException) as err:
            conn.close()
            self._mark_down(_reason(err))
            raise ImageServiceError(
                f"the image service at {self.url} did not answer ({_reason(err)})"
            ) from err
        if resp.status >= 400:
            try:
                message = json.loads(resp.read()).get("error") or resp.reason
            except (OSError, http.client.HTTPException, ValueError, AttributeError):
                message = resp.reason
            conn.close()
            raise ImageServiceError(
                f"the image service refused the request: {message} (HTTP {resp.status})", status=resp.status
            )
        return conn, resp, sock

    def _event(
        self, resp: http.client.HTTPResponse, sock: socket.socket, deadline: float
    ) -> dict[str, Any] | None:
        """The next event of the stream; None when the service hung up. Bounded by both timeouts."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise ImageServiceError(f"the image service at {self.url} took longer than {self.timeout:g} s")
        with contextlib.suppress(OSError):
            sock.settimeout(min(self.idle_timeout, left))
        try:
            line = resp.readline()
        except TimeoutError as err:
            self._mark_down("no answer")
            raise ImageServiceError(
                f"the image service at {self.url} went silent for {min(self.idle_timeout, left):.0f} s"
            ) from err
        except (OSError, http.client.HTTPException):
            return None
        if not line:
            return None
        try:
            return json.loads(line)
        except ValueError as err:
            raise ImageServiceError(f"the image service at {self.url} sent garbage ({line[:80]!r})") from err


def _reason(err: BaseException) -> str:
    return "timed out" if isinstance(err, TimeoutError) else str(err) or type(err).__name__


def _sentence(err: BaseException) -> str:
    text = str(err).rstrip(".")
    return text[:1].upper() + text[1:]
