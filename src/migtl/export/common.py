"""Shared by the export formats: the kinds of data and small, forgiving accessors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

KINDS = ("events", "people", "pairs", "offices", "documents")
CSV_TABLES = ("events", "people", "pairs", "offices", "holders", "documents")
SEP = " | "
LANG3 = {"en": "eng", "ru": "rus", "az": "aze", "uk": "ukr"}
LANG_NAMES = {"en": "English", "ru": "Russian", "az": "Azerbaijani", "uk": "Ukrainian"}


def normalise(data: dict[str, Any]) -> dict[str, list]:
    if not isinstance(data, dict):
        raise TypeError("export expects a dict with events/people/pairs/offices/documents")
    return {k: [x for x in (data.get(k) or []) if isinstance(x, dict)] for k in KINDS}


def as_dict(obj: Any) -> dict[str, Any]:
    return obj if isinstance(obj, dict) else {}


def edtf_of(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("edtf") or ""
    return value or ""


def joined(values: Iterable[Any]) -> str:
    return SEP.join(str(v) for v in values if v not in (None, ""))


def doc_paths(refs: Any) -> str:
    return joined(as_dict(r).get("path") for r in refs or [])


def sentences_of(evidence: Any) -> str:
    return joined(" ".join(str(as_dict(e).get("sentence") or "").split()) for e in evidence or [])


def evidence_doc_ids(evidence: Any) -> str:
    out = []
    for e in evidence or []:
        doc = as_dict(e).get("document")
        out.append(as_dict(doc).get("id") if isinstance(doc, dict) else doc)
    return joined(out)


def person_ref(p: Any) -> dict[str, Any]:
    return {"id": as_dict(p).get("id"), "name": as_dict(p).get("name")}


def slug_id(kind: str, key: Any) -> str:
    """A stable id for an exported item: the same migtl id gives the same id in every export."""
    return f"migtl-{kind}-" + hashlib.sha1(f"{kind}:{key}".encode()).hexdigest()[:24]
