"""Exports of the analysis data (events, people, who-met pairs, offices, documents).

``export(data, fmt, table=None) -> str`` where ``data`` has the shapes of docs/contract.md::

    {"events": [...], "people": [...], "pairs": [...], "offices": [...], "documents": [...]}

Formats (``FORMATS``):

``json``
    the whole ``data`` object (all five keys, missing ones as ``[]``).
``jsonl``
    one JSON object per line with a ``"kind"`` field: ``event``, ``person``, ``pair``, ``office``,
    ``document``. A pair's own ``kind`` (met/attended) is carried as ``"relation"`` so it does not clash.
``csv``
    one table per kind: events, people, pairs, offices, holders (one row per office holder), documents.
    With ``table=NAME`` only that table; without, all tables concatenated, each preceded by a line
    ``# table: NAME`` and followed by a blank line. Multi-valued cells are joined with `` | ``.
    Text cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
    tab or CR) are prefixed with an apostrophe.
``timelinejs``
    Knight Lab TimelineJS3 JSON: a title slide, one slide per dated event (``display_date`` keeps the
    precision: "May 2022", "18–19 Apr 2017", "2018"), eras for office tenures. Events whose year is
    unknown (``XXXX-07-30``) or that have no date cannot be placed by TimelineJS: they are left out
    and listed by name in the title slide's text. Slide text is HTML, so all data is HTML-escaped.
``gexf`` / ``graphml``
    the who-met graph: nodes are people (label/name, aliases, roles, events count), one edge per
    pair with ``kind`` (met/attended), ``date`` (EDTF), ``start``/``end`` (first/last possible day,
    empty when the year is unknown), ``event``, ``title``, ``documents`` (paths). Parallel edges are
    kept (two people meeting twice gives two edges).
``ftm``
    FollowTheMoney entities as JSON lines: Person, Position, Occupancy, Event, Document and, for
    ``met`` pairs, UnknownLink (role "met"). Ids are stable (sha1 of the migtl id). Dates use FtM
    prefix dates (``2022-05`` stays a month); year-unknown dates are left out of date properties and
    kept in ``description``. Documents get ``fileName`` (and ``sourceUrl`` only when the path is an
    http(s) URL), ``language`` as ISO 639-3.
``ics``
    iCalendar: one all-day VEVENT per dated event (a month or year spans the whole month/year);
    year-unknown events are left out.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

from migtl.report.dates import date_parts, date_view, ftm_dates

__all__ = ["CSV_TABLES", "FORMATS", "collect", "export"]

KINDS = ("events", "people", "pairs", "offices", "documents")
CSV_TABLES = ("events", "people", "pairs", "offices", "holders", "documents")
SEP = " | "
LANG3 = {"en": "eng", "ru": "rus", "az": "aze", "uk": "ukr"}
LANG_NAMES = {"en": "English", "ru": "Russian", "az": "Azerbaijani", "uk": "Ukrainian"}


def collect(store: Any) -> dict[str, Any]:
    """Build the ``data`` dict from a store with the analysis functions of docs/contract.md."""
    from migtl import analysis  # imported lazily: the report/export layer does not need a store

    ix = analysis.Index(store)  # built once for all five
    return {
        "events": analysis.timeline(store, ix=ix),
        "people": analysis.people(store, ix=ix),
        "pairs": analysis.who_met(store, ix=ix),
        "offices": analysis.offices(store, ix),
        "documents": analysis.documents(store, ix),
    }


# --------------------------------------------------------------------------- helpers


def _norm(data: dict[str, Any]) -> dict[str, list]:
    if not isinstance(data, dict):
        raise TypeError("export expects a dict with events/people/pairs/offices/documents")
    return {k: [x for x in (data.get(k) or []) if isinstance(x, dict)] for k in KINDS}


def _d(obj: Any) -> dict[str, Any]:
    return obj if isinstance(obj, dict) else {}


def _edtf(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("edtf") or ""
    return value or ""


def _join(values: Iterable[Any]) -> str:
    return SEP.join(str(v) for v in values if v not in (None, ""))


def _doc_paths(refs: Any) -> str:
    return _join(_d(r).get("path") for r in refs or [])


def _sentences(evidence: Any) -> str:
    return _join(" ".join(str(_d(e).get("sentence") or "").split()) for e in evidence or [])


def _ev_doc_ids(evidence: Any) -> str:
    out = []
    for e in evidence or []:
        doc = _d(e).get("document")
        out.append(_d(doc).get("id") if isinstance(doc, dict) else doc)
    return _join(out)


def _person_ref(p: Any) -> dict[str, Any]:
    return {"id": _d(p).get("id"), "name": _d(p).get("name")}


# --------------------------------------------------------------------------- json / jsonl


def _json(data: dict[str, list]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _jsonl(data: dict[str, list]) -> str:
    lines = []
    singular = {
        "events": "event",
        "people": "person",
        "pairs": "pair",
        "offices": "office",
        "documents": "document",
    }
    for key in KINDS:
        for item in data[key]:
            row = {"kind": singular[key]}
            for k, v in item.items():
                if key == "pairs" and k == "kind":
                    row["relation"] = v
                elif k != "kind":
                    row[k] = v
            lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------- csv

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def _date_cols(prefix: str, value: Any) -> dict[str, Any]:
    view = date_view(value)
    precision = _d(value).get("precision") if isinstance(value, dict) else None
    return {
        f"{prefix}edtf": view["edtf"],
        f"{prefix}start": view["t0"],
        f"{prefix}end": view["t1"],
        f"{prefix}precision": precision or ("unknown-year" if view["kind"] == "unknown" else view["kind"]),
    }


def _rows_events(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for e in data["events"]:
        date_ = e.get("date")
        row = {"id": e.get("id")}
        row.update(_date_cols("date_", date_))
        row["year_known"] = _d(date_).get("year_known", date_view(date_)["kind"] != "unknown")
        row.update(
            {
                "title": e.get("title"),
                "place": e.get("place"),
                "lang": e.get("lang"),
                "mentioned": bool(e.get("mentioned")),
                "participant_ids": _join(_d(p).get("id") for p in e.get("participants") or []),
                "participant_names": _join(_d(p).get("name") for p in e.get("participants") or []),
                "document_ids": _join(_d(r).get("id") for r in e.get("documents") or []),
                "document_paths": _doc_paths(e.get("documents")),
                "evidence_documents": _ev_doc_ids(e.get("evidence")),
                "evidence": _sentences(e.get("evidence")),
            }
        )
        rows.append(row)
    return rows


def _rows_people(data: dict[str, list]) -> list[dict[str, Any]]:
    return [
        {
            "id": p.get("id"),
            "name": p.get("name"),
            "aliases": _join(p.get("aliases") or []),
            "roles": _join(p.get("roles") or []),
            "document_ids": _join(_d(r).get("id") for r in p.get("documents") or []),
            "document_paths": _doc_paths(p.get("documents")),
        }
        for p in data["people"]
    ]


def _rows_pairs(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for pr in data["pairs"]:
        a, b = _d(pr.get("a")), _d(pr.get("b"))
        row = {
            "a_id": a.get("id"),
            "a_name": a.get("name"),
            "b_id": b.get("id"),
            "b_name": b.get("name"),
            "kind": pr.get("kind"),
        }
        row.update(_date_cols("date_", pr.get("date")))
        row.update(
            {
                "event": pr.get("event"),
                "title": pr.get("title"),
                "document_ids": _join(_d(r).get("id") for r in pr.get("documents") or []),
                "document_paths": _doc_paths(pr.get("documents")),
                "evidence": _sentences(pr.get("evidence")),
            }
        )
        rows.append(row)
    return rows


def _names_by_id(office: dict[str, Any]) -> dict[Any, Any]:
    return {
        _d(h.get("person")).get("id"): _d(h.get("person")).get("name")
        for h in office.get("holders") or []
        if isinstance(h, dict)
    }


def _rows_offices(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for o in data["offices"]:
        holders = [h for h in o.get("holders") or [] if isinstance(h, dict)]
        names = _names_by_id(o)
        handovers = []
        for ho in o.get("handovers") or []:
            ho = _d(ho)
            handovers.append(
                f"{names.get(ho.get('from'), ho.get('from'))} -> {names.get(ho.get('to'), ho.get('to'))}"
                f" (after {ho.get('after') or '?'}, before {ho.get('before') or '?'})"
            )
        starts = [date_view(h.get("first_seen"))["t0"] for h in holders]
        ends = [date_view(h.get("last_seen"))["t1"] for h in holders]
        rows.append(
            {
                "office": o.get("office"),
                "holder_count": len(holders),
                "holder_ids": _join(_d(h.get("person")).get("id") for h in holders),
                "holder_names": _join(_d(h.get("person")).get("name") for h in holders),
                "first_seen_start": min([s for s in starts if s], default=None),
                "last_seen_end": max([e for e in ends if e], default=None),
                "handovers": _join(handovers),
            }
        )
    return rows


def _rows_holders(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for o in data["offices"]:
        handover_to = {}
        names = _names_by_id(o)
        for ho in o.get("handovers") or []:
            ho = _d(ho)
            handover_to.setdefault(ho.get("to"), ho)
        for h in o.get("holders") or []:
            if not isinstance(h, dict):
                continue
            person = _d(h.get("person"))
            ho = handover_to.get(person.get("id"), {})
            ev = [_d(e) for e in h.get("evidence") or []]
            rows.append(
                {
                    "office": o.get("office"),
                    "person_id": person.get("id"),
                    "person_name": person.get("name"),
                    "first_seen": h.get("first_seen"),
                    "last_seen": h.get("last_seen"),
                    "first_seen_start": date_view(h.get("first_seen"))["t0"],
                    "last_seen_end": date_view(h.get("last_seen"))["t1"],
                    "appointed": h.get("appointed"),
                    "dismissed": h.get("dismissed"),
                    "handover_from_id": ho.get("from"),
                    "handover_from_name": names.get(ho.get("from")) if ho else None,
                    "handover_after": ho.get("after"),
                    "handover_before": ho.get("before"),
                    "evidence_count": len(ev),
                    "evidence_dates": _join(e.get("date") for e in ev),
                    "evidence_paths": _join(_d(e.get("document")).get("path") for e in ev),
                    "evidence": _sentences(ev),
                }
            )
    return rows


def _rows_documents(data: dict[str, list]) -> list[dict[str, Any]]:
    return [
        {
            "id": d.get("id"),
            "path": d.get("path"),
            "title": d.get("title"),
            "lang": d.get("lang"),
            "published": d.get("published"),
            "date": _edtf(d.get("date")),
        }
        for d in data["documents"]
    ]


_CSV_ROWS: dict[str, Callable[[dict[str, list]], list[dict[str, Any]]]] = {
    "events": _rows_events,
    "people": _rows_people,
    "pairs": _rows_pairs,
    "offices": _rows_offices,
    "holders": _rows_holders,
    "documents": _rows_documents,
}
_CSV_HEADERS = {
    "events": [
        "id",
        "date_edtf",
        "date_start",
        "date_end",
        "date_precision",
        "year_known",
        "title",
        "place",
        "lang",
        "mentioned",
        "participant_ids",
        "participant_names",
        "document_ids",
        "document_paths",
        "evidence_documents",
        "evidence",
    ],
    "people": ["id", "name", "aliases", "roles", "document_ids", "document_paths"],
    "pairs": [
        "a_id",
        "a_name",
        "b_id",
        "b_name",
        "kind",
        "date_edtf",
        "date_start",
        "date_end",
        "date_precision",
        "event",
        "title",
        "document_ids",
        "document_paths",
        "evidence",
    ],
    "offices": [
        "office",
        "holder_count",
        "holder_ids",
        "holder_names",
        "first_seen_start",
        "last_seen_end",
        "handovers",
    ],
    "holders": [
        "office",
        "person_id",
        "person_name",
        "first_seen",
        "last_seen",
        "first_seen_start",
        "last_seen_end",
        "appointed",
        "dismissed",
        "handover_from_id",
        "handover_from_name",
        "handover_after",
        "handover_before",
        "evidence_count",
        "evidence_dates",
        "evidence_paths",
        "evidence",
    ],
    "documents": ["id", "path", "title", "lang", "published", "date"],
}


def _csv_table(data: dict[str, list], table: str) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_CSV_HEADERS[table], lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in _CSV_ROWS[table](data):
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _csv(data: dict[str, list], table: str | None) -> str:
    if table is not None:
        if table not in CSV_TABLES:
            raise ValueError(f"unknown csv table {table!r}: choose one of {', '.join(CSV_TABLES)}")
        return _csv_table(data, table)
    return "\n".join(f"# table: {name}\n{_csv_table(data, name)}" for name in CSV_TABLES)


# --------------------------------------------------------------------------- TimelineJS


def _tl_date(iso: str | None) -> dict[str, int] | None:
    return date_parts(iso)


def _tl_event_dates(value: Any) -> tuple[dict | None, dict | None]:
    view = date_view(value)
    start, end = date_parts(view["t0"]), date_parts(view["t1"])
    if start is None:
        return None, None
    if view["kind"] == "day":
        return start, None
    if view["kind"] == "month":
        return {"year": start["year"], "month": start["month"]}, None
    if view["kind"] == "year":
        if start["year"] == end["year"]:
            return {"year": start["year"]}, None
        return {"year": start["year"]}, {"year": end["year"]}  # 201X: a decade
    return start, end  # range


def _esc(text: Any) -> str:
    return html.escape(str(text or ""), quote=True)


def _timelinejs(data: dict[str, list]) -> str:
    docs = {d.get("id"): d for d in data["documents"]}
    slides, left_out = [], []
    for e in data["events"]:
        view = date_view(e.get("date"))
        start, end = _tl_event_dates(e.get("date"))
        if start is None:
            left_out.append((view["label"], e.get("title") or "(untitled)"))
            continue
        parts = []
        meta = [f"<b>Date:</b> {_esc(view['label'])} <code>{_esc(view['edtf'])}</code>"]
        if e.get("place"):
            meta.append(f"<b>Place:</b> {_esc(e['place'])}")
        names = [_d(p).get("name") for p in e.get("participants") or [] if _d(p).get("name")]
        if names:
            meta.append(f"<b>Participants:</b> {_esc(', '.join(names))}")
        if e.get("mentioned"):
            meta.append("<i>Background event mentioned in a release.</i>")
        parts.append("<p>" + "<br>".join(meta) + "</p>")
        for ev in e.get("evidence") or []:
            ev = _d(ev)
            doc = ev.get("document")
            path = _d(doc).get("path") if isinstance(doc, dict) else _d(docs.get(doc)).get("path")
            parts.append(
                f"<blockquote>{_esc(ev.get('sentence'))}</blockquote>"
                f"<p><small>Release: <code>{_esc(path or doc)}</code></small></p>"
            )
        if not e.get("evidence"):
            paths = [_d(r).get("path") for r in e.get("documents") or []]
            if paths:
                parts.append(
                    f"<p><small>Release: <code>{_esc(', '.join(p for p in paths if p))}</code></small></p>"
                )
        slide: dict[str, Any] = {
            "start_date": start,
            "display_date": view["label"],
            "text": {"headline": _esc(e.get("title") or "(untitled)"), "text": "".join(parts)},
            "group": LANG_NAMES.get(e.get("lang") or "", e.get("lang") or "other"),
            "unique_id": _slug_id("event", e.get("id")),
        }
        if end is not None:
            slide["end_date"] = end
        slides.append(slide)
    eras = []
    for o in data["offices"]:
        for h in o.get("holders") or []:
            h = _d(h)
            first, last = date_view(h.get("first_seen")), date_view(h.get("last_seen"))
            t0 = first["t0"] or last["t0"]
            t1 = last["t1"] or first["t1"]
            if not t0 or not t1:
                continue
            name = _d(h.get("person")).get("name") or "?"
            eras.append(
                {
                    "start_date": date_parts(t0),
                    "end_date": date_parts(t1),
                    "text": {
                        "headline": _esc(f"{name}: {o.get('office')}"),
                        "text": _esc(
                            "evidence "
                            + (
                                first["label"]
                                if first["label"] == last["label"]
                                else f"{first['label']} – {last['label']}"
                            )
                        ),
                    },
                }
            )
    intro = (
        f"<p>{len(slides)} dated events, {len(data['people'])} people, {len(data['offices'])} offices, "
        f"from {len(data['documents'])} releases. Imprecise dates are shown as written (a month, a year, a range).</p>"
    )
    if left_out:
        items = "".join(f"<li>{_esc(label)}: {_esc(title)}</li>" for label, title in left_out)
        intro += (
            f"<p><b>Not on this timeline:</b> {len(left_out)} event(s) whose year is unknown or that have "
            f"no date (TimelineJS cannot place them):</p><ul>{items}</ul>"
        )
    doc = {
        "title": {"text": {"headline": "Migration governance timeline", "text": intro}},
        "events": slides,
        "eras": eras,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- graphs


def _graph_parts(data: dict[str, list]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes (people, plus pair endpoints missing from people) and edges (one per pair)."""
    counts: dict[Any, int] = {}
    for e in data["events"]:
        for p in {_d(p).get("id") for p in e.get("participants") or []}:
            counts[p] = counts.get(p, 0) + 1
    nodes: dict[Any, dict[str, Any]] = {}
    for p in data["people"]:
        if p.get("id") is None:
            continue
        nodes[p["id"]] = {
            "id": str(p["id"]),
            "name": p.get("name") or str(p["id"]),
            "aliases": _join(p.get("aliases") or []),
            "roles": _join(p.get("roles") or []),
            "events": counts.get(p["id"], 0),
        }
    edges = []
    for i, pr in enumerate(data["pairs"]):
        a, b = _d(pr.get("a")), _d(pr.get("b"))
        if a.get("id") is None or b.get("id") is None:
            continue
        for ref in (a, b):
            if ref["id"] not in nodes:
                nodes[ref["id"]] = {
                    "id": str(ref["id"]),
                    "name": ref.get("name") or str(ref["id"]),
                    "aliases": "",
                    "roles": "",
                    "events": counts.get(ref["id"], 0),
                }
        view = date_view(pr.get("date"))
        edges.append(
            {
                "id": f"e{i}",
                "source": str(a["id"]),
                "target": str(b["id"]),
                "kind": pr.get("kind") or "",
                "date": view["edtf"] or "",
                "start": view["t0"] or "",
                "end": view["t1"] or "",
                "event": pr.get("event") or "",
                "title": pr.get("title") or "",
                "documents": _doc_paths(pr.get("documents")),
            }
        )
    return list(nodes.values()), edges


