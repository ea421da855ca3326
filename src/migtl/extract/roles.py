"""Role phrases ("Chief of the State Migration Service", "начальником ГМС", "DMX rəisi") to offices.

An office is a title kind plus an organisation (plus a country for national bodies), so the
same office written in four languages gets one key and one English display name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from migtl import vocab
from migtl.models import Role

_FORMER = re.compile(r"(?<!\w)(?:former|ex-|previous|late|бывш\w+|прежн\w+|экс-|колишн\w+|попередн\w+|sabiq|keçmiş|mərhum)(?!\w)", re.I)
_SPACE = re.compile(r"\s+")
_HEAD_OF_STATE = {"president"}
_MINISTRIES = {"mia", "mfa", "mol", "moj"}
_HOME = {"az": "AZ", "uk": "UA"}


def find_country(text: str) -> str | None:
    found = vocab.find_countries(text)
    return found[0][1] if found else None


def doc_country(text: str, lang: str | None = None) -> str | None:
    """The country of the national bodies a release names without one: a country written next to a
    migration service counts most, then the country mentioned most often."""
    if lang in _HOME:
        return _HOME[lang]  # an Azerbaijani or Ukrainian release names its own country's bodies bare
    counts: dict[str, float] = {}
    for _, code in vocab.find_countries(text):
        if code != "EU":
            counts[code] = counts.get(code, 0) + 1
    national = {o.id for o in vocab.orgs() if o.national}
    for start, end, org_id in vocab.find_orgs(text):
        if org_id in national:
            after = re.match(r"\s*(?:of\s+)?(?:the\s+)?(?:republic\s+of\s+)?(\w+)", text[end:end + 40], re.I)
            before = re.search(r"(\w+)\s+(?:respublikası|republic\s+)?$", text[max(0, start - 40):start], re.I)
            code = (find_country(after.group(1)) if after else None) or (find_country(before.group(1)) if before else None)
            if code:
                counts[code] = counts.get(code, 0) + 5
    cities = vocab.cities()
    for idx in {i for _, i in vocab.find_cities(text)}:
        city = cities[idx]
        if city.country:
            counts[city.country] = counts.get(city.country, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def doc_org(text: str) -> str | None:
    """The national body a release is mostly about (for "the Service" later in it)."""
    wanted = {o.id for o in vocab.orgs() if o.national or o.country}
    counts: dict[str, int] = {}
    for _, _, org_id in vocab.find_orgs(text):
        if org_id in wanted:
            counts[org_id] = counts.get(org_id, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def title_kind(text: str, lang: str) -> vocab.TitleKind | None:
    for k in vocab.titles():
        if k.rx[lang].search(text) or (lang != "en" and k.rx["en"].search(text)):
            return k
    return None


def find_org(text: str) -> vocab.Org | None:
    for o in vocab.orgs():
        if o.rx.search(text):
            return o
    return None


_ORG_GENERIC = re.compile(
    r"(?:the|republic|state|national|federal|mission|office|representation|республик\w*|государственн\w*|державн\w*|"
    r"respublika\w*|dövlət|представительств\w*|представництв\w*|миссии|місії|офис\w*|офіс\w*|бюро|"
    r"nümayəndəliy\w*|ofis\w*)$", re.I)
_GENERIC_SERVICE = re.compile(r"(?<!\w)(?:the Service|Service|Служб\w*|службы|Xidmət\w*|Служб\w*)(?!\w)")
_CAP_WORD = re.compile(r"\b[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ][\w'’-]+")


def _org_adjacent(text: str, title: re.Match[str], lang: str) -> vocab.Org | None:
    """The known organisation the title belongs to, if no other named body stands between them."""
    for o in vocab.orgs():
        m = o.rx.search(text)
        if not m:
            continue
        if lang == "az" and m.end() <= title.start():
            gap = text[m.end():title.start()]
        elif m.start() >= title.end():
            gap = text[title.end():m.start()]
        else:
            gap = ""
        foreign = [w for w in _CAP_WORD.findall(gap) if find_country(w) is None and not _ORG_GENERIC.match(w)]
        return None if foreign else o
    return None


@lru_cache(maxsize=65536)
def parse_role(text: str, lang: str, context_country: str | None, context_org: str | None = None) -> Role | None:
    """Normalise a role phrase; None when it holds no title.

    >>> parse_role("Chief of the State Migration Service", "en", "AZ").office
    'Chief of the State Migration Service of Azerbaijan'
    """
    text = _SPACE.sub(" ", text).strip(" ,;:—–-()")
    if not text:
        return None
    kind = title_kind(text, lang)
    if kind is None:
        return None
    tm = None
    for code in {lang, "en"}:
        tm = tm or vocab.title_any(code).search(text)
    org = _org_adjacent(text, tm, lang) if tm else find_org(text)
    if org is None and context_org and _GENERIC_SERVICE.search(text) and not find_org(text):
        org = next((o for o in vocab.orgs() if o.id == context_org), None)  # "Deputy Chief of the Service"
    country = find_country(text)
    status = "former" if _FORMER.search(text) else ("acting" if kind.kind == "acting_head" else "current")
    names = vocab.country_display()
    if org is not None:
        if org.country:
            country = org.country
        elif org.national and country is None:
            country = context_country
        if kind.kind == "head" and org.id in _MINISTRIES:
            kind = next(k for k in vocab.titles() if k.kind == "minister")  # the head of a ministry is its minister
        title = org.head if kind.kind == "head" else kind.display
        office = f"{title} of the {org.display}" if not org.display.isupper() else f"{title} of {org.display}"
        if kind.kind in ("minister", "deputy_minister", "first_deputy_minister") and org.display.startswith("Ministry of "):
            office = f"{kind.display} of {org.display[len('Ministry of '):]}"
        if kind.kind in ("ambassador", "permanent_representative") and country:
            office = f"{kind.display} of {names.get(country, country)} to the {org.display}"
            return Role(text=text, title=kind.kind, org=org.id, country=country, office=office, status=status)
        if country:
            office += f" of {names.get(country, country)}" if org.national or org.country else f" ({names.get(country, country)})"
        return Role(text=text, title=kind.kind, org=org.id, country=country, office=office, status=status)
    if kind.kind in _HEAD_OF_STATE | {"prime_minister", "ambassador", "minister", "deputy_minister", "first_deputy_minister"}:
        country = country or (context_country if kind.kind in _HEAD_OF_STATE | {"prime_minister"} else None)
        if country:
            office = f"{kind.display} of {names.get(country, country)}"
            return Role(text=text, title=kind.kind, org=None, country=country, office=office, status=status)
    if kind.kind in ("journalist", "professor", "adviser"):
        return Role(text=text, title=kind.kind, org=None, country=country, office=None, status=status)
    # an organisation we have no entry for: keep the phrase as written
    return Role(text=text, title=kind.kind, org=None, country=country, office=text[:1].upper() + text[1:], status=status)


def is_head_of_state(role: Role | None) -> bool:
    return role is not None and role.title in _HEAD_OF_STATE
