"""Animations whose frames the user wrote: states joined by arrows, a countdown's range, parts put
together in order.

- States joined by arrows ("5 3 8 1 → 3 5 8 1 → 3 5 1 8 → 1 3 5 8"): three or more states of the
  same length, each the same things rearranged or a few of them changed, are the frames of one
  thing changing; shown one after another (numbers as bars gliding between states, anything else
  as one slide per state, written as the user wrote it).
- A countdown from N to M ("countdown animation 10 to 1", "cuenta regresiva del 10 al 1"): one
  big number per frame, only the numbers of that range.
- Parts put together step by step ("fai vedere passo dopo passo come si monta: base, pareti, tetto,
  finestre"): the parts appear in the order written (the animation builds the listed steps).

Nothing is added: every frame holds only what the question wrote.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from generators.rules.content import ASK_YOU, clean_lead, supplied
from generators.rules.listed import listed_items
from generators.rules.numbers import ARROW_SPLIT
from generators.rules.spoken import said

# Step after step, in the planner's languages: the wording of something shown in stages.
STEPWISE = re.compile(
    r"\bstep[- ]by[- ]step\b|\bframe[- ]by[- ]frame\b|\bone step at a time\b|\bpasso\s+(?:dopo|a)\s+passo\b"
    r"|\bpaso\s+a\s+paso\b|\bpas\s+à\s+pas\b|\bétape\s+par\s+étape\b|\bschritt\s+für\s+schritt\b"
    r"|\bstap\s+voor\s+stap\b|\bkrok\s+po\s+kroku\b|\bklatka\s+po\s+klatce\b|\bpo\s+kolei\b"
    r"|шаг\s+за\s+шагом|кадр\s+за\s+кадром|по\s+шагам|\badım\s+adım\b|一步一步|逐步|逐帧|ステップごと|一コマずつ"
    r"|단계별|한\s*단계씩|خطوة\s+بخطوة|चरण\s+दर\s+चरण|\btừng\s+bước\b|\blangkah\s+demi\s+langkah\b",
    re.I,
)

# How a thing is put together (not how to do a task): "how it's assembled", "come si monta",
# "wie man es zusammenbaut", "como se monta", "comment ça se monte", "jak się składa", "组装".
ASSEMBLED = re.compile(
    r"\b(?:assembl(?:e|ed|es|ing|y)|put\s+together|goes\s+together|fits?\s+together|is\s+built\s+up"
    r"|si\s+monta|montarl[aoe]|montaggio|si\s+assembla|assemblarl[aoe]"
    r"|se\s+monta|montarl[oa]|se\s+arma|armarl[oa]|ensambl\w+|se\s+monte|monter|montage|s['’]assemble"
    r"|zusammen(?:ge)?bau\w*|zusammengesetzt|aufgebaut\s+wird|montier\w*"
    r"|in\s+elkaar\s+(?:zet\w*|gezet)|opgebouwd\s+wordt|se\s+monta|montá-l[oa]"
    r"|skład\w*\s+się|złoż\w*|montuj\w*|montaż\w*|собира\w*|собрать|сборк\w*|monte\s+edil\w*|kurulu\w*)\b"
    r"|组装|拼装|搭建|組み立て|조립|تركيب|تجميع|يُ?ركّ?ب",
    re.I,
)


def assembled_in_order(text: str) -> list[str] | None:
    """The parts of 'show step by step how it's put together: base, walls, roof, windows', in the
    order written; None unless the question asks for an assembly in stages and lists three parts."""
    if not (STEPWISE.search(text) and ASSEMBLED.search(text)):
        return None

    parts = listed_items(text)
    return parts if len(parts) >= 3 and not any(re.search(r"\d", p) for p in parts) else None


# ------------------------------------------------------------------------------------ arrow states

_ARROW = ARROW_SPLIT
_STATE = r"\[[^\[\]\n→]{1,120}\]|[^\s→⟶➜➔⇒\[\]:：;!?。]+(?:[ \t,]+[^\s→⟶➜➔⇒\[\]:：;!?。,]+)*"
_CHAIN = re.compile(rf"(?:{_STATE})(?:{_ARROW.pattern}(?:{_STATE})){{2,}}")
_TOKEN = re.compile(r"[^\s,\[\]]+")


def arrow_states(text: str) -> list[list[str]] | None:
    """'5 3 8 1 → 3 5 8 1 → 3 5 1 8 → 1 3 5 8' → [['5','3','8','1'], …]: three or more states of
    two or more items each, every one the same items rearranged or a few of them changed (fewer than
    half the places); None for a flow of steps ('collect data → clean data → train')."""
    if len(_ARROW.findall(text or "")) < 2:
        return None  # fewer than two arrows: no chain of three states (and no long scan of plain text)
    for chain in _CHAIN.finditer(text or ""):
        segments = [_TOKEN.findall(s) for s in _ARROW.split(chain.group(0).strip(" .,"))]
        if len(segments) < 3:
            continue
        k = len(segments[1])
        if k < 2 or any(len(s) != k for s in segments[1:-1]):
            continue
        first, last = segments[0], segments[-1]
        if len(first) < k or len(last) < k:
            continue
        states = [first[-k:], *segments[1:-1], last[:k]]
        same_items = all(Counter(s) == Counter(states[0]) for s in states)
        few_changed = all(sum(a != b for a, b in zip(s, t, strict=True)) * 2 < k for s, t in pairwise(states))
        if (same_items or few_changed) and len(states) <= 60:
            return states
    return None


def _number(token: str) -> float | None:
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def states_scene(question: str, states: list[list[str]], title: str) -> Any:
    """The states one after another: numbers as bars by place, gliding from state to state (a sort
    played out); anything else one slide per state, written as given."""
    from render.animation import Scene
    from render.plan import ChartPlan, Series, Slide, SlidesPlan

    n = len(states)
    values = [[_number(t) for t in s] for s in states]
    arrows = " → ".join(" ".join(s) for s in states)
    if all(v is not None for row in values for v in row):
        chart = ChartPlan(
            chart_type="bar",
            title=title,
            categories=[str(i + 1) for i in range(len(states[0]))],
            series=[Series(name=f"{i + 1}/{n}", values=row) for i, row in enumerate(values)],
            answer=arrows,
            alt_text=f"{n} states, one after another: {arrows}",
        )
        return Scene(visual=chart, frames_from="series", captions=[" ".join(s) for s in states])
    deck = SlidesPlan(
        title=title or arrows[:150],
        title_slide=False,
        slides=[
            Slide(layout="statement", text=" ".join(s), subtitle=f"{i + 1}/{n}") for i, s in enumerate(states)
        ],
        answer=arrows,
        alt_text=f"{n} states, one after another: {arrows}",
    )
    return Scene(visual=deck)


# ------------------------------------------------------------------------------------------ countdown

COUNTDOWN = re.compile(
    r"\bcount(?:ing)?[- ]?downs?\b|\bcuenta\s+(?:regresiva|atr[aá]s)\b|\bcompte\s+à\s+rebours\b|\bcountdown\w*"
    r"|\bconto\s+alla\s+rovescia\b|\bcontagem\s+regressiva\b|\baftel\w*|\bodlicza\w*|обратн\w+\s+отсч[её]т\w*"
    r"|\bgeri\s+sayım\w*|倒计时|倒數|カウントダウン|카운트다운|(?:ال)?عد(?:اد)?\s+(?:ال)?تنازلي|उलटी\s+गिनती|đếm\s+ngược|hitung\s+mundur",
    re.I,
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ZERO = re.compile(r"\b(?:zero|cero|zéro|null|ноля|нуля|ноль|sıfır|zera)\b|صفر|शून्य|ゼロ|零", re.I)
_SECONDS = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*-?\s*(?:s|secs?|seconds?|segundos?|secondes?|sekunden|secondi|seconden|sekund\w*|секунд\w*"
    r"|saniye\w*)\b|(?<![\d.,])(\d{1,2})\s*(?:秒|초|ثوان\w*|ثانية|सेकंड)",
    re.I,
)
_RANGE = re.compile(r"(?<![\d.,:])(\d{1,3})(?![\d.,:]\d)([^\d\n]{1,16}?)(\d{1,3})(?![\d.,:]?\d)")


def countdown(text: str) -> tuple[int, int] | None:
    """(10, 1) for 'countdown animation 10 to 1', 'an animated countdown from 10 down to 1',
    'cuenta regresiva del 10 al 1': a countdown named and its two ends written, the first higher,
    at most 60 numbers apart; None otherwise."""
    found = COUNTDOWN.search(text or "")
    if found is None:
        return None
    near = _ZERO.sub("0", text[max(0, found.start() - 60) : found.end() + 60].translate(_DIGITS))
    for m in _RANGE.finditer(near):
        high, low = int(m.group(1)), int(m.group(3))
        if high > low and high - low < 60 and not re.search(r"[%$€£¥]|[^\W\d_]{9,}", m.group(2)):
            return high, low
    seconds = _SECONDS.search(near)  # "faltan 10 segundos", "de 60 segundos": from there down to zero
    n = int(seconds.group(1) or seconds.group(2)) if seconds is not None else 0
    if 2 <= n <= 60:
        return n, 0
    return None


def countdown_scene(text: str, high: int, low: int) -> Any:
    """One big number per slide, high to low: the countdown's own numbers and nothing else."""
    from render.animation import Scene
    from render.plan import Slide, SlidesPlan

    word = COUNTDOWN.search(text)
    name = (word.group(0) if word else "Countdown").strip()
    title = f"{name[:1].upper()}{name[1:]}: {high} → {low}"
    deck = SlidesPlan(
        title=title,
        title_slide=False,
        slides=[Slide(layout="big_number", number=str(n)) for n in range(high, low - 1, -1)],
        answer=title,
        alt_text=f"{title}: " + ", ".join(str(n) for n in range(high, low - 1, -1)),
    )
    return Scene(visual=deck, step_seconds=1.0, hold_seconds=1.0)


