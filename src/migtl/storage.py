"""Crash-safe TinyDB storage, one-write-per-batch middleware and an inter-process store lock.

Typical use (one CLI command that modifies the store)::

    with store_lock(path, timeout=30, on_wait=lambda: echo(f"waiting for the lock on {path}…")):
        cleanup_stray_temps(path)
        batch = BatchingMiddleware(AtomicJSONStorage)
        db = TinyDB(path, storage=batch)          # extra TinyDB args/kwargs go to AtomicJSONStorage
        try:
            db.table("documents").insert_multiple(docs)
            db.table("events").insert_multiple(events)
            batch.commit()                        # exactly one file write for the whole batch
        finally:
            db.close()                            # close() does NOT commit; uncommitted work is dropped

Rules:

* Open the TinyDB *inside* ``store_lock``: the batching middleware caches what it read, so a cache
  read before the lock was taken may be stale.
* Every write replaces the whole file atomically (temp file + fsync + ``os.replace`` + directory
  fsync). A crash leaves either the old or the new file, never a half-written one; at worst a
  ``.<name>.XXXXXXXX.tmp`` file is left beside it, which :func:`cleanup_stray_temps` removes.
* A store file that is not valid JSON (or not a TinyDB-shaped object) raises :class:`StoreCorrupt`
  and is never modified. I/O failures are raised as :class:`StoreError` (the ``OSError`` is chained).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from migtl.errors import MigtlError

__all__ = [
    "AtomicJSONStorage",
    "BatchingMiddleware",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "cleanup_stray_temps",
    "lock_path_for",
    "store_lock",
]

_BOM = b"\xef\xbb\xbf"


# --------------------------------------------------------------------------------------------- errors


class StoreError(MigtlError):
    """Base class for store problems. ``.path`` is the store file, ``.reason`` a human explanation.

    A :class:`migtl.errors.MigtlError`, so the CLI's single error boundary prints it as one line.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, hint: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(self._message(), hint if hint is not None else self._hint())
        self.args = (path, reason)  # so the exception pickles/unpickles correctly

    def _message(self) -> str:
        return f"store {self.path}: {self.reason}"

    def _hint(self) -> str | None:
        return None


class StoreCorrupt(StoreError):
    """The store file exists but cannot be parsed as a TinyDB JSON document. The file is left as is."""

    def _message(self) -> str:
        return f"store {self.path} is corrupt and was left untouched: {self.reason}"

    def _hint(self) -> str | None:
        return "repair it, or move it away to start a new store"


class StoreLocked(StoreError):
    """Another process held the store lock for longer than ``timeout`` seconds."""

    def __init__(self, path: str | os.PathLike[str], timeout: float | None) -> None:
        self.timeout = timeout
        self.lock_path = lock_path_for(path)
        t = "0 s" if not timeout else f"{timeout:g} s"
        super().__init__(path, f"gave up after {t} waiting for {self.lock_path}")
        self.args = (path, timeout)

    def _message(self) -> str:
        return f"store {self.path} is locked by another migtl process: {self.reason}"

    def _hint(self) -> str | None:
        # The OS drops the lock when its holder exits, so there is never a stale lock file to delete.
        return "try again when it has finished, or allow a longer timeout"


# --------------------------------------------------------------------------------------------- helpers


def _umask() -> int:
    """Current umask without a racy set/reset where the OS lets us read it."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def _fsync_dir(directory: str) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(directory, flags)
    except OSError:  # e.g. Windows cannot open directories; nothing more we can do there
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems refuse fsync on directories
        pass
    finally:
        os.close(fd)


def _temp_re(name: str) -> re.Pattern[str]:
    # mkstemp inserts 8 characters from [a-z0-9_] between prefix and suffix.
    return re.compile(r"\." + re.escape(name) + r"\.[a-z0-9_]+\.tmp\Z")


def cleanup_stray_temps(path: str | os.PathLike[str], max_age: float = 60.0) -> list[Path]:
    """Remove ``.<name>.XXXXXXXX.tmp`` files left beside ``path`` by crashed writers.

    Only files whose mtime is more than ``max_age`` seconds old are removed, so a write in
    progress in another process is not disturbed. Call it while holding :func:`store_lock`.
    Returns the removed paths; errors on individual files are ignored.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    pattern = _temp_re(target.name)
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime <= max_age:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


