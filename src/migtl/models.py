"""Small frozen data classes: what extraction returns for one release.

Everything here is plain data (str, int, tuples), so it round-trips through JSON with
`to_dict` / `from_dict` and can be compared in tests.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any


@dataclass(frozen=True)
class DateValue:
    """A date with honest precision, kept as EDTF.

    edtf: ``2017-04-18``, ``2017-04-18/2017-04-19``, ``2022-05``, ``2017``, ``XXXX-07-30``.
    start/end: first and last day (``XXXX-07-30`` when the year is unknown).
    precision: ``day`` | ``range`` | ``month`` | ``year``.
    """

    edtf: str
    start: str
    end: str
    precision: str
    year_known: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"edtf": self.edtf, "start": self.start, "end": self.end,
                "precision": self.precision, "year_known": self.year_known}


NO_DATE = {"edtf": None, "start": None, "end": None, "precision": "none", "year_known": False}


@dataclass(frozen=True)
class DateMention:
    """A date span found in text, before the release's publication date settles missing parts."""

    start: int  # character offsets in the text it was found in
    end: int
    text: str
    y1: int | None
    m1: int | None
    d1: int | None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    kind: str = "date"  # date | year | relative
    decoy: str | None = None  # why this is not an event date (copyright, law, effective, ...)
    offset_days: int = 0  # for relative mentions: 0 today, -1 yesterday


@dataclass(frozen=True)
class Role:
    """An office a release gives a person: the phrase as written and the office it names.

    The office is a post (``title``: head, minister, ambassador ...; ``mods``: first, deputy, acting)
    of a body (``org``: a known organisation's id, or the body's name as written) in a place
    (``country``: the body's country; ``host``: where an office abroad or an ambassador is; ``region``:
    a sub-national jurisdiction such as an autonomous republic), with ``unit`` for a department or a
    portfolio ("for Operations"). ``office`` is its English name, ``key`` what makes two offices one.
    """

    text: str
    title: str | None  # the post: head, director_general, minister, ambassador ...
    org: str | None  # normalised organisation id or phrase
    country: str | None
    office: str | None  # display name of the normalised office, None when not an office
    status: str = "current"  # current | former | acting | new
    mods: tuple[str, ...] = ()
    host: str | None = None
    region: str | None = None
    unit: str | None = None
    key: str | None = None
    sentence: int | None = None  # the sentence that gives it (index into Extraction.sentences)


@dataclass(frozen=True)
class Mention:
    """One place a person is named in a release."""

    text: str  # as written
    start: int
    end: int
    sentence: int  # index into Extraction.sentences
    active: bool  # took part (speaker, subject, attendee) rather than referred to


@dataclass(frozen=True)
class PersonRef:
    """A person as one release names them, with all their mentions in it."""

    local_id: int
    name: str  # nominative display form in the release's own script
    first: str | None  # nominative first name (or initial "V.")
    last: str  # nominative surname
    forms: tuple[str, ...]  # every surface form seen, plus the nominative
    script: str  # latin | cyrillic
    lang: str
    mentions: tuple[Mention, ...]
    roles: tuple[Role, ...]
    present: bool


@dataclass(frozen=True)
class Meeting:
    a: int  # local ids
    b: int
    kind: str  # met | attended
    sentence: int


