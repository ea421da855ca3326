"""The shape of every stored field a reader relies on, checked by ``migtl check``.

Each function returns the first problem it finds as a short phrase (``"extraction.date.edtf is a
number, expected text or null"``), or None when the record is sound. Readers never check shapes
themselves: when one trips over a record, the CLI runs these checks and names what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_STR = (str,)
_OPT_STR = (str, type(None))
_INT = (int,)
_BOOL = (bool,)

_NAMES = {str: "text", type(None): "null", int: "a whole number", bool: "true/false", float: "a number",
          list: "a list", dict: "an object"}

_DATE_FIELDS = {"edtf": _OPT_STR, "start": _OPT_STR, "end": _OPT_STR, "precision": _STR, "year_known": _BOOL}
_DOC_FIELDS = {"id": _STR, "path": _STR, "sha256": _STR, "text": _STR, "extraction": (dict,), "lang": _OPT_STR,
               "html_title": _OPT_STR, "html_published": _OPT_STR}
_X_FIELDS = {"lang": _STR, "title": _STR, "published": (dict, type(None)), "date": (dict, type(None)),
             "date_sentence": (int, type(None)), "date_source": _STR, "place": _OPT_STR, "country": _OPT_STR,
             "sentences": (list,), "people": (list,), "meetings": (list,), "kind": _OPT_STR, "mentioned": (list,)}
_PERSON_FIELDS = {"local_id": _INT, "name": _STR, "first": _OPT_STR, "last": _STR, "forms": (list,), "script": _STR,
                  "lang": _STR, "mentions": (list,), "roles": (list,), "present": _BOOL}
_MENTION_FIELDS = {"text": _STR, "start": _INT, "end": _INT, "sentence": _INT, "active": _BOOL}
_ROLE_FIELDS = {"text": _STR, "title": _OPT_STR, "org": _OPT_STR, "country": _OPT_STR, "office": _OPT_STR,
                "status": _STR}
_MEETING_FIELDS = {"a": _INT, "b": _INT, "kind": _STR, "sentence": _INT}
_MENTIONED_FIELDS = {"kind": _STR, "date": (dict,), "sentence": _STR, "people": (list,), "place": _OPT_STR}
_PEOPLE_FIELDS = {"id": _STR, "name": _STR, "aliases": (list,), "roles": (list,), "members": (list,),
                  "documents": (list,)}
OPTIONAL_DOC = ("lang", "html_title", "html_published")


def _kind(value: Any) -> str:
    return _NAMES.get(type(value), type(value).__name__)


def _wanted(types: tuple[type, ...]) -> str:
    return " or ".join(_NAMES.get(t, t.__name__) for t in types)


def _ok(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # JSON true is not a number here
    return isinstance(value, types)


def fields(record: Any, spec: Mapping[str, tuple[type, ...]], where: str, optional: tuple[str, ...] = ()) -> str | None:
    """The first field of ``record`` that is missing or of the wrong type."""
    if not isinstance(record, dict):
        return f"{where} is {_kind(record)}, expected an object"
    for key, types in spec.items():
        if key not in record:
            if key in optional:
                continue
            return f"{where + '.' if where else ''}{key} is missing"
        if not _ok(record[key], types):
            return f"{where + '.' if where else ''}{key} is {_kind(record[key])}, expected {_wanted(types)}"
    return None


def _texts(values: Any, where: str) -> str | None:
    if not all(isinstance(v, str) for v in values):
        return f"{where} holds something that is not text"
    return None


def document(d: Any) -> str | None:
    """A release record: its own fields, its extraction, and everything inside the extraction."""
    problem = fields(d, _DOC_FIELDS, "", OPTIONAL_DOC)
    if problem:
        return problem
    return extraction(d["extraction"])


def extraction(x: dict[str, Any]) -> str | None:
    problem = fields(x, _X_FIELDS, "extraction", ("published", "date", "date_sentence", "date_source", "place",
                                                   "country", "kind", "mentioned"))
    if problem:
        return problem
    for key in ("published", "date"):
        if x.get(key) is not None:
            problem = fields(x[key], _DATE_FIELDS, f"extraction.{key}", ("year_known", "precision"))
            if problem:
                return problem
    problem = _texts(x["sentences"], "extraction.sentences")
    if problem:
        return problem
    for i, p in enumerate(x["people"]):
        where = f"extraction.people[{i}]"
        problem = fields(p, _PERSON_FIELDS, where) or _texts(p["forms"], f"{where}.forms")
        if problem:
            return problem
        for j, m in enumerate(p["mentions"]):
            problem = fields(m, _MENTION_FIELDS, f"{where}.mentions[{j}]")
            if problem:
                return problem
        for j, r in enumerate(p["roles"]):
            problem = fields(r, _ROLE_FIELDS, f"{where}.roles[{j}]", ("status",))
            if problem:
                return problem
    for i, m in enumerate(x["meetings"]):
        problem = fields(m, _MEETING_FIELDS, f"extraction.meetings[{i}]")
        if problem:
            return problem
        if m["kind"] not in ("met", "attended"):
            return f"extraction.meetings[{i}].kind is {m['kind']!r}, expected 'met' or 'attended'"
    for i, m in enumerate(x.get("mentioned") or []):  # events the release only refers to (events.py)
        where = f"extraction.mentioned[{i}]"
        problem = fields(m, _MENTIONED_FIELDS, where, ("place",)) or fields(m["date"], _DATE_FIELDS, f"{where}.date")
        if problem:
            return problem
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in m["people"]):
            return f"{where}.people holds something that is not a whole number"
    return None


def person(p: Any) -> str | None:
    """A record of the people table."""
    problem = fields(p, _PEOPLE_FIELDS, "")
    if problem:
        return problem
    return _texts(p["aliases"], "aliases") or _texts(p["roles"], "roles") or _texts(p["documents"], "documents")
