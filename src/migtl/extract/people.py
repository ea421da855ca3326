"""People in a release: name spans, their nominative form, roles, and whether they took part.

``find_people(sentences, lang, country)`` returns one ``PersonRef`` per person named in the
release, with every mention (sentence index, offsets, surface form). Full names are found by
capitalisation plus evidence (an honorific, a title next to the name, a speech verb after it,
a name known to the morphology dictionary, a surname ending); initials ("В.Гусейнов") and
surname-only mentions ("Mr. Aktoprak") are then bound to the full name given in the release.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from migtl import names, vocab
from migtl.extract.binding import bind_roles
from migtl.extract.roles import Context, is_head_of_state, parse_role
from migtl.extract.rolespans import RoleSpan, find_role_spans
from migtl.extract.titles import find_titles, ranks
from migtl.models import Mention, PersonRef, Role

_TOKEN = re.compile(r"[^\W\d_]\.(?=\s?[^\W\d_])|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s\b)?|\S")
_SURNAME_END = re.compile(
    r"(?:ov|ev|yev|öv|ova|eva|yeva|sky|ski|skiy|enko|uk|yuk|chuk|yan|ian|dze|shvili|li|lı|lu|lü|zade|zadə|"
    r"oğlu|oglu|ić|vić|escu|ović|ovych|ova|ly|ev)(?:[a-zəüöığşç']{0,4})$|"
    r"(?:ов|ев|ёв|ин|ын|ск|цк|енко|юк|ук|чук|ян|дзе|швили|ич)\w{0,4}$", re.I)
_AZ_SURNAME_TOKEN = re.compile(r"(?:ov|ev|yev|ova|eva|yeva|zadə|zade|oğlu|ogly|oglu)(?:un|ün|in|ın|nın|nin|a|ə|u|ü|ı|i|da|də|dan|dən|la|lə|dir|dır|dur|dür)?$")
_PERSON_TITLE_WORDS = re.compile(r"^(?:mr|mrs|ms|dr|h\.e|prof|sir)\.?$", re.I)
_ORDER_OF = re.compile(r"(?<!\w)(?:приказом|указом|распоряжением|постановлением|наказом|розпорядженням|by (?:the )?(?:order|decree) of|"
                       r"əmri ilə|sərəncamı ilə|fərmanı ilə)(?!\w)", re.I)
_POSSESSIVE = re.compile(r"(?<!\w)(?:its|their|его|её|их|його|її|їх|onun|onların)(?!\w)", re.I)
_NAMED_AFTER = re.compile(
    r"^['’]?\w{0,3}\s+(?:foundation|fond\w*|фонд\w*|cent(?:er|re)\w*|mərkəz\w*|центр\w*|prospekt\w*|проспект\w*|"
    r"avenue|street|küçə\w*|улиц\w*|вулиц\w*|universit\w*|университет\w*|університет\w*|airport|aeroport\w*|"
    r"аэропорт\w*|аеропорт\w*|adına|adındakı|имени|імені|palace|sarayı\w*|дворц\w*|дворец\w*|палац\w*|park\w*|"
    r"парк\w*|stadium|stadion\w*|стадион\w*|стадіон\w*|school|məktəb\w*|школ\w*|award|prize|mükafat\w*|"
    r"преми\w*|орден\w*|ordeni\w*|medal\w*)(?!\w)", re.I)
_NO_OFFICE = re.compile(r"(?:delegation|[Дд]елегаци|[Дд]елегаці|nümayəndə heyət)")
_AFTER_REF = re.compile(
    r"^\W{0,3}(?:rəhbərliyi|təşəbbüsü|tərəfindən imzalanmış|tərəfindən təsdiq|fərman\w*|sərəncam\w*|siyasəti\w*|"
    r"dövründə)(?!\w)", re.I)
_STRONG_REF = re.compile(
    r"(?<!\w)(?:late|national leader|ulu öndər|ümummilli lider\w*|mərhum|покойн\w+|общенациональн\w+ лидер\w*|"
    r"великого|покійн\w+|загальнонаціональн\w+ лідер\w*|in memory of|памяти|пам'яті|xatirəsi\w*)(?!\w)", re.I)


@dataclass
class _M:
    """A name span in one sentence, before the release's mentions are grouped into people."""

    sent: int
    start: int
    end: int
    text: str
    kind: str  # full | initial | single | firstpatr
    first: str | None
    last: str
    middle: tuple[str, ...] = ()
    display: str = ""
    forms: set[str] = field(default_factory=set)
    role: Role | None = None
    roles: list[Role] = field(default_factory=list)
    active: bool = True
    strong_ref: bool = False
    certain: bool = False  # nominative known for sure (written so, or case settled)
    tokens: tuple[str, ...] = ()
    hint: tuple[str, ...] | None = None
    fem: bool = False


