"""Who met whom: explicit meetings (kind ``met``) from meeting verbs and nouns in each language.

"X met with Y (and Z)", "X and Y met", "meeting between X and Y", "during the meeting with Y, X
noted", "встреча X с Y", "X встретился с Y", "X Y ilə görüşüb", "X зустрівся з Y", "X and Y signed".
When one side of a meeting is a body ("the leadership of the State Migration Service"), it is the
person the release names as that body's head. Everyone else who took part is a co-attendance pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

from migtl import vocab
from migtl.extract.roles import find_org
from migtl.models import Meeting, PersonRef

_AND = re.compile(r"^[\s,]*(?:(?:and|as well as|и|а также|та|і|й|və|eləcə də|həmçinin)\s)?[\s,]*$|^\s*,\s*$", re.I)
_SIGNED = re.compile(r"(?<!\w)(?:signed|подписали|підписали|imzalayıblar|imzalayıb|imzalanıb)(?!\w)", re.I)
_TOGETHER = re.compile(r"(?<!\w)(?:met|held talks|встретились|провели встречу|зустрілися|провели зустріч|görüşüblər|"
                       r"görüş keçiriblər)(?!\w)", re.I)
_ATTEND = re.compile(r"^\s*(?:участи|участь|iştirak)", re.I)


@lru_cache(maxsize=8)
def _meet_with(lang: str) -> re.Pattern[str]:
    return vocab.words_rx(vocab.lang(lang).raw.get("meet_with", []), f"data/{lang}.json:meet_with")


def _mentions_in(people: list[PersonRef]) -> dict[int, list[tuple[int, int, int]]]:
    """sentence -> (start, end, local_id) of its mentions, in order."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    for p in people:
        for m in p.mentions:
            out.setdefault(m.sentence, []).append((m.start, m.end, p.local_id))
    for v in out.values():
        v.sort()
    return out


def _head_of(people: list[PersonRef], org_id: str, exclude: set[int]) -> int | None:
    cands = [p for p in people if p.present and p.local_id not in exclude and
             any(r.org == org_id and _heads(r) for r in p.roles)]
    return cands[0].local_id if len(cands) == 1 else None


_TOP = frozenset("head director director_general chairman president minister executive_director secretary_general "
                 "high_commissioner commissioner".split())


def _heads(r) -> bool:  # noqa: ANN001 - a Role
    """The role is the head of its body (acting included), not a deputy."""
    return r.title in _TOP and "deputy" not in (r.mods or ())


