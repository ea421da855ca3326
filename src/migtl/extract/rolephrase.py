"""Role phrases next to a name: the title before it ("Chief of the State Migration Service, II rank
counsellor X", "начальником ГМС X", "Xidmətinin rəisi X") or in apposition after it ("X, Director
General of IOM", "X — директор ФМС"), and the grammatical case the title gives the name.
"""

from __future__ import annotations

import re

from migtl import names, vocab

_CUT = re.compile(
    r"(?:^|(?<=\W))(?:with|by|and|between|among|including|as well as|that|which|who|whom|while|whereas|both|"
    r"с|со|и|между|что|который|которая|которые|а также|также|ilə|və|eləcə də|həmçinin|ki|з|із|та|і|й|що|який|яка|між)"
    r"(?=\W|$)|[;:\"«»“”]", re.I)
_FORMER_BEFORE = re.compile(r"(?<!\w)(?:former|ex-|previous|бывш\w+|прежн\w+|экс-|колишн\w+|попередн\w+|sabiq|keçmiş)(?!\w)", re.I)
_PAREN = re.compile(r"\([^()]{0,40}\)")
GAP_OK = frozenset("of the for to in at on de du des and и при в по üzrə ilə və з у при".split())
_APPOS_END = re.compile(r"[,;.()\"«»“”]| — | – ")


_PLURAL_TITLE = frozenset("міністрів министров ministers nazirlər nazirlərin послов послів ambassadors səfirlər".split())


def title_in(text: str, lang: str) -> re.Match[str] | None:
    m = None
    for code in {lang, "en"}:
        for mm in vocab.title_any(code).finditer(text):
            if mm.group(0).lower() in _PLURAL_TITLE:
                continue  # "Кабінет Міністрів", "Council of Ministers": a body, not a title
            if m is None or mm.end() > m.end():
                m = mm
    return m


def title_adjacent(seg: str, lang: str) -> re.Match[str] | None:
    """The last title in seg, if only organisation words stand between it and the end of seg."""
    t = title_in(seg, lang)
    if not t:
        return None
    gap = vocab.ranks(lang).sub(" ", seg[t.end():])
    lower = [w for w in re.findall(r"[^\W\d_]+", gap) if w[0].islower() and w.lower() not in GAP_OK]
    limit = 4 if lang in ("ru", "uk") else 2
    if len(lower) > limit or re.search(r"\d", gap):
        return None
    if lang == "az" and (len(re.findall(r"[^\W\d_]+", gap)) > 2 or re.search(r"\b[A-ZƏÖÜÇŞĞİ]", gap)):
        return None  # Azerbaijani titles stand right before the name: "Xidmətinin rəisi Vüsal Hüseynov"
    if lang in ("ru", "uk") and any(names.is_verb(w, lang) for w in lower) and not vocab.lang(lang).appointed.search(gap):
        return None  # a verb between title and name: the title belongs to someone else
    return t


def role_before(sentence: str, start: int, lang: str) -> str | None:
    chunk = _PAREN.sub(" ", sentence[max(0, start - 160):start])
    if not title_in(chunk, lang):
        return None  # no title anywhere before the name (the steps below only ever narrow the text)
    cuts = list(_CUT.finditer(chunk))
    seg = chunk[cuts[-1].end():] if cuts else chunk
    if not title_in(seg, lang):
        # "Regional Director for South-Eastern Europe, Eastern Europe and Central Asia Peter Clarke"
        for wider in [chunk[c.end():] for c in reversed(cuts[:-1][-2:])] + ([chunk] if len(cuts) <= 2 else []):
            if title_adjacent(wider, lang) and not vocab.lang(lang).speech.search(wider):
                seg = wider
                break
    speech = list(vocab.lang(lang).speech.finditer(seg))
    if speech:
        seg = seg[speech[-1].end():]
    parts = seg.split(",")
    last = parts[-1]
    ranks = vocab.ranks(lang)
    bare = vocab.lang("en").honorific.sub(" ", vocab.lang(lang).honorific.sub(" ", last)).strip(" .")
    if len(parts) > 1 and (not bare or ranks.search(last) and not title_in(ranks.sub(" ", last), lang)):
        last = parts[-2] + "," + last  # "the Head of X, Mykola Kovalchuk" / "Chief of X, II rank counsellor Y"
    last = ranks.sub(" ", last)
    last = vocab.lang(lang).honorific.sub(" ", last)
    last = vocab.lang("en").honorific.sub(" ", last) if lang != "en" else last
    t = title_adjacent(last, lang)
    if not t:
        return None
    head = last[:t.start()]
    former = _FORMER_BEFORE.search(head)
    if lang != "az":
        # the role starts at its title, with capitalised words just before it ("UN Resident Coordinator")
        caps = re.search(r"(?:\b[A-ZА-ЯЁІЇЄҐ][\w.-]*\s+){1,3}$", head)
    else:
        # Azerbaijani puts the body before the title: "Dövlət Miqrasiya Xidmətinin rəisi"
        caps = re.search(r"(?:(?:\b[A-ZƏÖÜÇŞĞİ][\w'’.-]*|\([^()]*\)|üzrə|və|ilə)\s+)+(?:\w+\s+)?$", head)
    if lang == "az" and caps is None:
        low = re.search(r"(?:\b[\wəöüçşğı]+\s+){1,4}$", head)  # "Gürcüstanın daxili işlər naziri"
        caps = low if low and any(o.rx.search(low.group(0) + t.group(0)) for o in vocab.orgs()) else None
    last = last[caps.start() if caps else t.start():]
    last = re.sub(r"^\W*(?:the|a|an)\s+", "", last.strip(), flags=re.I)
    return ("former " if former else "") + last.strip(" ,")


def role_after(sentence: str, end: int, lang: str) -> str | None:
    rest = sentence[end:end + 200]
    m = re.match(r"^\s*(?:,|—|–|-|\()\s*", rest)
    if not m and lang in ("ru", "uk"):
        # "назначил X начальником Y", "призначив X Головою Y": the new office right after the name
        pred = re.match(r"^\s+(?=\w)", rest)
        t = title_in(rest[:60], lang)
        if pred and t and t.start() == pred.end():
            m = pred
    if not m:
        return None
    body = rest[m.end():]
    if re.match(r"(?:and|or|but|while|и|а|но|və|ilə|та|і|але)\b", body, re.I):
        return None
    stop = _APPOS_END.search(body)
    seg = body[:stop.start()] if stop else body
    speech = vocab.lang(lang).speech.search(seg)
    if speech:
        seg = seg[:speech.start()]
    seg = re.sub(r"^(?:the|a|an)\s+", "", seg.strip(), flags=re.I)
    t = title_in(seg, lang)
    if not t or t.start() > 40:
        return None
    lead = [w for w in re.findall(r"[^\W\d_]+", seg[:t.start()]) if w[0].islower() and w.lower() not in GAP_OK]
    if lead:
        return None  # "X, paid a visit to the Deputy Minister": not an apposition
    return seg.strip()


def case_hint(role_text: str | None, lang: str) -> tuple[str, ...] | None:
    if not role_text or lang not in ("ru", "uk"):
        return None
    t = title_in(role_text, lang)
    if not t:
        return None
    words = t.group(0).split()
    noun = next((w for w in words if names.is_noun(w, lang)), words[0])  # the head noun comes first
    return names.case_of(noun, lang)