@lru_cache(maxsize=8)
def _lang_sets(lang: str) -> tuple[frozenset[str], vocab.Lang]:
    lv = vocab.lang(lang)
    not_name = lv.not_name | vocab.lang("en").not_name if lang != "en" else lv.not_name
    return not_name, lv


@lru_cache(maxsize=8)
def _not_name_prefix(lang: str) -> re.Pattern[str]:
    prefixes = vocab.lang(lang).raw.get("not_name_prefixes", []) + (vocab.lang("en").raw.get("not_name_prefixes", []) if lang != "en" else [])
    return re.compile("(?:" + "|".join(re.escape(p) for p in prefixes) + ")") if prefixes else re.compile(r"(?!x)x")


@lru_cache(maxsize=65536)
def _is_title_word(low: str, lang: str) -> bool:
    ts = find_titles(low, lang)
    return bool(ts) and ts[0].base_start == 0 and ts[0].base_end == len(low)


# place names that are also given names: "Argentina Szabados" is a person, "Bangladesh Giorgi ..." is not
_GIVEN_PLACES = frozenset("argentina montserrat georgia jordan chad india israel kenya florence victoria "
                          "adelaide lorraine virginia carolina santiago lima".split())


@lru_cache(maxsize=65536)
def _is_place(word: str) -> bool:
    return bool(vocab.place_word_rx().fullmatch(word))


def _name_token(tok: str, lang: str, not_name: frozenset[str] = frozenset()) -> bool:
    if len(tok) < 2 or not tok[0].isupper():
        return False
    return _name_token_cached(tok, lang)


@lru_cache(maxsize=200000)
def _name_token_cached(tok: str, lang: str) -> bool:
    not_name = _lang_sets(lang)[0]
    head = tok.split("-")[0]
    if tok.isupper() and len(tok) > 1 or ("-" in tok and sum(ch.isupper() for ch in head) >= 2):
        return False  # acronyms: IOM, ГМС, DMX, BMqT-nin
    low = names.english_possessive(tok).lower()
    if low in not_name or tok.lower() in not_name:
        return False
    if _not_name_prefix(lang).match(low):
        return False
    if _is_title_word(low, lang):
        return False  # "Səfir Ravkov", "Посол Бюльбюльоглу"
    if any(ch.isdigit() for ch in tok):
        return False
    if lang in ("ru", "uk") and names.script(tok) == "cyrillic" and names.geo_word(tok, lang):
        return False  # Європі, Азії, Британії
    return True


def _month_word(tok: str) -> bool:
    from migtl.extract.dates import month_number

    return month_number(tok) is not None


_FEM_VERB = re.compile(r"^\s*(?:также\s+|також\s+)?[а-яіїєґ]+(?:ла|лась|лася)\b", re.I)


def _nominative(tokens: list[str], lang: str, hint: tuple[str, ...] | None, gender: str | None = None,
                oblique: bool = False) -> tuple[list[str], bool]:
    if names.script(" ".join(tokens)) == "cyrillic":
        words, case = names.nominative_cyr(tokens, lang if lang in ("ru", "uk") else "ru", hint, gender, oblique)
        return words, case == "nomn" or hint is not None
    if lang == "az" or re.search("[əƏğĞışŞçÇöÖüÜ]", "".join(tokens)):
        out = tokens[:-1] + [names.az_nominative(tokens[-1])]
        return out, out == tokens
    return tokens[:-1] + [names.english_possessive(tokens[-1])], True


def _split_name(words: list[str]) -> tuple[str | None, tuple[str, ...], str, str]:
    """(first, middle, last, display) from nominative words in written order."""
    parts = [w for w in words]
    patr_idx = [i for i, w in enumerate(parts) if i > 0 and names.is_patronymic(w)]
    if patr_idx and len(parts) == 3 and patr_idx[-1] == 2:  # Черненко Андрей Григорьевич
        first, last = parts[1], parts[0]
        return first, (), last, f"{first} {last}"
    if patr_idx and len(parts) == 3 and patr_idx[-1] == 1:  # Андрей Григорьевич Черненко
        return parts[0], (), parts[2], f"{parts[0]} {parts[2]}"
    # particles belong to the surname: Furio de Angelis, Полад Бюльбюль оглы
    first = parts[0]
    rest = parts[1:]
    idx = next((i for i, w in enumerate(rest) if w.lower() in names.PARTICLES), None)
    if idx is not None and idx > 0 and rest[idx].lower() in ("оглы", "оглу", "oğlu", "oglu", "qızı", "кызы", "gizi"):
        last = " ".join(rest[idx - 1:])
        middle = tuple(rest[:idx - 1])
    elif idx is not None:
        last = " ".join(rest[idx:])
        middle = tuple(rest[:idx])
    else:
        last = rest[-1]
        middle = tuple(rest[:-1])
    return first, middle, last, " ".join(parts)


