#!/usr/bin/env python3
"""Regenerate the country list of ``src/migtl/data/orgs.json`` from pycountry's ISO 3166 names.

Usage: python scripts/build_countries.py   (needs ``pip install pycountry``; run only to refresh the data)

Every country gets the English names pycountry knows, its Russian, Ukrainian and Azerbaijani names
(the ISO 3166 translations pycountry ships) turned into stems that take case endings, and English
demonyms from the table below. Entries already in the file are kept as they are (they were written
by hand and take precedence); new patterns are only added. Words that are also common first names or
words ("Chad", "Jordan") are left out as bare English words.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "migtl" / "data" / "orgs.json"

DEMONYMS = {
    "AF": "afghan", "AL": "albanian", "DZ": "algerian", "AR": "argentin(?:e|ian)", "AM": "armenian", "AU": "australian",
    "AT": "austrian", "AZ": "azerbaijani", "BH": "bahraini", "BD": "bangladeshi", "BY": "belarusian", "BE": "belgian",
    "BA": "bosnian", "BR": "brazilian", "BG": "bulgarian", "CA": "canadian", "CN": "chinese", "HR": "croatian",
    "CY": "cypriot", "CZ": "czech", "DK": "danish", "EG": "egyptian", "EE": "estonian", "FI": "finnish", "FR": "french",
    "GE": "georgian", "DE": "german", "GR": "greek", "HU": "hungarian", "IN": "indian", "ID": "indonesian",
    "IR": "iranian", "IQ": "iraqi", "IE": "irish", "IL": "israeli", "IT": "italian", "JP": "japanese", "JO": "jordanian",
    "KZ": "kazakh(?:stani)?", "KR": "(?:south )?korean", "KP": "north korean", "KW": "kuwaiti", "KG": "kyrgyz",
    "LV": "latvian", "LB": "lebanese", "LY": "libyan", "LT": "lithuanian", "MY": "malaysian", "MR": "mauritanian",
    "MX": "mexican", "MD": "moldovan", "MN": "mongolian", "ME": "montenegrin", "MA": "moroccan", "NA": "namibian",
    "NL": "dutch", "NP": "nepal(?:i|ese)", "NG": "nigerian", "MK": "macedonian", "NO": "norwegian", "OM": "omani",
    "PK": "pakistani", "PS": "palestinian", "PH": "philippine|filipino", "PL": "polish", "PT": "portuguese",
    "QA": "qatari", "RO": "romanian", "RU": "russian", "SA": "saudi", "RS": "serbian", "SK": "slovak",
    "SI": "slovenian", "SO": "somali", "ZA": "south african", "ES": "spanish", "LK": "sri lankan", "SD": "sudanese",
    "SE": "swedish", "CH": "swiss", "SY": "syrian", "TJ": "tajik", "TH": "thai", "TN": "tunisian", "TR": "turkish",
    "TM": "turkmen", "UA": "ukrainian", "AE": "emirati", "GB": "british", "US": "american", "UZ": "uzbek",
    "VN": "vietnamese", "YE": "yemeni", "ZW": "zimbabwean", "ET": "ethiopian", "KE": "kenyan", "GH": "ghanaian",
}
EXTRA_EN = {
    "KR": ["south korea", "republic of korea", "korea", "koreya\\w*", "коре(?:я|и|ю|ей|ї|єю)", "південн\\w+ коре\\w+"], "KP": ["north korea"], "RU": ["russian federation"],
    "IR": ["islamic republic of iran"], "SY": ["syrian arab republic"], "MD": ["republic of moldova"],
    "TR": ["türkiye", "turkiye", "turkey"], "VN": ["viet ?nam"], "LA": ["laos", "lao pdr"], "CZ": ["czech republic"],
    "GB": ["uk", "england"], "US": ["united states of america", "u\\.s\\."], "TZ": ["tanzania"], "BO": ["bolivia"],
    "VE": ["venezuela"], "PS": ["palestine"], "CD": ["democratic republic of (?:the )?congo", "dr congo"],
    "CI": ["c[oô]te d['’]ivoire", "ivory coast"], "MK": ["north macedonia", "macedonia"], "TW": ["taiwan"],
}
SKIP_EN = {"chad", "jordan", "georgia", "guinea", "niger", "mali", "turkey"}  # common words and names; handled by hand
SKIP = {"AQ", "UM", "BV", "HM", "TF", "IO"}


def _tr(lang: str):  # noqa: ANN202
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext


_ENDINGS = [("ия", "(?:ия|ии|ию|ией|ія|ії|ію|ією)"), ("ія", "(?:ія|ії|ію|ією|ия|ии|ию)"),
            ("а", "(?:а|ы|и|е|і|у|ой|ою|ей)"), ("я", "(?:я|и|і|е|ю|ей|ею)"), ("", "(?:а|у|е|і|ом|ем)?")]


def _slav_stem(name: str) -> str | None:
    """A Russian or Ukrainian country name with its case endings: "Дания" -> "дан(?:ия|ии|ию...)"."""
    low = name.lower()
    if "," in low or " " in low or "(" in low:
        return None
    for end, alts in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3 and (end or len(low) >= 5):
            stem = low[: len(low) - len(end)] if end else low
            return re.escape(stem) + alts
    return None


def _az_stem(name: str) -> str | None:
    w = name.replace("İ", "I").lower().replace("i̇", "i")
    if "," in w or " " in w or "(" in w or len(w) < 4:
        return None
    return re.escape(w) + r"\w*"


def build() -> list[dict]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    old = {c["code"]: c for c in data["countries"]}
    ru, uk, az = _tr("ru"), _tr("uk"), _tr("az")
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        if code in SKIP:
            continue
        if code in old:
            entry = dict(old[code])
        else:
            display = getattr(c, "common_name", None) or c.name
            if "," in display:
                display = display.split(",")[0]
            entry = {"code": code, "display": display, "patterns": []}
        pats = list(entry["patterns"])

        def add(p: str | None) -> None:
            if p and p not in pats:
                pats.append(p)

        if code not in old:
            for n in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
                if "," in n or "(" in n:
                    continue
                n = n.strip().lower()
                if n in SKIP_EN or len(n) < 4:
                    continue
                add(re.escape(n).replace("\\ ", " "))
        for p in EXTRA_EN.get(code, []):
            add(p)
        if code in DEMONYMS:
            add(DEMONYMS[code])
        for tr, stem in ((ru, _slav_stem), (uk, _slav_stem)):
            t = tr(c.name)
            if t != c.name:
                add(stem(t))
        t = az(c.name)
        if t != c.name:
            add(_az_stem(t))
        entry["patterns"] = pats
        out.append(entry)
    # keep hand-made entries pycountry has no code for (the European Union)
    out += [c for code, c in old.items() if not pycountry.countries.get(alpha_2=code)]
    return out


def main() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["countries"] = build()
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['countries'])} countries written to {DATA}")


if __name__ == "__main__":
    main()
