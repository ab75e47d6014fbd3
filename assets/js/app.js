/* The runtime of an exported interactive answer: widgets, recomputation, views, SVG charts.
 *
 * It reads the app's data block (<script type="application/json" data-va-app>, written by
 * render/interactive_html.py), builds the page with createElement and textContent only (never
 * innerHTML, never a URL, never eval), and on every input recomputes all formulas with the
 * interpreter in formula.js (window.VAFormula), filters the table, and redraws what changed.
 * Filtering, grouping and formatting follow render/interactive_state.py rule for rule.
 * Written for this project; no dependencies, no network.
 */
(function () {
  "use strict";
  var F = window.VAFormula;
  var NS = "http://www.w3.org/2000/svg";
  var DASH = "\u2014";
  var ISO = /^\d{4}-\d{2}-\d{2}/;
  var MAX_CATEGORIES = 50;
  var MAX_POINTS = 500;
  var LETTERS = "ABCDEFGH";
  var uid = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // The page's own words in the app's language: the data block carries them (render/interactive_words.py);
  // English stands in for a block without them.
  var EN_WORDS = {
    tab: "Tab {n}", more_rows: "\u2026 {n} more rows", checklist: "Checklist", checked: "{done} of {n} done",
    quiz: "Quiz", flashcards: "Flashcards", right_js: "Right!", not_quite: "Not quite: the answer is {answer}.",
    knew_it: "I knew it", known_n: "Known: {n} / {total}", score_n: "Score: {n} / {total}", answered: " ({n} answered)",
    show_answer: "Show answer", not_yet: "Not yet", known: "Known.", keep_practising: "Keep practising.",
    start: "Start", quiz_write: "Your questions, one per line: question = answer", quiz_example: "Capital of France? = Paris",
    quiz_empty: "No questions yet: write them in the box, one per line, then start.",
    quiz_target: "{n} of {total} questions written.", quiz_skipped: "{n} lines have no answer (write question = answer)."
  };

  function say(spec, key, fields) {
    var words = (spec && spec.words) || {};
    var text = has(words, key) ? words[key] : EN_WORDS[key];
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return fields && has(fields, k) ? String(fields[k]) : m; });
  }

  function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }

  // ------------------------------------------------------------------------------ values and text

  function unitText(u) {
    if (!u) return "";
    return "%\u2030\u00b0".indexOf(u.charAt(0)) >= 0 ? u : " " + u;
  }

  // Digits in an app's own decimal and thousands marks (`marks` of its data, from render/numerals.py:
  // "," and a narrow space in French); English where it names none.
  function localized(text, marks) {
    if (!marks || marks === ".,") return text;
    return text.replace(/[.,]/g, function (c) { return c === "." ? marks.charAt(0) : marks.charAt(1); });
  }

  function fmt(v, decimals, prefix, unit, marks) {
    if (v === null || v === undefined || v instanceof F.Fail) return DASH;
    if (typeof v === "boolean") return v ? "yes" : "no";
    var text;
    if (typeof v === "string") {
      text = v;
    } else {
      var d = decimals !== null && decimals !== undefined ? decimals : v === Math.floor(v) ? 0 : 2;
      text = localized(F.formatNumber(v, d), marks);
      if (prefix && text.charAt(0) === "-") return "-" + prefix + text.slice(1) + unitText(unit);
    }
    return (prefix || "") + text + unitText(unit);
  }

  function textOf(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") return F.formatNumber(v, null);
    return String(v);
  }

  // A table cell as shown: a number's decimal mark in the app's marks ("2,5" in Spanish); no
  // thousands marks are added, since a cell may be a year or a code ("2015", not "2.015").
  function cellText(v, marks) {
    return typeof v === "number" ? localized(textOf(v), marks) : textOf(v);
  }

  function shown(spec, name, v) {
    var f = spec.formats[name] || [null, "", ""];
    return fmt(v, f[0], f[1], f[2], spec.marks);
  }

  function problem(v) {
    return v instanceof F.Fail ? v.message : "";
  }

  function value(tree, values, columns) {
    try {
      return F.evaluate(tree, { values: values, table: columns });
    } catch (e) {
      if (e instanceof F.Fail) return e;
      throw e;
    }
  }

  // ---------------------------------------------------------------------------------------- table

  function truthyCell(v) {
    if (typeof v === "string") return ["true", "yes", "y", "1"].indexOf(v.trim().toLowerCase()) >= 0;
    return Boolean(v);
  }

  function compare(op, a, b) {
    var ok = (typeof a === "number" && typeof b === "number") ||
      (typeof a === "string" && typeof b === "string" && ISO.test(a) && ISO.test(b));
    if (!ok) return false;
    if (op === "<") return a < b;
    if (op === "<=") return a <= b;
    if (op === ">") return a > b;
    return a >= b;
  }

  function keep(spec, values) {
    var table = spec.table;
    var rows = table.rows;
    spec.filters.forEach(function (f) {
      var i = table.columns.indexOf(f.column);
      if (i < 0 || !has(values, f.input)) return;
      var v = values[f.input];
      if (v === null || v === "" || v === false || (typeof v === "string" && v === f.all_value)) return;
      var type = (spec.inputs.filter(function (x) { return x.name === f.input; })[0] || {}).type;
      if (type === "toggle") {
        rows = rows.filter(function (r) { return truthyCell(r[i]); });
      } else if (f.op === "==" || f.op === "!=") {
        var want = textOf(v);
        rows = rows.filter(function (r) { return (textOf(r[i]) === want) === (f.op === "=="); });
      } else if (f.op === "contains") {
        var part = textOf(v).toLowerCase();
        rows = rows.filter(function (r) { return textOf(r[i]).toLowerCase().indexOf(part) >= 0; });
      } else {
        rows = rows.filter(function (r) { return compare(f.op, r[i], v); });
      }
    });
    return rows;
  }

  function asColumns(table, rows) {
    var out = {};
    table.columns.forEach(function (c, i) {
      out[c] = rows.map(function (r) { return r[i]; });
    });
    return out;
  }

  function compute(spec, inputs) {
    var values = {};
    for (var k in inputs) if (has(inputs, k)) values[k] = inputs[k];
    var rows = spec.table ? keep(spec, values) : [];
    var columns = spec.table ? asColumns(spec.table, rows) : null;
    spec.computed.forEach(function (c) {
      values[c.name] = value(c.tree, values, columns);
    });
    return { values: values, rows: rows, columns: columns };
  }

  function sweepPoints(sweep, st) {
    var ends = [sweep.start, sweep.stop, sweep.step].map(function (t) { return value(t, st.values, st.columns); });
    for (var i = 0; i < 3; i++) if (ends[i] instanceof F.Fail) return { error: ends[i].message, xs: [] };
    if (ends.some(function (e) { return typeof e === "string"; })) return { error: "start, stop and step must be numbers", xs: [] };
    var n3 = ends.map(function (e) { return typeof e === "boolean" ? (e ? 1 : 0) : e; });
    var start = n3[0], stop = n3[1], step = n3[2];
    if (step <= 0) return { error: "the step must be positive", xs: [] };
    if (stop < start) return { error: "stop is before start", xs: [] };
    var n = Math.floor((stop - start) / step + 1e-9) + 1;
    if (n > MAX_POINTS) return { error: n.toLocaleString("en-US") + " points; at most " + MAX_POINTS + " (use a larger step)", xs: [] };
    var xs = [];
    for (var k = 0; k < n; k++) xs.push(start + k * step);
    return { error: "", xs: xs };
  }

  function scoped(values, name, x) {
    var out = {};
    for (var k in values) if (has(values, k)) out[k] = values[k];
    out[name] = x;
    return out;
  }

  function asNumber(v) {
    if (typeof v === "boolean") return v ? 1 : 0;
    return typeof v === "number" ? v : null;
  }

  function fsumList(xs) {
    return F.fsum(xs);
  }

  function agg(name, xs, count) {
    if (name === "count") return count;
    if (!xs.length) return null;
    if (name === "sum") return fsumList(xs);
    if (name === "mean") return fsumList(xs) / xs.length;
    if (name === "min") return Math.min.apply(null, xs);
    if (name === "max") return Math.max.apply(null, xs);
    var ys = xs.slice().sort(function (a, b) { return a - b; });
    var mid = Math.floor(ys.length / 2);
    return ys.length % 2 ? ys[mid] : (ys[mid - 1] + ys[mid]) / 2;
  }

  function keyOrder(keys, raw) {
    if (keys.length && keys.every(function (k) { return typeof raw[k] === "number"; })) {
      return keys.slice().sort(function (a, b) { return raw[a] - raw[b]; });
    }
    if (keys.length && keys.every(function (k) { return typeof raw[k] === "string" && ISO.test(raw[k]); })) {
      return keys.slice().sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
    }
    return keys;
  }

  function group(view, table, rows) {
    var xi = table.columns.indexOf(view.x);
    var yi = view.y !== null ? table.columns.indexOf(view.y) : -1;
    var ci = view.color !== null ? table.columns.indexOf(view.color) : -1;
    var raw = {}, keys = [], sraw = {}, snames = [], buckets = {};
    rows.forEach(function (r) {
      var key = textOf(r[xi]);
      if (!has(raw, key)) { raw[key] = r[xi]; keys.push(key); }
      var skey = ci >= 0 ? textOf(r[ci]) : view.y || "count";
      if (!has(sraw, skey)) { sraw[skey] = ci >= 0 ? r[ci] : skey; snames.push(skey); buckets[skey] = {}; }
      var b = buckets[skey][key] || (buckets[skey][key] = { xs: [], n: 0 });
      b.n += 1;
      var y = yi >= 0 ? r[yi] : null;
      if (typeof y === "number") b.xs.push(y);
    });
    keys = keyOrder(keys, raw);
    snames = keyOrder(snames, sraw);
    var series = snames.map(function (s) {
      return { name: s, values: keys.map(function (k) {
        var b = buckets[s][k];
        return agg(view.aggregate, b ? b.xs : [], b ? b.n : 0);
      }) };
    });
    if (view.sort || view.top_n) {
      var totals = keys.map(function (_, k) {
        return fsumList(series.map(function (s) { return s.values[k] || 0; }));
      });
      var order = keys.map(function (_, k) { return k; });
      if (view.top_n) {
        var largest = order.slice().sort(function (a, b) { return totals[b] - totals[a]; }).slice(0, view.top_n);
        order = order.filter(function (k) { return largest.indexOf(k) >= 0; });
      }
      if (view.sort) {
        order.sort(function (a, b) { return view.sort === "desc" ? totals[b] - totals[a] : totals[a] - totals[b]; });
      }
      keys = order.map(function (k) { return keys[k]; });
      series.forEach(function (s) { s.values = order.map(function (k) { return s.values[k]; }); });
    }
    keys = keys.slice(0, MAX_CATEGORIES);
    series.forEach(function (s) { s.values = s.values.slice(0, MAX_CATEGORIES); });
    return { categories: keys.map(function (k) { return k || "(blank)"; }), series: series };
  }

  function chartData(spec, view, st) {
    var categories, series = [];
    if (view.mode === "table") {
      if (!spec.table) return { error: "no table is attached" };
      var g = group(view, spec.table, st.rows);
      categories = g.categories;
      series = g.series;
    } else if (view.mode === "sweep") {
      var sw = sweepPoints(view.sweep, st);
      if (sw.error) return { error: sw.error };
      categories = sw.xs.map(function (x) { return localized(F.formatNumber(x, null), spec.marks); });
      view.series.forEach(function (s, j) {
        series.push({ name: s.name || "Series " + (j + 1), values: sw.xs.map(function (x) {
          return asNumber(value(s.tree, scoped(st.values, view.sweep.name, x), st.columns));
        }) });
      });
    } else {
      categories = view.categories;
      view.series.forEach(function (s, j) {
        series.push({ name: s.name || "Series " + (j + 1), values: s.trees.map(function (t) {
          return asNumber(value(t, st.values, st.columns));
        }) });
      });
    }
    var any = series.some(function (s) { return s.values.some(function (v) { return v !== null; }); });
    if (!categories.length || !any) return { error: "nothing to draw for these inputs" };
    var pie = view.chart_type === "pie" || view.chart_type === "donut";
    if (pie && series.some(function (s) { return s.values.some(function (v) { return v !== null && v < 0; }); })) {
      return { error: "a pie cannot show negative values for these inputs" };
    }
    return { error: "", categories: categories, series: series };
  }

  // ---------------------------------------------------------------------------------------- charts

  function niceTicks(lo, hi) {
    if (hi < lo) { var t = lo; lo = hi; hi = t; }
    if (hi === lo) { var pad = Math.abs(hi) * 0.1 || 1; lo -= pad; hi += pad; }
    var raw = (hi - lo) / 5;
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = mag;
    var ms = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < ms.length; i++) { step = ms[i] * mag; if (step >= raw * 0.999) break; }
    var start = Math.floor(lo / step + 1e-9) * step, stop = Math.ceil(hi / step - 1e-9) * step;
    var out = [];
    for (var k = 0; k <= Math.round((stop - start) / step); k++) out.push(start + k * step);
    return out;
  }

  function tickLabel(v, big, marks) {
    if (!v) return "0";
    var units = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "k"]];
    for (var i = 0; i < units.length; i++) {
      if (big >= 10000 && big >= units[i][0]) return localized(F.formatNumber(v / units[i][0], null), marks) + units[i][1];
    }
    return localized(F.formatNumber(v, null), marks);
  }

  function short(text, n) {
    var cps = Array.from(text);
    return cps.length <= n ? text : cps.slice(0, n - 1).join("") + "\u2026";
  }

  function drawChart(box, view, data, theme, marks) {
    clear(box);
    // a figure on an axis or in a tooltip, in the app's marks ("1.234,5" in Spanish), like its cards
    var num = function (v, d) { return fmt(v, d === undefined ? null : d, "", "", marks); };
    var W = 640, H = 320;
    var root = svgEl("svg", { viewBox: "0 0 " + W + " " + H, role: "img", class: "va-chart-svg" });
    root.appendChild(svgEl("title", {}, view.title || "Chart"));
    var type = view.chart_type;
    var series = data.series, cats = data.categories;
    var legend = series.length > 1 || type === "pie" || type === "donut";
    var top = 12, bottom = legend ? 56 : 36, left = 56, right = 16;
    var color = function (i) { return theme.palette[i % theme.palette.length]; };
    var txt = function (x, y, s, anchor, extra) {
      var a = { x: x, y: y, "text-anchor": anchor || "middle", "font-size": 11, fill: theme.muted };
      for (var k in extra || {}) a[k] = extra[k];
      return svgEl("text", a, s);
    };
    if (type === "pie" || type === "donut") {
      var vals = series[0].values.map(function (v) { return v || 0; });
      var total = vals.reduce(function (a, b) { return a + b; }, 0) || 1;
      var cx = W / 2, cy = (H - 40) / 2 + 6, r = Math.min(cx, cy) - 12, a0 = -Math.PI / 2;
      vals.forEach(function (v, i) {
        var a1 = a0 + (2 * Math.PI * v) / total;
        var large = a1 - a0 > Math.PI ? 1 : 0;
        var p = v >= total ? "M" + (cx - r) + "," + cy + "A" + r + "," + r + " 0 1 1 " + (cx + r) + "," + cy + "A" + r + "," + r + " 0 1 1 " + (cx - r) + "," + cy + "Z"
          : "M" + cx + "," + cy + "L" + (cx + r * Math.cos(a0)) + "," + (cy + r * Math.sin(a0)) + "A" + r + "," + r + " 0 " + large + " 1 " + (cx + r * Math.cos(a1)) + "," + (cy + r * Math.sin(a1)) + "Z";
        var slice = svgEl("path", { d: p, fill: color(i), stroke: theme.background, "stroke-width": 1.5, "data-va-cat": cats[i], "data-va-val": v });
        slice.appendChild(svgEl("title", {}, cats[i] + ": " + num(v) + " (" + num((100 * v) / total, 1) + "%)"));
        root.appendChild(slice);
        a0 = a1;
      });
      if (type === "donut") root.appendChild(svgEl("circle", { cx: cx, cy: cy, r: r * 0.5, fill: theme.background }));
      drawLegend(root, cats, color, W, H, theme);
      box.appendChild(root);
      return;
    }
    var horizontal = type === "horizontal_bar";
    var stacked = type === "stacked_bar";
    var lo = 0, hi = 0;
    cats.forEach(function (_, k) {
      var pos = 0, neg = 0;
      series.forEach(function (s) {
        var v = s.values[k];
        if (v === null) return;
        if (stacked) { if (v >= 0) pos += v; else neg += v; } else { hi = Math.max(hi, v); lo = Math.min(lo, v); }
      });
      if (stacked) { hi = Math.max(hi, pos); lo = Math.min(lo, neg); }
    });
    var lineLike = type === "line" || type === "area" || type === "scatter";
    if (lineLike) {
      var all = [];
      series.forEach(function (s) { s.values.forEach(function (v) { if (v !== null) all.push(v); }); });
      lo = Math.min.apply(null, all); hi = Math.max.apply(null, all);
      if (type === "area") { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
    }
    var ticks = niceTicks(lo, hi);
    var tlo = ticks[0], thi = ticks[ticks.length - 1];
    var big = Math.max(Math.abs(tlo), Math.abs(thi));
    if (horizontal) left = 110;
    var pw = W - left - right, ph = H - top - bottom;
    var scale = function (v) { return (v - tlo) / (thi - tlo || 1); };
    ticks.forEach(function (t) {
      if (horizontal) {
        var x = left + scale(t) * pw;
        root.appendChild(svgEl("line", { x1: x, x2: x, y1: top, y2: top + ph, stroke: theme.line, "stroke-width": 0.6 }));
        root.appendChild(txt(x, top + ph + 14, tickLabel(t, big, marks)));
      } else {
        var y = top + ph - scale(t) * ph;
        root.appendChild(svgEl("line", { x1: left, x2: left + pw, y1: y, y2: y, stroke: theme.line, "stroke-width": 0.6 }));
        root.appendChild(txt(left - 6, y + 4, tickLabel(t, big, marks), "end"));
      }
    });
    var n = cats.length, band = (horizontal ? ph : pw) / n;
    var every = Math.max(1, Math.ceil(n / (horizontal ? 16 : 12)));
    cats.forEach(function (c, k) {
      if (k % every) return;
      if (horizontal) root.appendChild(txt(left - 6, top + (k + 0.5) * band + 4, short(c, 16), "end"));
      else root.appendChild(txt(left + (k + 0.5) * band, top + ph + 14, short(c, Math.max(4, Math.floor((band * every) / 7)))));
    });
    if (lineLike) {
      series.forEach(function (s, j) {
        var pts = [];
        s.values.forEach(function (v, k) {
          if (v === null) return;
          pts.push([left + (k + 0.5) * band, top + ph - scale(v) * ph, v, k]);
        });
        if (!pts.length) return;
        var d = pts.map(function (p, i) { return (i ? "L" : "M") + p[0].toFixed(1) + "," + p[1].toFixed(1); }).join("");
        if (type === "area") {
          var base = top + ph - scale(Math.max(tlo, 0)) * ph;
          root.appendChild(svgEl("path", { d: d + "L" + pts[pts.length - 1][0].toFixed(1) + "," + base + "L" + pts[0][0].toFixed(1) + "," + base + "Z", fill: color(j), "fill-opacity": 0.25 }));
        }
        root.appendChild(svgEl("path", { d: d, fill: "none", stroke: color(j), "stroke-width": 2.2 }));
        if (pts.length <= 60) {
          pts.forEach(function (p) {
            var dot = svgEl("circle", { cx: p[0], cy: p[1], r: 3, fill: color(j), "data-va-cat": cats[p[3]], "data-va-val": p[2] });
            dot.appendChild(svgEl("title", {}, s.name + " \u00b7 " + cats[p[3]] + ": " + num(p[2])));
            root.appendChild(dot);
          });
        }
      });
    } else {
      var m = series.length, inner = band * 0.8;
      var zero = scale(Math.min(Math.max(0, tlo), thi));
      var offsets = cats.map(function () { return { pos: 0, neg: 0 }; });
      series.forEach(function (s, j) {
        s.values.forEach(function (v, k) {
          if (v === null) return;
          var from = zero, to = scale(v), slot = band * 0.1 + k * band, thick = inner;
          if (stacked) {
            var o = offsets[k];
            var baseV = v >= 0 ? o.pos : o.neg;
            from = scale(baseV); to = scale(baseV + v);
            if (v >= 0) o.pos += v; else o.neg += v;
          } else if (m > 1) {
            thick = inner / m; slot += j * thick;
          }
          var a = Math.min(from, to), b = Math.max(from, to), rect;
          if (horizontal) rect = { x: left + a * pw, y: top + slot, width: Math.max((b - a) * pw, 0.5), height: thick };
          else rect = { x: left + slot, y: top + ph - b * ph, width: thick, height: Math.max((b - a) * ph, 0.5) };
          rect.fill = color(j);
          rect["data-va-cat"] = cats[k];
          rect["data-va-val"] = v;
          var bar = svgEl("rect", rect);
          bar.appendChild(svgEl("title", {}, (m > 1 ? s.name + " \u00b7 " : "") + cats[k] + ": " + num(v)));
          root.appendChild(bar);
        });
      });
    }
    if (view.y_title || view.unit) {
      var yt = (view.y_title || "") + (view.unit ? (view.y_title ? " (" + view.unit + ")" : view.unit) : "");
      root.appendChild(txt(horizontal ? left + pw / 2 : 12, horizontal ? H - (legend ? 40 : 4) : top + ph / 2, yt, "middle",
        horizontal ? {} : { transform: "rotate(-90 12 " + (top + ph / 2) + ")" }));
    }
    if (view.x_title && !horizontal) root.appendChild(txt(left + pw / 2, top + ph + 30, view.x_title));
    if (legend) drawLegend(root, series.map(function (s) { return s.name; }), color, W, H, theme);
    box.appendChild(root);
  }

  function drawLegend(root, names, color, W, H, theme) {
    var x = 16, y = H - 12;
    names.slice(0, 12).forEach(function (name, i) {
      var label = short(String(name), 18);
      var w = 18 + label.length * 6.5;
      if (x + w > W - 8) return;
      root.appendChild(svgEl("rect", { x: x, y: y - 9, width: 10, height: 10, fill: color(i) }));
      root.appendChild(svgEl("text", { x: x + 14, y: y, "font-size": 11, fill: theme.text }, label));
      x += w + 10;
    });
  }

  // ------------------------------------------------------------------------------------- controls

  function control(spec, inp, inputs, changed) {
    var id = "va-in-" + ++uid;
    var wrap = el("div", "va-field");
    var label = el("label", "va-label", inp.label || inp.name);
    label.setAttribute("for", id);
    var widget, out = null, read;
    var t = inp.type;
    if (t === "select") {
      widget = el("select");
      inp.options.forEach(function (o) {
        var opt = el("option", null, o);
        opt.value = o;
        widget.appendChild(opt);
      });
      widget.value = inp.default;
      read = function () { return widget.value; };
    } else if (t === "toggle") {
      widget = el("input");
      widget.type = "checkbox";
      widget.checked = Boolean(inp.default);
      read = function () { return widget.checked; };
    } else if (t === "number" && spec.marks && spec.marks !== ".,") {
      // a figure in the app's marks ("1.234,5" in Spanish): a browser's number box shows and reads
      // its own locale's marks, so the box is text, read in the app's marks and shown back in them
      widget = el("input");
      widget.type = "text";
      widget.inputMode = "decimal";
      widget.setAttribute("data-va-marks", spec.marks);
      var typedText = function (x) {
        var plain = F.formatNumber(x, null), dot = plain.indexOf(".");
        // grouped from five digits up, so a year stays "2024"
        if (/e/i.test(plain) || Math.abs(x) < 10000) return localized(plain, spec.marks);
        return localized(F.formatNumber(x, dot >= 0 ? plain.length - dot - 1 : 0), spec.marks);
      };
      widget.value = typedText(inp.default);
      read = function () {
        var v = F.parseNumber(widget.value, spec.marks);
        if (v === null) return null; // empty or not a number yet: keep the last value
        if (inp.min !== null && v < inp.min) v = inp.min;
        if (inp.max !== null && v > inp.max) v = inp.max;
        return v;
      };
      widget.addEventListener("change", function () {
        var v = read();
        if (v !== null) widget.value = typedText(v);
      });
    } else {
      widget = el("input");
      widget.type = t === "slider" ? "range" : t === "number" ? "number" : t === "date" ? "date" : "text";
      if (t === "number" || t === "slider") {
        if (inp.min !== null) widget.min = String(inp.min);
        if (inp.max !== null) widget.max = String(inp.max);
        widget.step = inp.step !== null ? String(inp.step) : "any";
        widget.inputMode = "decimal";
      }
      if (t === "text") widget.maxLength = 200;
      widget.value = t === "number" || t === "slider" ? F.formatNumber(inp.default, null) : String(inp.default);
      read = function () {
        if (t !== "number" && t !== "slider") return widget.value;
        var v = widget.valueAsNumber;
        if (v !== v) return null; // empty or not a number yet: keep the last value
        if (inp.min !== null && v < inp.min) v = inp.min;
        if (inp.max !== null && v > inp.max) v = inp.max;
        return v;
      };
      if (t === "slider") out = el("output", "va-slider-value");
    }
    widget.id = id;
    widget.setAttribute("data-va-input", inp.name);
    if (inp.help) widget.title = inp.help;
    inputs[inp.name] = inp.default;
    var show = function () {
      if (out) out.textContent = fmt(inputs[inp.name], null, "", inp.unit, spec.marks);
    };
    var onChange = function () {
      var v = read();
      if (v === null || (t === "date" && !ISO.test(v))) return;
      inputs[inp.name] = v;
      show();
      changed();
    };
    widget.addEventListener(t === "select" || t === "toggle" || t === "date" ? "change" : "input", onChange);
    if (t === "number") widget.addEventListener("change", onChange);
    show();
    wrap.appendChild(label);
    var row = el("div", "va-control");
    row.appendChild(widget);
    if (out) row.appendChild(out);
    else if (inp.unit && t === "number") row.appendChild(el("span", "va-unit", inp.unit));
    wrap.appendChild(row);
    if (inp.help) wrap.appendChild(el("div", "va-help", inp.help));
    return wrap;
  }

  // ----------------------------------------------------------------------------------------- views

  function heading(box, title) {
    if (title) box.appendChild(el("h3", "va-view-title", title));
  }

  function metricView(spec, view) {
    var card = el("div", "va-card");
    card.appendChild(el("div", "va-card-label", view.label));
    var num = el("div", "va-card-value");
    num.setAttribute("data-va-metric", view.value);
    card.appendChild(num);
    var note = el("div", "va-card-note");
    card.appendChild(note);
    return { node: card, update: function (st) {
      var v = st.values[view.value];
      num.textContent = shown(spec, view.value, v);
      note.textContent = problem(v) || view.caption || "";
      card.classList.toggle("va-error", v instanceof F.Fail);
    } };
  }

  function textView(spec, view) {
    var box = el("div", "va-text");
    heading(box, view.title);
    var p = el("p");
    var spans = view.parts.map(function (part) {
      var s = el("span", part[0] === "v" ? "va-value" : null, part[0] === "t" ? part[1] : "");
      if (part[0] === "v") s.setAttribute("data-va-placeholder", part[1]);
      p.appendChild(s);
      return s;
    });
    var note = el("div", "va-note");
    box.appendChild(p);
    box.appendChild(note);
    return { node: box, update: function (st) {
      var err = "";
      view.parts.forEach(function (part, i) {
        if (part[0] !== "v") return;
        var v = st.values[part[1]];
        spans[i].textContent = shown(spec, part[1], v);
        err = err || problem(v);
      });
      note.textContent = err;
    } };
  }

  function chartView(spec, view) {
    var box = el("div", "va-chart");
    heading(box, view.title);
    var area = el("div", "va-chart-area");
    var note = el("div", "va-note");
    box.appendChild(area);
    box.appendChild(note);
    return { node: box, update: function (st) {
      var data = chartData(spec, view, st);
      note.textContent = data.error || "";
      if (data.error) { clear(area); return; }
      drawChart(area, view, data, spec.theme, spec.marks);
    } };
  }

  function tableView(spec, view) {
    var box = el("div", "va-table-wrap");
    heading(box, view.title);
    var table = el("table", "va-table");
    var head = el("thead"), body = el("tbody");
    table.appendChild(head);
    table.appendChild(body);
    box.appendChild(table);
    var note = el("div", "va-note");
    box.appendChild(note);
    var setHead = function (cols) {
      clear(head);
      var tr = el("tr");
      cols.forEach(function (c) { tr.appendChild(el("th", null, c)); });
      head.appendChild(tr);
    };
    return { node: box, update: function (st) {
      clear(body);
      var rows = [], more = 0, cols, error = "";
      if (view.mode === "sweep") {
        cols = view.cells.map(function (c) { return c.label; });
        var sw = sweepPoints(view.sweep, st);
        error = sw.error;
        sw.xs.slice(0, view.max_rows).forEach(function (x) {
          var scope = scoped(st.values, view.sweep.name, x);
          rows.push(view.cells.map(function (c) { return fmt(value(c.tree, scope, st.columns), c.decimals, c.prefix, c.unit, spec.marks); }));
        });
        more = Math.max(0, sw.xs.length - view.max_rows);
      } else if (!spec.table) {
        cols = [];
        error = "no table is attached";
      } else {
        cols = (view.columns.length ? view.columns : spec.table.columns).filter(function (c) { return spec.table.columns.indexOf(c) >= 0; });
        var idx = cols.map(function (c) { return spec.table.columns.indexOf(c); });
        st.rows.slice(0, view.max_rows).forEach(function (r) { rows.push(idx.map(function (i) { return cellText(r[i], spec.marks); })); });
        more = Math.max(0, st.rows.length - view.max_rows);
      }
      setHead(cols);
      rows.forEach(function (r) {
        var tr = el("tr");
        r.forEach(function (c) { tr.appendChild(el("td", null, c)); });
        body.appendChild(tr);
      });
      box.setAttribute("data-va-rows", String(rows.length + more));
      note.textContent = error || (more ? say(spec, "more_rows", { n: localized(F.formatNumber(more, 0), spec.marks) }) : "");
    } };
  }

  function quizView(spec, view) {
    var box = el("div", "va-quiz");
    var cards = view.mode === "flashcards";
    heading(box, view.title || say(spec, cards ? "flashcards" : "quiz"));
    if (!view.questions.length) return writtenQuiz(spec, view, box);
    askQuestions(spec, view, view.questions, box);
    return { node: box, update: function () {} };
  }

  // "question = answer" a line (a tab, an arrow or a spaced dash also part them; else the first "?"
  // ends the question), as render/interactive_tools.py questions_from_text reads them.
  var QA_SEP = /\s*(?:=|\t|\u2192|->|\s[\u2013\u2014-]\s)\s*/;
  var QA_LEAD = /^(?:[-\u2022*\u00b7]\s*|\d{1,3}[.)]\s+)/;

  function typedQuestions(text) {
    var out = [], skipped = 0;
    String(text || "").split(/\r?\n/).forEach(function (raw) {
      var line = raw.trim().replace(QA_LEAD, "").trim();
      if (!line) return;
      var m = QA_SEP.exec(line), q, a;
      if (m) {
        q = line.slice(0, m.index); a = line.slice(m.index + m[0].length);
      } else {
        var ks = [line.indexOf("?"), line.indexOf("\uff1f")].filter(function (i) { return i > 0; });
        var k = ks.length ? Math.min.apply(null, ks) : -1;
        q = k > 0 ? line.slice(0, k + 1) : line; a = k > 0 ? line.slice(k + 1) : "";
      }
      q = q.trim(); a = a.trim();
      if (q && a) { if (out.length < 100) out.push({ question: q.slice(0, 300), answer: a.slice(0, 200), choices: [], explanation: "" }); }
      else skipped += 1;
    });
    return { questions: out, skipped: skipped };
  }

  // An empty quiz: the user writes the questions in a box (kept in this browser), then takes them.
  function writtenQuiz(spec, view, box) {
    var list = el("textarea");
    list.rows = 6;
    list.placeholder = say(spec, "quiz_example");
    list.setAttribute("aria-label", say(spec, "quiz_write"));
    list.setAttribute("data-va-quiz-text", "");
    try { list.value = window.localStorage.getItem(view.store) || ""; } catch (e) { /* no storage */ }
    box.appendChild(el("label", "va-label", say(spec, "quiz_write")));
    box.appendChild(list);
    var go = el("button", "va-primary", say(spec, "start"));
    go.type = "button";
    go.setAttribute("data-va-quiz-start", "");
    box.appendChild(go);
    var note = el("div", "va-note", view.note || "");
    box.appendChild(note);
    var asked = el("div", "va-quiz-asked");
    box.appendChild(asked);
    var start = function () {
      var got = typedQuestions(list.value);
      try { window.localStorage.setItem(view.store, list.value); } catch (e) { /* no storage: still works */ }
      var parts = [];
      if (view.count) parts.push(say(spec, "quiz_target", { n: got.questions.length, total: view.count }));
      else if (!got.questions.length) parts.push(say(spec, "quiz_empty"));
      if (got.skipped) parts.push(say(spec, "quiz_skipped", { n: got.skipped }));
      note.textContent = parts.join(" ");
      clear(asked);
      if (got.questions.length) askQuestions(spec, view, got.questions, asked);
    };
    go.addEventListener("click", start);
    if (list.value) start();
    return { node: box, update: function () {} };
  }

  function askQuestions(spec, view, questions, box) {
    var cards = view.mode === "flashcards";
    var score = el("div", "va-score");
    var right = 0, done = 0;
    var setScore = function () {
      score.textContent = say(spec, cards ? "known_n" : "score_n", { n: right, total: questions.length }) +
        (done < questions.length ? say(spec, "answered", { n: done }) : "");
    };
    questions.forEach(function (q, n) {
      var item = el("div", "va-question");
      item.appendChild(el("div", "va-q", n + 1 + ". " + q.question));
      var result = el("div", "va-result");
      var answered = false;
      var finish = function (ok, message) {
        if (answered) return;
        answered = true;
        done += 1;
        if (ok) right += 1;
        result.textContent = message + (q.explanation ? " \u2014 " + q.explanation : "");
        item.classList.add(ok ? "va-right" : "va-wrong");
        setScore();
      };
      if (!cards && q.choices.length) {
        var list = el("div", "va-choices");
        q.choices.forEach(function (c, k) {
          var b = el("button", "va-choice", LETTERS.charAt(k) + ". " + c);
          b.type = "button";
          b.addEventListener("click", function () {
            if (answered) return;
            b.classList.add(c === q.answer ? "va-picked-right" : "va-picked-wrong");
            finish(c === q.answer, c === q.answer ? say(spec, "right_js") : say(spec, "not_quite", { answer: q.answer }));
          });
          list.appendChild(b);
        });
        item.appendChild(list);
      } else {
        var back = el("div", "va-back", q.answer);
        back.hidden = true;
        var reveal = el("button", "va-reveal", say(spec, "show_answer"));
        reveal.type = "button";
        var knew = el("button", "va-knew", say(spec, "knew_it"));
        var not = el("button", "va-not", say(spec, "not_yet"));
        knew.type = not.type = "button";
        knew.hidden = not.hidden = true;
        reveal.addEventListener("click", function () { back.hidden = false; reveal.hidden = true; knew.hidden = not.hidden = false; });
        knew.addEventListener("click", function () { finish(true, say(spec, "known")); knew.disabled = not.disabled = true; });
        not.addEventListener("click", function () { finish(false, say(spec, "keep_practising")); knew.disabled = not.disabled = true; });
        [back, reveal, knew, not].forEach(function (x) { item.appendChild(x); });
      }
      item.appendChild(result);
      box.appendChild(item);
    });
    box.appendChild(score);
    setScore();
  }

  function checklistView(spec, view) {
    var box = el("div", "va-checklist");
    heading(box, view.title || say(spec, "checklist"));
    var bar = el("div", "va-progress");
    var fill = el("div", "va-progress-fill");
    bar.appendChild(fill);
    var label = el("div", "va-progress-label");
    var boxes = view.items.map(function (text) {
      var row = el("label", "va-check");
      var c = el("input");
      c.type = "checkbox";
      row.appendChild(c);
      row.appendChild(el("span", null, text));
      box.appendChild(row);
      c.addEventListener("change", function () { progress(); });
      return c;
    });
    var progress = function () {
      var n = boxes.filter(function (c) { return c.checked; }).length;
      label.textContent = say(spec, "checked", { done: n, n: boxes.length });
      fill.style.width = Math.round((100 * n) / boxes.length) + "%";
    };
    box.appendChild(bar);
    box.appendChild(label);
    progress();
    return { node: box, update: function () {} };
  }

  var VIEWS = { metric: metricView, text: textView, chart: chartView, table: tableView, quiz: quizView, checklist: checklistView };
  var LIB = { el: el, clear: clear, fmt: fmt, F: F };
  var TOOLS = window.VAViews || {};  // picker, timer, counter, log: assets/js/tools.js
  ["picker", "timer", "counter", "log"].forEach(function (name) {
    if (TOOLS[name]) VIEWS[name] = function (spec, view) { return TOOLS[name](spec, view, LIB); };
  });

  // ----------------------------------------------------------------------------------------- mount

  function mount(script) {
    if (script.hasAttribute("data-va-mounted")) return; // a page with two apps runs this script twice
    var spec = JSON.parse(script.textContent);
    // a build without tools.js leaves an app with a picker, timer or log to the build that has it
    if (!spec.views.every(function (v) { return has(VIEWS, v.type); })) return;
    script.setAttribute("data-va-mounted", "");
    F.units = spec.units;
    var root = el("div", "va-app va-layout-" + spec.layout);
    script.parentNode.insertBefore(root, script);
    var header = el("div", "va-header");
    header.appendChild(el("h2", "va-title", spec.title));
    if (spec.subtitle) header.appendChild(el("div", "va-subtitle", spec.subtitle));
    script.parentNode.insertBefore(header, root);
    var inputs = {};
    var views = [];
    var update = function () {
      var t0 = performance.now();
      var st = compute(spec, inputs);
      views.forEach(function (v) { v.update(st); });
      root.setAttribute("data-va-ms", (performance.now() - t0).toFixed(3));
      root.setAttribute("data-va-updates", String(+(root.getAttribute("data-va-updates") || 0) + 1));
    };
    if (spec.inputs.length) {
      var panel = el("div", "va-inputs");
      spec.inputs.forEach(function (inp) { panel.appendChild(control(spec, inp, inputs, update)); });
      root.appendChild(panel);
    }
    var main = el("div", "va-views");
    root.appendChild(main);
    var made = spec.views.map(function (view) {
      var v = VIEWS[view.type](spec, view);
      views.push(v);
      return { view: view, node: v.node };
    });
    if (spec.layout === "tabs" && made.length > 1) {
      var bar = el("div", "va-tabs");
      bar.setAttribute("role", "tablist");
      var panels = made.map(function (m, i) {
        var tab = el("button", "va-tab", m.view.title || say(spec, "tab", { n: i + 1 }));
        tab.type = "button";
        tab.setAttribute("role", "tab");
        var panel = el("div", "va-tab-panel");
        panel.setAttribute("role", "tabpanel");
        panel.appendChild(m.node);
        tab.addEventListener("click", function () { select(i); });
        bar.appendChild(tab);
        return { tab: tab, panel: panel };
      });
      var select = function (k) {
        panels.forEach(function (p, i) {
          p.panel.hidden = i !== k;
          p.tab.setAttribute("aria-selected", i === k ? "true" : "false");
        });
      };
      main.appendChild(bar);
      panels.forEach(function (p) { main.appendChild(p.panel); });
      select(0);
    } else {
      var row = null;
      made.forEach(function (m) {
        if (m.view.type === "metric") {
          if (!row) { row = el("div", "va-cards"); main.appendChild(row); }
          row.appendChild(m.node);
        } else {
          row = null;
          main.appendChild(m.node);
        }
      });
    }
    update();
  }

  var blocks = document.querySelectorAll('script[type="application/json"][data-va-app]');
  for (var i = 0; i < blocks.length; i++) mount(blocks[i]);
})();
