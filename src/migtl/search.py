"""``migtl search TEXT``: the sentences of stored releases that contain a word, a phrase or a person.

A query that names a person (as ``migtl people`` knows them) finds every form the releases write the
name in ("Vusal Huseynov", "Вусалом Гусейновым", "V.Hüseynov"); any other query finds its words in
order, each at the start of a word and in any letter case ("meeting" also finds "meetings"). Only
releases whose text contains a match are split into sentences, so a search over thousands of
releases reads each text once.
"""

from __future__ import annotations

import re
from typing import Any

from migtl.analysis import Index
from migtl.store import Store


def _forms_of(ix: Index, person: dict[str, Any]) -> set[str]:
    forms = {person["name"], *person.get("aliases", [])}
    for doc_id, lid in person.get("members", []):
        doc = ix.doc_by_id.get(doc_id)
        for p in (doc or {}).get("extraction", {}).get("people", []):
            if p.get("local_id") == lid:
                forms.update(m.get("text") or "" for m in p.get("mentions") or [])
                forms.update(p.get("forms") or [])
    return {f for f in forms if f and len(f) >= 2}


def _pattern(forms: set[str]) -> re.Pattern[str]:
    alts = []
    for f in sorted(forms, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s.]+", f) if w]
        if words:
            alts.append(r"[\s.]*".join(words))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")", re.I)


def query_pattern(ix: Index, query: str) -> tuple[re.Pattern[str], list[dict[str, Any]]]:
    """The pattern a query searches for, and the people it names (empty for a plain word or phrase)."""
    from migtl.lookup import people_named

    q = " ".join(query.split())
    people = people_named(ix, q) if q else []
    forms = {q}
    for p in people:
        forms |= _forms_of(ix, p)
    if not people:
        words = [re.escape(w) for w in q.split()]
        return re.compile(r"(?<!\w)" + r"\s+".join(words), re.I), []
    return _pattern(forms), people


def search(store: Store, query: str, ix: Index | None = None) -> list[dict[str, Any]]:
    """One row per matching sentence: release, its event date, title, sentence and the matched text."""
    from migtl.extract.layout import sentences
    from migtl.models import NO_DATE

    ix = ix or Index(store)
    rx, people = query_pattern(ix, query)
    rows = []
    for doc in ix.docs:
        text = doc.get("text") or ""
        if not rx.search(text):
            continue
        x = doc["extraction"]
        date = dict(x.get("date") or NO_DATE)
        n = 0
        for para in text.split("\n"):
            if not rx.search(para):
                continue
            for sent in sentences(para.strip()):
                found = [m.group(0) for m in rx.finditer(sent)]
                if not found:
                    continue
                n += 1
                rows.append({"document": {"id": doc["id"], "path": doc["path"]}, "date": date,
                             "title": x.get("title") or "", "lang": x.get("lang"), "sentence": sent,
                             "matches": sorted(set(found), key=found.index), "n": n})
    rows.sort(key=lambda r: (not r["date"].get("year_known", False), (r["date"].get("start") or "").replace("XXXX", "9999"),
                             r["document"]["path"], r["n"]))
    for r in rows:
        del r["n"]
    return rows


def snippet(sentence: str, needle: str, width: int) -> str:
    """The part of a long sentence around its first match, at most about ``width`` characters."""
    if len(sentence) <= width:
        return sentence
    at = sentence.find(needle)
    if at < 0:
        at = 0
    start = max(0, at - width // 3)
    if start:
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    piece = sentence[start:]
    if len(piece) > width:
        cut = piece[: width - 1]
        space = cut.rfind(" ")
        piece = (cut[:space] if space > width // 2 else cut) + "…"
    return ("…" if start else "") + piece