@lru_cache(maxsize=1)
def _regions() -> re.Pattern[str]:
    """Stretches of a sentence where a name can be: tokens that open with a capital (or an initial),
    and name particles between them. Only these are tokenised and looked at word by word."""
    upper = "".join(c for c in map(chr, range(0x10000)) if c.isupper() and (c.isalpha()))
    cls = "[" + re.escape(upper) + "]"
    word_end = r"(?![^\W\d_])(?!['’\-][^\W\d_])"
    init = rf"{cls}\.(?=\s?[^\W\d_])"
    cap = rf"{cls}[^\W\d_]*(?:['’\-][^\W\d_]+)*(?:['’]s\b)?"
    part = "(?i:" + "|".join(sorted(names.PARTICLES, key=len, reverse=True)) + ")" + word_end + r"(?!['’]s\b)"
    # a token starts here: no letter before, and no letter-joiner pair ("al-", "O'") either
    return re.compile(rf"(?<![^\W\d_])(?<![^\W\d_]['’\-])(?:{init}|{cap})(?:\s*(?:{init}|{cap}|{part}))*")


def _spans(sentence: str, lang: str) -> list[tuple[int, int, list[str], list[tuple[int, int]]]]:
    """Runs of capitalised name-like tokens: (start, end, tokens, token offsets)."""
    runs: list[tuple[int, int, list[str], list[tuple[int, int]]]] = []
    for region in _regions().finditer(sentence):
        rstart, rend = region.span()
        word = region.group(0)
        if _SPACE_OR_DOT.search(word):
            runs.extend(_region_runs(sentence, rstart, rend, lang))
        elif _name_token(word, lang) and not _PERSON_TITLE_WORDS.match(word) and \
                not (word.lower() in names.PARTICLES and word.lower() not in _KEPT_PARTICLES) and \
                not _dated_month(sentence, [(word, rstart, rend)], 0, rstart, rend):
            runs.append((rstart, rend, [word], [(rstart, rend)]))  # one word: what _region_runs gives, quicker
    return runs


_SPACE_OR_DOT = re.compile(r"[\s.]")
_KEPT_PARTICLES = ("оглы", "оглу", "oğlu", "qızı", "кызы")  # they end a name; the others only stand inside one


_NONSPACE = re.compile(r"\S")


def _dated_month(sentence: str, toks: list[tuple[str, int, int]], i: int, rstart: int, rend: int) -> bool:
    """A capitalised month with a number right before it or within the next two tokens ("18 Noyabr",
    "Ноябрь 2019") is a date, not a name."""
    if not _month_word(toks[i][0]):
        return False
    if (toks[i - 1][0] if i else sentence[:rstart].rstrip()[-1:])[:1].isdigit():
        return True
    after = [t for t, _, _ in toks[i + 1:i + 3]]
    if len(after) < 2:
        after += [m.group(0) for _, m in zip(range(2 - len(after)), _TOKEN.finditer(sentence, rend))]
    return any(t[:1].isdigit() for t in after)


def _region_runs(sentence: str, rstart: int, rend: int, lang: str) -> list[tuple[int, int, list[str], list[tuple[int, int]]]]:
    not_name = _lang_sets(lang)[0]
    toks = []
    for m in _TOKEN.finditer(sentence, rstart):  # tokenised as in the whole sentence, stopped at the region's end
        if m.start() >= rend:
            break
        toks.append((m.group(0), m.start(), m.end()))
    for i, (t, s_, e_) in enumerate(toks):
        if t[:1].isupper() and _dated_month(sentence, toks, i, rstart, rend):
            toks[i] = (t.lower(), s_, e_)
    runs = []
    i = 0
    while i < len(toks):
        tok, s, e = toks[i]
        is_init = len(tok) == 2 and tok.endswith(".") and tok[0].isupper()
        if not (is_init or _name_token(tok, lang, not_name)) or _PERSON_TITLE_WORDS.match(tok):
            i += 1
            continue
        j = i
        run: list[tuple[str, int, int]] = []
        while j < len(toks):
            t, ts, te = toks[j]
            init = len(t) == 2 and t.endswith(".") and t[0].isupper()
            if init and (not run or all(len(x[0]) == 2 for x in run)):
                run.append((t, ts, te))
            elif _name_token(t, lang, not_name) and not _PERSON_TITLE_WORDS.match(t):
                if run and sentence[run[-1][2]:ts].strip() not in ("", "-"):
                    break
                run.append((t, ts, te))
            elif t.lower() in names.PARTICLES and run and (j + 1 < len(toks) or _NONSPACE.search(sentence, rend)):
                run.append((t, ts, te))
            else:
                break
            j += 1
            if sum(1 for x in run if len(x[0]) > 2) >= 4:
                break
            if len(run) >= 2 and _AZ_SURNAME_TOKEN.search(run[-1][0]) and names.script(run[-1][0]) == "latin" and \
                    j + 1 < len(toks) and _name_token(toks[j][0], lang, not_name) and _name_token(toks[j + 1][0], lang, not_name):
                break  # a surname, then another full name
        while run and run[-1][0].lower() in names.PARTICLES and run[-1][0].lower() not in _KEPT_PARTICLES:
            run.pop()
        if run:
            runs.append((run[0][1], run[-1][2], [r[0] for r in run], [(r[1], r[2]) for r in run]))
        i = max(j, i + 1)
    return runs


