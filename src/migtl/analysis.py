"""Answers from the store: timeline, people, who met whom, tenures. JSON-ready, stable order.

The shapes are those of ``docs/contract.md`` (a superset of the scorer's contract in
``shared/eval/README.md``): every item carries its releases and the sentence behind it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from migtl import names
from migtl.edtf import parse_iso_day
from migtl.events import event_groups, grouping, pairs
from migtl.store import Store

# migtl.extract (and its dictionaries) is imported only by the few answers that read dates in sentences

# (release, person as the release names them, role, person id)
RoleRef = tuple[dict[str, Any], dict[str, Any], dict[str, Any], str]


class Index:
    """Lookups built once per command: member -> person, person by id, documents by id.

    Build it once and pass it on (``timeline(store, ix=ix)``): every answer takes an optional index.
    """

    def __init__(self, store: Store) -> None:
        self.docs = store.documents()
        self.doc_by_id = {d["id"]: d for d in self.docs}
        self.people = store.people()
        self.person_by_id = {p["id"]: p for p in self.people}
        # release id -> local id -> person: one small dict per release instead of a tuple per member
        self.member_of: dict[str, dict[int, dict[str, Any]]] = {}
        for p in self.people:
            for doc_id, lid in p["members"]:
                self.member_of.setdefault(doc_id, {})[lid] = p
        self._office_roles: dict[str, list[RoleRef]] | None = None

    def office_roles(self) -> dict[str, list[RoleRef]]:
        """office -> every role with that office as (release, person as the release names them, role,
        person id), in release order: the one pass over the releases that tenure and offices need."""
        if self._office_roles is None:
            roles: dict[str, list[RoleRef]] = defaultdict(list)
            for doc in self.docs:
                local = self.member_of.get(doc["id"]) or {}
                for p in doc["extraction"]["people"]:
                    held = [r for r in p["roles"] if r.get("office")]
                    if not held:
                        continue
                    person = local.get(p["local_id"])
                    pid = person["id"] if person else f"{doc['id']}:{p['local_id']}"
                    for r in held:
                        roles[r["office"]].append((doc, p, r, pid))
            self._office_roles = roles
        return self._office_roles

    def ref(self, doc_id: str, local_id: int) -> dict[str, str]:
        local = self.member_of.get(doc_id)
        p = local.get(local_id) if local else None
        return {"id": p["id"], "name": p["name"]} if p else {"id": f"{doc_id}:{local_id}", "name": "?"}

    def doc_ref(self, doc_id: str) -> dict[str, str]:
        return {"id": doc_id, "path": self.doc_by_id[doc_id]["path"]}


def _sentence(x: dict[str, Any], i: int | None) -> str | None:
    sents = x.get("sentences") or []
    return sents[i] if i is not None and 0 <= i < len(sents) else None


def _sort_key(ev: dict[str, Any]) -> tuple[Any, ...]:
    d = ev["date"]
    start = d.get("start") or ""
    return (not d.get("year_known", False), start.replace("XXXX", "9999"), ev["title"])




def _in_range(ev: dict[str, Any], lo: date | None, hi: date | None) -> bool:
    d = ev["date"]
    if lo is None and hi is None:
        return True
    if not d.get("year_known"):
        return False
    s, e = parse_iso_day(d.get("start")), parse_iso_day(d.get("end"))
    if s is None or e is None:
        return False
    return (lo is None or e >= lo) and (hi is None or s <= hi)


def match_person(ix: Index, query: str) -> list[dict[str, Any]]:
    """People whose name or an alias matches the query (script- and spelling-neutral)."""
    q = [w for w in query.replace(".", ". ").split() if w.strip(". ")]
    if not q:
        return []
    by_id = [p for p in ix.people if p["id"] == query.strip()]
    if by_id:  # an id, as 'migtl people' shows it
        return by_id
    qkey = " ".join(names.skeleton(w) for w in q)
    exact, loose = [], []
    for p in ix.people:
        forms = [p["name"], *p["aliases"]]
        keys = {" ".join(names.skeleton(w) for w in f.replace(".", ". ").split() if w.strip(". ")) for f in forms}
        if qkey in keys:
            exact.append(p)
            continue
        for f in forms:
            ws = f.split()
            if len(q) == 1 and ws and names.surname_compatible(ws[-1], q[0]):
                loose.append(p)
                break
            if len(q) >= 2 and len(ws) >= 2 and names.surname_compatible(ws[-1], q[-1]) and names.first_compatible(ws[0], q[0]):
                loose.append(p)
                break
    return exact or loose


def timeline(store: Store, start: date | None = None, end: date | None = None, person: str | None = None,
             place: str | None = None, ix: Index | None = None) -> list[dict[str, Any]]:
    ix = ix or Index(store)
    events = grouping(ix, store.decisions()).events  # one event however many releases report it
    if person:
        ids = {p["id"] for p in match_person(ix, person)}
        events = [e for e in events if ids & {r["id"] for r in e["participants"]}
                  or any(ids & {r["id"] for r in rel["participants"]} for rel in e["releases"])]
    if place:
        pl = place.casefold()
        events = [e for e in events if e["place"] and pl in e["place"].casefold()]
    events = [e for e in events if _in_range(e, start, end)]
    return sorted(events, key=_sort_key)


def people(store: Store, ix: Index | None = None) -> list[dict[str, Any]]:
    ix = ix or Index(store)
    by_id = ix.doc_by_id
    out = []
    for p in ix.people:
        out.append({"id": p["id"], "name": p["name"], "aliases": p["aliases"], "roles": p["roles"],
                    "documents": [{"id": d, "path": by_id[d]["path"]} for d in p["documents"] if d in by_id]})
    return out


def who_met(store: Store, name: str | None = None, kind: str | None = None,
            ix: Index | None = None) -> list[dict[str, Any]]:
    ix = ix or Index(store)
    wanted = {p["id"] for p in match_person(ix, name)} if name else None
    rows = [r for r in pairs(ix, event_groups(ix, store.decisions()), kind)  # a pair once per event
            if wanted is None or r[1]["a"]["id"] in wanted or r[1]["b"]["id"] in wanted]
    rows.sort(key=lambda r: r[0])
    return [r[1] for r in rows]


def documents(store: Store, ix: Index | None = None) -> list[dict[str, Any]]:
    out = []
    for d in (ix.docs if ix else store.documents()):
        x = d["extraction"]
        out.append({"id": d["id"], "path": d["path"], "title": x.get("title"), "lang": x.get("lang"),
                    "published": (x.get("published") or {}).get("edtf"), "date": (x.get("date") or {}).get("edtf")})
    return out


def stats(store: Store, ix: Index | None = None) -> dict[str, Any]:
    ix = ix or Index(store)
    docs = ix.docs
    by_lang: dict[str, int] = defaultdict(int)
    by_year: dict[str, int] = defaultdict(int)
    no_date, no_people = [], []
    for d in docs:
        x = d["extraction"]
        by_lang[x.get("lang") or "?"] += 1
        dd = x.get("date")
        if dd and dd.get("year_known"):
            by_year[dd["start"][:4]] += 1
        elif dd:
            by_year["unknown year"] += 1
        else:
            no_date.append(d["path"])
        if not x["people"]:
            no_people.append(d["path"])
    ppl = ix.people
    from migtl.tenure import offices

    offs = offices(store, ix)
    return {"documents": len(docs), "people": len(ppl), "offices": len(offs),
            "by_language": dict(sorted(by_lang.items())), "by_year": dict(sorted(by_year.items())),
            "by_office": {o["office"]: len(o["holders"]) for o in offs},
            "by_person": {p["name"]: len(p["documents"]) for p in sorted(ppl, key=lambda p: -len(p["documents"]))[:20]},
            "no_date": no_date, "no_people": no_people}
