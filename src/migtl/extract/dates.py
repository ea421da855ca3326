"""Dates in release text: find spans with our own patterns, normalise with honest precision.

Pure functions: ``find_dates(text)`` lists every date span with its parts and a decoy reason
when it cannot be an event date; ``resolve`` turns a mention into an EDTF ``DateValue`` using
the release's publication date (never today's) to settle a missing year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from migtl import vocab
from migtl.edtf import parse_iso_day  # noqa: F401 - re-exported for extraction callers
from migtl.models import DateMention, DateValue

_AZ_MON_SUFFIX = r"(?:nın|nin|ın|in|un|ün|da|də|dan|dən|a|ə)?"
_DAY_SUFFIX = r"(?:-?(?:nci|ncı|ncu|ncü|ndan|ndən|nda|ndə|dan|dən|ci|cı|cu|cü|da|də|го|i|ı|u|ü|е|я|й)|st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:1[89]|20)\d\d)(?!\d)(?:-?(?:ci|cı|cu|cü)\s+il\w*|\s*(?:гг?\.|года|году|год\b|р\.|рр\.|року|рік|рр\b|г\b))?"
_JOIN = r"\s*(?:-|–|—|and|to|till|until|through|и|по|до|та|і|й|və)\s*"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-3]?\d){_DAY_SUFFIX}"


@lru_cache(maxsize=None)
def _month_lookup() -> tuple[str, list[tuple[re.Pattern[str], int]]]:
    months = vocab.all_months()
    alts = sorted({f for forms in months.values() for f in forms}, key=len, reverse=True)
    table = [(re.compile(rf"(?:{'|'.join(forms)}){_AZ_MON_SUFFIX}", re.I), m) for m, forms in months.items()]
    firsts = vocab.first_chars(alts)
    guard = f"(?=[{firsts}])" if firsts else ""
    return guard + "(?:" + "|".join(alts) + ")" + _AZ_MON_SUFFIX, table


@lru_cache(maxsize=4096)
def month_number(word: str) -> int | None:
    for rx, m in _month_lookup()[1]:
        if rx.fullmatch(word):
            return m
    return None


@lru_cache(maxsize=None)
def _master() -> re.Pattern[str]:
    mon = _month_lookup()[0]

    def M(g: str) -> str:
        return rf"(?P<{g}>{mon})(?![\w])\.?"

    y = _YEAR.format
    parts = [
        # ISO and numeric day-first dates
        r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\d])",
        r"(?P<num>(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./](?P<ny>(?:19|20)\d\d))(?![\d])",
        # 2024-cü il mayın 20-dən 21-dək / avqustun 31-dən sentyabrın 3-dək
        rf"(?P<az>(?:{y(g='azry')}\s+)?{M('azm1')}\s+(?P<azd1>[0-3]?\d)-(?:dən|dan|ndən|ndan)\s+(?:{M('azm2')}\s+)?(?P<azd2>[0-3]?\d)-(?:dək|dak|dəkki|nədək|nadək|yədək|ədək|adək|yadək))",
        # 2020-ci il 25 iyun / 2021-ci il iyulun 30-da
        rf"(?P<azy>{y(g='ay')}\s+(?:{_day('ad')}\s+{M('am')}|{M('am2')}\s+{_day('ad2')}(?:{_JOIN}{_day('ad3')})?))",
        # 18 and 19 April 2017 / 13-16 April / from 3 to 5 May
        rf"(?P<r1>{_day('r1d1')}{_JOIN}{_day('r1d2')}\s+{M('r1m')}(?:[\s,]+{y(g='r1y')})?)",
        # 30 April - 2 May 2019
        rf"(?P<r2>{_day('r2d1')}\s+{M('r2m1')}(?:[\s,]+{y(g='r2y1')})?{_JOIN}{_day('r2d2')}\s+{M('r2m2')}(?:[\s,]+{y(g='r2y')})?)",
        # April 13-16, 2015
        rf"(?P<r3>{M('r3m')}\s+{_day('r3d1')}{_JOIN}{_day('r3d2')}(?:,?\s+{y(g='r3y')})?)(?![\d])",
        # April 30 - May 2, 2019
        rf"(?P<r4>{M('r4m1')}\s+{_day('r4d1')}{_JOIN}{M('r4m2')}\s+{_day('r4d2')}(?:,?\s+{y(g='r4y')})?)",
        # the 3rd of June 2016
        rf"(?P<th>(?:the\s+)?(?P<thd>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{M('thm')}(?:,?\s+{y(g='thy')})?)",
        # 2022-ci ilin may ayında
        rf"(?P<azm>{y(g='azmy')}\s*(?:-?(?:ci|cı|cu|cü)\s+)?ilin\s+{M('azmm')}\s+ay\w*)",
        # В мае текущего года / in May this year / поточного року
        rf"(?P<cur>{M('curm')}\s+(?:текущего|этого|нынешнего|сего|поточного|цього)\s+(?:года|року)|{M('curm2')}\s+(?:of\s+)?this\s+year|bu\s+ilin\s+{M('curm3')}\s+ay\w*)",
        # 21 May 2022 / 25 December, 2025 / 04 avqust 2013-ci il / 18 ноября
        rf"(?P<dm>{_day('dmd')}\s+{M('dmm')}(?:[\s,]+{y(g='dmy')})?)",
        # June 4, 2009 / July 30 / iyulun 30-da
        rf"(?P<md>{M('mdm')}\s+{_day('mdd')}(?![\d:])(?:,?\s+{y(g='mdy')})?)",
        # May 2022 / в мае 2022 года / September of 2016
        rf"(?P<my>{M('mym')}\s+(?:of\s+)?{y(g='myy')})",
        # a year alone
        rf"(?P<yr>{y(g='yy')})",
    ]
    return re.compile(r"(?<![\w\d])(?:" + "|".join(parts) + r")", re.I)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is None or not 1 <= m <= 12:
        return False
    if d is None:
        return True
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _single(s: int, e: int, txt: str, y: int | None, m: int | None, d: int | None) -> DateMention | None:
    return DateMention(s, e, txt, y, m, d) if _valid(y, m, d) else None


def _same_month(s: int, e: int, txt: str, y: int | None, m: int | None, d1: int, d2: int) -> DateMention | None:
    if d2 <= d1 or not _valid(y, m, d1) or not _valid(y, m, d2):
        return None
    return DateMention(s, e, txt, y, m, d1, y, m, d2)


def _cross_month(s: int, e: int, txt: str, y1: int | None, m1: int | None, d1: int, y2: int | None, m2: int | None,
                 d2: int) -> DateMention | None:
    if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)):
        return None
    return DateMention(s, e, txt, y1, m1, d1, y2, m2, d2)


def _from_match(mt: re.Match[str]) -> DateMention | None:
    g = mt.group
    s, e, txt = mt.start(), mt.end(), mt.group(0)
    mon = lambda k: month_number(g(k)) if g(k) else None  # noqa: E731
    if g("iso"):
        return _single(s, e, txt, int(g("iy")), int(g("im")), int(g("id")))
    if g("num"):
        return _single(s, e, txt, int(g("ny")), int(g("nm")), int(g("nd")))
    if g("az"):
        y, m1 = _int(g("azry")), mon("azm1")
        return _cross_month(s, e, txt, y, m1, int(g("azd1")), y, mon("azm2") or m1, int(g("azd2"))) \
            if mon("azm2") else _same_month(s, e, txt, y, m1, int(g("azd1")), int(g("azd2")))
    if g("azy"):
        y = int(g("ay"))
        if g("am"):
            return _single(s, e, txt, y, mon("am"), _int(g("ad")))
        m, d = mon("am2"), _int(g("ad2"))
        if g("ad3") and _valid(y, m, d):
            return _same_month(s, e, txt, y, m, d or 0, int(g("ad3"))) or _single(s, e, txt, y, m, d)
        return _single(s, e, txt, y, m, d)
    if g("r1"):
        return _same_month(s, e, txt, _int(g("r1y")), mon("r1m"), int(g("r1d1")), int(g("r1d2")))
    if g("r2"):
        y = _int(g("r2y"))
        return _cross_month(s, e, txt, _int(g("r2y1")) or y, mon("r2m1"), int(g("r2d1")), y, mon("r2m2"), int(g("r2d2")))
    if g("r3"):
        return _same_month(s, e, txt, _int(g("r3y")), mon("r3m"), int(g("r3d1")), int(g("r3d2")))
    if g("r4"):
        y = _int(g("r4y"))
        return _cross_month(s, e, txt, y, mon("r4m1"), int(g("r4d1")), y, mon("r4m2"), int(g("r4d2")))
    if g("th"):
        return _single(s, e, txt, _int(g("thy")), mon("thm"), int(g("thd")))
    if g("azm"):
        return _single(s, e, txt, int(g("azmy")), mon("azmm"), None)
    if g("cur"):
        m = mon("curm") or mon("curm2") or mon("curm3")
        return DateMention(s, e, txt, None, m, None, kind="current_year") if _valid(None, m, None) else None
    if g("dm"):
        return _single(s, e, txt, _int(g("dmy")), mon("dmm"), int(g("dmd")))
    if g("md"):
        return _single(s, e, txt, _int(g("mdy")), mon("mdm"), int(g("mdd")))
    if g("my"):
        return _single(s, e, txt, int(g("myy")), mon("mym"), None)
    if g("yr"):
        return DateMention(s, e, txt, int(g("yy")), None, None, kind="year")
    return None


_EFFECTIVE_BEFORE = re.compile(
    r"(?:\b(?:from|since|until|till|starting|as of|effective|before|after|by)|(?<!\w)(?:с|со|до|после|начиная с|"
    r"по состоянию на|з|із|починаючи з|станом на|після))\s*$", re.I)
_DATED_BEFORE = re.compile(r"(?:\b(?:of|dated)|(?<!\w)(?:от|від))\s*$", re.I)
_AZ_DATED_AFTER = re.compile(r"^\s*(?:-?(?:ci|cı|cu|cü)\s+il(?:in)?\s+)?tarix(?:li|də|dən)\s+(\w+)", re.I)
_ADOPTED_AFTER = re.compile(
    r"^\W{0,3}(?:(?:-?(?:ci|cı|cu|cü)\s+il\s+)?tarixində\s+)?(?:\w+\s+){0,2}?(?:adopted|approved|signed|ratified|entered|"
    r"qəbul edil|təsdiq edil|imzalan|qüvvəyə|принят|утвержд|подписан|ратифиц|вступил|ухвален|затвердж|підписан|набу)", re.I)
_ETIBAREN_AFTER = re.compile(r"^\S*\s+(?:tarixdən\s+)?etibarən", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|&copy;)[^\n]{0,30}$", re.I)


def _decoy(text: str, m: DateMention, lang_code: str) -> str | None:
    pre = text[max(0, m.start - 70):m.start]
    pre_line = pre.split("\n")[-1]
    post = text[m.end:m.end + 50]
    if _COPYRIGHT.search(pre_line):
        return "copyright"
    if _DATED_BEFORE.search(pre_line) and any(vocab.lang(c).legal.search(pre_line) for c in vocab.LANGS):
        return "law"
    if _ADOPTED_AFTER.match(post) and any(vocab.lang(c).legal.search(pre_line[-45:]) for c in vocab.LANGS):
        return "law"
    az_after = _AZ_DATED_AFTER.match(post)
    if az_after and vocab.lang("az").legal.match(az_after.group(1)):
        return "law"
    if _ETIBAREN_AFTER.match(post):
        return "effective"
    if m.y2 is None and _EFFECTIVE_BEFORE.search(pre_line):
        return "effective"
    if m.kind == "year":
        if pre_line.rstrip().endswith("(") or re.match(r"^\s*[-–]\s*(?:19|20)\d\d", post) or re.search(r"(?:19|20)\d\d\s*[-–]\s*$", pre_line):
            return "parenthetical"
    return None


_DIGITS = re.compile(r"\d+|(?<!\w)(?:текущего|этого|нынешнего|сего|поточного|цього|this\s+year|bu\s+ilin)(?!\w)", re.I)


_BEFORE_DIGIT, _AFTER_DIGIT = 24, 40
_WORD_REST = re.compile(r"\w*")


def _candidates(text: str) -> list[re.Match[str]]:
    """Matches of the date patterns, run only around digits: every date has one, so the long month
    alternation is not tried at every character of a release. A date starts at most a month word
    and "of" before its first digit ("September of 2016", "sentyabrının 3-dək") and ends at most a
    month word and a year word after its last ("18 ноября 2017 года", "2019-cu ilin"), and the
    digits inside one date are closer than that."""
    master = _master()
    windows: list[list[int]] = []
    for d in _DIGITS.finditer(text):
        run = d.group(0)
        if run[0].isdigit() and len(run) > 2 and not (len(run) == 4 and run[:2] in ("18", "19", "20")):
            continue  # "3773", "100", "201905": no day, month or year is written so
        lo = max(0, d.start() - _BEFORE_DIGIT)
        hi = _WORD_REST.match(text, min(len(text), d.end() + _AFTER_DIGIT)).end()  # never end inside a word
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        out.extend(master.finditer(text, lo, hi))
    return out


def find_dates(text: str, lang_code: str = "en") -> list[DateMention]:
    """Every date span in ``text``, in order, each marked with a decoy reason where it has one.

    >>> [(m.d1, m.d2, m.m1, m.y1) for m in find_dates("On 18 and 19 April 2017, the delegation")]
    [(18, 19, 4, 2017)]
    """
    out: list[DateMention] = []
    for mt in _candidates(text):
        m = _from_match(mt)
        if m is None:
            continue
        reason = _decoy(text, m, lang_code)
        if reason:
            m = DateMention(**{**m.__dict__, "decoy": reason})
        out.append(m)
    lv = vocab.lang(lang_code)
    for rx, offset in ((lv.today, 0), (lv.yesterday, -1)):
        for mt in rx.finditer(text):
            out.append(DateMention(mt.start(), mt.end(), mt.group(0), None, None, None, kind="relative",
                                   offset_days=offset))
    out.sort(key=lambda m: m.start)
    return out


def _iso(y: int | None, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"XXXX-{m:02d}-{d:02d}"


def nearest_year(m: int, d: int, anchor: date) -> int:
    """The year that puts month/day closest to the anchor (publication) date."""
    best = None
    for y in range(max(1, anchor.year - 4), min(9999, anchor.year + 4) + 1):  # date() holds years 1 to 9999
        if d > calendar.monthrange(y, m)[1]:
            continue  # 29 February only in a leap year
        delta = abs((date(y, m, d) - anchor).days)
        if best is None or delta < best[0]:
            best = (delta, y)
    return best[1] if best else anchor.year


def day_value(d: date) -> DateValue:
    iso = d.isoformat()
    return DateValue(iso, iso, iso, "day", True)


def resolve(m: DateMention, anchor: date | None = None, year_hint: int | None = None) -> DateValue | None:
    """A mention as an EDTF value; a missing year comes from the anchor (publication date) or the hint."""
    if m.kind == "relative":
        return day_value(anchor + timedelta(days=m.offset_days)) if anchor else None
    if m.kind == "year":
        return DateValue(f"{m.y1:04d}", f"{m.y1:04d}-01-01", f"{m.y1:04d}-12-31", "year", True)
    if m.kind == "current_year":
        if anchor is None:
            return None
        m = DateMention(**{**m.__dict__, "y1": anchor.year, "kind": "date"})
    y1 = m.y1
    y2 = m.y2 if m.y2 is not None else None
    if y1 is None and m.m1 is not None:
        if anchor is not None:
            y1 = nearest_year(m.m1, m.d1 or 1, anchor)
        elif year_hint is not None:
            y1 = year_hint
        if y1 is not None and m.d2 is not None:
            y2 = y1 + (1 if (m.m2 or m.m1) < m.m1 else 0)
    elif y1 is not None and m.d2 is not None and y2 is not None and y2 == y1 and (m.m2 or m.m1) < (m.m1 or 0):
        y1 = y2 - 1  # "30 December - 2 January 2020"
    if y1 is not None and m.m1 == 2 and m.d1 == 29 and not calendar.isleap(y1):
        return None
    if m.d1 is None:  # month precision
        assert m.m1 is not None
        if y1 is None:
            return DateValue(f"XXXX-{m.m1:02d}", f"XXXX-{m.m1:02d}-01", f"XXXX-{m.m1:02d}-{calendar.monthrange(2000, m.m1)[1]:02d}", "month", False)
        last = calendar.monthrange(y1, m.m1)[1]
        return DateValue(f"{y1:04d}-{m.m1:02d}", f"{y1:04d}-{m.m1:02d}-01", f"{y1:04d}-{m.m1:02d}-{last:02d}", "month", True)
    start = _iso(y1, m.m1 or 1, m.d1)
    if m.d2 is not None:
        if m.y2 is None and y1 is not None and y2 is None:
            y2 = y1 + (1 if (m.m2 or m.m1 or 1) < (m.m1 or 1) else 0)
        end = _iso(y2 if y2 is not None else y1, m.m2 or m.m1 or 1, m.d2)
        if y1 is not None and end < start:
            return None
        return DateValue(f"{start}/{end}", start, end, "range", y1 is not None)
    return DateValue(start, start, start, "day", y1 is not None)


def year_from_context(m: DateMention, others: list[DateMention]) -> int | None:
    """A year for a year-less mention from another full date in the same release that falls inside it."""
    years = set()
    for o in others:
        if o is m or o.y1 is None or o.m1 is None or o.d1 is None or o.decoy:
            continue
        if o.m1 == m.m1 and m.d1 is not None:
            hi = m.d2 if m.d2 is not None and (m.m2 in (None, m.m1)) else m.d1
            if m.d1 <= o.d1 <= hi:
                years.add(o.y1)
    return years.pop() if len(years) == 1 else None