def _evidence(sentence: str, start: int, end: int, tokens: list[str], lang: str, role: object) -> bool:
    lv = vocab.lang(lang)
    before = sentence[max(0, start - 25):start]
    if lv.honorific.search(before[-14:]) or vocab.lang("en").honorific.search(before[-6:]):
        return True
    if role:
        return True
    if _verb_after(sentence[end:end + 40], lv):
        return True
    words = [t for t in tokens if len(t) > 2]
    if names.script(" ".join(words)) == "cyrillic" and lang in ("ru", "uk"):
        kinds = [names.morph_kind(w, lang) for w in words]
        if "Name" in kinds or "Patr" in kinds or kinds[-1] == "Surn":
            return True
    if _SURNAME_END.search(words[-1]) and not any(_is_place(w) for w in words):
        return True
    return False


def _trim(sent: str, start: int, end: int, tokens: list[str], offs: list[tuple[int, int]], lang: str
          ) -> tuple[int, int, list[str], list[str]] | None:
    """The name inside a capitalised run: places and bodies around it cut off; None when none is left."""
    full = [t for t in tokens if not (len(t) == 2 and t.endswith("."))]
    inits = [t for t in tokens if len(t) == 2 and t.endswith(".")]
    # a country or city before a name belongs to the title ("министром ... Республики Беларусь Иваном
    # Кубраковым"), unless the name would be left with one word ("direktoru Argentina Szabados")
    while len(full) >= 3 and _is_place(full[0]) or (full and _is_place(full[0]) and len(full) == 2 and
                                                      full[0].lower() not in _GIVEN_PLACES and not (
            _title_right_before(sent, start, lang) or vocab.lang(lang).honorific.search(sent[max(0, start - 8):start]))):
        full = full[1:]
        start = offs[tokens.index(full[0])][0] if full else end
    # "Minister of Labour and Social Protection of Population Leyla Allahverdiyeva": the body's last word
    if len(full) >= 3 and re.search(r"\b(?:of|for|on|and)\s*$", sent[max(0, start - 6):start], re.I):
        full = full[1:]
        start = offs[tokens.index(full[0])][0]
    # a surname ends the name: "Ramil Orucov Əmək və Əhalinin ..." / "Qasımovun BMqT-nin"
    if names.script(" ".join(full)) == "latin":
        last_sur = max((i for i, t in enumerate(full) if i >= 1 and _AZ_SURNAME_TOKEN.search(t)), default=None)
        if last_sur is not None and last_sur < len(full) - 1:
            end = offs[tokens.index(full[last_sur])][1]
            full = full[:last_sur + 1]
    # ... and after it, the next body's name ("Vüsal Hüseynov Almaniya Federativ Respublikasının")
    cut = next((i for i, t in enumerate(full) if (i >= 2 or (inits and i >= 1)) and _is_place(t)), None)
    if cut is not None:
        end = offs[tokens.index(full[cut - 1])][1]
        full = full[:cut]
    if not full or _is_place(" ".join(full)):
        return None
    if _NAMED_AFTER.match(sent[end:end + 30]):
        return None  # "Heydər Əliyev Fondu", "проспект ... имени", "Heydar Aliyev Centre": a name of a place or body
    return start, end, full, inits


def _title_right_before(sent: str, start: int, lang: str) -> bool:
    """A title ends right before ``start`` (only spaces, ranks and honorifics between)."""
    for t in find_titles(sent[max(0, start - 120):start], lang):
        gap = sent[max(0, start - 120) + t.end:start]
        if _gap_tight(gap, lang):
            return True
    return False


def _gap_tight(gap: str, lang: str) -> bool:
    g = ranks(lang).sub(" ", gap)
    g = vocab.lang(lang).honorific.sub(" ", g)
    if lang != "en":
        g = vocab.lang("en").honorific.sub(" ", g)
    return not re.sub(r"(?<!\w)the(?!\w)", " ", g, flags=re.I).strip(" .,\"«»“”'")


