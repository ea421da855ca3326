"""The kind of the event a release reports, and the events it only refers to.

Pure functions over a release's sentences (the date mentions and people already found in them go in,
frozen data classes come out). Cues are data: ``data/events.json``.

- ``report_kind``: visit, meeting, gathering (conference, forum, seminar, training...) or signing, from
  the sentence of the event date, else the headline; None when no cue or cues of both a gathering and
  a bilateral kind are there.
- ``find_mentioned``: "the visit of the Director General in September of last year", "the agreement
  signed during the President's visit in November 2013", "ötən ilin sentyabr ayında ... səfəri": a
  sentence with an event word and a time before the reported event (an earlier date, "<month> of last
  year", "last year"), not about plans. Its people are those the sentence names, except whoever speaks
  about it ("X recalled ...").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from migtl import vocab
from migtl.edtf import parse_iso_day
from migtl.extract import dates as D
from migtl.models import DateMention, DateValue, MentionedEvent, PersonRef

KINDS = ("visit", "meeting", "gathering", "signing")
_NEAR = 140  # characters between the event word and its time at most
_OK_DECOYS = (None, "recalled")


@dataclass(frozen=True)
class _Cues:
    kinds: re.Pattern[str]  # one group per kind
    month_last_year: tuple[re.Pattern[str], ...]
    last_year: re.Pattern[str]
    future: re.Pattern[str]


@lru_cache(maxsize=None)
def _cues(lang: str) -> _Cues:
    data = vocab._load("events.json")
    if lang not in data:
        lang = "en"
    where = f"data/events.json:{lang}"
    d = data[lang]
    for key in ("kinds", "month_last_year", "last_year", "future"):
        if key not in d:
            raise vocab.VocabError(f"{where}: missing key {key!r}")
    unknown = set(d["kinds"]) - set(KINDS)
    if unknown:
        raise vocab.VocabError(f"{where}.kinds: unknown kind {sorted(unknown)[0]!r} (known: {', '.join(KINDS)})")
    months = vocab.lang(lang).months
    month_alt = "|".join(f"(?P<m{m}>{'|'.join(forms)})" for m, forms in sorted(months.items()))
    rel = []
    for i, p in enumerate(d["month_last_year"]):
        if "{month}" not in p:
            raise vocab.VocabError(f"{where}.month_last_year[{i}]: needs {{month}}")
        rel.append(vocab.words_rx([p.replace("{month}", f"(?:{month_alt})")], f"{where}.month_last_year[{i}]"))
    return _Cues(
        kinds=vocab.words_rx([f"(?P<{k}>{'|'.join(sorted(d['kinds'][k], key=len, reverse=True))})"
                              for k in KINDS if d["kinds"].get(k)], f"{where}.kinds"),
        month_last_year=tuple(rel),
        last_year=vocab.words_rx(d["last_year"], f"{where}.last_year"),
        future=vocab.words_rx(d["future"], f"{where}.future"),
    )


def _kinds_in(text: str, lang: str) -> list[tuple[int, str]]:
    """(position, kind) of every event word in ``text``, in order."""
    return [(mt.start(), mt.lastgroup or "") for mt in _cues(lang).kinds.finditer(text)]


def kind_of(text: str, lang: str) -> str | None:
    """The one kind a text names; None when it names none, or a gathering and a bilateral kind both.

    >>> kind_of("Chief of the Service met the IOM Regional Director", "en")
    'meeting'
    >>> kind_of("An international conference on migration opened in Baku", "en")
    'gathering'
    >>> kind_of("On the sidelines of the forum, the ministers met", "en") is None
    True
    """
    found = _kinds_in(text, lang)
    if not found:
        return None
    families = {k == "gathering" for _, k in found}
    return found[0][1] if len(families) == 1 else None


def report_kind(sents: list[str], body_start: int, date_sentence: int | None, lang: str, has_met: bool) -> str | None:
    """The kind of the reported event: from the sentence of its date (what happened), else the headline,
    else "meeting" when the release states that two people met."""
    texts = [sents[date_sentence]] if date_sentence is not None and 0 <= date_sentence < len(sents) else []
    if body_start > 0 and sents:
        texts.append(sents[0])
    for t in texts:
        if _kinds_in(t, lang):
            k = kind_of(t, lang)
            if k is not None:
                return k
    return "meeting" if has_met else None


def _month_value(y: int | None, m: int) -> DateValue:
    last = calendar.monthrange(y or 2000, m)[1]
    if y is None:
        return DateValue(f"XXXX-{m:02d}", f"XXXX-{m:02d}-01", f"XXXX-{m:02d}-{last:02d}", "month", False)
    return DateValue(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", "month", True)


def _year_value(y: int) -> DateValue:
    return DateValue(f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31", "year", True)


def _before(value: DateValue, event: DateValue | None) -> bool:
    """``value`` ends before ``event`` starts (both with a known year)."""
    if event is None or not (value.year_known and event.year_known):
        return False
    return value.end < event.start


def _times(sent: str, lang: str, ref_year: int | None, event: DateValue | None, anchor: date | None,
           mentions: list[DateMention]) -> list[tuple[int, DateValue]]:
    """(position, date) of every time in the sentence that lies before the reported event."""
    cues = _cues(lang)
    out: list[tuple[int, DateValue]] = []
    taken: list[tuple[int, int]] = []
    for rx in cues.month_last_year:
        for mt in rx.finditer(sent):
            month = next(int(k[1:]) for k, v in mt.groupdict().items() if v)
            out.append((mt.start(), _month_value(ref_year - 1 if ref_year else None, month)))
            taken.append((mt.start(), mt.end()))
    for m in mentions:
        if m.decoy not in _OK_DECOYS or m.kind not in ("date", "year") or m.y1 is None:
            continue  # a year-less "5 October" in a background sentence cannot be placed before the event
        value = D.resolve(m, anchor)
        if value is None or not value.year_known:
            continue
        if m.kind == "year" and not _next_to_kind(sent, m, lang):
            continue  # "founded in 1951, and in her meeting with ...": a bare year names the event it stands by
        if event is not None and event.year_known and not _before(value, event):
            continue  # the reported event itself, or later
        out.append((m.start, value))
    if ref_year:
        for mt in cues.last_year.finditer(sent):
            if not any(a <= mt.start() < b for a, b in taken):
                out.append((mt.start(), _year_value(ref_year - 1)))
    return out


def _next_to_kind(sent: str, m: DateMention, lang: str) -> bool:
    """An event word within a few words of the mention, nothing but words and spaces between
    ("the 2013 visit", "visit in 2013", "2013-cü ildə səfəri")."""
    before, after = sent[max(0, m.start - 25):m.start], sent[m.end:m.end + 25]
    if any(not _PUNCT.search(before[pos:]) for pos, _ in _kinds_in(before, lang)):
        return True
    return any(not _PUNCT.search(after[:pos]) for pos, _ in _kinds_in(after, lang))


_PUNCT = re.compile(r"[,;:()]")


def _speech_verb(text: str, lang: str) -> bool:
    lv = vocab.lang(lang)
    verb = lv.speech.match(text) or lv.recall.match(text)
    return verb is not None and not _kinds_in(verb.group(0), lang)  # "X signed", "X visited" is X taking part


_APPOSITION = re.compile(r"^\s*(?:,[^,]{1,120}){1,3},\s*")
_SAID_BEFORE = re.compile(r"(\w+)\s+(?:\w+\s+){0,3}$")


def _speaks(p: PersonRef, si: int, sent: str, lang: str) -> bool:
    """The person talks about the event in this sentence: "X recalled ...", "X, Chief of ..., said that
    ...", "..., said X." A person who signed or visited takes part."""
    for m in p.mentions:
        if m.sentence != si:
            continue
        rest = sent[m.end:m.end + 200]
        after = re.sub(r"^\W*(?:has|had|also|then)?\s*", "", rest)
        appos = _APPOSITION.match(rest)
        if _speech_verb(after, lang) or (appos and _speech_verb(rest[appos.end():], lang)):
            return True
        before = sent[max(0, m.start - 40):m.start]
        lead = _SAID_BEFORE.search(before)
        if lead and before[:lead.start()].rstrip().endswith((",", "»", '"', "”", "–", "—")) and \
                _speech_verb(before[lead.start():], lang):
            return True
    return False


