"""A small, trusted player for animations that are not one plotly chart: inline SVG steps and ~60
lines of our own JavaScript (play/pause, step back and forward, a slider). Nothing is fetched: the
file plays offline, and no code from a plan or an LLM ever reaches the script (only numbers do).
"""

from __future__ import annotations

import hashlib
import html
import json
from typing import Any

from render.svg import page_svg

CSS = """
.va-player{font-family:inherit;max-width:100%}
.va-stage{position:relative;aspect-ratio:16/9;width:min(100%,calc((100vh - 64px)*16/9));margin:0 auto;
  overflow:hidden;border-radius:6px}
.va-frame{position:absolute;inset:0;opacity:0;transition:opacity .35s ease}
.va-frame.on{opacity:1}
.va-frame svg{width:100%;height:100%;display:block}
.va-controls{display:flex;gap:.5rem;align-items:center;justify-content:center;margin:.4rem auto 0;
  width:min(100%,calc((100vh - 64px)*16/9))}
.va-controls button{font:inherit;min-width:2.4rem;padding:.2rem .5rem;border-radius:6px;cursor:pointer;
  border:1px solid rgba(128,128,128,.45);background:transparent;color:inherit}
.va-controls input{flex:1}
.va-count{font-size:.85rem;opacity:.75;min-width:4.5rem;text-align:right}
"""

JS = """
(function(){
  var root = document.getElementById(%(id)s);
  var frames = root.querySelectorAll('.va-frame');
  var slider = root.querySelector('.va-slider'), count = root.querySelector('.va-count');
  var play = root.querySelector('.va-play'), loop = root.dataset.loop === '1';
  var ms = %(ms)s, i = 0, timer = null;
  function show(k){
    frames[i].classList.remove('on'); i = (k + frames.length) %% frames.length;
    frames[i].classList.add('on'); slider.value = i; root.dataset.index = i;
    count.textContent = (i + 1) + ' / ' + frames.length;
  }
  function tick(){
    if (i === frames.length - 1 && !loop) { stop(); return; }
    show(i + 1); timer = setTimeout(tick, ms[i]);
  }
  function start(){ if (frames.length < 2) return; stop(); play.textContent = '\\u275a\\u275a';
    play.setAttribute('aria-label', 'Pause'); root.dataset.playing = '1'; timer = setTimeout(tick, ms[i]); }
  function stop(){ clearTimeout(timer); timer = null; play.textContent = '\\u25b6';
    play.setAttribute('aria-label', 'Play'); root.dataset.playing = '0'; }
  play.onclick = function(){ timer ? stop() : start(); };
  root.querySelector('.va-prev').onclick = function(){ stop(); show(i - 1); };
  root.querySelector('.va-next').onclick = function(){ stop(); show(i + 1); };
  slider.oninput = function(){ stop(); show(parseInt(slider.value, 10)); };
  show(0); start();
})();
"""


def player_html(track: Any, theme: Any) -> str:
    """The player as an HTML fragment: every step an inline SVG, stacked, cross-faded by the script."""
    steps = track.steps()
    svgs = [page_svg(s.page, theme, s.label) for s in steps]
    ms = [max(int(s.seconds * 1000), 100) for s in steps]
    pid = "va-" + hashlib.sha1("".join(svgs).encode("utf-8")).hexdigest()[:10]
    frames = "".join(
        f'<div class="va-frame{" on" if k == 0 else ""}" data-ms="{ms[k]}"'
        f' aria-label="{html.escape(s.label or f"step {k + 1}")}">{svg}</div>'
        for k, (s, svg) in enumerate(zip(steps, svgs, strict=True))
    )
    n = len(steps)
    loop = "1" if track.plan.loop else "0"
    controls = (
        '<div class="va-controls"><button class="va-play" type="button" aria-label="Pause">▶</button>'
        '<button class="va-prev" type="button" aria-label="Previous step">◀</button>'
        '<button class="va-next" type="button" aria-label="Next step">▶▏</button>'
        f'<input class="va-slider" type="range" min="0" max="{n - 1}" value="0" aria-label="Step">'
        f'<span class="va-count">1 / {n}</span></div>'
    )
    script = JS % {"id": json.dumps(pid), "ms": json.dumps(ms)}
    return (
        f'<div class="va-player" id="{pid}" data-loop="{loop}" data-index="0" data-playing="0">'
        f'<div class="va-stage" style="background:{theme.background}">{frames}</div>{controls}</div>'
        f"<style>{CSS}</style><script>{script}</script>"
    )


def player_page(track: Any, theme: Any) -> str:
    """The player as a whole document, for the app's iframe."""
    body = player_html(track, theme)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        f"html,body{{margin:0;background:{theme.background};color:{theme.text};font-family:{theme.font_stack}}}"
        f"</style></head><body>{body}</body></html>"
    )


def frame_height(width: int) -> int:
    return round(width * 9 / 16)