# A screen or notice board that shows messages ("reception screen", "belediye ekranı", "شاشة البلدية"):
# what it keeps showing is the user's messages, not a generated picture.
SCREEN = re.compile(
    r"\b(?:screens?|displays?|signage|monitors?|tv|notices?|announcements?|messages?|scherm|ekran\w*|duyuru\w*"
    r"|pantalla|écran|bildschirm|anzeige|tela|schermo|экран\w*|объявлени\w*|aviso|anuncio|annonce|komunikat)\b"
    r"|شاشة|إعلان|画面|屏幕|화면|स्क्रीन|公告|お知らせ",
    re.I,
)
# A message quoted ("'welcome'", "«fermé lundi»"): its words as written, the quotes not.
_QUOTED = re.compile(r"(?:^|(?<=\s))['\"“‘«「]([^'\"”’»」]{2,})['\"”’»」]")
# Where the messages start when said in a sentence: "like …", "saying …", "بيقول …".
_SAYING = re.compile(
    r"\b(?:like|such as|saying|that says|which says|with\s+(?:the\s+)?(?:messages?|text|words)|diciendo|que diga|qui dit|disant|der sagt|die sagt|che dice"
    r"|dizendo|que diz|die zegt|dat zegt|который говорит|diyen)\s+|(?:بيقول|يقول)\s+(?:إنو\s+|أن\s+)?",
    re.I,
)


