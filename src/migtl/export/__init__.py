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
    One table per export: ``table=NAME``, ``events`` by default (``export_csv_tables`` gives several, one
    text per table, for a folder of files). Multi-valued cells are joined with `` | ``.
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

from collections.abc import Callable
from typing import Any

from migtl.export.common import CSV_TABLES, KINDS, normalise
from migtl.export.ftm import to_ftm
from migtl.export.graphs import to_gexf, to_graphml
from migtl.export.ics import to_ics
from migtl.export.tables import csv_tables, to_csv, to_json, to_jsonl
from migtl.export.timelinejs import to_timelinejs

__all__ = ["CSV_TABLES", "FORMATS", "KINDS", "collect", "export", "export_csv_tables"]


def collect(store: Any) -> dict[str, Any]:
    """Build the ``data`` dict from a store with the analysis functions of docs/contract.md."""
    from migtl import analysis, tenure  # imported lazily: the report/export layer does not need a store

    ix = analysis.Index(store)  # built once for all five
    return {
        "events": analysis.timeline(store, ix=ix),
        "people": analysis.people(store, ix=ix),
        "pairs": analysis.who_met(store, ix=ix),
        "offices": tenure.offices(store, ix),
        "documents": analysis.documents(store, ix),
    }


FORMATS: dict[str, Callable[[dict[str, list]], str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "timelinejs": to_timelinejs,
    "gexf": to_gexf,
    "graphml": to_graphml,
    "ftm": to_ftm,
    "ics": to_ics,
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
    norm = normalise(data)
    if name == "csv":
        return to_csv(norm, table)
    return FORMATS[name](norm)


def export_csv_tables(data: dict[str, Any], tables: tuple[str, ...] | list[str] = CSV_TABLES) -> dict[str, str]:
    """{table name: CSV text} for several tables; raises ValueError for an unknown table."""
    return csv_tables(normalise(data), tables)
