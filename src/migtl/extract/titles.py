"""Titles in a sentence: the post words of a role phrase ("First Deputy Chief", "заместителя начальника",
"rəisinin birinci müavini"), with what they say about the post and its holder.

``find_titles(sentence, lang)`` returns one ``Title`` per post named, in order: its base post (head,
minister, ambassador ...), its modifiers (first, deputy, acting), the post adjectives kept in the
English title ("Regional", "Resident"), a status word next to it ("former", "newly appointed") and,
in Russian and Ukrainian, the grammatical case of its head noun (which settles the case of the name
it stands before). The vocabulary is ``data/posts.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from migtl import names, vocab

_GAP = re.compile(r"^[\s]*$")


@dataclass(frozen=True)
class Post:
    id: str
    display: str
    top: bool  # heads a body: Head of X = Director of X = Chairman of X
    office: bool  # an office at all (journalist, professor are not)


@dataclass(frozen=True)
class Title:
    start: int  # offsets in the sentence of the whole title (modifiers included)
    end: int
    base: Post
    base_start: int  # the base word itself
    base_end: int
    mods: tuple[str, ...] = ()  # first, deputy, acting
    adjectives: tuple[str, ...] = ()  # English words: Regional, Resident, Permanent ...
    status: str | None = None  # former | new
    case: tuple[str, ...] | None = None  # ru/uk: cases of the head noun, most likely first

    @property
    def text(self) -> str:
        return ""

    def english(self) -> str:
        """The title in English: 'First Deputy Chief', 'Regional Director', 'Deputy Director General'."""
        words = []
        if "first" in self.mods:
            words.append("First")
        if "deputy" in self.mods:
            words.append("Vice" if self.base.id in ("president", "prime_minister") and "vice" in self.mods else "Deputy")
        if "acting" in self.mods:
            words.append("Acting")
        words.extend(a for a in self.adjectives if a)
        words.append(self.base.display)
        out = " ".join(words)
        return out.replace("Vice President", "Vice-President")


@lru_cache(maxsize=1)
def posts() -> tuple[Post, ...]:
    data = vocab.load_data("posts.json")
    return tuple(Post(p["id"], p["display"], bool(p.get("top")), p.get("office", True)) for p in data["posts"])


@lru_cache(maxsize=8)
def _base_rx(lang: str) -> tuple[re.Pattern[str], dict[str, Post]]:
    """One pattern for every base word of a language (and English, which releases mix in), one named
    group per post."""
    data = vocab.load_data("posts.json")
    by_id = {p.id: p for p in posts()}
    parts = []
    for p in data["posts"]:
        pats = list(p.get(lang, []))
        if lang != "en":
            pats += [x for x in p.get("en", []) if x not in pats]
        if pats:
            body = "|".join(sorted(pats, key=len, reverse=True))
            parts.append(f"(?P<{p['id']}>{body})")
    rx = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)
    return rx, by_id


@lru_cache(maxsize=8)
def ranks(lang: str) -> re.Pattern[str]:
    data = vocab.load_data("posts.json")["ranks"]
    pats = list(data.get(lang, [])) + (data["en"] if lang != "en" else [])
    return vocab.words_rx(pats, f"data/posts.json:ranks.{lang}")


@lru_cache(maxsize=8)
def _left_rx(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of every word that can stand right before a base word and change the post:
    modifiers (first, deputy, vice, acting), status words (former, new) and post adjectives
    ("adj:Regional"); each pattern is anchored at the end of the text before the base."""
    data = vocab.load_data("posts.json")
    out: list[tuple[str, re.Pattern[str]]] = []

    def add(kind: str, pats: list[str]) -> None:
        for p in pats:
            tail = "" if p.endswith("-") else r"\s+"
            out.append((kind, re.compile(rf"(?<![\w-])(?:{p}){tail}$", re.I)))

    for section in ("modifiers", "status"):
        for key, per_lang in data[section].items():
            if key == "_doc":
                continue
            pats = list(per_lang.get(lang, [])) + (per_lang.get("en", []) if lang != "en" else [])
            if key == "deputy":
                add("vice", [p for p in pats if p.lower().startswith(("vice", "вице", "віце", "vitse"))])
                pats = [p for p in pats if not p.lower().startswith(("vice", "вице", "віце", "vitse"))]
            add(key, pats)
    for k, eng in _adjective_table(lang):
        add("adj:" + eng, [k])
    out.sort(key=lambda kv: -len(kv[1].pattern))  # "first deputy" before "deputy"
    return out


