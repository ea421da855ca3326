"""Data safety: check, reindex, migrations, the lock, crashes, concurrency, hostile input, and
property-based tests of extraction on arbitrary text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migtl.storage import StoreError, store_lock
from migtl.store import MIGRATIONS, SCHEMA, Store, check_store

sys.path.insert(0, str(Path(__file__).parent))
from hostile import GOOD_RELEASES, make_hostile_corpus, unreadable_is_enforced

FIRST = ["Anna", "Mark", "Peter", "Laura", "Ivan", "Nino", "Olga", "Tomas", "Elena", "David"]
LAST = ["Lindqvist", "Olsen", "Berg", "Novak", "Petrov", "Beridze", "Kowalski", "Horvat", "Jensen", "Moretti"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_releases(folder: Path, n: int, tag: str = "") -> list[Path]:
    """``n`` small, distinct English releases in ``folder``; returns their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        text = (f"Working meeting {tag}{i}\n\nOn {i % 28 + 1} {MONTHS[i % 12]} {2015 + i % 8}, Chief of the State "
                f"Migration Service Vusal Huseynov met with {FIRST[i % 10]} {LAST[(i // 10) % 10]}, Head of Mission."
                f"\n\nThe sides discussed cooperation ({tag}{i}).\n")
        p = folder / f"rel_{tag}{i:03d}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def migtl(*args: object, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "migtl", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout, check=False)


def errors_of(path: Path) -> list[str]:
    return [p for p in check_store(path) if p.startswith("error:")]


def stored(path: Path) -> list[dict]:
    with Store.open(path) as st:
        return st.documents()


# ------------------------------------------------------------------------------------------ check
@pytest.fixture
def db(tmp_path) -> Path:
    return Path(os.environ["MIGTL_DB"])


@pytest.fixture
def loaded(run, records, db) -> Path:
    assert run("add", records).exit_code == 0
    return db


def test_check_ok(run, loaded):
    r = run("check")
    assert r.exit_code == 0, r.output
    n_people = len(json.loads(run("people", "--json").output))
    assert r.output.strip() == f"ok: 5 releases, {n_people} people ({loaded})"


def test_check_missing_store(run, db):
    r = run("check")
    assert r.exit_code == 1 and "no store here" in r.output and str(db) in r.output


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'{"documents": []}'])
def test_check_corrupt_store_reported_with_path_and_untouched(run, db, raw):
    db.write_bytes(raw)
    r = run("check")
    assert r.exit_code == 1
    assert len(r.output.strip().splitlines()) == 1 and str(db) in r.output and "corrupt" in r.output
    assert run("add", Path(__file__).parent.parent / "records").exit_code == 1
    assert db.read_bytes() == raw


def _edit(db: Path, fn) -> None:
    raw = orjson.loads(db.read_bytes())
    fn(raw)
    db.write_bytes(orjson.dumps(raw))


def test_check_reports_each_problem_on_one_line(run, loaded):
    people = json.loads(run("people", "--json").output)
    r = run("alias", people[0]["id"], "Someone Else")
    assert r.exit_code == 0, r.output

    def damage(raw):
        docs = list(raw["documents"].values())
        del docs[0]["text"]
        docs[2]["path"] = docs[1]["path"]
        docs[3]["extraction"]["meetings"].append({"a": 0, "b": 999, "kind": "met", "sentence": 0})
        person = next(iter(raw["people"].values()))
        person["members"].append(["0123456789ab", 0])
        decision = next(iter(raw["decisions"].values()))
        decision["member"] = ["ffffffffffff", 3]
    _edit(loaded, damage)
    r = run("check")
    assert r.exit_code == 1
    lines = r.output.strip().splitlines()
    assert all(str(loaded) in ln and ln.startswith(("error: ", "warning: ")) for ln in lines), lines
    text = "\n".join(lines)
    assert "missing or malformed text" in text
    assert "duplicate path" in text
    assert "a meeting names a person the release does not have" in text
    assert "refers to release 0123456789ab, which is not in the store" in text
    assert re.search(r"warning: .*decision 1 \(alias.*release ffffffffffff.*no longer in the store", text)


