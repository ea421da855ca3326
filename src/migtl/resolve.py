"""Identity across releases: one person however many scripts and spellings name them.

``resolve_people(docs, decisions)`` groups the people of every release (as stored: dicts) into
identities. Two people are one when their surnames match by the transliteration-aware key and
their first names agree (equal key, drifted spelling, or an initial of the other); two different
first names never merge (Heydar / Ilham / Yashar Aliyev). Users' merge, split and alias decisions
are applied on top and survive re-adding, because they name members (release id, local id).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from migtl import names

Member = tuple[str, int]  # (document id, local person id)


class _UF:
    def __init__(self) -> None:
        self.parent: dict[Member, Member] = {}

    def find(self, x: Member) -> Member:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Member, b: Member) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _fold_name(s: str) -> str:
    return " ".join(names.skeleton(w) for w in s.replace(".", ". ").split() if w.strip(". "))


def _is_initial(first: str | None) -> bool:
    return bool(first) and first.endswith(".")  # type: ignore[union-attr]


def display_name(persons: list[dict[str, Any]]) -> str:
    """English spelling if an English release gives one; a romanised form if the person is written
    in more than one script; else the most frequent nominative full name."""
    full = [p for p in persons if not _is_initial(p.get("first"))] or persons
    en = [p["name"] for p in full if p["lang"] == "en" and p["script"] == "latin"]
    if en:
        return Counter(en).most_common(1)[0][0]
    scripts = {p["script"] for p in full}
    if len(scripts) > 1:
        az = [p["name"] for p in full if p["lang"] == "az"]
        if az:
            return names.romanise(Counter(az).most_common(1)[0][0], "az")
        latin = [p["name"] for p in full if p["script"] == "latin"]
        if latin:
            return Counter(latin).most_common(1)[0][0]
    counts = Counter(p["name"] for p in full)
    return max(full, key=lambda p: (counts[p["name"]], len(p["name"])))["name"]


def person_id(members: Iterable[Member]) -> str:
    first = min(members)
    return "p" + hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:9]


def resolve_people(docs: list[dict[str, Any]], decisions: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Identities over all stored releases. Each: id, name, aliases, roles, members, documents."""
    decisions = decisions or []
    persons: dict[Member, dict[str, Any]] = {}
    for d in docs:
        for p in d["extraction"]["people"]:
            persons[(d["id"], p["local_id"])] = {**p, "doc": d["id"]}
    split = {tuple(x["member"]) for x in decisions if x["action"] == "split"}
    user_alias: dict[Member, list[str]] = defaultdict(list)
    for x in decisions:
        if x["action"] == "alias":
            user_alias[tuple(x["member"])].append(x["alias"])  # type: ignore[index]

    uf = _UF()
    # mentions that spell the name the same way are one person: compare each distinct spelling once
    by_spelling: dict[tuple[str, str], list[Member]] = defaultdict(list)
    for key, p in persons.items():
        uf.find(key)
        if key in split:
            continue
        by_spelling[(names.skeleton(p.get("first") or "") if not _is_initial(p.get("first")) else (p.get("first") or ""),
                     names.skeleton(p["last"] or ""))].append(key)
    for keys in by_spelling.values():
        for k in keys[1:]:
            uf.union(keys[0], k)
    blocks: dict[str, list[Member]] = defaultdict(list)
    for keys in by_spelling.values():
        p0 = persons[keys[0]]
        for k in {x[:3] for x in names.skeletons(p0["last"] or "")}:
            blocks[k].append(keys[0])
    # full names first, then initials bound to a single compatible full name
    for keys in blocks.values():
        fulls = [k for k in keys if not _is_initial(persons[k].get("first")) and persons[k].get("first")]
        for i, a in enumerate(fulls):
            pa = persons[a]
            for b in fulls[i + 1:]:
                pb = persons[b]
                if names.surname_compatible(pa["last"], pb["last"]) and names.first_compatible(pa["first"], pb["first"]):
                    uf.union(a, b)
        for k in keys:
            p = persons[k]
            if p.get("first") and not _is_initial(p["first"]):
                continue
            roots = {uf.find(f) for f in fulls if names.surname_compatible(persons[f]["last"], p["last"]) and
                     names.first_compatible(persons[f]["first"], p.get("first"))}
            if len(roots) == 1:
                uf.union(k, roots.pop())
    # user aliases: a person given another's name as an alias is that person
    by_form: dict[str, Member] = {}
    for key, p in persons.items():
        if key not in split:
            by_form.setdefault(_fold_name(p["name"]), key)
    for key, aliases in user_alias.items():
        for a in aliases:
            other = by_form.get(_fold_name(a))
            if other is not None and key in persons:
                uf.union(key, other)
    for x in decisions:
        if x["action"] == "merge":
            a, b = tuple(x["a"]), tuple(x["b"])
            if a in persons and b in persons:
                uf.union(a, b)  # type: ignore[arg-type]

    groups: dict[Member, list[Member]] = defaultdict(list)
    for key in persons:
        groups[uf.find(key)].append(key)
    out = []
    for members in groups.values():
        members.sort()
        ps = [persons[m] for m in members]
        name = display_name(ps)
        aliases: list[str] = []
        for p in ps:
            for f in [p["name"], *p["forms"], *user_alias.get((p["doc"], p["local_id"]), [])]:
                if f and f != name and f not in aliases:
                    aliases.append(f)
        roles: list[str] = []
        for p in ps:
            for r in p["roles"]:
                if r.get("office") and r["office"] not in roles:
                    roles.append(r["office"])
        out.append({"id": person_id(members), "name": name, "aliases": aliases, "roles": roles,
                    "members": [list(m) for m in members],
                    "documents": sorted({m[0] for m in members})})
    out.sort(key=lambda p: (p["name"].casefold(), p["id"]))
    return out