@lru_cache(maxsize=8)
def _adjective_table(lang: str) -> tuple[tuple[str, str], ...]:
    data = vocab.load_data("posts.json")["adjectives"]
    table = {k: v for k, v in data.get(lang, {}).items() if k != "_doc"}
    if lang != "en":
        table.update({k: v for k, v in data["en"].items() if k not in table and k != "_doc"})
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _mods_before(sentence: str, start: int, lang: str) -> tuple[int, list[str], list[str], str | None]:
    """Modifiers, post adjectives and a status word right before a base word; where the title starts."""
    mods: list[str] = []
    adjs: list[str] = []
    status = None
    cur = start
    table = _left_rx(lang)
    for _ in range(6):
        before = sentence[max(0, cur - 60):cur]
        hit = None
        for kind, rx in table:
            m = rx.search(before)
            if m and (hit is None or m.start() < hit[1].start()):
                hit = (kind, m)
        if hit is None:
            break
        kind, m = hit
        if kind in ("former", "new"):
            status = status or kind
        elif kind.startswith("adj:"):
            adjs.insert(0, kind[4:])
        else:
            mods.insert(0, kind)
        cur = max(0, cur - 60) + m.start()
    if "vice" in mods:
        mods.append("deputy")
    return cur, list(dict.fromkeys(mods)), adjs, status


_AZ_AFTER = re.compile(
    r"^(?:(?:nın|nin|nun|nün|ın|in|un|ün)\s+)?\s*(?P<first>birinci\s+)?(?P<deputy>müavin\w*)", re.I)
_AZ_ACTING_AFTER = re.compile(r"^\s+(?:səlahiyyətlərini|vəzifəsini)\s+(?:müvəqqəti\s+)?icra\s+edən", re.I)


def find_titles(sentence: str, lang: str) -> list[Title]:
    """Every title in a sentence, in order; overlapping and adjacent base words make one title."""
    return list(_find_titles(sentence, lang))


@lru_cache(maxsize=4096)
def _find_titles(sentence: str, lang: str) -> tuple[Title, ...]:
    rx, by_id = _base_rx(lang)
    hits: list[tuple[int, int, Post]] = []
    rank_spans = [(m.start(), m.end()) for m in ranks(lang).finditer(sentence)]
    for m in rx.finditer(sentence):
        if any(s <= m.start() and m.end() <= e for s, e in rank_spans):
            continue  # "II rank state migration service counselor": a rank, not a post
        post = by_id[m.lastgroup or ""]
        if m.group(0).lower() in _PLURAL_BODY:
            continue  # "Кабінет Міністрів", "Council of Ministers": a body, not a title
        hits.append((m.start(), m.end(), post))
    out: list[Title] = []
    i = 0
    while i < len(hits):
        s, e, post = hits[i]
        # "Chief Representative", "Head Coordinator": an adjective-like base before another base
        while i + 1 < len(hits) and _GAP.match(sentence[e:hits[i + 1][0]]) and post.id in ("head", "director") and \
                lang == "en" and sentence[s:e].lower() == "chief":
            i += 1
            s, e, post = s, hits[i][1], hits[i][2]
        start, mods, adjs, status = _mods_before(sentence, s, lang)
        end = e
        if lang == "az":
            after = _AZ_AFTER.match(sentence[e:])
            if after:  # "rəisinin müavini", "nazirin birinci müavini": the deputy of that post
                mods = list(dict.fromkeys(mods + (["first"] if after.group("first") else []) + ["deputy"]))
                end = e + after.end()
                if i + 1 < len(hits) and hits[i + 1][0] < end:
                    i += 1
            acting = _AZ_ACTING_AFTER.match(sentence[end:])
            if acting:
                mods = list(dict.fromkeys(mods + ["acting"]))
                end += acting.end()
        if lang in ("ru", "uk") and post.id == "minister" and sentence[s:e].lower().startswith("замминистра"):
            mods = list(dict.fromkeys(mods + ["deputy"]))
        if post.id == "head" and sentence[s:e].lower() in ("замглавы", "замначальника"):
            mods = list(dict.fromkeys(mods + ["deputy"]))
        if lang in ("ru", "uk") and post.id == "coordinator" and "Permanent" in adjs:
            adjs = ["Resident" if a == "Permanent" else a for a in adjs]  # "постоянный координатор ООН"
        case = _case(sentence[s:e], lang) if lang in ("ru", "uk") else None
        if mods and lang in ("ru", "uk") and "deputy" in mods:
            # "заместителя начальника": the first word of the title carries the case the name takes
            case = _case(sentence[start:s].split()[0], lang) if sentence[start:s].split() else case
        elif lang in ("ru", "uk") and start < s:
            first_word = sentence[start:s].split()[0]
            if names.is_noun(first_word, lang):
                case = _case(first_word, lang)
        out.append(Title(start, end, post, s, e, tuple(mods), tuple(adjs), status, case))
        i += 1
    return tuple(out)


_PLURAL_BODY = frozenset("міністрів министров ministers nazirlər nazirlərin послов послів ambassadors səfirlər "
                         "representatives представителей представників nümayəndələri".split())


def _case(words: str, lang: str) -> tuple[str, ...] | None:
    parts = words.split()
    if not parts:
        return None
    noun = next((w for w in parts if names.is_noun(w, lang)), parts[-1])
    return names.case_of(noun, lang)