def test_check_only_warnings_is_ok(run, loaded):
    people = json.loads(run("people", "--json").output)
    run("alias", people[0]["id"], "Someone Else")
    with Store.open(loaded) as st:
        doc = st.decisions()[0]["member"][0]
    assert run("remove", doc).exit_code == 0  # the decision now names a release that is gone
    r = run("check")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("warning: ") and "ok: 4 releases" in r.output


# ------------------------------------------------------------------------------------------ reindex
def test_reindex_restores_extractions_and_keeps_ids_paths_decisions(run, loaded):
    people = json.loads(run("people", "--json").output)
    target = people[0]
    assert run("alias", target["id"], "The Alias Person").exit_code == 0
    before = {d["id"]: d for d in stored(loaded)}

    def damage(raw):
        doc = next(iter(raw["documents"].values()))
        doc["extraction"]["date"] = None
        doc["extraction"]["place"] = "Nowhere"
    _edit(loaded, damage)
    r = run("reindex")
    assert r.exit_code == 0, r.output
    assert "reindexed 5 releases: 1 changed, 0 failed" in r.output
    after = {d["id"]: d for d in stored(loaded)}
    assert after.keys() == before.keys()
    assert all(after[k]["path"] == before[k]["path"] and after[k]["extraction"] == before[k]["extraction"]
               for k in after)
    with Store.open(loaded) as st:
        assert [d["action"] for d in st.decisions()] == ["alias"]
    again = {p["id"]: p for p in json.loads(run("people", "--json").output)}
    assert "The Alias Person" in again[target["id"]]["aliases"]
    assert run("reindex").output.startswith("reindexed 5 releases: 0 changed")
    assert errors_of(loaded) == []


def test_reindex_without_store_is_one_line_error(run, db):
    r = run("reindex")
    assert r.exit_code == 1 and r.output.startswith(f"Error: no store at {db} ") and len(r.output.strip().splitlines()) == 1


# ------------------------------------------------------------------------------------------ migrations
def _old_store(schema: int | None) -> dict:
    """A store as an older migtl wrote it, by hand: no html_title/html_published in releases,
    and (schema 0) no schema version at all."""
    text = "Visit\n\nOn 5 May 2016, Chief Ali Veliyev met with Ambassador Maria Rossi in Baku."
    sents = ["Visit", "On 5 May 2016, Chief Ali Veliyev met with Ambassador Maria Rossi in Baku."]

    def person(lid, name, first, last, start):
        return {"local_id": lid, "name": name, "first": first, "last": last, "forms": [name], "script": "latin",
                "lang": "en", "present": True, "roles": [],
                "mentions": [{"text": name, "start": start, "end": start + len(name), "sentence": 1, "active": True}]}

    day = {"edtf": "2016-05-05", "start": "2016-05-05", "end": "2016-05-05", "precision": "day", "year_known": True}
    doc = {"id": "aaaaaaaaaaaa", "path": "/releases/old.txt", "sha256": "aaaaaaaaaaaa" + "0" * 52, "kind": "text",
           "encoding": "utf-8", "lang": "en", "added": "2020-01-01T00:00:00", "text": text,
           "extraction": {"lang": "en", "title": "Visit", "published": None, "date": day, "date_sentence": 1,
                          "date_source": "body", "place": "Baku", "country": None, "sentences": sents,
                          "people": [person(0, "Ali Veliyev", "Ali", "Veliyev", 21),
                                     person(1, "Maria Rossi", "Maria", "Rossi", 54)],
                          "meetings": [{"a": 0, "b": 1, "kind": "met", "sentence": 1}]}}
    decisions = {"1": {"action": "merge", "a": ["aaaaaaaaaaaa", 0], "b": ["aaaaaaaaaaaa", 1], "at": "2020-01-02T00:00:00"},
                 "2": {"action": "alias", "member": ["aaaaaaaaaaaa", 0], "alias": "A. Veliyev", "at": "2020-01-03T00:00:00"}}
    people = {"1": {"id": "p1", "name": "Ali Veliyev", "aliases": ["Maria Rossi", "A. Veliyev"], "roles": [],
                    "members": [["aaaaaaaaaaaa", 0], ["aaaaaaaaaaaa", 1]], "documents": ["aaaaaaaaaaaa"]}}
    raw = {"documents": {"1": doc}, "decisions": decisions, "people": people}
    if schema is not None:
        raw["_meta"] = {"1": {"schema": schema, "written_by": "0.0.1"}}
    return raw


