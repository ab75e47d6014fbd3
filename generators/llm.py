"""LLM planners: one small backend protocol, and the planner that validates, repairs and falls back.

A backend only turns chat messages plus a JSON schema into JSON text (`ChatBackend.complete`); the
OpenAI-compatible, Anthropic and in-process llama.cpp backends live in `llm_openai`, `llm_anthropic`
and `llm_local`. Everything that makes an answer trustworthy is here, shared by all of them:

- prompts are data files (`generators/prompts/*.md`);
- the plan is validated with pydantic, and charts over an attached table must name columns (their
  numbers are then computed with pandas by `render.data.resolve`, never taken from the model);
- one repair round sends the exact validation errors back; if the plan is still invalid, or the
  endpoint fails, the planner raises `PlanningFailed` with a readable reason, which the
  `FallbackPlanner` every factory wraps it in turns into the offline planner's answer and a note;
- the written answer is streamed (`on_text`) while the JSON plan is generated, where supported;
- one deadline bounds each answer (`Deadline`, `RENDER_LLM_DEADLINE`, default 45 s) across the kind
  choice, retries and repair rounds: backends size each request's timeouts from what is left, and
  a call still running at the deadline is abandoned, so a hung endpoint costs the user the deadline
  and not (retries + 1) × the read timeout.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from generators.base import Planned, PlanningFailed, PlanReport, TextCallback, accepts, plan_with
from render.kinds import KINDS, PlanError, parse_plan, plan_json_schema
from render.plan import ChartPlan, SlidesPlan

if TYPE_CHECKING:
    import pandas as pd

    from generators.base import Planner, PlanRequest
    from render.plan import Plan

PROMPTS = Path(__file__).resolve().parent / "prompts"
HISTORY_TURNS = 8  # earlier turns sent with a question: enough for follow-ups, bounded in tokens
HISTORY_CHARS = 6000  # per turn: an earlier plan JSON fits, a pasted book does not
QUESTION_CHARS = 20_000
MARKDOWN_CHARS = 30_000
DEADLINE_S = 45.0  # one answer, all calls, retries and repairs together (RENDER_LLM_DEADLINE)
CONNECT_TIMEOUT_S = 5.0  # a server that does not accept is down (RENDER_LLM_CONNECT_TIMEOUT)
FIRST_TOKEN_TIMEOUT_S = (
    20.0  # streaming: silence before the first token, or mid-stream (RENDER_LLM_FIRST_TOKEN_TIMEOUT)
)

Message = dict[str, str]


class LLMError(Exception):
    """The endpoint failed (unreachable, timed out, key rejected, rate-limited, server error).

    The message is one readable line for the user and never contains an API key.
    """


class ChatBackend(Protocol):
    """Chat messages + a JSON schema in, JSON text out. `on_delta` receives raw text as it streams.

    Backends may also take `deadline: Deadline` (a keyword, found with `accepts`): they then size
    their connect, read and first-token timeouts and their retries from `deadline.remaining()`.
    """

    name: str
    """Short name used in notes, e.g. "openai"."""

    label: str
    """Where it runs, for the user: "OpenAI-compatible endpoint http://… (model gpt-4o-mini)"."""

    def complete(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        *,
        on_delta: TextCallback | None = None,
    ) -> str: ...


# ------------------------------------------------------------------------------------------ deadline


class Deadline:
    """The time one answer may take, shared by every call, retry and repair round made for it."""

    def __init__(self, seconds: float):
        self.seconds = max(0.0, float(seconds))
        self.start = time.monotonic()

    def remaining(self) -> float:
        return max(0.0, self.seconds - (time.monotonic() - self.start))

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def timeout(self, limit: float) -> float:
        """`limit`, or less when the deadline is nearer (never below a few milliseconds)."""
        return max(0.01, min(limit, self.remaining()))

    def message(self) -> str:
        return f"no complete answer within the {self.seconds:g} s deadline (RENDER_LLM_DEADLINE)"


def retry_delay(err: Exception, attempt: int) -> float:
    """Seconds to wait before retrying an SDK error the way the official SDKs do: the server's
    Retry-After (ms or s, up to 60 s) when given, else 0.5 s doubling up to 8 s."""
    headers = getattr(getattr(err, "response", None), "headers", None) or {}
    for key, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(headers.get(key, "")) * scale
        except (TypeError, ValueError):
            continue
        if 0 <= value <= 60:
            return value
    return min(0.5 * 2**attempt, 8.0)


def retryable(err: Exception, sdk: Any) -> bool:
    """Errors worth another attempt: timeouts, refused or dropped connections, 408/409/429 and 5xx
    (what the official SDKs retry). A rejected key or a bad request is not."""
    if isinstance(err, sdk.APITimeoutError | sdk.APIConnectionError):
        return True
    status = getattr(err, "status_code", None)
    return isinstance(status, int) and (status in (408, 409, 429) or status >= 500)


def run_within(fn: Any, seconds: float, emit: TextCallback | None = None) -> Any:
    """`fn(relay)` in a daemon thread, waited for at most `seconds` (TimeoutError after that).

    Text the call streams through `relay` is handed to `emit` here, in the caller's thread (UI
    callbacks stay on their thread), and stops the moment the wait ends. A call still running is
    abandoned, not killed (Python cannot kill a thread): its own timeouts, sized from the same
    deadline, end it soon after.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            box.put(("done", fn(lambda chunk: box.put(("text", chunk)))))
        except BaseException as err:  # re-raised in the caller's thread
            box.put(("error", err))

    threading.Thread(target=work, daemon=True, name="llm-call").start()
    end = time.monotonic() + max(0.0, seconds)
    while True:
        try:
            what, value = box.get(timeout=max(0.0, end - time.monotonic()))
        except queue.Empty:
            raise TimeoutError from None
        if what == "text":
            if emit is not None:
                emit(value)
        elif what == "done":
            return value
        else:
            raise value


