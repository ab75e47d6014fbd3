"""The chat's logic, kept out of `app.py` so it is unit-testable without Streamlit.

`chat.core` holds turns and answer versions (plan once, render once per theme, files on demand),
`chat.refine` the offline plan edits behind the refine box, `chat.settings` planner and image
configuration (API keys from the environment or secrets, never from disk), and `chat.images` the
image source that adds sidebar settings, progress and a record of prompt and seed. Nothing here
imports torch: image generation loads it only when a picture is requested.
"""

from chat.core import (
    Answer,
    Inputs,
    Turn,
    View,
    ask,
    export_conversation,
    friendly_error,
    refine,
    regenerate,
    show_as,
)

__all__ = [
    "Answer",
    "Inputs",
    "Turn",
    "View",
    "ask",
    "export_conversation",
    "friendly_error",
    "refine",
    "regenerate",
    "show_as",
]
