/* The everyday views of an exported app: picker, timer, counter (tally, scoreboard), log (tracker).
 *
 * Registered on window.VAViews; app.js mounts them with its own helpers (lib: el, clear, fmt, F).
 * Every rule follows render/interactive_tools.py: the clock text, the fair draw (Fisher-Yates over
 * crypto.getRandomValues), a timer's walk through its sequence, totals per day / week / month.
 * Entries of a log and a counter's counts stay in this browser's localStorage under a key the page
 * was written with.
 * The DOM is built with textContent only; no network, no eval.
 */
(function () {
  "use strict";
  // The page's own words in the app's language: the data block carries them (render/interactive_words.py,
  // `words` here); English stands in where a caller passes none.
  var EN_WORDS = {
    yes: "yes", no: "no", name_per_line: "One name per line", items_aria: "Items to draw from, one per line",
    teams: "Teams", how_many: "How many", new_round: "Start a new round", picker_empty: "Type the names, one per line, then draw.",
    team_n: "Team {n}", left_to_draw: "{n} still to draw this round",
    all_drawn: "Everyone has been drawn: the next draw starts a new round", minutes: "Minutes", start: "Start",
    reset: "Reset", pause: "Pause", resume: "Resume", done: "Done", round_of: "round {n} of {total}",
    step_of: "step {n} of {total}", set_duration: "Set a duration first", count: "Count", total_n: "Total: {n}",
    leading: "Leading: {name} ({n})", tied: "Tied: {names} ({n})", every_n: "Every {n}", at_total: "total {n}",
    at_name: "{name} at {n}", wins: "{name} reached {n} first and wins", reached: "{n} reached",
    rename_counters: "Rename or add counters", counter_names: "Counter names, one per line",
    counts_not_saved: "Counts are not saved on this device (its storage is off).", take_from: "Take {n} from {name}",
    add_to: "Add {n} to {name}", of_goal: "{value} of {goal} ({pct}%)", goal_plain: "{total}; goal {goal}",
    fired_below: "{what} is {value}, below {x}", fired_above: "{what} is {value}, above {x}", add: "Add",
    no_entries: "No entries yet.", goal: "Goal: {text}", on_page: "{rule} (on this page; nothing is sent).",
    download_csv: "Download CSV", fill_first: "Fill in the entry first.",
    entries_not_saved: "Entries are not saved on this device (its storage is off).", delete_entry: "Delete entry {n}",
    needs_number: "{name} needs a number", search_entries: "Search the entries", no_match: "No entry matches “{q}”."
  };

  function say(words, key, fields) {
    var text = words && has(words, key) ? words[key] : EN_WORDS[key];
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return fields && has(fields, k) ? String(fields[k]) : m; });
  }

  // ------------------------------------------------------------------------------------- chance

  function randrange(n) {
    // a uniform integer in [0, n) from the browser's cryptographic generator (no modulo bias)
    var limit = Math.floor(4294967296 / n) * n;
    var buf = new Uint32Array(1);
    do { window.crypto.getRandomValues(buf); } while (buf[0] >= limit);
    return buf[0] % n;
  }

  function shuffled(xs) {
    var out = xs.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = randrange(i + 1);
      var t = out[i]; out[i] = out[j]; out[j] = t;
    }
    return out;
  }

  function range(n) {
    var out = [];
    for (var i = 0; i < n; i++) out.push(i);
    return out;
  }

  function draw(items, mode, count, pool, noRepeat) {
    var n = items.length;
    var pick = function (ks) { return ks.map(function (k) { return items[k]; }); };
    if (!n) return { groups: [], pool: [] };
    if (mode === "shuffle") return { groups: [pick(shuffled(range(n)))], pool: [] };
    if (mode === "teams") {
      var teams = Math.max(1, Math.min(count, n));
      var order = shuffled(range(n));
      return { groups: range(teams).map(function (t) {
        return pick(order.filter(function (_, k) { return k % teams === t; }));
      }), pool: [] };
    }
    var want = Math.max(1, Math.min(count, n));
    if (!noRepeat) return { groups: [pick(shuffled(range(n)).slice(0, want))], pool: [] };
    var left = (pool || []).filter(function (k) { return k >= 0 && k < n; });
    if (!left.length) left = range(n);
    var picked = shuffled(left).slice(0, want);
    left = left.filter(function (k) { return picked.indexOf(k) < 0; });
    if (picked.length < want) {
      var extra = shuffled(range(n).filter(function (k) { return picked.indexOf(k) < 0; })).slice(0, want - picked.length);
      picked = picked.concat(extra);
      left = range(n).filter(function (k) { return extra.indexOf(k) < 0; });
    }
    return { groups: [pick(picked)], pool: left };
  }

  function itemsFromText(text) {
    return text.split(/\r\n|\r|\n/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
  }

  // ------------------------------------------------------------------------------------- time

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function clock(seconds) {
    var s = Math.max(0, Math.ceil(seconds - 1e-6));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = s % 60;
    return (h ? h + ":" + pad(m) : pad(m)) + ":" + pad(x);
  }

  function position(steps, elapsed) {
    var t = elapsed;
    for (var k = 0; k < steps.length; k++) {
      if (t < steps[k].seconds - 1e-9) return { step: k, left: steps[k].seconds - t, ends: k, done: false };
      t -= steps[k].seconds;
    }
    return { step: steps.length, left: 0, ends: steps.length, done: steps.length > 0 };
  }

  function todayText(d) {
    d = d || new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function nowText() {
    var d = new Date();
    return pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  // ------------------------------------------------------------------------------------- sound

  var audio = null;

  function beep() {
    // three short beeps; the context is made on the first Start (a user gesture lets it play)
    var AC = window.AudioContext || window.webkitAudioContext;
    if (!AC) return;
    try {
      audio = audio || new AC();
      var t0 = audio.currentTime + 0.02;
      for (var i = 0; i < 3; i++) {
        var osc = audio.createOscillator(), gain = audio.createGain();
        var t = t0 + i * 0.3;
        osc.frequency.value = 880;
        gain.gain.setValueAtTime(0.0001, t);
        gain.gain.exponentialRampToValueAtTime(0.4, t + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.18);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(t);
        osc.stop(t + 0.2);
      }
    } catch (e) { /* no sound device: the page still says it is done */ }
  }

  // ------------------------------------------------------------------------------------- views

  function heading(lib, box, title) {
    if (title) box.appendChild(lib.el("h3", "va-view-title", title));
  }

  function button(lib, text, primary) {
    var b = lib.el("button", primary ? "va-primary" : null, text);
    b.type = "button";
    return b;
  }

  function pickerView(spec, view, lib) {
    var el = lib.el, W = spec.words;
    var box = el("div", "va-picker");
    heading(lib, box, view.title);
    var list = el("textarea");
    list.value = view.items.join("\n");
    list.rows = Math.max(3, Math.min(10, view.items.length + 1));
    list.placeholder = say(W, "name_per_line");
    list.setAttribute("aria-label", say(W, "items_aria"));
    list.setAttribute("data-va-items", "");
    box.appendChild(list);
    var row = el("div", "va-row");
    var count = null;
    if (view.mode !== "shuffle") {
      var lab = el("label", null, say(W, view.mode === "teams" ? "teams" : "how_many") + " ");
      count = el("input");
      count.type = "number";
      count.min = "1";
      count.max = "100";
      count.step = "1";
      count.value = String(view.count);
      lab.appendChild(count);
      row.appendChild(lab);
    }
    var go = button(lib, view.action, true);
    go.setAttribute("data-va-draw", "");
    row.appendChild(go);
    var again = null;
    if (view.mode === "pick" && view.no_repeat) {
      again = button(lib, say(W, "new_round"));
      row.appendChild(again);
    }
    box.appendChild(row);
    var out = el("div", "va-draw");
    out.setAttribute("aria-live", "polite");
    box.appendChild(out);
    var note = el("div", "va-note", view.note);
    box.appendChild(note);
    var pool = null, poolOf = null;
    go.addEventListener("click", function () {
      var items = itemsFromText(list.value);
      lib.clear(out);
      if (!items.length) { note.textContent = say(W, "picker_empty"); return; }
      var key = items.join("\n");
      if (key !== poolOf) { pool = null; poolOf = key; }
      var n = count ? Math.max(1, Math.min(100, Math.floor(Number(count.value) || view.count))) : view.count;
      var r = draw(items, view.mode, n, pool, view.no_repeat);
      pool = r.pool;
      if (view.mode === "teams") {
        var grid = el("div", "va-teams");
        r.groups.forEach(function (team, t) {
          var card = el("div", "va-team");
          card.setAttribute("data-va-team", String(t + 1));
          card.appendChild(el("strong", null, say(W, "team_n", { n: t + 1 })));
          var ul = el("ul");
          team.forEach(function (x) { ul.appendChild(el("li", null, x)); });
          card.appendChild(ul);
          grid.appendChild(card);
        });
        out.appendChild(grid);
      } else if (view.mode === "shuffle") {
        var ol = el("ol", "va-order");
        r.groups[0].forEach(function (x) { ol.appendChild(el("li", null, x)); });
        out.appendChild(ol);
      } else {
        r.groups[0].forEach(function (x) {
          var p = el("div", "va-picked", x);
          p.setAttribute("data-va-picked", "");
          out.appendChild(p);
        });
      }
      note.textContent = view.mode === "pick" && view.no_repeat
        ? (pool.length ? say(W, "left_to_draw", { n: pool.length }) : say(W, "all_drawn"))
        : "";
      box.setAttribute("data-va-draws", String(+(box.getAttribute("data-va-draws") || 0) + 1));
    });
    if (again) again.addEventListener("click", function () { pool = null; lib.clear(out); note.textContent = view.note; });
    return { node: box, update: function () {} };
  }

  function timerView(spec, view, lib) {
    var el = lib.el, W = spec.words;
    var box = el("div", "va-timer");
    heading(lib, box, view.title);
    var face = el("div", "va-clock");
    face.setAttribute("data-va-clock", "");
    face.setAttribute("role", "timer");
    var stepLine = el("div", "va-step");
    var choice = 0, typed = null, steps = [];
    var started = null, before = 0, rang = 0, tick = null;
    var watch = view.mode === "stopwatch";
    var chips = el("div", "va-chips");
    var presetButtons = [];
    if (!watch && view.presets.length && !view.sequence) {
      presetButtons = view.presets.map(function (p, k) {
        var b = button(lib, p.text);
        b.className = "va-chip";
        b.setAttribute("data-va-preset", String(k));
        b.addEventListener("click", function () { choice = k; reset(); });
        chips.appendChild(b);
        return b;
      });
    } else if (!watch && view.sequence) {
      view.presets.forEach(function (p) { chips.appendChild(el("span", "va-chip", p.text)); });
    }
    var minutes = null;
    if (!watch && !view.presets.length) {
      var lab = el("label", null, say(W, "minutes") + " ");
      minutes = el("input");
      minutes.type = "number";
      minutes.min = "0";
      minutes.step = "any";
      minutes.setAttribute("data-va-minutes", "");
      lab.appendChild(minutes);
      chips.appendChild(lab);
      minutes.addEventListener("input", function () {
        var v = Number(minutes.value);
        typed = v > 0 && v <= 7 * 24 * 60 ? v * 60 : null;
        reset();
      });
    }
    var row = el("div", "va-row");
    var start = button(lib, say(W, "start"), true), reset_ = button(lib, say(W, "reset"));
    start.setAttribute("data-va-start", "");
    reset_.setAttribute("data-va-reset", "");
    row.appendChild(start);
    row.appendChild(reset_);
    [face, stepLine, chips, row, el("div", "va-note", view.note)].forEach(function (x) { box.appendChild(x); });

    function plan() {
      if (watch) return [];
      if (view.sequence && view.presets.length) {
        var out = [];
        for (var r = 0; r < view.rounds; r++) {
          view.presets.forEach(function (p) { out.push({ label: p.label, seconds: p.seconds, round: r + 1 }); });
        }
        return out;
      }
      if (view.presets.length) return [{ label: view.presets[choice].label, seconds: view.presets[choice].seconds, round: 1 }];
      return typed ? [{ label: "", seconds: typed, round: 1 }] : [];
    }
    function elapsed() {
      return before + (started !== null ? (performance.now() - started) / 1000 : 0);
    }
    function state(s) {
      box.setAttribute("data-va-timer", s);
      start.textContent = say(W, s === "running" ? "pause" : s === "paused" ? "resume" : "start");
    }
    function show() {
      var e = elapsed();
      if (watch) { face.textContent = clock(Math.floor(e)); return; }
      var pos = position(steps, e);
      if (pos.ends > rang) {
        rang = pos.ends;
        if (view.sound) beep();
        box.setAttribute("data-va-beeps", String(+(box.getAttribute("data-va-beeps") || 0) + 1));
      }
      if (!steps.length) { face.textContent = clock(0); stepLine.textContent = ""; return; }
      if (pos.done) {
        face.textContent = clock(0);
        stepLine.textContent = say(W, "done");
        stop();
        state("done");
        return;
      }
      face.textContent = clock(pos.left);
      var s = steps[pos.step];
      var parts = [];
      if (s.label) parts.push(s.label);
      if (view.sequence && view.rounds > 1) parts.push(say(W, "round_of", { n: s.round, total: view.rounds }));
      if (view.sequence) parts.push(say(W, "step_of", { n: pos.step + 1, total: steps.length }));
      stepLine.textContent = parts.join(" \u00b7 ");
    }
    function stop() {
      if (tick !== null) { window.clearInterval(tick); tick = null; }
      if (started !== null) { before += (performance.now() - started) / 1000; started = null; }
    }
    function reset() {
      stop();
      before = 0;
      rang = 0;
      steps = plan();
      presetButtons.forEach(function (b, k) { b.classList.toggle("va-chip-on", k === choice); });
      state("ready");
      show();
    }
    start.addEventListener("click", function () {
      if (started !== null) { stop(); state("paused"); show(); return; }
      if (box.getAttribute("data-va-timer") === "done") reset();
      if (!watch && !steps.length) { stepLine.textContent = say(W, "set_duration"); return; }
      if (view.sound && !audio) { try { var AC = window.AudioContext || window.webkitAudioContext; if (AC) audio = new AC(); } catch (e) { audio = null; } }
      started = performance.now();
      state("running");
      tick = window.setInterval(show, 200);
      show();
    });
    reset_.addEventListener("click", reset);
    reset();
    return { node: box, update: function () {} };
  }

  // ----------------------------------------------------------------------------------- counter

  function counterNames(text, words) {
    var seen = {}, out = [];
    itemsFromText(text).forEach(function (s) { if (!has(seen, s) && out.length < 50) { seen[s] = 1; out.push(s); } });
    return out.length ? out : [say(words, "count")];
  }

  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  // as render/interactive_tools.py Tally.press: + moves `last` and may name the winner; − never below 0
  function press(view, t, k, up) {
    if (k < 0 || k >= t.counts.length) return;
    if (up) {
      t.counts[k] += view.step;
      t.last = k;
      if (view.target !== null && t.winner === null && t.counts[k] >= view.target) t.winner = k;
    } else {
      t.counts[k] = Math.max(0, t.counts[k] - view.step);
      t.last = null;
      if (t.winner === k && view.target !== null && t.counts[k] < view.target) t.winner = null;
    }
  }

  function counterLines(view, names, t, lib) {
    // in the app's marks ("1.234" in Spanish) when the view passes its formatter
    var num = function (n) { return lib.fmt ? lib.fmt(n, 0, "", "") : lib.F.formatNumber(n, 0); };
    var W = lib.W;
    var out = { total: "", leader: "", alert: "", winner: "" };
    var total = t.counts.reduce(function (a, b) { return a + b; }, 0);
    if (view.show_total && names.length > 1) out.total = say(W, "total_n", { n: num(total) });
    var top = Math.max.apply(null, t.counts.concat([0]));
    if (names.length > 1 && top > 0) {
      var lead = names.filter(function (_, k) { return t.counts[k] === top; });
      out.leader = lead.length === 1 ? say(W, "leading", { name: lead[0], n: num(top) }) : say(W, "tied", { names: lead.join(", "), n: num(top) });
    }
    if (view.every !== null && t.last !== null) {
      var value = view.every_of === "total" ? total : t.counts[t.last];
      if (value > 0 && value % view.every === 0) {
        out.alert = (view.alert || say(W, "every_n", { n: num(view.every) })) + " \u00b7 " +
          (view.every_of === "total" ? say(W, "at_total", { n: num(value) }) : say(W, "at_name", { name: names[t.last], n: num(value) }));
      }
    }
    if (view.target !== null && t.winner !== null) {
      out.winner = names.length > 1 ? say(W, "wins", { name: names[t.winner], n: num(view.target) }) : say(W, "reached", { n: num(view.target) });
    }
    return out;
  }

  function fit(t, n) {
    n = Math.max(1, n);
    while (t.counts.length < n) t.counts.push(0);
    t.counts = t.counts.slice(0, n);
    if (t.last !== null && t.last >= n) t.last = null;
    if (t.winner !== null && t.winner >= n) t.winner = null;
  }

  // the app's formatter writing its digits in the app's own marks (app.js `fmt`)
  function marked(fmt, marks) {
    return function (v, d, p, u) { return fmt(v, d, p, u, marks); };
  }

  function counterView(spec, view, lib) {
    var el = lib.el, W = spec.words;
    lib = { el: lib.el, clear: lib.clear, fmt: marked(lib.fmt, spec.marks), F: lib.F, W: W };
    var box = el("div", "va-counter");
    heading(lib, box, view.title);
    var rows = el("div", "va-counters");
    var total = el("div", "va-total"), leader = el("div", "va-note");
    var alert = el("div", "va-alert"), winner = el("div", "va-alert");
    total.setAttribute("data-va-counter-total", "");
    leader.setAttribute("data-va-leader", "");
    alert.setAttribute("data-va-alert", "");
    alert.setAttribute("role", "status");
    winner.setAttribute("data-va-winner", "");
    winner.setAttribute("role", "status");
    var row = el("div", "va-row");
    var reset = button(lib, say(W, "reset"));
    reset.setAttribute("data-va-counter-reset", "");
    row.appendChild(reset);
    var names = el("details"), list = el("textarea");
    names.appendChild(el("summary", "va-note", say(W, "rename_counters")));
    list.rows = Math.max(2, Math.min(10, view.names.length + 1));
    list.placeholder = say(W, "name_per_line");
    list.setAttribute("aria-label", say(W, "counter_names"));
    list.setAttribute("data-va-names", "");
    names.appendChild(list);
    var status = el("div", "va-note");
    [rows, total, leader, alert, winner, row, names, el("div", "va-note", view.note), status].forEach(function (x) { box.appendChild(x); });

    var t = { counts: [], last: null, winner: null }, text = view.names.join("\n");
    try {
      var raw = window.localStorage.getItem(view.store), kept = raw === null ? null : JSON.parse(raw);
      if (kept && Array.isArray(kept.counts) && typeof kept.names === "string") {
        text = kept.names;
        t.counts = kept.counts.map(function (c) { return Math.max(0, Math.floor(Number(c) || 0)); });
        t.winner = typeof kept.winner === "number" ? kept.winner : null;
      }
    } catch (e) { /* no storage: start at 0 */ }
    list.value = text;
    var shown = counterNames(text, W);
    fit(t, shown.length);

    function persist() {
      try {
        window.localStorage.setItem(view.store, JSON.stringify({ names: list.value, counts: t.counts, winner: t.winner }));
        status.textContent = "";
      } catch (e) { status.textContent = say(W, "counts_not_saved"); }
    }
    function render() {
      lib.clear(rows);
      shown.forEach(function (name, k) {
        var r = el("div", "va-counter-row");
        r.appendChild(el("span", "va-counter-name", name));
        var n = el("span", "va-count", lib.fmt(t.counts[k], 0, "", ""));
        n.setAttribute("data-va-count", String(k));
        var minus = button(lib, "\u2212" + (view.step !== 1 ? view.step : ""));
        var plus = button(lib, "+" + (view.step !== 1 ? view.step : ""), true);
        minus.setAttribute("data-va-minus", String(k));
        minus.setAttribute("aria-label", say(W, "take_from", { n: view.step, name: name }));
        plus.setAttribute("data-va-plus", String(k));
        plus.setAttribute("aria-label", say(W, "add_to", { n: view.step, name: name }));
        minus.addEventListener("click", function () { press(view, t, k, false); persist(); render(); });
        plus.addEventListener("click", function () { press(view, t, k, true); persist(); render(); });
        [n, minus, plus].forEach(function (x) { r.appendChild(x); });
        rows.appendChild(r);
      });
      var lines = counterLines(view, shown, t, lib);
      total.textContent = lines.total;
      leader.textContent = lines.leader;
      alert.textContent = lines.alert;
      winner.textContent = lines.winner;
      [total, leader, alert, winner].forEach(function (x) { x.hidden = !x.textContent; });
    }
    reset.addEventListener("click", function () {
      t.counts = t.counts.map(function () { return 0; });
      t.last = t.winner = null;
      persist();
      render();
    });
    list.addEventListener("input", function () {
      shown = counterNames(list.value, W);
      fit(t, shown.length);
      persist();
      render();
    });
    render();
    return { node: box, update: function () {} };
  }

  // --------------------------------------------------------------------------------------- log

  function asNumber(v) {
    if (v === null || v === undefined || typeof v === "boolean") return null;
    if (typeof v === "number") return isFinite(v) ? v : null;
    var s = String(v).replace(/,/g, "").trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
    var x = Number(s);
    return isFinite(x) ? x : null;
  }

  function asDate(v) {
    if (typeof v !== "string") return null;
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCMonth() === +m[2] - 1 ? d : null;
  }

  function monday(d) {
    return d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000;
  }

  function inPeriod(d, per, today) {
    if (per === "all") return true;
    if (!d) return false;
    if (per === "day") return d.getTime() === today.getTime();
    if (per === "week") return monday(d) === monday(today);
    return d.getUTCFullYear() === today.getUTCFullYear() && d.getUTCMonth() === today.getUTCMonth();
  }

  function logTotal(view, rows, lib, todayIso) {
    if (view.total === null) return null;
    var names = view.fields.map(function (f) { return f.name; });
    var ti = names.indexOf(view.total);
    var di = -1;
    for (var k = 0; k < view.fields.length; k++) if (view.fields[k].type === "date") { di = k; break; }
    var unit = view.fields[ti].unit;
    var today = asDate(todayIso);
    var xs = [];
    rows.forEach(function (r) {
      var x = asNumber(r[ti]);
      var d = di >= 0 ? asDate(r[di]) : null;
      if (x !== null && inPeriod(d, view.per, today)) xs.push(x);
    });
    var value = lib.F.fsum(xs);
    var out = { label: view.period, value: value, text: lib.fmt(value, null, "", unit), entries: xs.length, share: null, goal: "" };
    if (view.goal !== null) {
      var goal = lib.fmt(view.goal, null, "", unit);
      if (view.goal > 0) {
        out.share = Math.min(1, Math.max(0, value / view.goal));
        out.goal = say(lib.W, "of_goal", { value: lib.fmt(value, null, "", ""), goal: goal, pct: lib.fmt((100 * value) / view.goal, 0, "", "") });
      } else {
        out.goal = say(lib.W, "goal_plain", { total: out.text, goal: goal });
      }
    }
    return out;
  }

  // The levels the user gave, checked against the latest entry of the watched field (or the
  // period's total when that field is the total); on this page only, nothing is sent.
  function asTyped(x, unit, lib) {
    var digits = String(Number(x.toPrecision(12))).split(".")[1] || "";
    return lib.fmt(x, /e/.test(digits) ? 3 : Math.min(digits.length, 3), "", unit);
  }

  function logAlert(view, rows, lib, todayIso) {
    if (!view.watch) return null;
    var k = view.fields.map(function (f) { return f.name; }).indexOf(view.watch);
    var unit = view.fields[k].unit, value = null;
    if (view.watch === view.total) {
      var t = logTotal(view, rows, lib, todayIso);
      value = t && t.entries ? t.value : null;
    } else {
      rows.forEach(function (r) { var x = asNumber(r[k]); if (x !== null) value = x; });
    }
    var out = { rule: view.alert_rule || "", value: value, fired: "" };
    [["below", view.below], ["above", view.above]].forEach(function (p) {
      if (p[1] === null || p[1] === undefined || value === null) return;
      if (p[0] === "below" ? value < p[1] : value > p[1]) {
        out.fired = say(lib.W, "fired_" + p[0], { what: view.alert_what, value: asTyped(value, unit, lib), x: asTyped(p[1], unit, lib) });
      }
    });
    return out;
  }

  function cellText(f, v, lib) {
    if (v === null || v === undefined) return "";
    if (f.type === "toggle" || typeof v === "boolean") return say(lib.W, v === true || v === "true" || v === "yes" || v === 1 ? "yes" : "no");
    if (f.type === "number") { var x = asNumber(v); return x !== null ? lib.F.formatNumber(x, null) : String(v); }
    return String(v);
  }

  // A cell as listed on the page: a number in the app's marks ("2,5" in Spanish); the CSV keeps
  // cellText's plain digits.
  function shownCell(f, v, lib) {
    var text = cellText(f, v, lib);
    return f.type === "number" && asNumber(v) !== null ? localizedText(text, lib.marks) : text;
  }

  function localizedText(text, marks) {
    if (!marks || marks === ".,") return text;
    return text.replace(/[.,]/g, function (c) { return c === "." ? marks.charAt(0) : marks.charAt(1); });
  }

  function load(key) {
    try {
      var raw = window.localStorage.getItem(key);
      if (raw === null) return null;
      var data = JSON.parse(raw);
      return data && Array.isArray(data.rows) ? data.rows : null;
    } catch (e) { return null; }
  }

  function save(key, rows) {
    try { window.localStorage.setItem(key, JSON.stringify({ rows: rows })); return true; } catch (e) { return false; }
  }

  function csvCell(s) {
    if (/^[=+\-@]/.test(s) && asNumber(s) === null) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function logView(spec, view, lib) {
    var el = lib.el, W = spec.words;
    lib = { el: lib.el, clear: lib.clear, fmt: marked(lib.fmt, spec.marks), F: lib.F, W: W, marks: spec.marks };
    var box = el("div", "va-log");
    heading(lib, box, view.title);
    var form = el("div", "va-log-form");
    var controls = view.fields.map(function (f, k) {
      var lab = el("label", null, view.headings[k]);
      var c;
      if (f.type === "select") {
        c = el("select");
        f.options.forEach(function (o) { var opt = el("option", null, o); opt.value = o; c.appendChild(opt); });
      } else {
        c = el("input");
        c.type = { number: "number", date: "date", time: "time", toggle: "checkbox", text: "text" }[f.type];
        if (f.type === "number") c.step = "any";
        if (f.type === "number" && lib.marks && lib.marks !== ".,") {
          c.type = "text"; // typed in the app's marks ("2,5" in Spanish), which a number box may refuse
          c.inputMode = "decimal";
        }
        if (f.type === "text") c.maxLength = 200;
      }
      c.setAttribute("data-va-field", f.name);
      lab.appendChild(c);
      form.appendChild(lab);
      return c;
    });
    var add = button(lib, say(W, "add"), true);
    add.setAttribute("data-va-add", "");
    form.appendChild(add);
    box.appendChild(form);
    var find = null;
    if (view.search) { // a guest types their name and sees their row
      find = el("input");
      find.type = "search";
      find.placeholder = say(W, "search_entries");
      find.setAttribute("aria-label", say(W, "search_entries"));
      find.setAttribute("data-va-search", "");
      find.addEventListener("input", function () { render(); });
      box.appendChild(find);
    }
    var wrap = el("div", "va-table-wrap");
    var table = el("table", "va-table");
    var head = el("thead"), body = el("tbody");
    var tr = el("tr");
    view.headings.forEach(function (h) { tr.appendChild(el("th", null, h)); });
    tr.appendChild(el("th", null, ""));
    head.appendChild(tr);
    table.appendChild(head);
    table.appendChild(body);
    wrap.appendChild(table);
    box.appendChild(wrap);
    var empty = el("div", "va-note", say(W, "no_entries"));
    box.appendChild(empty);
    var nomatch = el("div", "va-note");
    nomatch.hidden = true;
    box.appendChild(nomatch);
    var total = el("div", "va-total");
    total.setAttribute("data-va-total", "");
    var bar = el("div", "va-progress"), fill = el("div", "va-progress-fill");
    bar.appendChild(fill);
    var goal = el("div", "va-note");
    goal.setAttribute("data-va-goal", "");
    var alert = el("div", "va-alert");
    alert.setAttribute("data-va-alert", "");
    alert.setAttribute("role", "status");
    var rule = el("div", "va-note", view.alert_rule ? say(W, "on_page", { rule: view.alert_rule }) : "");
    var tools = el("div", "va-row");
    var csv = button(lib, say(W, "download_csv"));
    tools.appendChild(csv);
    var status = el("div", "va-note");
    [total, bar, goal, alert, rule, tools, status].forEach(function (x) { box.appendChild(x); });
    rule.hidden = !view.alert_rule;
    if (view.total === null) { total.hidden = true; }
    if (view.goal === null || view.goal <= 0) bar.hidden = true;

    var stored = load(view.store);
    var rows = stored !== null ? stored : view.rows.map(function (r) { return r.slice(); });

    function blank() {
      view.fields.forEach(function (f, k) {
        var c = controls[k];
        if (f.type === "toggle") c.checked = false;
        else if (f.type === "date") c.value = todayText();
        else if (f.type === "time") c.value = nowText();
        else if (f.type === "select") c.value = f.options[0];
        else c.value = "";
      });
    }
    function persist() {
      status.textContent = save(view.store, rows) ? "" : say(W, "entries_not_saved");
    }
    function render() {
      lib.clear(body);
      var q = find ? find.value.trim().toLowerCase() : "";
      var shown = 0;
      rows.forEach(function (r, i) {
        if (q && !view.fields.some(function (f, k) { return cellText(f, r[k], lib).toLowerCase().indexOf(q) >= 0; })) return;
        shown += 1;
        var tr = el("tr");
        view.fields.forEach(function (f, k) { tr.appendChild(el("td", null, shownCell(f, r[k], lib))); });
        var td = el("td");
        var del = button(lib, "\u00d7");
        del.setAttribute("aria-label", say(W, "delete_entry", { n: i + 1 }));
        del.setAttribute("data-va-delete", String(i));
        del.addEventListener("click", function () { rows.splice(i, 1); persist(); render(); });
        td.appendChild(del);
        tr.appendChild(td);
        body.appendChild(tr);
      });
      empty.hidden = rows.length > 0;
      nomatch.hidden = !(q && rows.length && !shown);
      nomatch.textContent = nomatch.hidden ? "" : say(W, "no_match", { q: find.value.trim() });
      box.setAttribute("data-va-entries", String(rows.length));
      var t = logTotal(view, rows, lib, todayText());
      if (t) {
        total.textContent = t.label + ": " + t.text;
        fill.style.width = t.share !== null ? Math.round(100 * t.share) + "%" : "0";
        goal.textContent = t.goal ? say(W, "goal", { text: t.goal }) : "";
      }
      var a = logAlert(view, rows, lib, todayText());
      alert.textContent = a && a.fired ? "\ud83d\udd14 " + a.fired : "";
      alert.hidden = !alert.textContent;
    }
    add.addEventListener("click", function () {
      var row = [], problem = "";
      view.fields.forEach(function (f, k) {
        var c = controls[k];
        if (f.type === "toggle") { row.push(c.checked); return; }
        var v = c.value.trim();
        if (f.type === "number") {
          if (v === "") { row.push(null); return; }
          var x = lib.F.parseNumber ? lib.F.parseNumber(v, lib.marks) : asNumber(v);
          if (x === null) problem = problem || say(W, "needs_number", { name: f.name });
          row.push(x);
          return;
        }
        row.push(v === "" ? null : v);
      });
      if (problem) { status.textContent = problem; return; }
      // as on the Streamlit screen: dates, times, toggles and choices fill themselves in
      var typed = view.fields.map(function (f, k) { return ["date", "time", "toggle", "select"].indexOf(f.type) < 0 ? row[k] : undefined; })
        .filter(function (v) { return v !== undefined; });
      if (typed.length && typed.every(function (v) { return v === null; })) {
        status.textContent = say(W, "fill_first");
        return;
      }
      status.textContent = "";
      rows.push(row);
      persist();
      render();
      blank();
    });
    csv.addEventListener("click", function () {
      var lines = [view.fields.map(function (f) { return csvCell(f.name); }).join(",")];
      rows.forEach(function (r) {
        lines.push(view.fields.map(function (f, k) { return csvCell(cellText(f, r[k], lib)); }).join(","));
      });
      var url = URL.createObjectURL(new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv" }));
      var a = el("a");
      a.href = url;
      a.download = ((view.title || spec.title).replace(/[^\w\- ]+/g, "").trim().slice(0, 60) || "log") + ".csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
    blank();
    render();
    return { node: box, update: function () {} };
  }

  window.VAViews = {
    picker: pickerView,
    timer: timerView,
    counter: counterView,
    log: logView,
    _test: { clock: clock, draw: draw, position: position, logTotal: logTotal, logAlert: logAlert, inPeriod: inPeriod, press: press, counterLines: counterLines }
  };
})();
