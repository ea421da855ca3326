"""Names of bodies and departments in Russian, Ukrainian and Azerbaijani, in English.

``to_english(phrase, lang)`` reads an institutional noun phrase word by word against the glossary
(``data/glossary.json``: dictionary forms for Russian and Ukrainian via pymorphy3, stems without case
endings for Azerbaijani) and puts it in English order: "Главное управление по вопросам миграции" ->
"Main Directorate for Migration", "Министерства внутренних дел" -> "Ministry of Internal Affairs",
"Xaçmaz Rayon İcra Hakimiyyətinin" -> "Khachmaz District Executive Authority", "Vətəndaşlıq
məsələləri baş idarəsi" -> "Citizenship Issues Main Department". Proper names (places) are romanised.
When a common word is not in the glossary the phrase is left untranslated (None): a half-English
name would be worse than the original.
"""

from __future__ import annotations

import re
from functools import lru_cache

from migtl import names, vocab

_TOKEN = re.compile(r"\([^()]*\)|[«\"“][^»\"”]*[»\"”]|[^\W\d_][\w'’-]*|\d+|[^\w\s]")
_AZ_SUFFIXES = sorted("""
    nın nin nun nün ın in un ün sının sinin sunun sünün yla ylə la lə dakı dəki ndakı ndəki da də nda ndə dan dən ndan ndən
    ya yə na nə a ə nı ni nu nü sı si su sü ı i u ü lar lər ları ləri larının lərinin ların lərin
""".split(), key=len, reverse=True)


@lru_cache(maxsize=None)
def _glossary(lang: str) -> dict[str, str]:
    data = vocab.load_data("glossary.json")
    return {k.lower(): v for k, v in data.get(lang, {}).items()}


@lru_cache(maxsize=65536)
def to_english(phrase: str, lang: str) -> str | None:
    """The phrase in English, or None when a word of it is not known."""
    if lang == "az":
        out = _az(phrase)
    elif lang in ("ru", "uk"):
        out = _slav(phrase, lang)
    else:
        return phrase
    if out is None:
        return None
    out = re.sub(r"\s+", " ", out).strip()
    out = re.sub(r"\s+,", ",", out).strip(" ,")
    out = re.sub(r"\b(for|of|and|in|under)(?: \1)+\b", r"\1", out)
    out = re.sub(r"^(?:of|for|and|in|under)\s+|\s+(?:of|for|and|in|under)$", "", out)
    return out or None


# --- Azerbaijani -------------------------------------------------------------------------------------


def _az_stem(word: str) -> tuple[str | None, str]:
    """(English, stem) of one word: the glossary word for it with its endings taken off, or None."""
    g = _glossary("az")
    low = word.lower().replace("i̇", "i")
    cands = [low]
    cur = low
    for _ in range(4):
        for suf in _AZ_SUFFIXES:
            if cur.endswith(suf) and len(cur) - len(suf) >= 2:
                cur = cur[: len(cur) - len(suf)]
                cands.append(cur)
                break
        else:
            break
    for c in cands:
        if c in g:
            return g[c], c
    return None, cands[-1]


def _az_words(words: list[str]) -> str | None:
    g = _glossary("az")
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words):  # two-word glossary entries: "baş idarə", "kənd təsərrüfatı"
            en1, st1 = _az_stem(w)
            en2, st2 = _az_stem(words[i + 1])
            pair = f"{w.lower()} {st2}"
            pair2 = f"{st1} {st2}"
            hit = g.get(pair) or g.get(pair2)
            if hit is not None:
                out.append(hit)
                i += 2
                continue
        if w == ",":
            out.append(",")
            i += 1
            continue
        if _acronym(w):
            bare = re.sub(r"-\w+$", "", w)
            out.append(_org_short(bare) or bare)
            i += 1
            continue
        en, stem = _az_stem(w)
        if en is None:
            if not w[:1].isupper():
                return None
            base = names.az_nominative(w) if names.az_nominative(w) != w else _strip_case(w)
            en = names.romanise(base, "az")
        if en:
            out.append(en)
        i += 1
    return " ".join(out)


