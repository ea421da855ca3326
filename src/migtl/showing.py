"""``migtl show DOC``: one release's extraction with the sentence behind each fact."""

from __future__ import annotations

from typing import Any

from migtl import render
from migtl.render import Column, date_label, edtf, listing, print_json, safe_line, terminal_tables


def _date_source(d: dict[str, Any], evidence: list[dict[str, Any]]) -> str:
    x = d["extraction"]
    src = x.get("date_source") or "none"
    for e in evidence:
        if e.get("source") == "dateline":
            return "the release's dateline (its publication date)"
        if e.get("source") == "metadata":
            return "the page's publication date in its metadata"
    return {"body": "the text", "title": "the headline", "published": "the publication date", "none": "nowhere"}.get(src, src)


def release_view(ix: Any, d: dict[str, Any], decisions: Any = ()) -> dict[str, Any]:
    """The release, the event it reports (merged with the other releases of that event: ``event``; this
    release's own date sentence: ``date_evidence``) and the events it mentions (``mentions``)."""
    from migtl import events

    x = d["extraction"]
    ev, mentions = events.of_document(events.grouping(ix, decisions), d["id"])
    own = [e for e in ev["evidence"] if (e.get("document") or {}).get("id") == d["id"] and e.get("what") != "mention"]
    if not own and x.get("date_source") == "published" and d.get("text"):
        from migtl.extract.layout import split_layout

        line = split_layout(d["text"], x.get("lang") or "en", d.get("html_title")).dateline
        if line:
            own = [{"document": {"id": d["id"], "path": d["path"]}, "sentence": line, "what": "date",
                    "source": "dateline"}]
    sents = x["sentences"]
    people = [{"person": ix.ref(d["id"], p["local_id"]), "as_written": p["forms"], "present": p["present"],
               "roles": [r["office"] or r["text"] for r in p["roles"]],
               "sentences": [sents[m["sentence"]] for m in p["mentions"]]} for p in x["people"]]
    from migtl.evidence import pair_evidence

    meetings = [{"a": ix.ref(d["id"], m["a"]), "b": ix.ref(d["id"], m["b"]), "kind": m["kind"],
                 "sentence": sents[m["sentence"]] if m["sentence"] >= 0 else None,
                 "evidence": pair_evidence(d, m)} for m in x["meetings"]]
    return {"id": d["id"], "path": d["path"], "lang": x["lang"], "title": x["title"], "published": x.get("published"),
            "event": ev, "date_evidence": own, "mentions": mentions, "date_source": x.get("date_source"),
            "date_from": _date_source(d, own), "people": people, "meetings": meetings}


def _event_facts(doc_id: str, ev: dict[str, Any], mentions: list[dict[str, Any]]) -> list[list[Any]]:
    """Rows for the other releases of the release's event and for the events it mentions."""
    rows: list[list[Any]] = []
    own = next((r for r in ev["releases"] if r["id"] == doc_id and r["reports"]), None)
    if own and own["date"] != ev["date"].get("edtf"):
        rows.append(["date in this release", own["date"] or "", "", ""])
    for r in ev["releases"]:
        if r["id"] != doc_id and r["reports"]:
            rows.append(["also reported by", r["path"], f"{r['id']}, {r['lang']}, event {ev['id']}", ""])
    for m in mentions:
        by = ", ".join(r["path"] for r in m["releases"] if r["reports"])
        said = " | ".join(e["sentence"] for e in m["evidence"]
                          if (e.get("document") or {}).get("id") == doc_id and e.get("what") == "mention")
        rows.append(["mentions", edtf(m["date"]), f"{m.get('kind') or 'event'}, event {m['id']}"
                     + (f", reported by {by}" if by else ""), said])
    return rows


def _first(items: list[str]) -> str:
    return items[0] if items else ""


def show_release(data: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        print_json(data)
        return
    from migtl.events import show_lines

    ev = data["event"]
    own = data["date_evidence"]
    date_sentence = next((e["sentence"] or e.get("note") or "" for e in own), "")
    more = show_lines(data["id"], ev, data["mentions"])
    if fmt == "table" and render.fancy():
        from rich.console import Console
        from rich.text import Text

        console = Console()  # wraps long lines at a word
        lines = [f"{data['path']}  [{data['id']}, {data['lang']}]", f"title: {data['title']}",
                 f"date:  {date_label(ev['date'])}  (from {data['date_from']})"]
        lines += [f"       ← {e['sentence'] or e.get('note') or ''}" for e in own]
        lines.append(f"place: {ev['place'] or '-'}")
        lines += more
        for line in lines:
            console.print(Text(safe_line(line)), overflow="ellipsis")
        tables = [([Column("name", 30), Column("as written", 40), Column("took part"), Column("roles", 50),
                    Column("sentence")],
                   [[p["person"]["name"], "; ".join(p["as_written"]), "yes" if p["present"] else "mentioned",
                     "; ".join(p["roles"]), _first(p["sentences"])] for p in data["people"]], "people", None)]
        met = [m for m in data["meetings"] if m["kind"] == "met"]
        if met:
            tables.append(([Column("a", 30), Column("b", 30), Column("kind"), Column("sentence")],
                           [[m["a"]["name"], m["b"]["name"], m["kind"], m["sentence"] or ""] for m in met], "meetings", None))
        terminal_tables(tables)
        return
    rows: list[list[Any]] = [["release", data["path"], f"{data['id']}, {data['lang']}", ""],
                             ["title", data["title"], "", ""],
                             ["date", edtf(ev["date"]), f"from {data['date_from']}", date_sentence],
                             ["place", ev["place"] or "", "", ""]]
    rows += _event_facts(data["id"], ev, data["mentions"])
    for p in data["people"]:
        detail = "; ".join(x for x in ("took part" if p["present"] else "mentioned",
                                       "roles: " + ", ".join(p["roles"]) if p["roles"] else "",
                                       "written: " + ", ".join(p["as_written"])) if x)
        rows.append(["person", p["person"]["name"], detail, _first(p["sentences"])])
    for m in data["meetings"]:
        rows.append([m["kind"], f"{m['a']['name']} — {m['b']['name']}", "",
                     " | ".join(e["sentence"] for e in m["evidence"] if e.get("sentence"))])
    listing(fmt, ["fact", "value", "detail", "sentence"], rows)
