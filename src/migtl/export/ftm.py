"""FollowTheMoney entities as JSON lines: Person, Position, Occupancy, Event, Document, UnknownLink."""

from __future__ import annotations

import json
import os
from typing import Any

from migtl.export.common import LANG3, as_dict, slug_id
from migtl.report.dates import date_view, ftm_dates


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


def to_ftm(data: dict[str, list]) -> str:
    out: list[dict[str, Any]] = []
    doc_ids: dict[Any, str] = {}
    for d in data["documents"]:
        eid = slug_id("document", d.get("id"))
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
            ids.append(as_dict(r).get("id") if isinstance(r, dict) else r)
        for e in evidence or []:
            doc = as_dict(e).get("document")
            ids.append(as_dict(doc).get("id") if isinstance(doc, dict) else doc)
        return [doc_ids[i] for i in ids if i in doc_ids]

    person_ids: dict[Any, str] = {}

    def person_entity(ref: dict[str, Any], full: dict[str, Any] | None = None) -> str:
        pid = ref.get("id")
        if pid in person_ids:
            return person_ids[pid]
        eid = slug_id("person", pid)
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
        post = slug_id("position", o.get("office"))
        out.append(_entity(post, "Position", {"name": [o.get("office")]}))
        for h in o.get("holders") or []:
            h = as_dict(h)
            person = as_dict(h.get("person"))
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
                    slug_id("occupancy", f"{o.get('office')}|{person.get('id')}"),
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
        desc += [as_dict(x).get("sentence") for x in e.get("evidence") or []]
        involved = [person_entity(as_dict(p)) for p in e.get("participants") or [] if as_dict(p).get("id") is not None]
        out.append(
            _entity(
                slug_id("event", e.get("id")),
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
        a, b = as_dict(pr.get("a")), as_dict(pr.get("b"))
        if a.get("id") is None or b.get("id") is None:
            continue
        when, start, end = ftm_dates(pr.get("date"))
        out.append(
            _entity(
                slug_id("link", f"{pr.get('event')}|{a['id']}|{b['id']}|met"),
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
