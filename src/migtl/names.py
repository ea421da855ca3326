"""Personal names: nominative forms, romanisation and the matching key used for identity.

Russian and Ukrainian names are put in the nominative with pymorphy3 where it knows the word
(first names, surnames, patronymics) and with surname/first-name ending rules where it does not;
Azerbaijani names lose their case suffix by rule (no usable library exists). The matching key maps
Cyrillic and Azerbaijani Latin to one Latin skeleton (Г~H, -ев~-yev, ə~a, ü~u), compared with rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

PARTICLES = frozenset("de da del della di van von der den le la bin ibn al el ul оглы оглу кызы oğlu oglu qızı gizi ogly".split())
_CYR = re.compile(r"[\u0400-\u04ff]")

# --- romanisation -------------------------------------------------------------

_RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()))
_UK_LAT = {**_RU_LAT, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "є": "ie", "й": "i", "ю": "iu", "я": "ia",
           "х": "kh", "щ": "shch", "'": "", "’": ""}
_AZ_LAT = {"ə": "a", "ı": "i", "ö": "o", "ü": "u", "ş": "sh", "ç": "ch", "ğ": "gh", "x": "kh", "q": "g", "c": "j",
           "Ə": "A", "I": "I", "İ": "I", "Ö": "O", "Ü": "U", "Ş": "Sh", "Ç": "Ch", "Ğ": "Gh", "X": "Kh", "Q": "G", "C": "J"}
_AZ_LETTERS = re.compile("[əƏığĞşŞçÇİ]")


def script(s: str) -> str:
    return "cyrillic" if _CYR.search(s) else "latin"


def _map_chars(s: str, table: dict[str, str]) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low in table:
            rep = table[low].replace("_", "")
            out.append(rep.capitalize() if ch != low and rep else rep)
        else:
            out.append(ch)
    return "".join(out)


def romanise(name: str, lang: str = "") -> str:
    """An English-style spelling of a name: Azerbaijani or Russian/Ukrainian conventions.

    >>> romanise("Vəli Nağıyev", "az"), romanise("Константин Ромодановский", "ru")
    ('Vali Naghiyev', 'Konstantin Romodanovsky')
    """
    if script(name) == "cyrillic":
        if lang == "uk":
            return _map_chars(name, _UK_LAT)
        s = re.sub(r"ий\b", "y", name)
        s = re.sub(r"ей\b", "ei", s)
        s = re.sub(r"ь(?=[аеёиоуыэюя])", "y", s)
        return _map_chars(s, _RU_LAT)
    if lang == "az" or _AZ_LETTERS.search(name):
        return "".join(_AZ_LAT.get(ch, ch) for ch in name)
    return name


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


_SKEL_RULES = [("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
               ("yu", "u"), ("iu", "u"), ("ya", "a"), ("ia", "a"), ("yo", "o"), ("ye", "e"), ("ie", "e"), ("iy", "i"),
               ("ij", "i"), ("y", "i"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "g"), ("x", "h"), ("g", "h"),
               ("k", "h"), ("e", "a")]


@lru_cache(maxsize=65536)
def skeleton(word: str, az_c: bool = False) -> str:
    """Script- and spelling-neutral key of one name word.

    >>> skeleton("Гусейнов") == skeleton("Hüseynov") == skeleton("Huseynov")
    True
    """
    s = word.lower()
    if script(s) == "cyrillic":
        s = _map_chars(s.replace("'", "").replace("’", ""), {**_RU_LAT, "і": "i", "ї": "i", "є": "e", "ґ": "g"})
    elif _AZ_LETTERS.search(word) or re.search(r"c[aeiouəıöü]", s) and not re.search(r"ch|ck|cl|cr|cc|sc", s) and az_c:
        s = "".join({"ə": "a", "ı": "i", "ğ": "g", "ş": "sh", "ç": "ch", "c": "j"}.get(ch, ch) for ch in s)
    else:
        s = "".join({"ə": "a", "ı": "i", "ğ": "g", "ş": "sh", "ç": "ch"}.get(ch, ch) for ch in s)
        s = re.sub(r"c(?!h)", "k", s)
    s = fold(s)
    s = re.sub(r"[^a-z]", "", s)
    for a, b in _SKEL_RULES:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


def skeletons(word: str) -> set[str]:
    """Keys of a word; a Latin word with a 'c' before a vowel may be Azerbaijani (Cavad = Javad) or not (Clarke)."""
    return {skeleton(word), skeleton(word, True)}


def similar(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    return max(ratio(x, y) for x in skeletons(a) for y in skeletons(b)) / 100.0


def _one_indel(a: str, b: str) -> bool:
    """b is a with one letter more (Pariz / Parviz), the shorter at least five letters long."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or len(a) < 5:
        return False
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def first_compatible(a: str | None, b: str | None) -> bool:
    """Two first names can be one person's: equal keys, drifted spelling, or an initial of the other."""
    if not a or not b:
        return True
    ia, ib = a.endswith("."), b.endswith(".")
    if ia or ib:
        return bool({k[:1] for k in skeletons(a[0])} & {k[:1] for k in skeletons(b[0])})
    if skeletons(a) & skeletons(b):
        return True
    return any(_one_indel(x, y) for x in skeletons(a) for y in skeletons(b))


