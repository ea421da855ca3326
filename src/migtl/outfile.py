"""Writing a report or an export the way the store is written: a temporary file beside the target,
fsync, rename over it, fsync the folder. A full disk or a crash leaves the previous file as it was
(and no temporary file), never a truncated one.

A target that exists and is not a regular file (``--out /dev/stdout``, a FIFO) is written to
directly: there is nothing to replace there.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from migtl.errors import MigtlError


def _mode_for(target: str) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        from migtl.storage import _umask

        return 0o666 & ~_umask()


def write_text(out: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``out`` atomically; raises MigtlError with one line on failure."""
    write_bytes(out, text.encode("utf-8", "surrogateescape"))


def write_bytes(out: str | os.PathLike[str], data: bytes) -> None:
    path = Path(out)
    if str(out) == "":
        raise MigtlError("the output path is empty", "name a file to write")
    target = os.path.realpath(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise MigtlError(f"cannot write {path} ({exc.strerror or exc})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise MigtlError(f"cannot write {path}: it is a folder", "name a file inside it")
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_stream(path, data)  # /dev/stdout, a FIFO: stream into it
        return
    folder, name = os.path.split(target)
    if not os.path.isdir(folder):
        raise MigtlError(f"cannot write {path}: the folder {folder} does not exist", f"create {folder} first")
    mode = _mode_for(target)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(folder)
    except OSError as exc:
        raise MigtlError(f"cannot write {path} ({exc.strerror or exc}); the previous file, if any, is unchanged") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _write_stream(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError as exc:
        raise MigtlError(f"cannot write {path} ({exc.strerror or exc})") from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise MigtlError(f"cannot write {path} ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
