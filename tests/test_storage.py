"""Tests for migtl.storage: atomic JSON storage, batching middleware, store lock."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import stat
import threading
import time
from pathlib import Path

import filelock
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from migtl.storage import (
    AtomicJSONStorage,
    BatchingMiddleware,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    cleanup_stray_temps,
    lock_path_for,
    store_lock,
)

UNICODE_DOC = {
    "name": "Vüsal Hüseynov",
    "ru": "Вусал Гусейнов встретился с послом «Беларуси» — 5 июня",
    "az": "Dövlət Miqrasiya Xidmətinin rəisi; ƏəĞğİıÖöŞşÜüÇç",
    "uk": "Державна міграційна служба України, ґ є ї",
    "odd": "zero\u200bwidth \u202ebidi\u2066 emoji 🇦🇿 \x00 nul \"quote\" back\\slash \n newline",
    "nested": {"z": [1, 2.5, None, True, {"b": "ä"}], "a": []},
}


def temps_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "migtl.json"


# --------------------------------------------------------------------------------------------- round trip


def test_round_trip_through_tinydb_keeps_text_exact(store: Path) -> None:
    with TinyDB(store, storage=AtomicJSONStorage) as db:
        db.table("people").insert(UNICODE_DOC)
        db.table("events").insert_multiple({"i": i} for i in range(3))
    with TinyDB(store, storage=AtomicJSONStorage) as db:
        assert db.table("people").all() == [UNICODE_DOC]
        assert [d["i"] for d in db.table("events").all()] == [0, 1, 2]
    raw = store.read_bytes()
    for text in ("Вусал Гусейнов", "ƏəĞğİı", "\u200bwidth \u202ebidi\u2066", "🇦🇿"):
        assert text.encode("utf-8") in raw
    assert raw.count(b"\\u") == 1  # only the NUL is escaped (JSON requires it); no ASCII-only escaping
    assert b"\n" not in raw  # compact by default
    # insertion order, not sorted: "name" comes before "az", "z" before "a"
    assert raw.index(b'"name"') < raw.index(b'"az"') and raw.index(b'"z"') < raw.index(b'"a"')
    assert temps_in(store.parent) == []


def test_indent_option(store: Path) -> None:
    AtomicJSONStorage(store, indent=True).write({"t": {"1": {"k": "в"}}})
    raw = store.read_bytes()
    assert raw.startswith(b'{\n  "t"') and raw.endswith(b"}\n")
    assert AtomicJSONStorage(store).read() == {"t": {"1": {"k": "в"}}}


def test_missing_and_empty_file_read_as_none_and_are_not_created(store: Path) -> None:
    s = AtomicJSONStorage(store)
    assert s.read() is None
    with TinyDB(store, storage=AtomicJSONStorage) as db:
        assert db.tables() == set() and db.all() == []
    assert not store.exists()
    store.write_bytes(b"")
    assert s.read() is None


def test_bom_is_tolerated(store: Path) -> None:
    store.write_bytes(b"\xef\xbb\xbf" + orjson.dumps({"_default": {"1": {"a": "ə"}}}))
    assert AtomicJSONStorage(store).read() == {"_default": {"1": {"a": "ə"}}}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.text(),
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers(min_value=-(2**63), max_value=2**64 - 1)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(st.characters(blacklist_categories=("Cs",))),
            lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(), kids, max_size=4),
            max_leaves=20,
        ),
        max_size=5,
    )
)
def test_hypothesis_round_trip(tmp_path: Path, doc: dict) -> None:
    path = tmp_path / "h.json"
    data = {"tåble": {"1": doc}, "_default": {}}
    AtomicJSONStorage(path).write(data)
    back = AtomicJSONStorage(path).read()
    assert back == data
    assert list(back["tåble"]["1"]) == list(doc)  # key order preserved


# --------------------------------------------------------------------------------------------- crash safety


OLD = {"_default": {"1": {"name": "old Вусал"}}}
NEW = {"_default": {"1": {"name": "new Вусал"}, "2": {"x": 1}}}


def _boom(*_a, **_k):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("fn", ["replace", "fsync", "write"])
def test_crash_mid_write_keeps_old_file_and_no_temps(store: Path, monkeypatch, fn: str) -> None:
    s = AtomicJSONStorage(store)
    s.write(OLD)
    before = store.read_bytes()
    monkeypatch.setattr(os, fn, _boom)
    with pytest.raises(StoreError) as ei:
        s.write(NEW)
    monkeypatch.undo()
    assert isinstance(ei.value.__cause__, OSError)
    assert str(store) in str(ei.value)
    assert store.read_bytes() == before
    assert s.read() == OLD
    assert temps_in(store.parent) == []


def test_interrupt_mid_write_removes_temp_and_propagates(store: Path, monkeypatch) -> None:
    s = AtomicJSONStorage(store)
    s.write(OLD)

    def interrupt(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        s.write(NEW)
    monkeypatch.undo()
    assert s.read() == OLD and temps_in(store.parent) == []


def test_unserialisable_data_fails_before_touching_disk(store: Path) -> None:
    s = AtomicJSONStorage(store)
    s.write(OLD)
    with pytest.raises(TypeError):
        s.write({"_default": {"1": {1: "int key"}}})
    with pytest.raises(TypeError):
        s.write({"_default": {"1": {"big": 2**70}}})
    assert s.read() == OLD and temps_in(store.parent) == []


def test_read_only_refuses_to_write(store: Path) -> None:
    with pytest.raises(StoreError, match="read-only"):
        AtomicJSONStorage(store, read_only=True).write(OLD)
    assert not store.exists()


# --------------------------------------------------------------------------------------------- corruption


@pytest.mark.parametrize(
    "raw",
    [
        b'{"_default": {"1": {"name": "Vusal',  # truncated
        b'{"_default": {"1": {"name": "\xff\xfe"}}}',  # invalid UTF-8
        b"\x00\x00\x00\x00",
        b"[1, 2, 3]",  # not an object
        b'{"_default": [1, 2]}',  # table not an object
        b"   \n",
    ],
)
def test_corrupt_file_raises_and_is_untouched(store: Path, raw: bytes) -> None:
    store.write_bytes(raw)
    os.utime(store, (1_000_000, 1_000_000))
    with pytest.raises(StoreCorrupt) as ei:
        AtomicJSONStorage(store).read()
    assert ei.value.path == store
    assert str(store) in str(ei.value) and "corrupt" in str(ei.value)
    # a write through TinyDB must not clobber it either (it reads first)
    with pytest.raises(StoreCorrupt):
        with TinyDB(store, storage=AtomicJSONStorage) as db:
            db.insert({"a": 1})
    assert store.read_bytes() == raw and store.stat().st_mtime == 1_000_000
    assert temps_in(store.parent) == []


def test_unreadable_path_is_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "adir.json"
    folder.mkdir()
    with pytest.raises(StoreError) as ei:
        AtomicJSONStorage(folder).read()
    assert not isinstance(ei.value, StoreCorrupt) and str(folder) in str(ei.value)


def test_errors_pickle() -> None:
    for err in (StoreError("/x/db.json", "boom"), StoreCorrupt("/x/db.json", "bad"), StoreLocked("/x/db.json", 2.5)):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and str(back) == str(err) and back.path == Path("/x/db.json")


# --------------------------------------------------------------------------------------------- modes, links, temps


def test_new_file_gets_umask_mode_not_mkstemp_0600(store: Path) -> None:
    old = os.umask(0o022)
    try:
        AtomicJSONStorage(store).write(OLD)
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.stat().st_mode) == 0o644


def test_keep_mode_of_existing_file(store: Path) -> None:
    AtomicJSONStorage(store).write(OLD)
    os.chmod(store, 0o640)
    AtomicJSONStorage(store).write(NEW)
    assert stat.S_IMODE(store.stat().st_mode) == 0o640
    old = os.umask(0o022)
    try:
        AtomicJSONStorage(store, keep_mode=False).write(OLD)
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.stat().st_mode) == 0o644


def test_symlinked_store_updates_target_and_keeps_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "db.json"
    real.parent.mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(real)
    AtomicJSONStorage(link).write(OLD)
    AtomicJSONStorage(link).write(NEW)
    assert link.is_symlink() and AtomicJSONStorage(real).read() == NEW


def test_create_dirs(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "db.json"
    with pytest.raises(StoreError):
        AtomicJSONStorage(path).write(OLD)
    AtomicJSONStorage(path, create_dirs=True).write(OLD)
    assert AtomicJSONStorage(path).read() == OLD


def test_cleanup_stray_temps(store: Path) -> None:
    folder = store.parent
    old_tmp = folder / ".migtl.json.abcd1234.tmp"
    fresh_tmp = folder / ".migtl.json.efgh5678.tmp"
    other = folder / ".migtl.json.bak.abcd1234.tmp"  # belongs to another store file
    unrelated = folder / "notes.tmp"
    for p in (old_tmp, fresh_tmp, other, unrelated):
        p.write_text("x")
    for p in (old_tmp, other, unrelated):
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    assert cleanup_stray_temps(store) == [old_tmp]
    assert not old_tmp.exists() and fresh_tmp.exists() and other.exists() and unrelated.exists()


# --------------------------------------------------------------------------------------------- batching


class CountingStorage(AtomicJSONStorage):
    writes = 0

    def write(self, data):
        type(self).writes += 1
        super().write(data)


@pytest.fixture
def counting():
    CountingStorage.writes = 0
    return CountingStorage


def test_batch_of_inserts_is_one_write(store: Path, counting) -> None:
    mw = BatchingMiddleware(counting)
    db = TinyDB(store, storage=mw)
    for i in range(100):
        db.table("events").insert({"i": i, "t": "görüş"})
    db.table("people").insert({"name": "Vusal Huseynov"})
    assert counting.writes == 0 and mw.pending and not store.exists()
    assert len(db.table("events")) == 100  # reads see pending data
    assert mw.commit() is True
    assert counting.writes == 1 and not mw.pending and mw.commits == 1
    assert mw.commit() is False and counting.writes == 1
    db.close()
    with TinyDB(store, storage=AtomicJSONStorage) as db2:
        assert len(db2.table("events")) == 100 and len(db2.table("people")) == 1


def test_close_without_commit_discards(store: Path, counting) -> None:
    AtomicJSONStorage(store).write(OLD)
    with TinyDB(store, storage=BatchingMiddleware(counting)) as db:
        db.insert({"lost": True})
    assert counting.writes == 0 and AtomicJSONStorage(store).read() == OLD
    with TinyDB(store, storage=BatchingMiddleware(counting, commit_on_close=True)) as db:
        db.insert({"kept": True})
    assert counting.writes == 1 and len(AtomicJSONStorage(store).read()["_default"]) == 2


def test_batch_context_rolls_back_on_error(store: Path, counting) -> None:
    AtomicJSONStorage(store).write(OLD)
    mw = BatchingMiddleware(counting)
    db = TinyDB(store, storage=mw)
    with pytest.raises(RuntimeError):
        with mw.batch():
            db.insert({"half": 1})
            raise RuntimeError("extractor crashed")
    assert not mw.pending and counting.writes == 0
    db.clear_cache()
    assert db.all() == [OLD["_default"]["1"]]  # re-read from disk
    with mw.batch():
        db.insert({"whole": 1})
    assert counting.writes == 1 and len(AtomicJSONStorage(store).read()["_default"]) == 2
    db.close()


# --------------------------------------------------------------------------------------------- locking


def test_lock_uncontended_does_not_call_on_wait(store: Path) -> None:
    calls = []
    with store_lock(store, timeout=1, on_wait=lambda: calls.append(1)) as lock:
        assert lock.is_locked and Path(lock.lock_file) == lock_path_for(store)
        with store_lock(store, timeout=0):  # re-entrant in the same thread
            pass
        assert lock.is_locked
    assert calls == [] and not lock.is_locked


def test_lock_timeout_raises_store_locked(store: Path) -> None:
    holder = filelock.FileLock(str(store) + ".lock")  # a distinct lock, like another process
    holder.acquire()
    try:
        calls = []
        t0 = time.monotonic()
        with pytest.raises(StoreLocked) as ei:
            with store_lock(store, timeout=0.3, on_wait=lambda: calls.append(1)):
                pytest.fail("should not get the lock")
        assert time.monotonic() - t0 >= 0.25
        assert calls == [1]
        msg = str(ei.value)
        assert str(store) in msg and "0.3 s" in msg and "locked" in msg
        assert ei.value.path == store and ei.value.timeout == 0.3

        calls.clear()
        with pytest.raises(StoreLocked):
            with store_lock(store, timeout=0, on_wait=lambda: calls.append(1)):
                pass
        assert calls == []
    finally:
        holder.release()
    with store_lock(store, timeout=0):
        pass


def test_lock_waits_then_succeeds(store: Path) -> None:
    acquired, done = threading.Event(), threading.Event()

    def hold() -> None:  # filelock state is per thread: acquire and release in the same thread
        with filelock.FileLock(str(store) + ".lock"):
            acquired.set()
            time.sleep(0.3)
        done.set()

    threading.Thread(target=hold).start()
    assert acquired.wait(5)
    calls = []
    with store_lock(store, timeout=10, on_wait=lambda: calls.append(1)):
        assert done.is_set()
    assert calls == [1]


def test_lock_negative_timeout_rejected(store: Path) -> None:
    with pytest.raises(ValueError):
        with store_lock(store, timeout=-1):
            pass


def _insert_worker(path: str, worker: int, n: int, barrier) -> None:
    from tinydb import TinyDB as _TinyDB

    from migtl.storage import AtomicJSONStorage as _S, store_lock as _lock

    barrier.wait(timeout=60)
    for i in range(n):
        with _lock(path, timeout=60):
            # a fresh TinyDB per locked section: TinyDB caches the next document id per table
            with _TinyDB(path, storage=_S) as db:
                db.insert({"worker": worker, "i": i, "name": "Вусал Гусейнов"})


def test_two_processes_lose_nothing(store: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_insert_worker, args=(str(store), w, 50, barrier)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    data = AtomicJSONStorage(store).read()
    docs = list(data["_default"].values())
    assert len(docs) == 100
    assert sorted((d["worker"], d["i"]) for d in docs) == [(w, i) for w in (1, 2) for i in range(50)]
    assert temps_in(store.parent) == []


# --------------------------------------------------------------------------------------------- hostile corpus


def test_hostile_corpus_builds(tmp_path: Path) -> None:
    from hostile import GOOD_RELEASES, make_hostile_corpus

    corpus = make_hostile_corpus(tmp_path, include_huge=False)
    assert "huge" not in corpus and corpus["empty"].stat().st_size == 0
    assert corpus["png"].read_bytes().startswith(b"\x89PNG")
    assert corpus["long_line"].stat().st_size == 2 * 1024 * 1024 and b"\n" not in corpus["long_line"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        corpus["invalid_utf8"].read_bytes().decode("utf-8")
    mixed = corpus["mixed_utf8_cp1251"].read_bytes()
    assert "Вусал Гусейнов".encode("utf-8") in mixed and "Посол Игорь".encode("cp1251") in mixed
    assert "Гусейнов" in corpus["utf16le_nobom"].read_bytes().decode("utf-16-le")
    for name, facts in GOOD_RELEASES.items():
        assert corpus[name].read_text(encoding="utf-8") == facts["text"]
    if "symlink_loop" in corpus:
        assert (corpus["symlink_loop"] / "loop").resolve() == corpus["symlink_loop"].resolve()
    assert stat.S_IMODE(corpus["unreadable"].stat().st_mode) == 0