_NODE_ATTRS = [("name", "string"), ("aliases", "string"), ("roles", "string"), ("events", "integer")]
_EDGE_ATTRS = [
    ("kind", "string"),
    ("date", "string"),
    ("start", "string"),
    ("end", "string"),
    ("event", "string"),
    ("title", "string"),
    ("documents", "string"),
]


def _xml(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _gexf(data: dict[str, list]) -> str:
    nodes, edges = _graph_parts(data)
    # Plain tag names plus an explicit xmlns attribute: no global ET.register_namespace side effects.
    q = str
    root = ET.Element("gexf", {"xmlns": "http://www.gexf.net/1.2draft", "version": "1.2"})
    meta = ET.SubElement(root, q("meta"))
    ET.SubElement(meta, q("creator")).text = "migtl"
    ET.SubElement(meta, q("description")).text = "Who met whom in migration-governance press releases"
    graph = ET.SubElement(root, q("graph"), {"defaultedgetype": "undirected", "mode": "static"})
    for cls, attrs in (("node", _NODE_ATTRS), ("edge", _EDGE_ATTRS)):
        block = ET.SubElement(graph, q("attributes"), {"class": cls, "mode": "static"})
        for name, typ in attrs:
            ET.SubElement(block, q("attribute"), {"id": name, "title": name, "type": typ})
    xnodes = ET.SubElement(graph, q("nodes"))
    for n in nodes:
        node = ET.SubElement(xnodes, q("node"), {"id": n["id"], "label": n["name"]})
        vals = ET.SubElement(node, q("attvalues"))
        for name, _ in _NODE_ATTRS:
            ET.SubElement(vals, q("attvalue"), {"for": name, "value": str(n[name])})
    xedges = ET.SubElement(graph, q("edges"))
    for e in edges:
        edge = ET.SubElement(
            xedges,
            q("edge"),
            {"id": e["id"], "source": e["source"], "target": e["target"], "label": e["kind"]},
        )
        vals = ET.SubElement(edge, q("attvalues"))
        for name, _ in _EDGE_ATTRS:
            ET.SubElement(vals, q("attvalue"), {"for": name, "value": str(e[name])})
    return _xml(root)


def _graphml(data: dict[str, list]) -> str:
    nodes, edges = _graph_parts(data)
    q = str
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    types = {"string": "string", "integer": "int"}
    for cls, attrs, prefix in (("node", _NODE_ATTRS, "n_"), ("edge", _EDGE_ATTRS, "e_")):
        for name, typ in attrs:
            ET.SubElement(
                root, q("key"), {"id": prefix + name, "for": cls, "attr.name": name, "attr.type": types[typ]}
            )
    graph = ET.SubElement(root, q("graph"), {"id": "who-met", "edgedefault": "undirected"})
    for n in nodes:
        node = ET.SubElement(graph, q("node"), {"id": n["id"]})
        for name, _ in _NODE_ATTRS:
            ET.SubElement(node, q("data"), {"key": "n_" + name}).text = str(n[name])
    for e in edges:
        edge = ET.SubElement(graph, q("edge"), {"id": e["id"], "source": e["source"], "target": e["target"]})
        for name, _ in _EDGE_ATTRS:
            ET.SubElement(edge, q("data"), {"key": "e_" + name}).text = str(e[name])
    return _xml(root)


# --------------------------------------------------------------------------- FollowTheMoney


def _slug_id(kind: str, key: Any) -> str:
    return f"migtl-{kind}-" + hashlib.sha1(f"{kind}:{key}".encode()).hexdigest()[:24]


def _entity(eid: str, schema: str, props: dict[str, list]) -> dict[str, Any]:
    clean = {}
    for k, values in props.items():
        vals = []
        for v in values:
            if v is None or v == "":
                continue
            v = str(v)
            if v not in vals:
                vals.append(v)
        if vals:
            clean[k] = vals
    return {"id": eid, "schema": schema, "properties": clean}


def _is_url(path: Any) -> bool:
    return isinstance(path, str) and path.lower().startswith(("http://", "https://"))


def _ftm(data: dict[str, list]) -> str:
    out: list[dict[str, Any]] = []
    doc_ids: dict[Any, str] = {}
    for d in data["documents"]:
        eid = _slug_id("document", d.get("id"))
        doc_ids[d.get("id")] = eid
        path = d.get("path")
        published, _, _ = ftm_dates(d.get("published"))
        dated, _, _ = ftm_dates(d.get("date"))
        props = {
            "title": [d.get("title")],
            "fileName": [os.path.basename(path) if isinstance(path, str) else None],
            "sourceUrl": [path if _is_url(path) else None],
            "language": [LANG3.get(d.get("lang") or "")],
            "publishedAt": [published],
            "date": [dated],
        }
        if not _is_url(path) and path:
            props["notes"] = [f"migtl release path: {path}"]
        out.append(_entity(eid, "Document", props))

    def docs_of(refs: Any, evidence: Any = None) -> list[str]:
        ids = []
        for r in refs or []:
            ids.append(_d(r).get("id") if isinstance(r, dict) else r)
        for e in evidence or []:
            doc = _d(e).get("document")
            ids.append(_d(doc).get("id") if isinstance(doc, dict) else doc)
        return [doc_ids[i] for i in ids if i in doc_ids]

    person_ids: dict[Any, str] = {}

    def person_entity(ref: dict[str, Any], full: dict[str, Any] | None = None) -> str:
        pid = ref.get("id")
        if pid in person_ids:
            return person_ids[pid]
        eid = _slug_id("person", pid)
        person_ids[pid] = eid
        full = full or {}
        name = full.get("name") or ref.get("name") or str(pid)
        out.append(
            _entity(
                eid,
                "Person",
                {
                    "name": [name],
                    "alias": [a for a in full.get("aliases") or [] if a != name],
                    "position": full.get("roles") or [],
                    "proof": docs_of(full.get("documents")),
                },
            )
        )
        return eid

    for p in data["people"]:
        if p.get("id") is not None:
            person_entity(p, p)

    for o in data["offices"]:
        post = _slug_id("position", o.get("office"))
        out.append(_entity(post, "Position", {"name": [o.get("office")]}))
        for h in o.get("holders") or []:
            h = _d(h)
            person = _d(h.get("person"))
            if person.get("id") is None:
                continue
            holder = person_entity(person)
            first, last = h.get("first_seen"), h.get("last_seen")
            start = ftm_dates(h.get("appointed"))[0] or ftm_dates(first)[1] or ftm_dates(first)[0]
            end = ftm_dates(h.get("dismissed"))[0] or ftm_dates(last)[2] or ftm_dates(last)[0]
            note = (
                f"From press releases: first evidence {first or '?'}, last evidence {last or '?'}"
                + (f", appointed {h['appointed']}" if h.get("appointed") else "")
                + (f", dismissed {h['dismissed']}" if h.get("dismissed") else "")
                + "."
            )
            out.append(
                _entity(
                    _slug_id("occupancy", f"{o.get('office')}|{person.get('id')}"),
                    "Occupancy",
                    {
                        "holder": [holder],
                        "post": [post],
                        "startDate": [start],
                        "endDate": [end],
                        "description": [note],
                        "proof": docs_of(None, h.get("evidence")),
                    },
                )
            )

    for e in data["events"]:
        when, start, end = ftm_dates(e.get("date"))
        view = date_view(e.get("date"))
        desc = [f"Date as reported: {view['label']} ({view['edtf']})" if view["edtf"] else None]
        desc += [_d(x).get("sentence") for x in e.get("evidence") or []]
        involved = [person_entity(_d(p)) for p in e.get("participants") or [] if _d(p).get("id") is not None]
        out.append(
            _entity(
                _slug_id("event", e.get("id")),
                "Event",
                {
                    "name": [e.get("title")],
                    "date": [when],
                    "startDate": [start],
                    "endDate": [end],
                    "location": [e.get("place")],
                    "involved": involved,
                    "description": ["\n".join(x for x in desc if x)],
                    "proof": docs_of(e.get("documents"), e.get("evidence")),
                },
            )
        )

    for pr in data["pairs"]:
        if pr.get("kind") != "met":
            continue
        a, b = _d(pr.get("a")), _d(pr.get("b"))
        if a.get("id") is None or b.get("id") is None:
            continue
        when, start, end = ftm_dates(pr.get("date"))
        out.append(
            _entity(
                _slug_id("link", f"{pr.get('event')}|{a['id']}|{b['id']}|met"),
                "UnknownLink",
                {
                    "subject": [person_entity(a)],
                    "object": [person_entity(b)],
                    "role": ["met"],
                    "date": [when],
                    "startDate": [start],
                    "endDate": [end],
                    "description": [pr.get("title")],
                    "proof": docs_of(pr.get("documents"), pr.get("evidence")),
                },
            )
        )
    return "".join(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n" for x in out)


# --------------------------------------------------------------------------- iCalendar


def _ics_text(value: Any) -> str:
    text = str(value or "")
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 folding at 75 octets, never splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _ics(data: dict[str, list]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//migtl//migration-governance timeline//EN",
        "CALSCALE:GREGORIAN",
    ]
    for e in data["events"]:
        view = date_view(e.get("date"))
        if not view["t0"]:
            continue
        start = date.fromisoformat(view["t0"])
        end = date.fromisoformat(view["t1"]) + timedelta(days=1)
        desc = [f"Date as reported: {view['label']} ({view['edtf']})"]
        names = [_d(p).get("name") for p in e.get("participants") or [] if _d(p).get("name")]
        if names:
            desc.append("Participants: " + ", ".join(names))
        desc += [_d(x).get("sentence") for x in e.get("evidence") or [] if _d(x).get("sentence")]
        desc.append(
            "Releases: " + ", ".join(p for p in (_d(r).get("path") for r in e.get("documents") or []) if p)
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_slug_id('event', e.get('id'))}@migtl",
            "DTSTAMP:20000101T000000Z",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            "SUMMARY:" + _ics_text(e.get("title")),
            "DESCRIPTION:" + _ics_text("\n".join(desc)),
        ]
        if e.get("place"):
            lines.append("LOCATION:" + _ics_text(e.get("place")))
        if view["kind"] != "day":
            lines.append("X-MIGTL-PRECISION:" + view["kind"])
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


# --------------------------------------------------------------------------- entry point

FORMATS: dict[str, Callable[[dict[str, list]], str]] = {
    "json": _json,
    "jsonl": _jsonl,
    "timelinejs": _timelinejs,
    "gexf": _gexf,
    "graphml": _graphml,
    "ftm": _ftm,
    "ics": _ics,
}


def export(data: dict[str, Any], fmt: str, table: str | None = None) -> str:
    """Serialise ``data`` to ``fmt`` (json, jsonl, csv, timelinejs, gexf, graphml, ftm, ics).

    ``table`` is only meaningful for csv (events, people, pairs, offices, holders, documents).
    Raises ValueError for an unknown format or table.
    """
    name = (fmt or "").strip().lower()
    known = sorted([*FORMATS, "csv"])
    if name not in known:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(known)}")
    if table is not None and name != "csv":
        raise ValueError(f"--table only applies to csv, not {name}")
    norm = _norm(data)
    if name == "csv":
        return _csv(norm, table)
    return FORMATS[name](norm)
