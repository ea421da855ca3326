"""Language of a release from script ratios and stop words (en, ru, uk, az; fr site furniture is 'fr')."""

from __future__ import annotations

import re
from collections import Counter

_CYR = re.compile(r"[\u0400-\u04ff]+")
_LAT = re.compile(r"[A-Za-zÀ-ɏƏə]+")
_UK_LETTERS = re.compile(r"[іїєґ]+", re.I)
_RU_LETTERS = re.compile(r"[ыэъё]+", re.I)
_AZ_LETTERS = re.compile("[əƏğĞı]+")
_WORD = re.compile(r"[^\W\d_]+")
_STOP = {
    "uk": {"та", "що", "як", "від", "який", "яка", "також", "було", "його", "це", "для", "із", "про"},
    "ru": {"что", "как", "от", "который", "также", "было", "его", "это", "для", "из", "при", "о"},
    "az": {"və", "ilə", "bu", "üçün", "bir", "olan", "ki", "isə", "həmçinin", "edib", "olub", "üzrə"},
    "en": {"the", "and", "of", "to", "in", "with", "for", "on", "was", "that", "by", "is"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "dans", "pour", "est", "sur", "au"},
}


def _count(rx: re.Pattern[str], text: str) -> int:
    """Characters matched by ``rx`` (a pattern for runs of characters)."""
    return sum(map(len, rx.findall(text)))


def detect_language(text: str) -> str:
    """'en', 'ru', 'uk', 'az' or 'fr'.

    >>> detect_language("Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov görüşüb.")
    'az'
    """
    sample = text[:6000]
    cyr, lat = _count(_CYR, sample), _count(_LAT, sample)
    words = Counter(_WORD.findall(sample.lower()))

    def stops(code: str) -> int:
        return sum(words[w] for w in _STOP[code])

    if cyr > lat:
        uk = _count(_UK_LETTERS, sample) * 2 + stops("uk")
        ru = _count(_RU_LETTERS, sample) * 2 + stops("ru")
        return "uk" if uk > ru else "ru"
    scores = {k: stops(k) for k in ("en", "az", "fr")}
    scores["az"] += _count(_AZ_LETTERS, sample)
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "en"
