"""Role phrases to offices: a post of a body in a place, with one English name.

"Chief of the State Migration Service", "начальник Государственной миграционной службы" and
"Dövlət Miqrasiya Xidmətinin rəisi" in releases about Azerbaijan are one office, "Chief of the State
Migration Service of Azerbaijan"; "IOM Chief of Mission in Azerbaijan" is the head of IOM's office
there, "Ambassador of Turkey to Azerbaijan" an ambassador sent by one country to another. A body
migtl does not know keeps its name as written (in English releases) or its citation form (the title
in the nominative, in Russian, Ukrainian and Azerbaijani). Generic references ("the Service", "the
organization", "Xidmətin", "ведомства") are the body of that kind the release names.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from migtl import names, vocab
from migtl.extract.titles import Title, find_titles, ranks
from migtl.extract.translate import to_english
from migtl.models import Role

_SPACE = re.compile(r"\s+")
_FORMER_START = re.compile(r"^(?:former|ex-|sabiq|keçmiş|бывш\w+|экс-|колишн\w+|екс-)(?:\s|$)", re.I)
_GIVEN_PLACES = frozenset("argentina montserrat georgia jordan chad india israel kenya".split())
_HOME = {"az": "AZ", "uk": "UA"}

# --- the country and the main body of a release ------------------------------------------------------


def find_country(text: str) -> str | None:
    found = vocab.find_countries(text)
    return found[0][1] if found else None


def doc_country(text: str, lang: str | None = None) -> str | None:
    """The country of the national bodies a release names without one: a country written next to a
    migration service counts most, then the country mentioned most often."""
    if lang in _HOME:
        return _HOME[lang]  # an Azerbaijani or Ukrainian release names its own country's bodies bare
    counts: dict[str, float] = {}
    for start, end, code in vocab.country_spans(text):
        if code == "EU" or re.match(r"\s+[A-Z][a-z]", text[end:end + 3]) and text[start:end].lower() in _GIVEN_PLACES:
            continue  # "Argentina Szabados": a person's first name
        counts[code] = counts.get(code, 0) + 1
    national = {o.id for o in vocab.orgs() if o.national and not o.country}
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


def find_org(text: str) -> vocab.Org | None:
    """The first known organisation a text names."""
    found = vocab.find_orgs(text)
    return vocab.org_by_id()[found[0][2]] if found else None


@dataclass(frozen=True)
class Body:
    """A body a release names: a known organisation with the place written next to it."""

    sentence: int
    org: str
    country: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class Context:
    """What a role phrase is read against: the release's country and the bodies it names, in order."""

    country: str | None = None
    bodies: tuple[Body, ...] = ()
    sentence: int = 0

    def at(self, sentence: int) -> Context:
        return Context(self.country, self.bodies, sentence)

    def last(self, kinds: frozenset[str] | None, international: bool | None = None) -> Body | None:
        """The body of one of ``kinds`` (organisation ids) named last before this sentence, else first after."""
        by = vocab.org_by_id()

        def ok(b: Body) -> bool:
            o = by.get(b.org)
            if o is None:
                return False
            if international is not None and (not o.national) != international:
                return False
            return kinds is None or b.org in kinds

        before = [b for b in self.bodies if b.sentence <= self.sentence and ok(b)]
        if before:
            return before[-1]
        after = [b for b in self.bodies if ok(b)]
        return after[0] if after else None


def bodies_of(sents: list[str], lang: str) -> tuple[Body, ...]:
    """Every known body the sentences name, with its country or region when written right next to it
    ("State Migration Service of Ukraine", "Azərbaycan Respublikası Dövlət Miqrasiya Xidməti",
    "Naxçıvan Muxtar Respublikasının Dövlət Miqrasiya Xidməti")."""
    out = []
    for si, sent in enumerate(sents):
        rank_spans = [(m.start(), m.end()) for m in ranks(lang).finditer(sent)]
        for start, end, org_id in vocab.find_orgs(sent):
            if any(s <= start and end <= e for s, e in rank_spans):
                continue  # "dövlət miqrasiya xidməti müşaviri": a rank, not the body
            before, after = sent[max(0, start - 45):start], sent[end:end + 45]
            region = _region_of(before, lang) if _AUTONOMOUS.search(before[-45:]) else None
            region = region or (_region_of(after[:40], lang) if re.match(r"\s*(?:of\s+)?(?:the\s+)?\S+\s+autonomous", after, re.I) else None)
            out.append(Body(si, org_id, _adjacent_country(before, after), region))
    return tuple(out)


