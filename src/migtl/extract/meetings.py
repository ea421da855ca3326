"""Who met whom: explicit meetings (kind ``met``) from meeting verbs and nouns in each language.

"X met with Y", "meeting between X and Y", "встреча X с Y", "X встретился с Y", "X Y ilə görüşüb",
"X зустрівся з Y". When one side of a meeting is an organisation ("the leadership of the State
Migration Service"), it is resolved to the person the release names as that body's head.
"""

from __future__ import annotations

import re

from migtl import vocab
from migtl.extract.roles import find_org
from migtl.models import Meeting, PersonRef


_SIGNED = re.compile(r"(?<!\w)(?:signed|подписали|підписали|imzalayıblar|imzalayıb|imzalanıb)(?!\w)", re.I)


def _mentions_in(people: list[PersonRef], si: int) -> list[tuple[int, int, int]]:
    """(start, end, local_id) of mentions in sentence si, in order."""
    out = []
    for p in people:
        for m in p.mentions:
            if m.sentence == si:
                out.append((m.start, m.end, p.local_id))
    return sorted(out)


def _head_of(people: list[PersonRef], org_id: str, exclude: set[int]) -> int | None:
    cands = [p for p in people if p.present and p.local_id not in exclude and
             any(r.org == org_id and r.title in ("head", "acting_head") for r in p.roles)]
    return cands[0].local_id if len(cands) == 1 else None


def find_meetings(sents: list[str], lang: str, people: list[PersonRef]) -> list[Meeting]:
    lv = vocab.lang(lang)
    en = vocab.lang("en")
    pairs: dict[frozenset[int], Meeting] = {}

    def add(a: int | None, b: int | None, si: int) -> None:
        if a is None or b is None or a == b:
            return
        key = frozenset((a, b))
        if key not in pairs:
            pairs[key] = Meeting(a=min(a, b), b=max(a, b), kind="met", sentence=si)

    for si, sent in enumerate(sents):
        ms = _mentions_in(people, si)
        verbs = list(lv.meet_verb.finditer(sent)) + (list(en.meet_verb.finditer(sent)) if lang != "en" else [])
        betweens = list(lv.meet_between.finditer(sent))
        for v in verbs:
            if re.match(r"\s*(?:участи|участь|iştirak)", sent[v.end():]):
                continue  # "приняли участие": took part, not received
            before = [m for m in ms if m[1] <= v.start()]
            after = [m for m in ms if m[0] >= v.end()]
            if lang == "az":
                # "X ... Y ilə görüşüb": the person right before "ilə" is met by the first one named
                if len(before) >= 2:
                    add(before[0][2], before[-1][2], si)
                elif len(before) == 1 and v.group(0).lower().startswith("qəbul") is False:
                    org_side = sent[:before[0][0]]
                    o = find_org(org_side)
                    add(before[0][2], _head_of(people, o.id, {before[0][2]}) if o else None, si)
                continue
            if before and after:
                add(before[-1][2], after[0][2], si)
            elif after and not before:
                o = find_org(sent[:v.start()])
                if o is not None:
                    add(_head_of(people, o.id, {after[0][2]}), after[0][2], si)
            elif before and not after:
                o = find_org(sent[v.end():])
                if o is not None:
                    add(before[-1][2], _head_of(people, o.id, {before[-1][2]}), si)
        # "X and Y signed a memorandum": two named signatories met to sign it
        sign = _SIGNED.search(sent)
        if sign and lang == "az" and "arasında" in sent:
            before = [m for m in ms if m[1] <= sent.index("arasında")]
            if len(before) >= 2:
                add(before[-2][2], before[-1][2], si)
        elif sign:
            before = [m for m in ms if m[1] <= sign.start()]
            if len(before) >= 2 and re.search(r"\s(?:and|и|та|і|və)\s", sent[before[-2][1]:before[-1][0]]):
                add(before[-2][2], before[-1][2], si)
        for b in betweens:
            cue = b.group(0).lower()
            tail = sent[b.end():]
            after = [m for m in ms if m[0] >= b.end()]
            explicit_between = any(w in cue for w in ("between", "между", "між", "arasında"))
            if lang == "az" and "arasında" in cue:
                before = [m for m in ms if m[1] <= b.start()]
                if len(before) >= 2:
                    add(before[0][2], before[1][2], si)
                continue
            if explicit_between:
                joiner = re.search(r"\s(?:and|и|та|і|й|with|с|з)\s", tail)
                if len(after) >= 2:
                    add(after[0][2], after[1][2], si)
                elif len(after) == 1 and joiner:
                    side_a, side_b = tail[:joiner.start()], tail[joiner.end():]
                    pos = after[0][0] - b.end()
                    other_side = side_a if pos >= joiner.end() else side_b
                    o = find_org(other_side)
                    if o is not None:
                        add(_head_of(people, o.id, {after[0][2]}), after[0][2], si)
                continue
            # "встреча X с Y", "meeting of X with Y": a noun followed by two people joined by с / with
            joiner = re.search(r"\s(?:с|со|with|з|із)\s", tail)
            if joiner and len(after) >= 2:
                first = [m for m in after if m[0] < b.end() + joiner.start()]
                second = [m for m in after if m[0] >= b.end() + joiner.end()]
                if first and second:
                    add(first[0][2], second[0][2], si)
    return sorted(pairs.values(), key=lambda m: (m.sentence, m.a, m.b))


def attended_pairs(people: list[PersonRef], met: list[Meeting]) -> list[Meeting]:
    """Co-attendance: every two participants of the reported event who did not explicitly meet."""
    present = [p.local_id for p in people if p.present]
    done = {frozenset((m.a, m.b)) for m in met}
    out = []
    for i, a in enumerate(present):
        for b in present[i + 1:]:
            if frozenset((a, b)) not in done:
                out.append(Meeting(a=a, b=b, kind="attended", sentence=-1))
    return out
