"""Hardening (issue 13): links out of the corpus, stores that are not regular files, orphaned workers,
outputs written atomically, malformed stores, hostile arguments and encodings."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from migtl.storage import store_lock
from migtl.store import Store, check_store

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "records"
ONE = RECORDS / "000_9b205427c53fb796.txt"
RELEASE = ("Working meeting {i}\n\nOn {d} May 2019, Chief of the State Migration Service Vusal Huseynov met with "
           "Ambassador Maria Rossi{i} in Baku.\n\nThe sides discussed cooperation ({i}).\n")


def migtl(*args: object, env: dict[str, str] | None = None, timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "migtl", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout, check=False, **kw)


def one_error_line(r, *needles: str) -> str:
    out = r.output if hasattr(r, "output") else r.stderr
    code = r.exit_code if hasattr(r, "exit_code") else r.returncode
    assert code == 1, out
    lines = [ln for ln in out.strip().splitlines() if ln and not ln.startswith("waiting for")]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in out, out
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


def releases(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"r{i:03d}.txt").write_text(RELEASE.format(i=i, d=i % 28 + 1), encoding="utf-8")
    return folder


def stored_paths(db: Path) -> set[str]:
    with Store.open(db) as st:
        return {d["path"] for d in st.documents()}


# ---------------------------------------------------------------------------------- links out of the corpus
def test_links_out_of_the_folder_are_skipped_unless_asked(run, tmp_path):
    corpus = releases(tmp_path / "corpus", 2)
    outside = releases(tmp_path / "outside", 2, start=10)
    secret = tmp_path / "secret.txt"
    secret.write_text(RELEASE.format(i="secret", d=3), encoding="utf-8")
    (corpus / "release.txt").symlink_to(secret)
    (corpus / "more").symlink_to(outside, target_is_directory=True)
    inside = corpus / "sub"
    inside.mkdir()
    (inside / "again.txt").symlink_to(corpus / "r000.txt")  # a link inside the folder is fine
    r = run("add", corpus)
    assert r.exit_code == 0, r.output
    assert f"skipped: {corpus / 'release.txt'}: link to a file outside {corpus}" in r.output
    assert f"skipped: {corpus / 'more'}: link to a folder outside {corpus}" in r.output
    assert "2 skipped" in r.output
    db = Path(os.environ["MIGTL_DB"])
    assert not any("secret" in p or "outside" in p or p.endswith("release.txt") for p in stored_paths(db))
    with Store.open(db) as st:
        assert not any("secret" in d["text"] for d in st.documents())
    r = run("add", "--follow-links", corpus)
    assert r.exit_code == 0 and "skipped" not in r.output
    assert str(corpus / "release.txt") in stored_paths(db) and str(corpus / "more" / "r010.txt") in stored_paths(db)


def test_a_file_named_on_the_command_line_is_read_wherever_it_links(run, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(ONE)
    r = run("add", link)
    assert r.exit_code == 0 and "1 added" in r.output


def test_an_empty_path_is_refused(run, tmp_path, monkeypatch):
    monkeypatch.chdir(RECORDS)
    one_error_line(run("add", ""), "empty path")
    one_error_line(run("add", ONE, "  "), "empty path")
    assert not (tmp_path / "store.json").exists()


# ---------------------------------------------------------------------------------- stores that are not what they seem
def test_a_fifo_as_the_store_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "store.fifo"
    os.mkfifo(fifo)
    for args in (["timeline"], ["add", ONE], ["people"]):
        r = migtl("--db", fifo, *args, timeout=30)  # a hang would raise TimeoutExpired
        one_error_line(r, str(fifo), "not a regular file")
    r = migtl("--db", fifo, "check", timeout=30)
    assert r.returncode == 1 and r.stdout.startswith(f"error: store {fifo}: is not a regular file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_as_the_store_is_never_replaced(tmp_path):
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    for args in (["add", ONE], ["timeline"]):
        one_error_line(migtl("--db", node, *args), str(node), "not a regular file")
    assert "not a regular file" in migtl("--db", node, "check").stdout
    assert stat.S_ISCHR(os.stat(node).st_mode)


def test_a_folder_as_the_store_is_refused(run, tmp_path):
    one_error_line(run("--db", tmp_path, "add", ONE), "is a folder")


def test_a_read_only_store_is_not_rewritten(run, tmp_path):
    db = tmp_path / "ro.json"
    assert run("--db", db, "add", ONE).exit_code == 0
    db.chmod(0o444)
    before = db.read_bytes()
    try:
        for args in (["add", RECORDS], ["alias", "Firudin Nabiyev", "F. Nabiyev"], ["reindex"],
                     ["remove", ONE.name], ["rename", "Firudin", "F. N."]):
            one_error_line(run("--db", db, *args), str(db), "read-only")
            assert db.read_bytes() == before, args
        assert run("--db", db, "timeline", "--json").exit_code == 0  # reading is fine
    finally:
        db.chmod(0o644)


# ---------------------------------------------------------------------------------- orphaned workers
def _children(pid: int) -> set[int]:
    try:
        return {int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


needs_two_cores = pytest.mark.skipif(not Path("/proc/self/task").exists() or len(os.sched_getaffinity(0)) < 2,
                                     reason="needs Linux /proc and two cores for --jobs 2")


def _kill_while_waiting(cmd: list[str], db: Path) -> set[int]:
    """Start a writer while this test holds the store lock; once it waits for the lock (its workers
    are running), SIGKILL it. Returns the worker pids it had."""
    with store_lock(db):
        proc = subprocess.Popen([sys.executable, "-m", "migtl", "--db", str(db), *cmd], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stderr.readline()
            assert line.startswith("waiting for the lock"), line
            workers = _children(proc.pid)
            assert len(workers) == 2, workers
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.stderr.close()
    return workers


def _gone(pids: set[int], guard: float = 30) -> bool:
    end = time.monotonic() + guard  # a hang guard, not a timing assertion: they exit at once
    while time.monotonic() < end:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.05)
    for p in pids:  # do not leave them behind for the next test
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass
    return False


@needs_two_cores
def test_workers_die_with_add(tmp_path):
    folder = releases(tmp_path / "rel", 60)
    workers = _kill_while_waiting(["add", "-j", "2", str(folder)], tmp_path / "s.json")
    assert _gone(workers), "workers outlived the killed migtl add"


@needs_two_cores
def test_workers_die_with_reindex(tmp_path):
    """reindex's workers live while it extracts: kill it as soon as both are there."""
    db = tmp_path / "s.json"
    assert migtl("--db", db, "add", "-q", "-j", "2", releases(tmp_path / "rel", 600)).returncode == 0
    before = db.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "migtl", "--db", str(db), "reindex", "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    end = time.monotonic() + 60
    while len(workers) < 2 and proc.poll() is None and time.monotonic() < end:
        workers = _children(proc.pid)
        time.sleep(0.01)
    assert len(workers) == 2, "reindex ended before its workers were seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert _gone(workers), "workers outlived the killed migtl reindex"
    assert db.read_bytes() == before and check_store(db) == []