# ------------------------------------------------------------------------------------------- prompts


@cache
def prompt(name: str) -> str:
    """A prompt template from generators/prompts/<name>.md."""
    return (PROMPTS / f"{name}.md").read_text(encoding="utf-8").strip()


def forms_menu() -> str:
    """The menu of forms the LLM chooses from: one line per registered kind."""
    return "\n".join(f"- {name}: {k.planner.prompt}" for name, k in KINDS.items())


def _fill(template: str, **values: str) -> str:
    """str.format for prompt files: unknown braces stay as written."""
    out = template.replace("{{", "\x00").replace("}}", "\x01")
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out.replace("\x00", "{").replace("\x01", "}").strip()


def system_prompt(request: PlanRequest, kind: str | None = None) -> str:
    """The system prompt: the menu of forms (or one kind's guidance) and the table rules if any."""
    table_rules = prompt("table") if _has_table(request) else ""
    if kind is None:
        return _fill(prompt("system"), forms=forms_menu(), table_rules=table_rules)
    guidance = (KINDS.models()[kind].__doc__ or "").strip()
    return _fill(prompt("fill_kind"), kind=kind, guidance=guidance, table_rules=table_rules)


def user_message(request: PlanRequest) -> str:
    """The question with its attachments: a table summary (never the whole table) or markdown."""
    from render.data import summarize_table

    parts = [(request.question or "").strip()[:QUESTION_CHARS] or "Visualise the attached content."]
    if request.kind:
        parts.append(f"Show the answer as: {request.kind}.")
    if _has_table(request):
        name = f" {request.table_name!r}" if request.table_name else ""
        parts.append(f"Attached table{name}:\n{summarize_table(request.table)}")
    if request.markdown and request.markdown.strip():
        parts.append("Attached answer (markdown) to visualise:\n" + request.markdown.strip()[:MARKDOWN_CHARS])
    return "\n\n".join(parts)


