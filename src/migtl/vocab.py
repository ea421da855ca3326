"""Per-language vocabularies, kept as JSON data in ``data/`` and compiled once.

Each file is validated on load; a missing key or a bad regular expression raises
``VocabError`` naming the file and the key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from migtl.errors import MigtlError

LANGS = ("en", "ru", "uk", "az")
LANG_KEYS = ("months", "today", "yesterday", "honorifics", "speech_verbs", "meet_verbs", "meet_between",
             "attend_cues", "reference_cues", "past_cues", "visit_cues", "recall_openers", "legal_words",
             "appointed_words", "dismissed_words", "stopwords", "not_name")


class VocabError(MigtlError):
    pass


def _load(name: str) -> dict[str, Any]:
    try:
        text = resources.files("migtl").joinpath("data", name).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise VocabError(f"data/{name}: cannot load ({exc})") from None


load_data = _load  # a data file as parsed JSON (for the modules that compile their own patterns)


def _rx(parts: list[str], where: str, flags: int = re.I) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in sorted(parts, key=len, reverse=True)), flags)
    except re.error as exc:
        raise VocabError(f"{where}: bad pattern ({exc})") from None


def _firsts(items: Any, i: int = 0) -> set[str] | None:
    """Characters the parsed pattern ``items[i:]`` can start with; None when it could start with
    anything (a class like ``\\w``, a negated set) or match nothing at all."""
    from re import _constants as C  # the parser's own vocabulary; only ever used to add a guard

    if i >= len(items):
        return None
    op, av = items[i]
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                out.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 256:
                out.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return out
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            got = _firsts(list(branch))
            if got is None:
                return None
            union |= got
        return union
    if op is C.SUBPATTERN:
        return _firsts(list(av[3]) + list(items[i + 1:]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, _, item = av
        head = _firsts(list(item) + (list(items[i + 1:]) if lo == 0 else []))
        if head is None or lo > 0:
            return head
        rest = _firsts(items, i + 1)
        return None if rest is None else head | rest
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _firsts(items, i + 1)  # zero width: the next item starts the match
    return None


def first_chars(parts: list[str]) -> str | None:
    """A character-class body of the letters any of ``parts`` can start with (case folded), or None.

    A look-ahead on it, ``(?=[...])``, turns away at once the positions where none of a long
    alternation can begin, so the alternation is tried only where it may match; the result is
    the same, only faster.
    """
    try:
        from re import _parser
    except ImportError:  # pragma: no cover - the guard is an optimisation only
        return None
    chars: set[str] = set()
    for p in parts:
        try:
            got = _firsts(list(_parser.parse(p, re.I)))
        except Exception:  # noqa: BLE001 - an unexpected parser shape: no guard
            return None
        if got is None:
            return None
        chars |= {c.lower() for c in got} | {c.upper() for c in got if len(c.upper()) == 1}
    return "".join(re.escape(c) for c in sorted(chars)) or None


def words_rx(parts: list[str], where: str) -> re.Pattern[str]:
    """Alternation of phrases, each bounded by non-letters on both sides."""
    if not parts:
        return re.compile(r"(?!x)x")
    body = "|".join(f"(?:{p})" for p in sorted(parts, key=len, reverse=True))
    firsts = first_chars(parts)  # None for a bad pattern too: the compile below then says what is wrong
    guard = f"(?=[{firsts}])" if firsts else ""
    try:
        return re.compile(rf"(?<![\w-]){guard}(?:{body})(?![\w])", re.I)
    except re.error as exc:
        raise VocabError(f"{where}: bad pattern ({exc})") from None


@dataclass(frozen=True)
class Lang:
    code: str
    raw: dict[str, Any]
    months: dict[int, list[str]]
    honorific: re.Pattern[str]
    speech: re.Pattern[str]
    meet_verb: re.Pattern[str]
    meet_between: re.Pattern[str]
    attend: re.Pattern[str]
    reference: re.Pattern[str]
    past: re.Pattern[str]
    visit: re.Pattern[str]
    recall: re.Pattern[str]
    legal: re.Pattern[str]
    appointed: re.Pattern[str]
    dismissed: re.Pattern[str]
    today: re.Pattern[str]
    yesterday: re.Pattern[str]
    not_name: frozenset[str]
    stopwords: frozenset[str]


@lru_cache(maxsize=None)
def lang(code: str) -> Lang:
    data = _load(f"{code}.json")
    for key in LANG_KEYS:
        if key not in data:
            raise VocabError(f"data/{code}.json: missing key {key!r}")
    w = lambda key: words_rx(data[key], f"data/{code}.json:{key}")  # noqa: E731
    return Lang(
        code=code, raw=data, months={int(k): v for k, v in data["months"].items()},
        honorific=w("honorifics"), speech=w("speech_verbs"), meet_verb=w("meet_verbs"),
        meet_between=w("meet_between"), attend=w("attend_cues"), reference=w("reference_cues"),
        past=w("past_cues"), visit=w("visit_cues"), recall=w("recall_openers"), legal=w("legal_words"),
        appointed=w("appointed_words"), dismissed=w("dismissed_words"), today=w("today"),
        yesterday=w("yesterday"), not_name=frozenset(x.casefold() for x in data["not_name"]),
        stopwords=frozenset(data["stopwords"]),
    )


@lru_cache(maxsize=None)
def change_words(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(dismissed, appointed)`` of a language: ``lang(code).dismissed`` and ``.appointed`` without
    compiling the rest of the language's patterns (for answers that need only these two); the same
    pattern text, so ``re`` hands back the same compiled pattern when both are used."""
    data = _load(f"{code}.json")
    for key in ("dismissed_words", "appointed_words"):
        if key not in data:
            raise VocabError(f"data/{code}.json: missing key {key!r}")
    return (words_rx(data["dismissed_words"], f"data/{code}.json:dismissed_words"),
            words_rx(data["appointed_words"], f"data/{code}.json:appointed_words"))


