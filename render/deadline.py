"""A time limit for one render, checked by the loops that do the work.

The app draws answers for many sessions in one process; a render it stops waiting for must also
stop working, or it keeps a core busy for everyone. `within(seconds)` sets a deadline for the
current thread (a context variable, so each render has its own) and `check()`, called once per
page, element, slide or layout attempt, raises `RenderTimeout` once it has passed. Without a
deadline `check()` costs one lookup.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("render_deadline", default=None)


class RenderTimeout(BaseException):
    """The render ran past its deadline. A BaseException, like KeyboardInterrupt: the handlers
    that turn one broken visual into a placeholder must not swallow a stop."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"drawing this answer took longer than {seconds:g} s, so it was stopped")


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Work in this block (in this thread) stops with `RenderTimeout` after `seconds`."""
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise `RenderTimeout` if the current deadline has passed."""
    limit = _deadline.get()
    if limit is not None and time.monotonic() > limit[0]:
        raise RenderTimeout(limit[1])