def history_messages(request: PlanRequest) -> list[Message]:
    """The last few turns, oldest first, each cut to a bounded length; odd entries are skipped."""
    out: list[Message] = []
    for turn in (request.history or [])[-HISTORY_TURNS:]:
        if not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant"):
            continue
        content = str(turn.get("content") or "").strip()
        if content:
            out.append({"role": turn["role"], "content": content[:HISTORY_CHARS]})
    while out and out[0]["role"] != "user":  # chat APIs want the user to speak first
        out.pop(0)
    merged: list[Message] = []
    for m in out:  # and roles to alternate
        if merged and merged[-1]["role"] == m["role"]:
            merged[-1] = {"role": m["role"], "content": merged[-1]["content"] + "\n\n" + m["content"]}
        else:
            merged.append(m)
    if merged and merged[-1]["role"] == "user":
        merged.append({"role": "assistant", "content": "(no answer)"})
    return merged


def _has_table(request: PlanRequest) -> bool:
    table = request.table
    return table is not None and getattr(table, "shape", (0, 0))[1] > 0


# -------------------------------------------------------------------------------------------- schema


def plan_schema(
    kind: str | None = None, columns: list[str] | None = None, *, bounded: bool = False
) -> dict[str, Any]:
    """The JSON schema the model fills: the whole union, or one kind's model (two-step planning).

    `kind` and `answer` become required so every plan is tagged and carries its written answer.
    With `columns`, charts may only name those columns and have no inline data: grounding enforced
    by the schema where the backend constrains decoding, and checked again after parsing.
    `bounded` caps string and array lengths, so grammar-constrained small models cannot run away.
    """
    models = KINDS.models()
    schema = json.loads(json.dumps(models[kind].model_json_schema() if kind else plan_json_schema()))
    defs = schema.get("$defs", {})
    plan_defs = [schema] if kind else []
    plan_defs += [d for name, d in defs.items() if name in {m.__name__ for m in models.values()}]
    for d in plan_defs:
        required = d.setdefault("required", [])
        for key in ("kind", "answer"):
            if key in d.get("properties", {}) and key not in required:
                required.insert(0, key)
    if columns is not None:
        charts = [d for d in [schema, *defs.values()] if d.get("title") == "ChartPlan"]
        for d in charts:
            _ground_chart_schema(d, columns, defs)
    if bounded:
        _bound(schema)
    return schema


def _ground_chart_schema(d: dict[str, Any], columns: list[str], defs: dict[str, Any]) -> None:
    props = d.get("properties", {})
    for key in ("categories", "series"):
        props.pop(key, None)
    enum = {"type": "string", "enum": list(columns)}
    for key in ("x", "y", "color"):
        if key in props:
            desc = props[key].get("description", "")
            props[key] = {"anyOf": [enum, {"type": "null"}], "description": desc}
    props["x"] = {**enum, "description": props.get("x", {}).get("description", "")}
    required = d.setdefault("required", [])
    if "x" not in required:
        required.append("x")
    flt = defs.get("Filter")
    if flt and "column" in flt.get("properties", {}):
        flt["properties"]["column"] = {
            **enum,
            "description": flt["properties"]["column"].get("description", ""),
        }


def _bound(node: Any, max_items: int = 16, max_length: int = 400) -> None:
    if isinstance(node, dict):
        if node.get("type") == "array":
            node["maxItems"] = min(int(node.get("maxItems", max_items)), max_items)
        if node.get("type") == "string" and "enum" not in node and "const" not in node:
            node["maxLength"] = min(int(node.get("maxLength", max_length)), max_length)
        for value in node.values():
            _bound(value, max_items, max_length)
    elif isinstance(node, list):
        for value in node:
            _bound(value, max_items, max_length)


def kind_schema() -> dict[str, Any]:
    """Step one of two-step planning: just the kind."""
    return {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": list(KINDS)}},
        "required": ["kind"],
        "additionalProperties": False,
    }


