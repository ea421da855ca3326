"""Tenure: who held an office when, from the roles releases state, with their dated evidence.

``offices(store)`` lists every office with its holders in order and the handovers between them;
``tenure(store, query)`` answers for a person (their offices) or an office named in any language.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from migtl.analysis import Index, _sentence, match_person
from migtl.edtf import parse_iso_day
from migtl.store import Store


def _office_evidence(ix: Index, wanted: set[str] | None = None) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """office -> person id -> evidence records (only the offices in ``wanted`` when it is given)."""
    from migtl import vocab

    roles = ix.office_roles()
    offices: dict[str, dict[str, list[dict[str, Any]]]] = {}
    changes: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    texts_of: dict[int, tuple[list[int], list[str]]] = {}  # id(person as a release names them) -> sentences
    for office in roles if wanted is None else [o for o in roles if o in wanted]:
        per_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for doc, p, r, pid in roles[office]:
            x = doc["extraction"]
            doc_id = doc["id"]
            d = x.get("date") or {}
            if id(p) not in texts_of:
                sents = sorted({m["sentence"] for m in p["mentions"]})
                texts_of[id(p)] = sents, [t for t in (_sentence(x, i) for i in sents) if t]
            sents, texts = texts_of[id(p)]
            cue = r["text"][:20]
            sentence = next((t for t in texts if cue in t), _sentence(x, sents[0]) if sents else None)
            change, change_date = None, None
            if sentence:
                key = (doc_id, sentence)
                if key not in changes:
                    lang = x.get("lang") if x.get("lang") in vocab.LANGS else "en"
                    changes[key] = _change(sentence, lang, d)
                change, change_date = changes[key]
            per_person[pid].append(
                {"document": ix.doc_ref(doc_id), "date": d.get("edtf"), "start": d.get("start"),
                 "end": d.get("end"), "year_known": d.get("year_known", False), "sentence": sentence,
                 "status": r.get("status", "current"), "change": change, "change_date": change_date})
        offices[office] = per_person
    return offices


def _change(sentence: str, lang: str, d: dict[str, Any]) -> tuple[str | None, str | None]:
    """Whether a sentence says someone was appointed or dismissed, and the date it gives for that."""
    from migtl import vocab

    dismissed, appointed = vocab.change_words(lang)
    if dismissed.search(sentence):
        change = "dismissed"
    elif appointed.search(sentence):
        change = "appointed"
    else:
        return None, None
    from migtl.extract import dates as D

    anchor = parse_iso_day(d.get("start")) if d.get("year_known") else None
    found = [m for m in D.find_dates(sentence, lang) if m.kind == "date"]
    if found:
        v = D.resolve(found[0], anchor)
        return change, v.edtf if v else None
    return change, d.get("edtf")


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


def offices(store: Store, ix: Index | None = None, wanted: set[str] | None = None) -> list[dict[str, Any]]:
    """Every office (or only those in ``wanted``) with its holders in order and the handovers."""
    ix = ix or Index(store)
    out = []
    for office, per_person in sorted(_office_evidence(ix, wanted).items()):
        holders = _holders(ix, per_person)
        handovers = []
        for a, b in zip(holders, holders[1:]):
            handovers.append({"from": a["person"]["id"], "to": b["person"]["id"], "after": a["last_seen"] or a["dismissed"],
                              "before": b["first_seen"] or b["appointed"]})
        out.append({"office": office, "holders": holders, "handovers": handovers})
    return out


def tenure(store: Store, query: str, ix: Index | None = None) -> list[dict[str, Any]]:
    """Offices held by the person the query names, or offices whose name matches the query."""
    ix = ix or Index(store)
    roles = ix.office_roles()
    persons = {p["id"] for p in match_person(ix, query)}
    if persons:
        held = {o for o, items in roles.items() if any(item[3] in persons for item in items)}
        if held:
            return offices(store, ix, held)
    names_ = sorted(roles)
    q = query.casefold()
    hits = {o for o in names_ if q in o.casefold()}
    if not hits:
        # "Head of the SMS of Ukraine", "начальник ГМС", "DMX rəisi": read the query as a role
        from migtl.extract.lang import detect_language
        from migtl.extract.roles import parse_role

        lang = detect_language(query)
        home = {"az": "AZ", "uk": "UA"}.get(lang)  # a national body named in its own language
        role = parse_role(query, lang if lang in ("en", "ru", "uk", "az") else "en", home)
        if role and role.office:
            hits = {o for o in names_ if o == role.office} or \
                   {o for o in names_ if role.office.casefold() in o.casefold() or o.casefold() in role.office.casefold()}
    if not hits:
        words = [w for w in q.split() if len(w) > 2]
        hits = {o for o in names_ if words and all(w in o.casefold() for w in words)}
    return offices(store, ix, hits) if hits else []
