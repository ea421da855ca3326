"""Adding releases: find files, read and extract them (optionally in parallel), store in one write.

The store is locked only for the short merge at the end of each chunk, so extraction never
blocks other migtl runs; each chunk is one atomic write. ``reindex`` re-runs extraction over the
stored texts the same way (extraction unlocked, one locked write).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import orjson

from migtl.errors import InputError
from migtl.models import stored_extraction
from migtl.read import DEFAULT_MAX_BYTES, SUFFIXES, read_release

CHUNK = 5000  # releases per write; the environment variable MIGTL_CHUNK overrides it


def chunk_size() -> int:
    """Releases per store write: ``$MIGTL_CHUNK`` when it is a positive whole number, else CHUNK."""
    try:
        n = int(os.environ.get("MIGTL_CHUNK", ""))
    except ValueError:
        return CHUNK
    return n if n > 0 else CHUNK


@dataclass(frozen=True)
class Outcome:
    path: str
    status: str  # added | unchanged | replaced | failed | skipped
    reason: str | None = None
    doc_id: str | None = None


@dataclass
class Found:
    """What a walk over the paths a user gave found: release files, one outcome for each path that
    failed or link that was skipped, and the other files it passed over, counted by kind."""

    files: list[Path] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    passed_over: Counter[str] = field(default_factory=Counter)

    def passed_over_text(self) -> str:
        """'3 .csv, 2 .png and 1 hidden file' (most common kind first)."""
        parts = [f"{n} {kind}" for kind, n in sorted(self.passed_over.items(), key=lambda kv: (-kv[1], kv[0]))]
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1] if parts else ""
        total = sum(self.passed_over.values())
        return f"{text} file{'s' if total != 1 else ''}" if parts else ""


def _kind(name: str) -> str:
    if name.startswith("."):
        return "hidden"
    suffix = os.path.splitext(name)[1].lower()
    return suffix if suffix else "no-suffix"


def _name_limit(raw: str) -> str | None:
    """Why a path cannot name a file on this system (a part over 255 bytes, the whole over PATH_MAX)."""
    data = os.fsencode(raw)
    try:
        path_max = os.pathconf("/", "PC_PATH_MAX")
        name_max = os.pathconf("/", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        path_max, name_max = 4096, 255
    if any(len(part) > name_max for part in data.split(b"/")):
        return f"a part of the path is longer than {name_max} bytes, the most a file name can have"
    if len(data) >= path_max:
        return f"the path is longer than {path_max - 1} bytes, the most this system allows"
    return None


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def find_files(paths: Iterable[str], follow_links: bool = False) -> Found:
    """Files to add: files as given, folders recursively (release suffixes only, symlink loops once).

    In a folder, a symbolic link to a file or folder outside it is skipped (an outside file would land
    in the store and in reports a user may share) unless ``follow_links``; files named on the command
    line are read wherever they are.
    """
    found = Found()
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def add_file(p: Path) -> None:
        key = os.path.abspath(p)
        if key not in seen_files:
            seen_files.add(key)
            found.files.append(p)

    def skip(path: str, folder: str, what: str) -> None:
        found.outcomes.append(Outcome(path, "skipped", f"link to a {what} outside {folder} (add it with --follow-links)"))

    for raw in paths:
        why = _name_limit(raw)
        if why:
            found.outcomes.append(Outcome(raw, "failed", why))
            continue
        p = Path(raw)
        if p.is_dir():
            top = os.path.realpath(p)
            for root, dirs, names in os.walk(p, followlinks=True):
                real = os.path.realpath(root)
                if real in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs.sort()
                if not follow_links:
                    keep = []
                    for d in dirs:
                        full = os.path.join(root, d)
                        if os.path.islink(full) and not _inside(os.path.realpath(full), top):
                            skip(full, raw, "folder")
                        else:
                            keep.append(d)
                    dirs[:] = keep
                for n in sorted(names):
                    full = os.path.join(root, n)
                    if not (n.lower().endswith(SUFFIXES) and not n.startswith(".")):
                        found.passed_over[_kind(n)] += 1
                    elif not follow_links and os.path.islink(full) and not _inside(os.path.realpath(full), top):
                        skip(full, raw, "file")
                    else:
                        add_file(Path(full))
        elif p.exists():
            add_file(p)
        elif p.is_symlink():
            found.outcomes.append(Outcome(str(p), "failed", "broken symbolic link"))
        else:
            found.outcomes.append(Outcome(str(p), "failed", "no such file or folder"))
    return found


def discover(paths: Iterable[str], follow_links: bool = False) -> tuple[list[Path], list[Outcome]]:
    """:func:`find_files` as (files, outcomes of paths that failed or were skipped)."""
    found = find_files(paths, follow_links)
    return found.files, found.outcomes


def prepare(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Read and extract one release into a store record; raises InputError."""
    from migtl.extract import extract

    abspath = os.path.abspath(path)
    if not _utf8_ok(abspath):
        raise InputError(path, "its name is not valid UTF-8; rename the file to add it")
    src = read_release(Path(path), max_bytes)
    x = extract(src.text, src.title, src.published)
    return {"id": src.sha256[:12], "path": abspath, "sha256": src.sha256, "kind": src.kind,
            "encoding": src.encoding, "lang": x.lang, "added": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "text": src.text, "html_title": src.title, "html_published": src.published,
            "extraction": stored_extraction(x)}