def object_root(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """APIs that want an object at the root get the union wrapped as {"plan": …}; True if wrapped."""
    if schema.get("type") == "object":
        return schema, False
    defs = schema.pop("$defs", None)
    wrapped: dict[str, Any] = {
        "type": "object",
        "properties": {"plan": schema},
        "required": ["plan"],
        "additionalProperties": False,
    }
    if defs:
        wrapped["$defs"] = defs
    return wrapped, True


def field_guide(schema: dict[str, Any]) -> str:
    """A compact list of fields and their first sentence: the schema's instructions in few tokens."""
    lines: list[str] = []
    defs = schema.get("$defs", {})

    def walk(d: dict[str, Any], prefix: str, depth: int) -> None:
        for name, prop in d.get("properties", {}).items():
            desc = (prop.get("description") or "").split(". ")[0].strip().rstrip(".")
            lines.append(f"- {prefix}{name}: {desc}" if desc else f"- {prefix}{name}")
            ref = prop.get("$ref") or (prop.get("items") or {}).get("$ref")
            if ref and depth < 1:
                walk(defs.get(ref.rsplit("/", 1)[-1], {}), f"{prefix}{name}.", depth + 1)

    walk(schema, "", 0)
    return "\n".join(lines[:80])


# ------------------------------------------------------------------------------------------ validate


_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.I)


def parse_json(raw: str) -> Any:
    """JSON from a model reply: code fences and text around the object are tolerated, as are raw
    newlines inside strings (llama.cpp's grammars let them through). PlanError when there is none."""
    text = _FENCE.sub("", raw or "").strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0:
        raise PlanError(["the reply is not a JSON object; reply with the plan as one JSON object"])
    try:
        return json.loads(text[start : end + 1] if end > start else text[start:], strict=False)
    except json.JSONDecodeError as err:
        raise PlanError(
            [f"the reply is not valid JSON ({err.msg} at line {err.lineno} column {err.colno})"]
        ) from None


def validate(raw: str, request: PlanRequest, kind: str | None = None) -> Plan:
    """A plan from the model's JSON text, checked against the schema and the attached table.

    Raises PlanError whose messages name the field, ready to send back for repair.
    """
    data = parse_json(raw)
    if isinstance(data, dict) and set(data) == {"plan"} and isinstance(data["plan"], dict):
        data = data["plan"]  # the {"plan": …} wrapper of object-rooted schemas
    if not isinstance(data, dict):
        raise PlanError(["the reply must be one JSON object (the plan)"])
    want = request.kind if request.kind in KINDS else kind
    if want and not data.get("kind"):
        data = {**data, "kind": want}
    if request.kind in KINDS and data.get("kind") != request.kind:
        raise PlanError([f"kind: the user asked for a {request.kind}, not {data.get('kind')!r}"])
    plan = parse_plan(data)
    errors = grounding_errors(plan, request.table if _has_table(request) else None)
    if errors:
        raise PlanError(errors)
    return plan


def grounding_errors(plan: Plan, table: pd.DataFrame | None) -> list[str]:
    """Charts over an attached table must name its columns and resolve; without one, use inline data."""
    from render.data import resolve

    charts: list[tuple[str, ChartPlan]] = []
    if isinstance(plan, ChartPlan):
        charts.append(("", plan))
    elif isinstance(plan, SlidesPlan):
        charts += [(f"slides[{i}].chart.", s.chart) for i, s in enumerate(plan.slides) if s.chart is not None]
    errors: list[str] = []
    for where, chart in charts:
        if table is not None and not chart.uses_table:
            errors.append(
                f"{where}categories: a table is attached, so the chart must name its columns (x, y, "
                "aggregate) instead of writing numbers; leave categories and series empty"
            )
            continue
        if table is None and chart.uses_table:
            errors.append(
                f"{where}x: no table is attached; give inline data (categories + series) instead of x/y"
            )
            continue
        if table is not None:
            try:
                resolve(chart, table)
            except PlanError as err:
                errors += [f"{where}{e}" for e in err.errors]
            except (ValueError, TypeError, KeyError) as err:
                errors.append(f"{where}x: the table cannot be charted this way ({err})")
    return errors


# ------------------------------------------------------------------------------------------ streaming


