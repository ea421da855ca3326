"""The sentence behind a fact, in one shape everywhere: ``{"document": {"id", "path"}, "sentence": str, ...}``.

``date_evidence`` names the sentence a release's date comes from, or, when the date is the release's
publication date, the line of the release that carries it (its dateline), never a made-up string.
``pair_evidence`` gives a ``met`` pair its meeting sentence and an ``attended`` pair the sentence that
names both at the event (or, when no sentence names both, the sentence that places each of them).
"""

from __future__ import annotations

import re
from typing import Any


def doc_ref(doc: dict[str, Any]) -> dict[str, str]:
    return {"id": doc["id"], "path": doc["path"]}


def _sentence(x: dict[str, Any], i: Any) -> str | None:
    sents = x.get("sentences") or []
    return sents[i] if isinstance(i, int) and 0 <= i < len(sents) else None


def published_line(text: str, published: dict[str, Any] | None, lines: int = 40) -> str | None:
    """The short line near the top of a release that carries its publication date ("21 мая 2022 г. 16:49")."""
    start = (published or {}).get("start") or ""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", start)
    if not m or not text:
        return None
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    day_rx = re.compile(rf"(?<!\d)0?{day}(?!\d)")
    month_rx = re.compile(rf"(?<!\d)0?{month}(?!\d)")
    for line in text.split("\n", lines)[:lines]:
        s = line.strip()
        if not s or len(s) > 120 or year not in s:
            continue
        rest = s.replace(year, " ")
        if day_rx.search(rest) and (re.search(r"[^\W\d_]{3,}", rest) or month_rx.search(day_rx.sub(" ", rest, 1))):
            return s
    return None


def date_evidence(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Where a release's event date comes from: the body or headline sentence, else the line that
    carries the publication date, else the page's metadata (no sentence to show then)."""
    x = doc["extraction"]
    ref = doc_ref(doc)
    s = _sentence(x, x.get("date_sentence"))
    if s:
        return [{"document": ref, "sentence": s, "what": "date", "source": x.get("date_source") or "body"}]
    if x.get("date_source") == "published" and x.get("published"):
        line = published_line(doc.get("text") or "", x["published"])
        if line:
            return [{"document": ref, "sentence": line, "what": "date", "source": "dateline"}]
        meta = doc.get("html_published")
        if meta:
            return [{"document": ref, "sentence": None, "what": "date", "source": "metadata",
                     "note": f"the page's publication date in its metadata ({meta})"}]
    return []


_LAST: list[Any] = [None, None]  # (extraction, {local id: sentences that place them}) of the last release asked


def _places(x: dict[str, Any]) -> dict[Any, list[int]]:
    if _LAST[0] is not x:
        places = {}
        for p in x.get("people") or []:
            ms = p.get("mentions") or []
            places[p.get("local_id")] = [k["sentence"] for k in ms if k.get("active")] or [k["sentence"] for k in ms]
        _LAST[0], _LAST[1] = x, places
    return _LAST[1]


def pair_evidence(doc: dict[str, Any], m: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentence(s) behind a who-met pair of one release."""
    x = doc["extraction"]
    ref = doc_ref(doc)
    s = _sentence(x, m.get("sentence"))
    if s:
        return [{"document": ref, "sentence": s}]
    places = _places(x)
    sa, sb = places.get(m.get("a")) or [], places.get(m.get("b")) or []
    both = [i for i in sa if i in sb]
    if both:
        s = _sentence(x, both[0])
        return [{"document": ref, "sentence": s}] if s else []
    out: list[dict[str, Any]] = []
    for i in sorted({sa[0]} if sa else set()) + sorted({sb[0]} if sb else set()):
        s = _sentence(x, i)
        if s and all(e["sentence"] != s for e in out):
            out.append({"document": ref, "sentence": s})
    return out
