"""Role phrases in a sentence: a title with the words that belong to it.

English and Russian/Ukrainian put the body after the title ("Chief of the State Migration Service of
Azerbaijan", "начальник Главного управления по вопросам миграции МВД России"), with a few words before
it ("UN Resident Coordinator", "IOM's Director General"); Azerbaijani puts it before ("Beynəlxalq
Miqrasiya Təşkilatının Azərbaycandakı nümayəndəliyinin rəhbəri"). ``find_role_spans`` grows each title
over those words and stops where a person's name begins (or, before an Azerbaijani title, where the
previous name ends), at a verb, or at punctuation that is not part of the phrase.

Which person a role phrase belongs to is decided afterwards, for the whole sentence at once
(``binding.bind_roles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from migtl import names, vocab
from migtl.extract.titles import Title, find_titles, ranks

_REGION = re.compile(
    r"(?:europe|asia|africa|caucasus|balkans|east|america|pacific|caribbean|mediterranean|middle|north|south|west|"
    r"central|eastern|western|northern|southern|south-eastern|south-east|sub-saharan|latin|gulf|arab|nordic|baltic|"
    r"region)\b", re.I)
_EN_PREP = re.compile(r"\s+(of|for|to|in|at|on|under|within|with responsibility for)\s+(?:(?:the|a|an)\s+)?", re.I)
_EN_CONNECT = re.compile(r"\s+(?:and|of|for|on|&|de|du|des|la|le|the|in)\s+(?=[A-Z])|\s*[-–]\s*(?=[A-Z][a-z])|\s+", re.I)
_EN_WORD = re.compile(r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))")
_EXTRA_EN = re.compile(r"\s+(?:extraordinary and plenipotentiary|ad interim|a\.i\.|designate|general)(?![\w])", re.I)
_PAREN = re.compile(r"\s*\(([^()]{1,60})\)")
_QUOTE = re.compile(r"\s*[«\"“]([^»\"”]{1,80})[»\"”]")


_ORG_TAIL = re.compile(
    r"(?:['’]s)?\s+(?:(?P<office>(?:Country |Regional |Sub-Regional |Liaison )?(?:Mission|Office|Representation|Delegation|Bureau))\b|"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


@dataclass(frozen=True)
class RoleSpan:
    start: int
    end: int
    title: Title
    text: str


def find_role_spans(sentence: str, lang: str, name_starts: frozenset[int] = frozenset(),
                    name_ends: frozenset[int] = frozenset()) -> list[RoleSpan]:
    """Every role phrase of a sentence, in order. ``name_starts``/``name_ends``: offsets where the
    sentence's person names begin and end (a phrase never runs into a name)."""
    return list(_find_role_spans(sentence, lang, name_starts, name_ends))


@lru_cache(maxsize=4096)
def _find_role_spans(sentence: str, lang: str, name_starts: frozenset[int],
                     name_ends: frozenset[int]) -> tuple[RoleSpan, ...]:
    org_spans = [(s, e) for s, e, _ in vocab.find_orgs(sentence)]
    # a title inside a body's own name ("UN High Commissioner for Refugees" in "representative of the UN
    # High Commissioner for Refugees") starts no phrase of its own when a title stands before it
    titles = find_titles(sentence, lang)
    inner = [any(s <= t.base_start and t.base_end <= e for s, e in org_spans) for t in titles]
    out: list[RoleSpan] = []
    for i, t in enumerate(titles):
        if out and t.base_start < out[-1].end and lang != "az":
            continue  # a title inside the previous phrase's body ("... of the UN High Commissioner for Refugees")
        nxt = next((titles[j].start for j in range(i + 1, len(titles)) if not inner[j]), len(sentence))
        prev_end = out[-1].end if out else 0
        if lang == "az":
            # a title with a possessive ending has its body before it ("Xidmətin rəisi", "Azərbaycan
            # Prezidenti"); a bare one stands before a name like an honorific ("Prezident İlham Əliyev")
            possessed = bool(_AZ_POSSESSED.search(sentence[t.base_start:t.end])) or t.end > t.base_end
            start = _az_left(sentence, t.start, name_ends, prev_end) if possessed else t.start
            end = t.end
        elif lang in ("ru", "uk"):
            start, end = t.start, _slav_right(sentence, t.end, lang, name_starts, nxt)
        else:
            start, end = _en_left(sentence, t.start, name_ends, prev_end), _en_right(sentence, t.end, name_starts, nxt)
        if lang != "en" and re.search(r"[A-Za-z]", sentence[t.base_start:t.base_end]) and lang != "az":
            end = max(end, _en_right(sentence, t.end, name_starts, nxt))  # an English title in a Russian text
        out.append(RoleSpan(start, end, t, sentence[start:end]))
    return tuple(out)