@dataclass(frozen=True)
class TitleKind:
    kind: str
    display: str
    rx: dict[str, re.Pattern[str]]


@lru_cache(maxsize=None)
def titles() -> tuple[TitleKind, ...]:
    data = _load("titles.json")
    out = []
    for i, k in enumerate(data["kinds"]):
        where = f"data/titles.json:kinds[{i}]"
        if "kind" not in k or "display" not in k:
            raise VocabError(f"{where}: needs 'kind' and 'display'")
        out.append(TitleKind(k["kind"], k["display"], {c: words_rx(k.get(c, []), f"{where}.{c}") for c in LANGS}))
    return tuple(out)


@lru_cache(maxsize=None)
def title_any(code: str) -> re.Pattern[str]:
    """Any title word of a language (all kinds), for finding role phrases."""
    data = _load("titles.json")
    return words_rx([p for k in data["kinds"] for p in k.get(code, [])], f"data/titles.json:{code}")


@lru_cache(maxsize=None)
def ranks(code: str) -> re.Pattern[str]:
    data = _load("titles.json")["ranks"]
    return words_rx(data.get(code, []), f"data/titles.json:ranks.{code}")


@dataclass(frozen=True)
class Org:
    id: str
    display: str
    country: str | None
    national: bool
    head: str
    rx: re.Pattern[str]
    short: str = ""
    office_head: str | None = None  # the head of its office in a country ("Chief of Mission")
    head_office: str | None = None  # its head's office as one name ("UN High Commissioner for Refugees")
    ministry: str | None = None  # the portfolio of its minister ("Internal Affairs")
    head_by_country: tuple[tuple[str, str], ...] = ()
    parliament: bool = False
    country_office: bool = False  # the body is itself an office in a country (an EU delegation)

    def head_title(self, country: str | None = None) -> str:
        return dict(self.head_by_country).get(country or "", self.head)


@dataclass(frozen=True)
class Place:
    code: str
    display: str
    rx: re.Pattern[str]
    country: str | None = None


@lru_cache(maxsize=None)
def orgs() -> tuple[Org, ...]:
    data = _load("orgs.json")
    return tuple(Org(o["id"], o["display"], o.get("country"), bool(o.get("national")), o.get("head", "Head"),
                     _rx(o["patterns"], f"data/orgs.json:{o['id']}"), o.get("short") or o["display"],
                     o.get("office_head"), o.get("head_office"), o.get("ministry"),
                     tuple(sorted((o.get("head_by_country") or {}).items())), bool(o.get("parliament")),
                     bool(o.get("country_office")))
                 for o in data["orgs"])


@lru_cache(maxsize=None)
def org_by_id() -> dict[str, Org]:
    return {o.id: o for o in orgs()}


@lru_cache(maxsize=None)
def countries() -> tuple[Place, ...]:
    data = _load("orgs.json")
    return tuple(Place(c["code"], c["display"], words_rx(c["patterns"], f"data/orgs.json:{c['code']}"))
                 for c in data["countries"])


@lru_cache(maxsize=None)
def country_display() -> dict[str, str]:
    return {c.code: c.display for c in countries()}


@lru_cache(maxsize=None)
def cities() -> tuple[Place, ...]:
    data = _load("orgs.json")
    return tuple(Place(c["display"], c["display"], words_rx(c["patterns"], f"data/orgs.json:{c['display']}"), c.get("country"))
                 for c in data["cities"])


@lru_cache(maxsize=None)
def boilerplate() -> re.Pattern[str]:
    data = _load("boilerplate.json")
    return _rx([f"^(?:{p})" for p in data["lines"]], "data/boilerplate.json:lines")


def all_months() -> dict[int, list[str]]:
    merged: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    for code in LANGS:
        for m, forms in lang(code).months.items():
            merged[m].extend(forms)
    return merged