@pytest.mark.parametrize("schema", [None, 0, 1])
def test_old_store_is_migrated_in_one_write_and_decisions_survive(db, schema, monkeypatch):
    from migtl.storage import AtomicJSONStorage

    db.write_bytes(orjson.dumps(_old_store(schema)))
    old = db.read_bytes()
    with Store.open(db) as st:  # reading upgrades in memory only
        assert st.documents()[0]["html_title"] is None
    assert db.read_bytes() == old
    assert any("is older" in p for p in check_store(db)) and errors_of(db) == []

    writes = []
    real_write = AtomicJSONStorage.write
    monkeypatch.setattr(AtomicJSONStorage, "write", lambda self, data: (writes.append(1), real_write(self, data)))
    with Store.open(db, write=True):
        pass  # no command commits: the upgrade alone is written
    assert len(writes) == 1
    raw = orjson.loads(db.read_bytes())
    meta = next(iter(raw["_meta"].values()))
    assert meta["schema"] == SCHEMA
    assert meta["migrations"] == [name for name, _ in MIGRATIONS]
    assert meta["upgrades"][-1]["from"] == (schema or 0)
    doc = next(iter(raw["documents"].values()))
    assert doc["html_title"] is None and doc["html_published"] is None and doc["text"].startswith("Visit")
    assert raw["decisions"] == _old_store(schema)["decisions"]
    assert check_store(db) == []
    with Store.open(db, write=True) as st:  # decisions still apply when people are rebuilt
        st.rebuild_people()
        st.commit()
        (p,) = st.people()
        assert sorted(map(tuple, p["members"])) == [("aaaaaaaaaaaa", 0), ("aaaaaaaaaaaa", 1)]
        assert "A. Veliyev" in p["aliases"]
    assert len(writes) == 2


def test_old_store_upgraded_by_a_command(run, db, records):
    db.write_bytes(orjson.dumps(_old_store(1)))
    r = run("add", records / "000_9b205427c53fb796.txt")
    assert r.exit_code == 0, r.output
    assert check_store(db) == []
    with Store.open(db) as st:
        assert len(st.documents()) == 2 and [d["action"] for d in st.decisions()] == ["merge", "alias"]
    r = run("reindex")
    assert r.exit_code == 0 and "reindexed 2 releases" in r.output


def test_newer_store_is_refused_and_never_overwritten(run, db, records):
    raw = _old_store(SCHEMA + 1)
    db.write_bytes(orjson.dumps(raw))
    before = db.read_bytes()
    for args in (["add", records], ["alias", "Ali Veliyev", "X"], ["reindex"], ["remove", "aaaaaaaaaaaa"],
                 ["timeline"], ["people"], ["check"]):
        r = run(*args)
        assert r.exit_code == 1, args
        assert f"schema {SCHEMA + 1}" in r.output and "newer" in r.output, (args, r.output)
        assert db.read_bytes() == before, args
    with pytest.raises(StoreError, match="newer"), Store.open(db, write=True):
        pass
    assert db.read_bytes() == before


# ------------------------------------------------------------------------------------------ lock
def test_second_writer_waits_then_gives_up(tmp_path, db, records):
    src = records / "000_9b205427c53fb796.txt"
    with store_lock(db):
        t0 = time.monotonic()
        r = migtl("--timeout", "0.5", "add", src)
        waited = time.monotonic() - t0
    assert r.returncode == 1 and waited >= 0.5
    lines = r.stderr.strip().splitlines()
    assert lines[0].startswith(f"waiting for the lock on {db}")
    assert len(lines) == 2 and lines[1].startswith(f"Error: store {db} is locked by another migtl process")
    assert "Traceback" not in r.stderr and not db.exists()


