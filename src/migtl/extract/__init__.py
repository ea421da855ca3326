"""Extraction: pure functions from a release's text to an ``Extraction``.

``extract(text, title=None, published=None)`` is the whole pipeline: language, layout
(headline, dateline, body), the event date, place, people with roles, meetings.
"""

from __future__ import annotations

import bisect
import re
import dataclasses
from datetime import date

from migtl import vocab
from migtl.extract import dates as D
from migtl.extract.lang import detect_language
from migtl.extract.layout import Layout, sentences, split_layout
from migtl.extract.meetings import attended_pairs, find_meetings
from migtl.extract.mentioned import find_mentioned, report_kind
from migtl.extract.people import find_people
from migtl.extract.roles import doc_country, doc_org
from migtl.models import DateValue, Extraction, PersonRef


def _published(layout: Layout, meta_published: str | None, lang: str) -> DateValue | None:
    if meta_published:
        d = D.parse_iso_day(meta_published)
        if d:
            return D.day_value(d)
    if layout.dateline:
        for m in D.find_dates(layout.dateline, lang):
            if m.kind == "date" and m.y1 and m.d1 and not m.decoy:
                v = D.resolve(m)
                if v:
                    return DateValue(v.start, v.start, v.start, "day", True)
    return None


_INLINE_BEFORE = re.compile(r"^[\"«]?[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ][\w'’-]+(?:[ -][A-ZА-ЯЁІЇЄҐƏ][\w'’-]+)?\s*[.,]\s*$")
_INLINE_AFTER = re.compile(r"^\s*[.,]?\s*(?:\(?[A-ZА-ЯЁІЇЄҐƏ][A-ZА-ЯЁІЇЄҐƏa-zа-яё.\-]{1,20}\)?\s*)?[-–—]", re.U)


def _inline_dateline(paragraph: str, lang: str) -> tuple[D.DateMention, int] | None:
    """"Москва. 21 мая. ИНТЕРФАКС -", "Baku, 14 March 2019 –" opening a lead: when and where the agency
    filed the story. Returns the date and where the lead proper starts."""
    for m in D.find_dates(paragraph[:80], lang):
        if m.kind != "date" or m.start >= 45 or not _INLINE_BEFORE.match(paragraph[:m.start]):
            continue
        after = _INLINE_AFTER.match(paragraph[m.end:])
        if after:
            return m, m.end + after.end()
    return None


def _near(value: DateValue, anchor: date) -> bool:
    """A dated event reported by a release is close to its publication: from two months before to six weeks after."""
    start, end = D.parse_iso_day(value.start), D.parse_iso_day(value.end)
    return start is not None and end is not None and (anchor - end).days <= 62 and (start - anchor).days <= 45


def _event_date(sents: list[str], body_start: int, lang: str, published: DateValue | None,
                dated: dict[int, list[D.DateMention]] | None = None) -> tuple[DateValue | None, int | None, str]:
    anchor: date | None = D.parse_iso_day(published.start) if published else None
    found: list[tuple[int, D.DateMention]] = []
    lv, en = vocab.lang(lang), vocab.lang("en")
    # one pass of the date patterns over all sentences, then each mention back to its sentence
    joined = "\n".join(sents)
    starts = []
    pos = 0
    for s in sents:
        starts.append(pos)
        pos += len(s) + 1
    recalled: dict[int, bool] = {}
    changes: dict[int, bool] = {}
    for m in D.find_dates(joined, lang):
        si = bisect.bisect_right(starts, m.start) - 1
        off = starts[si]
        if si not in recalled:
            recalled[si] = bool(lv.recall.match(sents[si]) or en.recall.match(sents[si]))
            changes[si] = bool(lv.appointed.search(sents[si]) or lv.dismissed.search(sents[si]))
        m = D.DateMention(**{**m.__dict__, "start": m.start - off, "end": m.end - off})
        if recalled[si] and not m.decoy:
            m = D.DateMention(**{**m.__dict__, "decoy": "recalled"})
        elif m.decoy == "law" and changes[si] and si == body_start:
            # "By the Order of 29 March 2007, X was appointed": the order is the event
            m = D.DateMention(**{**m.__dict__, "decoy": None})
        found.append((si, m))
        if dated is not None:
            dated.setdefault(si, []).append(m)
    all_mentions = [m for _, m in found]
    # 1. the first dated mention in the body (day, range or month); "today"/"yesterday" in the lead.
    # A sentence that names two dates far apart ("continuing the dialogue launched on 5 October 2017,
    # ... met again on 12 March 2018") reports the later one; the earlier is background.
    for si, m in found:
        if si < body_start or m.decoy:
            continue
        if m.kind in ("date", "current_year"):
            hint = None if anchor else D.year_from_context(m, all_mentions)
            value = D.resolve(m, anchor, hint)
            if value is None:
                continue
            if anchor and m.y1 is not None and si > body_start and not _near(value, anchor):
                continue  # "we started issuing passports on 12 January 2015" in a 2016 interview
            for sj, other in found:
                if sj != si or other is m or other.decoy or other.kind != "date" or other.y1 is None or m.y1 is None:
                    continue
                ov = D.resolve(other, anchor, hint)
                if not (ov and ov.year_known and value.year_known):
                    continue
                a, b = D.parse_iso_day(value.end), D.parse_iso_day(ov.start)
                if a and b and (b - a).days > 31:
                    value = ov
            return value, si, "body"
        if m.kind == "relative" and si <= body_start + 1 and anchor:
            return D.resolve(m, anchor), si, "body"
    # 2. a date in the headline
    for si, m in found:
        if si < body_start and m.kind == "date" and not m.decoy:
            return D.resolve(m, anchor, D.year_from_context(m, all_mentions)), si, "title"
    # 3. the publication date (dateline, HTML metadata, an agency's inline dateline)
    if published:
        return published, None, "published"
    return None, None, "none"


