"""Users' identity decisions as the CLI takes them in: names cleaned on input, aliases that would
silently fuse two known people refused, and the displayed name a user chose (``migtl rename``).

A ``name`` decision ``{"action": "name", "member": [release id, local id], "name": str}`` is applied
after identities are resolved: the person holding that member is shown under that name, and the
name they had becomes one of their aliases. The latest decision for a person wins.
"""

from __future__ import annotations

from typing import Any

from migtl import names
from migtl.errors import UsageError


def clean_name(value: str, what: str = "name") -> str:
    """A name typed by a user as migtl stores it: no control, invisible or bidi characters, single
    spaces. Raises UsageError when nothing is left."""
    from migtl.read import clean_text

    text = clean_text(value.encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\ufffd", ""))
    text = " ".join(text.split())
    if not text:
        raise UsageError(f"the {what} is empty" if not value.strip() else f"the {what} {value!r} has no visible characters",
                         f"give the {what} in quotes, e.g. \"Vüsal Hüseynov\"")
    return text


def name_key(form: str) -> str:
    """The spelling- and script-neutral key migtl compares names by (as identity resolution does)."""
    return " ".join(names.skeleton(w) for w in form.replace(".", ". ").split() if w.strip(". "))


def owner_of_name(people: list[dict[str, Any]], form: str, but: str | None = None) -> dict[str, Any] | None:
    """The person (other than ``but``) whose name or an alias is ``form`` by :func:`name_key`."""
    key = name_key(form)
    for p in people:
        if p["id"] == but:
            continue
        if any(name_key(f) == key for f in [p["name"], *p.get("aliases", [])]):
            return p
    return None


def apply_display_names(people: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """People with the displayed names users chose; returns the list in name order again."""
    chosen = [d for d in decisions if d.get("action") == "name" and isinstance(d.get("name"), str)]
    if not chosen:
        return people
    owner = {tuple(m): p for p in people for m in p["members"]}
    for d in chosen:  # in the order they were made: the latest wins
        p = owner.get(tuple(d.get("member") or ()))
        if p is None or p["name"] == d["name"]:
            continue
        old = p["name"]
        p["name"] = d["name"]
        p["aliases"] = [a for a in p["aliases"] if a != d["name"]]
        if old not in p["aliases"]:
            p["aliases"].insert(0, old)
    people.sort(key=lambda p: (p["name"].casefold(), p["id"]))
    return people
