"""Finding what a user names on the command line: a person (by id, name in any script, surname, or a
first name alone when only one person has it) and an office (by its name in any of migtl's languages).

``people_named`` returns every candidate; ``one_person`` insists on one and raises a one-line error
that lists the candidates when the name is ambiguous.
"""

from __future__ import annotations

from typing import Any

from migtl import names
from migtl.analysis import Index, match_person
from migtl.errors import NotFound, UsageError


def _first_names(p: dict[str, Any]) -> set[str]:
    out = set()
    for form in [p["name"], *p.get("aliases", [])]:
        words = form.replace(".", ". ").split()
        if len(words) >= 2 and not words[0].endswith("."):
            out.add(words[0])
    return out


def people_named(ix: Index, query: str) -> list[dict[str, Any]]:
    """People the query can mean: an id, a name or alias (script- and spelling-neutral), a surname, or
    a first name when no surname matches."""
    q = " ".join(query.split())
    if not q:
        return []
    by_id = [p for p in ix.people if p["id"] == q]
    if by_id:
        return by_id
    hits = match_person(ix, q)
    if hits or len(q.split()) != 1 or q.endswith("."):
        return hits
    key = names.skeletons(q)
    return [p for p in ix.people if any(names.skeletons(f) & key for f in _first_names(p))]


def one_person(ix: Index, query: str, role: str = "") -> dict[str, Any]:
    """The one person the query names; raises NotFound (nobody) or UsageError (several, listed)."""
    hits = people_named(ix, query)
    where = f" ({role})" if role else ""
    if not hits:
        raise NotFound(f"no person matches {query!r}{where}", "see 'migtl people' for names")
    if len(hits) > 1:
        shown = ", ".join(f"{p['name']} ({p['id']})" for p in hits[:8]) + (", …" if len(hits) > 8 else "")
        raise UsageError(f"{query!r}{where} matches {len(hits)} people: {shown}", "give the full name or the id")
    return hits[0]


def events_of(ix: Index, person_id: str) -> int:
    """In how many releases the person took part (not only mentioned)."""
    n = 0
    for doc in ix.docs:
        local = ix.member_of.get(doc["id"]) or {}
        if any(p["present"] and local.get(p["local_id"], {}).get("id") == person_id for p in doc["extraction"]["people"]):
            n += 1
    return n


def offices_held(ix: Index, person_ids: set[str]) -> set[str]:
    return {o for o, items in ix.office_roles().items() if any(item[3] in person_ids for item in items)}


def offices_of_body(ix: Index, query: str) -> set[str]:
    """Offices of the body the query names in any language ("Государственная миграционная служба",
    "Dövlət Miqrasiya Xidməti"), narrowed to its country when the query names one."""
    from migtl import vocab
    from migtl.extract.roles import find_country, find_org

    org = find_org(query)
    if org is None:
        return set()
    country = find_country(query) or org.country
    wanted = org.display.casefold()
    hits = {o for o in ix.office_roles() if wanted in o.casefold()}
    if country:
        cname = vocab.country_display().get(country, country).casefold()
        hits = {o for o in hits if cname in o.casefold()}
    return hits