# ---------------------------------------------------------------------------------- outputs written atomically
@pytest.mark.parametrize("args", [["report", "{out}"], ["export", "-f", "gexf", "--out", "{out}"],
                                  ["export", "-f", "csv", "--out", "{out}"]])
def test_a_failed_write_keeps_the_previous_output(run, records, tmp_path, monkeypatch, args):
    assert run("add", records).exit_code == 0
    out = tmp_path / "out.file"
    argv = [a.format(out=out) for a in args]
    assert run(*argv).exit_code == 0
    good = out.read_bytes()
    assert len(good) > 1000

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("migtl.outfile.os.fsync", full)
    one_error_line(run(*argv), str(out), "No space left on device", "unchanged")
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.file")) == []


def test_output_to_a_stream_is_written_in_place(run, records, tmp_path):
    assert run("add", records).exit_code == 0
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    r = run("export", "-f", "ics", "--out", fifo)
    data = reader.communicate(timeout=30)[0]
    assert r.exit_code == 0 and data.startswith(b"BEGIN:VCALENDAR")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


# ---------------------------------------------------------------------------------- malformed stores
def _doc(raw: dict, name: str = "002_9a92d8eb77b572ee.txt") -> dict:
    return next(d for d in raw["documents"].values() if d["path"].endswith(name))


