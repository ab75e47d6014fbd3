/* The formula interpreter of interactive answers, for the exported HTML page.
 *
 * It walks the JSON tree that render/formula.py parsed and checked; it never sees formula text and
 * never calls eval, Function or anything that turns text into code. Every rule mirrors the Python
 * evaluator in render/formula.py (numbers, errors, rounding half away from zero, Excel finance,
 * units, dates, table aggregates, number formatting), and a test runs both on the same trees.
 * Written for this project; no dependencies.
 */
(function (global) {
  "use strict";

  var CONSTANTS = { pi: Math.PI, e: Math.E };
  var AGGREGATES = { sum: 1, avg: 1, mean: 1, median: 1, count: 1, min: 1, max: 1 };
  var COLUMN_ONLY = { sum: 1, avg: 1, mean: 1, median: 1, count: 1 };
  var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
  var ALIASES = { kph: "km/h", kmh: "km/h", litre: "l", liter: "l", kt: "knot", lbs: "lb" };
  var RATE_ITERATIONS = 100;

  /* A formula with no value for these inputs: shown as "—" with this message. */
  function Fail(message) {
    this.message = message;
  }

  function fail(message) {
    throw new Fail(message);
  }

  function quote(x) {
    var cps = Array.from(x);
    return '"' + (cps.length <= 30 ? x : cps.slice(0, 29).join("") + "\u2026") + '"';
  }

  function truthy(x) {
    if (typeof x === "string") return x !== "";
    return x !== 0 && x !== false;
  }

  function num(x) {
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "number") return x;
    return fail("expected a number, got the text " + quote(String(x)));
  }

  function finite(x) {
    if (x !== x) fail("the result is not a number");
    if (x === Infinity || x === -Infinity) fail("the result is too large");
    return x;
  }

  function same(a, b) {
    if (typeof a === "string" || typeof b === "string") {
      return typeof a === "string" && typeof b === "string" && a === b;
    }
    return num(a) === num(b);
  }

  function power(x, y) {
    if (x === 0 && y < 0) fail("division by zero");
    if (x < 0 && y !== Math.floor(y)) fail("the result is not a real number");
    return finite(Math.pow(x, y));
  }

  function binary(op, a, b) {
    if (op === "==") return same(a, b);
    if (op === "!=") return !same(a, b);
    var x = num(a), y = num(b);
    switch (op) {
      case "+": return finite(x + y);
      case "-": return finite(x - y);
      case "*": return finite(x * y);
      case "/":
        if (y === 0) fail("division by zero");
        return finite(x / y);
      case "^": return power(x, y);
      case "<": return x < y;
      case "<=": return x <= y;
      case ">": return x > y;
      case ">=": return x >= y;
    }
    return fail("unknown operator " + op);
  }

  function roundHalfAway(x, digits) {
    var d = num(digits === undefined ? 0 : digits);
    if (d !== Math.floor(d) || d < -12 || d > 12) fail("round() takes whole digits from -12 to 12");
    if (!x) return 0;
    var a = Math.abs(x), r;
    if (d >= 0) r = Math.floor(a * POW10[d] + 0.5) / POW10[d];
    else r = Math.floor(a / POW10[-d] + 0.5) * POW10[-d];
    return finite(x < 0 ? -r : r);
  }

  function growth(rate, n) {
    return power(1 + rate, n);
  }

  function div(a, b) {
    if (b === 0) fail("division by zero");
    return finite(a / b);
  }

  function pmt(rate, n, pv, fv, atStart) {
    fv = fv || 0;
    if (n === 0) fail("pmt() needs a number of periods other than zero");
    if (rate === 0) return div(-(pv + fv), n);
    var g = growth(rate, n);
    if (g === 1) fail("the rate is too small for this number of periods");
    return div(-(rate * (fv + pv * g)), (1 + rate * (atStart ? 1 : 0)) * (g - 1));
  }

  function fvf(rate, n, payment, pv, atStart) {
    pv = pv || 0;
    if (rate === 0) return finite(-(pv + payment * n));
    var g = growth(rate, n);
    return finite(-(pv * g + div(payment * (1 + rate * (atStart ? 1 : 0)) * (g - 1), rate)));
  }

  function pvf(rate, n, payment, fv, atStart) {
    fv = fv || 0;
    if (rate === 0) return finite(-(fv + payment * n));
    var g = growth(rate, n);
    return div(-(fv + div(payment * (1 + rate * (atStart ? 1 : 0)) * (g - 1), rate)), g);
  }

  function nper(rate, payment, pv, fv, atStart) {
    fv = fv || 0;
    if (rate === 0) {
      if (payment === 0) fail("nper() with no rate and no payment never ends");
      return div(-(pv + fv), payment);
    }
    var p = payment * (1 + rate * (atStart ? 1 : 0));
    var a = p - fv * rate, b = p + pv * rate;
    if (b === 0 || div(a, b) <= 0 || rate <= -1) fail("nper(): the payment never reaches the target");
    return div(Math.log(div(a, b)), Math.log(1 + rate));
  }

  function ratef(n, payment, pv, fv, atStart, guess) {
    fv = fv || 0;
    var typ = atStart ? 1 : 0;
    var f = function (r) {
      if (Math.abs(r) < 1e-12) return pv + payment * n + fv;
      var g = growth(r, n);
      return finite(pv * g + (payment * (1 + r * typ) * (g - 1)) / r + fv);
    };
    var r = guess === undefined ? 0.1 : guess;
    for (var i = 0; i < RATE_ITERATIONS; i++) {
      var y = f(r);
      var h = 1e-6 * Math.max(Math.abs(r), 1e-3);
      var slope = (f(r + h) - y) / h;
      if (slope === 0 || !isFinite(slope)) break;
      var step = y / slope;
      r -= step;
      if (r <= -1) break;
      if (Math.abs(step) < 1e-12) return r;
    }
    return fail("rate() did not converge; try another guess");
  }

  var FINANCE = { pmt: pmt, fv: fvf, pv: pvf, nper: nper, rate: ratef };

  function unitName(name) {
    var u = name.trim().toLowerCase().replace(/\u00b0/g, "").replace(/ /g, "");
    return Object.prototype.hasOwnProperty.call(ALIASES, u) ? ALIASES[u] : u;
  }

  function dimension(u) {
    var units = api.units || {};
    for (var dim in units) {
      if (Object.prototype.hasOwnProperty.call(units, dim) && Object.prototype.hasOwnProperty.call(units[dim], u)) {
        return dim;
      }
    }
    return null;
  }

  function convert(x, source, target) {
    if (typeof source !== "string" || typeof target !== "string") fail("convert() takes unit names as text");
    var a = unitName(source), b = unitName(target);
    if (dimension(a) === null) fail("unknown unit " + quote(source));
    if (dimension(b) === null) fail("unknown unit " + quote(target));
    if (dimension(a) !== dimension(b)) fail("cannot convert " + quote(source) + " to " + quote(target));
    if (dimension(a) === "temperature") {
      var kelvin = a === "c" ? x + 273.15 : a === "f" ? ((x - 32) * 5) / 9 + 273.15 : x;
      return b === "c" ? kelvin - 273.15 : b === "f" ? ((kelvin - 273.15) * 9) / 5 + 32 : kelvin;
    }
    var table = api.units[dimension(a)];
    return finite((x * table[a]) / table[b]);
  }

  var ISO = /^(\d{4})-(\d{2})-(\d{2})/;
  var DAY = 86400000;

  function dateMs(x) {
    var m = typeof x === "string" ? ISO.exec(x) : null;
    if (!m) fail("expected a date as YYYY-MM-DD, got " + quote(display(x)));
    var y = +m[1], mo = +m[2], d = +m[3];
    var t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(0, 0, 0, 0);
    if (y < 1 || t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
      fail(quote(String(x)) + " is not a calendar date");
    }
    return t.getTime();
  }

  function isoDate(ms) {
    var t = new Date(ms);
    var y = t.getUTCFullYear();
    if (!(y >= 1 && y <= 9999)) fail("the date is out of range");
    var p = function (v, w) { var s = String(v); while (s.length < w) s = "0" + s; return s; };
    return p(y, 4) + "-" + p(t.getUTCMonth() + 1, 2) + "-" + p(t.getUTCDate(), 2);
  }

  function dateFn(name, args) {
    if (name === "days_between") return Math.round((dateMs(args[1]) - dateMs(args[0])) / DAY);
    var ms = dateMs(args[0]);
    var t = new Date(ms);
    if (name === "year") return t.getUTCFullYear();
    if (name === "month") return t.getUTCMonth() + 1;
    var n = num(args[1]);
    if (n !== Math.floor(n) || Math.abs(n) > 3000000) fail("add_days() takes a whole number of days");
    return isoDate(ms + n * DAY);
  }

  function fsum(xs) {
    // Shewchuk's exact summation, as Python's math.fsum: totals do not depend on the row order.
    var partials = [];
    for (var i = 0; i < xs.length; i++) {
      var x = xs[i], k = 0;
      for (var j = 0; j < partials.length; j++) {
        var y = partials[j];
        if (Math.abs(x) < Math.abs(y)) { var tmp = x; x = y; y = tmp; }
        var hi = x + y, lo = y - (hi - x);
        if (lo !== 0) partials[k++] = lo;
        x = hi;
      }
      partials.length = k;
      partials.push(x);
    }
    var n = partials.length, hi = 0, lo = 0;
    if (n > 0) {
      hi = partials[--n];
      while (n > 0) {
        var xh = hi;
        var yl = partials[--n];
        hi = xh + yl;
        lo = yl - (hi - xh);
        if (lo !== 0) break;
      }
      if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        var y2 = lo * 2, x2 = hi + y2;
        if (y2 === x2 - hi) hi = x2;
      }
    }
    return hi;
  }

  function aggregate(name, column, table) {
    if (!table) fail(name + "() needs a table, and this app has none");
    if (column === null) {
      for (var c in table) if (Object.prototype.hasOwnProperty.call(table, c)) return table[c].length;
      return 0;
    }
    if (!Object.prototype.hasOwnProperty.call(table, column)) fail("the table has no column " + quote(column));
    var cells = table[column], xs = [], n = 0, i;
    if (name === "count") {
      for (i = 0; i < cells.length; i++) if (cells[i] !== null && cells[i] !== "") n++;
      return n;
    }
    for (i = 0; i < cells.length; i++) {
      if (typeof cells[i] === "number" && isFinite(cells[i])) xs.push(cells[i]);
    }
    if (name === "sum") return xs.length ? finite(fsum(xs)) : 0;
    if (!xs.length) fail("no numbers in " + quote(column) + " for these filters");
    if (name === "avg" || name === "mean") return finite(fsum(xs) / xs.length);
    if (name === "min") return Math.min.apply(null, xs);
    if (name === "max") return Math.max.apply(null, xs);
    var ys = xs.slice().sort(function (p, q) { return p - q; });
    var mid = Math.floor(ys.length / 2);
    return ys.length % 2 ? ys[mid] : (ys[mid - 1] + ys[mid]) / 2;
  }

  function call(name, args, table) {
    if (AGGREGATES[name] && ((args.length === 1 && typeof args[0] === "string") || (name === "count" && !args.length))) {
      return aggregate(name, args.length ? args[0] : null, table);
    }
    if (COLUMN_ONLY[name]) fail(name + "() takes a column name in quotes");
    if (name === "concat") return args.map(display).join("");
    if (name === "days_between" || name === "add_days" || name === "year" || name === "month") {
      return dateFn(name, args);
    }
    if (name === "convert") return convert(num(args[0]), args[1], args[2]);
    var xs = args.map(num);
    switch (name) {
      case "abs": return Math.abs(xs[0]);
      case "min": return Math.min.apply(null, xs);
      case "max": return Math.max.apply(null, xs);
      case "round": return roundHalfAway(xs[0], xs.length > 1 ? xs[1] : 0);
      case "floor": return Math.floor(xs[0]);
      case "ceil": return Math.ceil(xs[0]);
      case "sqrt":
        if (xs[0] < 0) fail("sqrt() of a negative number");
        return Math.sqrt(xs[0]);
      case "exp": return power(Math.E, xs[0]);
      case "ln":
      case "log10":
        if (xs[0] <= 0) fail(name + "() of a number that is not positive");
        return name === "ln" ? Math.log(xs[0]) : Math.log10(xs[0]);
      case "clamp": return Math.min(Math.max(xs[0], xs[1]), xs[2]);
      case "mod":
        if (xs[1] === 0) fail("division by zero");
        return finite(xs[0] - xs[1] * Math.floor(xs[0] / xs[1]));
    }
    if (Object.prototype.hasOwnProperty.call(FINANCE, name)) return finite(FINANCE[name].apply(null, xs));
    return fail("unknown function " + name);
  }

  function evaluate(t, env) {
    var tag = t[0];
    if (tag === "n" || tag === "s" || tag === "b") return t[1];
    if (tag === "v") {
      var values = env.values || {};
      if (Object.prototype.hasOwnProperty.call(values, t[1])) {
        var v = values[t[1]];
        if (v instanceof Fail) fail(t[1] + " has no value (" + v.message + ")");
        return v;
      }
      if (Object.prototype.hasOwnProperty.call(CONSTANTS, t[1])) return CONSTANTS[t[1]];
      return fail(t[1] + " has no value");
    }
    if (tag === "u") {
      var x = evaluate(t[2], env);
      if (t[1] === "not") return !truthy(x);
      return t[1] === "-" ? finite(-num(x)) : num(x);
    }
    if (tag === "o") {
      if (t[1] === "and") return truthy(evaluate(t[2], env)) && truthy(evaluate(t[3], env));
      if (t[1] === "or") return truthy(evaluate(t[2], env)) || truthy(evaluate(t[3], env));
      return binary(t[1], evaluate(t[2], env), evaluate(t[3], env));
    }
    if (tag === "f") {
      var args = t[2];
      if (t[1] === "if") return evaluate(truthy(evaluate(args[0], env)) ? args[1] : args[2], env);
      return call(t[1], args.map(function (a) { return evaluate(a, env); }), env.table || null);
    }
    return fail("unknown node " + tag);
  }

  function g6(x) {
    var s = x.toPrecision(6);
    var parts = s.split("e");
    var mant = parts[0].indexOf(".") >= 0 ? parts[0].replace(/0+$/, "").replace(/\.$/, "") : parts[0];
    if (parts.length < 2) return mant;
    var exp = parts[1];
    var sign = exp.charAt(0) === "-" ? "-" : "+";
    var digits = exp.replace(/^[+-]/, "");
    if (digits.length < 2) digits = "0" + digits;
    return mant + "e" + sign + digits;
  }

  /* Digits with thousands separators, rounded half away from zero (decimals null: plain). */
  function formatNumber(x, decimals) {
    if (decimals === null || decimals === undefined) {
      if (x === Math.floor(x) && Math.abs(x) < 1e15) return String(x === 0 ? 0 : x);
      if (Math.abs(x) >= 1e15) return g6(x);
      return x.toFixed(10).replace(/0+$/, "").replace(/\.$/, "");
    }
    if (Math.abs(x) >= 1e15) return g6(x);
    var r = roundHalfAway(x, decimals);
    var text = Math.abs(r).toFixed(decimals);
    var dot = text.indexOf(".");
    var whole = dot >= 0 ? text.slice(0, dot) : text;
    var frac = dot >= 0 ? text.slice(dot + 1) : "";
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return (r < 0 ? "-" : "") + whole + (frac ? "." + frac : "");
  }

  function display(x) {
    if (typeof x === "boolean") return x ? "yes" : "no";
    if (typeof x === "string") return x;
    return formatNumber(x, null);
  }

  // A number typed in a language's marks (`marks`: decimal then thousands mark, ",." in Spanish):
  // "1.234,5" and "2,5" in Spanish, "1,234.5" in English. A dot typed without a comma in a
  // decimal-comma language is a decimal point ("2.5"), unless it groups thousands ("1.234").
  function parseNumber(text, marks) {
    var s = String(text === null || text === undefined ? "" : text).replace(/[\s\u00a0\u202f']/g, "");
    if (!s) return null;
    if (marks && marks.charAt(0) === ",") {
      if (s.indexOf(",") >= 0) s = s.replace(/\./g, "").replace(",", ".");
      else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
    } else {
      s = s.replace(/,/g, "");
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
    var x = Number(s);
    return isFinite(x) ? x : null;
  }

  var api = {
    parseNumber: parseNumber,
    Fail: Fail,
    evaluate: evaluate,
    call: call,
    truthy: truthy,
    formatNumber: formatNumber,
    display: display,
    roundHalfAway: roundHalfAway,
    fsum: fsum,
    units: null
  };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else global.VAFormula = api;
})(this);