def _adjacent_roles(sent: str, start: int, end: int, roles: list[RoleSpan], lang: str
                    ) -> tuple[RoleSpan | None, RoleSpan | None]:
    """The role phrase right before a name (a title: "Chief of X Vusal Huseynov", "Xidmətin rəisi, II
    dərəcəli ... müşaviri Vüsal Hüseynov") and the one right after it (an apposition: "X, Chief of Y";
    in Russian and Ukrainian also a predicate: "назначил X начальником Y")."""
    before = after = None
    for r in roles:
        if r.end <= start:
            gap = sent[r.end:start]
            if _gap_tight(gap, lang) or (gap.strip().startswith(",") and ranks(lang).search(gap) and
                                         _gap_tight(gap.replace(",", " ", 1), lang)):
                before = r
        elif r.start >= end and after is None:
            gap = sent[end:r.start]
            if re.match(r"^\s*(?:,|—|–|-|\()\s*(?:the\s+|a\s+)?$", gap, re.I):
                after = r
            elif lang in ("ru", "uk") and not gap.strip() and r.title.case and "ablt" in r.title.case[:1]:
                after = r
    return before, after


def _mention(si: int, sent: str, span: tuple[int, int, list[str], list[str]], tokens: list[str],
             offs: list[tuple[int, int]], lang: str, roles: list[RoleSpan]) -> _M | None:
    """One name span read in full: its nominative, the role written next to it, whether it is active."""
    start, end, full, inits = span
    before, after = _adjacent_roles(sent, start, end, roles, lang)
    role_span = before or after
    appositive = after is not None and bool(re.match(r"^\s*[,—–(-]", sent[end:end + 3]))
    hint_span = before or (after if appositive else None)
    if before is not None and vocab.lang(lang).appointed.search(sent[max(0, start - 40):start]) and \
            vocab.lang(lang).appointed.search(sent[before.end:start]):
        hint_span = None  # "головою ... призначено Юлію Савченко": the title is a predicate
    hint = hint_span.title.case if hint_span is not None and lang in ("ru", "uk") else None
    text = sent[start:end]
    if inits and len(full) == 1:
        words, certain = _nominative(full, lang, hint)
        first = "".join(inits)  # "К.О." as written
        m = _M(si, start, end, text, "initial", first, words[0], display=f"{first} {words[0]}")
        m.certain = certain
    elif len(full) >= 2:
        if lang in ("ru", "uk"):
            while len(full) > 2 and names.common_word(full[0], lang):
                full = full[1:]  # "Центральній Азії Пітера Кларка"
                start = offs[tokens.index(full[0])][0]
                text = sent[start:end]
            if all(names.common_word(w, lang) for w in full):
                return None  # "Европейского Союза", "Південно-Східній Європі": words, not a name
        weak = not _evidence(sent, start, end, full, lang, role_span)
        oblique = role_span is None and _after_governor(sent, start) and not _verb_after(sent[end:end + 40], vocab.lang(lang))
        words, certain = _nominative(full, lang, hint, oblique=oblique)
        if len(words) == 2 and names.is_patronymic(full[1], lang):
            m = _M(si, start, end, text, "firstpatr", words[0], "", display=" ".join(words))
        else:
            first, middle, last, display = _split_name(words)
            m = _M(si, start, end, text, "weak" if weak else "full", first, last, middle, display)
        m.certain = certain
    else:
        words, certain = _nominative(full, lang, hint)
        m = _M(si, start, end, text, "single", None, words[0], display=words[0])
    m.tokens, m.hint = tuple(full), hint
    m.fem = bool(_FEM_VERB.match(sent[end:end + 30]))
    m.forms = {text, m.display}
    return m