# --- English ---------------------------------------------------------------------------------------


def _org_at(sentence: str, pos: int) -> int | None:
    """End of a known organisation or country name that starts at pos."""
    m = vocab.orgs_rx().match(sentence, pos)
    if m and (m.end() == len(sentence) or not sentence[m.end()].isalnum()):
        return m.end()
    for s, e, _ in vocab.country_spans(sentence):
        if s == pos:
            return e
    return None


_EN_GENERIC = re.compile(r"(?:organi[sz]ation|service|agency|ministry|committee|mission|office|bureau|directorate|"
                         r"department|representation|delegation|embassy|secretariat|commission|council)\b(?!['’])")


def _en_np(sentence: str, pos: int, stops: frozenset[int], limit: int) -> int:
    """End of a capitalised noun phrase (a body, a place, a subject) starting at pos; pos when none."""
    if pos in stops or pos >= limit:
        return pos
    g = _EN_GENERIC.match(sentence, pos)
    if g and sentence[max(0, pos - 4):pos].lower() == "the ":
        return g.end()  # "of the organization", "of the Service": the body the release names
    end = pos
    i = pos
    while i < limit:
        if i in stops and i > pos:
            break
        known = _org_at(sentence, i)
        if known:
            end = i = known
            # "IOM Mission to Azerbaijan", "IOM Azerbaijan", "UNHCR Office in Baku": the body's office
            tail = _ORG_TAIL.match(sentence, i)
            while tail and tail.end() <= limit and not any(i < x < tail.end() for x in stops) and \
                    (tail.group("office") or vocab.country_spans(tail.group(0).strip())):
                end = i = tail.end()
                tail = _ORG_TAIL.match(sentence, i)
            break  # what follows a known body is a phrase of its own ("of Azerbaijan", "for Europe")
        else:
            m = _EN_WORD.match(sentence, i)
            if not m or (i in stops):
                break
            if _is_title_word(m.group(0)) and i > pos:
                break  # "... of IOM Director General X": a new title
            end = i = m.end()
        c = _EN_CONNECT.match(sentence, i)
        if not c or c.end() in stops or c.end() >= limit:
            break
        if not _EN_WORD.match(sentence, c.end()) and not _org_at(sentence, c.end()):
            break
        i = c.end()
    return end


@lru_cache(maxsize=4096)
def _is_title_word(word: str) -> bool:
    return bool(find_titles(word, "en"))


