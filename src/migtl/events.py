"""One event, many releases: the accounts of one event in several releases become one timeline event.

A *unit* is one release's account of an event: the event it reports (key ``(release id, 0)``) or the
k-th event it only refers to (``(release id, k)``, k = 1, 2, ...). ``group_units`` is a pure function
from units (dates, the ids of the people taking part, place, kind) and users' decisions to groups of
units, each one event:

- two reports are one event when their dates agree (the same day, a range that contains the day or
  the other range, an unknown-year date on the same month and day), their places agree when both are
  given, their kinds agree when both are told (a conference is not a bilateral meeting), and they share
  at least two people taking part, at least half of all those the two name (so the chief's meeting
  with an ambassador and the same day's round table with that ambassador and four others stay
  apart). Dates of month or year precision cannot tell two meetings apart, and never merge by
  themselves;
- every two reports of a group match each other: where a chain of matches would join accounts that
  do not (an unknown-year "30 July" matching the same people's 30 July of 2015 and of 2019), the
  account in the middle stays on its own;
- an event a release refers to joins the one group whose reports it contains (its date contains
  theirs, at least one person shared, kind and place agree), else the same event other releases refer
  to (same date, kind, a person shared); it never joins its own release's report;
- users' decisions come last: ``split-event`` keeps an account out of any automatic grouping,
  ``merge-event`` joins two accounts whatever they say; a later decision about an account overrides an
  earlier one.

``grouping(ix, decisions)`` builds the units of a store's releases and renders each group as a timeline
event (``docs/contract.md``); it is cached per ``analysis.Index``. The work is near-linear: reports
are compared only with those sharing a day and two people (an undated one, its month and day).
"""

from __future__ import annotations

import functools
import gc
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, ParamSpec, TypeVar

from migtl.evidence import date_evidence, pair_evidence
from migtl.models import NO_DATE

if TYPE_CHECKING:
    from migtl.analysis import Index

P = ParamSpec("P")
R = TypeVar("R")
Key = tuple[str, int]  # (release id, 0 = the event it reports, k = its k-th mentioned event)

_MAX_SPAN = 31  # days: a longer range cannot tell one meeting from another
_LEAP = 2000  # month/day of an unknown year are compared as days of a leap year


class Unit(NamedTuple):
    """One release's account of an event (a named tuple: quick to make, ten thousand at a time)."""

    key: Key
    date: dict[str, Any] | None  # EDTF date as in the JSON (edtf, start, end, precision, year_known)
    people: frozenset[str] = frozenset()  # ids of the people taking part (or named, for a mention)
    place: str | None = None
    kind: str | None = None  # visit | meeting | gathering | signing
    span: _Span | None = None  # the days of ``date``; filled in by group_units when not given

    @property
    def mentioned(self) -> bool:
        return self.key[1] != 0


@dataclass(frozen=True)
class _Span:
    known: bool
    lo: int  # ordinal days (year known), else days of a leap year
    hi: int
    md_lo: int | None  # days of a leap year (None when the span crosses a new year)
    md_hi: int | None
    precision: str
    year: int | None


def _md(month: int, day: int) -> int | None:
    try:
        return date(_LEAP, month, day).toordinal()
    except ValueError:
        return None


def _parse(day: str | None) -> tuple[int | None, int, int] | None:
    if not day or len(day) < 10:
        return None
    try:
        y = None if day[:4] == "XXXX" else int(day[:4])
        return y, int(day[5:7]), int(day[8:10])
    except ValueError:
        return None


def span_of(d: dict[str, Any] | None) -> _Span | None:
    """The days a date covers; None for no date or a malformed one."""
    if not isinstance(d, dict) or not d.get("edtf"):
        return None
    start, end = d.get("start"), d.get("end")
    if not isinstance(start, str) or not isinstance(end, str):
        return None
    return _span(start, end, d.get("year_known", True) is not False, str(d.get("precision")))