@lru_cache(maxsize=None)
def countries_rx() -> re.Pattern[str]:
    """All countries in one pattern, one named group per country code (one pass over a text)."""
    data = _load("orgs.json")["countries"]
    parts = [f"(?P<{c['code']}>{'|'.join(sorted(c['patterns'], key=len, reverse=True))})" for c in data]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.I)


@lru_cache(maxsize=None)
def cities_rx() -> re.Pattern[str]:
    data = _load("orgs.json")["cities"]
    parts = [f"(?P<c{i}>{'|'.join(sorted(c['patterns'], key=len, reverse=True))})" for i, c in enumerate(data)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.I)


@lru_cache(maxsize=None)
def place_word_rx() -> re.Pattern[str]:
    """A single word that is a country or city name in any of its forms."""
    data = _load("orgs.json")
    pats = [p for c in data["countries"] + data["cities"] for p in c["patterns"]]
    return re.compile("(?:" + "|".join(sorted(pats, key=len, reverse=True)) + ")", re.I)


@lru_cache(maxsize=None)
def orgs_rx() -> re.Pattern[str]:
    """All organisations in one pattern, one named group per organisation (in vocabulary order)."""
    data = _load("orgs.json")["orgs"]
    parts = [f"(?P<{o['id']}>{'|'.join(sorted(o['patterns'], key=len, reverse=True))})" for o in data]
    return re.compile("|".join(parts), re.I)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _triggers(patterns: list[str]) -> set[str]:
    """First letters (up to 3) of each pattern, lower-cased, for a cheap pre-check of candidate words."""
    out = set()
    for p in patterns:
        lit = re.match(r"(?:\\b)?([^\\()\[?*+|{.]+)", p)
        if not lit or len(lit.group(1)) < 2:
            return set()  # a pattern we cannot pre-check: scan everywhere
        out.add(lit.group(1)[:3].lower())
    return out


@lru_cache(maxsize=None)
def _org_triggers() -> frozenset[str]:
    data = _load("orgs.json")["orgs"]
    pats = [p for o in data for p in o["patterns"]]
    t = _triggers(pats)
    return frozenset(t)


@lru_cache(maxsize=4)
def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of a text's words, shared by the organisation and place scans of one text."""
    return [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(text)]


@lru_cache(maxsize=4)
def find_orgs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, org id) of the organisations named in a text, scanning only at candidate words."""
    rx = orgs_rx()
    triggers = _org_triggers()
    out = []
    pos = 0
    for start, _, word in _words(text):
        if start < pos:
            continue
        if triggers and word[:3].lower() not in triggers and word[:2].lower() not in triggers:
            continue
        m = rx.match(text, start)
        if m:
            out.append((m.start(), m.end(), m.lastgroup or ""))
            pos = m.end()
    return out


def country_of_word(word: str) -> str | None:
    return _place_of_word(word)[0]


@lru_cache(maxsize=64)
def find_countries(text: str) -> list[tuple[int, str]]:
    """(start, code) of country names in a text: word by word (and word pair), cached."""
    return _scan_places(text)[0]


def city_of_word(word: str) -> int | None:
    return _place_of_word(word)[1]


@lru_cache(maxsize=200000)
def _place_of_word(word: str) -> tuple[str | None, int | None]:
    """(country code, city index) a word or word pair names; one cached look-up for both."""
    country = countries_rx().fullmatch(word)
    city = cities_rx().fullmatch(word)
    return country.lastgroup if country else None, int(city.lastgroup[1:]) if city and city.lastgroup else None


@lru_cache(maxsize=64)
def country_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of country names in a text (a word or a word pair, in any of its forms)."""
    out: list[tuple[int, int, str]] = []
    words = _words(text)
    n = len(words)
    i = 0
    while i < n:
        start, end, word = words[i]
        if i + 1 < n and words[i + 1][0] - end == 1:
            pair = _place_of_word(text[start:words[i + 1][1]])[0]
            if pair:
                out.append((start, words[i + 1][1], pair))
                i += 2
                continue
        code = _place_of_word(word)[0]
        if code:
            out.append((start, end, code))
        i += 1
    return out


@lru_cache(maxsize=4)
def find_cities(text: str) -> list[tuple[int, int]]:
    return _scan_places(text)[1]


@lru_cache(maxsize=4)
def _scan_places(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """Countries and cities of a text in one pass over its words (and word pairs)."""
    countries: list[tuple[int, str]] = []
    cities: list[tuple[int, int]] = []
    words = _words(text)
    n = len(words)
    for i, (start, end, word) in enumerate(words):
        code, idx = _place_of_word(word)
        if (code is None or idx is None) and i + 1 < n and words[i + 1][0] - end == 1:
            pair_code, pair_idx = _place_of_word(text[start:words[i + 1][1]])
            code = code or pair_code
            idx = idx if idx is not None else pair_idx
        if code:
            countries.append((start, code))
        if idx is not None:
            cities.append((start, idx))
    return countries, cities