def notice_scene(question: str, subject: str, looping: re.Pattern[str]) -> tuple[str, list[str]] | None:
    """(title, messages) for a screen that keeps showing notices ("belediye ekranı için dönen duyuru:
    su kesintisi salı 10-16 arası", "…keeps cycling through the safety messages like …"): each
    message one frame, in the user's words (`subject`: the question without its animation words);
    None when no screen or notice is named."""
    if not SCREEN.search(question):
        return None
    quoted = list(_QUOTED.finditer(question))
    if len(quoted) >= 2:  # "reception screen on a loop: 'welcome', 'flu jabs on tuesday'": the messages
        return _screen_title(looping.sub("", question[: quoted[0].start()])), [
            q.group(1).strip() for q in quoted
        ]
    if quoted:
        return None  # a caption quoted beside a picture: a generated clip's (`clip_scene`)
    text = re.sub(r"\b(?:gif|mp4|video)\b", "", looping.sub("", subject or question), flags=re.I)
    text = re.sub(r"\s*([,;:])(?:\s*[,;:])+", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:.-")
    given = supplied(text) or said(text)
    if given is not None and len(given.items) >= 2:
        return _screen_title(given.lead), list(given.items)
    said_at = _SAYING.search(text)
    if said_at is not None:
        head, body = text[: said_at.start()], text[said_at.end() :]
    elif re.search(r"[:：]", text):
        head, body = re.split(r"[:：]", text, maxsplit=1)
    else:
        head, body = "", text
    parts = [p.strip(" .") for p in re.split(r"\s*[;,]\s+|\n", body) if p.strip(" .")]
    if len(parts) >= 2:  # "…, and fire exit is at the back": the list's "and" is no word of the message
        parts[-1] = re.sub(r"^(?:and|y|et|und|e|en|ve|и)\s+", "", parts[-1], flags=re.I)
    return _screen_title(head), parts or [body]


def _screen_title(head: str) -> str:
    """The screen's name, as said before its messages ('for the canteen screen, something that …' →
    'For the canteen screen'): the words of the ask after it are no title."""
    head = re.split(
        rf"\b(?:{ASK_YOU}|something\s+that|algo\s+que|quelque\s+chose\s+qui|etwas,?\s+das)\b",
        head,
        flags=re.I,
    )[0]
    return clean_lead(head) if head.strip(" ,;:") else ""
