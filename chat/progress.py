"""Progress of one answer, shown where the answer will be (a Streamlit `st.empty` slot).

Kept out of `app.py` so what the page shows while an answer is made is unit-testable: the slot is
duck-typed (`caption`, `status`), and this module does not import Streamlit.
"""

from __future__ import annotations

from typing import Any


class SlotProgress:
    """`chat.core.Progress` in the answer's slot: stage labels as one caption line, and an `st.status`
    box only once there is more to show (an LLM's streamed text, a bar for denoising steps).

    Most answers take a fraction of a second: a status box would only flash, and its spinner and
    expander cost every browser drawing work while other people's answers wait for the same cores.
    The caption is the element the finished answer's line replaces, so nothing re-mounts."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot
        self.label = "Planning…"
        self.box: Any = None
        self.bar: Any = None
        self.stream: Any = None
        self.streamed = ""
        slot.caption(f"⏳ {self.label}")

    def _box(self) -> Any:
        if self.box is None:
            self.box = self.slot.status(self.label, expanded=False)
        return self.box

    def stage(self, label: str) -> None:
        self.label = label
        if self.box is None:
            self.slot.caption(f"⏳ {label}")
        else:
            self.box.update(label=label)
            self.box.write(label)

    def text(self, chunk: str) -> None:
        if self.stream is None:
            self._box().update(expanded=True)
            self.stream = self.box.empty()
        self.streamed += chunk
        self.stream.markdown(self.streamed)

    def step(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = self._box().progress(0.0)
        self.bar.progress(
            min(done / max(total, 1), 1.0), text=f"Generating the image: step {done} of {total}"
        )