def find_mentioned(sents: list[str], lang: str, event: DateValue | None, published: DateValue | None,
                   dated: dict[int, list[DateMention]], people: list[PersonRef], body_start: int = 0
                   ) -> tuple[MentionedEvent, ...]:
    """Events the release refers to, one per sentence at most, in order; the same kind and date
    referred to twice is one event (with the people of both sentences)."""
    anchor = parse_iso_day(published.start) if published and published.year_known else None
    ref = published if published and published.year_known else event if event and event.year_known else None
    ref_year = int(ref.start[:4]) if ref else None
    cues = _cues(lang)
    by_sentence: dict[int, list[PersonRef]] = {}
    for p in people:
        for si in {m.sentence for m in p.mentions}:
            by_sentence.setdefault(si, []).append(p)
    out: list[MentionedEvent] = []
    for si in range(body_start, len(sents)):
        sent = sents[si]
        kinds = _kinds_in(sent, lang)
        if not kinds or cues.future.search(sent):
            continue
        times = _times(sent, lang, ref_year, event, anchor, dated.get(si, []))
        if not times:
            continue
        dist, _, value, kind = min(((abs(pk - pt), pt, v, k) for pk, k in kinds for pt, v in times),
                                       key=lambda t: (t[0], t[1]))
        if dist > _NEAR:
            continue
        who = tuple(p.local_id for p in by_sentence.get(si, []) if not _speaks(p, si, sent, lang))
        found = vocab.find_cities(sent)
        place = vocab.cities()[found[0][1]].display if found else None
        same = next((i for i, e in enumerate(out) if e.kind == kind and e.date == value), None)
        if same is not None:
            old = out[same]
            out[same] = MentionedEvent(old.kind, old.date, old.sentence,
                                       old.people + tuple(x for x in who if x not in old.people), old.place or place)
            continue
        out.append(MentionedEvent(kind, value, sent, who, place))
    return tuple(out)
