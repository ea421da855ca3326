"""Release text to its parts: site furniture dropped, headline, dateline, body sentences.

Pure functions over text; the publication date found here is the anchor for year-less dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from migtl import vocab
from migtl.extract.dates import find_dates

_END = re.compile(
    r"^(?:latest news|more news|other news|related (?:news|articles|stories)|read (?:also|more)|see also|"
    r"последние новости|другие новости|читайте также|другие материалы|похожие новости|останні новини|інші новини|"
    r"читайте також|son xəbərlər|digər xəbərlər|oxşar xəbərlər|həmçinin oxuyun)\s*:?\s*$", re.I)
_MENU_SEP = re.compile(r"\s+[|•·]\s+")
_CRUMB_SEP = re.compile(r"\s+(?:>|»|→|/)\s+")
_LOCATION = re.compile(r"^(?:location|место|місце|yer|lieu)\s*:\s*(.+)$", re.I)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|"
    r"воскресенье|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|bazar ertəsi|çərşənbə axşamı|çərşənbə|"
    r"cümə axşamı|cümə|şənbə|bazar)\b", re.I)
_ABBREV = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|st|no|nos|vs|etc|e\.g|i\.e|h\.e|jr|sr|inc|ltd|co|gen|col|lt|сов|им|г|гг|т\.е|т\.к|др|проф|"
    r"акад|ул|пр|тыс|млн|млрд|обл|р-н|м|сп|тов|ст|vs|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ])\.$", re.I)


@dataclass(frozen=True)
class Layout:
    title: str
    body: list[str]  # paragraphs of the article, in order
    dateline: str | None  # the line that carries the publication date
    location: str | None


def is_menu(line: str) -> bool:
    parts = _MENU_SEP.split(line)
    if len(parts) >= 3 or (len(parts) == 2 and all(len(p.split()) <= 3 for p in parts)):
        return all(len(p.split()) <= 5 for p in parts)
    crumbs = _CRUMB_SEP.split(line)
    return len(crumbs) >= 2 and all(len(p.split()) <= 4 for p in crumbs)


def is_boilerplate(line: str) -> bool:
    return bool(vocab.boilerplate().match(line))


def is_dateline(line: str, lang: str) -> bool:
    """A line that is only a date (with weekday, time and punctuation around it)."""
    if len(line) > 80 or not any(ch.isdigit() for ch in line):
        return False
    dates = [d for d in find_dates(line, lang) if d.kind == "date"]
    if not dates:
        return False
    rest = line
    for d in dates:
        rest = rest.replace(d.text, " ")
    rest = _WEEKDAY.sub(" ", _TIME.sub(" ", rest))
    for city in vocab.cities():
        rest = city.rx.sub(" ", rest)
    rest = re.sub(r"(?<!\w)(?:г|года|р|року|il|updated|published|posted|on|of|publication|опубликовано|опубліковано|дата|публикации|"
                  r"публікації|оновлено|обновлено|date|tarix|tarixi|dərc|olunub|edilib|yenilənib)(?!\w)\.?", " ", rest, flags=re.I)
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3


def split_layout(text: str, lang: str, title: str | None = None) -> Layout:
    """Find headline, dateline and article paragraphs; drop menus, widgets and footers."""
    raw = [re.sub(r"[ ]{2,}", " ", ln.strip()) for ln in text.split("\n")]
    location = None
    lines: list[str] = []
    last_menu = -1
    for ln in raw:
        if not ln:
            continue
        loc = _LOCATION.match(ln)
        if loc:
            location = loc.group(1).strip()
            continue
        if _END.match(ln) and any(len(x.split()) >= 12 for x in lines):
            break  # "Latest news", "Son xəbərlər", "Читайте также": the article is over
        if is_boilerplate(ln):
            continue
        if is_menu(ln) and not is_dateline(ln, lang):
            if len(lines) <= 5:
                last_menu = len(lines)
            continue
        lines.append(ln)
    # site header: everything above the last menu line near the top (site name, language links)
    header_end = last_menu if last_menu >= 0 else 0
    dateline = None
    kept: list[str] = []
    for i, ln in enumerate(lines):
        if i < header_end:
            continue  # site name and language links above the menu
        if is_dateline(ln, lang):
            dateline = dateline or ln  # the first one is the publication date
            continue
        kept.append(ln)
    if title is None:
        head = []
        for ln in kept[:10]:
            if len(ln.split()) >= 40 or (len(ln.split()) >= 12 and ln.rstrip().endswith((".", "!"))):
                break  # the lead paragraph
            head.append(ln)
        for min_words in (4, 2):
            for i, ln in enumerate(head):
                words = ln.split()
                if len(words) >= min_words and len(ln) <= 250 and not ln.endswith(":") and not ln.startswith("("):
                    title = ln
                    # short lines above the headline are section labels and site names
                    kept = [k for j, k in enumerate(kept) if j > i or (j < i and len(k.split()) > 3)]
                    break
            if title is not None:
                break
    title = title or (kept[0][:200] if kept else "")
    body: list[str] = []
    norm_title = title.strip().rstrip(".").casefold()
    for ln in kept:
        low = ln.casefold()
        if low.rstrip(".") == norm_title:
            continue
        if low.startswith(norm_title) and len(norm_title) > 20:
            rest = ln[len(title):].strip()
            # a teaser: headline followed by the start of the lead, cut off mid-word
            if rest and any(other.startswith(rest.rsplit(" ", 1)[0]) for other in kept if other is not ln):
                continue
        if not body and len(ln.split()) <= 3 and not re.search(r"[.!?:]$|:\s", ln):
            continue  # a section label between headline and lead
        body.append(ln)
    return Layout(title=title.strip(), body=body, dateline=dateline, location=location)


_BOUNDARY = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[\"«“(]?[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ0-9])")


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping initials (V. Huseynov) and abbreviations (Mr.) whole."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        before = paragraph[start:m.start()].rstrip("\"»”) ")
        tail = before[-12:]
        if _ABBREV.search(tail):
            continue
        piece = paragraph[start:m.start()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    last = paragraph[start:].strip()
    if last:
        out.append(last)
    return out
