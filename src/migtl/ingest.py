"""Adding releases: find files, read and extract them (optionally in parallel), store in one write.

The store is locked only for the short merge at the end of each chunk, so extraction never
blocks other migtl runs; each chunk is one atomic write.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from migtl.errors import InputError
from migtl.models import to_dict
from migtl.read import DEFAULT_MAX_BYTES, SUFFIXES, read_release

CHUNK = 2000


@dataclass(frozen=True)
class Outcome:
    path: str
    status: str  # added | unchanged | replaced | failed
    reason: str | None = None
    doc_id: str | None = None


def discover(paths: Iterable[str]) -> tuple[list[Path], list[Outcome]]:
    """Files to add: files as given, folders recursively (release suffixes only, symlink loops skipped)."""
    files: list[Path] = []
    errors: list[Outcome] = []
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def add_file(p: Path) -> None:
        key = os.path.abspath(p)
        if key not in seen_files:
            seen_files.add(key)
            files.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p, followlinks=True):
                real = os.path.realpath(root)
                if real in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs.sort()
                for n in sorted(names):
                    if n.lower().endswith(SUFFIXES) and not n.startswith("."):
                        add_file(Path(root) / n)
        elif p.exists():
            add_file(p)
        elif p.is_symlink():
            errors.append(Outcome(str(p), "failed", "broken symbolic link"))
        else:
            errors.append(Outcome(str(p), "failed", "no such file or folder"))
    return files, errors


def prepare(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """Read and extract one release into a store record; raises InputError."""
    from migtl.extract import extract

    src = read_release(Path(path), max_bytes)
    x = extract(src.text, src.title, src.published)
    return {"id": src.sha256[:12], "path": os.path.abspath(path), "sha256": src.sha256, "kind": src.kind,
            "encoding": src.encoding, "lang": x.lang, "added": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "text": src.text, "html_title": src.title, "html_published": src.published, "extraction": to_dict(x)}


def _prepare_safe(args: tuple[str, int]) -> dict[str, Any] | Outcome:
    path, max_bytes = args
    try:
        return prepare(path, max_bytes)
    except InputError as exc:
        return Outcome(path, "failed", exc.reason)
    except MemoryError:
        return Outcome(path, "failed", "out of memory while reading it")
    except RecursionError:
        return Outcome(path, "failed", "markup nested too deeply")


def _hash(path: Path) -> str | None:
    import hashlib

    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def prepare_all(paths: list[Path], jobs: int, max_bytes: int) -> Iterator[dict[str, Any] | Outcome]:
    args = [(str(p), max_bytes) for p in paths]
    if jobs > 1 and len(args) > 20:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_prepare_safe, args, chunksize=16)
    else:
        for a in args:
            yield _prepare_safe(a)


def add_paths(db: Path, paths: list[str], jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float | None = None, on_wait: Callable[[], None] | None = None,
              on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Add files and folders to the store at ``db``; returns one outcome per file."""
    from migtl.store import Store

    files, outcomes = discover(paths)
    for o in outcomes:
        if on_outcome:
            on_outcome(o)
    # hash check first: unchanged files cost one read and no extraction
    with Store.open(db, write=False) as st:
        known_sha = {d["sha256"]: d["id"] for d in st.documents()}
        known_path = {d["path"]: d["sha256"] for d in st.documents()}
    todo: list[Path] = []
    for f in files:
        sha = _hash(f)
        if sha is not None and sha in known_sha:
            o = Outcome(str(f), "unchanged", doc_id=known_sha[sha])
            outcomes.append(o)
            if on_outcome:
                on_outcome(o)
        else:
            todo.append(f)
    for start in range(0, len(todo), CHUNK):
        chunk = todo[start:start + CHUNK]
        records: list[dict[str, Any]] = []
        pending: list[Outcome] = []
        for r in prepare_all(chunk, jobs, max_bytes):
            if isinstance(r, Outcome):
                outcomes.append(r)
                if on_outcome:
                    on_outcome(r)
            else:
                records.append(r)
        with Store.open(db, write=True, timeout=timeout, on_wait=on_wait) as st:
            by_sha = {d["sha256"]: d for d in st.documents()}
            by_path = {d["path"]: d for d in st.documents()}
            fresh: dict[str, dict[str, Any]] = {}
            for r in records:
                if r["sha256"] in by_sha or r["sha256"] in {x["sha256"] for x in fresh.values()}:
                    pending.append(Outcome(r["path"], "unchanged", doc_id=r["id"]))
                    continue
                status = "replaced" if r["path"] in by_path else "added"
                fresh[r["path"]] = r
                pending.append(Outcome(r["path"], status, doc_id=r["id"]))
            if fresh:
                st.put_documents(list(fresh.values()))
                st.rebuild_people()
                st.commit()
        for o in pending:
            outcomes.append(o)
            if on_outcome:
                on_outcome(o)
        del known_path
        known_path = {}
    return outcomes