def _place(layout: Layout, sents: list[str], date_sentence: int | None) -> str | None:
    if layout.location:
        for c in vocab.cities():
            if c.rx.search(layout.location):
                return c.display
        return layout.location.split(",")[0].strip() or None
    order = ([date_sentence] if date_sentence is not None else []) + list(range(len(sents)))
    cities = vocab.cities()
    online = next(c for c in cities if c.display == "online")
    for si in order[:4]:
        found = vocab.find_cities(sents[si])
        if found:
            return cities[found[0][1]].display
        if online.rx.search(sents[si]):  # "an online coordination meeting": more than a word pair
            return "online"
    return None


_ACTION = re.compile(r"visit|met\b|meet|held|hold|sign|receiv|attend|took|particip|head|led|began|host|посетил|встрет|провел|"
                     r"провёл|подписал|принял|участв|відвідав|зустр|провів|підписав|прийняв|взяв|görüş|imzala|qəbul|iştirak",
                     re.I)


def _past_sentences(sents: list[str], lang: str, year: int | None, date_sentence: int | None,
                    dated: dict[int, list[D.DateMention]]) -> set[int]:
    """Sentences about an earlier time: an explicit earlier year, "last year", "previously", "recalled"."""
    lv, en = vocab.lang(lang), vocab.lang("en")
    out = set()
    for si, sent in enumerate(sents):
        if si == date_sentence:
            continue
        if lv.past.search(sent) or (lang != "en" and en.past.search(sent)) or _RECALLED.search(sent):
            out.add(si)
            continue
        if year is not None and _DIGIT.search(sent):
            years = [m.y1 for m in dated.get(si, []) if m.y1 is not None and m.kind in ("date", "year")]
            if years and max(years) < year:
                out.add(si)
    return out


_DIGIT = re.compile(r"\d")
_RECALLED = re.compile(r"(?<!\w)(?:recalled|recalling|напомнил\w*|напомнив|нагадав\w*|xatırladıb|xatırladaraq)(?!\w)", re.I)


def _past_only(people: list[PersonRef], sents: list[str], lang: str, past: set[int]) -> list[PersonRef]:
    """People named only in sentences about an earlier time ("since X visited the country in 2015",
    "recalled his talks with X last year") did not take part in the reported event, unless they
    speak in them ("Ambassador X said that the partnership signed in 2013 ...")."""
    lv = vocab.lang(lang)
    out = []
    for p in people:
        if p.present and p.mentions and all(m.sentence in past for m in p.mentions):
            speaks = False
            for m in p.mentions:
                after = sents[m.sentence][m.end:m.end + 40]
                verb = lv.speech.match(re.sub(r"^\W*(?:has|had|also)?\s*", "", after))
                if verb and not _ACTION.match(verb.group(0)):
                    speaks = True
            if not speaks:
                p = _absent(p)
        out.append(p)
    return out


def _absent(p: PersonRef) -> PersonRef:
    """The person as only mentioned: not present, no active mention."""
    return dataclasses.replace(p, present=False, mentions=tuple(dataclasses.replace(m, active=False) for m in p.mentions))


_ATTRIBUTED = re.compile(
    r"^(?:про це|об этом|about this|this was (?:reported|announced|stated|said)|bu (?:barədə|haqda))(?!\w)", re.I)
_REPORTED = re.compile(
    r"(?<!\w)(?:повідоми\w*|написа\w*|заяви\w*|сообщи\w*|reported|announced|stated|said|wrote|"
    r"məlumat verib|bildirib|yazıb|açıqlayıb)(?!\w)", re.I)