MALFORMED = {
    "date is a string": lambda r: _doc(r)["extraction"].__setitem__("date", "2022-05-21"),
    "edtf is a number": lambda r: _doc(r)["extraction"]["date"].__setitem__("edtf", 2022),
    "roles is a string": lambda r: _doc(r)["extraction"]["people"][0].__setitem__("roles", "Chief"),
    "forms is null": lambda r: _doc(r)["extraction"]["people"][0].__setitem__("forms", None),
    "path is a number": lambda r: _doc(r).__setitem__("path", 42),
    "id is null": lambda r: _doc(r).__setitem__("id", None),
    "a mention is a string": lambda r: _doc(r)["extraction"]["people"][0].__setitem__("mentions", ["x"]),
    "decision action is a list": lambda r: r.setdefault("decisions", {}).__setitem__("1", {"action": ["x"], "member": "y"}),
    "alias decision without text": lambda r: r.setdefault("decisions", {}).__setitem__(
        "1", {"action": "alias", "member": [_doc(r)["id"], 0], "alias": 5}),
    "people aliases null": lambda r: next(iter(r["people"].values())).__setitem__("aliases", None),
}
READERS = [["timeline"], ["who-met"], ["people"], ["stats"], ["tenure", "Vusal"], ["search", "Vusal"],
           ["show", "002_9a92d8eb77b572ee.txt"], ["export", "-f", "json"], ["report", "r.html"],
           ["alias", "Vusal", "Vusik"], ["reindex"], ["add", str(ONE)]]


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> bytes:
    db = tmp_path_factory.mktemp("good") / "store.json"
    assert migtl("--db", db, "add", "-q", RECORDS).returncode == 0
    return db.read_bytes()


@pytest.mark.parametrize("case", list(MALFORMED))
def test_check_reports_every_malformed_shape(run, tmp_path, good_store, case):
    db = tmp_path / "bad.json"
    raw = orjson.loads(good_store)
    MALFORMED[case](raw)
    db.write_bytes(orjson.dumps(raw))
    r = run("--db", db, "check")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert any(line.startswith(f"error: {db}:") and "malformed" in line for line in r.output.splitlines()), r.output