def surname_compatible(a: str, b: str) -> bool:
    if skeletons(a) & skeletons(b):
        return True
    ka, kb = skeleton(a), skeleton(b)
    if ka[:2] != kb[:2] or (ka.endswith("a") != kb.endswith("a") and abs(len(ka) - len(kb)) == 1):
        return False  # Aliyev / Aliyeva are two people
    return similar(a, b) >= 0.86


# --- Russian and Ukrainian nominative -------------------------------------------

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_PATR = re.compile(r"(?:ович|евич|йович|ьович|ич|овна|евна|ївна|івна)$", re.I)
_PATR_OBL = re.compile(r"(?:ович|евич|йович|ьович|ич)(?:а|у|ем|ом|еві|ові)$|(?:овн|евн|ївн|івн)(?:ы|и|е|у|ой|ою|і)$", re.I)

# ending rules: (case, gender, ending, replacement); tried longest ending first
_RULES_RU = [
    ("ablt", "m", "ским", "ский"), ("ablt", "m", "цким", "цкий"), ("ablt", "m", "овым", "ов"), ("ablt", "m", "евым", "ев"),
    ("ablt", "m", "ёвым", "ёв"), ("ablt", "m", "иным", "ин"), ("ablt", "m", "ыным", "ын"), ("ablt", "m", "еем", "ей"),
    ("ablt", "m", "ием", "ий"), ("ablt", "m", "аем", "ай"), ("ablt", "m", "яем", "яй"), ("ablt", "m", "оем", "ой"),
    ("ablt", "m", "уем", "уй"), ("gent", "m", "ая", "ай"), ("datv", "m", "аю", "ай"), ("ablt", "m", "ом", ""), ("ablt", "m", "ем", "ь"), ("ablt", "m", "ой", "а"),
    ("ablt", "m", "ей", "я"), ("ablt", "f", "ской", "ская"), ("ablt", "f", "овой", "ова"), ("ablt", "f", "евой", "ева"),
    ("ablt", "f", "иной", "ина"), ("ablt", "f", "ой", "а"), ("ablt", "f", "ей", "я"),
    ("gent", "m", "ского", "ский"), ("gent", "m", "цкого", "цкий"), ("gent", "m", "ого", "ой"), ("gent", "m", "ова", "ов"),
    ("gent", "m", "ева", "ев"), ("gent", "m", "ёва", "ёв"), ("gent", "m", "ина", "ин"), ("gent", "m", "ыna", "ын"),
    ("gent", "m", "ия", "ий"), ("gent", "m", "ея", "ей"), ("gent", "m", "я", "ь"), ("gent", "m", "а", ""),
    ("gent", "m", "ы", "а"), ("gent", "m", "и", "я"),
    ("gent", "f", "ской", "ская"), ("gent", "f", "овой", "ова"), ("gent", "f", "евой", "ева"), ("gent", "f", "иной", "ина"),
    ("gent", "f", "ы", "а"), ("gent", "f", "ии", "ия"), ("gent", "f", "и", "я"),
    ("datv", "m", "скому", "ский"), ("datv", "m", "цкому", "цкий"), ("datv", "m", "ову", "ов"), ("datv", "m", "еву", "ев"),
    ("datv", "m", "ину", "ин"), ("datv", "m", "ию", "ий"), ("datv", "m", "ею", "ей"), ("datv", "m", "ю", "ь"),
    ("datv", "m", "у", ""), ("datv", "m", "ові", ""), ("datv", "m", "еві", ""), ("datv", "m", "єві", "й"),
    ("datv", "f", "ской", "ская"), ("datv", "f", "овой", "ова"), ("datv", "f", "евой", "ева"), ("datv", "f", "ии", "ия"),
    ("datv", "f", "е", "а"),
    ("accs", "m", "ского", "ский"), ("accs", "m", "ова", "ов"), ("accs", "m", "ева", "ев"), ("accs", "m", "ина", "ин"),
    ("accs", "m", "ия", "ий"), ("accs", "m", "ея", "ей"), ("accs", "m", "а", ""), ("accs", "m", "у", "а"),
    ("accs", "f", "скую", "ская"), ("accs", "f", "ову", "ова"), ("accs", "f", "еву", "ева"), ("accs", "f", "у", "а"),
    ("accs", "f", "ю", "я"),
    ("loct", "m", "ском", "ский"), ("loct", "m", "ове", "ов"), ("loct", "m", "еве", "ев"), ("loct", "m", "ии", "ий"),
    ("loct", "m", "е", ""),
]
# Ukrainian: masculine -ові/-еві, genitive -а, instrumental -ом/-ем, feminine -ої/-ій
_RULES_UK = [
    ("datv", "m", "ові", ""), ("datv", "m", "еві", ""), ("datv", "m", "єві", "й"), ("datv", "m", "у", ""), ("datv", "m", "ю", "й"),
    ("datv", "m", "ому", "ий"), ("gent", "m", "ого", "ий"), ("gent", "m", "а", ""), ("gent", "m", "я", "й"),
    ("gent", "m", "ія", "ій"), ("ablt", "m", "ом", ""), ("ablt", "m", "ем", ""), ("ablt", "m", "єм", "й"), ("ablt", "m", "им", "ий"),
    ("accs", "m", "а", ""), ("accs", "m", "я", "й"), ("gent", "f", "ої", "а"), ("gent", "f", "и", "а"), ("gent", "f", "ії", "ія"),
    ("gent", "m", "енка", "енко"), ("accs", "m", "енка", "енко"), ("datv", "m", "енкові", "енко"), ("datv", "m", "енку", "енко"),
    ("ablt", "m", "енком", "енко"), ("loct", "m", "енкові", "енко"), ("ablt", "m", "овим", "ов"), ("ablt", "m", "евим", "ев"), ("ablt", "m", "євим", "єв"), ("ablt", "m", "іним", "ін"),
    ("ablt", "m", "иним", "ин"), ("accs", "f", "єву", "єва"), ("accs", "f", "ову", "ова"), ("accs", "f", "іну", "іна"),
    ("datv", "m", "єву", "єв"), ("gent", "m", "єва", "єв"), ("gent", "f", "євої", "єва"), ("gent", "f", "ової", "ова"),
    ("ablt", "f", "євою", "єва"), ("ablt", "f", "овою", "ова"), ("datv", "f", "євій", "єва"), ("datv", "f", "овій", "ова"),
    ("datv", "f", "ій", "а"), ("datv", "f", "і", "а"), ("ablt", "f", "ою", "а"), ("ablt", "f", "єю", "я"), ("ablt", "f", "ією", "ія"), ("accs", "f", "у", "а"), ("accs", "f", "ю", "я"),
    ("loct", "m", "ові", ""),
]
_NOMN_BAD_M = re.compile(r"(?:ом|ым|ем|ому|ему|ого|его|ову|еву|ину|ові|еві)$", re.I)
_FIXED_STRONG = re.compile(r"(?:енко|ко|их|ых|аго|яго|ово|дзе|швили|ян|янц|уа|оглы|оглу)$", re.I)
_FIXED = re.compile(r"(?:енко|ко|их|ых|аго|яго|ово|дзе|швили|ян|янц|уа|ия|иа|ио|у|ю|е|и|о)$", re.I)