def _bind(ms: list[_M], sents: list[str], roles: dict[int, list[RoleSpan]], lang: str, context: Context) -> None:
    """Give each mention the role phrases its sentence binds to it, read as offices."""
    by_sent: dict[int, list[_M]] = {}
    for m in ms:
        by_sent.setdefault(m.sent, []).append(m)
    for si, group in by_sent.items():
        spans = roles.get(si) or []
        if not spans:
            continue
        group.sort(key=lambda m: m.start)
        sent = sents[si]
        bound = bind_roles(sent, lang, [(m.start, m.end) for m in group], spans)
        for idx, bs in bound.items():
            m = group[idx]
            for b in bs:
                if _NO_OFFICE.search(sent[max(0, b.role.start - 12):b.role.end]):
                    continue  # the head of a delegation is not an office
                role = parse_role(b.role.text, lang, context.country, None, context.at(si))
                if role is None:
                    continue
                if role.org is None and role.office is None and _POSSESSIVE.search(sent[max(0, b.role.start - 12):b.role.start]):
                    # "a delegation of the State Migration Service of Ukraine led by its Head X"
                    bodies = vocab.find_orgs(sent[:b.role.start])
                    if bodies:
                        b_start, b_end, _ = bodies[-1]
                        tail = re.match(r"[^,;]{0,40}", sent[b_end:])
                        body_text = sent[b_start:b_end] + (tail.group(0) if tail else "")
                        role = parse_role(_POSSESSIVE.sub(" ", b.role.text) + " of " + body_text, lang, context.country,
                                          None, context.at(si)) or role
                role = dataclasses.replace(role, sentence=si)
                if b.how == "appoint" and role.status == "current":
                    role = dataclasses.replace(role, status="new")
                m.roles.append(role)
            if m.roles:
                m.role = m.roles[0]


def find_mentions(sents: list[str], lang: str, country: str | None, org: str | None = None,
                  context: Context | None = None) -> list[_M]:
    spans = []
    for si, sent in enumerate(sents):
        for start, end, tokens, offs in _spans(sent, lang):
            span = _trim(sent, start, end, tokens, offs, lang)
            if span:
                spans.append((si, sent, span, tokens, offs))
    # the role phrases of each sentence, grown up to (never into) the names found in it
    starts: dict[int, set[int]] = {}
    ends: dict[int, set[int]] = {}
    for si, _, span, _, _ in spans:
        if len(span[2]) >= 2 or span[3] or _looks_named(sents[si], span):
            starts.setdefault(si, set()).add(span[0])
            ends.setdefault(si, set()).add(span[1])
    roles = {si: find_role_spans(sent, lang, frozenset(starts.get(si, ())), frozenset(ends.get(si, ())))
             for si, sent in enumerate(sents) if find_titles(sent, lang)}
    # A one-word mention ("Huseynov", "Гусейнову") only ever joins a person named in full in the same
    # release, so it is read in full only when its first letter can start one of their surnames;
    # the capitalised words that open sentences ("Recall", "Напомним") are passed over cheaply.
    out: list[_M | None] = []
    singles = []
    for si, sent, span, tokens, offs in spans:
        if len(span[2]) == 1 and not span[3]:
            singles.append(len(out))
            out.append(None)
        else:
            out.append(_mention(si, sent, span, tokens, offs, lang, roles.get(si, [])))
    openings = {k for m in out if m and m.kind in ("full", "weak") for w in m.last.split() for k in _openings(w)}
    for idx in singles:
        si, sent, span, tokens, offs = spans[idx]
        word = span[2][0]
        if len(word) < 5 or _openings(word) & openings:
            out[idx] = _mention(si, sent, span, tokens, offs, lang, roles.get(si, []))
    ms = [m for m in out if m is not None]
    if context is None:
        from migtl.extract.roles import Body, bodies_of

        context = Context(country, bodies_of(sents, lang) or ((Body(0, org),) if org else ()))
    _bind(ms, sents, roles, lang, context)
    for m in ms:
        _mark_reference(m, sents[m.sent], lang)
    return ms


def _looks_named(sent: str, span: tuple[int, int, list[str], list[str]]) -> bool:
    """A one-word span that may be a surname ("Mr. Aktoprak", "Ciopraga"): an honorific before it."""
    return bool(re.search(r"(?:mr|mrs|ms|dr|h\.e)\.?\s*$", sent[max(0, span[0] - 6):span[0]], re.I))


@lru_cache(maxsize=65536)
def _openings(word: str) -> frozenset[str]:
    """First letters of a word's spelling-neutral keys; a case ending never changes them."""
    return frozenset(k[:1] for k in names.skeletons(names.english_possessive(word)))


def _mark_reference(m: _M, sent: str, lang: str) -> None:
    lv = vocab.lang(lang)
    before = sent[max(0, m.start - 70):m.start]
    wide = sent[max(0, m.start - 100):m.start]
    if _STRONG_REF.search(before):
        m.strong_ref = True
        m.active = False
        return
    verb_after = _verb_after(sent[m.end:m.end + 40], lv)
    if lv.reference.search(before[-60:]) and not verb_after:
        m.active = False
    elif _ORDER_OF.search(wide) and not verb_after and not re.search(r"[.;]", wide[_ORDER_OF.search(wide).end():]):
        m.active = False  # "Приказом Министра внутренних дел ... Владимира Колокольцева": the signer of an order
    elif is_head_of_state(m.role) and (re.match(r"['’]s?\b", sent[m.end:m.end + 2]) or m.text.endswith(("'s", "’s"))):
        m.active = False  # "President X's decree"
    elif is_head_of_state(m.role) and not verb_after and not _subject_position(sent, m.start):
        m.active = False
    elif is_head_of_state(m.role) and lang != "en" and m.text != m.display and not verb_after and \
            not (lv.meet_verb.search(before) or lv.meet_between.search(before)):
        m.active = False  # "Prezident İlham Əliyevin rəhbərliyi", "роль Президента ... Ильхама Алиева"
    elif _AFTER_REF.match(sent[m.end:m.end + 40]):
        m.active = False
    elif lv.visit.search(before[-70:]) and lv.past.search(sent):
        m.active = False
    elif lv.recall.match(sent.strip()) or vocab.lang("en").recall.match(sent.strip()):
        m.active = False
    if m.role is not None and m.role.status == "former":
        m.active = False


