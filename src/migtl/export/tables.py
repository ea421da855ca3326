"""JSON, JSON lines and CSV: the analysis data as it is, and one flat table per kind."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any

from migtl.export.common import (
    CSV_TABLES,
    KINDS,
    as_dict,
    doc_paths,
    edtf_of,
    evidence_doc_ids,
    joined,
    sentences_of,
)
from migtl.report.dates import date_view


def to_json(data: dict[str, list]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(data: dict[str, list]) -> str:
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


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def _cell(value: Any) -> Any:
    """A CSV cell on one line (a CR or LF in a file name would split the row for many readers), without
    control characters, and never a spreadsheet formula."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, str):
        value = _CONTROLS.sub("", _LINE_BREAKS.sub(" ", value))
        if value.startswith(_FORMULA):
            return "'" + value
    return value


def _date_cols(prefix: str, value: Any) -> dict[str, Any]:
    view = date_view(value)
    precision = as_dict(value).get("precision") if isinstance(value, dict) else None
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
        row["year_known"] = as_dict(date_).get("year_known", date_view(date_)["kind"] != "unknown")
        row.update(
            {
                "title": e.get("title"),
                "place": e.get("place"),
                "lang": e.get("lang"),
                "mentioned": bool(e.get("mentioned")),
                "participant_ids": joined(as_dict(p).get("id") for p in e.get("participants") or []),
                "participant_names": joined(as_dict(p).get("name") for p in e.get("participants") or []),
                "document_ids": joined(as_dict(r).get("id") for r in e.get("documents") or []),
                "document_paths": doc_paths(e.get("documents")),
                "evidence_documents": evidence_doc_ids(e.get("evidence")),
                "evidence": sentences_of(e.get("evidence")),
            }
        )
        rows.append(row)
    return rows


def _rows_people(data: dict[str, list]) -> list[dict[str, Any]]:
    return [
        {
            "id": p.get("id"),
            "name": p.get("name"),
            "aliases": joined(p.get("aliases") or []),
            "roles": joined(p.get("roles") or []),
            "document_ids": joined(as_dict(r).get("id") for r in p.get("documents") or []),
            "document_paths": doc_paths(p.get("documents")),
        }
        for p in data["people"]
    ]


def _rows_pairs(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for pr in data["pairs"]:
        a, b = as_dict(pr.get("a")), as_dict(pr.get("b"))
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
                "document_ids": joined(as_dict(r).get("id") for r in pr.get("documents") or []),
                "document_paths": doc_paths(pr.get("documents")),
                "evidence": sentences_of(pr.get("evidence")),
            }
        )
        rows.append(row)
    return rows


def _names_by_id(office: dict[str, Any]) -> dict[Any, Any]:
    return {
        as_dict(h.get("person")).get("id"): as_dict(h.get("person")).get("name")
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
            ho = as_dict(ho)
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
                "holder_ids": joined(as_dict(h.get("person")).get("id") for h in holders),
                "holder_names": joined(as_dict(h.get("person")).get("name") for h in holders),
                "first_seen_start": min([s for s in starts if s], default=None),
                "last_seen_end": max([e for e in ends if e], default=None),
                "handovers": joined(handovers),
            }
        )
    return rows


def _rows_holders(data: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for o in data["offices"]:
        handover_to = {}
        names = _names_by_id(o)
        for ho in o.get("handovers") or []:
            ho = as_dict(ho)
            handover_to.setdefault(ho.get("to"), ho)
        for h in o.get("holders") or []:
            if not isinstance(h, dict):
                continue
            person = as_dict(h.get("person"))
            ho = handover_to.get(person.get("id"), {})
            ev = [as_dict(e) for e in h.get("evidence") or []]
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
                    "evidence_dates": joined(e.get("date") for e in ev),
                    "evidence_paths": joined(as_dict(e.get("document")).get("path") for e in ev),
                    "evidence": sentences_of(ev),
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
            "date": edtf_of(d.get("date")),
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


def to_csv(data: dict[str, list], table: str | None) -> str:
    """One CSV table (``events`` unless ``table`` names another): one header line, one row per item."""
    table = table or "events"
    if table not in CSV_TABLES:
        raise ValueError(f"unknown csv table {table!r}: choose one of {', '.join(CSV_TABLES)}")
    return _csv_table(data, table)


def csv_tables(data: dict[str, list], tables: tuple[str, ...] | list[str] = CSV_TABLES) -> dict[str, str]:
    """Several CSV tables, one text each (to be written one file per table)."""
    return {t: to_csv(data, t) for t in tables}
