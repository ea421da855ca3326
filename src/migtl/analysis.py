"""Answers from the store: timeline, people, who met whom, tenures. JSON-ready, stable order.

The shapes are those of ``docs/contract.md`` (a superset of the scorer's contract in
``shared/eval/README.md``): every item carries its releases and the sentence behind it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from migtl import names
from migtl.extract import dates as D
from migtl.models import NO_DATE
from migtl.store import Store


class Index:
    """Lookups built once per command: member -> person, person by id, documents by id."""

    def __init__(self, store: Store) -> None:
        self.docs = store.documents()
        self.doc_by_id = {d["id"]: d for d in self.docs}
        self.people = store.people()
        self.person_by_id = {p["id"]: p for p in self.people}
        self.member: dict[tuple[str, int], dict[str, Any]] = {}
        for p in self.people:
            for doc_id, lid in p["members"]:
                self.member[(doc_id, lid)] = p

    def ref(self, doc_id: str, local_id: int) -> dict[str, str]:
        p = self.member.get((doc_id, local_id))
        return {"id": p["id"], "name": p["name"]} if p else {"id": f"{doc_id}:{local_id}", "name": "?"}

    def doc_ref(self, doc_id: str) -> dict[str, str]:
        return {"id": doc_id, "path": self.doc_by_id[doc_id]["path"]}


def _date_json(x: dict[str, Any]) -> dict[str, Any]:
    d = x.get("date")
    return dict(d) if d else dict(NO_DATE)


def _sentence(x: dict[str, Any], i: int | None) -> str | None:
    sents = x.get("sentences") or []
    return sents[i] if i is not None and 0 <= i < len(sents) else None


def event_of(ix: Index, doc: dict[str, Any]) -> dict[str, Any]:
    x = doc["extraction"]
    participants = [ix.ref(doc["id"], p["local_id"]) for p in x["people"] if p["present"]]
    evidence = []
    s = _sentence(x, x.get("date_sentence"))
    if s:
        evidence.append({"document": doc["id"], "sentence": s, "what": "date"})
    elif x.get("date_source") == "published" and x.get("published"):
        evidence.append({"document": doc["id"], "sentence": f"published {x['published']['edtf']}", "what": "date"})
    return {"id": "e" + doc["id"], "date": _date_json(x), "title": x.get("title") or "", "place": x.get("place"),
            "lang": x.get("lang"), "participants": participants, "documents": [ix.doc_ref(doc["id"])],
            "mentioned": False, "evidence": evidence}


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
    s, e = D.parse_iso_day(d.get("start")), D.parse_iso_day(d.get("end"))
    if s is None or e is None:
        return False
    return (lo is None or e >= lo) and (hi is None or s <= hi)


def match_person(ix: Index, query: str) -> list[dict[str, Any]]:
    """People whose name or an alias matches the query (script- and spelling-neutral)."""
    q = [w for w in query.replace(".", ". ").split() if w.strip(". ")]
    if not q:
        return []
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
             place: str | None = None) -> list[dict[str, Any]]:
    ix = Index(store)
    events = [event_of(ix, d) for d in ix.docs]
    if person:
        ids = {p["id"] for p in match_person(ix, person)}
        events = [e for e in events if ids & {r["id"] for r in e["participants"]}]
    if place:
        pl = place.casefold()
        events = [e for e in events if e["place"] and pl in e["place"].casefold()]
    events = [e for e in events if _in_range(e, start, end)]
    return sorted(events, key=_sort_key)


def people(store: Store) -> list[dict[str, Any]]:
    ix = Index(store)
    out = []
    for p in ix.people:
        out.append({"id": p["id"], "name": p["name"], "aliases": p["aliases"], "roles": p["roles"],
                    "documents": [ix.doc_ref(d) for d in p["documents"] if d in ix.doc_by_id]})
    return out


def who_met(store: Store, name: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    ix = Index(store)
    wanted = {p["id"] for p in match_person(ix, name)} if name else None
    out = []
    for doc in ix.docs:
        x = doc["extraction"]
        for m in x["meetings"]:
            if kind and m["kind"] != kind:
                continue
            a, b = ix.ref(doc["id"], m["a"]), ix.ref(doc["id"], m["b"])
            if a["id"] == b["id"]:
                continue
            if wanted is not None and not ({a["id"], b["id"]} & wanted):
                continue
            if a["name"].casefold() > b["name"].casefold():
                a, b = b, a
            sent = _sentence(x, m["sentence"]) if m["sentence"] >= 0 else None
            out.append({"a": a, "b": b, "kind": m["kind"], "date": _date_json(x), "event": "e" + doc["id"],
                        "title": x.get("title") or "", "documents": [ix.doc_ref(doc["id"])],
                        "evidence": [{"document": doc["id"], "sentence": sent}] if sent else []})
    out.sort(key=lambda r: (r["kind"] != "met", _sort_key({"date": r["date"], "title": r["title"]}), r["a"]["name"], r["b"]["name"]))
    return out


def _office_evidence(ix: Index) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """office -> person id -> evidence records."""
    from migtl import vocab

    offices: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for doc in ix.docs:
        x = doc["extraction"]
        d = x.get("date") or {}
        lang = x.get("lang") if x.get("lang") in vocab.LANGS else "en"
        lv = vocab.lang(lang)
        for p in x["people"]:
            ref = ix.ref(doc["id"], p["local_id"])
            sents = {m["sentence"] for m in p["mentions"]}
            for r in p["roles"]:
                if not r.get("office"):
                    continue
                sentence = next((_sentence(x, i) for i in sorted(sents) if _sentence(x, i) and r["text"][:20] in (_sentence(x, i) or "")),
                                _sentence(x, min(sents)) if sents else None)
                rec = {"document": ix.doc_ref(doc["id"]), "date": d.get("edtf"), "start": d.get("start"),
                       "end": d.get("end"), "year_known": d.get("year_known", False), "sentence": sentence,
                       "status": r.get("status", "current"), "change": None, "change_date": None}
                if sentence and lv.dismissed.search(sentence):
                    rec["change"] = "dismissed"
                elif sentence and lv.appointed.search(sentence):
                    rec["change"] = "appointed"
                if rec["change"] and sentence:
                    anchor = D.parse_iso_day(d.get("start")) if d.get("year_known") else None
                    found = [m for m in D.find_dates(sentence, lang) if m.kind == "date"]
                    if found:
                        v = D.resolve(found[0], anchor)
                        rec["change_date"] = v.edtf if v else None
                    else:
                        rec["change_date"] = d.get("edtf")
                offices[r["office"]][ref["id"]].append(rec)
    return offices


def _holders(ix: Index, per_person: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    holders = []
    for pid, evs in per_person.items():
        current = [e for e in evs if e["status"] != "former" and e["change"] != "dismissed"]
        known = [e for e in current if e["year_known"] and e["start"]]
        first = min((e["start"] for e in known), default=None)
        last = max((e["end"] for e in known), default=None)
        appointed = next((e["change_date"] for e in evs if e["change"] == "appointed"), None)
        dismissed = next((e["change_date"] for e in evs if e["change"] == "dismissed"), None)
        p = ix.person_by_id.get(pid, {"id": pid, "name": "?"})
        holders.append({"person": {"id": p["id"], "name": p["name"]}, "first_seen": first, "last_seen": last,
                        "appointed": appointed, "dismissed": dismissed, "former_only": not current,
                        "evidence": [{"document": e["document"], "date": e["date"], "sentence": e["sentence"],
                                      "status": e["status"], "change": e["change"]} for e in evs]})
    holders.sort(key=lambda h: (h["first_seen"] is None and not h["former_only"], h["first_seen"] or "0000" if h["former_only"] else h["first_seen"] or "9999", h["person"]["name"]))
    return holders


def offices(store: Store) -> list[dict[str, Any]]:
    ix = Index(store)
    out = []
    for office, per_person in sorted(_office_evidence(ix).items()):
        holders = _holders(ix, per_person)
        handovers = []
        for a, b in zip(holders, holders[1:]):
            handovers.append({"from": a["person"]["id"], "to": b["person"]["id"], "after": a["last_seen"] or a["dismissed"],
                              "before": b["first_seen"] or b["appointed"]})
        out.append({"office": office, "holders": holders, "handovers": handovers})
    return out


def tenure(store: Store, query: str) -> list[dict[str, Any]]:
    """Offices held by the person the query names, or offices whose name matches the query."""
    ix = Index(store)
    all_offices = offices(store)
    persons = {p["id"] for p in match_person(ix, query)}
    if persons:
        held = [o for o in all_offices if persons & {h["person"]["id"] for h in o["holders"]}]
        if held:
            return held
    q = query.casefold()
    hits = [o for o in all_offices if q in o["office"].casefold()]
    if not hits:
        words = [w for w in q.split() if len(w) > 2]
        hits = [o for o in all_offices if words and all(w in o["office"].casefold() for w in words)]
    return hits


def documents(store: Store) -> list[dict[str, Any]]:
    out = []
    for d in store.documents():
        x = d["extraction"]
        out.append({"id": d["id"], "path": d["path"], "title": x.get("title"), "lang": x.get("lang"),
                    "published": (x.get("published") or {}).get("edtf"), "date": (x.get("date") or {}).get("edtf")})
    return out


def stats(store: Store) -> dict[str, Any]:
    docs = store.documents()
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
    ppl = store.people()
    offs = offices(store)
    return {"documents": len(docs), "people": len(ppl), "offices": len(offs),
            "by_language": dict(sorted(by_lang.items())), "by_year": dict(sorted(by_year.items())),
            "by_office": {o["office"]: len(o["holders"]) for o in offs},
            "by_person": {p["name"]: len(p["documents"]) for p in sorted(ppl, key=lambda p: -len(p["documents"]))[:20]},
            "no_date": no_date, "no_people": no_people}