def _en_right(sentence: str, pos: int, stops: frozenset[int], limit: int) -> int:
    end = pos
    while end < limit:
        x = _EXTRA_EN.match(sentence, end)
        if x:
            end = x.end()
            continue
        m = _EN_PREP.match(sentence, end)
        if m:
            np_end = _en_np(sentence, m.end(), stops, limit)
            if np_end == m.end() and m.group(1).lower() == "of" and _MINISTER_BEFORE.search(sentence[:end]):
                np_end = _lower_portfolio(sentence, m.end(), stops, limit)  # "Minister of territorial administration"
            if np_end > m.end():
                end = np_end
                if m.group(1).lower() in ("for", "in", "to"):
                    end = _region_list(sentence, end, stops, limit)
                continue
            break
        p = _PAREN.match(sentence, end)
        if p and len(p.group(1).split()) <= 5 and p.end() <= limit and not any(end < s < p.end() for s in stops):
            end = p.end()
            continue
        # "Director of the Refugee Department, State Migration Service of Ukraine"
        c = re.match(r",\s+(?:the\s+)?", sentence[end:])
        if c and end + c.end() not in stops:
            known = _org_at(sentence, end + c.end())
            if known and known <= limit:
                end = known
                continue
        break
    return end


_MINISTER_BEFORE = re.compile(r"(?:minister|ministry)\s*$", re.I)
_LOWER_WORD = re.compile(r"[a-z][a-z-]+")


def _lower_portfolio(sentence: str, pos: int, stops: frozenset[int], limit: int) -> int:
    """A minister's portfolio written in lowercase, up to the name that follows ("of labour and social
    protection Ali Ahmadov")."""
    end = pos
    i = pos
    n = 0
    while i < limit and n < 7:
        if i in stops:
            return end
        m = _LOWER_WORD.match(sentence, i)
        if not m or m.group(0) in ("said", "says", "met", "noted", "who", "which", "was", "is", "has", "had", "with"):
            break
        end = m.end()
        n += 1
        sp = re.match(r"\s+", sentence[end:])
        if not sp:
            break
        i = end + sp.end()
    nxt = end + len(sentence[end:]) - len(sentence[end:].lstrip())
    return end if nxt in stops else pos


def _region_list(sentence: str, end: int, stops: frozenset[int], limit: int) -> int:
    """", Eastern Europe and Central Asia" after "for South-Eastern Europe": more regions of one list."""
    while True:
        m = re.match(r"(?:,\s+|\s+and\s+|,\s+and\s+)", sentence[end:])
        if not m or end + m.end() in stops:
            return end
        np_end = _en_np(sentence, end + m.end(), stops, limit)
        chunk = sentence[end + m.end():np_end]
        if np_end == end + m.end() or not (_REGION.search(chunk) or vocab.country_spans(chunk)):
            return end
        end = np_end


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def _en_left(sentence: str, start: int, name_ends: frozenset[int], floor: int) -> int:
    """Bodies and places right before an English title: "UN Resident Coordinator", "IOM's Director General"."""
    cur = start
    for _ in range(5):
        m = re.search(r"([\w'’.-]+)\s+$", sentence[max(floor, cur - 60):cur])
        if not m:
            break
        wstart = cur - (len(sentence[max(floor, cur - 60):cur]) - m.start(1))
        word = m.group(1)
        wend = wstart + len(word)
        if wend in name_ends:
            break
        bare = _POSSESSIVE.sub("", word)
        if word.lower() in ("the",):
            break
        known_org = any(e == wend for s, e, _ in vocab.find_orgs(sentence[:wend]))
        if (bare.isupper() and len(bare) >= 2 and bare.isalpha()) or vocab.country_of_word(bare) or known_org or \
                (_POSSESSIVE.search(word) and bare[:1].isupper()):
            if known_org:
                s0 = max(s for s, e, _ in vocab.find_orgs(sentence[:wend]) if e == wend)
                wstart = s0
            cur = wstart
            continue
        if _POSSESSIVE.search(word) and bare.lower() in _GENERIC_BODIES:
            cur = wstart  # "the organization's Director General"
            continue
        break
    return cur


_GENERIC_BODIES = frozenset("organization organisation service agency ministry committee mission office bureau "
                            "commission department directorate government council".split())


# --- Russian and Ukrainian -------------------------------------------------------------------------