@lru_cache(maxsize=65536)
def _span(start: str, end: str, year_known: bool, precision: str) -> _Span | None:
    a, b = _parse(start), _parse(end)
    if a is None or b is None:
        return None
    md_lo, md_hi = _md(a[1], a[2]), _md(b[1], b[2])
    if md_lo is None or md_hi is None:
        return None
    if a[0] is not None and b[0] is not None and year_known:
        try:
            lo, hi = date(a[0], a[1], a[2]).toordinal(), date(b[0], b[1], b[2]).toordinal()
        except ValueError:
            return None
        if a[0] != b[0]:
            md_lo = md_hi = None
        return _Span(True, lo, hi, md_lo, md_hi, precision, a[0])
    if md_hi < md_lo:
        return None
    return _Span(False, md_lo, md_hi, md_lo, md_hi, precision, None)


def _contains(a: _Span, b: _Span) -> bool:
    """Every day of ``b`` lies in ``a`` (by month and day when either year is unknown)."""
    if a.known and b.known:
        return a.lo <= b.lo and b.hi <= a.hi
    if a.md_lo is None or b.md_lo is None or a.md_hi is None or b.md_hi is None:
        return False
    return a.md_lo <= b.md_lo and b.md_hi <= a.md_hi


def _precise(s: _Span) -> bool:
    """A day, or a range short enough to tell one meeting from another."""
    return s.precision in ("day", "range") and s.hi - s.lo <= _MAX_SPAN


def _kinds_agree(a: str | None, b: str | None) -> bool:
    """A gathering (conference, forum, seminar...) is not a bilateral visit, meeting or signing."""
    return a is None or b is None or (a == "gathering") == (b == "gathering")


def _places_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.casefold() == b.casefold()


def compatible(u: Unit, v: Unit) -> bool:
    """Nothing the two accounts say keeps them apart: dates, place, kind."""
    su, sv = u.span, v.span
    if su is None or sv is None or not _places_agree(u.place, v.place) or not _kinds_agree(u.kind, v.kind):
        return False
    if not u.mentioned and not v.mentioned:
        return _precise(su) and _precise(sv) and (_contains(su, sv) or _contains(sv, su))
    return _contains(su, sv) or _contains(sv, su)


def _same_people(u: Unit, v: Unit) -> bool:
    """At least two people shared, and at least half of all the people the two name."""
    shared = len(u.people & v.people)
    return shared >= 2 and 2 * shared >= len(u.people | v.people)


class _UF:
    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, x: Key) -> Key:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _components(keys: Iterable[Key], edges: Iterable[tuple[Key, Key]]) -> list[list[Key]]:
    uf = _UF()
    for k in keys:
        uf.find(k)
    for a, b in edges:
        uf.union(a, b)
    out: dict[Key, list[Key]] = defaultdict(list)
    for k in uf.parent:
        out[uf.find(k)].append(k)
    return [sorted(v) for v in out.values()]


def _consistent(comp: list[Key], units: dict[Key, Unit], edges: dict[Key, set[Key]]) -> list[list[Key]]:
    """Split a connected set of accounts until every two in a group match each other: an account that
    matches two which do not match each other (an undated 30 July matching 30 July of 2015 and of 2019;
    two people matching two different meetings of theirs with others) is ambiguous and stays alone."""
    inside = set(comp)
    if all(edges[k] >= inside - {k} for k in comp):
        return [comp]
    ambiguous = []
    for k in comp:
        near = sorted(edges[k] & inside)
        if any(b not in edges[a] for i, a in enumerate(near) for b in near[i + 1:]):
            ambiguous.append(k)
    if not ambiguous:  # cannot happen in a connected set that is not a clique; kept apart all the same
        return [[k] for k in comp]
    rest = [k for k in comp if k not in ambiguous]
    out = [[k] for k in ambiguous]
    sub = {k: edges[k] & set(rest) for k in rest}
    for c in _components(rest, ((a, b) for a in rest for b in sub[a])):
        out.extend(_consistent(c, units, sub))
    return out