@pytest.mark.parametrize("case", list(MALFORMED))
def test_readers_turn_a_malformed_record_into_one_line(run, tmp_path, good_store, case, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "bad.json"
    raw = orjson.loads(good_store)
    MALFORMED[case](raw)
    bad = orjson.dumps(raw)
    for args in READERS:
        db.write_bytes(bad)
        r = run("--db", db, *args)
        assert r.exception is None or isinstance(r.exception, SystemExit), (case, args, repr(r.exception))
        if r.exit_code:
            one_error_line(r, f"store {db}:", "malformed", "run 'migtl check'")


# ---------------------------------------------------------------------------------- hostile names and arguments
def test_control_characters_in_an_alias_are_cleaned_and_exports_stay_valid(run, records):
    import xml.etree.ElementTree as ET

    assert run("add", records).exit_code == 0
    r = run("alias", "Vusal Huseynov", "V\x01üsal\x1b[31m Hü\u202eseynov\x07")
    assert r.exit_code == 0 and "alias 'Vüsal Hüseynov' recorded" in r.output, r.output
    people = json.loads(run("people", "--json").output)
    aliases = next(p for p in people if p["name"] == "Vusal Huseynov")["aliases"]
    assert "Vüsal Hüseynov" in aliases
    assert not any(ch in "".join(aliases) for ch in "\x01\x07\x1b\u202e")
    for fmt in ("gexf", "graphml"):
        ET.fromstring(run("export", "-f", fmt).output)
    one_error_line(run("alias", "Vusal Huseynov", "\x01\x02\u200b"), "no visible characters")


@pytest.mark.parametrize("args, needle", [
    (["add", "--max-size", "nan", str(ONE)], "--max-size"), (["add", "--max-size", "inf", str(ONE)], "--max-size"),
    (["add", "--max-size", "1e308", str(ONE)], "--max-size"), (["add", "--max-size", "0", str(ONE)], "--max-size"),
    (["add", "--max-size", "-1", str(ONE)], "--max-size"),
    (["--timeout", "nan", "add", str(ONE)], "--timeout"), (["--timeout", "-1", "add", str(ONE)], "--timeout"),
    (["add", "--jobs", "0", str(ONE)], "--jobs 0"), (["add", "-j", "-3", str(ONE)], "--jobs -3"),
    (["reindex", "--jobs", "0"], "--jobs 0"), (["--db", "", "timeline"], "--db is empty"),
])
def test_bad_numbers_are_one_line(run, args, needle):
    one_error_line(run(*args), needle)


def test_too_many_jobs_are_capped_at_the_cores(run, records):
    from migtl.ingest import cores

    r = run("add", "-j", "200", records)
    assert r.exit_code == 0 and f"--jobs 200 is more than the {cores()} cores here; using {cores()}" in r.output


def test_paths_too_long_for_the_system_are_reported(run, tmp_path):
    long_part = tmp_path / ("x" * 300 + ".txt")
    long_path = tmp_path / "/".join(["d" * 200] * 25) / "r.txt"
    r = run("add", long_part, long_path, ONE)
    assert r.exit_code == 1
    assert f"failed: {long_part}: a part of the path is longer than 255 bytes" in r.output
    assert f"failed: {long_path}: the path is longer than" in r.output
    assert "1 added, 0 replaced, 0 unchanged, 2 failed" in r.output


# ---------------------------------------------------------------------------------- encodings
def test_utf32_without_a_bom_is_read():
    from migtl.read import decode

    for enc in ("utf-32-le", "utf-32-be"):
        text = "Chief Vusal Huseynov met Ambassador Maria Rossi in Baku on 5 May 2016."
        assert decode(text.encode(enc)) == (text, enc)
    text = "Начальник Вусал Гусейнов встретился с послом."
    assert decode(text.encode("utf-32-le"))[0] == text
    assert decode(text.encode("utf-32"))[0] == text  # with a BOM


def test_azerbaijani_cp1254_is_not_read_as_cp1252(run, tmp_path):
    from migtl.read import decode

    az = ("Dövlet Miqrasiya Xidmetinin reisi Vüsal Hüseynov BMT-nin nümayendesi ile görüşüb. "
          "Görüşde miqrasiya sahesinde emekdaşlıq meseleleri müzakire olunub. Şəhər.").replace("ə", "e")
    text, enc = decode(az.encode("cp1254"))
    assert enc == "cp1254" and "Görüş" in text and "þ" not in text
    ru = "Начальник Государственной миграционной службы встретился с послом."
    assert decode(ru.encode("cp1251")) == (ru, "cp1251")
    assert decode(ru.encode("koi8_r")) == (ru, "koi8_r")
    en = "The café in Zürich hosted Mr. Müller and Señor Peña."
    assert decode(en.encode("cp1252"))[0] == en
    f = tmp_path / "az.txt"
    f.write_bytes(("Görüş\n\n26 iyun 2020-ci il tarixde " + az).encode("cp1254"))
    assert run("add", f).exit_code == 0
    people = json.loads(run("people", "--json").output)
    assert "Vüsal Hüseynov" in [p["name"] for p in people]
