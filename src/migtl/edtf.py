"""EDTF day strings to dates; dependency-free so listings can use it without loading extraction."""

from __future__ import annotations

import re
from datetime import date

_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def parse_iso_day(s: str | None) -> date | None:
    """The date of an ISO/EDTF day string ('2017-04-18'), or None (also for 'XXXX-07-30').

    >>> parse_iso_day("2017-04-18"), parse_iso_day("XXXX-07-30")
    (datetime.date(2017, 4, 18), None)
    """
    if not s:
        return None
    mt = _ISO_DAY.match(s)
    if not mt:
        return None
    try:
        return date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
    except ValueError:
        return None