def _utf8_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in a file name come back as lone surrogates
        return False
    return True


def _internal(exc: BaseException) -> str:
    return f"migtl could not extract it ({type(exc).__name__}: {str(exc)[:200]}); please report this file"


def _prepare_safe(args: tuple[str, int]) -> dict[str, Any] | Outcome:
    path, max_bytes = args
    try:
        record = prepare(path, max_bytes)
        orjson.dumps(record)  # a record the store cannot hold must fail here, not in the chunk's write
        return record
    except InputError as exc:
        return Outcome(path, "failed", exc.reason)
    except MemoryError:
        return Outcome(path, "failed", "out of memory while reading it")
    except RecursionError:
        return Outcome(path, "failed", "markup nested too deeply")
    except Exception as exc:  # noqa: BLE001 - one bad release must not stop the others
        return Outcome(path, "failed", _internal(exc))


def _hash(path: Path, max_bytes: int) -> str | None:
    """SHA-256 of a regular file within the size limit; None for anything else (read_release says why)."""
    import hashlib
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
                return None
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


_WARM_UP = ("On 5 May 2016 Chief Ali Veliyev met Ambassador Maria Rossi in Baku.",
            "5 мая 2016 года начальник Али Велиев встретился с послом Марией Росси в Баку.",
            "5 травня 2016 року голова Олег Петренко зустрівся з послом Марією Россі в Києві.",
            "5 may 2016-cı il tarixdə rəis Əli Vəliyev səfir Mariya Rossi ilə görüşüb.")


def _warm_up() -> None:
    """Load what extraction needs once (dictionaries, compiled patterns), before workers start."""
    from migtl.extract import extract

    for text in _WARM_UP:
        extract(text)


def cores() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _watch_parent(ppid: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != ppid:
            os._exit(1)  # the process that made us is gone: nobody will read our results


def _worker_init(parent: int, warm: bool) -> None:
    """In each worker: die with the process that started the pool (kill -9 of ``migtl add --jobs 2``
    must not leave workers behind). On Linux the kernel sends SIGKILL when the parent dies; everywhere,
    a thread notices the parent is gone (the worker was reparented) and exits."""
    import threading

    ppid = os.getppid()
    if ppid == parent:
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != ppid:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(ppid,), daemon=True, name="migtl-parent-watch").start()
    if warm:
        _warm_up()