def _decisions(decisions: Sequence[dict[str, Any]]) -> tuple[set[Key], list[tuple[Key, Key]]]:
    """Users' event decisions in order: accounts kept apart and pairs joined (a later decision about an
    account overrides an earlier one)."""
    split: set[Key] = set()
    merges: list[tuple[Key, Key]] = []
    for x in decisions:
        action = x.get("action")
        if action == "split-event" and _key(x.get("unit")):
            k = _key(x["unit"])
            assert k is not None
            split.add(k)
            merges = [m for m in merges if k not in m]
        elif action == "merge-event" and _key(x.get("a")) and _key(x.get("b")):
            a, b = _key(x["a"]), _key(x["b"])
            assert a is not None and b is not None
            merges.append((a, b))
    return split, merges


def _key(value: Any) -> Key | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and isinstance(value[0], str) and \
            isinstance(value[1], int) and not isinstance(value[1], bool):
        return value[0], value[1]
    return None


def _report_pairs(reports: list[Unit]) -> set[tuple[Key, Key]]:
    """Pairs of reports that share a day and two people (by month and day when a year is unknown):
    the only ones worth comparing."""
    known: dict[tuple[int, str, str], list[Key]] = defaultdict(list)  # (day, person, person) -> accounts
    dated: list[Unit] = []
    unknown: list[Unit] = []
    duos: dict[Key, list[tuple[str, str]]] = {}
    for u in reports:
        s = u.span
        if s is None or len(u.people) < 2 or not _precise(s):
            continue
        ps = sorted(u.people)
        duos[u.key] = two = [(p, q) for i, p in enumerate(ps) for q in ps[i + 1:]]
        if s.known:
            dated.append(u)
            for day in range(s.lo, s.hi + 1):
                for p, q in two:
                    known[(day, p, q)].append(u.key)
        else:
            unknown.append(u)
    pairs: set[tuple[Key, Key]] = set()
    for keys in known.values():
        if len(keys) > 1:
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    pairs.add((min(a, b), max(a, b)))
    if unknown:
        wanted = {(md, duo) for u in unknown for md in range(u.span.lo, u.span.hi + 1)  # type: ignore[union-attr]
                  for duo in duos[u.key]}
        days = {md for md, _ in wanted}
        by_md: dict[tuple[int, tuple[str, str]], list[Key]] = defaultdict(list)
        for u in dated + unknown:
            s = u.span
            assert s is not None
            if s.known and s.lo == s.hi and s.md_lo not in days:
                continue  # a dated day no undated account falls on
            for day in range(s.lo, s.hi + 1):
                if s.known:
                    d = date.fromordinal(day)
                    md = _md(d.month, d.day) or 0
                else:
                    md = day
                for duo in duos[u.key]:
                    if (md, duo) in wanted:
                        by_md[(md, duo)].append(u.key)
        undated = {u.key for u in unknown}
        for keys in by_md.values():
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    if a in undated or b in undated:  # two dated ones met above if on the same day
                        pairs.add((min(a, b), max(a, b)))
    return pairs


