"""EDTF helpers shared by the HTML report and the exports.

Only the subset of EDTF that migtl produces is understood:
``2017-04-18``, ``2017-04-18/2017-04-19``, ``2022-05``, ``2017``, ``XXXX-07-30`` (year unknown),
``XXXX-07``; trailing ``?``/``~``/``%`` qualifiers are tolerated (the span is still computed, and
``uncertain`` is set), and unspecified year digits such as ``201X`` widen the span to the decade.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_PART = re.compile(r"^(?P<y>[0-9X]{4})(?:-(?P<m>[0-9]{2}|XX)(?:-(?P<d>[0-9]{2}|XX))?)?$")
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _parse_part(part: str) -> dict[str, Any] | None:
    """One EDTF date (no '/'): returns {y0, y1, m, d, uncertain} with y0/y1 None when the year is unknown."""
    part = part.strip()
    uncertain = False
    while part and part[-1] in "?~%":
        part, uncertain = part[:-1], True
    match = _PART.match(part)
    if not match:
        return None
    y, m, d = match.group("y"), match.group("m"), match.group("d")
    if y == "XXXX":
        y0 = y1 = None
    elif "X" in y:
        y0, y1 = int(y.replace("X", "0")), int(y.replace("X", "9"))
    else:
        y0 = y1 = int(y)
    month = int(m) if m and m != "XX" else None
    day = int(d) if d and d != "XX" else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not 1 <= day <= 31):
        return None
    return {"y0": y0, "y1": y1, "m": month, "d": day, "uncertain": uncertain}


def _first_day(p: dict[str, Any]) -> str | None:
    if p["y0"] is None:
        return None
    return f"{p['y0']:04d}-{p['m'] or 1:02d}-{p['d'] or 1:02d}"


def _last_day(p: dict[str, Any]) -> str | None:
    if p["y1"] is None:
        return None
    month = p["m"] or 12
    day = p["d"] or calendar.monthrange(p["y1"], month)[1]
    day = min(day, calendar.monthrange(p["y1"], month)[1])
    return f"{p['y1']:04d}-{month:02d}-{day:02d}"


def _label_part(p: dict[str, Any], with_year: bool = True) -> str:
    bits = []
    if p["d"]:
        bits.append(str(p["d"]))
    if p["m"]:
        bits.append(MONTHS[p["m"] - 1])
    if with_year and p["y0"] is not None:
        bits.append(str(p["y0"]) if p["y0"] == p["y1"] else f"{p['y0']}–{p['y1']}")
    return " ".join(bits)


def date_view(value: Any) -> dict[str, Any]:
    """Normalise a contract date (dict with edtf/start/end/precision/year_known, or a bare EDTF string).

    Returns ``{"edtf", "kind", "t0", "t1", "md", "label", "uncertain"}`` where kind is one of
    ``day`` / ``range`` / ``month`` / ``year`` / ``unknown`` (year unknown, month-day in ``md``) / ``none``,
    and t0/t1 are the first/last possible day (ISO ``YYYY-MM-DD``) or None.
    """
    if isinstance(value, dict):
        edtf = value.get("edtf")
        start, end = value.get("start"), value.get("end")
    else:
        edtf, start, end = value, None, None
    edtf = edtf.strip() if isinstance(edtf, str) and edtf.strip() else None
    out: dict[str, Any] = {
        "edtf": edtf,
        "kind": "none",
        "t0": None,
        "t1": None,
        "md": None,
        "label": "undated",
        "uncertain": False,
    }
    if edtf is None:
        # Some producers may only give start/end.
        if isinstance(start, str) and _DAY.match(start):
            edtf = (
                start if not (isinstance(end, str) and _DAY.match(end) and end != start) else f"{start}/{end}"
            )
            out["edtf"] = edtf
        else:
            return out
    pieces = edtf.split("/")
    if len(pieces) > 2:
        out["label"] = edtf
        return out
    parts = [_parse_part(x) if x not in ("", "..") else None for x in pieces]
    if any(p is None for p in parts):
        out["label"] = edtf
        return out
    a, b = parts[0], parts[-1]
    out["uncertain"] = any(p["uncertain"] for p in parts)
    q = "?" if out["uncertain"] else ""
    if a["y0"] is None or b["y1"] is None:
        out["kind"] = "unknown"
        if a["m"]:
            out["md"] = f"{a['m']:02d}-{a['d']:02d}" if a["d"] else f"{a['m']:02d}"
        label = _label_part(a, with_year=False)
        out["label"] = f"{label}, year unknown{q}" if label else f"year unknown{q}"
        return out
    t0, t1 = _first_day(a), _last_day(b)
    # Prefer explicit, well-formed start/end from the producer when they are consistent.
    if isinstance(start, str) and _DAY.match(start):
        t0 = start
    if isinstance(end, str) and _DAY.match(end):
        t1 = end
    if t1 < t0:
        t0, t1 = t1, t0
    out["t0"], out["t1"] = t0, t1
    if len(parts) == 2:
        out["kind"] = "range"
        if a["y0"] == b["y0"] and a["y1"] == b["y1"] and a["m"] and a["m"] == b["m"] and a["d"] and b["d"]:
            out["label"] = f"{a['d']}–{b['d']} {MONTHS[a['m'] - 1]} {a['y0']}{q}"
        elif a["y0"] == b["y0"] and a["y1"] == b["y1"] and a["m"] and b["m"]:
            out["label"] = f"{_label_part(a, False)} – {_label_part(b)}{q}"
        else:
            out["label"] = f"{_label_part(a)} – {_label_part(b)}{q}"
    elif a["d"]:
        out["kind"] = "day"
        out["label"] = _label_part(a) + q
    elif a["m"]:
        out["kind"] = "month"
        out["label"] = _label_part(a) + q
    else:
        out["kind"] = "year"
        out["label"] = _label_part(a) + q
    return out


def date_parts(iso_day: str | None) -> dict[str, int] | None:
    """'2017-04-18' -> {'year': 2017, 'month': 4, 'day': 18}."""
    if not iso_day or not _DAY.match(iso_day):
        return None
    y, m, d = iso_day.split("-")
    return {"year": int(y), "month": int(m), "day": int(d)}


def ftm_dates(value: Any) -> tuple[str | None, str | None, str | None]:
    """(date, startDate, endDate) in FollowTheMoney prefix-date form; unknown years give (None, None, None).

    A single day/month/year keeps its precision as a prefix date (``2022-05``); a range gives
    its first and last day as startDate/endDate and the first day as date.
    """
    view = date_view(value)
    if view["kind"] in ("none", "unknown"):
        return None, None, None
    edtf = view["edtf"] or ""
    if view["kind"] == "range" or "X" in edtf or "?" in edtf or "~" in edtf or "%" in edtf:
        return view["t0"], view["t0"], view["t1"]
    return edtf, None, None
