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


def _rx(parts: list[str], where: str, flags: int = re.I) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in sorted(parts, key=len, reverse=True)), flags)
    except re.error as exc:
        raise VocabError(f"{where}: bad pattern ({exc})") from None


def words_rx(parts: list[str], where: str) -> re.Pattern[str]:
    """Alternation of phrases, each bounded by non-letters on both sides."""
    if not parts:
        return re.compile(r"(?!x)x")
    body = "|".join(f"(?:{p})" for p in sorted(parts, key=len, reverse=True))
    try:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.I)
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


@dataclass(frozen=True)
class Place:
    code: str
    display: str
    rx: re.Pattern[str]
    country: str | None = None


@lru_cache(maxsize=None)
def orgs() -> tuple[Org, ...]:
    data = _load("orgs.json")
    return tuple(Org(o["id"], o["display"], o.get("country"), bool(o.get("national")), o.get("head", "Chief"),
                     _rx(o["patterns"], f"data/orgs.json:{o['id']}"))
                 for o in data["orgs"])


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