def group_units(units: Sequence[Unit], decisions: Sequence[dict[str, Any]] = ()) -> list[list[Unit]]:
    """Accounts grouped into events (see the module's docstring): every account in exactly one group,
    groups in the order of their first account in ``units``, a group's accounts in key order."""
    by_key: dict[Key, Unit] = {}
    for u in units:
        by_key[u.key] = u if u.span is not None or u.date is None else u._replace(span=span_of(u.date))
    split, merges = _decisions(decisions)
    reports: list[Unit] = []
    mentions: list[Unit] = []
    for u in by_key.values():
        if u.span is not None and u.people and u.key not in split:
            (mentions if u.key[1] else reports).append(u)

    # 1. reports of one event
    edges: dict[Key, set[Key]] = defaultdict(set)
    for a, b in sorted(_report_pairs(reports)):
        ua, ub = by_key[a], by_key[b]
        if a[0] != b[0] and _same_people(ua, ub) and compatible(ua, ub):
            edges[a].add(b)
            edges[b].add(a)
    groups: list[list[Key]] = []  # groups of more than one account
    for comp in _components(list(edges), ((a, b) for a in edges for b in edges[a])):
        groups.extend(g for g in _consistent(comp, by_key, edges) if len(g) > 1)
    group_of = {k: i for i, g in enumerate(groups) for k in g}

    # 2. a mentioned event joins the one event that reports it
    loose: list[Unit] = []
    if mentions:
        by_month: dict[tuple[int, str], list[Key]] = defaultdict(list)
        for u in reports:
            s = u.span
            assert s is not None
            if s.md_lo is not None:
                month = date.fromordinal(s.md_lo).month
                for p in u.people:
                    by_month[(month, p)].append(u.key)
        for m in mentions:
            s = m.span
            assert s is not None
            months = range(1, 13) if s.md_lo is None or s.md_hi is None else \
                range(date.fromordinal(s.md_lo).month, date.fromordinal(s.md_hi).month + 1)
            cands = {k for mo in months for p in m.people for k in by_month[(mo, p)]
                     if k[0] != m.key[0] and _contains(s, by_key[k].span)}  # type: ignore[arg-type]
            # each candidate event as its reports: a group's, or a report on its own
            events = {tuple(groups[group_of[k]]) if k in group_of else (k,) for k in cands}
            fits = [e for e in sorted(events) if all(k[0] != m.key[0] and compatible(m, by_key[k]) for k in e)
                    and any(m.people & by_key[k].people for k in e)]
            if len(fits) == 1:
                head = fits[0][0]
                if head not in group_of:
                    groups.append([head])
                    group_of[head] = len(groups) - 1
                groups[group_of[head]].append(m.key)
                group_of[m.key] = group_of[head]
            else:
                loose.append(m)

    # 3. the same event mentioned by several releases (none of them reporting it)
    same: dict[tuple[str, str | None, str], list[Key]] = defaultdict(list)
    for m in loose:
        for p in m.people:
            same[(str((m.date or {}).get("edtf")), m.kind, p)].append(m.key)
    medges: dict[Key, set[Key]] = defaultdict(set)
    for keys in same.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a[0] != b[0] and compatible(by_key[a], by_key[b]):
                    medges[a].add(b)
                    medges[b].add(a)
    for comp in _components(list(medges), ((a, b) for a in medges for b in medges[a])):
        groups.extend(g for g in _consistent(comp, by_key, medges) if len(g) > 1)

    # 4. users' merges, whatever the accounts say
    if merges:
        uf = _UF()
        for g in groups:
            for k in g:
                uf.union(g[0], k)
        for a, b in merges:
            if a in by_key and b in by_key:
                uf.union(a, b)
        joined: dict[Key, list[Key]] = defaultdict(list)
        for k in uf.parent:
            joined[uf.find(k)].append(k)
        groups = [g for g in joined.values() if len(g) > 1]

    member = {k: i for i, g in enumerate(groups) for k in g}
    out: list[list[Unit]] = []
    done: set[int] = set()
    for k, u in by_key.items():
        if k not in member:
            out.append([u])
            continue
        i = member[k]
        if i not in done:
            done.add(i)
            out.append([by_key[x] for x in sorted(groups[i])])
    return out


# ---------------------------------------------------------------------------------- the store's events
@dataclass
class Grouping:
    """The events of a store: timeline events (JSON), and for each its accounts."""

    events: list[dict[str, Any]]
    units: dict[str, list[Unit]]  # event id -> its accounts, reports first
    event_of: dict[Key, str]  # account -> event id


_CACHE: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()  # per Index


def _mentions(x: dict[str, Any]) -> list[dict[str, Any]]:
    got = x.get("mentioned")
    return [m for m in got if isinstance(m, dict) and isinstance(m.get("date"), dict)] if isinstance(got, list) else []