class AnswerStream:
    """Feeds on the plan's JSON text as it streams and emits the decoded `answer` string as it grows.

    The `answer` field comes first in every plan schema, so the written answer shows while the rest
    of the plan is still being generated.
    """

    _KEY = re.compile(r'"answer"\s*:\s*"')

    def __init__(self, emit: TextCallback):
        self.emit = emit
        self.buffer = ""
        self.start: int | None = None
        self.pos = 0
        self.done = False
        self.text = ""

    def feed(self, chunk: str) -> None:
        if self.done or not chunk:
            return
        self.buffer += chunk
        if self.start is None:
            m = self._KEY.search(self.buffer)
            if not m:
                return
            self.start = self.pos = m.end()
        out: list[str] = []
        buf, i = self.buffer, self.pos
        while i < len(buf):
            c = buf[i]
            if c == '"':
                self.done = True
                i += 1
                break
            if c == "\\":
                if i + 1 >= len(buf):
                    break
                if buf[i + 1] == "u":
                    if i + 6 > len(buf):
                        break
                    with contextlib.suppress(json.JSONDecodeError):
                        out.append(json.loads(f'"{buf[i : i + 6]}"'))
                    i += 6
                    continue
                out.append({"n": "\n", "t": "\t", "r": "", "b": "", "f": ""}.get(buf[i + 1], buf[i + 1]))
                i += 2
                continue
            out.append(c)
            i += 1
        self.pos = i
        delta = "".join(out)
        if delta:
            self.text += delta
            self.emit(delta)


# ------------------------------------------------------------------------------------------- planner


def _env_flag(name: str) -> bool | None:
    value = os.environ.get(name, "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return None


def env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


def env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, "") or default)
    except ValueError:
        return default


