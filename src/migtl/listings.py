"""How each listing is printed: JSON as analysis returns it, one data table when piped (``--tsv``,
``--csv``: full values, EDTF dates, full paths), and a readable table on a terminal (date labels,
file names, long text shortened at a word).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from migtl import render
from migtl.render import Column, date_label, edtf, listing, print_json, shorten, terminal_tables

SEP = " | "


def _terminal(fmt: str) -> bool:
    return fmt == "table" and render.fancy()


def _json(data: Any, fmt: str) -> bool:
    if fmt in ("json", "nl"):
        print_json(data, fmt == "nl")
        return True
    return False


def _paths(refs: list[dict[str, Any]]) -> str:
    return SEP.join(r.get("path") or "" for r in refs or [])


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(Path(r.get("path") or "").name for r in refs or [])


def _sentences(evidence: Any) -> str:
    return SEP.join(e["sentence"] for e in evidence or [] if e.get("sentence"))


def _date_key(d: dict[str, Any]) -> tuple[bool, str]:
    return (not d.get("year_known", False), (d.get("start") or "").replace("XXXX", "9999"))


# ---------------------------------------------------------------------------------- timeline
def sort_events(events: list[dict[str, Any]], key: str, desc: bool = False) -> list[dict[str, Any]]:
    keys = {
        "date": None,  # analysis already returns date order
        "title": lambda e: e["title"].casefold(),
        "place": lambda e: (e["place"] is None, (e["place"] or "").casefold()),
        "people": lambda e: -len(e["participants"]),
        "release": lambda e: (e["documents"][0]["path"] if e["documents"] else ""),
    }
    fn = keys[key]
    out = events if fn is None else sorted(events, key=fn)
    return list(reversed(out)) if desc else out


def check_place(ix: Any, place: str) -> None:
    """Refuse a --place no event has, naming the places the store does have."""
    from migtl.errors import NotFound

    places = sorted({d["extraction"].get("place") for d in ix.docs if d["extraction"].get("place")})
    q = place.casefold().strip()
    if not any(q in p.casefold() for p in places):
        shown = ", ".join(places[:12]) + (", …" if len(places) > 12 else "")
        raise NotFound(f"no event has a place matching {place!r}", f"places in the store: {shown}" if places else
                       "no release names a place")


def print_events(events: list[dict[str, Any]], fmt: str) -> None:
    if _json(events, fmt):
        return
    if _terminal(fmt):
        rows = [[date_label(e["date"]), ("mentioned: " if e.get("mentioned") else "") + e["title"], e["place"],
                 ", ".join(p["name"] for p in e["participants"]), _names(e["documents"])] for e in events]
        listing(fmt, [Column("date"), Column("event", 70), Column("place", 20), Column("participants", 60),
                      Column("release", 40)], rows, title="timeline")
        return
    rows = [[e["id"], edtf(e["date"]), e["title"], e["place"], SEP.join(p["name"] for p in e["participants"]),
             _paths(e["documents"]), _sentences(e.get("evidence"))] for e in events]
    listing(fmt, ["id", "date", "title", "place", "participants", "releases", "sentence"], rows)


# ---------------------------------------------------------------------------------- who met
def sort_pairs(pairs: list[dict[str, Any]], key: str, desc: bool = False) -> list[dict[str, Any]]:
    keys = {
        "kind": None,  # analysis order: meetings first, then co-attendance, each by date
        "date": lambda p: (*_date_key(p["date"]), p["kind"] != "met", p["a"]["name"].casefold()),
        "person": lambda p: (p["a"]["name"].casefold(), p["b"]["name"].casefold(), *_date_key(p["date"])),
        "title": lambda p: (p["title"].casefold(), *_date_key(p["date"])),
    }
    fn = keys[key]
    out = pairs if fn is None else sorted(pairs, key=fn)
    return list(reversed(out)) if desc else out


def print_pairs(pairs: list[dict[str, Any]], fmt: str) -> None:
    if _json(pairs, fmt):
        return
    if _terminal(fmt):
        rows = [[p["a"]["name"], p["b"]["name"], p["kind"], date_label(p["date"]), p["title"], _names(p["documents"])]
                for p in pairs]
        listing(fmt, [Column("a", 30), Column("b", 30), Column("kind"), Column("date"), Column("event", 60),
                      Column("release", 40)], rows, title="who met whom")
        return
    rows = [[p["a"]["name"], p["b"]["name"], p["kind"], edtf(p["date"]), p["title"], p["a"]["id"], p["b"]["id"],
             p.get("event"), _paths(p["documents"]), _sentences(p.get("evidence"))] for p in pairs]
    listing(fmt, ["a", "b", "kind", "date", "title", "a_id", "b_id", "event", "releases", "sentence"], rows)


# ---------------------------------------------------------------------------------- tenure
def _change(h: dict[str, Any]) -> str:
    return "; ".join(x for x in (f"appointed {h['appointed']}" if h.get("appointed") else "",
                                 f"dismissed {h['dismissed']}" if h.get("dismissed") else "",
                                 "former" if h.get("former_only") else "") if x)


def print_offices(offices: list[dict[str, Any]], fmt: str) -> None:
    if _json(offices, fmt):
        return
    if _terminal(fmt):
        tables = []
        for o in offices:
            rows = []
            for h in o["holders"]:
                docs = ", ".join(sorted({Path(e["document"]["path"]).name for e in h["evidence"]}))
                rows.append([h["person"]["name"], h["first_seen"] or "?", h["last_seen"] or "?", _change(h), docs])
            names = {h["person"]["id"]: h["person"]["name"] for h in o["holders"]}
            note = "\n".join(f"handover from {names.get(hv['from'], '?')} to {names.get(hv['to'], '?')} between "
                             f"{hv['after'] or '?'} and {hv['before'] or '?'}" for hv in o["handovers"])
            tables.append(([Column("holder", 40), Column("first seen"), Column("last seen"), Column("change", 40),
                            Column("releases", 50)], rows, o["office"], note or None))
        terminal_tables(tables)
        return
    rows = []
    for o in offices:
        before = {hv["to"]: hv for hv in o["handovers"]}
        for h in o["holders"]:
            hv = before.get(h["person"]["id"]) or {}
            paths = sorted({e["document"]["path"] for e in h["evidence"]})
            rows.append([o["office"], h["person"]["name"], h["first_seen"], h["last_seen"], h.get("appointed"),
                         h.get("dismissed"), "yes" if h.get("former_only") else "", hv.get("after"), hv.get("before"),
                         h["person"]["id"], SEP.join(paths)])
    listing(fmt, ["office", "holder", "first_seen", "last_seen", "appointed", "dismissed", "former_only",
                  "handover_after", "handover_before", "holder_id", "releases"], rows)


# ---------------------------------------------------------------------------------- people
def print_people(ppl: list[dict[str, Any]], fmt: str) -> None:
    if _json(ppl, fmt):
        return
    if _terminal(fmt):
        rows = [[p["name"], "; ".join(p["aliases"][:6]) + ("; …" if len(p["aliases"]) > 6 else ""),
                 "; ".join(p["roles"][:3]) + ("; …" if len(p["roles"]) > 3 else ""), len(p["documents"])] for p in ppl]
        listing(fmt, [Column("name", 40), Column("aliases", 60), Column("roles", 60), Column("releases")], rows, title="people")
        return
    rows = [[p["id"], p["name"], SEP.join(p["aliases"]), SEP.join(p["roles"]), len(p["documents"]), _paths(p["documents"])]
            for p in ppl]
    listing(fmt, ["id", "name", "aliases", "roles", "releases", "paths"], rows)


# ---------------------------------------------------------------------------------- stats
def stats_rows(s: dict[str, Any]) -> list[list[Any]]:
    """The stats as one long table: (group, value, count)."""
    rows: list[list[Any]] = [["total", "releases", s["documents"]], ["total", "people", s["people"]],
                             ["total", "offices", s["offices"]]]
    rows += [["language", k, v] for k, v in s["by_language"].items()]
    rows += [["year", k, v] for k, v in s["by_year"].items()]
    rows += [["office holders", k, v] for k, v in s.get("by_office", {}).items()]
    rows += [["person releases", k, v] for k, v in s["by_person"].items()]
    rows += [["no date", p, 1] for p in s["no_date"]]
    rows += [["no people", p, 1] for p in s["no_people"]]
    return rows


def print_stats(s: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        print_json(s)
        return
    rows = stats_rows(s)
    if fmt == "nl":
        print_json([{"group": g, "value": v, "count": n} for g, v, n in rows], True)
        return
    if not _terminal(fmt):
        listing(fmt, ["group", "value", "count"], rows)
        return
    offices = sorted(s.get("by_office", {}).items(), key=lambda kv: (-kv[1], kv[0]))
    tables: list[Any] = [
        (["language", "releases"], list(s["by_language"].items()), "by language", None),
        (["year", "releases"], list(s["by_year"].items()), "by year", None),
        ([Column("office", 70), "holders"], offices, "by office", None),
        ([Column("person", 40), "releases"], list(s["by_person"].items()), "most named people", None),
    ]
    if s["no_date"]:
        tables.append(([Column("path", 100)], [[p] for p in s["no_date"]], "releases with no date", None))
    if s["no_people"]:
        tables.append(([Column("path", 100)], [[p] for p in s["no_people"]], "releases with no people", None))
    from migtl.render import safe_line

    print(safe_line(f"{s['documents']} releases, {s['people']} people, {s['offices']} offices"))
    terminal_tables(tables)


# ---------------------------------------------------------------------------------- search
def print_search(rows: list[dict[str, Any]], fmt: str) -> None:
    if _json(rows, fmt):
        return
    if _terminal(fmt):
        from migtl.search import snippet

        out = [[date_label(r["date"]), Path(r["document"]["path"]).name, snippet(r["sentence"], r["matches"][0], 110)]
               for r in rows]
        listing(fmt, [Column("date"), Column("release", 40), Column("sentence", 120)], out, title="search")
        return
    out = [[edtf(r["date"]), r["document"]["path"], r["document"]["id"], r["title"], r["sentence"], SEP.join(r["matches"])]
           for r in rows]
    listing(fmt, ["date", "release", "release_id", "title", "sentence", "matches"], out)


__all__ = ["check_place", "print_events", "print_offices", "print_pairs", "print_people", "print_search",
           "print_stats", "shorten", "sort_events", "sort_pairs", "stats_rows"]