def _after_governor(sent: str, start: int) -> bool:
    """The word before the name is a lowercase word (a verb or preposition governing its case)."""
    prev = re.search(r"([^\W\d_]+)\s*$", sent[:start])
    return bool(prev) and prev.group(1)[0].islower()  # type: ignore[union-attr]


def _verb_after(after: str, lv: vocab.Lang) -> bool:
    """A speech or action verb right after a name: "X noted", "X has also said", "X qeyd edib"."""
    after = re.sub(r"^\s*(?:,\s*)?(?:has|have|had|also|then|further|in turn|такжe|также|также|тоже|həmçinin|də|da|також|ilə)?\s*", "", after,
                   flags=re.I)
    return bool(lv.speech.match(after))


def _subject_position(sent: str, start: int) -> bool:
    return len(sent[:start].split()) <= 6 and not re.search(r"\b(?:of|by|to)\s*$|,\s*$", sent[:start])



def group_people(ms: list[_M], lang: str) -> list[list[_M]]:
    """Group the mentions of one release into people; initials and surnames bind to full names."""
    groups: list[list[_M]] = []

    def cyr_ok(a: str, b: str) -> bool:
        if names.script(a + b) != "cyrillic":
            return False
        return bool(names.cyr_readings(a, lang if lang in ("ru", "uk") else "ru") &
                    names.cyr_readings(b, lang if lang in ("ru", "uk") else "ru"))

    def same_last(a: str, b: str) -> bool:
        if names.surname_compatible(a, b) or cyr_ok(a, b):
            return True
        # Azerbaijani dative "Hüseynova" next to "Hüseynov"; "Almeida" for "de Almeida"
        if a.lower().rstrip("aə") == b.lower() or b.lower().rstrip("aə") == a.lower():
            return True
        if lang == "az":  # "Bequnla" (with Bequn), "Şəhrəzadı": a case suffix on a foreign surname
            short, long_ = sorted((a, b), key=len)
            if long_.startswith(short) and _AZ_CASE.match(long_[len(short):]):
                return True
        return (" " in a or " " in b) and names.surname_compatible(a.split()[-1], b.split()[-1])

    def same_first(a: str | None, b: str | None) -> bool:
        return names.first_compatible(a, b) or (bool(a and b) and cyr_ok(a or "", b or ""))

    # The comparisons depend only on the two names: remember them, so a long release (thousands of
    # mentions of the same few people) costs one comparison per pair of spellings, not per mention.
    last_memo: dict[tuple[str, str], bool] = {}
    first_memo: dict[tuple[str | None, str | None], bool] = {}
    plain_same_last, plain_same_first = same_last, same_first

    def same_last(a: str, b: str) -> bool:  # noqa: F811 - the memoised form of the one above
        key = (a, b)
        if key not in last_memo:
            last_memo[key] = plain_same_last(a, b)
        return last_memo[key]

    def same_first(a: str | None, b: str | None) -> bool:  # noqa: F811
        key = (a, b)
        if key not in first_memo:
            first_memo[key] = plain_same_first(a, b)
        return first_memo[key]

    # groups only grow and their heads never change: for one spelling, resume where the last look stopped
    seen: dict[tuple[str, str | None], tuple[int, list[_M] | None]] = {}
    for m in [x for x in ms if x.kind == "full"]:
        key = (m.last, m.first)
        start, hit = seen.get(key, (0, None))
        if hit is None:
            for i in range(start, len(groups)):
                head = groups[i][0]
                if same_last(head.last, m.last) and same_first(head.first, m.first):
                    hit = groups[i]
                    break
        if hit is not None:
            hit.append(m)
            seen[key] = (0, hit)
        else:
            seen[key] = (len(groups), None)
            groups.append([m])
    leftovers = []
    # from here on no group is added until the leftovers: the group a spelling binds to is the same
    # for every mention with that spelling
    weak_hit: dict[tuple[str, str | None], list[_M] | None] = {}
    for m in [x for x in ms if x.kind == "weak"]:
        key = (m.last, m.first)
        if key not in weak_hit:
            weak_hit[key] = next((g for g in groups if same_last(g[0].last, m.last) and same_first(g[0].first, m.first)),
                                 None)
        if weak_hit[key] is not None:
            m.kind = "full"
            weak_hit[key].append(m)  # type: ignore[union-attr]
    bound: dict[tuple[str, str, str | None], list[_M] | None] = {}
    for m in [x for x in ms if x.kind in ("initial", "single", "firstpatr")]:
        key2 = (m.kind, m.last, m.first)
        if key2 in bound:
            if bound[key2] is not None:
                bound[key2].append(m)  # type: ignore[union-attr]
            elif m.kind == "initial":
                leftovers.append(m)
            continue
        cands = []
        for g in groups:
            head = g[0]
            if m.kind == "initial":
                if same_last(head.last, m.last) and names.first_compatible(head.first, m.first):
                    cands.append(g)
            elif m.kind == "firstpatr":
                if head.first and names.first_compatible(head.first, m.first) and not head.first.endswith("."):
                    cands.append(g)
            else:
                if same_last(head.last, m.last):
                    cands.append(g)
        bound[key2] = cands[0] if cands else None
        if len(cands) >= 1:
            cands[0].append(m)
        elif m.kind == "initial":
            leftovers.append(m)
    for m in leftovers:
        for g in groups:
            if g[0].kind == "initial" and same_last(g[0].last, m.last) and (g[0].first or "")[:1] == (m.first or "")[:1]:
                g.append(m)
                break
        else:
            groups.append([m])
    return groups