def _strip_case(word: str) -> str:
    for suf in ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "dakı", "dəki", "da", "də", "a", "ə"):
        if word.lower().endswith(suf) and len(word) - len(suf) >= 3:
            return word[: len(word) - len(suf)]
    return word


def _az(phrase: str) -> str | None:
    words = [t for t in _TOKEN.findall(phrase) if t[0].isalpha() or t == ","]
    if not words:
        return None
    low = [w.lower() for w in words]
    # "X üzrə Y" is "Y for X"; "X yanında Y" is "Y under X"
    for post, word in (("üzrə", "for"), ("yanında", "under")):
        if post in low:
            k = low.index(post)
            left, right = _az_words(words[:k]), _az_words(words[k + 1:])
            if left is None or right is None:
                return None
            return f"{right} {word} {left}" if right else f"{word} {left}"
    return _az_words(words)


# --- Russian and Ukrainian ---------------------------------------------------------------------------


def _slav(phrase: str, lang: str) -> str | None:
    g = _glossary(lang)
    morph = names._morph(lang)
    toks = [t for t in _TOKEN.findall(phrase) if t[0].isalnum() or t[0] in "«\"“,"]
    out: list[str] = []
    prev = None  # kind of the last word put out: noun | adj | prep | and
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] in "«\"“":
            out.append(t)
            prev = "noun"
            i += 1
            continue
        if i + 1 < len(toks):
            pair = f"{t.lower()} {toks[i + 1].lower()}"
            if pair in g:
                out.append(g[pair])
                prev = "prep"
                i += 2
                continue
        if _acronym(t):
            short = _org_short(t)
            if prev == "noun" and short:
                out.append("of")
            out.append(g.get(t.lower()) or short or t)
            prev = "noun"
            i += 1
            continue
        if t == ",":
            out.append(",")
            prev = "and"
            i += 1
            continue
        low = t.lower()
        if low in g and g[low].islower():  # a preposition or "and"
            out.append(g[low])
            prev = "and" if g[low] == "and" else "prep"
            i += 1
            continue
        parses = morph.parse(low)
        p = next((x for x in parses if x.normal_form.replace("ё", "е") in g), parses[0])
        lemma = p.normal_form.replace("ё", "е")
        pos = p.tag.POS
        en = g.get(lemma)
        if en is None:
            if not t[:1].isupper():
                return None
            en = _proper(t, p, lang)
        kind = "adj" if pos in ("ADJF", "PRTF") else "noun"
        if prev == "noun" and p.tag.case == "gent":
            out.append("of")
        out.append(en)
        prev = kind
        i += 1
    return " ".join(out)


def _proper(word: str, parse, lang: str) -> str:  # noqa: ANN001 - a pymorphy3 parse
    """A place or name in a body's name, romanised in its dictionary form ("Свердловской" -> "Sverdlovsk")."""
    lemma = parse.normal_form if parse.is_known else word.lower()
    if parse.tag.POS == "ADJF":
        lemma = re.sub(r"(?:ский|ская|ское|ской|ський|ська)$", "sk", lemma)
    out = names.romanise(lemma, lang) if names.script(lemma) == "cyrillic" else lemma
    return out[:1].upper() + out[1:]


def _org_short(word: str) -> str | None:
    """The English short name of a body an acronym stands for ("ДМС" -> "SMS", "BMqT" -> "IOM")."""
    found = vocab.find_orgs(word)
    if found and found[0][0] == 0 and found[0][1] >= len(word) - 4:
        return vocab.org_by_id()[found[0][2]].short
    return None


def _acronym(word: str) -> bool:
    head = word.split("-")[0]
    return len(head) >= 2 and sum(ch.isupper() for ch in head) >= 2
