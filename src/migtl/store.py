"""The store: one TinyDB JSON file, written atomically under an inter-process lock.

Tables: ``_meta`` (schema version), ``documents`` (one record per release: path, hash, text,
extraction), ``decisions`` (users' alias/merge/split decisions) and ``people`` (identities,
derived from the other two and rebuilt after every change so queries need not recompute them).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from migtl import __version__
from migtl.resolve import resolve_people
from migtl.storage import (AtomicJSONStorage, BatchingMiddleware, StoreCorrupt, StoreError, cleanup_stray_temps,
                           store_lock)

SCHEMA = 1
DEFAULT_DB = "migtl.json"


def _m0001_initial(tables: dict[str, dict[str, Any]]) -> None:
    for name in ("documents", "decisions", "people"):
        tables.setdefault(name, {})


# named migrations, applied in order to stores written by an older schema; index + 1 = schema version
MIGRATIONS: list[tuple[str, Callable[[dict[str, dict[str, Any]]], None]]] = [("0001_initial", _m0001_initial)]
assert len(MIGRATIONS) == SCHEMA


def db_path(option: str | None) -> Path:
    return Path(option or os.environ.get("MIGTL_DB") or DEFAULT_DB)


class Store:
    """Typed access to the tables; obtain one with ``Store.open(path, write=...)``."""

    def __init__(self, path: Path, db: TinyDB, mw: BatchingMiddleware, write: bool) -> None:
        self.path = path
        self._db = db
        self._mw = mw
        self.write = write
        self._docs_cache: list[dict[str, Any]] | None = None

    # ---- opening --------------------------------------------------------------------------------
    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path, write: bool = False, timeout: float | None = None,
             on_wait: Callable[[], None] | None = None, create: bool = True) -> Iterator[Store]:
        if not write:
            if not path.exists():
                if not create:
                    raise StoreError(path, "no store here", "add releases first with 'migtl add'")
            mw = BatchingMiddleware(AtomicJSONStorage)
            db = TinyDB(str(path), storage=mw, read_only=True) if path.exists() else TinyDB(storage=MemoryStorage)
            store = cls(path, db, mw, write=False)
            store._check_schema(upgrade=False)
            try:
                yield store
            finally:
                db.close()
            return
        if path.parent and not path.parent.exists():
            raise StoreError(path, "folder does not exist", f"create {path.parent} first")
        with store_lock(path, timeout=timeout, on_wait=on_wait):
            cleanup_stray_temps(path)
            mw = BatchingMiddleware(AtomicJSONStorage)
            db = TinyDB(str(path), storage=mw)
            store = cls(path, db, mw, write=True)
            try:
                store._check_schema(upgrade=True)
                yield store
            finally:
                db.close()

    def _raw(self) -> dict[str, dict[str, Any]]:
        data = self._mw.read() if self._mw is not None else None
        return data or {}

    def _check_schema(self, upgrade: bool) -> None:
        meta = self._db.table("_meta").all()
        if not meta:
            if self._db.table("documents").all() or self._db.table("decisions").all():
                raise StoreCorrupt(self.path, "not a migtl store (it has tables but no schema version)")
            if upgrade:
                self._db.table("_meta").insert({"schema": SCHEMA, "written_by": __version__, "migrations": [m[0] for m in MIGRATIONS]})
            return
        version = int(meta[0].get("schema", 0))
        if version > SCHEMA:
            raise StoreError(self.path, f"written by a newer migtl (schema {version}, this one reads {SCHEMA})",
                             "upgrade migtl; the store was left untouched")
        if version < SCHEMA and upgrade:
            tables = {name: {str(d.doc_id): dict(d) for d in self._db.table(name).all()} for name in self._db.tables()}
            for name, fn in MIGRATIONS[version:]:
                fn(tables)
            self._db.table("_meta").update({"schema": SCHEMA, "migrations": [m[0] for m in MIGRATIONS]})

    @property
    def schema(self) -> int:
        meta = self._db.table("_meta").all()
        return int(meta[0]["schema"]) if meta else SCHEMA

    # ---- reading --------------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        if self._docs_cache is None:
            self._docs_cache = sorted(self._db.table("documents").all(), key=lambda d: (d["path"], d["id"]))
        return self._docs_cache

    def document(self, ref: str) -> dict[str, Any] | None:
        """A release by id (or unique id prefix), by path as given, or by absolute path."""
        docs = self.documents()
        for d in docs:
            if d["id"] == ref or d["path"] == ref:
                return d
        absref = str(Path(ref).resolve())
        for d in docs:
            if d["path"] == absref:
                return d
        pref = [d for d in docs if d["id"].startswith(ref)] if len(ref) >= 4 else []
        if len(pref) == 1:
            return pref[0]
        base = [d for d in docs if Path(d["path"]).name == ref]
        return base[0] if len(base) == 1 else None

    def by_sha(self) -> dict[str, dict[str, Any]]:
        return {d["sha256"]: d for d in self.documents()}

    def by_path(self) -> dict[str, dict[str, Any]]:
        return {d["path"]: d for d in self.documents()}

    def decisions(self) -> list[dict[str, Any]]:
        return [dict(d) for d in self._db.table("decisions").all()]

    def people(self) -> list[dict[str, Any]]:
        return [dict(p) for p in self._db.table("people").all()]

    # ---- writing (all in memory until commit) ---------------------------------------------------
    def _need_write(self) -> None:
        if not self.write:
            raise RuntimeError("store opened read-only")

    def put_documents(self, docs: list[dict[str, Any]]) -> None:
        """Insert releases; a record with the same path or id is replaced."""
        self._need_write()
        table = self._db.table("documents")
        paths = {d["path"] for d in docs}
        ids = {d["id"] for d in docs}
        old = [r.doc_id for r in table.all() if r["path"] in paths or r["id"] in ids]
        if old:
            table.remove(doc_ids=old)
        table.insert_multiple(docs)
        self._docs_cache = None

    def remove_document(self, doc_id: str) -> None:
        self._need_write()
        table = self._db.table("documents")
        table.remove(doc_ids=[r.doc_id for r in table.all() if r["id"] == doc_id])
        self._docs_cache = None

    def add_decision(self, decision: dict[str, Any]) -> None:
        self._need_write()
        self._db.table("decisions").insert({**decision, "at": time.strftime("%Y-%m-%dT%H:%M:%S")})

    def rebuild_people(self) -> None:
        """Re-derive identities from all releases and users' decisions."""
        self._need_write()
        people = resolve_people(self.documents(), self.decisions())
        table = self._db.table("people")
        table.truncate()
        table.insert_multiple(people)

    def commit(self) -> None:
        self._need_write()
        self._mw.commit()