@lru_cache(maxsize=2)
def _morph(lang: str):  # noqa: ANN202 - pymorphy3 has no type hints
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk" if lang == "uk" else "ru")


def _rules(lang: str) -> list[tuple[str, str, str, str]]:
    return _RULES_UK + _RULES_RU if lang == "uk" else _RULES_RU + _RULES_UK[:3]


def _restore_case(word: str, form: str) -> str:
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


@lru_cache(maxsize=65536)
def _readings(word: str, lang: str) -> dict[tuple[str, str], str]:
    """Possible (case, gender) -> nominative for one Cyrillic name word."""
    out: dict[tuple[str, str], str] = {}
    low = word.lower()
    if low in PARTICLES or "-" in low and low.split("-")[0] in PARTICLES:
        return {(c, g): word for c in CASES for g in "mf"}
    morph = _morph(lang)
    for p in morph.parse(low):
        tag = p.tag
        if not p.is_known or not ({"Name", "Surn", "Patr"} & set(tag.grammemes)):
            continue
        if tag.case not in CASES or tag.number == "plur":
            continue
        gram = set(tag.grammemes)
        g = "f" if "femn" in gram else "m"
        genders = "mf" if ("ms-f" in gram or "Ms-f" in gram) else g
        try:
            nom = p.inflect({"nomn", "sing"} | ({"femn"} if g == "f" else set()))
        except ValueError:
            nom = None
        nom_word = nom.word if nom else p.normal_form
        if "ё" not in low:
            nom_word = nom_word.replace("ё", "е")
        for gg in genders:
            out.setdefault((tag.case, gg), _restore_case(word, nom_word))
    known = bool(out)
    # ending rules fill in rare names the dictionary does not know (Вусалом, Гусейновым)
    matched = False
    for case, g, end, rep in sorted(_rules(lang), key=lambda r: -len(r[2])):
        if low.endswith(end) and len(low) - len(end) >= 2:
            matched = True
            out.setdefault((case, g), _restore_case(word, word[: len(word) - len(end)] + rep))
    if not known:
        if not _NOMN_BAD_M.search(low) and not _PATR_OBL.search(low) and not low.endswith(("а", "я", "ой")):
            out.setdefault(("nomn", "m"), word)
        if low.endswith(("а", "я")) and not _PATR_OBL.search(low):
            out.setdefault(("nomn", "f"), word)
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", low) and not re.search(r"(?:ом|ем|ём|им|ым|ам|ям|ев|ов|ин)$", low):
        for c in CASES:  # women's surnames ending in a consonant do not decline: "Оксану Шевчук", "Лауру Кларк"
            out.setdefault((c, "f"), word)
    if (_FIXED_STRONG.search(low) and not (lang == "uk" and low.endswith("ко"))) or (not known and not matched and _FIXED.search(low)):
        for c in CASES:  # indeclinable: Черненко, Шойгу
            out.setdefault((c, "m"), word)
            out.setdefault((c, "f"), word)
    return out