def _choose_display(g: list[_M]) -> _M:
    fulls = [m for m in g if m.kind == "full"] or [m for m in g if m.kind == "initial"] or g
    certain = [m for m in fulls if m.certain] or fulls
    counts: dict[str, int] = {}
    for m in certain:
        counts[m.display] = counts.get(m.display, 0) + 1
    order = {id(m): i for i, m in enumerate(certain)}
    return max(certain, key=lambda m: (counts[m.display], len(m.middle), -order[id(m)]))


_AZ_CASE = re.compile(r"^'?(?:nun|nün|nin|nın|un|ün|in|ın|a|ə|ya|yə|u|ü|ı|i|nu|nü|nı|ni|da|də|dan|dən|la|lə|yla|ylə|dir|dır|dur|dür)$")


def _az_shortest_surname(g: list[_M], head: _M) -> None:
    """Azerbaijani foreign surnames take case suffixes too ("Şəhrəzadı"); an initial mention elsewhere
    in the release ("K.Şəhrəzad") shows the bare form."""
    for m in g:
        if m is head or not m.last or len(m.last) >= len(head.last):
            continue
        if head.last.startswith(m.last) and _AZ_CASE.match(head.last[len(m.last):]):
            head.display = head.display[: len(head.display) - len(head.last)] + m.last
            head.last = m.last


def find_people(sents: list[str], lang: str, country: str | None, org: str | None = None) -> list[PersonRef]:
    ms = find_mentions(sents, lang, country, org)
    groups = group_people(ms, lang)
    people = []
    for lid, g in enumerate(sorted(groups, key=lambda g: min((m.sent, m.start) for m in g))):
        if lang in ("ru", "uk") and any(m.fem for m in g):
            for m in g:  # "Ю.Савченко наголосила": a woman; read every mention in the feminine
                if m.kind in ("full", "initial") and m.tokens:
                    words, _ = _nominative(list(m.tokens), lang, m.hint, "f")
                    if m.kind == "full":
                        m.first, m.middle, m.last, m.display = _split_name(words)
                    else:
                        m.last = words[0]
                        m.display = f"{m.first} {m.last}"
                    m.forms.add(m.display)
        head = _choose_display(g)
        if lang == "az":
            _az_shortest_surname(g, head)
        forms: list[str] = []
        for m in g:
            for f in (m.text, m.display):
                if f and f not in forms:
                    forms.append(f)
        roles = []
        for m in g:
            for r in m.roles:
                if r not in roles:
                    roles.append(r)
        strong = any(m.strong_ref for m in g)
        present = not strong and any(m.active for m in g)
        mentions = tuple(Mention(text=m.text, start=m.start, end=m.end, sentence=m.sent, active=m.active and not strong)
                         for m in sorted(g, key=lambda m: (m.sent, m.start)))
        people.append(PersonRef(
            local_id=lid, name=head.display, first=head.first, last=head.last, forms=tuple(forms),
            script=names.script(head.display), lang=lang, mentions=mentions, roles=tuple(roles), present=present))
    return people