_SLAV_TOKEN = re.compile(r"[^\W\d_]{1,3}\.(?=\s?[^\W\d_])|[^\W\d_][\w'’-]*|\d+|[^\w\s]")
_SLAV_PREP = {"ru": {"по", "в", "во", "при", "у", "для", "на"}, "uk": {"у", "в", "при", "для", "на", "з", "із", "зі"}}
_SLAV_AND = {"и", "та", "і", "й"}


def _slav_right(sentence: str, pos: int, lang: str, stops: frozenset[int], limit: int) -> int:
    end = pos
    i = pos
    words = 0
    after_prep = False
    toks = [(m.start(), m.end(), m.group(0)) for m in _SLAV_TOKEN.finditer(sentence, pos, limit)]
    k = 0
    while k < len(toks) and words < 14:
        s, e, w = toks[k]
        if s in stops:
            break
        if w == "(":
            p = _PAREN.match(sentence, end)
            if p and len(p.group(1).split()) <= 5 and not any(end < x < p.end() for x in stops):
                end = p.end()
                while k < len(toks) and toks[k][0] < end:
                    k += 1
                continue
            break
        if w in "«\"“":
            q = _QUOTE.match(sentence, end)
            if q and not any(end < x < q.end() for x in stops):
                end = q.end()
                while k < len(toks) and toks[k][0] < end:
                    k += 1
                words += 2
                continue
            break
        if not w[0].isalpha():
            break
        low = w.lower()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if low in _SLAV_PREP[lang] or (lang == "uk" and low == "з" and nxt and nxt[2].lower() == "питань"):
            if low in ("з", "із", "зі") and not (nxt and nxt[2].lower() == "питань"):
                break
            if nxt is None or nxt[0] in stops or not nxt[2][0].isalpha():
                break
            after_prep = True
            k += 1
            continue
        if low in _SLAV_AND:
            if nxt is None or nxt[0] in stops or not _genitive_like(nxt[2], lang) or find_titles(nxt[2], lang):
                break
            k += 1
            continue
        if k > 0 and find_titles(w, lang) and not _genitive_like(w, lang):
            break  # a second title
        if w[0].isupper() or w.isupper() or after_prep or _genitive_like(w, lang):
            end = e
            words += 1
            after_prep = False
            k += 1
            continue
        break
    return end


@lru_cache(maxsize=65536)
def _genitive_like(word: str, lang: str) -> bool:
    """A lowercase word that continues a title's body: a noun or adjective in the genitive ("миграционной
    службы", "внутрішніх справ"), never a verb, adverb or a word in the nominative."""
    if word[:1].isupper():
        return True
    parses = names._morph(lang).parse(word.lower())[:2]
    if not parses:
        return False
    p = parses[0]
    if p.tag.POS in ("VERB", "INFN", "PRTS", "GRND", "ADVB", "CONJ", "PRCL", "NPRO", "PREP", "INTJ"):
        return False
    return any(x.tag.case == "gent" for x in parses if x.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR"))


# --- Azerbaijani -----------------------------------------------------------------------------------

_AZ_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:-\w+)?|[^\w\s]")
_AZ_GEN = re.compile(r"(?:nın|nin|nun|nün|ın|in|un|ün|dakı|dəki|daki|ndakı|ndəki|yanında)$", re.I)
_AZ_VERBISH = re.compile(
    r"(?:ib|ıb|ub|üb|yib|yıb|yub|yüb|miş|mış|muş|müş|di|dı|du|dü|ti|tı|tu|tü|an|ən|yan|yən|araq|ərək|maq|mək|"
    r"acaq|əcək|ır|ir|ur|ür|dikdə|dıqda|ması|məsi|sa|sə)$", re.I)
_AZ_STOP = frozenset("ilə ki bu o onun həmin da də isə ilk sonra zamanı üçün görə kimi bütün hər bir olan edən "
                     "tərəfindən arasında barədə haqqında əsasında çərçivəsində sahəsində ərzində".split())