def nominative_cyr(words: list[str], lang: str, case_hint: str | tuple[str, ...] | None = None,
                   gender: str | None = None, oblique: bool = False) -> tuple[list[str], str]:
    """Nominative of a Cyrillic name given as words in one grammatical case; returns (words, case).

    >>> nominative_cyr(["Вусалом", "Гусейновым"], "ru")[0]
    ['Вусал', 'Гусейнов']
    """
    out, case = _nominative_cyr(tuple(words), lang, case_hint, gender, oblique)
    return list(out), case


@lru_cache(maxsize=65536)
def _nominative_cyr(words: tuple[str, ...], lang: str, case_hint: str | tuple[str, ...] | None,
                    gender: str | None, oblique: bool) -> tuple[tuple[str, ...], str]:
    readings = [_readings(w, lang) for w in words]
    for i in range(len(words) - 1):
        if words[i + 1].lower() in ("оглы", "оглу", "кызы", "гызы"):
            readings[i] = {(c, g): words[i] for c in CASES for g in "mf"}
    order = ["nomn", "ablt", "gent", "accs", "datv", "loct"]
    best: tuple[float, int, int] | None = None
    choice = ("nomn", "m")
    for ci, case in enumerate(order):
        for gi, g in enumerate("mf"):
            hints = (case_hint,) if isinstance(case_hint, str) else (case_hint or ())
            bonus = 1.5 if hints and case == hints[0] else (1.25 if case in hints else 0.0)
            score = sum((case, g) in r for r in readings) + bonus + (1.0 if g == gender else 0.0)
            if oblique and case == "nomn":
                score -= 0.75  # right after a verb or preposition, with no verb of its own
            first = readings[0].get((case, g)) if len(readings) > 1 else None
            if first and morph_kind(first, "uk" if lang == "uk" else "ru") == "Name" and \
                    any(p.tag.case == "nomn" for p in _morph(lang).parse(first.lower())[:3]):
                score += 0.5  # the first word comes out as a first name the dictionary knows
            key = (score, -ci, -gi)
            if best is None or key > best:
                best, choice = key, (case, g)
    return tuple(r.get(choice, w) for r, w in zip(readings, words, strict=True)), choice[0]


def cyr_readings(word: str, lang: str) -> set[str]:
    """Every nominative this Cyrillic word could stand for, lower-cased (for matching mentions)."""
    return {v.lower() for v in _readings(word, lang).values()} | {word.lower()}


def is_patronymic(word: str, lang: str = "ru") -> bool:
    """A Russian or Ukrainian patronymic the dictionary knows ("Григорьевич", "Юрійовича"); surnames
    with the same ending ("Шуневич") are not."""
    if not (_PATR.search(word) or _PATR_OBL.search(word)) or script(word) != "cyrillic":
        return False
    return morph_kind(word, "ru") == "Patr" or morph_kind(word, "uk") == "Patr"


