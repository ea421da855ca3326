/* migtl report: dependency-free SVG timeline, tenure bars and who-met network.
 * Every node is built with createElement/textContent/setAttribute: data never goes through an HTML parser. */
(function () {
  "use strict";

  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LANG_COLORS = { en: "#2563eb", ru: "#dc2626", az: "#059669", uk: "#d97706" };
  var LANG_NAMES = { en: "English", ru: "Russian", az: "Azerbaijani", uk: "Ukrainian" };
  var PALETTE = ["#0f766e", "#7c3aed", "#b45309", "#be123c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0369a1"];

  var DATA = JSON.parse(document.getElementById("migtl-data").textContent);
  var META = JSON.parse(document.getElementById("migtl-meta").textContent) || {};
  ["events", "people", "pairs", "offices", "documents"].forEach(function (k) {
    if (!Array.isArray(DATA[k])) DATA[k] = [];
  });

  /* ---------------------------------------------------------------- DOM helpers */
  function setAttrs(n, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") n.textContent = String(v);
      else if (k.slice(0, 2) === "on" && typeof v === "function") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, String(v));
    });
  }
  function add(n, children) {
    if (children === null || children === undefined) return n;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      n.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return n;
  }
  function h(tag, attrs, children) { var n = document.createElement(tag); setAttrs(n, attrs); return add(n, children); }
  function s(tag, attrs, children) { var n = document.createElementNS(SVGNS, tag); setAttrs(n, attrs); return add(n, children); }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); return n; }
  function tip(text) { return s("title", { text: text }); }
  function byId(id) { return document.getElementById(id); }

  /* ---------------------------------------------------------------- dates */
  function dayMs(iso) {
    if (typeof iso !== "string") return null;
    var m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return null;
    var t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    if (+m[1] < 100) { var d = new Date(t); d.setUTCFullYear(+m[1]); t = d.getTime(); }
    return t;
  }
  /* attach ms bounds to a normalised date view {kind,t0,t1,...}; t1ms is exclusive (end of the last day). */
  function prep(d) {
    d = d || { kind: "none", label: "undated" };
    d.t0ms = dayMs(d.t0);
    d.t1ms = d.t1 ? dayMs(d.t1) + DAY : null;
    d.dated = d.t0ms !== null && d.t1ms !== null;
    return d;
  }
  function fmtDay(t) {
    var d = new Date(t);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function langColor(l) { return LANG_COLORS[l] || "#6b7280"; }
  function langName(l) { return LANG_NAMES[l] || l || "?"; }

  /* ---------------------------------------------------------------- indexes */
  var eventsById = new Map(), docsById = new Map(), peopleById = new Map();
  var personEvents = new Map(), officeHolders = new Map(), personOffices = new Map();

  function notePerson(p) {
    if (!p || p.id === null || p.id === undefined) return;
    if (!peopleById.has(p.id)) peopleById.set(p.id, { id: p.id, name: p.name || p.id, aliases: [], roles: [], documents: [], implicit: true });
  }
  DATA.documents.forEach(function (d) { prep(d._d); if (d.id !== null) docsById.set(d.id, d); });
  DATA.people.forEach(function (p) { if (p.id !== null && p.id !== undefined) peopleById.set(p.id, p); });
  DATA.events.forEach(function (e, i) {
    if (e.id === null || e.id === undefined) e.id = "event-" + i;
    prep(e._d);
    eventsById.set(e.id, e);
    e._pids = new Set();
    e.participants.forEach(function (p) {
      notePerson(p);
      e._pids.add(p.id);
      if (!personEvents.has(p.id)) personEvents.set(p.id, new Set());
      personEvents.get(p.id).add(e.id);
    });
    e._text = [e.title, e.place || "", e.participants.map(function (p) { return p.name; }).join(" "),
      e.evidence.map(function (x) { return x.sentence; }).join(" "),
      e.documents.map(function (x) { return x.path || ""; }).join(" ")].join(" ").toLowerCase();
  });
  DATA.pairs.forEach(function (p) {
    prep(p._d);
    notePerson(p.a); notePerson(p.b);
    var ev = eventsById.get(p.event);
    p._text = [p.title, p.a.name, p.b.name, p.kind, p.evidence.map(function (x) { return x.sentence; }).join(" ")]
      .join(" ").toLowerCase() + " " + (ev ? ev._text : "");
  });
  DATA.offices.forEach(function (o, oi) {
    o._idx = oi;
    var set = new Set();
    o.holders.forEach(function (hd, hi) {
      notePerson(hd.person);
      set.add(hd.person.id);
      if (!personOffices.has(hd.person.id)) personOffices.set(hd.person.id, []);
      personOffices.get(hd.person.id).push({ office: o, holder: hd });
      ["_first_seen", "_last_seen", "_appointed", "_dismissed"].forEach(function (k) { prep(hd[k]); });
      hd.evidence.forEach(function (x) { if (x._d) prep(x._d); });
      hd._key = oi + ":" + hi;
      hd._text = (o.office + " " + hd.person.name + " " + hd.evidence.map(function (x) { return x.sentence; }).join(" ")).toLowerCase();
      var lo = [hd._first_seen, hd._appointed, hd._last_seen].filter(function (d) { return d.dated; });
      var hi2 = [hd._last_seen, hd._dismissed, hd._first_seen].filter(function (d) { return d.dated; });
      hd._t0 = lo.length ? Math.min.apply(null, lo.map(function (d) { return d.t0ms; })) : null;
      hd._t1 = hi2.length ? Math.max.apply(null, hi2.map(function (d) { return d.t1ms; })) : null;
    });
    officeHolders.set(o.office, set);
    o.handovers.forEach(function (ho) { prep(ho._after); prep(ho._before); });
  });
  peopleById.forEach(function (p) {
    p._n = personEvents.has(p.id) ? personEvents.get(p.id).size : 0;
    p._text = [p.name].concat(p.aliases || [], p.roles || []).join(" ").toLowerCase();
  });

  var allLangs = Array.from(new Set(DATA.events.map(function (e) { return e.lang; })
    .concat(DATA.documents.map(function (d) { return d.lang; })).filter(Boolean))).sort();
  var allPlaces = Array.from(new Set(DATA.events.map(function (e) { return e.place; }).filter(Boolean)))
    .sort(function (a, b) { return a.localeCompare(b); });

  /* ---------------------------------------------------------------- state + filtering */
  var state = { person: "", office: "", place: "", langs: new Set(allLangs), from: null, to: null, text: "",
    mentioned: true, selected: null, allEvents: false, allDocs: false, allUndated: false };
  var vis = null;

  function filtersActive() {
    return !!(state.person || state.office || state.place || state.text || state.from !== null || state.to !== null ||
      !state.mentioned || state.langs.size !== allLangs.length);
  }
  function dateOk(d) {
    if (!d || !d.dated) return true; /* year unknown / undated: cannot be excluded by a date range */
    if (state.from !== null && d.t1ms <= state.from) return false;
    if (state.to !== null && d.t0ms >= state.to + DAY) return false;
    return true;
  }
  function eventVisible(e) {
    if (!state.mentioned && e.mentioned) return false;
    if (!state.langs.has(e.lang)) return false;
    if (state.place && e.place !== state.place) return false;
    if (state.person && !e._pids.has(state.person)) return false;
    if (state.office) {
      var hs = officeHolders.get(state.office) || new Set();
      if (!e.participants.some(function (p) { return hs.has(p.id); })) return false;
    }
    if (!dateOk(e._d)) return false;
    if (state.text && e._text.indexOf(state.text) < 0) return false;
    return true;
  }
  function pairVisible(p) {
    var ev = eventsById.get(p.event);
    if (state.person && p.a.id !== state.person && p.b.id !== state.person) return false;
    if (state.office) {
      var hs = officeHolders.get(state.office) || new Set();
      if (!hs.has(p.a.id) && !hs.has(p.b.id)) return false;
    }
    if (ev) {
      if (!state.mentioned && ev.mentioned) return false;
      if (!state.langs.has(ev.lang)) return false;
      if (state.place && ev.place !== state.place) return false;
    } else if (state.place) return false;
    if (!dateOk(p._d)) return false;
    if (state.text && p._text.indexOf(state.text) < 0) return false;
    return true;
  }
  function holderVisible(o, hd) {
    if (state.person && hd.person.id !== state.person) return false;
    if (state.office && o.office !== state.office) return false;
    if (hd._t0 !== null && hd._t1 !== null) {
      if (state.from !== null && hd._t1 <= state.from) return false;
      if (state.to !== null && hd._t0 >= state.to + DAY) return false;
    }
    if (state.text && hd._text.indexOf(state.text) < 0) return false;
    return true;
  }
  function computeVisible() {
    var v = { events: [], pairs: [], holders: new Set(), offices: [], people: new Set(), docs: [], eventIds: new Set() };
    DATA.events.forEach(function (e) { if (eventVisible(e)) { v.events.push(e); v.eventIds.add(e.id); } });
    DATA.pairs.forEach(function (p) { if (pairVisible(p)) v.pairs.push(p); });
    DATA.offices.forEach(function (o) {
      var any = false;
      o.holders.forEach(function (hd) { if (holderVisible(o, hd)) { v.holders.add(hd._key); any = true; v.people.add(hd.person.id); } });
      if (any) v.offices.push(o);
    });
    var docIds = new Set();
    v.events.forEach(function (e) {
      e.participants.forEach(function (p) { v.people.add(p.id); });
      e.documents.forEach(function (d) { docIds.add(d.id); });
      e.evidence.forEach(function (x) { docIds.add(x.document); });
    });
    v.pairs.forEach(function (p) {
      v.people.add(p.a.id); v.people.add(p.b.id);
      p.documents.forEach(function (d) { docIds.add(d.id); });
    });
    v.offices.forEach(function (o) {
      o.holders.forEach(function (hd) {
        if (v.holders.has(hd._key)) hd.evidence.forEach(function (x) { docIds.add(x.document); });
      });
    });
    var active = filtersActive();
    if (!active) peopleById.forEach(function (p) { v.people.add(p.id); });
    DATA.documents.forEach(function (d) {
      if (d.lang && !state.langs.has(d.lang)) return;
      if (!active || docIds.has(d.id)) v.docs.push(d);
    });
    return v;
  }

  /* ---------------------------------------------------------------- shared time scale */
  var domain = (function () {
    var lo = Infinity, hi = -Infinity;
    function take(d) { if (d && d.dated) { lo = Math.min(lo, d.t0ms); hi = Math.max(hi, d.t1ms); } }
    DATA.events.forEach(function (e) { take(e._d); });
    DATA.offices.forEach(function (o) {
      o.holders.forEach(function (hd) { take(hd._first_seen); take(hd._last_seen); take(hd._appointed); take(hd._dismissed); });
      o.handovers.forEach(function (ho) { take(ho._after); take(ho._before); });
    });
    if (!isFinite(lo)) { var y = new Date().getUTCFullYear(); lo = Date.UTC(y, 0, 1); hi = Date.UTC(y + 1, 0, 1); }
    return { a: lo, b: hi };
  })();
  var view = { a: 0, b: 1 };
  var PAD_L = 10, PAD_R = 10;

  function fitTo(a, b) {
    if (!(b > a)) { a -= 15 * DAY; b += 15 * DAY; }
    var span = Math.max(b - a, 20 * DAY), pad = span * 0.06;
    var mid = (a + b) / 2;
    a = Math.min(a, mid - span / 2); b = Math.max(b, mid + span / 2);
    view.a = a - pad; view.b = b + pad;
  }
  function fitVisible() {
    var lo = Infinity, hi = -Infinity;
    function take(d) { if (d && d.dated) { lo = Math.min(lo, d.t0ms); hi = Math.max(hi, d.t1ms); } }
    (vis ? vis.events : DATA.events).forEach(function (e) { take(e._d); });
    if (!isFinite(lo)) { lo = domain.a; hi = domain.b; }
    fitTo(lo, hi);
  }
  function plotWidth(node) { return Math.max(320, (node.clientWidth || 900)); }
  function xOf(t, W) { return PAD_L + (t - view.a) / (view.b - view.a) * (W - PAD_L - PAD_R); }
  function tOf(x, W) { return view.a + (x - PAD_L) / (W - PAD_L - PAD_R) * (view.b - view.a); }
  function zoomAt(factor, centerT) {
    var span = view.b - view.a, ns = span * factor;
    var full = Math.max(domain.b - domain.a, 365 * DAY);
    ns = Math.min(Math.max(ns, 5 * DAY), full * 6);
    var f = (centerT - view.a) / span;
    view.a = centerT - f * ns; view.b = view.a + ns;
    scheduleCharts();
  }

  var STEPS = [[1, "d"], [2, "d"], [7, "d"], [14, "d"], [1, "m"], [2, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"], [5, "y"],
    [10, "y"], [20, "y"], [50, "y"], [100, "y"]];
  function stepMs(st) { return st[1] === "d" ? st[0] * DAY : st[1] === "m" ? st[0] * 30.44 * DAY : st[0] * 365.25 * DAY; }
  function ticks(W) {
    var target = (view.b - view.a) / Math.max(2, (W - PAD_L - PAD_R) / 92);
    var st = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) { if (stepMs(STEPS[i]) >= target) { st = STEPS[i]; break; } }
    var out = [], d = new Date(view.a), k = st[0], t, guard = 0;
    if (st[1] === "d") {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      if (k === 7 || k === 14) { while (new Date(t).getUTCDay() !== 1) t -= DAY; }
      for (; t <= view.b && guard < 500; t += k * DAY, guard++) {
        var dd = new Date(t), major = dd.getUTCDate() === 1 || out.length === 0;
        out.push({ t: t, major: dd.getUTCDate() === 1,
          label: dd.getUTCDate() + " " + MONTHS[dd.getUTCMonth()] + (major ? " " + dd.getUTCFullYear() : "") });
      }
    } else if (st[1] === "m") {
      var y = d.getUTCFullYear(), m = d.getUTCMonth() - (d.getUTCMonth() % k);
      for (; guard < 500; guard++) {
        t = Date.UTC(y, m, 1);
        if (t > view.b) break;
        out.push({ t: t, major: m === 0, label: MONTHS[m] + (m === 0 || out.length === 0 ? " " + y : "") });
        m += k; if (m >= 12) { y += Math.floor(m / 12); m = m % 12; }
      }
    } else {
      var yy = d.getUTCFullYear() - (((d.getUTCFullYear() % k) + k) % k);
      for (; guard < 500; yy += k, guard++) {
        t = Date.UTC(yy, 0, 1);
        if (t > view.b) break;
        out.push({ t: t, major: yy % (k * 5) === 0, label: String(yy) });
      }
    }
    return out.filter(function (tk) { return tk.t >= view.a; });
  }
  function drawAxis(svgEl, W, H, axisY) {
    var grid = s("g", { class: "grid" }), axis = s("g", { class: "axis" });
    ticks(W).forEach(function (tk) {
      var x = xOf(tk.t, W);
      grid.appendChild(s("line", { x1: x, x2: x, y1: axisY + 4, y2: H, class: tk.major ? "major" : null }));
      axis.appendChild(s("text", { x: x + 3, y: axisY, class: tk.major ? "major" : null, text: tk.label }));
    });
    svgEl.appendChild(grid); svgEl.appendChild(axis);
  }

  /* text measuring for lane packing */
  var measureCtx = document.createElement("canvas").getContext("2d");
  function textW(str, weight) {
    measureCtx.font = (weight || "400") + " 12px " + getComputedStyle(document.documentElement).fontFamily;
    return measureCtx.measureText(str).width;
  }
  function short(str, n) { str = String(str || ""); return str.length > n ? str.slice(0, n - 1) + "…" : str; }
  /* rows in date order: each item goes to the next row down that is free (wrapping to the top), so
   * reading top to bottom follows the dates; items that find no free row within max get lane = max */
  function cascade(items, gap, max) {
    var ends = [], last = -1;
    items.sort(function (a, b) { return a.rx0 - b.rx0 || a.x0 - b.x0; });
    if (items.length <= max) { items.forEach(function (it, i) { it.lane = i; }); return items.length; } /* one row each */
    items.forEach(function (it) {
      var lane = -1, n = ends.length;
      for (var k = 1; k <= n; k++) {
        var c = (last + k) % n;
        if (ends[c] + gap <= it.x0) { lane = c; break; }
      }
      if (lane < 0) lane = n < max ? n : max;
      if (lane < max) { ends[lane] = it.xEnd; last = lane; }
      it.lane = lane;
    });
    return Math.min(ends.length, max);
  }
  function pack(items, gap) {
    var lanes = [];
    items.sort(function (a, b) { return a.x0 - b.x0; });
    items.forEach(function (it) {
      var lane = 0;
      while (lane < lanes.length && lanes[lane] + gap > it.x0) lane++;
      lanes[lane] = it.xEnd;
      it.lane = lane;
    });
    return lanes.length;
  }

  /* ---------------------------------------------------------------- timeline */
  var LANE_H = 24, AXIS_H = 26, MAX_LANES = 16;
  function eventMark(e, x0, x1, y) {
    var d = e._d, col = langColor(e.lang), g = [];
    var w = Math.max(x1 - x0, 0);
    if (d.kind === "range") {
      g.push(s("rect", { class: "mark", x: x0, y: y - 5, width: Math.max(w, 6), height: 10, rx: 4, fill: col,
        "fill-opacity": e.mentioned ? 0.35 : 0.9, stroke: col, "stroke-width": 1 }));
    } else if (d.kind === "month" || d.kind === "year" || (w > 14 && d.kind !== "day")) {
      g.push(s("rect", { class: "mark span", x: x0, y: y - 9, width: Math.max(w, 8), height: 18, rx: 3, fill: col,
        "fill-opacity": 0.13, stroke: col, "stroke-width": 1.2 }));
      g.push(s("circle", { cx: x0 + Math.min(Math.max(w, 8), 10) / 2 + 1, cy: y, r: 2.5, fill: col }));
    } else {
      var cx = x0 + w / 2;
      g.push(s("circle", { class: "mark", cx: cx, cy: y, r: 5.5, fill: e.mentioned ? "#fff" : col, stroke: col,
        "stroke-width": e.mentioned ? 2 : 1 }));
    }
    return g;
  }
  function renderTimeline() {
    var box = byId("timeline"), W = plotWidth(box);
    var items = [];
    vis.events.forEach(function (e) {
      if (!e._d.dated) return;
      var x0 = xOf(e._d.t0ms, W), x1 = xOf(e._d.t1ms, W);
      if (e._d.kind === "day" || (x1 - x0) < 11) { var c = (x0 + x1) / 2; if (e._d.kind === "day") { x0 = c - 6; x1 = c + 6; } }
      if (x1 < 0 || x0 > W) return;
      var label = e._d.label + " · " + short(e.title, 46);
      var span = e._d.kind === "month" || e._d.kind === "year";
      var lx = span ? Math.max(x0, 2) + 8 : Math.max(x1, 2) + 5;
      if (span && x1 - x0 < 30) lx = Math.max(x1, 2) + 5;
      var lw = textW(label), anchor = "start", start = Math.max(x0, -20), end = Math.max(x1, lx + lw);
      if (lx + lw > W - 4 && x0 - 5 - lw > 0) { lx = Math.min(x0, W) - 5; anchor = "end"; start = lx - lw; end = Math.max(x1, x0 + 6); }
      items.push({ e: e, x0: start, x1: x1, rx0: x0, lx: lx, anchor: anchor, label: label, xEnd: end });
    });
    var lanes = cascade(items, 10, MAX_LANES), labels = true, hidden = 0;
    if (items.some(function (it) { return it.lane >= MAX_LANES; })) { /* too dense for labels: markers only (tooltips keep the titles) */
      labels = false;
      items.forEach(function (it) { it.x0 = it.rx0; it.xEnd = Math.max(it.x1, it.rx0 + 12); });
      lanes = cascade(items, 2, MAX_LANES);
      items = items.filter(function (it) { if (it.lane >= MAX_LANES) { hidden++; return false; } return true; });
    }
    var H = AXIS_H + Math.max(lanes, 1) * LANE_H + 12 + (labels ? 0 : 18);
    var svgEl = s("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Timeline of " + vis.events.length + " events" });
    svgEl.appendChild(s("rect", { x: 0, y: 0, width: W, height: H, fill: "transparent" }));
    drawAxis(svgEl, W, H, 15);
    var layer = s("g");
    items.forEach(function (it) {
      var e = it.e, y = AXIS_H + it.lane * LANE_H + LANE_H / 2;
      var g = s("g", { class: "ev" + (isSel("event", e.id) ? " sel" : ""), "data-id": e.id, tabindex: 0, role: "button",
        "aria-label": e._d.label + ": " + e.title });
      add(g, eventMark(e, it.rx0, it.x1, y));
      if (labels) {
        var dot = it.label.indexOf(" · ");
        add(g, s("text", { class: "lbl", x: it.lx, y: y + 4, "text-anchor": it.anchor },
          [s("tspan", { class: "d", text: it.label.slice(0, dot + 3) }), s("tspan", { text: it.label.slice(dot + 3) })]));
      }
      g.appendChild(tip(e._d.label + " · " + e.title + (e.place ? " · " + e.place : "") + " [" + langName(e.lang) + "]" +
        (e.mentioned ? " (background)" : "")));
      bindSelect(g, function () { showEvent(e); });
      layer.appendChild(g);
    });
    svgEl.appendChild(layer);
    if (!labels) {
      svgEl.appendChild(s("text", { class: "empty", x: W / 2, y: H - 8, "text-anchor": "middle",
        text: (hidden ? hidden + " more event(s) in this window are not drawn. " : "") + "Too dense for labels: zoom in or filter; hover a mark for its title." }));
    }
    if (!items.length) {
      svgEl.appendChild(s("text", { class: "empty", x: W / 2, y: AXIS_H + 14, "text-anchor": "middle",
        text: vis.events.some(function (e) { return e._d.dated; }) ? "No events in this window: zoom out or press Fit." : "No dated events match the filters." }));
    }
    clear(box).appendChild(svgEl);
  }

  /* events whose year is unknown (XXXX-07-30) get their own lane on a Jan–Dec axis; undated ones are chips */
  function renderUnknown() {
    var box = clear(byId("unknown"));
    var unknown = vis.events.filter(function (e) { return e._d.kind === "unknown"; });
    var undated = vis.events.filter(function (e) { return e._d.kind === "none"; });
    var totalU = DATA.events.filter(function (e) { return !e._d.dated; }).length;
    if (!totalU) { box.hidden = true; return; }
    box.hidden = false;
    box.appendChild(h("div", { class: "u-head" }, [h("b", { text: "Year unknown" }),
      h("span", { text: unknown.length + " event(s) placed by month and day only; the date filter does not apply to them." })]));
    if (unknown.length) {
      var W = plotWidth(box), L = 8, R = 10, PW = W - L - R;
      var xMD = function (md, end) {
        var p = String(md).split("-"), m = (+p[0] || 1) - 1, d = p[1] ? +p[1] : (end ? 0 : 1);
        var t = end && !p[1] ? Date.UTC(2000, m + 1, 1) : Date.UTC(2000, m, d);
        return L + (t - Date.UTC(2000, 0, 1)) / (366 * DAY) * PW;
      };
      var items = unknown.map(function (e) {
        var md = e._d.md || "01", x0 = xMD(md, false), x1 = md.indexOf("-") > 0 ? x0 : xMD(md, true);
        var label = short(e.title, 40);
        var lx = x1 + 8;
        return { e: e, x0: x0 - 6, rx0: x0, x1: x1, lx: lx, label: label, xEnd: lx + textW(label) };
      });
      var lanes = pack(items, 10), uHidden = 0;
      if (lanes > 6) {
        items.forEach(function (it) { it.label = ""; it.x0 = it.rx0 - 6; it.xEnd = Math.max(it.x1, it.rx0 + 6); });
        lanes = pack(items, 2);
        items = items.filter(function (it) { if (it.lane >= 6) { uHidden++; return false; } return true; });
        lanes = Math.min(lanes, 6);
      }
      var H = 22 + lanes * LANE_H + 6 + (uHidden ? 16 : 0);
      var svgEl = s("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Events with unknown year" });
      var axis = s("g", { class: "axis" }), grid = s("g", { class: "grid" });
      for (var m = 0; m < 12; m++) {
        var x = xMD(String(m + 1), false);
        grid.appendChild(s("line", { x1: x, x2: x, y1: 18, y2: H }));
        axis.appendChild(s("text", { x: x + 3, y: 13, text: MONTHS[m] }));
      }
      svgEl.appendChild(grid); svgEl.appendChild(axis);
      items.forEach(function (it) {
        var e = it.e, y = 22 + it.lane * LANE_H + LANE_H / 2, col = langColor(e.lang);
        var g = s("g", { class: "ev unknown-ev" + (isSel("event", e.id) ? " sel" : ""), "data-id": e.id, tabindex: 0, role: "button",
          "aria-label": e._d.label + ": " + e.title });
        if (it.x1 - it.rx0 > 2) g.appendChild(s("rect", { class: "mark span", x: it.rx0, y: y - 9, width: it.x1 - it.rx0, height: 18,
          rx: 3, fill: col, "fill-opacity": 0.13, stroke: col }));
        else g.appendChild(s("circle", { class: "mark", cx: it.rx0, cy: y, r: 5.5, fill: e.mentioned ? "#fff" : col, stroke: col,
          "stroke-width": e.mentioned ? 2 : 1, "stroke-dasharray": "2 1.5" }));
        if (it.label) g.appendChild(s("text", { class: "lbl", x: it.lx, y: y + 4, text: it.label }));
        g.appendChild(tip(e._d.label + " · " + e.title + (e.place ? " · " + e.place : "")));
        bindSelect(g, function () { showEvent(e); });
        svgEl.appendChild(g);
      });
      if (uHidden) svgEl.appendChild(s("text", { class: "empty", x: W / 2, y: H - 6, "text-anchor": "middle",
        text: uHidden + " more not drawn: filter to see them (all are in the event list)." }));
      box.appendChild(svgEl);
    }
    if (undated.length) {
      var chips = h("div", { class: "chips" }, [h("span", { class: "hint", text: "Undated (" + undated.length + "):" })]);
      var shown = state.allUndated ? undated : undated.slice(0, CAP_CHIPS);
      shown.forEach(function (e) {
        chips.appendChild(h("button", { type: "button", class: "chip ev", "data-id": e.id, text: short(e.title, 50),
          onclick: function () { showEvent(e); } }));
      });
      if (shown.length < undated.length) chips.appendChild(h("button", { type: "button", class: "chip show-all", id: "undated-all",
        text: "show all " + undated.length, onclick: function () { state.allUndated = true; renderUnknown(); } }));
      box.appendChild(chips);
    }
  }
  var CAP_CHIPS = 12, CAP_LIST = 100;
  function moreLine(id, shown, total, what, onAll) {
    var p = byId(id);
    clear(p);
    p.hidden = shown >= total;
    if (shown < total) add(p, ["Showing " + shown + " of " + total + " " + what + ".",
      h("button", { type: "button", text: "Show all", onclick: onAll })]);
  }

  function renderEventList() {
    var ol = clear(byId("event-list"));
    var list = vis.events.slice().sort(function (a, b) {
      var ta = a._d.dated ? a._d.t0ms : Infinity, tb = b._d.dated ? b._d.t0ms : Infinity;
      return ta - tb || String(a.title).localeCompare(String(b.title));
    });
    var total = list.length;
    if (!state.allEvents) list = list.slice(0, CAP_LIST);
    moreLine("event-list-more", list.length, total, "events", function () { state.allEvents = true; renderEventList(); });
    list.forEach(function (e) {
      var li = h("li", { "data-id": e.id, tabindex: 0 }, [
        h("span", { class: "d", text: e._d.label }), " ",
        h("span", { class: "lang-tag", style: null, text: e.lang }), " ",
        h("b", { text: e.title }),
        e.place ? " · " + e.place : null,
        e.participants.length ? h("span", { class: "who", text: " — " + e.participants.map(function (p) { return p.name; }).join(", ") }) : null,
      ]);
      li.querySelector(".lang-tag").style.background = langColor(e.lang);
      bindSelect(li, function () { showEvent(e); });
      ol.appendChild(li);
    });
    byId("event-list-count").textContent = String(total);
  }

  /* ---------------------------------------------------------------- tenures */
  var ROW_H = 26, OFFICE_H = 24;
  function holdersShown(o) { return o.holders.filter(function (hd) { return vis.holders.has(hd._key); }).length; }
  function renderTenures() {
    var multi = [], single = [];
    vis.offices.forEach(function (o) { (holdersShown(o) >= 2 ? multi : single).push(o); });
    var first = function (o) { return Math.min.apply(null, o.holders.map(function (hd) { return hd._t0 === null ? Infinity : hd._t0; })); };
    /* the best-attested successions first: most releases behind them, then most holders, then earliest */
    var backing = function (o) {
      var ids = new Set();
      o.holders.forEach(function (hd) { if (vis.holders.has(hd._key)) hd.evidence.forEach(function (x) { ids.add(x.document); }); });
      return ids.size;
    };
    multi.sort(function (a, b) {
      return backing(b) - backing(a) || holdersShown(b) - holdersShown(a) || first(a) - first(b) || a.office.localeCompare(b.office);
    });
    var fold = !(state.person || state.office || state.text);
    var main = fold ? multi : multi.concat(single), rest = fold ? single : [];
    var note = byId("tenure-note");
    note.textContent = multi.length + " office" + (multi.length === 1 ? "" : "s") + " with a succession (two or more holders)" +
      (fold && rest.length ? " first; " + rest.length + " with one holder folded below." : ".");
    renderTenureChart(byId("tenures-main"), main, true);
    var more = byId("tenures-more");
    more.hidden = !rest.length;
    byId("tenures-more-label").textContent = rest.length + " office" + (rest.length === 1 ? "" : "s") + " with one holder";
    if (rest.length && more.open) renderTenureChart(byId("tenures-single"), rest, false);
    else clear(byId("tenures-single"));
  }
  function renderTenureChart(box, offices, isMain) {
    var W = plotWidth(box);
    var rows = [];
    offices.forEach(function (o) {
      rows.push({ type: "office", o: o });
      o.holders.forEach(function (hd) { if (vis.holders.has(hd._key)) rows.push({ type: "holder", o: o, hd: hd }); });
    });
    var H = AXIS_H + rows.reduce(function (acc, r) { return acc + (r.type === "office" ? OFFICE_H : ROW_H); }, 0) + 10;
    if (!rows.length) H = AXIS_H + 40;
    var svgEl = s("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Tenures for " + offices.length + " offices" });
    var defs = s("defs", null, s("pattern", { id: "hatch", width: 7, height: 7, patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)" }, [s("rect", { width: 7, height: 7, fill: "#f1f5f9" }), s("rect", { width: 2.5, height: 7, fill: "#94a3b8" })]));
    svgEl.appendChild(defs);
    svgEl.appendChild(s("rect", { x: 0, y: 0, width: W, height: H, fill: "transparent" }));
    drawAxis(svgEl, W, H, 15);
    var y = AXIS_H, rowY = new Map(), bg = s("g"), front = s("g"), hand = s("g");
    svgEl.appendChild(bg); svgEl.appendChild(hand); svgEl.appendChild(front);
    rows.forEach(function (r, ri) {
      if (r.type === "office") {
        front.appendChild(s("text", { class: "office-title", x: 8, y: y + 16, text: r.o.office }));
        y += OFFICE_H; return;
      }
      var hd = r.hd, o = r.o, hi = o.holders.indexOf(hd), col = PALETTE[(o._idx * 3 + hi) % PALETTE.length];
      var cy = y + ROW_H / 2;
      rowY.set(hd.person.id + "@" + o._idx, { top: y + 3, bottom: y + ROW_H - 3 });
      bg.appendChild(s("rect", { class: "tenure-row-bg", x: 0, y: y + 1, width: W, height: ROW_H - 2, opacity: ri % 2 ? 0.9 : 0.45 }));
      var g = s("g", { class: "holder" + (isSel("holder", hd._key) ? " sel" : ""), "data-person": hd.person.id, "data-key": hd._key, tabindex: 0, role: "button",
        "aria-label": hd.person.name + ", " + o.office });
      g.appendChild(s("rect", { class: "row-hit", x: 0, y: y + 1, width: W, height: ROW_H - 2, fill: "transparent" })); /* the whole row is clickable */
      var fs = hd._first_seen, ls = hd._last_seen, segs = [];
      if (fs.dated && ls.dated) {
        var a = fs.t0ms, a2 = fs.t1ms, b1 = ls.t0ms, b = ls.t1ms;
        if (a2 < b1) segs.push([a2, b1, 1]);
        if (fs.kind !== "day") segs.push([a, Math.min(a2, b), 0.38]); else if (!(a2 < b1)) segs.push([a, a2, 1]);
        if (ls.kind !== "day") segs.push([Math.max(b1, a), b, 0.38]); else if (!(a2 < b1)) segs.push([b1, b, 1]);
      } else if (fs.dated || ls.dated) {
        var one = fs.dated ? fs : ls; segs.push([one.t0ms, one.t1ms, one.kind === "day" ? 1 : 0.38]);
      }
      var bx0 = Infinity, bx1 = -Infinity, sx0 = null, sx1 = null;
      segs.forEach(function (sg) {
        var x0 = xOf(sg[0], W), x1 = xOf(sg[1], W);
        if (x1 - x0 < 4) { var c = (x0 + x1) / 2; x0 = c - 2; x1 = c + 2; }
        bx0 = Math.min(bx0, x0); bx1 = Math.max(bx1, x1);
        if (sg[2] === 1 && (sx0 === null || x1 - x0 > sx1 - sx0)) { sx0 = x0; sx1 = x1; }
        g.appendChild(s("rect", { class: "bar", x: x0, y: cy - 7, width: x1 - x0, height: 14, rx: 3, fill: col, opacity: sg[2] }));
      });
      [["_appointed", "appointed"], ["_dismissed", "dismissed"]].forEach(function (pair) {
        var d = hd[pair[0]];
        if (!d.dated) return;
        var x = xOf(pair[1] === "appointed" ? d.t0ms : d.t1ms, W);
        var near = pair[1] === "appointed" ? bx0 : bx1;
        if (isFinite(near)) g.appendChild(s("line", { x1: x, x2: near, y1: cy, y2: cy, stroke: col, "stroke-width": 2, "stroke-dasharray": "2 3" }));
        g.appendChild(s("path", { d: "M" + (x - 5) + " " + (cy - 11) + " L" + (x + 5) + " " + (cy - 11) + " L" + x + " " + (cy - 2) + " Z",
          fill: "#334155" }, tip(pair[1] + ": " + d.label)));
        bx0 = Math.min(bx0, x); bx1 = Math.max(bx1, x);
      });
      var name = hd.person.name, nw = textW(name, "600");
      if (!isFinite(bx0)) {
        g.appendChild(s("text", { class: "lbl", x: 12, y: cy + 4, text: name + " — dates unknown" }));
      } else if (sx0 !== null && Math.min(sx1, W) - Math.max(sx0, 0) > nw + 14) {
        g.appendChild(s("text", { class: "lbl in", x: Math.max(sx0, 0) + 7, y: cy + 4, text: name }));
      } else if (bx1 + 6 + nw < W) {
        g.appendChild(s("text", { class: "lbl", x: Math.max(bx1 + 6, 8), y: cy + 4, text: name }));
      } else {
        g.appendChild(s("text", { class: "lbl", x: Math.min(bx0 - 6, W - 8), y: cy + 4, "text-anchor": "end", text: name }));
      }
      g.appendChild(tip(hd.person.name + " — " + o.office + "\nfirst evidence: " + fs.label + "\nlast evidence: " + ls.label +
        (hd._appointed.dated ? "\nappointed: " + hd._appointed.label : "") + (hd._dismissed.dated ? "\ndismissed: " + hd._dismissed.label : "")));
      bindSelect(g, function () { showHolder(o, hd); });
      front.appendChild(g);
      y += ROW_H;
    });
    /* handover windows: hatched between the outgoing holder's last evidence and the incoming one's first */
    offices.forEach(function (o) {
      o.handovers.forEach(function (ho) {
        var ra = rowY.get(ho.from + "@" + o._idx), rb = rowY.get(ho.to + "@" + o._idx);
        if (!ra && !rb) return;
        var fromH = o.holders.filter(function (x) { return x.person.id === ho.from; })[0];
        var toH = o.holders.filter(function (x) { return x.person.id === ho.to; })[0];
        var t0 = ho._after.dated ? ho._after.t1ms : (fromH && fromH._last_seen.dated ? fromH._last_seen.t1ms : null);
        var t1 = ho._before.dated ? ho._before.t0ms : (toH && toH._first_seen.dated ? toH._first_seen.t0ms : null);
        if (t0 === null || t1 === null) return;
        var x0 = xOf(Math.min(t0, t1), W), x1 = xOf(Math.max(t0, t1), W);
        if (x1 - x0 < 3) { x0 -= 1.5; x1 += 1.5; }
        var top = Math.min(ra ? ra.top : Infinity, rb ? rb.top : Infinity), bottom = Math.max(ra ? ra.bottom : -Infinity, rb ? rb.bottom : -Infinity);
        var fromName = fromH ? fromH.person.name : ho.from, toName = toH ? toH.person.name : ho.to;
        var g = s("g", { class: "handover", tabindex: 0, role: "button", "aria-label": "Possible handover " + fromName + " to " + toName });
        g.appendChild(s("rect", { x: x0, y: top, width: x1 - x0, height: bottom - top, fill: "url(#hatch)", rx: 2 }));
        if (x1 - x0 > 64) g.appendChild(s("text", { x: (x0 + x1) / 2, y: top + (bottom - top) / 2 + 4, "text-anchor": "middle", text: "handover?" }));
        g.appendChild(tip("Possible handover: " + fromName + " → " + toName + "\nafter " + (ho._after.dated ? ho._after.label : fmtDay(t0 - DAY)) +
          ", before " + (ho._before.dated ? ho._before.label : fmtDay(t1)) + (t1 < t0 ? "\n(evidence overlaps)" : "")));
        bindSelect(g, function () { showHandover(o, ho, fromName, toName); });
        hand.appendChild(g);
      });
    });
    if (!rows.length) svgEl.appendChild(s("text", { class: "empty", x: W / 2, y: AXIS_H + 20, "text-anchor": "middle",
      text: !isMain ? "" : vis.offices.length ? "No office has two or more holders here: see the offices below." :
        DATA.offices.length ? "No tenure matches the filters." : "No offices in the data." }));
    clear(box).appendChild(svgEl);
  }

  /* ---------------------------------------------------------------- network */
  var net = null, MAX_NODES = 60;
  function buildNetwork() {
    var nodes = [], nodeById = new Map(), links = new Map();
    var degree = new Map();
    DATA.pairs.forEach(function (pr) { [pr.a.id, pr.b.id].forEach(function (id) { degree.set(id, (degree.get(id) || 0) + 1); }); });
    var everyone = Array.from(peopleById.values());
    var keep = everyone;
    if (everyone.length > MAX_NODES) {
      keep = everyone.slice().sort(function (a, b) {
        return (degree.get(b.id) || 0) - (degree.get(a.id) || 0) || b._n - a._n || String(a.id).localeCompare(String(b.id));
      }).slice(0, MAX_NODES);
      byId("network-note").textContent = "The " + MAX_NODES + " most connected of " + everyone.length +
        " people (use the Person filter for the others). Node size: number of events; click a person to filter everything by them.";
    }
    keep.forEach(function (p) { var n = { id: p.id, p: p, x: 0, y: 0, vx: 0, vy: 0, deg: 0 }; nodes.push(n); nodeById.set(p.id, n); });
    DATA.pairs.forEach(function (pr) {
      if (pr.a.id === pr.b.id || !nodeById.has(pr.a.id) || !nodeById.has(pr.b.id)) return;
      var ids = [String(pr.a.id), String(pr.b.id)].sort();
      var key = ids[0] + "\u0000" + ids[1] + "\u0000" + pr.kind;
      if (!links.has(key)) links.set(key, { key: key, a: nodeById.get(pr.a.id), b: nodeById.get(pr.b.id), kind: pr.kind, pairs: [] });
      links.get(key).pairs.push(pr);
    });
    var linkList = Array.from(links.values());
    linkList.forEach(function (l) { l.a.deg++; l.b.deg++; });
    var most = Math.max.apply(null, nodes.map(function (n) { return n.p._n; }).concat([1]));
    /* area grows with the number of events, the busiest person at radius 22 whatever the corpus size */
    nodes.forEach(function (n) { n.r = 5 + 17 * Math.sqrt(n.p._n / most); n.lw = Math.min(textW(short(n.p.name, 26)), 170); });
    nodes.sort(function (a, b) { return b.deg - a.deg || b.p._n - a.p._n || String(a.id).localeCompare(String(b.id)); });
    /* deterministic start: golden-angle spiral, most connected in the middle */
    nodes.forEach(function (n, i) { var r = 22 * Math.sqrt(i + 0.5), th = i * 2.399963; n.x = r * Math.cos(th); n.y = r * Math.sin(th); });
    var N = nodes.length, iters = Math.max(60, Math.min(400, Math.floor(4e7 / Math.max(1, N * N))));
    var K = 105, temp = 80;
    for (var it = 0; it < iters; it++) {
      nodes.forEach(function (n) { n.vx = 0; n.vy = 0; });
      for (var i = 0; i < N; i++) {
        for (var j = i + 1; j < N; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
          var d = Math.sqrt(d2), minD = a.r + b.r + 40 + (a.lw + b.lw) * 0.35, f = K * K / d + (d < minD ? (minD - d) * 4 : 0);
          a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
        }
      }
      linkList.forEach(function (l) {
        var dx = l.a.x - l.b.x, dy = l.a.y - l.b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = d * d / K * 0.9;
        l.a.vx -= dx / d * f; l.a.vy -= dy / d * f; l.b.vx += dx / d * f; l.b.vy += dy / d * f;
      });
      nodes.forEach(function (n) {
        var dist = Math.sqrt(n.x * n.x + n.y * n.y), g = 0.9 + dist * 0.012;
        n.vx -= n.x * g * 0.6; n.vy -= n.y * g * 0.6 * 1.35;
        var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy) || 1, step = Math.min(v, temp);
        n.x += n.vx / v * step; n.y += n.vy / v * step * 0.8;
      });
      temp = Math.max(1.5, temp * 0.975);
    }
    net = { nodes: nodes, nodeById: nodeById, links: linkList };
    drawNetwork();
  }
  function linkPath(l) {
    var other = net.links.some(function (m) { return m !== l && m.a === l.a && m.b === l.b || m !== l && m.a === l.b && m.b === l.a; });
    if (!other || l.kind === "met") return "M" + l.a.x + " " + l.a.y + " L" + l.b.x + " " + l.b.y;
    var mx = (l.a.x + l.b.x) / 2, my = (l.a.y + l.b.y) / 2, dx = l.b.x - l.a.x, dy = l.b.y - l.a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    return "M" + l.a.x + " " + l.a.y + " Q" + (mx - dy / d * 26) + " " + (my + dx / d * 26) + " " + l.b.x + " " + l.b.y;
  }
  function drawNetwork() {
    var box = clear(byId("network"));
    if (!net.nodes.length) { box.appendChild(h("p", { class: "hint", text: "No people in the data." })); return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    net.nodes.forEach(function (n) {
      var lw = Math.min(textW(n.p.name), 160) / 2 + 4;
      x0 = Math.min(x0, n.x - Math.max(n.r, lw)); x1 = Math.max(x1, n.x + Math.max(n.r, lw));
      y0 = Math.min(y0, n.y - n.r - 4); y1 = Math.max(y1, n.y + n.r + 18);
    });
    var pad = 14, vw = Math.max(x1 - x0 + 2 * pad, 200), vh = Math.max(y1 - y0 + 2 * pad, 160);
    /* keep a landscape frame so a tall layout does not make the card huge */
    if (vw / vh < 1.3) { var nw2 = vh * 1.3; x0 -= (nw2 - vw) / 2; vw = nw2; }
    var svgEl = s("svg", { width: "100%", viewBox: (x0 - pad) + " " + (y0 - pad) + " " + vw + " " + vh, role: "img",
      "aria-label": "Who-met network of " + net.nodes.length + " people" });
    svgEl.style.maxHeight = "520px";
    var linkLayer = s("g"), nodeLayer = s("g");
    svgEl.appendChild(linkLayer); svgEl.appendChild(nodeLayer);
    net.links.forEach(function (l) {
      var dpath = linkPath(l), w = Math.min(1.6 + 1.1 * (l.pairs.length - 1), 7) + (l.kind === "met" ? 0.8 : 0);
      l.el = s("path", { class: "link " + (l.kind === "met" ? "met" : "attended"), d: dpath, "stroke-width": w });
      l.hit = s("path", { class: "link-hit", d: dpath }, tip(l.a.p.name + " — " + l.kind + " — " + l.b.p.name + " (" + l.pairs.length + "×)"));
      l.hit.addEventListener("click", function () { showLink(l); });
      linkLayer.appendChild(l.el); linkLayer.appendChild(l.hit);
    });
    net.nodes.forEach(function (n) {
      n.g = s("g", { class: "node" + (n.p._n ? " has-events" : ""), "data-id": n.id, transform: "translate(" + n.x + "," + n.y + ")",
        tabindex: 0, role: "button", "aria-label": n.p.name + ", " + n.p._n + " events" });
      n.g.appendChild(s("circle", { r: n.r }));
      n.g.appendChild(s("text", { y: n.r + 13, "text-anchor": "middle", text: short(n.p.name, 26) }));
      n.g.appendChild(tip(n.p.name + (n.p.aliases && n.p.aliases.length ? " (" + n.p.aliases.join(", ") + ")" : "") +
        "\n" + n.p._n + " event(s)" + (n.p.roles && n.p.roles.length ? "\n" + n.p.roles.join("; ") : "")));
      nodeLayer.appendChild(n.g);
      dragNode(svgEl, n);
      n.g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); personClick(n.id); } });
    });
    box.appendChild(svgEl);
    styleNetwork();
  }
  function dragNode(svgEl, n) {
    var start = null;
    n.g.addEventListener("pointerdown", function (ev) {
      ev.stopPropagation();
      start = { x: ev.clientX, y: ev.clientY, nx: n.x, ny: n.y, moved: false, ctm: svgEl.getScreenCTM() };
      try { n.g.setPointerCapture(ev.pointerId); } catch (e) { /* synthetic events */ }
    });
    n.g.addEventListener("pointermove", function (ev) {
      if (!start) return;
      var k = start.ctm ? start.ctm.a : 1, dx = (ev.clientX - start.x) / k, dy = (ev.clientY - start.y) / k;
      if (Math.abs(dx) + Math.abs(dy) > 3) start.moved = true;
      if (!start.moved) return;
      n.x = start.nx + dx; n.y = start.ny + dy;
      n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")");
      net.links.forEach(function (l) { if (l.a === n || l.b === n) { var d = linkPath(l); l.el.setAttribute("d", d); l.hit.setAttribute("d", d); } });
    });
    n.g.addEventListener("pointerup", function () {
      var st = start; start = null;
      if (st && !st.moved) personClick(n.id);
    });
    n.g.addEventListener("pointercancel", function () { start = null; });
  }
  function styleNetwork() {
    if (!net) return;
    var visPairs = new Set(vis.pairs), active = filtersActive();
    net.links.forEach(function (l) {
      var on = l.pairs.some(function (p) { return visPairs.has(p); });
      l.el.setAttribute("class", "link " + (l.kind === "met" ? "met" : "attended") + (on ? (state.person ? " hl" : "") : " faint"));
    });
    net.nodes.forEach(function (n) {
      var cls = "node" + (n.p._n ? " has-events" : "");
      if (state.person === n.id) cls += " on";
      else if (active && !vis.people.has(n.id)) cls += " dim";
      n.g.setAttribute("class", cls);
    });
  }
  function personClick(id) {
    setPerson(state.person === id ? "" : id);
    if (state.person) showPerson(peopleById.get(id));
  }

  /* ---------------------------------------------------------------- documents table */
  function renderDocs() {
    var tb = clear(byId("doc-table").tBodies[0]);
    var docs = vis.docs.slice().sort(function (a, b) {
      var ta = a._d && a._d.dated ? a._d.t0ms : Infinity, tb2 = b._d && b._d.dated ? b._d.t0ms : Infinity;
      return ta - tb2 || String(a.path).localeCompare(String(b.path));
    });
    var totalDocs = docs.length;
    if (!state.allDocs) docs = docs.slice(0, CAP_LIST);
    moreLine("doc-more", docs.length, totalDocs, "releases", function () { state.allDocs = true; renderDocs(); });
    docs.forEach(function (d) {
      var tag = h("span", { class: "lang-tag", text: d.lang || "?" });
      tag.style.background = langColor(d.lang);
      var tr = h("tr", { "data-id": d.id, tabindex: 0, class: isSel("doc", d.id) ? "sel" : null }, [
        h("td", { class: "date", text: (d._d && d._d.kind !== "none" ? d._d.label : d.published) || "—" }),
        h("td", null, tag),
        h("td", null, [h("div", { class: "t", text: d.title || "(untitled)" }), h("div", { class: "path", text: d.path || "" })]),
      ]);
      bindSelect(tr, function () { showDocument(d); });
      tb.appendChild(tr);
    });
    if (!docs.length) tb.appendChild(h("tr", null, h("td", { colspan: 3, class: "hint", text: "No releases match the filters." })));
  }

  /* ---------------------------------------------------------------- details panel */
  function isSel(type, id) { return !!state.selected && state.selected.type === type && state.selected.id === id; }
  var lastPan = 0;
  function bindSelect(node, fn) {
    node.addEventListener("click", function (ev) { ev.stopPropagation(); if (Date.now() - lastPan < 300) return; fn(); });
    node.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(); } });
  }
  function safeHref(path) {
    if (typeof path !== "string" || !path) return null;
    if (/^(https?|file):/i.test(path)) return path;
    if (/^[A-Za-z]:[\\/]/.test(path)) return "file:///" + encodeURI(path.replace(/\\/g, "/"));
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return null; /* javascript:, data:, … */
    if (path.charAt(0) === "/") return "file://" + encodeURI(path);
    if (META.source_root) {
      var root = String(META.source_root).replace(/\\/g, "/").replace(/\/+$/, "");
      if (root.charAt(0) !== "/") root = "/" + root;
      return "file://" + encodeURI(root + "/" + path.replace(/\\/g, "/"));
    }
    return encodeURI(path.replace(/\\/g, "/"));
  }
  var hrefOfPath = new Map();
  DATA.documents.forEach(function (d) { if (d.path && d.href) hrefOfPath.set(d.path, d.href); });
  function docLink(path, text) {
    var href = safeHref(hrefOfPath.get(path) || path);
    if (!href) return h("code", { text: text || path || "?" });
    return h("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: text || path });
  }
  function evidenceBlock(x) {
    var d = docsById.get(x.document);
    var path = x.path || (d && d.path);
    return h("figure", { class: "evidence" }, [
      h("blockquote", { text: x.sentence || "(no sentence recorded)" }),
      h("figcaption", null, [
        h("div", null, [
          x._d ? x._d.label + " · " : null,
          x.status && x.status !== "current" ? "(" + x.status + ") " : null,
          x.change ? x.change + " · " : null,
          d && d.title ? "“" + short(d.title, 90) + "”" : null,
          x.what ? " · supports the " + x.what : null,
        ]),
        h("div", { class: "src" }, path ? docLink(path) : h("code", { text: x.document || "?" })),
      ]),
    ]);
  }
  function personChip(p) {
    return h("button", { type: "button", class: "chip person" + (state.person === p.id ? " on" : ""), text: p.name,
      title: "Filter by " + p.name, onclick: function () { setPerson(state.person === p.id ? "" : p.id); showPerson(peopleById.get(p.id) || p); } });
  }
  function detail(title, rows, sections, sel) {
    state.selected = sel || null;
    var body = clear(byId("details-body"));
    body.appendChild(h("h3", { text: title }));
    var dl = h("dl");
    rows.forEach(function (r) { if (r && r[1] !== null && r[1] !== undefined && r[1] !== "") add(dl, [h("dt", { text: r[0] }), h("dd", null, r[1])]); });
    body.appendChild(dl);
    (sections || []).forEach(function (sec) {
      if (!sec || !sec[1] || (Array.isArray(sec[1]) && !sec[1].length)) return;
      body.appendChild(h("h4", { text: sec[0] }));
      add(body, sec[1]);
    });
    markSelection();
  }
  function dateNode(d) { return [d.label, d.edtf ? " " : null, d.edtf ? h("code", { text: d.edtf }) : null]; }
  function eventLine(e) {
    return h("li", null, [h("span", { class: "hint", text: e._d.label + " · " }),
      h("button", { type: "button", class: "linklike", text: e.title, onclick: function () { showEvent(e); } })]);
  }
  function showEvent(e) {
    var docsNoEv = e.documents.filter(function (d) { return !e.evidence.some(function (x) { return x.document === d.id; }); });
    detail(e.title, [
      ["Date", h("span", null, dateNode(e._d))],
      ["Precision", e._d.kind === "unknown" ? "year unknown" : e._d.kind],
      ["Place", e.place],
      ["Language", langName(e.lang)],
      ["Type", e.mentioned ? "background event mentioned in a release" : "reported event"],
    ], [
      ["Participants", e.participants.length ? h("div", { class: "chips" }, e.participants.map(personChip)) : null],
      ["Sentences behind it", e.evidence.map(evidenceBlock)],
      ["Releases", docsNoEv.length ? h("ul", { class: "item-list" }, docsNoEv.map(function (d) { return h("li", null, docLink(d.path)); })) : null],
    ], { type: "event", id: e.id });
  }
  function showPerson(p) {
    if (!p) return;
    var evs = DATA.events.filter(function (e) { return e._pids.has(p.id); })
      .sort(function (a, b) { return (a._d.t0ms || Infinity) - (b._d.t0ms || Infinity); });
    var met = DATA.pairs.filter(function (pr) { return pr.a.id === p.id || pr.b.id === p.id; });
    var offs = personOffices.get(p.id) || [];
    detail(p.name, [
      ["Also written", p.aliases && p.aliases.length ? p.aliases.join(" · ") : null],
      ["Roles", p.roles && p.roles.length ? p.roles.join("; ") : null],
      ["Events", String(evs.length)],
      ["Filter", h("button", { type: "button", text: state.person === p.id ? "Show everyone" : "Show only " + short(p.name, 30),
        onclick: function () { setPerson(state.person === p.id ? "" : p.id); showPerson(p); } })],
    ], [
      ["Offices", offs.length ? h("ul", { class: "item-list" }, offs.map(function (x) {
        return h("li", null, h("button", { type: "button", class: "linklike", text: x.office.office + " (" + x.holder._first_seen.label + " – " + x.holder._last_seen.label + ")",
          onclick: function () { showHolder(x.office, x.holder); } }));
      })) : null],
      ["Events", evs.length ? h("ul", { class: "item-list" }, evs.map(eventLine)) : null],
      ["Met / attended with", met.length ? h("ul", { class: "item-list" }, met.map(function (pr) {
        var other = pr.a.id === p.id ? pr.b : pr.a;
        return h("li", null, [h("span", { class: "hint", text: pr._d.label + " · " + pr.kind + " " }), h("b", { text: other.name }),
          pr.title ? " — " + pr.title : null]);
      })) : null],
      ["Releases", p.documents && p.documents.length ? h("ul", { class: "item-list" }, p.documents.map(function (d) { return h("li", null, docLink(d.path)); })) : null],
    ], { type: "person", id: p.id });
  }
  function showLink(l) {
    detail(l.a.p.name + " — " + l.b.p.name, [["Relation", l.kind === "met" ? "met" : "attended the same event"], ["Times", String(l.pairs.length)]],
      l.pairs.map(function (pr) {
        var ev = eventsById.get(pr.event);
        return [pr._d.label + (pr.title ? " · " + pr.title : ""), [ev ? h("p", null, h("button", { type: "button", class: "linklike", text: "Open event",
          onclick: function () { showEvent(ev); } })) : null].concat(pr.evidence.map(evidenceBlock))];
      }), { type: "link", id: l.key });
  }
  function showHolder(o, hd) {
    detail(hd.person.name, [
      ["Office", o.office],
      ["First evidence", h("span", null, dateNode(hd._first_seen))],
      ["Last evidence", h("span", null, dateNode(hd._last_seen))],
      ["Appointed", hd.appointed ? h("span", null, dateNode(hd._appointed)) : null],
      ["Dismissed", hd.dismissed ? h("span", null, dateNode(hd._dismissed)) : null],
      ["Person", personChip(hd.person)],
      ["Note", hd.former_only ? "only ever mentioned as a former holder" : null],
    ], [["Evidence", hd.evidence.map(evidenceBlock)]], { type: "holder", id: hd._key });
  }
  function showHandover(o, ho, fromName, toName) {
    detail("Possible handover", [["Office", o.office], ["From", fromName], ["To", toName],
      ["After", ho.after ? h("span", null, dateNode(ho._after)) : "—"], ["Before", ho.before ? h("span", null, dateNode(ho._before)) : "—"]],
    [["Note", h("p", { class: "hint", text: "No release in the data says when the office changed hands: the hatched window runs from the last evidence of the outgoing holder to the first evidence of the incoming one." })]],
    { type: "handover", id: o.office + ">" + ho.from + ">" + ho.to });
  }
  function showDocument(d) {
    var evs = DATA.events.filter(function (e) {
      return e.documents.some(function (x) { return x.id === d.id; }) || e.evidence.some(function (x) { return x.document === d.id; });
    });
    detail(d.title || d.path || "Release", [
      ["Release", docLink(d.path)],
      ["Language", langName(d.lang)],
      ["Published", d.published],
      ["Date", d._d && d._d.edtf && d._d.edtf !== d.published ? h("span", null, dateNode(d._d)) : null],
    ], [
      ["Events from this release", evs.length ? h("ul", { class: "item-list" }, evs.map(eventLine)) : null],
      ["Sentences", [].concat.apply([], evs.map(function (e) { return e.evidence.filter(function (x) { return x.document === d.id; }); })).map(evidenceBlock)],
    ], { type: "doc", id: d.id });
  }
  function markSelection() {
    document.querySelectorAll(".ev[data-id]").forEach(function (n) {
      n.classList.toggle("sel", isSel("event", n.getAttribute("data-id")));
    });
    document.querySelectorAll("#doc-table tbody tr[data-id]").forEach(function (n) { n.classList.toggle("sel", isSel("doc", n.getAttribute("data-id"))); });
    document.querySelectorAll(".holder[data-key]").forEach(function (n) { n.classList.toggle("sel", isSel("holder", n.getAttribute("data-key"))); });
  }

  /* ---------------------------------------------------------------- filters UI */
  function option(value, text) { return h("option", { value: value, text: text }); }
  function initFilters() {
    var ps = byId("f-person");
    Array.from(peopleById.values()).sort(function (a, b) { return String(a.name).localeCompare(String(b.name)); })
      .forEach(function (p) { ps.appendChild(option(p.id, p.name + " (" + p._n + ")")); });
    var os = byId("f-office");
    DATA.offices.slice().sort(function (a, b) {
      return (b.holders.length >= 2) - (a.holders.length >= 2) || a.office.localeCompare(b.office);
    }).forEach(function (o) { os.appendChild(option(o.office, short(o.office, 60) + (o.holders.length >= 2 ? " (" + o.holders.length + " holders)" : ""))); });
    var pl = byId("f-place");
    allPlaces.forEach(function (p) { pl.appendChild(option(p, p)); });
    var fl = byId("f-lang"), ll = byId("legend-langs");
    allLangs.forEach(function (l) {
      var cb = h("input", { type: "checkbox", value: l, checked: "checked" });
      var dot = h("span", { class: "dot" }); dot.style.background = langColor(l);
      fl.appendChild(h("label", { title: langName(l) }, [cb, dot, l]));
      cb.addEventListener("change", function () { if (cb.checked) state.langs.add(l); else state.langs.delete(l); update(); });
      var ldot = h("span", { class: "dot" }); ldot.style.cssText = "display:inline-block;width:9px;height:9px;border-radius:50%";
      ldot.style.background = langColor(l);
      ll.appendChild(h("span", { class: "lg" }, [ldot, langName(l)]));
    });
    ps.addEventListener("change", function () { setPerson(ps.value); });
    os.addEventListener("change", function () { state.office = os.value; update(); });
    pl.addEventListener("change", function () { state.place = pl.value; update(); });
    function dateChanged() {
      state.from = dayMs(byId("f-from").value); state.to = dayMs(byId("f-to").value);
      if (state.from !== null || state.to !== null) fitTo(state.from !== null ? state.from : view.a, state.to !== null ? state.to + DAY : view.b);
      update();
    }
    byId("f-from").addEventListener("change", dateChanged);
    byId("f-to").addEventListener("change", dateChanged);
    byId("f-text").addEventListener("input", function () { state.text = byId("f-text").value.trim().toLowerCase(); update(); });
    byId("f-mentioned").addEventListener("change", function () { state.mentioned = byId("f-mentioned").checked; update(); });
    byId("f-reset").addEventListener("click", function () {
      state.person = state.office = state.place = state.text = ""; state.from = state.to = null; state.mentioned = true;
      state.langs = new Set(allLangs);
      ["f-person", "f-office", "f-place", "f-from", "f-to", "f-text"].forEach(function (id) { byId(id).value = ""; });
      byId("f-mentioned").checked = true;
      fl.querySelectorAll("input").forEach(function (c) { c.checked = true; });
      fitTo(domain.a, domain.b);
      update();
    });
    byId("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
  }
  function setPerson(id) {
    state.person = id || "";
    byId("f-person").value = state.person;
    update();
  }

  /* ---------------------------------------------------------------- zoom / pan on the time charts */
  function initZoom() {
    ["timeline", "tenures"].forEach(function (id) {
      var box = byId(id), drag = null;
      box.addEventListener("wheel", function (ev) {
        ev.preventDefault();
        var W = plotWidth(box), r = box.getBoundingClientRect();
        zoomAt(ev.deltaY > 0 ? 1.2 : 1 / 1.2, tOf(ev.clientX - r.left, W));
      }, { passive: false });
      box.addEventListener("pointerdown", function (ev) {
        if (ev.button !== 0) return;
        drag = { x: ev.clientX, a: view.a, b: view.b, moved: false, id: ev.pointerId };
      });
      box.addEventListener("pointermove", function (ev) {
        if (!drag) return;
        var dx = ev.clientX - drag.x;
        if (!drag.moved && Math.abs(dx) < 4) return;
        if (!drag.moved) { drag.moved = true; box.classList.add("dragging"); try { box.setPointerCapture(drag.id); } catch (e) { /* ignore */ } }
        var W = plotWidth(box), dt = dx / (W - PAD_L - PAD_R) * (drag.b - drag.a);
        view.a = drag.a - dt; view.b = drag.b - dt;
        scheduleCharts();
      });
      function end() { if (drag && drag.moved) { box.classList.remove("dragging"); lastPan = Date.now(); } drag = null; }
      box.addEventListener("pointerup", end);
      box.addEventListener("pointercancel", end);
      box.addEventListener("dblclick", function (ev) {
        var W = plotWidth(box), r = box.getBoundingClientRect(); zoomAt(1 / 1.6, tOf(ev.clientX - r.left, W));
      });
    });
    byId("zoom-in").addEventListener("click", function () { zoomAt(1 / 1.5, (view.a + view.b) / 2); });
    byId("zoom-out").addEventListener("click", function () { zoomAt(1.5, (view.a + view.b) / 2); });
    byId("zoom-fit").addEventListener("click", function () { fitVisible(); renderCharts(); });
    var rt = null;
    window.addEventListener("resize", function () { clearTimeout(rt); rt = setTimeout(renderCharts, 120); });
  }
  var pending = false;
  function scheduleCharts() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; renderCharts(); });
  }
  function renderCharts() { renderTimeline(); renderTenures(); }

  /* ---------------------------------------------------------------- stats + update */
  function stat(id, n, total, noun) {
    var b = h("b", { id: id, "data-count": n, "data-total": total, text: n === total ? String(n) : n + " of " + total });
    return [b, " " + noun];
  }
  function renderStats() {
    var st = clear(byId("stats"));
    var peopleTotal = peopleById.size;
    add(st, stat("count-events", vis.events.length, DATA.events.length, "events"));
    st.appendChild(document.createTextNode(" · "));
    add(st, stat("count-people", vis.people.size, peopleTotal, "people"));
    st.appendChild(document.createTextNode(" · "));
    var met = function (p) { return p.kind === "met"; }, att = function (p) { return p.kind !== "met"; };
    add(st, stat("count-meetings", vis.pairs.filter(met).length, DATA.pairs.filter(met).length, "meetings"));
    st.appendChild(document.createTextNode(" · "));
    add(st, stat("count-coattendance", vis.pairs.filter(att).length, DATA.pairs.filter(att).length, "co-attendances"));
    st.appendChild(document.createTextNode(" · "));
    add(st, stat("count-offices", vis.offices.length, DATA.offices.length, "offices"));
    var succ = vis.offices.filter(function (o) { return holdersShown(o) >= 2; }).length;
    st.appendChild(document.createTextNode(" (" + succ + " with a succession)"));
    st.appendChild(document.createTextNode(" · "));
    add(st, stat("count-documents", vis.docs.length, DATA.documents.length, "releases"));
    var ds = document.body.dataset;
    ds.events = vis.events.length; ds.people = vis.people.size; ds.offices = vis.offices.length;
    ds.pairs = vis.pairs.length; ds.documents = vis.docs.length;
  }
  function update() {
    vis = computeVisible();
    renderStats();
    renderCharts();
    renderUnknown();
    renderEventList();
    renderDocs();
    styleNetwork();
    markSelection();
  }

  initFilters();
  initZoom();
  byId("tenures-more").addEventListener("toggle", function () { renderTenures(); });
  vis = computeVisible();
  fitTo(domain.a, domain.b);
  buildNetwork();
  update();
  document.body.setAttribute("data-ready", "1");
})();