def units_of(ix: Index) -> list[Unit]:
    """Every account of an event in the store's releases: its report, then the events it mentions."""
    out = []
    for doc in ix.docs:
        x = doc["extraction"]
        doc_id = doc["id"]
        local = ix.member_of.get(doc_id) or {}
        present = frozenset(local[p["local_id"]]["id"] if p["local_id"] in local else f"{doc_id}:{p['local_id']}"
                            for p in x["people"] if p["present"])
        d = x.get("date")
        out.append(Unit((doc_id, 0), d, present, x.get("place"), x.get("kind"), span_of(d)))
        for k, m in enumerate(_mentions(x), 1):
            named = frozenset(local[i]["id"] if i in local else f"{doc_id}:{i}" for i in m.get("people") or [])
            out.append(Unit((doc_id, k), m["date"], named, m.get("place"), m.get("kind"), span_of(m["date"])))
    return out


def _gc_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """No cyclic garbage collection while ``fn`` runs: the many small records made here hold no cycles
    (reference counting frees them), and scanning them again and again is pure cost."""
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return run


def _stamp(decisions: Sequence[dict[str, Any]]) -> str:
    return repr([(x.get("action"), x.get("unit"), x.get("a"), x.get("b")) for x in decisions
                 if str(x.get("action", "")).endswith("-event")])


@_gc_paused
def event_groups(ix: Index, decisions: Sequence[dict[str, Any]] = ()) -> list[list[Unit]]:
    """The store's accounts grouped into events, built once per index (and set of decisions)."""
    stamp = _stamp(decisions)
    hit = _CACHE.setdefault(ix, {})
    if hit.get("stamp") != stamp:
        hit.clear()
        hit["stamp"] = stamp
        hit["groups"] = group_units(units_of(ix), decisions)
    groups: list[list[Unit]] = hit["groups"]
    return groups


@_gc_paused
def grouping(ix: Index, decisions: Sequence[dict[str, Any]] = ()) -> Grouping:
    """The store's events as timeline events, built once per index (and set of decisions)."""
    groups = event_groups(ix, decisions)
    hit = _CACHE[ix]
    if "grouping" not in hit:
        events, units, event_of = [], {}, {}
        order = {d["id"]: i for i, d in enumerate(ix.docs)}
        for g in groups:
            ev = _render(ix, g, order)
            events.append(ev)
            units[ev["id"]] = g
            for u in g:
                event_of[u.key] = ev["id"]
        hit["grouping"] = Grouping(events, units, event_of)
    result: Grouping = hit["grouping"]
    return result


def event_id(units: Sequence[Unit]) -> str:
    """``e<release id>`` of the first release reporting it; ``e<release id>-m<k>`` for an event only mentioned."""
    reports = [u.key for u in units if not u.mentioned]
    if reports:
        return "e" + min(reports)[0]
    first = min(u.key for u in units)
    return f"e{first[0]}-m{first[1]}"


_RANK = {"day": 0, "range": 1, "month": 2, "year": 3}


def merged_date(units: Sequence[Unit]) -> dict[str, Any]:
    """The most precise date the accounts support; a dated account gives its year to an undated twin."""
    dated = [u for u in units if u.span is not None and u.date]
    if not dated:
        return dict(units[0].date) if units and units[0].date else dict(NO_DATE)
    best = min(dated, key=lambda u: (_RANK.get(u.span.precision, 4), u.span.hi - u.span.lo,  # type: ignore[union-attr]
                                     not u.span.known, u.key))  # type: ignore[union-attr]
    d = dict(best.date or {})
    s = best.span
    assert s is not None
    if not s.known:
        years = sorted({u.span.year for u in dated if u.span and u.span.known and u.span.year and _contains(u.span, s)})
        if len(years) == 1:
            y = f"{years[0]:04d}"
            d = {**d, "edtf": d["edtf"].replace("XXXX", y), "start": d["start"].replace("XXXX", y),
                 "end": d["end"].replace("XXXX", y), "year_known": True}
    return d


