"""Language of a release from script ratios and stop words (en, ru, uk, az; fr site furniture is 'fr')."""

from __future__ import annotations

import re

_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-zÀ-ɏƏə]")
_UK_LETTERS = re.compile(r"[іїєґ]", re.I)
_RU_LETTERS = re.compile(r"[ыэъё]", re.I)
_AZ_LETTERS = re.compile("[əƏğĞı]")
_WORD = re.compile(r"[^\W\d_]+")
_STOP = {
    "uk": {"та", "що", "як", "від", "який", "яка", "також", "було", "його", "це", "для", "із", "про"},
    "ru": {"что", "как", "от", "который", "также", "было", "его", "это", "для", "из", "при", "о"},
    "az": {"və", "ilə", "bu", "üçün", "bir", "olan", "ki", "isə", "həmçinin", "edib", "olub", "üzrə"},
    "en": {"the", "and", "of", "to", "in", "with", "for", "on", "was", "that", "by", "is"},
    "fr": {"le", "la", "les", "des", "et", "du", "une", "dans", "pour", "est", "sur", "au"},
}


def detect_language(text: str) -> str:
    """'en', 'ru', 'uk', 'az' or 'fr'.

    >>> detect_language("Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov görüşüb.")
    'az'
    """
    sample = text[:6000]
    cyr, lat = len(_CYR.findall(sample)), len(_LAT.findall(sample))
    words = [w.lower() for w in _WORD.findall(sample)]
    if cyr > lat:
        uk = len(_UK_LETTERS.findall(sample)) * 2 + sum(w in _STOP["uk"] for w in words)
        ru = len(_RU_LETTERS.findall(sample)) * 2 + sum(w in _STOP["ru"] for w in words)
        return "uk" if uk > ru else "ru"
    scores = {k: sum(w in _STOP[k] for w in words) for k in ("en", "az", "fr")}
    scores["az"] += len(_AZ_LETTERS.findall(sample))
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "en"