def _joined(sent: str, ms: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The first mention and those joined to it by 'and' or commas (with titles between allowed)."""
    if not ms:
        return []
    out = [ms[0]]
    for prev, cur in zip(ms, ms[1:], strict=False):
        gap = sent[prev[1]:cur[0]]
        if re.search(r"(?:^|\s|,)(?:and|и|та|і|й|və)\s", gap) or (gap.strip() == "," and len(gap) < 4):
            if not vocab.lang("en").speech.search(gap) and len(gap) < 160:
                out.append(cur)
                continue
        break
    return out


_DELEGATION_HEAD = re.compile(
    r"(?<!\w)(?:head of (?:the|our) delegation|delegation'?s head|глав\w* (?:нашей )?делегации|руководител\w* делегации|"
    r"голов\w* делегації|керівник\w* делегації|nümayəndə heyətinin rəhbəri|heyətin rəhbəri)(?!\w)", re.I)
_LED_BY = re.compile(r"(?:led by|headed by|во главе с|возглавляем\w*|на чолі з|очолюван\w*)\s*(?:the\s+)?(?:[\w-]+\s+){0,10}$",
                     re.I)
_LEADS = re.compile(r"^\W{0,3}(?:rəhbərlik etdiyi|başçılıq etdiyi)", re.I)


def _delegation_leader(sents: list[str], people: list[PersonRef]) -> int | None:
    """The person the release says led the delegation ("a delegation led by X", "X-in rəhbərlik etdiyi")."""
    leaders = set()
    for p in people:
        for m in p.mentions:
            sent = sents[m.sentence]
            if _LED_BY.search(sent[max(0, m.start - 90):m.start]) or _LEADS.match(sent[m.end:m.end + 25]):
                leaders.add(p.local_id)
    return leaders.pop() if len(leaders) == 1 else None


def _side(text: str, people: list[PersonRef], exclude: set[int], leader: int | None) -> int | None:
    """The person a side named by function stands for: the delegation's head, or a body's head."""
    if _DELEGATION_HEAD.search(text) and leader is not None and leader not in exclude:
        return leader
    o = find_org(text)
    return _head_of(people, o.id, exclude) if o is not None else None


def _pair_before(sent: str, ms: list[tuple[int, int, int]], pos: int) -> tuple[int | None, int | None]:
    """The two people named last before ``pos`` when "and" (or a comma) joins them: "X and Y [met]"."""
    before = [m for m in ms if m[1] <= pos]
    joined = _joined(sent, before[-2:]) if len(before) >= 2 else []
    return (joined[0][2], joined[1][2]) if len(joined) == 2 else (None, None)


def find_meetings(sents: list[str], lang: str, people: list[PersonRef]) -> list[Meeting]:
    lv = vocab.lang(lang)
    en = vocab.lang("en")
    pairs: dict[frozenset[int], Meeting] = {}
    leader = _delegation_leader(sents, people)

    def add(a: int | None, b: int | None, si: int) -> None:
        if a is None or b is None or a == b:
            return
        key = frozenset((a, b))
        if key not in pairs:
            pairs[key] = Meeting(a=min(a, b), b=max(a, b), kind="met", sentence=si)

    by_sentence = _mentions_in(people)
    for si, sent in enumerate(sents):
        ms = by_sentence.get(si, [])
        if not ms:
            continue
        verbs = list(lv.meet_verb.finditer(sent)) + (list(en.meet_verb.finditer(sent)) if lang != "en" else [])
        for v in verbs:
            if _ATTEND.match(sent[v.end():]):
                continue  # "приняли участие": took part, not received
            before = [m for m in ms if m[1] <= v.start()]
            after = [m for m in ms if m[0] >= v.end()]
            if lang == "az":
                # "X ... Y ilə görüşüb": the person right before "ilə" is met by the first one named
                if len(before) >= 2:
                    add(before[0][2], before[-1][2], si)
                elif len(before) == 1:
                    head_text = sent[:before[0][0]]
                    o = find_org(head_text)
                    obj = next(p for p in people if p.local_id == before[0][2])
                    if _DELEGATION_HEAD.search(head_text) or (o and not any(r.org == o.id for r in obj.roles)):
                        add(before[0][2], _side(head_text, people, {before[0][2]}, leader), si)
                continue
            if before and after:
                for obj in _joined(sent, after):
                    add(before[-1][2], obj[2], si)
            elif after and not before:
                add(_side(sent[:v.start()], people, {after[0][2]}, leader), after[0][2], si)
            elif before and not after:
                if len(before) >= 2 and _TOGETHER.match(v.group(0)) and _AND.match(sent[before[-2][1]:before[-1][0]].split(",")[-1] or " "):
                    # "X and Y met in Geneva": the two met each other, not someone named after the verb.
                    # (The "X and Y met" pass below finds most of these too, with the looser _joined
                    # test; this one also takes "as well as" and bare spaces.)
                    add(before[-2][2], before[-1][2], si)
                    continue
                add(before[-1][2], _side(sent[v.end():], people, {before[-1][2]}, leader), si)
        # "X and Y met" / "X və Y görüşüblər" without a "with"
        together = _TOGETHER.search(sent)
        if together:
            add(*_pair_before(sent, ms, together.start()), si)
        # "X and Y signed a memorandum": two named signatories met to sign it
        sign = _SIGNED.search(sent)
        if sign and lang == "az" and "arasında" in sent:
            before = [m for m in ms if m[1] <= sent.index("arasında")]
            if len(before) >= 2:
                add(before[-2][2], before[-1][2], si)
        elif sign:
            add(*_pair_before(sent, ms, sign.start()), si)
        # "During the meeting with Ambassador Y, Chief X noted" / "В ходе встречи с послом Y начальник X"
        for w in _meet_with(lang).finditer(sent):
            if lang == "az":
                obj = [m for m in ms if m[1] <= w.start()]
                if obj:
                    others = [m for m in ms if m[2] != obj[-1][2]]
                    if others:
                        add(others[0][2], obj[-1][2], si)
                continue
            after = [m for m in ms if m[0] >= w.end()]
            if not after:
                continue
            objs = _joined(sent, after)
            subject = [m for m in ms if m[1] <= w.start()] or [m for m in ms if m[0] > objs[-1][1]]
            if subject:
                s_ = subject[-1] if subject[-1][1] <= w.start() else subject[0]
                for obj in objs:
                    add(s_[2], obj[2], si)
        for b in lv.meet_between.finditer(sent):
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
                    add(_side(other_side, people, {after[0][2]}, leader), after[0][2], si)
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
