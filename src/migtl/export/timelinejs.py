"""Knight Lab TimelineJS3 JSON: one slide per dated event, eras for office tenures."""

from __future__ import annotations

import html
import json
from typing import Any

from migtl.export.common import LANG_NAMES, as_dict, slug_id
from migtl.report.dates import date_parts, date_view


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


def to_timelinejs(data: dict[str, list]) -> str:
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
        names = [as_dict(p).get("name") for p in e.get("participants") or [] if as_dict(p).get("name")]
        if names:
            meta.append(f"<b>Participants:</b> {_esc(', '.join(names))}")
        if e.get("mentioned"):
            meta.append("<i>Background event mentioned in a release.</i>")
        parts.append("<p>" + "<br>".join(meta) + "</p>")
        for ev in e.get("evidence") or []:
            ev = as_dict(ev)
            doc = ev.get("document")
            path = as_dict(doc).get("path") if isinstance(doc, dict) else as_dict(docs.get(doc)).get("path")
            parts.append(
                f"<blockquote>{_esc(ev.get('sentence'))}</blockquote>"
                f"<p><small>Release: <code>{_esc(path or doc)}</code></small></p>"
            )
        if not e.get("evidence"):
            paths = [as_dict(r).get("path") for r in e.get("documents") or []]
            if paths:
                parts.append(
                    f"<p><small>Release: <code>{_esc(', '.join(p for p in paths if p))}</code></small></p>"
                )
        slide: dict[str, Any] = {
            "start_date": start,
            "display_date": view["label"],
            "text": {"headline": _esc(e.get("title") or "(untitled)"), "text": "".join(parts)},
            "group": LANG_NAMES.get(e.get("lang") or "", e.get("lang") or "other"),
            "unique_id": slug_id("event", e.get("id")),
        }
        if end is not None:
            slide["end_date"] = end
        slides.append(slide)
    eras = []
    for o in data["offices"]:
        for h in o.get("holders") or []:
            h = as_dict(h)
            first, last = date_view(h.get("first_seen")), date_view(h.get("last_seen"))
            t0 = first["t0"] or last["t0"]
            t1 = last["t1"] or first["t1"]
            if not t0 or not t1:
                continue
            name = as_dict(h.get("person")).get("name") or "?"
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