# --------------------------------------------------------------------------------------------- storage


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson, whole-file atomic replace on every ``write()``.

    ``AtomicJSONStorage(path, *, indent=False, keep_mode=None, create_dirs=False, read_only=False)``
    (TinyDB passes its positional/keyword arguments through, so ``TinyDB(path, storage=AtomicJSONStorage,
    indent=True)`` works).

    * ``read()`` returns ``None`` for a missing or zero-byte file; an unparsable file or one whose
      top level is not ``{table: {doc_id: doc}}`` raises :class:`StoreCorrupt`. A UTF-8 BOM is tolerated.
    * The file is never created or touched until the first ``write()``.
    * Output is compact UTF-8 (``indent=True`` → 2-space indent), keys in insertion order, non-ASCII
      text written verbatim (no ``\\u`` escapes). orjson rules apply: dict keys must be ``str``, ints
      must fit in 64 bits, NaN/Infinity become ``null``, datetimes become ISO strings, tuples lists.
      Serialisation errors (``orjson.JSONEncodeError``, a ``TypeError``) are raised before any file is made.
    * ``keep_mode`` (default :attr:`KEEP_MODE`, True): give the new file the permission bits of the file
      it replaces (and, as root, its owner). New files get ``0o666 & ~umask`` like ``open()`` would.
    * If ``path`` is a symlink, the link's target is replaced, the link is kept.
    """

    KEEP_MODE: bool = True

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        indent: bool = False,
        keep_mode: bool | None = None,
        create_dirs: bool = False,
        read_only: bool = False,
        encoding: str | None = None,  # accepted for TinyDB JSONStorage compatibility; always UTF-8
    ) -> None:
        super().__init__()
        if encoding is not None and encoding.replace("-", "").replace("_", "").lower() != "utf8":
            raise ValueError(f"AtomicJSONStorage always writes UTF-8, got encoding={encoding!r}")
        self.path = Path(path)
        self.indent = indent
        self.keep_mode = self.KEEP_MODE if keep_mode is None else keep_mode
        self.create_dirs = create_dirs
        self.read_only = read_only
        self._options = orjson.OPT_INDENT_2 if indent else 0
        self.want_digest = False  # set it to have read() fingerprint what it read (costs a pass over the bytes)
        self.last_digest: str | None = None  # content_digest() of the bytes last read (if wanted) or written

    # -- read ------------------------------------------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(self.path, f"cannot read the file ({exc.strerror or exc})") from exc
        self.last_digest = content_digest(raw) if self.want_digest else None
        if not raw:
            return None
        if raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreCorrupt(self.path, f"not valid JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise StoreCorrupt(self.path, f"top-level JSON value is {_kind(data)}, expected an object of tables")
        for table, docs in data.items():
            if not isinstance(docs, dict):
                raise StoreCorrupt(self.path, f"table {table!r} is {_kind(docs)}, expected an object of documents")
        return data

    # -- write -----------------------------------------------------------------------------------------

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise StoreError(self.path, "opened read-only, refusing to write")
        payload = orjson.dumps(data, option=self._options)  # fails before we touch the disk
        if self.indent:
            payload += b"\n"
        digest = content_digest(payload)
        target = os.path.realpath(self.path)
        folder, name = os.path.split(target)
        if self.create_dirs:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise StoreError(self.path, f"cannot create folder {folder} ({exc.strerror or exc})") from exc
        mode, owner = self._target_mode(target)
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
            try:
                view = memoryview(payload)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                if owner is not None:
                    with contextlib.suppress(OSError):
                        os.fchown(fd, *owner)
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, mode)
                else:  # Windows
                    os.chmod(tmp, mode)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
            tmp = None
            self.last_digest = digest
            _fsync_dir(folder)
        except OSError as exc:
            raise StoreError(self.path, f"cannot write the file ({exc.strerror or exc}); old file unchanged") from exc
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _target_mode(self, target: str) -> tuple[int, tuple[int, int] | None]:
        default = 0o666 & ~_umask()
        if not self.keep_mode:
            return default, None
        try:
            st = os.stat(target)
        except OSError:
            return default, None
        owner = None
        if hasattr(os, "geteuid") and os.geteuid() == 0 and (st.st_uid, st.st_gid) != (0, 0):
            owner = (st.st_uid, st.st_gid)
        return stat.S_IMODE(st.st_mode), owner

    def close(self) -> None:
        pass


def content_digest(data: bytes) -> str:
    """A fingerprint of a store file's bytes (to tell whether a copy in memory is still the file)."""
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """:func:`content_digest` of a file, read in blocks (no copy of it in memory); None if unreadable."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, lambda: hashlib.sha1(usedforsecurity=False)).hexdigest()
    except OSError:
        return None


def _kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__
    )


# --------------------------------------------------------------------------------------------- batching


class BatchingMiddleware(Middleware):
    """Keep TinyDB writes in memory until :meth:`commit` — one file write per batch.

    ``db = TinyDB(path, storage=(mw := BatchingMiddleware(AtomicJSONStorage)))``; every TinyDB
    operation reads/writes the in-memory copy; ``mw.commit()`` writes it once (no-op if nothing
    changed); ``mw.rollback()`` drops pending changes (the next read re-reads the file).
    ``close()`` (also called by ``with TinyDB(...)``) does **not** commit unless the middleware was
    built with ``commit_on_close=True``, so an exception in the middle of a batch writes nothing.
    ``with mw.batch(): ...`` commits on normal exit and rolls back on an exception.

    The in-memory copy is read once; open the database while holding :func:`store_lock`.
    """

    def __init__(self, storage_cls: type[Storage], *, commit_on_close: bool = False) -> None:
        super().__init__(storage_cls)
        self.commit_on_close = commit_on_close
        self._cache: dict[str, dict[str, Any]] | None = None
        self._loaded = False
        self._dirty = False
        self.commits = 0  # number of real writes done, handy for tests and --verbose output

    @property
    def pending(self) -> bool:
        """True when there are uncommitted changes."""
        return self._dirty

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._cache = self.storage.read()
            self._loaded = True
        return self._cache

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._cache = data
        self._loaded = True
        self._dirty = True

    def commit(self) -> bool:
        """Write pending changes with one storage write. Returns True if something was written."""
        if not self._dirty:
            return False
        self.storage.write(self._cache if self._cache is not None else {})
        self._dirty = False
        self.commits += 1
        return True

    def adopt(self, data: dict[str, dict[str, Any]]) -> None:
        """Use ``data`` as what was read from the file (the caller vouches that it is the file's content)."""
        self._cache = data
        self._loaded = True
        self._dirty = False

    @property
    def data(self) -> dict[str, dict[str, Any]] | None:
        """The in-memory copy (as read, plus uncommitted changes)."""
        return self._cache

    def rollback(self) -> None:
        """Forget uncommitted changes; the next read goes to the file again."""
        self._cache = None
        self._loaded = False
        self._dirty = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[BatchingMiddleware]:
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def close(self) -> None:
        try:
            if self.commit_on_close:
                self.commit()
            else:
                self.rollback()
        finally:
            self.storage.close()


# --------------------------------------------------------------------------------------------- locking


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    """The lock file used for a store: ``<path>.lock`` (it is left on disk after release, by design)."""
    return Path(str(path) + ".lock")


def _make_lock(lock_file: str) -> Any:
    import filelock

    try:
        # One instance per path and process: re-entrant for nested store_lock() in the same thread.
        return filelock.FileLock(lock_file, is_singleton=True)
    except TypeError:  # filelock < 3.13
        return filelock.FileLock(lock_file)


@contextlib.contextmanager
def store_lock(
    path: str | os.PathLike[str],
    timeout: float | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """Hold the inter-process lock ``<path>.lock`` for the duration of the ``with`` block.

    Tries once without blocking. If another process holds it, calls ``on_wait()`` once (e.g. to
    print "waiting for the lock on PATH…") and waits up to ``timeout`` seconds (``None`` = forever);
    raises :class:`StoreLocked` on time-out. With ``timeout=0`` it fails at once without calling
    ``on_wait``. Re-entrant within one thread. Failing to create the lock file raises :class:`StoreError`.
    """
    import filelock  # only writers need it

    if timeout is not None and timeout < 0:
        raise ValueError(f"timeout must be >= 0 or None, got {timeout!r}")
    lock_file = lock_path_for(path)
    lock = _make_lock(str(lock_file))
    try:
        try:
            lock.acquire(blocking=False)
        except filelock.Timeout:
            if timeout is not None and timeout <= 0:
                raise StoreLocked(path, timeout) from None
            if on_wait is not None:
                on_wait()
            try:
                lock.acquire(timeout=-1 if timeout is None else timeout)
            except filelock.Timeout:
                raise StoreLocked(path, timeout) from None
    except StoreError:
        raise
    except OSError as exc:
        raise StoreError(path, f"cannot create the lock file {lock_file} ({exc.strerror or exc})") from exc
    try:
        yield lock
    finally:
        lock.release()