@lru_cache(maxsize=65536)
def morph_kind(word: str, lang: str) -> str | None:
    """'Name', 'Surn' or 'Patr' when the dictionary knows the word as such, else None."""
    for p in _morph(lang).parse(word.lower())[:4]:
        if not p.is_known:
            continue
        for k in ("Name", "Surn", "Patr"):
            if k in p.tag.grammemes:
                return k
    return None


@lru_cache(maxsize=65536)
def common_word(word: str, lang: str) -> bool:
    """True when the dictionary knows the word only as an ordinary (non-name) word."""
    parses = _morph(lang).parse(word.lower())
    known = [p for p in parses if p.is_known]
    if not known:
        return False
    return not any({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes) for p in known) and known[0].score > 0.3


@lru_cache(maxsize=65536)
def geo_word(word: str, lang: str) -> bool:
    """A place name the dictionary knows (and not as a personal name)."""
    parses = [p for p in _morph(lang).parse(word.lower()) if p.is_known]
    return bool(parses) and any("Geox" in p.tag.grammemes for p in parses[:2]) and \
        not any({"Name", "Surn"} & set(p.tag.grammemes) for p in parses)


@lru_cache(maxsize=65536)
def is_verb(word: str, lang: str) -> bool:
    """A verb, participle or gerund the dictionary knows ('призначено', 'назначен', 'провел')."""
    parses = _morph(lang).parse(word.lower())
    return bool(parses) and parses[0].is_known and parses[0].tag.POS in ("VERB", "INFN", "PRTS", "PRTF", "GRND")


@lru_cache(maxsize=4096)
def is_noun(word: str, lang: str) -> bool:
    parses = _morph(lang).parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN"


@lru_cache(maxsize=4096)
def case_of(word: str, lang: str) -> tuple[str, ...] | None:
    """The grammatical cases a title noun ('начальником', 'посла') can be in, most likely first."""
    parses = [p for p in _morph(lang).parse(word.lower()) if p.tag.case or p.tag.POS == "NOUN"]
    if not parses:
        return None
    top = parses[0].score
    cases: list[str] = []
    for p in parses:
        case = p.tag.case or "nomn"  # the Ukrainian dictionary leaves the nominative unmarked
        if p.score >= top * 0.6 and case not in cases and p.tag.number != "plur":
            cases.append(case)
    return tuple(cases) or None


# --- Azerbaijani ------------------------------------------------------------------

_AZ_SURNAME = r"(?:ov|ev|yev|öv|in|ın|li|lı|lu|lü|zadə|zade|oğlu|qızı|ova|eva|yeva|ın|yan|ski|sky)"
_AZ_SUFFIX = re.compile(
    rf"^(?P<base>.+?{_AZ_SURNAME})(?P<suf>'?(?:nun|nün|nin|nın|un|ün|in|ın|a|ə|ya|yə|u|ü|ı|i|nu|nü|nı|ni|da|də|dan|dən|"
    r"la|lə|dur|dür|dır|dir|dakı|dəki|nda|ndə|ndan|ndən|ya|yə|ylə|yla|nı|dırlar|dirlər))$", re.I)
_AZ_FOREIGN = re.compile(r"^(?P<base>.+?)'(?:nun|nün|nin|nın|un|ün|in|ın|a|ə|ya|yə|u|ü|ı|i|nu|nü|nı|ni|da|də|dan|dən|la|lə)$", re.I)


def az_nominative(word: str) -> str:
    """Drop an Azerbaijani case suffix from a surname: Hüseynovun -> Hüseynov, Nəbiyevdir -> Nəbiyev.

    A final -a/-ə after -ov/-ev is kept ("Hüseynova" may be a woman's name); the release's other
    mentions decide (see ``people``).
    """
    m = _AZ_FOREIGN.match(word)
    if m:
        return m.group("base")
    m = _AZ_SUFFIX.match(word)
    if not m:
        return word
    base, suf = m.group("base"), m.group("suf").lower()
    if suf in ("a", "ə") and base.lower().endswith(("ov", "ev", "yev", "öv")):
        return word
    if base.lower().endswith(("ova", "eva", "yeva")) and suf in ("nın", "nin", "ya", "yə", "nı", "ni", "da", "dan", "dır", "dir"):
        return base
    if base.lower().endswith(("ova", "eva")) and suf not in ("nın", "nin"):
        # "Hüseynovanın" -> Hüseynova; "Hüseynovu" -> Hüseynov handled by base ending in ov
        pass
    return base


def english_possessive(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)
