"""The code paths that make migtl fast at ten thousand releases give the same answers as the plain
ones: compact sentences in the store, the parsed store kept between chunk writes, one worker pool
for ``add --jobs``, quick option coercion, and read-only commands that skip heavy imports.
(No timings here: speed is measured by ``benchmarks/run.py``.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from migtl.models import compact_sentences, stored_extraction, to_dict
from migtl.store import SCHEMA, Store, check_store, forget_kept

sys.path.insert(0, str(Path(__file__).parent))
from test_safety import make_releases


@pytest.fixture
def db() -> Path:
    return Path(os.environ["MIGTL_DB"])


QUERIES = (["timeline", "--json"], ["who-met", "--json"], ["people", "--json"], ["stats", "--json"],
           ["tenure", "State Migration Service", "--json"], ["tenure", "Vusal Huseynov", "--json"])


def _answers(run) -> dict[str, object]:
    out = {}
    for q in QUERIES:
        r = run(*q)
        assert r.exit_code == 0, (q, r.output)
        out[" ".join(q)] = json.loads(r.stdout)
    return out


def _shows(run, db: Path) -> list[object]:
    with Store.open(db) as st:
        ids = [d["id"] for d in st.documents()]
    return [json.loads(run("show", i, "--json").stdout) for i in ids]


# ------------------------------------------------------------------------------ compact sentences
def _full_store(db: Path) -> None:
    """Rewrite the store as a schema-2 store whose releases keep every sentence (as migtl did before)."""
    from migtl.extract import extract

    raw = orjson.loads(db.read_bytes())
    for d in raw["documents"].values():
        d["extraction"] = orjson.loads(orjson.dumps(to_dict(extract(d["text"], d.get("html_title"),
                                                                    d.get("html_published")))))
    meta = next(iter(raw["_meta"].values()))
    meta["schema"], meta["migrations"] = 2, meta["migrations"][:2]
    db.write_bytes(orjson.dumps(raw))


def test_stored_releases_keep_only_the_sentences_their_facts_use(run, records, db):
    assert run("add", records).exit_code == 0
    with Store.open(db) as st:
        docs = st.documents()
    assert docs
    for d in docs:
        x = d["extraction"]
        used = {m["sentence"] for p in x["people"] for m in p["mentions"]}
        used |= {m["sentence"] for m in x["meetings"] if m["sentence"] >= 0}
        if x["date_sentence"] is not None:
            used.add(x["date_sentence"])
        if x["sentences"] and x["sentences"][0] == x["title"]:
            used.add(0)
        assert used == set(range(len(x["sentences"]))), d["path"]
    assert check_store(db) == []


def test_compact_store_answers_like_a_full_one(run, records, db):
    """Every answer (and show) is the same from compact releases as from releases with every sentence."""
    assert run("add", records).exit_code == 0
    compact = _answers(run), _shows(run, db)
    _full_store(db)
    with Store.open(db) as st:  # read-only: upgraded in memory only
        assert st.schema == SCHEMA
    full = _answers(run), _shows(run, db)  # read-only commands on the schema-2 store
    assert full == compact
    with Store.open(db, write=True):  # a writer applies 0003_compact_sentences
        pass
    raw = orjson.loads(db.read_bytes())
    assert next(iter(raw["_meta"].values()))["migrations"][-1] == "0003_compact_sentences"
    assert check_store(db) == []
    assert (_answers(run), _shows(run, db)) == compact
    r = run("reindex")  # fresh extractions are compacted the same way: nothing changes
    assert r.exit_code == 0 and "0 changed" in r.output, r.output


def test_compact_sentences_renumbers_in_order_and_leaves_bad_indices_alone():
    x = {"title": "T", "sentences": ["T", "a", "b", "c", "d", "e"], "date_sentence": 4,
         "people": [{"mentions": [{"sentence": 2}, {"sentence": 4}]}],
         "meetings": [{"sentence": 2}, {"sentence": -1}]}
    compact_sentences(x)
    assert x["sentences"] == ["T", "b", "d"] and x["date_sentence"] == 2
    assert [m["sentence"] for m in x["people"][0]["mentions"]] == [1, 2]
    assert [m["sentence"] for m in x["meetings"]] == [1, -1]
    bad = {"title": "", "sentences": ["a", "b"], "date_sentence": None,
           "people": [{"mentions": [{"sentence": 5}]}], "meetings": []}
    assert compact_sentences(json.loads(json.dumps(bad))) == bad  # check reports it; it is not hidden


def test_stored_extraction_is_to_dict_minus_unused_sentences():
    from migtl.extract import extract

    x = extract("Chief Ali Veliyev met Ambassador Maria Rossi\n\nBaku, 6 May 2016\n\nThe service has grown since "
                "2015 and now has many staff. On 5 May 2016, Chief of the State Migration Service Ali Veliyev met "
                "with Ambassador Maria Rossi in Baku. The weather was fine. The sides discussed cooperation. "
                "Veliyev thanked the guests.")
    full, stored = to_dict(x), stored_extraction(x)
    assert len(stored["sentences"]) < len(full["sentences"])
    same = ("sentences", "people", "meetings", "date_sentence")
    assert {k: v for k, v in full.items() if k not in same} == {k: v for k, v in stored.items() if k not in same}
    it = iter(full["sentences"])
    assert all(s in it for s in stored["sentences"])  # a subsequence, in order

    def facts(d):
        sent = d["sentences"]
        return (sent[d["date_sentence"]] if d["date_sentence"] is not None else None,
                [[(m["text"], sent[m["sentence"]]) for m in p["mentions"]] for p in d["people"]],
                [(m["a"], m["b"], m["kind"], sent[m["sentence"]] if m["sentence"] >= 0 else None)
                 for m in d["meetings"]])

    assert facts(stored) == facts(full) and stored["people"]


# ------------------------------------------------------------------------------ kept parsed store
def test_kept_store_is_used_only_while_the_file_is_unchanged(db, monkeypatch):
    from migtl.storage import AtomicJSONStorage

    reads = []
    real_read = AtomicJSONStorage.read
    monkeypatch.setattr(AtomicJSONStorage, "read", lambda self: (reads.append(1), real_read(self))[1])
    try:
        with Store.open(db, write=True, keep=True) as st:
            st.add_decision({"action": "alias", "member": ["x", 0], "alias": "A"})
            st.commit()
        n = len(reads)
        with Store.open(db, write=True, keep=True) as st:  # our own write: the kept copy is used
            assert len(reads) == n and [d["alias"] for d in st.decisions()] == ["A"]
            st.add_decision({"action": "alias", "member": ["x", 0], "alias": "B"})
            st.commit()
        with Store.open(db, write=True) as st:  # another writer (no keep) changes the file
            st.add_decision({"action": "alias", "member": ["x", 0], "alias": "C"})
            st.commit()
        n = len(reads)
        with Store.open(db, write=True, keep=True) as st:  # so the file is read again
            assert len(reads) == n + 1 and [d["alias"] for d in st.decisions()] == ["A", "B", "C"]
            st.add_decision({"action": "alias", "member": ["x", 0], "alias": "D"})
            # no commit: the kept copy (now changed in memory) must not be used again
        with Store.open(db, write=True, keep=True) as st:
            assert [d["alias"] for d in st.decisions()] == ["A", "B", "C"]
    finally:
        forget_kept(db)


def test_add_in_chunks_with_two_workers_stores_what_one_process_stores(tmp_path, records, monkeypatch):
    from migtl.ingest import add_paths

    folder = tmp_path / "in"
    make_releases(folder, 30)
    for p in sorted(records.iterdir()):
        (folder / p.name).write_bytes(p.read_bytes())

    def store(name: str, jobs: int, chunk: str) -> tuple[list, list]:
        monkeypatch.setenv("MIGTL_CHUNK", chunk)
        db = tmp_path / name
        outcomes = add_paths(db, [str(folder)], jobs=jobs)
        assert {o.status for o in outcomes} == {"added"}
        assert check_store(db) == []
        raw = orjson.loads(db.read_bytes())
        docs = sorted(({k: v for k, v in d.items() if k != "added"} for d in raw["documents"].values()),
                      key=lambda d: d["id"])
        return docs, sorted(raw["people"].values(), key=lambda p: p["id"])

    one = store("one.json", 1, "1000")
    assert store("chunks.json", 1, "7") == one
    assert store("workers.json", 2, "7") == one


# ------------------------------------------------------------------------------ start-up
@pytest.mark.parametrize("args", [["people", "--json"], ["timeline", "--json"], ["who-met", "--json"],
                                  ["add", "--quiet", "RECORDS"]])
def test_commands_do_not_load_what_they_do_not_use(tmp_path, records, args):
    """Listings load neither pydantic (typer's option coercion) nor the extraction package; re-adding
    unchanged files loads no extraction either."""
    db = tmp_path / "s.json"
    subprocess.run([sys.executable, "-m", "migtl", "--db", str(db), "add", "-q", str(records)], check=True,
                   capture_output=True)
    args = [str(records) if a == "RECORDS" else a for a in args]
    code = ("import sys\nfrom migtl.cli import main\nsys.argv = ['migtl', '--db', sys.argv[1]] + sys.argv[2:]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "bad = [m for m in ('pydantic', 'migtl.extract', 'pymorphy3', 'trafilatura', 'dateparser') if m in sys.modules]\n"
            "sys.stderr.write(repr(bad))\n")
    r = subprocess.run([sys.executable, "-c", code, str(db), *args], capture_output=True, text=True,
                       env={**os.environ, "NO_COLOR": "1"}, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().endswith("[]"), r.stderr


# ------------------------------------------------------------------------------ name regions
_PIECES = ["Ali", "Vəliyev", "V.", "de", "la", "оглы", "Noyabr", "Ноября", "May", "18", "2019", ",", ".", "-",
           "'s", "O'Neil", "al-Assad", "IOM", "the", "и", "Бюльбюль", "Mr.", "van", "Der", "(", "«", "Гусейновым",
           "В.", "Ü", "x", "5", "ДМС", "ul", "Ál", "’s", "of", "—", "MrX", "Qasımovun", "Hüseynov"]
_SEPS = [" ", "", "  ", " - ", "\u00a0", "-", "'", "."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), min_size=1, max_size=10),
       st.sampled_from(["en", "ru", "uk", "az"]))
def test_name_spans_from_capital_regions_equal_whole_sentence_tokenising(parts, lang):
    """``_spans`` tokenises only the stretches that open with a capital; the runs are the same as
    tokenising the whole sentence and walking every token."""
    from migtl.extract.people import _region_runs, _spans

    sentence = "".join(p + s for p, s in parts)
    assert _spans(sentence, lang) == _region_runs(sentence, 0, len(sentence), lang)


def test_name_spans_on_the_shipped_records_equal_whole_sentence_tokenising(records):
    from migtl.extract.layout import sentences
    from migtl.extract.people import _region_runs, _spans
    from migtl.read import read_release

    checked = 0
    for f in sorted(records.iterdir()):
        for para in read_release(f).text.split("\n"):
            for sentence in sentences(para):
                for lang in ("en", "ru", "uk", "az"):
                    assert _spans(sentence, lang) == _region_runs(sentence, 0, len(sentence), lang), sentence
                    checked += 1
    assert checked > 100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBmMsSxX рРсСдД-'.,0123456789", max_size=60))
def test_first_letter_guard_keeps_every_match(text):
    """The look-ahead on first letters added to vocabulary patterns only skips positions where
    nothing can match."""
    import re

    from migtl import vocab

    parts = ["ma[iy]", "(?:ms\\s+)?sr", "(?:x|дд)?ра", "s-b", "\\bмм", "b?a"]
    guarded = vocab.words_rx(parts, "test")
    body = "|".join(f"(?:{p})" for p in sorted(parts, key=len, reverse=True))
    plain = re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.I)
    assert "(?=[" in guarded.pattern
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_letters_are_none_when_a_pattern_can_start_anywhere():
    from migtl import vocab

    assert vocab.first_chars(["abc", "\\w+x"]) is None
    assert vocab.first_chars(["a?"]) is None
    assert set(vocab.first_chars(["(?:the\\s+)?x", "[d-f]y"]) or "") >= set("tTxXdDeEfF")


_DATE_PIECES = ["18", "19", "2017", "2019-cu", "il", "ilin", "and", "-", "to", "April", "September", "of", "this",
                "year", "мая", "ноября", "года", "текущего", "в", "mayın", "3-dən", "5-dək", "the", "3rd", "bu",
                "iyul", "ayında", ",", "2024-05-20", "20/11/2013", "on", "from", "(", ")", "©", "sentyabrının",
                "x" * 30, "мае", "30-da", "iyulun", "3773", "201905", "20190", "100"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n"]))
@example(["3-dən", "x" * 30, "201905"], " ")  # a window must not end inside a number
@example(["bu", "April", "this", "year", "of"], "  ")  # "this  year" with any space between
def test_date_patterns_run_around_digits_find_what_a_whole_text_scan_finds(words, sep):
    from migtl.extract.dates import _candidates, _master

    text = sep.join(words)
    assert [m.span() for m in _candidates(text)] == [m.span() for m in _master().finditer(text)]


def test_passing_over_one_word_mentions_changes_no_person(records, monkeypatch):
    """One-word mentions whose first letter starts no full name's surname are skipped unread; reading
    every one of them gives the same people on the shipped releases and on inflected surnames."""
    from migtl.extract import extract
    from migtl.extract import people as P
    from migtl.models import to_dict
    from migtl.read import read_release

    texts = [read_release(f).text for f in sorted(records.iterdir())]
    texts += ["Начальник ГМС Вусал Гусейнов встретился с послом. Гусейнову вручили грамоту. Напомним, что Гусейнов ранее...",
              "Vüsal Hüseynov görüşüb. Hüseynovun sözlərinə görə, Xatırladaq ki, V.Hüseynov ...",
              "Ambassador Mary O'Neill met Chief Kamran Bayramov. O'Neill's visit. Bayramov's remarks. Recall that Abe ..."]
    fast = [to_dict(extract(t)) for t in texts]
    monkeypatch.setattr(P, "_openings", lambda word: frozenset("abcdefghijklmnopqrstuvwxyz"))
    assert [to_dict(extract(t)) for t in texts] == fast
    assert any(len(p["forms"]) > 2 for d in fast for p in d["people"])  # surname-only mentions did join