_AFTER_ORG = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:of\s+)?(?:the\s+)?(?:republic\s+of\s+)?([\w'’-]+)", re.I)
_BEFORE_ORG = re.compile(r"([\w'’-]+)(?:['’]s)?\s+(?:respublikas\w*\s+|republic\s+)?$", re.I)


def _adjacent_country(before: str, after: str) -> str | None:
    m = _AFTER_ORG.match(after)
    if m:
        code = vocab.country_of_word(m.group(1)) or vocab.country_of_word(re.sub(r"['’]s$", "", m.group(1)))
        if code:
            return code
    m = _BEFORE_ORG.search(before)
    if m:
        return vocab.country_of_word(re.sub(r"['’]s$", "", m.group(1)))
    return None


# --- regions (sub-national jurisdictions) ------------------------------------------------------------

_AUTONOMOUS = re.compile(
    r"(?P<name>[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ][\w'’-]+)\s+(?:autonomous republic|muxtar respublikas\w*|автономн\w+ республик\w*)", re.I)
_AUTONOMOUS_EN = re.compile(r"autonomous republic of (?P<name>[A-Z][\w'’-]+)")


def _region_of(text: str, lang: str) -> str | None:
    m = _AUTONOMOUS.search(text) or _AUTONOMOUS_EN.search(text)
    if not m:
        return None
    name = m.group("name")
    if names.script(name) == "cyrillic":
        name = _cyr_place_nominative(name, lang)
        name = names.romanise(name, lang)
        name = re.sub(r"^Nakhichevan", "Nakhchivan", name)
    elif lang == "az" or re.search("[əğışçöü]", name.lower()):
        name = _az_nominative_word(name)
        name = names.romanise(name, "az")
    return f"{name} Autonomous Republic"


def _cyr_place_nominative(word: str, lang: str) -> str:
    parses = names._morph(lang if lang in ("ru", "uk") else "ru").parse(word.lower())
    for p in parses:
        if p.tag.POS == "ADJF":
            try:
                nom = p.inflect({"nomn", "femn", "sing"})
            except ValueError:
                nom = None
            if nom:
                w = nom.word
                w = re.sub(r"(?:ская|ская)$", "", w)
                return w[:1].upper() + w[1:]
    return word


def _az_nominative_word(word: str) -> str:
    return re.sub(r"(?:nın|nin|nun|nün|ın|in|un|ün|da|də|dakı|dəki|a|ə)$", "", word) or word


# --- places in a role phrase: "of" a country (its body) or "in/to" a country (where it sits) --------


_EN_LOC_BEFORE = re.compile(r"(?:\b(?:in|to|at|accredited to)\s+(?:the\s+)?(?:republic\s+of\s+)?)$", re.I)
_SLAV_LOC_BEFORE = re.compile(r"(?:(?<!\w)(?:в|во|у|на|при)\s+)$", re.I)
_AZ_LOC_SUFFIX = re.compile(r"(?:dakı|dəki|daki|ndakı|ndəki|da|də|ya|yə|a|ə|dan|dən)$", re.I)
_HOME_LOC = re.compile(r"(?<!\w)(?:ölkəmizdəki|ölkəmizdə|ölkəmizə|в нашей стране|в нашу страну|у нашій країні|in our country|to our country)(?!\w)",
                       re.I)


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    """(country, 'of' | 'in') of each country named in a role phrase, in order."""
    out = []
    for start, end, code in vocab.country_spans(text):
        word = text[start:end]
        before = text[max(0, start - 40):start]
        if lang == "az" and names.script(word) == "latin":
            last = word.split()[-1]
            rel = "in" if _AZ_LOC_SUFFIX.search(last) and not re.search(r"(?:ya|yə)$", last) or \
                re.search(r"(?:ana|ənə|aya|əyə|yana)$", last) else "of"
            if re.search(r"(?:nın|nin|nun|nün|ın|in|un|ün|sı|si|su|sü)$", last):
                rel = "of"
        elif lang in ("ru", "uk") and names.script(word) == "cyrillic":
            rel = "in" if _SLAV_LOC_BEFORE.search(before) else "of"
        else:
            rel = "in" if _EN_LOC_BEFORE.search(before) else "of"
        out.append((code, rel))
    if _HOME_LOC.search(text):
        out.append(("@home", "in"))
    return out


# --- generic references to a body ---------------------------------------------------------------------

_GENERIC = [
    # (pattern, kinds of body it stands for, international?)
    (re.compile(r"(?<!\w)(?:the\s+)?(?:service|служб\w+|ведомств\w+|xidmət\w*|qurum\w*|відомств\w+)(?!\w)", re.I),
     frozenset({"sms", "fms", "migration_service", "border_service", "customs"}), None),
    (re.compile(r"(?<!\w)(?:the\s+)?(?:organi[sz]ation['’]?s?|организаци\w+|організаці\w+|təşkilat\w*)(?!\w)", re.I), None, True),
    (re.compile(r"(?<!\w)(?:the\s+)?(?:ministry|министерств\w+|міністерств\w+|nazirliy\w*)(?!\w)", re.I),
     frozenset({"mia", "mfa", "mol", "moj", "mes"}), None),
    (re.compile(r"(?<!\w)(?:the\s+)?(?:committee|комитет\w*|комітет\w*|komitə\w*)(?!\w)", re.I),
     frozenset({"refugees_committee", "diaspora_committee", "customs"}), None),
    (re.compile(r"(?<!\w)(?:the\s+)?(?:agency|агентств\w+|agentliy\w*)(?!\w)", re.I),
     frozenset({"migration_agency", "labour_migration_agency", "frontex"}), None),
    (re.compile(r"(?<!\w)(?:the\s+)?(?:directorate|управлени\w+|управлінн\w+|idarə\w*)(?!\w)", re.I),
     frozenset({"guvm", "dgmm"}), None),
]
_OFFICE_WORDS = re.compile(
    r"(?<!\w)(?:mission|office|representation|delegation|country office|миссии|миссия|миссией|офис\w*|представительств\w+|"
    r"представництв\w+|місі\w+|офіс\w*|nümayəndəliy\w*|nümayəndəlik\w*|missiya\w*|ofis\w*|bürosu\w*)(?!\w)", re.I)
_UNIT = re.compile(
    r"(?P<unit>(?:(?:[A-Z][\w'’-]*|and|for|of|on|the)\s+){0,6}?(?:[A-Z][\w'’-]*\s+)?(?:Department|Directorate|Division|Unit|Section|"
    r"Bureau|Administration|Centre|Center|Board|Council|Police)(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+and)?\s*){1,5})?)")
_NATIONAL_HEAD_NOUN = re.compile(
    r"(?<!\w)(?:ministry|service|agency|bureau|committee|department|directorate|authority|police|guard|commission|council|office|"
    r"administration|inspectorate|municipality|министерств\w*|служб\w*|агентств\w*|комитет\w*|управлени\w*|департамент\w*|"
    r"міністерств\w*|комітет\w*|управлінн\w*|nazirliy\w*|xidmət\w*|agentliy\w*|komitə\w*|idarə\w*|departament\w*|"
    r"hakimiyyət\w*)(?!\w)", re.I)


# --- the office ------------------------------------------------------------------------------------


def _main_title(text: str, lang: str) -> Title | None:
    titles = [t for t in find_titles(text, lang) if t.base.office]
    if not titles:
        return None
    if lang == "az":
        return titles[-1]
    # the first title not inside a body's own name ("Representative of the UN High Commissioner for Refugees")
    return titles[0]


def parse_role(text: str, lang: str, context_country: str | None, context_org: str | None = None,
               context: Context | None = None) -> Role | None:
    """Normalise a role phrase; None when it holds no title.

    >>> parse_role("Chief of the State Migration Service", "en", "AZ").office
    'Chief of the State Migration Service of Azerbaijan'
    """
    text = _SPACE.sub(" ", text).strip(" ,;:—–-()")
    if not text:
        return None
    if context is None:
        bodies = (Body(0, context_org),) if context_org else ()
        context = Context(context_country, bodies, 0)
    return _parse(text, lang, context)


@lru_cache(maxsize=65536)
def _parse(text: str, lang: str, context: Context) -> Role | None:
    title = _main_title(text, lang)
    if title is None:
        return None
    status = {"former": "former", "new": "new"}.get(title.status or "", "current")
    if status == "current" and _FORMER_START.match(text):
        status = "former"  # "sabiq DMX rəisi", "former IOM Director General"
    if "acting" in title.mods and status == "current":
        status = "acting"
    post = title.base
    rest = text[:title.start] + " " + text[title.end:] if lang != "az" else text[:title.start]
    rest_clean = ranks(lang).sub(" ", rest)
    found = [(s, e, oid) for s, e, oid in vocab.find_orgs(text)]
    by_id = vocab.org_by_id()
    # the body: a known organisation in the phrase (one that overlaps the title names the post itself:
    # "UN High Commissioner for Refugees", "генеральный секретарь ООН")
    org = None
    for s, e, oid in found:
        o = by_id[oid]
        if s < title.base_end and e > title.base_start and not (o.head_office or oid == "un_sg"):
            continue
        org = o
        if lang != "az":
            break
    places = _places(rest_clean, lang)
    region = _region_of(text, lang)
    home = context.country
    places = [(home if c == "@home" else c, rel) for c, rel in places if c != "@home" or home]
    of_country = next((c for c, rel in places if rel == "of" and c != "EU"), None)
    in_country = next((c for c, rel in places if rel == "in" and c != "EU"), None)
    if org is not None and org.id == "migration_service":
        # "the migration service" in a release about a State (or Federal) Migration Service is that body
        named = context.last(frozenset({"sms", "fms"}))
        if named is not None:
            org = by_id[named.org]
            region = region or named.region
            of_country = of_country or named.country
    if org is None:
        org = _generic_body(rest, context, title)
        if org is not None and org.id in {b.org for b in context.bodies}:
            body = context.last(frozenset({org.id}))
            if body is not None:
                region = region or body.region
                of_country = of_country or (body.country if org.national else None)
    if org is None and post.id == "minister":
        org = _portfolio(rest + " " + text[title.start:title.end], lang)
    if org is None and of_country is None and in_country is None and not _has_body(rest, lang):
        org, region, of_country = _bare_title_body(title, context, region, of_country)
    phrase = None if org is not None else _unknown_body(text, title, lang, rest)
    unit = _unit(text, title, org, lang) if org is not None else None
    if unit is None and org is not None and lang == "az" and not any(oid == org.id for _, _, oid in found):
        unit = _generic_unit(text, title)
    role = _office(text, title, org, phrase, of_country, in_country, region, status, context, lang)
    if unit and role.office and org is not None:
        return _unit_office(role, text, title, org, unit, lang)
    return role


_UNIT_NOUN = re.compile(
    r"(?<!\w)(?:department|directorate|division|section|unit|council|board|cent(?:re|er)|administration|bureau|control|"
    r"police|service|departament\w*|департамент\w*|управлени\w*|отдел\w*|служб\w*|совет\w*|центр\w*|дирекци\w*|сектор\w*|"
    r"управлінн\w*|відділ\w*|рад[аиі]\b|idarə\w*|şöbə\w*|şura\w*|mərkəz(?!i\s+asiya)\w*|nəzarət\w*|bölmə\w*|xidmət\w*)(?!\w)", re.I)


def _unit(text: str, title: Title, org: vocab.Org, lang: str) -> str | None:
    """A department of the body that the post heads: the words between the title and the body's name
    ("Director of the Refugee Department, State Migration Service", "начальник Департамента по
    гражданству и миграции МВД", "Xidmətinin Vətəndaşlıq məsələləri baş idarəsinin rəisi")."""
    spans = [(s, e) for s, e, oid in vocab.find_orgs(text) if oid == org.id]
    if not spans:
        return None
    s, e = spans[0] if lang != "az" else spans[-1]
    gap = text[title.end:s] if lang != "az" else text[e:title.start]
    if lang != "az" and s < title.end:
        return None
    words = re.sub(r"^\W*(?:-\w+)?\s*", "", gap)
    words = re.sub(r"^(?:of|for|at|in)\s+(?:the\s+)?", "", words.strip(), flags=re.I)
    words = re.sub(r"\s*(?:,|(?<!\w)(?:of|under|at|in|within))\s*(?:the\s+)?$", "", words.strip(), flags=re.I).strip(" ,")
    if not words or not _UNIT_NOUN.search(words) or _OFFICE_WORDS.fullmatch(words.strip()):
        return None
    if vocab.country_spans(words) and len(words.split()) <= 2:
        return None
    return words


def _generic_unit(text: str, title: Title) -> str | None:
    """"Xidmətin Beynəlxalq əməkdaşlıq şöbəsinin rəisi": a department of the body a generic word names."""
    for rx, _, _ in _GENERIC:
        for m in rx.finditer(text[:title.start]):
            gap = text[m.end():title.start].strip()
            if gap and _UNIT_NOUN.search(gap.split()[-1]):
                return gap
    return None


def _unit_office(role: Role, text: str, title: Title, org: vocab.Org, unit: str, lang: str) -> Role:
    import dataclasses

    place = role.region or _country_name(role.country)
    if lang == "en":
        under = re.search(rf"{re.escape(unit)}\s+under\b", text)
        body = f"the {org.display}" if not org.display.isupper() else org.display
        office = f"{title.english()} of the {unit} {'under' if under else 'of'} {body}" + (f" of {place}" if place else "")
        if re.match(r"(?:the|a)\s", unit, re.I):
            office = office.replace(f"of the {unit}", f"of {unit}")
    else:
        unit_en = to_english(unit, lang)
        body = f"the {org.display}" if not org.display.isupper() else org.display
        office = f"{title.english()} of the {unit_en} of {body}" + (f" of {place}" if place else "") if unit_en else \
            _citation(text, title, lang)
        unit = unit_en or unit
    key = "|".join(str(x) for x in ("unit", _post_key(title.base, title), org.id, _fold(unit), role.region or role.country))
    return dataclasses.replace(role, office=office, unit=unit, key=key)


_ORG_INTERNAL = frozenset("officer coordinator adviser spokesperson representative councillor".split())


def _has_body(rest: str, lang: str) -> bool:
    """The phrase names some body or place besides its title (then it is not a bare title)."""
    words = re.findall(r"[^\W\d_]{3,}", ranks(lang).sub(" ", rest))
    stop = {"the", "and", "for", "mr", "ms", "mrs", "new", "newly", "appointed", "former"}
    return any(w.lower() not in stop for w in words)


def _bare_title_body(title: Title, context: Context, region: str | None, country: str | None
                     ) -> tuple[vocab.Org | None, str | None, str | None]:
    """A title with no body written ("the former director, X", "Senior Regional Policy Officer Y"): the
    body the release is about. A head-of-body title takes the body named last before it; a post inside
    an organisation (an officer, a coordinator) the international organisation named last."""
    post = title.base
    by = vocab.org_by_id()
    body = None
    if post.id == "minister":
        body = context.last(frozenset(o.id for o in vocab.orgs() if o.ministry))
    elif post.top and post.id not in ("president",):
        body = context.last(None)
    elif post.id in _ORG_INTERNAL:
        body = context.last(None, True)
    if body is None:
        return None, region, country
    o = by[body.org]
    if post.id == "minister" and not o.ministry:
        return None, region, country
    return o, region or body.region, country or (body.country if o.national else None)


def _generic_body(rest: str, context: Context, title: Title) -> vocab.Org | None:
    by = vocab.org_by_id()
    for rx, kinds, international in _GENERIC:
        if rx.search(rest):
            b = context.last(kinds, international)
            if b is not None:
                return by[b.org]
    if _OFFICE_WORDS.search(rest):
        b = context.last(None, True)
        if b is not None:
            return by[b.org]
    return None


_PORTFOLIO = {
    "mia": r"internal affairs|interior|home affairs|внутренних дел|внутрішніх справ|daxili işlər",
    "mfa": r"foreign affairs|foreign|иностранных дел|закордонних справ|xarici işlər",
    "mol": r"labou?r(?: and social (?:protection|security|policy))?|труда|соціальної політики|əmək",
    "moj": r"justice|юстиции|юстиції|ədliyyə",
    "mes": r"emergency situations|чрезвычайн\w+ ситуаци\w+|fövqəladə hallar",
}


def _portfolio(rest: str, lang: str) -> vocab.Org | None:
    for oid, pat in _PORTFOLIO.items():
        if re.search(rf"(?<!\w)(?:{pat})(?!\w)", rest, re.I):
            return vocab.org_by_id()[oid]
    return None


def _unknown_body(text: str, title: Title, lang: str, rest: str) -> str | None:
    """A body migtl has no entry for, as the phrase names it; None when the phrase names none."""
    if lang == "en":
        if not _has_body(_strip_places(rest), lang):
            return None
        m = re.match(r"\s*(?:of|for|at|with)\s+(.+)$", text[title.end:], re.I)
        before = text[:title.start].strip()
        if m:
            body = m.group(1).strip(" ,")
            body = re.sub(r"\s+(?:in|to)\s+(?:the\s+)?(?:republic\s+of\s+)?[A-Z]\w+$", "", body)
            return body or None
        if before and before[:1].isupper():
            return re.sub(r"['’]s$", "", before)
        return None
    words = _strip_places(rest)
    words = re.sub(r"(?<!\w)(?:республик\w*|respublikas\w*|в|во|у|на|при|и|та|і|və|üzrə|ölkəmiz\w*)(?!\w)", " ", words, flags=re.I)
    if not re.search(r"[^\W\d_]{3,}", words):
        return None
    return rest.strip()


def _strip_places(text: str) -> str:
    for s, e, _ in sorted(vocab.country_spans(text), reverse=True):
        text = text[:s] + " " + text[e:]
    text = _HOME_LOC.sub(" ", text)
    return re.sub(r"(?<!\w)(?:the\s+)?(?:republic|kingdom|federation|state)\s+of(?!\w)|(?<!\w)(?:of|in|to|at)(?!\w)", " ", text,
                  flags=re.I)


def _country_name(code: str | None) -> str | None:
    if code is None:
        return None
    return vocab.country_display().get(code, code)


def _office(text: str, title: Title, org: vocab.Org | None, phrase: str | None, of_country: str | None,
            in_country: str | None, region: str | None, status: str, context: Context, lang: str) -> Role:
    post = title.base
    mods = tuple(m for m in ("first", "deputy", "acting") if m in title.mods)
    english = title.english()
    country = of_country
    host = None
    unit = None

    def role(office: str | None, org_id: str | None, key_parts: tuple[object, ...]) -> Role:
        key = "|".join(str(p) for p in key_parts) if office else None
        return Role(text=text, title=post.id, org=org_id, country=country, office=office, status=status, mods=mods,
                    host=host, region=region, unit=unit, key=key)

    if not post.office:
        return role(None, None, ())
    # an ambassador: sent by one country to another
    if post.id == "ambassador" and (org is None or org.id == "embassy"):
        sending = of_country or (in_country if in_country and in_country != context.country and not of_country else None)
        host = in_country if in_country and in_country != sending else (context.country if context.country != sending else None)
        if sending is None:
            country = None
            return role(None, None, ())
        country = sending
        office = f"{english} of {_country_name(sending)}" + (f" to {_country_name(host)}" if host else "")
        return role(office, "embassy", ("ambassador", mods, sending, host))
    if post.id == "representative" and "Permanent" in title.adjectives:
        sending = of_country or context.country
        country = sending
        target = org.short if org is not None else _country_name(in_country)
        office = f"{english} of {_country_name(sending)}" + (f" to the {target}" if target else "")
        return role(office, org.id if org else None, ("permrep", sending, org.id if org else in_country))
    if org is None and phrase is None:
        # a post of a country: president, prime minister, a minister without a ministry named
        if post.id in ("president", "prime_minister", "chancellor", "minister", "state_councillor", "ombudsperson") or \
                (post.id == "secretary" and "State" in text):
            country = of_country or in_country or (context.country if post.id in ("president", "prime_minister", "ombudsperson")
                                                   else None)
            if country is None:
                return role(None, None, ())
            office = f"{english} of {_country_name(country)}"
            return role(office, None, (post.id, mods, title.adjectives, country))
        return role(None, None, ())
    if org is not None:
        return _org_office(title, org, of_country, in_country, region, status, context, lang, text, role)
    # a body migtl has no entry for
    assert phrase is not None
    nat = bool(_NATIONAL_HEAD_NOUN.search(phrase))
    if lang == "en":
        if of_country is None and nat:
            country = in_country or context.country
        the = "" if re.match(r"(?:the|a|an)\s", phrase, re.I) or phrase[:1].isupper() and phrase.split()[0].isupper() else "the "
        if re.match(r"(?:the|a|an)\s", phrase, re.I):
            phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
            the = "the "
        if phrase.split()[0].isupper() and not text.lower().startswith(english.lower()):
            office = f"{phrase} {english}"  # "TRACECA Secretary General"
        else:
            office = f"{english} of {the}{phrase}"
        if country and _country_name(country) not in office and nat:
            office += f" of {_country_name(country)}"
        return role(office, phrase, (_post_key(post, title), _fold(phrase), country))
    # Russian, Ukrainian, Azerbaijani: the body in English when every word of it is known, else the
    # citation form (the title in the nominative)
    if of_country is None and nat:
        country = in_country or context.country
    body_en = to_english(_strip_places(phrase), lang)
    if body_en:
        office = f"{english} of the {body_en}"
        if country and nat:
            office += f" of {_country_name(country)}"
        return role(office, body_en, (_post_key(post, title), _fold(body_en), country))
    office = _citation(text, title, lang)
    return role(office, _fold(phrase), (_post_key(post, title), _fold(phrase), country))


def _org_office(title: Title, org: vocab.Org, of_country: str | None, in_country: str | None, region: str | None,
                status: str, context: Context, lang: str, text: str, role) -> Role:  # noqa: ANN001 - a closure
    post = title.base
    english = title.english()
    mods = tuple(m for m in ("first", "deputy", "acting") if m in title.mods)
    deputy = " ".join(w for w, m in (("First", "first"), ("Deputy", "deputy"), ("Acting", "acting")) if m in mods)
    adjectives = " ".join(a for a in title.adjectives if a)
    qualifier = _qualifier(text, title, lang)
    nonlocal_country = None
    del nonlocal_country
    if org.national or org.country:
        country = org.country or of_country or (in_country if org.id not in ("embassy", "consulate") else None) or context.country
        if org.id in ("embassy", "consulate") and post.id in ("ambassador", "consul", "head"):
            sending = of_country
            host = in_country or (context.country if context.country != sending else None)
            word = "Ambassador" if org.id == "embassy" else "Consul"
            office = " ".join(x for x in (deputy, word) if x) + (f" of {_country_name(sending)}" if sending else "") + \
                (f" to {_country_name(host)}" if host else "")
            r = role(office if sending else None, org.id, (org.id, mods, sending, host))
            return _with(r, country=sending, host=host)
        place = region or _country_name(country)
        where = f" of the {region}" if region else (f" of {place}" if place else "")
        if org.ministry and post.id in ("minister", "head") or (org.ministry and post.top and post.id != "director"):
            office = " ".join(x for x in (deputy, "Minister") if x) + f" of {org.ministry}" + (f" of {place}" if place else "")
            return _with(role(office, org.id, ("minister", mods, org.id, region or country)), country=country)
        if org.parliament and post.id == "member":
            office = f"Member of the {org.display}" + ("" if org.country else where)
            return _with(role(office, org.id, ("member", org.id, region or country)), country=country)
        if post.top and post.id not in ("minister",):
            head = org.head_title(country)
            word = " ".join(x for x in (deputy, adjectives, head) if x)
            office = f"{word} of the {org.display}" + where
            return _with(role(office, org.id, ("top", mods, title.adjectives, org.id, region or country, qualifier)),
                         country=country)
        office = f"{english} of the {org.display}" + where
        return _with(role(office, org.id, (_post_key(post, title), org.id, region or country, qualifier)), country=country)
    # an international body: its head office, or its office in a country
    regional = "Regional" in title.adjectives or "Sub-Regional" in title.adjectives or bool(_REGIONAL_OFFICE.search(text))
    if regional and "Regional" not in title.adjectives and "Sub-Regional" not in title.adjectives:
        title = dataclasses.replace(title, adjectives=title.adjectives + ("Regional",))
        english = title.english()
    # a director (not the Director General) of a body headed by a Director General runs its office here
    director_here = post.id == "director" and org.head == "Director General" and not regional and not qualifier
    country_office = not regional and (bool(in_country) or org.country_office or _office_word_outside(text, org) or director_here or
                                       (post.id == "coordinator" and "Resident" in title.adjectives) or
                                       (post.id == "representative" and not title.adjectives and org.office_head == "Representative") or
                                       bool(of_country and _country_after_org(text, org)))
    where_code = in_country or (of_country if _country_after_org(text, org) else None)
    if country_office and where_code is None and (post.id in ("coordinator", "representative") or director_here or
                                                  _office_word_outside(text, org)):
        where_code = context.country
    if country_office and where_code:
        where = _country_name(where_code)
        if post.top and not title.adjectives and not qualifier:
            head = org.office_head or org.head
            word = " ".join(x for x in (deputy, head) if x)
        else:
            word = english
        office = f"{org.short} {word} in {where}"
        return _with(role(office, org.id, ("office", mods, title.adjectives, org.id, where_code)), country=where_code)
    if post.top and org.head_office and not mods and not title.adjectives and not qualifier:
        return _with(role(org.head_office, org.id, ("top", org.id)), country=None)
    if post.top and not title.adjectives:
        head = org.head if post.id in ("head", "director", "chairman", "president", "director_general", "secretary_general",
                                       "high_commissioner", "executive_director", "commissioner") else english
        word = " ".join(x for x in (deputy, head) if x)
        if post.id not in ("head",) and post.display != org.head and post.id not in ("director",):
            word = " ".join(x for x in (deputy, post.display) if x)
        office = f"{word}{' ' + qualifier if qualifier else ''} of the {org.display}" if not org.display.isupper() else \
            f"{word}{' ' + qualifier if qualifier else ''} of {org.display}"
        if org.display.startswith("UN ") or org.display.startswith("EU "):
            office = f"{word}{' ' + qualifier if qualifier else ''} of the {org.display}"
        return _with(role(office, org.id, ("top", mods, org.id, qualifier)), country=None)
    office = f"{org.short} {english}{' ' + qualifier if qualifier else ''}"
    return _with(role(office, org.id, (_post_key(post, title), org.id, qualifier)), country=None)


_REGIONAL_OFFICE = re.compile(r"(?<!\w)(?:sub-?)?regional\s+(?:office|ofis\w*|bureau|representation)|регионал\w+ (?:бюро|представительств\w*|офис\w*)|"
                              r"регіональн\w+ (?:бюро|представництв\w*|офіс\w*)", re.I)


def _office_word_outside(text: str, org: vocab.Org) -> bool:
    """"Mission", "Office", "nümayəndəliyi" in the phrase but not inside the body's own name."""
    spans = [(s, e) for s, e, _ in vocab.find_orgs(text)]
    return any(not any(s <= m.start() < e for s, e in spans) for m in _OFFICE_WORDS.finditer(text))


def _with(r: Role, **kw: object) -> Role:
    import dataclasses

    return dataclasses.replace(r, **kw)  # type: ignore[arg-type]


def _country_after_org(text: str, org: vocab.Org) -> bool:
    """"IOM Azerbaijan", "UNHCR Ukraine": the body's office in that country."""
    for s, e, oid in vocab.find_orgs(text):
        if oid == org.id:
            after = text[e:e + 30]
            m = re.match(r"\s+([A-Z][\w-]+)", after)
            if m and vocab.country_of_word(m.group(1)):
                return True
    return False


_EN_QUAL = re.compile(r"\s+for\s+(?P<q>(?!(?:the\s+)?(?:refugees|migration\b))[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’-]*)*)")


def _qualifier(text: str, title: Title, lang: str) -> str | None:
    """What narrows a post: "for Operations", "for South-Eastern Europe, Eastern Europe and Central Asia"
    ("Cənub-Şərqi Avropa, Şərqi Avropa və Mərkəzi Asiya üzrə regional direktoru", "по Юго-Восточной Европе")."""
    if lang == "az":
        m = re.search(r"(?:^|\)|\s)([^()]+?)\s+üzrə\s*$", text[:title.start])
        if m:
            words = m.group(1)
            cut = [e for s, e, _ in vocab.find_orgs(words)]
            words = words[max(cut):] if cut else words
            en = to_english(words, "az") if words.strip() else None
            if en and _REGIONISH.search(en):
                return f"for {en}"
        return None
    if lang in ("ru", "uk"):
        m = re.search(r"(?<!\w)(?:по|з питань|у справах)\s+(.+)$", text[title.end:])
        if m and not vocab.find_orgs(m.group(1)):
            en = to_english(m.group(1), lang)
            if en and _REGIONISH.search(en):
                return f"for {en}"
        return None
    spans = [(s, e) for s, e, _ in vocab.find_orgs(text)]
    m = None
    for cand in _EN_QUAL.finditer(text):
        if not any(s <= cand.start() + 1 < e for s, e in spans):
            m = cand
            break
    if not m:
        return None
    q = m.group("q").strip(" ,")
    if vocab.find_orgs(q) or not q:
        return None
    return f"for {q}"


_REGIONISH = re.compile(r"\b(?:Europe|Asia|Africa|Caucasus|Balkans|East|America|Region|Operations|Management)\b")


def _post_key(post, title: Title) -> str:  # noqa: ANN001
    mods = "+".join(m for m in ("first", "deputy", "acting") if m in title.mods)
    adjs = "+".join(a for a in title.adjectives if a)
    return "/".join(x for x in ("top" if post.top else post.id, mods, adjs) if x)


def _fold(s: str) -> str:
    return " ".join(names.fold(s).casefold().split())[:80]


def _citation(text: str, title: Title, lang: str) -> str:
    """The office as written in its own language, with the title in the nominative."""
    if lang == "az":
        out = text
    else:
        head = text[title.start:title.end]
        nom = _nominative_title(head, lang)
        out = text[:title.start] + nom + text[title.end:]
    out = out.strip()
    return out[:1].upper() + out[1:]


def _nominative_title(words: str, lang: str) -> str:
    """"Генеральным директором" -> "Генеральный директор" (the words of a Russian/Ukrainian title)."""
    out = []
    morph = names._morph(lang if lang in ("ru", "uk") else "ru")
    parts = words.split()
    governed = False
    for w in parts:
        if governed:
            out.append(w)
            continue
        p = next((x for x in morph.parse(w.lower()) if x.tag.POS in ("NOUN", "ADJF") and x.tag.case), None)
        nom = None
        if p is not None and p.tag.case != "nomn":
            try:
                nom = p.inflect({"nomn"} | ({"sing"} if p.tag.number == "sing" else set()))
            except ValueError:
                nom = None
        word = nom.word if nom else w
        if w[:1].isupper():
            word = word[:1].upper() + word[1:]
        out.append(word)
        if p is not None and p.tag.POS == "NOUN":
            governed = True  # the words after the head noun keep their case ("заместитель министра")
    return " ".join(out)


def is_head_of_state(role: Role | None) -> bool:
    return role is not None and role.title == "president" and role.org is None and "deputy" not in role.mods