class Workers:
    """Where extraction runs: this process, or one pool of ``jobs`` processes for the whole command.

    The pool is made once (not once per chunk), after this process has loaded the extraction's
    dictionaries, so forked workers share them instead of each loading its own copy; on platforms
    that spawn, each worker loads them once in its initializer.
    """

    def __init__(self, jobs: int, tasks: int) -> None:
        self.pool: Any = None
        self.jobs = jobs = max(1, min(jobs, cores()))
        if jobs > 1 and tasks > 20:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            forked = multiprocessing.get_start_method() == "fork"
            if forked:
                _warm_up()
            self.pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                            initargs=(os.getpid(), not forked))

    def map(self, fn: Callable[[Any], Any], args: list[Any]) -> Iterator[Any]:
        """``fn`` over ``args``, results in order. With a pool every task is queued at once, so the
        workers go on with these while the caller is busy with earlier results."""
        if self.pool is None:
            return (fn(a) for a in args)
        return self.pool.map(fn, args, chunksize=max(1, min(32, len(args) // (4 * self.jobs) or 1)))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _map(fn: Callable[[Any], Any], args: list[Any], jobs: int) -> Iterator[Any]:
    """``fn`` over ``args`` in order, in ``jobs`` processes when that is worth it."""
    with Workers(jobs, len(args)) as workers:
        yield from workers.map(fn, args)


def prepare_all(paths: list[Path], jobs: int, max_bytes: int) -> Iterator[dict[str, Any] | Outcome]:
    return _map(_prepare_safe, [(str(p), max_bytes) for p in paths], jobs)


def _emit(o: Outcome, outcomes: list[Outcome], on_outcome: Callable[[Outcome], None] | None) -> None:
    outcomes.append(o)
    if on_outcome:
        on_outcome(o)


def add_paths(db: Path, paths: list[str], jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float | None = None, on_wait: Callable[[], None] | None = None,
              on_outcome: Callable[[Outcome], None] | None = None, follow_links: bool = False,
              on_progress: Callable[[], None] | None = None, found: Found | None = None) -> list[Outcome]:
    """Add files and folders to the store at ``db``; returns one outcome per file.

    ``on_outcome`` hears of each file once its fate is final (an added file once its chunk is stored);
    ``on_progress`` is called once per file as soon as it has been read and extracted (for a progress
    bar). ``found``: the result of :func:`find_files` over ``paths``, when the caller already has it.
    """
    from migtl.store import forget_kept

    try:
        return _add_paths(db, found or find_files(paths, follow_links), jobs, max_bytes, timeout, on_wait,
                          on_outcome, on_progress)
    finally:
        forget_kept(db)


def _add_paths(db: Path, found: Found, jobs: int, max_bytes: int, timeout: float | None,
               on_wait: Callable[[], None] | None, on_outcome: Callable[[Outcome], None] | None,
               on_progress: Callable[[], None] | None) -> list[Outcome]:
    files = found.files
    outcomes: list[Outcome] = []
    for o in found.outcomes:
        _emit(o, outcomes, on_outcome)
    tick = on_progress or (lambda: None)
    # hash check first: unchanged files cost one read and no extraction (files over the limit: none)
    known_sha = _known_hashes(db)
    todo: list[Path] = []
    for f in files:
        sha = _hash(f, max_bytes)
        if sha is not None and sha in known_sha:
            _emit(Outcome(str(f), "unchanged", doc_id=known_sha[sha]), outcomes, on_outcome)
            tick()
        else:
            todo.append(f)
    del known_sha
    size = chunk_size()
    chunks = [[(str(p), max_bytes) for p in todo[i:i + size]] for i in range(0, len(todo), size)]
    with Workers(jobs, len(todo)) as workers:
        ahead = workers.map(_prepare_safe, chunks[0]) if chunks else None
        for k in range(len(chunks)):
            records = []
            for r in ahead:  # type: ignore[union-attr]
                if isinstance(r, Outcome):
                    _emit(r, outcomes, on_outcome)
                else:
                    records.append(r)
                tick()
            # queue the next chunk before the (locked) write, so workers extract while this one is stored
            ahead = workers.map(_prepare_safe, chunks[k + 1]) if k + 1 < len(chunks) else None
            for o in _store_chunk(db, records, timeout, on_wait):
                _emit(o, outcomes, on_outcome)
            del records
    return outcomes


def _known_hashes(db: Path) -> dict[str, str]:
    """sha256 -> release id of every stored release (the parsed store is dropped on return)."""
    from migtl.store import Store

    with Store.open(db, write=False, keep=True) as st:  # kept for the first chunk's write
        return {d["sha256"]: d["id"] for d in st.documents()}


def _store_chunk(db: Path, records: list[dict[str, Any]], timeout: float | None,
                 on_wait: Callable[[], None] | None) -> list[Outcome]:
    """Merge one chunk of prepared releases into the store: one locked, atomic write."""
    from migtl.store import Store

    if not records:
        return []
    pending: list[Outcome] = []
    with Store.open(db, write=True, timeout=timeout, on_wait=on_wait, keep=True) as st:
        shas = {d["sha256"] for d in st.documents()}
        by_path = {d["path"] for d in st.documents()}
        fresh: dict[str, dict[str, Any]] = {}
        for r in records:
            if r["sha256"] in shas:
                pending.append(Outcome(r["path"], "unchanged", doc_id=r["id"]))
                continue
            shas.add(r["sha256"])
            fresh[r["path"]] = r
            pending.append(Outcome(r["path"], "replaced" if r["path"] in by_path else "added", doc_id=r["id"]))
        if fresh:
            st.put_documents(list(fresh.values()))
            st.rebuild_people()
            st.commit()
    return pending


# ---------------------------------------------------------------------------------- reindex
def _reextract(args: tuple[str, str, str | None, str | None]) -> tuple[str, dict[str, Any] | str]:
    """(release id, new extraction as stored) or (release id, reason it failed)."""
    from migtl.extract import extract

    doc_id, text, title, published = args
    try:
        return doc_id, orjson.loads(orjson.dumps(stored_extraction(extract(text, title, published))))
    except Exception as exc:  # noqa: BLE001 - keep the old extraction of a release that trips extraction
        return doc_id, _internal(exc)


def reindex(db: Path, jobs: int = 1, timeout: float | None = None, on_wait: Callable[[], None] | None = None,
            on_outcome: Callable[[Outcome], None] | None = None) -> tuple[int, int]:
    """Re-run extraction over every stored text and rebuild people; ids, paths and decisions are kept.

    Extraction runs without the lock; the result is merged in one locked, atomic write (a release
    changed by another run meanwhile is left as that run stored it). Returns (changed, releases).
    """
    from migtl.store import forget_kept

    try:
        return _reindex(db, jobs, timeout, on_wait, on_outcome)
    finally:
        forget_kept(db)


def _reindex(db: Path, jobs: int, timeout: float | None, on_wait: Callable[[], None] | None,
             on_outcome: Callable[[Outcome], None] | None) -> tuple[int, int]:
    from migtl.store import Store

    with Store.open(db, write=False, create=False, keep=True) as st:  # kept for the write below
        docs = st.documents()
        args = [(d["id"], d["text"], d.get("html_title"), d.get("html_published")) for d in docs
                if isinstance(d.get("text"), str)]
        sha = {d["id"]: d.get("sha256") for d in docs}
        path = {d["id"]: d["path"] for d in docs}
    for d in docs:
        if not isinstance(d.get("text"), str) and on_outcome:
            on_outcome(Outcome(d["path"], "failed", "the store holds no text for it; add the file again", d["id"]))
    fresh: dict[str, dict[str, Any]] = {}
    for doc_id, x in _map(_reextract, args, jobs):
        if isinstance(x, str):
            if on_outcome:
                on_outcome(Outcome(path[doc_id], "failed", x, doc_id))
        else:
            fresh[doc_id] = x
    with Store.open(db, write=True, timeout=timeout, on_wait=on_wait, keep=True) as st:
        changed = [{**d, "extraction": fresh[d["id"]], "lang": fresh[d["id"]]["lang"]} for d in st.documents()
                   if d["id"] in fresh and d.get("sha256") == sha[d["id"]] and d.get("extraction") != fresh[d["id"]]]
        if changed:
            st.put_documents(changed)
        st.rebuild_people()
        st.commit()
        total = len(st.documents())
    return len(changed), total