_AZ_JOIN = frozenset(("üzrə", "və"))
_AZ_CASED = re.compile(r"(?:ları|ləri|lar|lər|da|də|dan|dən|nı|ni|nu|nü|ı|i|u|ü|a|ə)$", re.I)
_AZ_OBJECT = re.compile(r"(?:nı|ni|nu|nü|ları|ləri|da|də|dan|dən|ta|tə)$")  # an object in the accusative ("etimadnaməsini") ends the phrase


_AZ_POSSESSED = re.compile(r"(?:[ıiuü]|s[ıiuü]|[ıiuü]n[ıiuü]n|s[ıiuü]n[ıiuü]n|[ıiuü]n[ae]|s[ıiuü]n[ae]|[ıiuü]n[ıiuü]|"
                           r"s[ıiuü]n[ıiuü]|s[ıiuü]nd[ae]n)$", re.I)


def _az_left(sentence: str, start: int, name_ends: frozenset[int], floor: int) -> int:
    toks = [(m.start(), m.end(), m.group(0)) for m in _AZ_TOKEN.finditer(sentence, floor, start)]
    cur = start
    lower_run = 0
    k = len(toks) - 1
    first_word = _AZ_TOKEN.search(sentence)
    first_start = first_word.start() if first_word else 0
    while k >= 0:
        s, e, w = toks[k]
        if e in name_ends:
            break
        if w == ")":
            j = k
            while j >= 0 and toks[j][2] != "(":
                j -= 1
            if j < 0 or k - j > 6:
                break
            cur = toks[j][0]
            k = j - 1
            continue
        if w == ",":
            # "Cənub-Şərqi Avropa, Şərqi Avropa və Mərkəzi Asiya üzrə": a list of places before "üzrə"
            if k > 0 and toks[k - 1][2][:1].isupper() and "üzrə" in sentence[e:start] and sentence[cur:cur + 1].isupper():
                k -= 1
                continue
            break
        if not w[0].isalpha():
            break
        low = w.lower()
        if w[0].isupper():
            if s == first_start and not (_AZ_GEN.search(w) or vocab.country_of_word(w) or _acronym(w) or
                                         any(os == s for os, _, _ in vocab.find_orgs(sentence)) or
                                         (not _AZ_CASED.search(w) and cur == toks[k + 1][0] and toks[k + 1][2][:1].isupper()
                                          if k + 1 < len(toks) else False)):
                break  # "Qonaqları Xidmətin rəisi", "Mərasimdə ...": the sentence's first word, not a body
            cur = s
            lower_run = 0
            k -= 1
            continue
        verb = _AZ_VERBISH.search(low)
        if low.startswith("ölkəmiz"):
            cur = s  # "ölkəmizdəki", "ölkəmizdə": in our country
            k -= 1
            continue
        if low in _AZ_STOP or verb and verb.start() >= 3 and not _AZ_GEN.search(low) or _AZ_OBJECT.search(low):
            break
        if low in _AZ_JOIN or _AZ_GEN.search(low) or lower_run < 4:
            lower_run += 0 if low in _AZ_JOIN else 1
            cur = s
            k -= 1
            continue
        break
    # lowercase words at the left edge belong to the phrase only when a body or place precedes them
    while cur < start:
        m = _AZ_TOKEN.match(sentence, cur)
        if not m or m.group(0)[0].isupper() or _AZ_GEN.search(m.group(0)) or m.group(0) == "(":
            break
        nxt = re.match(r"\s*", sentence[m.end():])
        cur = m.end() + (nxt.end() if nxt else 0)
    return min(cur, start)


def _acronym(word: str) -> bool:
    head = word.split("-")[0]
    return len(head) >= 2 and sum(ch.isupper() for ch in head) >= 2


@lru_cache(maxsize=65536)
def _known_org_word(word: str) -> bool:
    return bool(vocab.orgs_rx().match(word))


def strip_ranks(text: str, lang: str) -> str:
    return ranks(lang).sub(" ", text)
