"""Which person each role phrase of a sentence belongs to, decided for the sentence as a whole.

A sentence is read as a row of items, names (N) and role phrases (R), with the text between each two
neighbours classified as a gap:

- ``tight``: nothing but spaces, honorifics and ranks ("Chief of the Service Mr. Vusal Huseynov",
  "Xidmətin rəisi, II dərəcəli ... müşaviri Vüsal Hüseynov" counts too: a rank after the comma);
- ``comma``: a comma, dash or opening bracket ("Vusal Huseynov, Chief of ...", "the Chief of Mission,
  Mr. A");
- ``and``: "and" between two role phrases of one person ("Deputy Prime Minister and Chairman of ...");
- ``appoint``: an appointment predicate ("X was appointed Chief of", "назначил X начальником",
  "руководителем службы назначен X", "X ... vəzifəsinə təyin edilib");
- anything else breaks the row.

Then each R takes one N: a tight N after it first (a title right before a name is that name's); else,
across a comma, the N before it when that N has no role yet (an apposition, "A, Chief of X, B, Head of
Y": every role to the name before it), else the N after it ("the Chief of Mission of IOM, Mr. A;").
An Azerbaijani title stands before its name, so there a role never goes to the name before it without
a comma. A role that no neighbour takes stays unbound (a bare title: "The Chief of the Service said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from migtl import vocab
from migtl.extract.rolespans import RoleSpan
from migtl.extract.titles import ranks


@dataclass(frozen=True)
class Bound:
    role: RoleSpan
    how: str  # before | after | appoint | and
    gap: str


_COMMA = re.compile(r"^\s*(?:,|—|–|-|\()\s*(?:and\s+|the\s+|a\s+|an\s+)?$", re.I)
_AND = re.compile(r"^\s*(?:,\s*)?(?:and|as well as|и|а также|та|і|й|və|həmçinin|eləcə də)\s+(?:the\s+)?$", re.I)
_APPOINT_AFTER_NAME = re.compile(
    r"^\s*(?:,\s*)?(?:who\s+)?(?:was|has been|had been|is|will be|were)?\s*(?:newly\s+|recently\s+|officially\s+)?"
    r"(?:appointed|named|elected|designated|confirmed|nominated|re-?appointed|sworn in)(?:\s+(?:as|to the post of))?\s+(?:the\s+|a\s+|an\s+)?$|"
    r"^\s*(?:,\s*)?(?:who\s+)?(?:has\s+|have\s+|had\s+)?(?:taken|took|take|assumed|assumes|took up|taken up)\s+(?:up\s+)?"
    r"(?:office|the post|the position|his post|her post|the duties|duties|his duties|her duties)\s+(?:as|of)\s+(?:the\s+|a\s+)?$", re.I)
_COPULA_AFTER_NAME = re.compile(r"^\s*(?:,\s*)?(?:who\s+)?(?:is|was|has been|serves as|served as|became|becomes)\s+(?:the\s+|a\s+|an\s+)?$",
                                re.I)
_SLAV_APPOINT = re.compile(
    r"^\s*(?:был\w*\s+|была\s+|будет\s+|стал\w*\s+)?(?:назначен\w*|избран\w*|утвержден\w*|утверждён\w*|призначен\w*|обран\w*|"
    r"затверджен\w*|назначила|назначил|призначила|призначив|доручено|поручено|покладено|покладається|возложено)\s*$", re.I)
_AZ_APPOINT = re.compile(r"^\s*(?:vəzifəsinə|vəzifəsində)\s*$", re.I)


def _honorifics(lang: str) -> re.Pattern[str]:
    return vocab.lang(lang).honorific


def _tight(gap: str, lang: str) -> bool:
    g = ranks(lang).sub(" ", gap)
    g = _honorifics(lang).sub(" ", g)
    if lang != "en":
        g = _honorifics("en").sub(" ", g)
    g = re.sub(r"(?<!\w)(?:the|cənab|xanım|г-н|г-жа|пан|пані)\.?(?!\w)", " ", g, flags=re.I)
    return not g.strip(" .\"«»“”'")


def _classify(gap: str, lang: str, left_is_role: bool) -> str:
    if _tight(gap, lang):
        return "tight"
    g = ranks(lang).sub(" ", gap)
    g = _honorifics(lang).sub(" ", g)
    if lang != "en":
        g = _honorifics("en").sub(" ", g)
    g2 = re.sub(r"\s+", " ", re.sub(r"(?<=\s)\.|^\.", " ", g))
    if left_is_role and re.match(r"^\s*,\s*$", g2) and ranks(lang).search(gap):
        return "tight"  # "Chief of the Service, II rank counsellor Arzu Rahimov": the rank belongs to the name
    if _COMMA.match(g2):
        return "comma"
    if _AND.match(g2):
        return "and"
    if not left_is_role and (_APPOINT_AFTER_NAME.match(g2) or _COPULA_AFTER_NAME.match(g2)):
        return "appoint"
    if left_is_role and lang in ("ru", "uk") and _SLAV_APPOINT.match(g2):
        return "appoint"
    return "break"


def bind_roles(sentence: str, lang: str, names: list[tuple[int, int]], roles: list[RoleSpan]) -> dict[int, list[Bound]]:
    """name index -> the role phrases bound to it (in sentence order)."""
    # a capitalised word inside a role phrase ("Chief of the Main Directorate") is part of it, not a name
    items: list[tuple[int, int, str, int]] = [(s, e, "N", i) for i, (s, e) in enumerate(names)
                                              if not any(r.start <= s and e <= r.end for r in roles)]
    items += [(r.start, r.end, "R", i) for i, r in enumerate(roles)]
    items.sort(key=lambda x: (x[0], x[1]))
    gaps: list[str] = []
    for a, b in zip(items, items[1:]):
        gap = sentence[a[1]:b[0]] if b[0] >= a[1] else ""
        gaps.append(_classify(gap, lang, a[2] == "R"))
    out: dict[int, list[Bound]] = {}
    taken: dict[int, int] = {}  # role index -> name index
    has_role: set[int] = set()

    def give(ri: int, ni: int, how: str, gap: str) -> None:
        taken[ri] = ni
        has_role.add(ni)
        out.setdefault(ni, []).append(Bound(roles[ri], how, gap))

    n = len(items)
    # 1. a title right before a name, and appointment predicates
    for k, (s, e, kind, idx) in enumerate(items):
        if kind != "R":
            continue
        if k + 1 < n and items[k + 1][2] == "N" and gaps[k] == "tight":
            give(idx, items[k + 1][3], "before", "tight")
        elif k + 1 < n and items[k + 1][2] == "N" and gaps[k] == "appoint":
            give(idx, items[k + 1][3], "appoint", "appoint")
        elif k > 0 and items[k - 1][2] == "N" and gaps[k - 1] == "appoint":
            give(idx, items[k - 1][3], "appoint", "appoint")
        elif k > 0 and items[k - 1][2] == "N" and gaps[k - 1] == "tight" and lang in ("ru", "uk") and \
                roles[idx].title.case and roles[idx].title.case[0] == "ablt":
            give(idx, items[k - 1][3], "appoint", "appoint")  # "призначив X Головою Y": the new office
    # 2. across a comma: the name before (apposition) unless it already has a role, else the name after
    for k, (s, e, kind, idx) in enumerate(items):
        if kind != "R" or idx in taken:
            continue
        left = items[k - 1] if k > 0 and items[k - 1][2] == "N" and gaps[k - 1] == "comma" else None
        right = items[k + 1] if k + 1 < n and items[k + 1][2] == "N" and gaps[k] == "comma" else None
        if left is not None and left[3] not in has_role:
            give(idx, left[3], "after", "comma")
        elif right is not None and right[3] not in has_role:
            give(idx, right[3], "before", "comma")
        elif left is not None and right is None and lang != "az":
            give(idx, left[3], "after", "comma")
    # 3. "Deputy Prime Minister and Chairman of X": a role joined by "and" to a bound role is the same person's
    changed = True
    while changed:
        changed = False
        for k, (s, e, kind, idx) in enumerate(items):
            if kind != "R" or idx in taken:
                continue
            for j in (k - 1, k + 1):
                if 0 <= j < n and items[j][2] == "R" and items[j][3] in taken and gaps[min(j, k)] == "and":
                    give(idx, taken[items[j][3]], "and", "and")
                    changed = True
                    break
    for v in out.values():
        v.sort(key=lambda b: b.role.start)
    return out