# "Об этом сообщил X на брифинге": X spoke at an event of their own, which the release reports
_SPOKEN_AT = re.compile(
    r"(?<!\w)(?:брифинг\w*|брифінг\w*|briefing|brifinq\w*|пресс-конференц\w*|прес-конференц\w*|press conference|"
    r"mətbuat konfrans\w*|заседани\w*|засіданн\w*|совещани\w*|нарад\w*|встреч\w*|зустріч\w*|meeting|"
    r"görüş\w*|в ходе|во время|під час|during|zamanı|interview|интервью|інтерв'ю|інтерв’ю|müsahib\w*)(?!\w)", re.I)


def _attributed_only(people: list[PersonRef], sents: list[str], lang: str) -> list[PersonRef]:
    """The person a release attributes its news to ("Про це в Telegram повідомив X", "Об этом сообщил X",
    "This was reported by X", "Bu barədə X məlumat verib") passes on what others did and did not take
    part, unless they spoke at an event named in the same sentence, are mentioned elsewhere, or no one
    else in the release takes part."""
    lv = vocab.lang(lang)
    attributed = {si for si, sent in enumerate(sents) if _ATTRIBUTED.match(sent) and _REPORTED.search(sent)
                  and not lv.meet_verb.search(sent) and not lv.attend.search(sent) and not _SPOKEN_AT.search(sent)}
    relaying = [p for p in people if p.present and p.mentions and all(m.sentence in attributed for m in p.mentions)]
    if not relaying or not any(p.present for p in people if p not in relaying):
        return people  # no one else acts in the release: the one who reports it is its protagonist
    return [_absent(p) if p in relaying else p for p in people]


_SPEAKER = re.compile(r"^(?:[A-ZА-ЯЁІЇЄҐƏÖÜÇŞĞİ][\w.’'\- ()]{0,40}:\s|[–—-]\s)")
_BYLINE = re.compile(r"^(?:text|author|interview(?:ed)? by|by|текст|автор|беседовал\w*|розмовля\w*|müəllif|müsahibəni)\b", re.I)


def _is_interview(body: list[str]) -> bool:
    """Questions and answers: several paragraphs open with a speaker label ("UNIAN:", "M. Sokoliuk:")
    or a dash."""
    return sum(1 for p in body if _SPEAKER.match(p)) >= 3


def _interview_presence(people: list[PersonRef], sents: list[str], para_of: list[int]) -> list[PersonRef]:
    """In an interview the interviewee and the interviewer take part; people they talk about do not."""
    out = []
    for p in people:
        takes_part = any(para_of[m.sentence] <= 0 or _BYLINE.match(sents[m.sentence]) or
                         (m.start == 0 and sents[m.sentence][m.end:m.end + 2].startswith(":")) for m in p.mentions)
        if p.present and not takes_part:
            p = _absent(p)
        out.append(p)
    return out


def extract(text: str, title: str | None = None, published: str | None = None, lang: str | None = None) -> Extraction:
    """Everything migtl reads from one release's clean text."""
    lang = lang or detect_language(text)
    vl = lang if lang in vocab.LANGS else "en"
    layout = split_layout(text, vl, title)
    sents = [layout.title] if layout.title else []
    body_start = len(sents)
    body = list(layout.body)
    inline = _inline_dateline(body[0], vl) if body else None
    inline_place = None
    if inline:
        found = vocab.find_cities(body[0][:inline[1]])
        inline_place = vocab.cities()[found[0][1]].display if found else None
        body[0] = body[0][inline[1]:].strip()
    para_of: list[int] = [-1] * len(sents)  # the headline is paragraph -1
    for pi, para in enumerate(body):
        for sent in sentences(para):
            sents.append(sent)
            para_of.append(pi)
    pub = _published(layout, published, vl)
    if pub is None and inline and inline[0].y1 and inline[0].d1:
        v = D.resolve(inline[0])
        pub = DateValue(v.start, v.start, v.start, "day", True) if v else None
    dated: dict[int, list[D.DateMention]] = {}
    date_value, date_sentence, source = _event_date(sents, body_start, vl, pub, dated)
    country = doc_country(text, lang)
    people = find_people(sents, vl, country, doc_org(text))
    year = int(date_value.start[:4]) if date_value is not None and date_value.year_known else None
    past = _past_sentences(sents, vl, year, date_sentence, dated)
    people = _attributed_only(_past_only(people, sents, vl, past), sents, vl)
    if _is_interview(body):
        people = _interview_presence(people, sents, para_of)
    met = [m for m in find_meetings(sents, vl, people) if m.sentence not in past]
    return Extraction(
        lang=lang, title=layout.title, published=pub, date=date_value, date_sentence=date_sentence,
        date_source=source, place=_place(layout, sents, date_sentence) or inline_place, country=country,
        sentences=tuple(sents), people=tuple(people), meetings=tuple(met + attended_pairs(people, met)),
        kind=report_kind(sents, body_start, date_sentence, vl, any(m.kind == "met" for m in met)),
        mentioned=find_mentioned(sents, vl, date_value, pub, dated, people, body_start))
