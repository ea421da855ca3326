"""Dates typed by a person (``--from`` / ``--to``): strict where a date is written with numbers,
forgiving where it is written in words, and never a guess.

``parse_date("2021-05", end=True)`` is the last day of May 2021; ``parse_date("Q1 2022")`` the first
day of 2022. Anything that is not a date (``2021-13``, ``2021-02-30``, ``0000``, ``-1``, ``nan``) raises
:class:`UsageError` with one line that names the argument. ``date_range`` also refuses a ``--from``
later than the ``--to``. ``today`` can be passed in so relative dates are testable.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from migtl.errors import UsageError

HINT = "try 2021, 2021-05, 2021-05-31, 'May 2022', 'Q1 2022' or 'last year'"
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")

_NUMERIC = re.compile(r"(?P<y>-?\d+)(?:[-/.](?P<m>\d{1,2}))?(?:[-/.](?P<d>\d{1,2}))?")
_DMY = re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})")
_MY = re.compile(r"(?P<m>\d{1,2})[./](?P<y>\d{4})")
_QUARTER = re.compile(r"(?:q(?P<q1>\d)[\s/-]*(?P<y1>\d{4})|(?P<y2>\d{4})[\s/-]*q(?P<q2>\d))", re.I)
_AGO = re.compile(r"(?P<n>\d+)\s+(?P<unit>day|week|month|year)s?\s+ago", re.I)
_RELATIVE = {"today": (0, "day"), "yesterday": (-1, "day"), "tomorrow": (1, "day"),
             "last year": (-1, "year"), "this year": (0, "year"), "next year": (1, "year"),
             "last month": (-1, "month"), "this month": (0, "month"), "next month": (1, "month"),
             "last week": (-1, "week"), "this week": (0, "week"), "next week": (1, "week")}
# words that may stand in a date written in words besides month names
_FILLER = {"of", "the", "on", "in", "г", "года", "год", "року", "рік", "р", "il", "ilin", "st", "nd", "rd", "th"}


def _label(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}"


def _bad(option: str, value: str, why: str | None = None) -> UsageError:
    what = f"{option} {value!r}: " if option else f"{value!r}: "
    return UsageError(what + (why or "not a date"), HINT)


def _year(option: str, value: str, y: int) -> int:
    if not 1000 <= y <= 9999:
        raise _bad(option, value, f"{y:04d} is not a year migtl can use (1000 to 9999)" if y >= 0 else "a negative year")
    return y


def _day_of(option: str, value: str, y: int, m: int | None, d: int | None, end: bool) -> date:
    _year(option, value, y)
    if m is not None and not 1 <= m <= 12:
        raise _bad(option, value, f"there is no month {m}")
    month = m if m is not None else (12 if end else 1)
    last = calendar.monthrange(y, month)[1]
    if d is not None and not 1 <= d <= last:
        raise _bad(option, value, f"{MONTH_NAMES[month - 1]} {y} has {last} days")
    return date(y, month, d if d is not None else (last if end else 1))


def _shift(today: date, n: int, unit: str, end: bool) -> date:
    """``today`` moved by ``n`` units, then widened to the unit's first (or last, with ``end``) day."""
    if unit == "day":
        return today + timedelta(days=n)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=n)
        return monday + timedelta(days=6) if end else monday
    if unit == "month":
        k = today.year * 12 + today.month - 1 + n
        y, m = divmod(k, 12)
        return date(y, m + 1, calendar.monthrange(y, m + 1)[1] if end else 1)
    y = today.year + n
    return date(y, 12, 31) if end else date(y, 1, 1)


@lru_cache(maxsize=1)
def _month_word() -> re.Pattern[str]:
    from migtl import vocab

    pats = [p for forms in vocab.all_months().values() for p in forms]
    return re.compile("(?:" + "|".join(sorted(pats, key=len, reverse=True)) + r")\w*\.?", re.I)


def parse_date(value: str | None, end: bool = False, option: str = "", today: date | None = None) -> date | None:
    """The first day a typed date can mean (its last with ``end``); None for None. Raises UsageError."""
    if value is None:
        return None
    v = " ".join(str(value).split())
    if not v:
        raise _bad(option, value, "empty")
    today = today or date.today()
    low = v.casefold()
    if low in _RELATIVE:
        n, unit = _RELATIVE[low]
        return _shift(today, n, unit, end)
    m = _AGO.fullmatch(v)
    if m:
        n, unit = int(m.group("n")), m.group("unit").lower()
        if unit == "day":
            return today - timedelta(days=n)
        return _shift(today, -n, unit, end)
    m = _QUARTER.fullmatch(v)
    if m:
        q = int(m.group("q1") or m.group("q2"))
        y = _year(option, value, int(m.group("y1") or m.group("y2")))
        if not 1 <= q <= 4:
            raise _bad(option, value, f"there is no quarter {q}")
        first = 3 * q - 2
        return date(y, first + 2, calendar.monthrange(y, first + 2)[1]) if end else date(y, first, 1)
    m = _DMY.fullmatch(v)
    if m:
        return _day_of(option, value, int(m.group("y")), int(m.group("m")), int(m.group("d")), end)
    m = _MY.fullmatch(v)
    if m:
        return _day_of(option, value, int(m.group("y")), int(m.group("m")), None, end)
    m = _NUMERIC.fullmatch(v)
    if m:
        if len(m.group("y").lstrip("-")) != 4:
            raise _bad(option, value, "a year has four digits" if m.group("m") is None else None)
        return _day_of(option, value, int(m.group("y")), int(m.group("m")) if m.group("m") else None,
                       int(m.group("d")) if m.group("d") else None, end)
    return _in_words(v, end, option, value, today)


def _in_words(v: str, end: bool, option: str, value: str, today: date) -> date:
    """'May 2022', '21 May 2022', 'май 2022', 'March': month names in any of migtl's languages."""
    words = re.findall(r"[^\W\d_]+\.?", v)
    if not words or re.search(r"[^\w\s,./-]", v):
        raise _bad(option, value)
    if not any(_month_word().fullmatch(w) for w in words) or \
            not all(_month_word().fullmatch(w) or w.casefold().rstrip(".") in _FILLER for w in words):
        raise _bad(option, value)
    years = [int(y) for y in re.findall(r"\d+", v) if len(y) >= 3]
    for y in years:
        _year(option, value, y)
    import dateparser

    parsed = dateparser.parse(v, languages=["en", "ru", "uk", "az"],
                              settings={"PREFER_DAY_OF_MONTH": "last" if end else "first", "PREFER_DATES_FROM": "past",
                                        "DATE_ORDER": "DMY", "RELATIVE_BASE": _midnight(today)})
    if parsed is None:
        raise _bad(option, value)
    d = parsed.date()
    days = re.findall(r"\d+", v)
    if not any(len(x) <= 2 for x in days):  # no day given: the whole month
        d = d.replace(day=calendar.monthrange(d.year, d.month)[1] if end else 1)
    return d


def _midnight(d: date):  # noqa: ANN202
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def date_range(start: str | None, end: str | None, today: date | None = None) -> tuple[date | None, date | None]:
    """``--from`` and ``--to`` as days; refuses a range that ends before it starts."""
    lo = parse_date(start, end=False, option="--from", today=today)
    hi = parse_date(end, end=True, option="--to", today=today)
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"--from {start!r} ({_label(lo)}) is after --to {end!r} ({_label(hi)})",
                         "swap them, or leave one out")
    return lo, hi