class LLMPlanner:
    """Plans with an LLM backend: validated and repaired once; a plan it cannot get is an error.

    `plan(request)` follows the `Planner` protocol; `plan(request, on_text=cb)` also streams the
    written answer. The report comes back with the plan (`Planned`), so one planner serves many
    sessions at once. On failure it raises `PlanningFailed` (reason + report); the factories wrap it
    in a `FallbackPlanner` so the user still gets the offline planner's answer and a note.
    """

    def __init__(
        self,
        backend: ChatBackend,
        *,
        name: str | None = None,
        two_step: bool | None = None,
        repairs: int = 1,
        bounded: bool = False,
        deadline: float | None = None,
    ):
        self.backend = backend
        self.name = name or backend.name
        env_two_step = _env_flag("RENDER_LLM_TWO_STEP")
        self.two_step = two_step if two_step is not None else bool(env_two_step)
        self.repairs = repairs
        self.bounded = bounded
        self.deadline = deadline if deadline is not None else env_float("RENDER_LLM_DEADLINE", DEADLINE_S)
        """Seconds one answer may take, every call, retry and repair round included."""

    @property
    def label(self) -> str:
        """Where it runs, for the user (the backend's label)."""
        return self.backend.label

    def plan(self, request: PlanRequest, *, on_text: TextCallback | None = None) -> Planned:
        """A valid plan from the LLM with its report; `PlanningFailed` saying why when there is none."""
        t0 = time.perf_counter()
        report = PlanReport(planner=self.name, model=self.backend.label)
        stream = AnswerStream(on_text) if on_text else None
        deadline = Deadline(self.deadline)
        try:
            plan = self._plan(request, report, stream, deadline)
        except LLMError as err:
            report.seconds = time.perf_counter() - t0
            raise PlanningFailed(f"{self.backend.label} failed: {err}", report) from None
        except PlanError as err:
            report.errors = list(err.errors)
            report.seconds = time.perf_counter() - t0
            shown = "; ".join(err.errors[:3]) + (" …" if len(err.errors) > 3 else "")
            rounds = "even after a repair round" if report.repairs else "and could not be repaired"
            raise PlanningFailed(
                f"{self.backend.label} returned an invalid plan {rounds} ({shown})", report
            ) from None
        if on_text and (stream is None or not stream.text):
            on_text(plan.answer)  # nothing streamed: the final answer in one piece
        report.streamed = bool(stream and stream.text)
        report.seconds = time.perf_counter() - t0
        return Planned(plan, report)

    def _plan(
        self, request: PlanRequest, report: PlanReport, stream: AnswerStream | None, deadline: Deadline
    ) -> Plan:
        kind = request.kind if request.kind in KINDS else None
        if kind is None and self.two_step:
            kind = self._choose_kind(request, report, deadline)
        columns = [str(c) for c in request.table.columns] if _has_table(request) else None
        schema = plan_schema(kind, columns, bounded=self.bounded)
        messages = [
            {"role": "system", "content": system_prompt(request, kind)},
            *history_messages(request),
            {"role": "user", "content": user_message(request)},
        ]
        raw = self._call(messages, schema, report, stream.feed if stream else None, deadline)
        for attempt in range(self.repairs + 1):
            try:
                return validate(raw, request, kind)
            except PlanError as err:
                report.errors = list(err.errors)
                if attempt == self.repairs:
                    raise
            report.repairs += 1
            errors = "\n".join(f"- {e}" for e in report.errors[:20])
            messages = [
                *messages,
                {"role": "assistant", "content": raw[:20_000] or "(empty reply)"},
                {"role": "user", "content": _fill(prompt("repair"), errors=errors)},
            ]
            raw = self._call(messages, schema, report, None, deadline)
        raise AssertionError("unreachable")  # pragma: no cover

    def _choose_kind(self, request: PlanRequest, report: PlanReport, deadline: Deadline) -> str:
        """Step one for small models: pick the kind with a tiny schema; the rules router if unusable."""
        from generators.rules import route

        table_hint = "A table is attached: a chart of it is usually right." if _has_table(request) else ""
        messages = [
            {
                "role": "system",
                "content": _fill(
                    prompt("choose_kind"),
                    kinds=", ".join(KINDS),
                    forms=forms_menu(),
                    table_hint=table_hint,
                ),
            },
            *history_messages(request),
            {"role": "user", "content": user_message(request)},
        ]
        raw = self._call(messages, kind_schema(), report, None, deadline)
        try:
            data = parse_json(raw)
            kind = str(data.get("kind", "")).strip().lower() if isinstance(data, dict) else ""
        except PlanError:
            kind = ""
        if kind not in KINDS:
            kind = route(request.question or "", table=request.table, markdown=request.markdown).kind
            report.notes.append(f"the model named no valid kind; the rules router chose {kind!r}")
        report.kind = kind
        return kind

    def _call(
        self,
        messages: list[Message],
        schema: dict[str, Any],
        report: PlanReport,
        on_delta: TextCallback | None,
        deadline: Deadline,
    ) -> str:
        """One backend call inside what is left of the deadline; a call still running then is
        abandoned (its streamed text no longer reaches the user) and the answer fails in time."""
        if deadline.expired:
            raise LLMError(deadline.message())
        report.calls += 1
        extra = {"deadline": deadline} if accepts(self.backend.complete, "deadline") else {}

        def call(relay: TextCallback) -> str:
            return self.backend.complete(messages, schema, on_delta=relay if on_delta else None, **extra)

        try:
            return run_within(call, deadline.remaining(), on_delta)
        except TimeoutError:
            raise LLMError(deadline.message()) from None


# ---------------------------------------------------------------------------------------- iterator


class PlanStream:
    """Iterate over the written answer as it streams; afterwards `.plan` and `.report` are set.

    Works with any planner: ones that write their answer whole yield it once. Suits Streamlit's
    `st.write_stream(PlanStream(planner, request))`.
    """

    def __init__(self, planner: Planner, request: PlanRequest):
        self.planner = planner
        self.request = request
        self.plan: Plan | None = None
        self.report: PlanReport | None = None

    def __iter__(self) -> Iterator[str]:
        q: queue.Queue[tuple[str, Any]] = queue.Queue()

        def work() -> None:
            try:
                q.put(("done", plan_with(self.planner, self.request, on_text=lambda d: q.put(("text", d)))))
            except BaseException as err:  # re-raised in the consumer's thread
                q.put(("error", err))

        threading.Thread(target=work, daemon=True).start()
        streamed = False
        while True:
            what, value = q.get()
            if what == "text":
                if value:
                    streamed = True
                    yield value
            elif what == "done":
                self.plan, self.report = value.plan, value.report
                if not streamed and value.plan.answer:
                    yield value.plan.answer  # a planner that writes its answer whole
                return
            else:
                raise value