def test_second_writer_waits_then_proceeds(db, records):
    src = records / "000_9b205427c53fb796.txt"
    with store_lock(db):
        proc = subprocess.Popen([sys.executable, "-m", "migtl", "--timeout", "30", "add", str(src)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = proc.stderr.readline()  # printed once it finds the lock taken
    out, err = proc.communicate(timeout=60)
    assert first.startswith("waiting for the lock on")
    assert proc.returncode == 0 and "1 added" in out and err == ""


# ------------------------------------------------------------------------------------------ crashes
CHUNK = 5


def _kill_after_chunks(tmp_path: Path, store: Path, folder: Path, k: int) -> tuple[int, int]:
    """Run ``migtl add`` on ``folder`` while this test holds the store's lock, let exactly ``k`` chunks
    through, then SIGKILL it while it waits for the lock for chunk k + 1 (so it is mid-run, with no
    write under way). Returns (releases the child reported added, whether it had finished)."""
    env = {**os.environ, "MIGTL_CHUNK": str(CHUNK)}
    proc = subprocess.Popen([sys.executable, "-m", "migtl", "--db", str(store), "add", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    added = 0
    try:
        for _ in range(k + 1):
            lock = store_lock(store)
            lock.__enter__()
            try:
                line = proc.stderr.readline()  # printed when it finds the lock taken: it is waiting
                assert line.startswith("waiting for the lock"), line
            finally:
                if _ == k:
                    proc.kill()  # while it waits: chunks 1..k are stored, chunk k+1 is not
                    proc.wait(timeout=60)
                lock.__exit__(None, None, None)
            if _ < k:  # let one chunk through: wait until its lines are printed (after the write)
                while added < (_ + 1) * CHUNK:
                    out = proc.stdout.readline()
                    assert out, "the child ended early"
                    added += out.startswith("added: ")
        # what it printed before it was killed: each stored chunk prints its lines before the next wait
        added += sum(line.startswith("added: ") for line in proc.stdout.read().splitlines())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()
    return added, proc.returncode


def test_sigkill_mid_add_leaves_only_whole_chunks(tmp_path):
    """Kill ``migtl add`` after 1, 4 and 9 of its 12 chunks (deterministically: the test holds the store
    lock, so the child is killed while it waits for it): the store always parses, checks clean and
    holds exactly the releases of the chunks that were committed; running add again completes it."""
    files = [str(p) for p in make_releases(tmp_path / "releases", 60)]
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    for k in (1, 4, 9):
        store = tmp_path / f"trial{k}.json"
        added, rc = _kill_after_chunks(tmp_path, store, tmp_path / "releases", k)
        done = added // CHUNK  # k, or more if it took the lock again before this test did
        assert rc == -9 and added % CHUNK == 0 and k <= done < len(chunks), (k, added)
        assert errors_of(store) == [], k
        paths = {d["path"] for d in stored(store)}
        assert paths == {p for c in chunks[:done] for p in c}, f"after {done} chunks: not exactly those chunks"
    before = len(stored(tmp_path / "trial4.json"))
    r = migtl("--db", tmp_path / "trial4.json", "add", "-q", tmp_path / "releases", env={"MIGTL_CHUNK": str(CHUNK)})
    assert r.returncode == 0 and f"{60 - before} added, 0 replaced, {before} unchanged" in r.stdout
    assert len(stored(tmp_path / "trial4.json")) == 60


def test_four_writers_at_once_lose_nothing(tmp_path, db):
    folders = []
    for k in range(4):
        make_releases(tmp_path / f"batch{k}", 25, tag=f"w{k}-")
        folders.append(tmp_path / f"batch{k}")
    env = {**os.environ, "MIGTL_CHUNK": "5"}
    procs = [subprocess.Popen([sys.executable, "-m", "migtl", "--timeout", "60", "add", "-q", str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for f in folders]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "25 added" in out and "Traceback" not in err
    assert len(stored(db)) == 100
    assert check_store(db) == []


def test_chunk_size_from_environment(monkeypatch):
    from migtl import ingest

    for value, want in (("5", 5), ("0", ingest.CHUNK), ("-3", ingest.CHUNK), ("many", ingest.CHUNK)):
        monkeypatch.setenv("MIGTL_CHUNK", value)
        assert ingest.chunk_size() == want
    monkeypatch.delenv("MIGTL_CHUNK")
    assert ingest.chunk_size() == ingest.CHUNK


# ------------------------------------------------------------------------------------------ hostile input
@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = make_hostile_corpus(root / "corpus")
    # the 2 MB one-line release has its own test (test_long_line_release_is_added)
    long_line = corpus.pop("long_line")
    long_line.rename(root / "long_line.txt")
    corpus["long_line"] = root / "long_line.txt"
    store = root / "store.json"
    r = migtl("--db", store, "add", root / "corpus", corpus["png"], timeout=120)
    yield corpus, store, r
    corpus["huge"].unlink()  # pytest keeps old temporary folders; do not keep 50 MB in each


def _bad(corpus) -> list[str]:
    bad = ["empty", "png_as_txt", "png", "zip_as_txt", "huge"]
    if unreadable_is_enforced(corpus["unreadable"]):
        bad.append("unreadable")
    return bad


def test_hostile_corpus_one_failed_line_per_bad_file(hostile):
    corpus, _, r = hostile
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    bad = _bad(corpus)
    assert len(lines) == len(bad), lines
    for name in bad:
        mine = [ln for ln in lines if ln.startswith(f"failed: {corpus[name]}: ")]
        assert len(mine) == 1, (name, lines)
        assert len(mine[0]) > len(f"failed: {corpus[name]}: ") + 5
    assert re.search(r"huge\.txt: too large \(50\.0 MB > limit 20\.0 MB", r.stderr)
    assert f"{len(bad)} failed" in r.stdout


def test_hostile_corpus_good_files_are_stored(hostile):
    import hashlib

    corpus, store, _ = hostile
    good = ["good_en", "good_ru", "good_az", "invalid_utf8", "mixed_utf8_cp1251", "utf16le_nobom", "messy_html",
            "zero_width_bidi", "rich_ansi"]
    shas = {d["sha256"] for d in stored(store)}
    for name in good:
        assert hashlib.sha256(corpus[name].read_bytes()).hexdigest() in shas, name
    assert check_store(store) == []
    by_name = {Path(d["path"]).name: d for d in stored(store)}
    for name in ("good_en", "good_ru", "good_az"):
        assert by_name[corpus[name].name]["lang"] == GOOD_RELEASES[name]["lang"]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("fancy", [False, True])
def test_hostile_store_prints_no_escapes_and_no_markup(hostile, run, monkeypatch, fancy):
    corpus, store, _ = hostile
    monkeypatch.setenv("MIGTL_DB", str(store))
    if fancy:
        monkeypatch.setattr("migtl.render.fancy", lambda: True)
    outputs = {}
    for args in (["timeline"], ["people"], ["who-met"], ["stats"], ["show", corpus["rich_ansi"]],
                 ["show", corpus["zero_width_bidi"]], ["show", corpus["messy_html"]]):
        r = run(*args)
        assert r.exit_code == 0, (args, r.output)
        assert not _CONTROL.search(r.output), (args, _CONTROL.findall(r.output))
        outputs[args[0]] = r.output
    # the release's "[bold red]Vusal Huseynov[/]" is shown as written, never as style
    assert "[bold red]Vusal Huseynov[/]" in outputs["show"] or "[bold red]" not in outputs["show"]


def test_markup_in_release_shown_literally(hostile, run, monkeypatch):
    corpus, store, _ = hostile
    monkeypatch.setenv("MIGTL_DB", str(store))
    for fancy in (False, True):
        monkeypatch.setattr("migtl.render.fancy", lambda f=fancy: f)
        out = run("show", corpus["rich_ansi"]).output
        assert "[bold red]" in out and "[link=file:///etc/passwd]" in out


def test_huge_file_refused_by_size_limit_without_reading_it(hostile, tmp_path, run):
    import tracemalloc

    corpus, _, _ = hostile
    run("add", corpus["good_en"])  # imports done before measuring
    tracemalloc.start()
    r = run("--db", tmp_path / "huge.json", "add", "--max-size", "10", corpus["huge"])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert r.exit_code == 1
    assert f"failed: {corpus['huge']}: too large (50.0 MB > limit 10.0 MB; raise it with --max-size)" in r.output
    assert peak < 5 * 1024 * 1024


def test_symlink_loop_does_not_hang(hostile, tmp_path):
    corpus, _, _ = hostile
    if "symlink_loop" not in corpus:
        pytest.skip("no symlinks here")
    r = migtl("--db", tmp_path / "s.json", "add", corpus["symlink_loop"], timeout=30)
    assert r.returncode == 0 and "1 added" in r.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_pipe_named_like_a_release_does_not_block(tmp_path):
    folder = tmp_path / "in"
    make_releases(folder, 1)
    os.mkfifo(folder / "pipe.txt")
    r = migtl("--db", tmp_path / "s.json", "add", folder, timeout=30)
    assert r.returncode == 1 and "1 added" in r.stdout
    assert r.stderr == f"failed: {folder / 'pipe.txt'}: not a regular file (a pipe, socket or device)\n"


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be UTF-8 there")
def test_undecodable_file_name_is_one_failed_line(tmp_path):
    folder = tmp_path / "in"
    make_releases(folder, 1)
    bad = os.path.join(os.fsencode(folder), b"caf\xe9\x1b[31m.txt")
    with open(bad, "wb") as fh:
        fh.write((folder / "rel_000.txt").read_bytes().replace(b"meeting", b"meeting two"))
    r = migtl("--db", tmp_path / "s.json", "add", folder, timeout=30)
    assert r.returncode == 1 and "1 added" in r.stdout and "Traceback" not in r.stderr
    (line,) = r.stderr.splitlines()
    assert line.startswith("failed: ") and "not valid UTF-8" in line and "\x1b" not in line
    assert check_store(tmp_path / "s.json") == []


def test_long_line_release_is_added(hostile, tmp_path):
    """A 2 MB release on one line is read like any other (about 2-3 s here; its speed is the
    benchmark's business, the timeout only guards against a hang)."""
    corpus, _, _ = hostile
    r = migtl("--db", tmp_path / "s.json", "add", corpus["long_line"], timeout=120)
    assert r.returncode == 0 and "1 added" in r.stdout
    assert check_store(tmp_path / "s.json") == []


# ------------------------------------------------------------------------------------------ properties
_DAY = r"(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_ONE = rf"(?:{_DAY}|\d{{4}}(?:-(?:0[1-9]|1[0-2]))?)"
EDTF = re.compile(rf"{_ONE}(?:/{_ONE})?")

_MONTHS = MONTHS + ["Feb.", "Sept", "января", "февраля", "мая", "декабря", "лютого", "грудня", "yanvar", "fevral",
                    "dekabr", "iyulun", "sentyabr"]
_JOIN = st.sampled_from([" - ", "–", " – ", " and ", " to ", " и ", " по ", "-", " və "])
_day = st.integers(0, 40).map(str)
_year = st.sampled_from(["", " 2019", " 2020", ", 2021", " 1999", " 2019 года", " 2021-ci il", " 2016 г.", " 1800"])
_mon = st.sampled_from(_MONTHS)
DATE_PHRASE = st.one_of(
    st.tuples(_day, _mon, _year).map(lambda t: f"{t[0]} {t[1]}{t[2]}"),
    st.tuples(_day, _JOIN, _day, _mon, _year).map(lambda t: f"{t[0]}{t[1]}{t[2]} {t[3]}{t[4]}"),
    st.tuples(_day, _mon, _year, _JOIN, _day, _mon, _year).map(lambda t: "{} {}{}{}{} {}{}".format(*t)),
    st.tuples(_mon, _day, _JOIN, _mon, _day, _year).map(lambda t: "{} {}{}{} {}{}".format(*t)),
    st.tuples(_mon, _day, _JOIN, _day, _year).map(lambda t: "{} {}{}{}{}".format(*t)),
    st.tuples(st.integers(1890, 2100), st.integers(0, 13), st.integers(0, 32)).map(lambda t: "{}-{:02d}-{:02d}".format(*t)),
    st.tuples(st.integers(0, 32), st.integers(0, 13), st.integers(1890, 2100)).map(lambda t: "{}.{}.{}".format(*t)),
    st.tuples(_year, _day, _mon).map(lambda t: f"{t[0].strip(' ,')} {t[1]} {t[2]}"),
    st.sampled_from(["today", "yesterday", "сегодня", "вчера", "bu gün", "сьогодні", "May 2022", "в мае 2021 года"]),
)
NAME_WORD = st.sampled_from([
    "Chief", "of", "the", "State", "Migration", "Service", "Vusal", "Huseynov", "V.", "Hüseynov", "met", "with",
    "Ambassador", "Anna", "Lindqvist", "A.Lindqvist", "посол", "Игорем", "Соколовым", "начальник", "Вусал", "Гусейнов",
    "rəisi", "Vüsal", "ilə", "görüşüb", "Mr.", "(IOM)", ",", ".", "\n", "\n\n", "«", "»", "Deputy", "Minister",
    "former", "acting", "appointed", "dismissed", "Republic", "Azerbaijan", "Baku", "—", "O'Brien", "Jean-Pierre",
    "Ə.", "İ.", "[bold]", "\x1b[31m", "\u202e"])
TEXT = st.one_of(st.text(max_size=300),
                 st.lists(st.one_of(DATE_PHRASE, NAME_WORD, st.text(max_size=8)), max_size=50).map(" ".join))
LANGS = st.sampled_from(["en", "ru", "az", "uk"])
PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(TEXT, LANGS, st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.none() | st.integers(1900, 2099))
def test_find_dates_and_resolve_never_raise_and_give_strict_edtf(text, lang, anchor, hint):
    from migtl.extract import dates as D

    for m in D.find_dates(text, lang):
        assert 0 <= m.start <= m.end <= len(text)
        v = D.resolve(m, anchor, hint)
        if v is not None:
            assert EDTF.fullmatch(v.edtf), (m, v)
            assert EDTF.fullmatch(v.start) and EDTF.fullmatch(v.end)


@PROPS
@given(st.lists(TEXT, max_size=5), LANGS, st.none() | st.sampled_from(["az", "ru", "ge", "by"]))
def test_find_people_never_raises(sents, lang, country):
    from migtl.extract.people import find_people

    for p in find_people(sents, lang, country):
        assert p.name and all(0 <= m.sentence < len(sents) for m in p.mentions)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.none() | TEXT, st.none() | st.text(max_size=20) | st.dates().map(str))
def test_extract_never_raises_and_is_storable(text, title, published):
    from migtl.extract import extract
    from migtl.models import to_dict

    x = extract(text, title, published)
    d = orjson.loads(orjson.dumps(to_dict(x)))
    for v in (d["date"], d["published"]):
        if v:
            assert EDTF.fullmatch(v["edtf"]), v
    ids = {p["local_id"] for p in d["people"]}
    assert len(ids) == len(d["people"])
    assert all(0 <= m["sentence"] < len(d["sentences"]) for p in d["people"] for m in p["mentions"])
    assert all(m["a"] in ids and m["b"] in ids for m in d["meetings"])


# ranges across a year end stay in order, and 29 February only lands in a leap year
@pytest.mark.parametrize("text", ["30 December 2019 – 2 January", "30 December – 2 January 2020",
                                  "December 30 – January 2, 2020"])
def test_range_across_new_year_is_ordered(text):
    from migtl.extract import dates as D

    (m,) = D.find_dates(text, "en")
    v = D.resolve(m)
    assert v.start <= v.end


def test_29_february_gets_a_leap_year():
    from migtl.extract import dates as D

    (m,) = D.find_dates("on 29 February", "en")
    date.fromisoformat(D.resolve(m, date(2019, 3, 1)).start)