@dataclass(frozen=True)
class MentionedEvent:
    """An event a release only refers to ("the visit of the Director General in September last year")."""

    kind: str  # visit | meeting | gathering | signing
    date: DateValue
    sentence: str  # the referring sentence, as written
    people: tuple[int, ...] = ()  # local ids of the people it names
    place: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything migtl reads from one release."""

    lang: str
    title: str
    published: DateValue | None
    date: DateValue | None
    date_sentence: int | None
    date_source: str  # body | title | published | none
    place: str | None
    country: str | None
    sentences: tuple[str, ...]
    people: tuple[PersonRef, ...] = field(default_factory=tuple)
    meetings: tuple[Meeting, ...] = field(default_factory=tuple)
    kind: str | None = None  # kind of the reported event (visit | meeting | gathering | signing), None if not told
    mentioned: tuple[MentionedEvent, ...] = ()  # events it only refers to


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))


def to_dict(obj: Any) -> Any:
    """Dataclass tree to JSON-ready dicts and lists."""
    if isinstance(obj, _PLAIN):
        return obj
    cls = type(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(obj))
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    return obj


def _index(value: Any, n: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n


def compact_sentences(x: dict[str, Any]) -> dict[str, Any]:
    """Keep only the sentences an extraction's facts point to, renumbered in order; changes ``x`` in place.

    Kept: the headline (sentence 0 when it is the title), the date's sentence, every mention's and
    every meeting's sentence. The rest of the text is in the release's ``text``, so storing every
    sentence again would double the store for nothing. An extraction with an index outside its
    sentences is left as it is (``migtl check`` reports it).
    """
    sents = x.get("sentences")
    if not isinstance(sents, list):
        return x
    n = len(sents)
    keep: set[int] = set()
    if sents and x.get("title") and sents[0] == x["title"]:
        keep.add(0)
    ds = x.get("date_sentence")
    if ds is not None:
        if not _index(ds, n):
            return x
        keep.add(ds)
    mentions = [m for p in x.get("people") or [] for m in p.get("mentions") or []]
    for m in mentions:
        if not _index(m.get("sentence"), n):
            return x
        keep.add(m["sentence"])
    meetings = x.get("meetings") or []
    for m in meetings:
        if m.get("sentence") != -1:
            if not _index(m.get("sentence"), n):
                return x
            keep.add(m["sentence"])
    roles = [r for p in x.get("people") or [] for r in p.get("roles") or [] if r.get("sentence") is not None]
    for r in roles:
        if not _index(r.get("sentence"), n):
            return x
        keep.add(r["sentence"])
    if len(keep) == n:
        return x
    order = sorted(keep)
    new = {old: i for i, old in enumerate(order)}
    x["sentences"] = [sents[i] for i in order]
    if ds is not None:
        x["date_sentence"] = new[ds]
    for m in mentions:
        m["sentence"] = new[m["sentence"]]
    for m in meetings:
        if m["sentence"] != -1:
            m["sentence"] = new[m["sentence"]]
    for r in roles:
        r["sentence"] = new[r["sentence"]]
    return x


def stored_extraction(x: Extraction) -> dict[str, Any]:
    """An extraction as the store keeps it: plain dicts, only the sentences its facts point to."""
    return compact_sentences(to_dict(x))


def _build(cls: type, data: Any) -> Any:
    return cls(**data) if data is not None else None


def _role(r: dict[str, Any]) -> Role:
    known = {f.name for f in fields(Role)}
    r = {k: v for k, v in r.items() if k in known}
    if isinstance(r.get("mods"), list):
        r["mods"] = tuple(r["mods"])
    return Role(**r)


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    """Inverse of ``to_dict`` for an Extraction read back from the store."""
    people = tuple(
        PersonRef(**{**p, "forms": tuple(p["forms"]),
                     "mentions": tuple(Mention(**m) for m in p["mentions"]),
                     "roles": tuple(_role(r) for r in p["roles"])})
        for p in d.get("people", []))
    return Extraction(
        lang=d["lang"], title=d["title"], published=_build(DateValue, d.get("published")),
        date=_build(DateValue, d.get("date")), date_sentence=d.get("date_sentence"),
        date_source=d.get("date_source", "none"), place=d.get("place"), country=d.get("country"),
        sentences=tuple(d.get("sentences", [])), people=people,
        meetings=tuple(Meeting(**m) for m in d.get("meetings", [])), kind=d.get("kind"),
        mentioned=tuple(MentionedEvent(**{**m, "date": DateValue(**m["date"]), "people": tuple(m.get("people") or ())})
                        for m in d.get("mentioned") or ()))


__all__ = ["DateValue", "DateMention", "Role", "Mention", "PersonRef", "Meeting", "MentionedEvent", "Extraction",
           "to_dict", "extraction_from_dict", "compact_sentences", "stored_extraction", "asdict", "NO_DATE"]
