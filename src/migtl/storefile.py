"""What a store path must be before migtl reads or writes it: a regular file (or, for a command that
creates one, nothing yet), and writable when the command writes.

A FIFO would block every read forever, a device node (``/dev/null``) would be replaced by a JSON file
on the first write, and a read-only file is the user's way of saying "do not change this": all three
are refused in one line before anything is opened.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from migtl.errors import NotFound
from migtl.storage import StoreError

NO_STORE_HINT = "add releases first: migtl add FOLDER"


class NoStore(NotFound):
    """The store file does not exist (a typo in --db or $MIGTL_DB, or nothing added yet)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no store at {path}", NO_STORE_HINT)
        self.path = path


def check_store_path(path: str | os.PathLike[str], write: bool = False, create: bool = False) -> bool:
    """Refuse a store path that is not a regular file; returns whether the file exists.

    ``create``: a missing file is fine (the command makes it); else it raises :class:`NoStore`.
    ``write``: the file must be writable (by its permission bits, which even root honours here).
    """
    p = Path(path)
    if str(path) == "":
        raise StoreError(p, "the store path is empty", "pass --db FILE or set MIGTL_DB")
    try:
        st = os.stat(p)
    except FileNotFoundError:
        if not create:
            raise NoStore(p) from None
        parent = p.parent
        if not parent.is_dir():
            raise StoreError(p, "its folder does not exist", f"create {parent} first") from None
        return False
    except NotADirectoryError:
        raise StoreError(p, "a part of the path is a file, not a folder") from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise StoreError(p, "the path is too long for this system") from None
        raise StoreError(p, f"cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(p, "is a folder, not a store file", "pass the JSON file itself, e.g. --db FOLDER/migtl.json")
    if not stat.S_ISREG(st.st_mode):
        raise StoreError(p, "is not a regular file (a pipe, socket or device); migtl only uses regular files",
                         "pass a JSON file with --db")
    if write and (not os.access(p, os.W_OK) or not st.st_mode & 0o222):
        raise StoreError(p, "is read-only (no write permission); it was left untouched",
                         f"make it writable (chmod u+w {p}) or use another --db")
    return True
