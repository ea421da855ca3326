"""Self-contained HTML report: timeline, who-met network, office tenures, releases.

``build_report(data)`` takes the JSON-ready structures described in docs/contract.md::

    {"events": [...], "people": [...], "pairs": [...], "offices": [...], "documents": [...]}

and returns one HTML page with every script, style and datum inlined (no network when opened).
The page's JavaScript (``report.js``) and CSS (``report.css``) are plain, dependency-free code
kept next to ``template.html`` in this package.

Safety: the data travels as JSON inside ``<script type="application/json">`` with ``</`` written
as ``<\\/`` and ``<!--`` as ``\\u003c!--`` (both valid JSON escapes), and the page builds every
node with ``textContent`` / ``setAttribute``, never ``innerHTML``; links to releases only use
relative paths, ``file:``, ``http:`` or ``https:`` URLs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from importlib import resources
from typing import Any

from .dates import date_view

__all__ = ["build_report", "date_view", "embed_json", "report_view"]

DEFAULT_TITLE = "Migration governance: timeline, meetings, tenures"
KINDS = ("events", "people", "pairs", "offices", "documents")


def _asset(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def embed_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
    # '</' can't close the element and '<!--' can't switch the parser into its escaped states.
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--")


def _ref(obj: Any, *keys: str) -> dict[str, Any]:
    return {k: obj.get(k) for k in keys} if isinstance(obj, dict) else {}


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _href(path: str | None, link_base: str | None) -> str | None:
    """A release's link as the page will use it: relative to the page's folder when the path is absolute."""
    if not path or not link_base or not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(path, link_base)
    except ValueError:  # another drive (Windows)
        return path
    return rel.replace(os.sep, "/")


def report_view(data: dict[str, Any], link_base: str | None = None) -> dict[str, Any]:
    """The data as the page's script consumes it: contract records plus normalised dates (``_d``).
    ``link_base``: the folder the page is written to; each document gets an ``href`` relative to it."""
    docs_by_id: dict[str, dict[str, Any]] = {}
    documents = []
    for doc in _list(data.get("documents")):
        if not isinstance(doc, dict):
            continue
        item = {k: _str(doc.get(k)) for k in ("id", "path", "title", "lang", "published")}
        item["href"] = _href(item["path"], link_base)
        item["date"] = _str(doc.get("date"))
        item["_d"] = date_view(doc.get("date") or doc.get("published"))
        documents.append(item)
        if item["id"] is not None:
            docs_by_id[item["id"]] = item

    def doc_refs(refs: Any) -> list[dict[str, Any]]:
        out = []
        for ref in _list(refs):
            if isinstance(ref, dict):
                out.append({"id": _str(ref.get("id")), "path": _str(ref.get("path"))})
            elif isinstance(ref, str):  # tolerate bare ids
                known = docs_by_id.get(ref, {})
                out.append({"id": ref, "path": known.get("path")})
        return out

    def evidence(items: Any) -> list[dict[str, Any]]:
        out = []
        for ev in _list(items):
            if not isinstance(ev, dict):
                continue
            doc = ev.get("document")
            doc_id = _str(doc.get("id") if isinstance(doc, dict) else doc)
            path = doc.get("path") if isinstance(doc, dict) else None
            path = _str(path) or docs_by_id.get(doc_id or "", {}).get("path")
            item = {"document": doc_id, "path": path, "sentence": _str(ev.get("sentence")) or ""}
            for extra in ("what", "status", "change"):  # optional details some producers add
                if isinstance(ev.get(extra), str) and ev.get(extra):
                    item[extra] = ev[extra]
            if ev.get("date") is not None:
                item["date"] = (
                    _str(ev.get("date")) if not isinstance(ev.get("date"), dict) else ev.get("date")
                )
                item["_d"] = date_view(ev.get("date"))
            out.append(item)
        return out

    def person(p: Any) -> dict[str, Any]:
        return (
            {"id": _str(p.get("id")), "name": _str(p.get("name")) or _str(p.get("id")) or "?"}
            if isinstance(p, dict)
            else {"id": _str(p), "name": _str(p) or "?"}
        )

    events = []
    for ev in _list(data.get("events")):
        if not isinstance(ev, dict):
            continue
        events.append(
            {
                "id": _str(ev.get("id")),
                "title": _str(ev.get("title")) or "(untitled)",
                "place": _str(ev.get("place")),
                "lang": _str(ev.get("lang")) or "?",
                "mentioned": bool(ev.get("mentioned")),
                "participants": [person(p) for p in _list(ev.get("participants"))],
                "documents": doc_refs(ev.get("documents")),
                "evidence": evidence(ev.get("evidence")),
                "date": ev.get("date") if isinstance(ev.get("date"), dict) else {"edtf": ev.get("date")},
                "_d": date_view(ev.get("date")),
            }
        )

    people = []
    for p in _list(data.get("people")):
        if not isinstance(p, dict):
            continue
        people.append(
            {
                "id": _str(p.get("id")),
                "name": _str(p.get("name")) or _str(p.get("id")) or "?",
                "aliases": [_str(a) for a in _list(p.get("aliases")) if a],
                "roles": [_str(r) for r in _list(p.get("roles")) if r],
                "documents": doc_refs(p.get("documents")),
            }
        )

    pairs = []
    for pr in _list(data.get("pairs")):
        if not isinstance(pr, dict):
            continue
        pairs.append(
            {
                "a": person(pr.get("a")),
                "b": person(pr.get("b")),
                "kind": _str(pr.get("kind")) or "met",
                "event": _str(pr.get("event")),
                "title": _str(pr.get("title")) or "",
                "documents": doc_refs(pr.get("documents")),
                "evidence": evidence(pr.get("evidence")),
                "date": pr.get("date") if isinstance(pr.get("date"), dict) else {"edtf": pr.get("date")},
                "_d": date_view(pr.get("date")),
            }
        )

    offices = []
    for off in _list(data.get("offices")):
        if not isinstance(off, dict):
            continue
        holders = []
        for h in _list(off.get("holders")):
            if not isinstance(h, dict):
                continue
            item = {
                "person": person(h.get("person")),
                "evidence": evidence(h.get("evidence")),
                "former_only": bool(h.get("former_only")),
            }
            for key in ("first_seen", "last_seen", "appointed", "dismissed"):
                item[key] = _str(h.get(key))
                item["_" + key] = date_view(h.get(key))
            holders.append(item)
        handovers = []
        for ho in _list(off.get("handovers")):
            if not isinstance(ho, dict):
                continue
            handovers.append(
                {
                    "from": _str(ho.get("from")),
                    "to": _str(ho.get("to")),
                    "after": _str(ho.get("after")),
                    "before": _str(ho.get("before")),
                    "_after": date_view(ho.get("after")),
                    "_before": date_view(ho.get("before")),
                }
            )
        offices.append(
            {"office": _str(off.get("office")) or "(office)", "holders": holders, "handovers": handovers}
        )

    return {"events": events, "people": people, "pairs": pairs, "offices": offices, "documents": documents}


_SLOT = re.compile(r"\{\{(TITLE|CSS|JS|DATA|META|CSP_SCRIPT)\}\}")


def build_report(data: dict[str, Any], *, title: str | None = None, source_root: str | None = None,
                 link_base: str | None = None) -> str:
    """Return one self-contained HTML page for ``data`` (see module docstring).

    ``source_root``: optional directory the release paths are relative to; when given, links to
    releases become ``file://`` URLs under it, otherwise they stay relative to the page's location.
    ``link_base``: the folder the page will be saved in; absolute release paths are linked relative to
    it, so the page and the releases can be moved or shared together.
    """
    if not isinstance(data, dict):
        raise TypeError("build_report expects a dict with events/people/pairs/offices/documents")
    title = title or DEFAULT_TITLE
    view = report_view(data, link_base)
    meta = {"title": title, "source_root": source_root}
    script = _asset("report.js")
    if "</script" in script.lower():  # pragma: no cover - guards edits to report.js
        raise RuntimeError("report.js must not contain a closing script tag")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    slots = {
        "TITLE": html.escape(title),
        "CSS": _asset("report.css").replace("</", "<\\/"),
        "JS": script,
        # Only our own script may run: a stray inline handler (onerror=...) would be refused by the browser.
        "CSP_SCRIPT": f"'sha256-{digest}'",
        "DATA": embed_json(view),
        "META": embed_json(meta),
    }
    # Single pass: text substituted into one slot is never scanned for another.
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("template.html"))