def _title(sentence: str) -> str:
    """A mentioned event's title: its sentence on one line (terminals shorten it, data keeps it whole)."""
    return " ".join(sentence.split())


def _people(ix: Index, doc_id: str, local_ids: Iterable[int]) -> list[dict[str, str]]:
    """People as ``{"id", "name"}``, each once, in the order given."""
    local = ix.member_of.get(doc_id) or {}
    out, seen = [], set()
    for lid in local_ids:
        q = local.get(lid)
        r = {"id": q["id"], "name": q["name"]} if q else {"id": f"{doc_id}:{lid}", "name": "?"}
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


def _report_evidence(doc: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
    """A report's date sentence (None when its date is its publication date), and the evidence of its date."""
    x = doc["extraction"]
    sents = x.get("sentences") or []
    i = x.get("date_sentence")
    sentence = sents[i] if isinstance(i, int) and 0 <= i < len(sents) else None
    return sentence, date_evidence(doc)


def _headline(ix: Index, reports: Sequence[Unit]) -> str:
    """The headline of an event's first English report, else of its first report (``reports`` in store order)."""
    xs = [ix.doc_by_id[u.key[0]]["extraction"] for u in reports]
    return next((x.get("title") or "" for x in xs if x.get("lang") == "en"), xs[0].get("title") or "")


def _render(ix: Index, units: Sequence[Unit], order: dict[str, int]) -> dict[str, Any]:
    """One group as a timeline event (docs/contract.md); ``order``: a release's place in the store."""
    if len(units) == 1 and units[0].key[1] == 0:  # most events: one release reports it, no one mentions it
        doc_id = units[0].key[0]
        doc = ix.doc_by_id[doc_id]
        x = doc["extraction"]
        refs = _people(ix, doc_id, [p["local_id"] for p in x["people"] if p["present"]])
        d = dict(x["date"]) if x.get("date") else dict(NO_DATE)
        lang = x.get("lang")
        return {"id": "e" + doc_id, "date": d, "title": x.get("title") or "", "place": x.get("place"), "lang": lang,
                "langs": [lang] if lang else [], "kind": x.get("kind"), "participants": refs,
                "documents": [{"id": doc_id, "path": doc["path"]}], "mentioned": False,
                "releases": [{"id": doc_id, "path": doc["path"], "lang": lang, "reports": True, "date": d.get("edtf"),
                              "participants": refs}],
                "evidence": date_evidence(doc)}
    reports = sorted((u for u in units if not u.key[1]), key=lambda u: (order.get(u.key[0], 0), u.key))
    mentions = sorted((u for u in units if u.key[1]), key=lambda u: (order.get(u.key[0], 0), u.key))
    lead = reports or mentions
    releases, evidence = [], []
    sentences: dict[str, str | None] = {}
    votes: dict[str, int] = defaultdict(int)
    names: dict[str, dict[str, str]] = {}
    for u in reports + mentions:
        doc_id = u.key[0]
        doc = ix.doc_by_id[doc_id]
        x = doc["extraction"]
        if u.key[1]:
            m = _mentions(x)[u.key[1] - 1]
            refs = _people(ix, doc_id, m.get("people") or [])
            sentence = m.get("sentence")
            if sentence:
                evidence.append({"document": {"id": doc_id, "path": doc["path"]}, "sentence": sentence, "what": "mention"})
        else:
            refs = _people(ix, doc_id, [p["local_id"] for p in x["people"] if p["present"]])
            sentence, said = _report_evidence(doc)
            evidence.extend(said)
        if bool(u.key[1]) == (not reports):  # the accounts that vote on who took part
            for r in refs:
                votes[r["id"]] += 1
                names.setdefault(r["id"], r)
        releases.append({"id": doc_id, "path": doc["path"], "lang": x.get("lang"), "reports": not u.key[1],
                         "date": (u.date or {}).get("edtf"), "participants": refs})
        sentences[doc_id] = sentences.get(doc_id) or sentence
    voters = len(lead)
    participants = [names[p] for p, n in votes.items() if 2 * n > voters] or list(names.values())
    shown = [r for r in releases if r["reports"] == bool(reports)]
    first = next((r for r in shown if r["lang"] == "en"), shown[0])
    title = _headline(ix, reports) if reports else _title(sentences.get(first["id"]) or "")
    return {"id": event_id(units), "date": merged_date(lead), "title": title,
            "place": next((u.place for u in lead if u.place), None), "lang": first["lang"],
            "langs": sorted({r["lang"] for r in shown if r["lang"]}),
            "kind": next((u.kind for u in lead if u.kind), None),
            "participants": participants, "documents": [{"id": r["id"], "path": r["path"]} for r in shown],
            "mentioned": not reports, "releases": releases, "evidence": evidence}


@_gc_paused
def pairs(ix: Index, groups: Sequence[Sequence[Unit]], kind: str | None = None
          ) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Who met whom, once per event: (sort key, pair) for every pair any report of an event names. A pair
    met when a release says so (its releases are those that say so), else attended."""
    rows = []
    member_of, doc_by_id = ix.member_of, ix.doc_by_id
    order: dict[str, int] | None = None
    for g in groups:
        found: dict[tuple[str, str], list[Any]] = {}
        for u in g:
            if u.key[1]:
                continue
            doc = doc_by_id[u.key[0]]
            x = doc["extraction"]
            meetings = x["meetings"]
            if not meetings:
                continue
            doc_id = doc["id"]
            local = member_of.get(doc_id) or {}
            for m in meetings:
                pa, pb = local.get(m["a"]), local.get(m["b"])
                a = {"id": pa["id"], "name": pa["name"]} if pa else {"id": f"{doc_id}:{m['a']}", "name": "?"}
                b = {"id": pb["id"], "name": pb["name"]} if pb else {"id": f"{doc_id}:{m['b']}", "name": "?"}
                if a["id"] == b["id"]:
                    continue
                if a["name"].casefold() > b["name"].casefold():
                    a, b = b, a
                pair = found.get((a["id"], b["id"]))
                if pair is None:
                    pair = found[(a["id"], b["id"])] = [a, b, [], []]
                pair[2 if m["kind"] == "met" else 3].append((doc, m))
        if not found:
            continue
        if len(g) == 1:
            x = doc_by_id[g[0].key[0]]["extraction"]
            eid, date_json, title = "e" + g[0].key[0], dict(x["date"]) if x.get("date") else dict(NO_DATE), \
                x.get("title") or ""
        else:
            if order is None:
                order = {d["id"]: i for i, d in enumerate(ix.docs)}
            place = order
            reports = sorted((u for u in g if not u.key[1]), key=lambda u: (place.get(u.key[0], 0), u.key))
            eid, date_json, title = event_id(g), merged_date(reports), _headline(ix, reports)
        date_key = _date_key(date_json)
        for a, b, met, attended in found.values():
            k = "met" if met else "attended"
            if kind and k != kind:
                continue
            said = met or attended
            docs, seen = [], set()
            for doc, _ in said:
                if doc["id"] not in seen:
                    seen.add(doc["id"])
                    docs.append({"id": doc["id"], "path": doc["path"]})
            row = {"a": a, "b": b, "kind": k, "date": date_json, "event": eid, "title": title,
                   "documents": docs, "evidence": [e for d, m in said for e in pair_evidence(d, m)]}
            rows.append(((k != "met", *date_key, title, a["name"], b["name"]), row))
    return rows


def _date_key(d: dict[str, Any]) -> tuple[bool, str]:
    start = d.get("start") or ""
    return (not d.get("year_known", False), start.replace("XXXX", "9999"))


def of_document(g: Grouping, doc_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The event a release reports (with every release that reports it) and the events it mentions."""
    by_id = {e["id"]: e for e in g.events}
    mentioned = sorted({eid for (d, k), eid in g.event_of.items() if d == doc_id and k > 0})
    return by_id[g.event_of[(doc_id, 0)]], [by_id[e] for e in mentioned]


def show_lines(doc_id: str, ev: dict[str, Any], mentions: Sequence[dict[str, Any]]) -> list[str]:
    """Lines for ``migtl show`` (plain text; the caller makes it safe to print): the release's own date
    when its event's differs, the other releases of its event, and the events it mentions."""
    from pathlib import Path

    from migtl.render import date_label

    def names(rels: Iterable[dict[str, Any]]) -> str:
        return ", ".join(f"{Path(r['path']).name} ({r['lang']})" for r in rels)

    out = []
    own = next((r for r in ev["releases"] if r["id"] == doc_id and r["reports"]), None)
    if own and own["date"] != ev["date"].get("edtf"):
        label = date_label({"edtf": own["date"], "year_known": "XXXX" not in (own["date"] or "")})
        out.append(f"date in this release: {label}")
    others = [r for r in ev["releases"] if r["id"] != doc_id and r["reports"]]
    if others:
        out.append(f"event: {ev['id']}, also reported by {names(others)}")
    for m in mentions:
        line = f"mentions: {date_label(m['date'])}, {m.get('kind') or 'event'} ({m['id']})"
        if not m["mentioned"]:
            line += f", reported by {names(r for r in m['releases'] if r['reports'])}"
        out.append(line)
        for e in m["evidence"]:
            if (e["document"] or {}).get("id") == doc_id and e.get("what") == "mention":
                out.append(f"       ← {e['sentence']}")
    return out


# ---------------------------------------------------------------------------------- users' decisions
def find_event(g: Grouping, store: Any, ref: str) -> tuple[dict[str, Any], str | None]:
    """The event ``ref`` names: an event id, or a release (id, id prefix, path, file name) for the event it
    reports. Returns the event and the release id when ``ref`` named a release."""
    from migtl.errors import NotFound

    for e in g.events:
        if e["id"] == ref:
            return e, None
    d = store.document(ref)
    if d is None:
        raise NotFound(f"no event or release {ref!r}", "see 'migtl timeline --json' for event ids")
    eid = g.event_of[(d["id"], 0)]
    return next(e for e in g.events if e["id"] == eid), d["id"]


def merge_decision(g: Grouping, store: Any, a: str, b: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The decision that joins events ``a`` and ``b``, and the two events."""
    from migtl.errors import UsageError

    ea, _ = find_event(g, store, a)
    eb, _ = find_event(g, store, b)
    if ea["id"] == eb["id"]:
        raise UsageError(f"{a!r} and {b!r} are already one event ({ea['id']})")
    a_key, b_key = list(g.units[ea["id"]][0].key), list(g.units[eb["id"]][0].key)
    return {"action": "merge-event", "a": a_key, "b": b_key}, ea, eb


def split_decisions(g: Grouping, store: Any, event: str, doc: str | None) -> tuple[list[dict[str, Any]], dict[str, Any],
                                                                                    dict[str, Any]]:
    """The decisions that take release ``doc``'s accounts (its report, or its mention) out of ``event``,
    the event and the release. Without ``doc``, ``event`` must name a release."""
    from migtl.errors import NotFound, UsageError

    ev, named = find_event(g, store, event)
    units = g.units[ev["id"]]
    if len(units) < 2:
        raise UsageError(f"event {ev['id']} has only one account, nothing to split", "see 'migtl show' for its releases")
    if doc is not None:
        d = store.document(doc)
        if d is None:
            raise NotFound(f"no release {doc!r}")
    elif named is not None:
        d = store.document(named)
    else:
        raise UsageError("name the release to take out of the event", f"migtl split-event {event} DOC")
    mine = [u for u in units if u.key[0] == d["id"]]
    if not mine:
        raise NotFound(f"{d['path']} is not a release of event {ev['id']}", "see 'migtl show' for its releases")
    return [{"action": "split-event", "unit": list(u.key)} for u in mine], ev, d
