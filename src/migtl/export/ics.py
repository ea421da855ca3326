"""iCalendar: one all-day event per dated event."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from migtl.export.common import as_dict, slug_id
from migtl.report.dates import date_view


_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # RFC 5545 TEXT holds no control characters but tab


def _ics_text(value: Any) -> str:
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
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


def to_ics(data: dict[str, list]) -> str:
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
        names = [as_dict(p).get("name") for p in e.get("participants") or [] if as_dict(p).get("name")]
        if names:
            desc.append("Participants: " + ", ".join(names))
        desc += [as_dict(x).get("sentence") for x in e.get("evidence") or [] if as_dict(x).get("sentence")]
        desc.append(
            "Releases: " + ", ".join(p for p in (as_dict(r).get("path") for r in e.get("documents") or []) if p)
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{slug_id('event', e.get('id'))}@migtl",
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
