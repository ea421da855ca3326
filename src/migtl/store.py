"""The store: one TinyDB JSON file, written atomically under an inter-process lock.

Tables: ``_meta`` (schema version), ``documents`` (one record per release: path, hash, text,
extraction), ``decisions`` (users' alias/merge/split decisions) and ``people`` (identities,
derived from the other two and rebuilt after every change so queries need not recompute them).
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from migtl import __version__
from migtl import validate
from migtl.models import compact_sentences
from migtl.storefile import check_store_path
from migtl.storage import (AtomicJSONStorage, BatchingMiddleware, StoreCorrupt, StoreError, cleanup_stray_temps,
                           file_digest, store_lock)

if TYPE_CHECKING:
    from tinydb import TinyDB

SCHEMA = 3
DEFAULT_DB = "migtl.json"


def _m0001_initial(tables: dict[str, dict[str, Any]]) -> None:
    for name in ("documents", "decisions", "people"):
        tables.setdefault(name, {})


def _m0002_html_metadata(tables: dict[str, dict[str, Any]]) -> None:
    """Releases stored before migtl kept the HTML <title> and publication date get them as None."""
    for doc in tables.get("documents", {}).values():
        if isinstance(doc, dict):  # anything else is for check to report
            doc.setdefault("html_title", None)
            doc.setdefault("html_published", None)


def _m0003_compact_sentences(tables: dict[str, dict[str, Any]]) -> None:
    """Releases keep only the sentences their facts point to (the whole text is kept in ``text``)."""
    for doc in tables.get("documents", {}).values():
        x = doc.get("extraction") if isinstance(doc, dict) else None
        if isinstance(x, dict):
            compact_sentences(x)


# named migrations, applied in order to stores written by an older schema; index + 1 = schema version
MIGRATIONS: list[tuple[str, Callable[[dict[str, dict[str, Any]]], None]]] = [
    ("0001_initial", _m0001_initial),
    ("0002_html_metadata", _m0002_html_metadata),
    ("0003_compact_sentences", _m0003_compact_sentences),
]
assert len(MIGRATIONS) == SCHEMA


def _looks_like_releases(docs: dict[str, Any]) -> bool:
    return all(isinstance(d, dict) and "sha256" in d and "extraction" in d for d in docs.values())


def schema_of(path: Path, raw: dict[str, dict[str, Any]] | None) -> int | None:
    """The schema version of raw store data; None for a new (empty) store. Raises StoreCorrupt.

    Schema 0 is a store written before the version was recorded: no ``_meta`` record (or one without
    ``schema``) but migtl releases in ``documents``.
    """
    raw = raw or {}
    meta = raw.get("_meta") or {}
    if len(meta) > 1:
        raise StoreCorrupt(path, f"the _meta table has {len(meta)} records, expected 1")
    if not meta:
        docs = raw.get("documents") or {}
        if not docs and not raw.get("decisions"):
            return None
        if _looks_like_releases(docs):
            return 0
        raise StoreCorrupt(path, "not a migtl store (it has tables but no schema version)")
    rec = next(iter(meta.values()))
    version = rec.get("schema", 0) if isinstance(rec, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise StoreCorrupt(path, f"the schema version {version!r} is not a whole number")
    return version


def refuse_newer(path: Path, version: int | None) -> None:
    if version is not None and version > SCHEMA:
        raise StoreError(path, f"written by a newer migtl (schema {version}; this one reads up to {SCHEMA})",
                         "upgrade migtl; the store was left untouched")


def migrate(raw: dict[str, dict[str, Any]], version: int, copy: bool = True
            ) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Raw store data at ``version`` brought up to SCHEMA, and the names of the migrations applied.
    Works on a deep copy unless ``copy`` is False (then ``raw`` itself is changed and returned)."""
    tables = orjson.loads(orjson.dumps(raw)) if copy else raw
    applied = []
    for name, fn in MIGRATIONS[version:]:
        fn(tables)
        applied.append(name)
    meta = tables.setdefault("_meta", {})
    key = next(iter(meta), "1")
    rec = meta.get(key) if isinstance(meta.get(key), dict) else {}
    done = [name for name, _ in MIGRATIONS[:version]]  # implied by the version, whether recorded or not
    history = list(rec.get("upgrades", []))
    history.append({"from": version, "to": SCHEMA, "by": __version__, "at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "applied": applied})
    meta[key] = {**rec, "schema": SCHEMA, "migrations": done + applied,
                 "upgrades": history}
    return tables, applied


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a store is parsed: it makes millions of objects that all stay
    alive, and scanning them over and over is pure cost. What was made is then frozen (moved out of the
    collector's generations), so later collections in the command do not scan the store either; the
    records hold no reference cycles, so reference counting still frees them when they are dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# Parsed stores kept between the opens of one command that writes several times (``migtl add`` writes
# once per chunk): real path -> (fingerprint of the file's bytes, tables). Only ``keep=True`` opens use
# it, and a kept copy is used only while the file still has exactly those bytes, so a write by another
# process in between is read afresh. ``forget_kept`` drops it.
_KEPT: dict[str, tuple[str, dict[str, dict[str, Any]]]] = {}


def forget_kept(path: Path) -> None:
    _KEPT.pop(os.path.realpath(path), None)


def db_path(option: str | None) -> Path:
    return Path(option or os.environ.get("MIGTL_DB") or DEFAULT_DB)


class Store:
    """Typed access to the tables; obtain one with ``Store.open(path, write=...)``."""

    def __init__(self, path: Path, db: TinyDB | None, mw: BatchingMiddleware | None, write: bool,
                 keep: bool = False) -> None:
        self.path = path
        self._db = db
        self._mw = mw
        self.write = write
        self._keep = keep
        self._digest: str | None = None  # fingerprint of the file as read or adopted (keep mode)
        self._ro_tables: dict[str, dict[str, Any]] = {}
        self._docs_cache: list[dict[str, Any]] | None = None

    # ---- opening --------------------------------------------------------------------------------
    @classmethod
    @contextlib.contextmanager
    def open(cls, path: Path, write: bool = False, timeout: float | None = None,
             on_wait: Callable[[], None] | None = None, create: bool = True, keep: bool = False) -> Iterator[Store]:
        """Open the store. ``keep``: keep the parsed store after a read or a commit, for the next
        ``keep=True`` open in this process (see ``_KEPT``); call :func:`forget_kept` when done."""
        check_store_path(path, write=write, create=create or write)  # a regular file, writable to write
        if not write:
            # Read-only: the parsed file as plain dicts, no TinyDB (which would wrap every record).
            if not create and not path.exists():
                raise StoreError(path, "no store here", "add releases first with 'migtl add'")
            store = cls(path, None, None, write=False, keep=keep)
            store._load_raw()
            try:
                yield store
            finally:  # drop the parsed file even if the caller keeps the Store object
                store._ro_tables = {}
                store._docs_cache = None
            return
        if path.parent and not path.parent.exists():
            raise StoreError(path, "folder does not exist", f"create {path.parent} first")
        from tinydb import TinyDB

        with store_lock(path, timeout=timeout, on_wait=on_wait):
            cleanup_stray_temps(path)
            mw = BatchingMiddleware(AtomicJSONStorage)
            db = TinyDB(str(path), storage=mw)
            store = cls(path, db, mw, write=True, keep=keep)
            try:
                if keep:
                    store._adopt_kept()
                store._check_schema(upgrade=True)
                yield store
            finally:
                db.close()

    def _load_raw(self) -> None:
        """Read-only stores: parse the file once (a new store reads as empty), refuse newer schemas and
        upgrade older ones in memory only."""
        storage = AtomicJSONStorage(self.path, read_only=True)
        storage.want_digest = self._keep
        with _gc_paused():
            raw = storage.read() or {}
            version = schema_of(self.path, raw)
            refuse_newer(self.path, version)
            if version is not None and version < SCHEMA:
                raw, _ = migrate(raw, version, copy=False)  # in memory only: the file is not written
        self._ro_tables = raw
        if self._keep and version == SCHEMA and storage.last_digest:
            _KEPT[os.path.realpath(self.path)] = (storage.last_digest, raw)

    def _adopt_kept(self) -> None:
        """Writable, keep mode: use the kept parse of the file if the file is still what was kept."""
        assert self._mw is not None
        kept = _KEPT.pop(os.path.realpath(self.path), None)  # from now on only this store holds it
        if kept is not None and file_digest(self.path) == kept[0]:
            self._mw.adopt(kept[1])
            self._digest = kept[0]
        else:
            self._mw.storage.want_digest = True  # type: ignore[attr-defined]

    def _raw(self) -> dict[str, dict[str, Any]]:
        if self._mw is None:
            return self._ro_tables
        data = self._mw.read()
        return data or {}

    def _table(self, name: str) -> dict[str, Any]:
        """A table's records as stored ({doc id: record}); never modify them."""
        return self._raw().get(name) or {}

    def _check_schema(self, upgrade: bool) -> None:
        """Writable stores: refuse newer ones; bring older ones up to SCHEMA and write them back at once."""
        assert self._db is not None and self._mw is not None
        with _gc_paused():
            raw = self._raw()
        version = schema_of(self.path, raw)
        refuse_newer(self.path, version)
        if version is None:
            if upgrade:
                self._db.table("_meta").insert({"schema": SCHEMA, "written_by": __version__,
                                                "migrations": [m[0] for m in MIGRATIONS]})
            return
        if version < SCHEMA:
            tables, _ = migrate(raw, version, copy=False)  # raw is the middleware's own parsed copy
            self._mw.write(tables)
            if upgrade:
                self._mw.commit()  # one write: the whole upgraded store

    @property
    def schema(self) -> int:
        meta = list(self._table("_meta").values())
        return int(meta[0]["schema"]) if meta else SCHEMA

    # ---- reading --------------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        """Releases as stored (plain dicts, shared with the store: read them, never modify them),
        by path then id."""
        if self._docs_cache is None:
            self._docs_cache = sorted(self._table("documents").values(), key=lambda d: (d["path"], d["id"]))
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
        return [dict(d) for d in self._table("decisions").values()]

    def people(self) -> list[dict[str, Any]]:
        return [dict(p) for p in self._table("people").values()]

    # ---- writing (all in memory until commit) ---------------------------------------------------
    def _need_write(self) -> TinyDB:
        if not self.write or self._db is None:
            raise RuntimeError("store opened read-only")
        return self._db

    def put_documents(self, docs: list[dict[str, Any]]) -> None:
        """Insert releases; a record with the same path or id is replaced."""
        table = self._need_write().table("documents")
        paths = {d["path"] for d in docs}
        ids = {d["id"] for d in docs}
        old = [int(k) for k, r in self._table("documents").items() if r["path"] in paths or r["id"] in ids]
        if old:
            table.remove(doc_ids=old)
        table.insert_multiple(docs)
        self._docs_cache = None

    def remove_document(self, doc_id: str) -> None:
        table = self._need_write().table("documents")
        table.remove(doc_ids=[int(k) for k, r in self._table("documents").items() if r["id"] == doc_id])
        self._docs_cache = None

    def add_decision(self, decision: dict[str, Any]) -> None:
        self._need_write().table("decisions").insert({**decision, "at": time.strftime("%Y-%m-%dT%H:%M:%S")})

    def rebuild_people(self) -> None:
        """Re-derive identities from all releases and users' decisions."""
        from migtl.decisions import apply_display_names
        from migtl.resolve import resolve_people

        table = self._need_write().table("people")
        people = apply_display_names(resolve_people(self.documents(), self.decisions()), self.decisions())
        table.truncate()
        table.insert_multiple(people)

    def commit(self) -> None:
        self._need_write()
        assert self._mw is not None
        if self._mw.commit() or self._digest is None:
            self._digest = self._mw.storage.last_digest  # type: ignore[attr-defined]
        if self._keep and self._digest and self._mw.data is not None:
            _KEPT[os.path.realpath(self.path)] = (self._digest, self._mw.data)


# ---- checking -----------------------------------------------------------------------------------
_DOC_KEYS = ("id", "path", "sha256", "text", "extraction")
_EXTRACTION_KEYS = ("lang", "title", "sentences", "people", "meetings")
_PERSON_KEYS = ("local_id", "name", "first", "last", "forms", "script", "lang", "mentions", "roles", "present")
_DECISION_MEMBERS = {"alias": ("member",), "merge": ("a", "b"), "split": ("member",), "name": ("member",)}
_EVENT_DECISIONS = {"merge-event": ("a", "b"), "split-event": ("unit",)}  # [release id, account number]


class _Report:
    """Problems found by :func:`check_store`, one line each, naming the store file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[str] = []

    def error(self, what: str) -> None:
        self.lines.append(f"error: {self.path}: {what}")

    def warning(self, what: str) -> None:
        self.lines.append(f"warning: {self.path}: {what}")


def check_store(path: Path, counts: dict[str, int] | None = None) -> list[str]:
    """Validate the store at ``path`` without changing it: one ``error: …`` or ``warning: …`` line per problem.

    Errors: the file does not parse, is from a newer migtl, a release lacks id/path/sha256/text/extraction
    or has a malformed extraction, duplicate ids or paths, people that reference missing releases or
    local ids (or releases' people missing from the people table). Warnings: an older schema (upgraded on
    the next write) and users' decisions that name people no longer in the store. ``counts``, when given,
    receives the number of ``releases`` and ``people`` (from the same single read of the file).
    """
    path = Path(path)
    rep = _Report(path)
    from migtl.storefile import NoStore

    try:
        check_store_path(path)  # a FIFO or a device would block the read or is not a store
    except NoStore:
        rep.error("no store here (add releases first with 'migtl add')")
        return rep.lines
    except StoreError as exc:
        return [f"error: {exc}"]
    try:
        with _gc_paused():
            raw = AtomicJSONStorage(path, read_only=True).read() or {}
        version = schema_of(path, raw)
        refuse_newer(path, version)
    except StoreError as exc:
        return [f"error: {exc}"]
    if version is not None and version < SCHEMA:
        rep.warning(f"schema {version} is older than {SCHEMA}; it is upgraded on the next write")
        raw, _ = migrate(raw, version, copy=False)
    bad = [t for t, docs in raw.items() for k, d in docs.items() if not isinstance(d, dict)]
    if bad:
        rep.error(f"table {bad[0]!r} holds records that are not objects")
        return rep.lines
    if counts is not None:
        counts["releases"] = len(raw.get("documents") or {})
        counts["people"] = len(raw.get("people") or {})
    docs = _check_documents(rep, list((raw.get("documents") or {}).values()))
    _check_people(rep, docs, list((raw.get("people") or {}).values()))
    _check_decisions(rep, docs, list((raw.get("decisions") or {}).values()))
    return rep.lines


def problems_are_errors(lines: list[str]) -> bool:
    return any(line.startswith("error:") for line in lines)


def _check_documents(rep: _Report, records: list[dict[str, Any]]) -> dict[str, dict[int, int]]:
    """Check every release; returns {release id: {local person id: number of sentences}} of those whose
    extraction is sound."""
    sound: dict[str, dict[int, int]] = {}
    seen_ids: set[str] = set()
    seen_paths: set[str] = set()
    for n, d in enumerate(records, 1):
        doc_id = d.get("id")
        label = f"release {doc_id if isinstance(doc_id, str) else f'#{n}'}"
        if isinstance(d.get("path"), str):
            label += f" ({d['path']})"
        missing = [k for k in _DOC_KEYS if not isinstance(d.get(k), dict if k == "extraction" else str)]
        shape = None if missing else validate.document(d)
        if missing:
            rep.error(f"{label}: missing or malformed {', '.join(missing)}")
        elif shape:
            rep.error(f"{label} is malformed: {shape}")
        elif not d["text"].strip():
            rep.error(f"{label}: its text is empty")
        elif not d["sha256"].startswith(d["id"]):
            rep.error(f"{label}: its id does not match its sha256")
        if doc_id in seen_ids:
            rep.error(f"{label}: duplicate id")
        if d.get("path") in seen_paths:
            rep.error(f"{label}: duplicate path")
        seen_ids.add(doc_id)  # type: ignore[arg-type]
        seen_paths.add(d.get("path"))  # type: ignore[arg-type]
        if isinstance(doc_id, str) and isinstance(d.get("extraction"), dict) and doc_id not in sound and not shape:
            local = _check_extraction(rep, label, d["extraction"])
            sound[doc_id] = local if local is not None else {}
    return sound


def _check_extraction(rep: _Report, label: str, x: dict[str, Any]) -> dict[int, int] | None:
    missing = [k for k in _EXTRACTION_KEYS if k not in x]
    if missing or not all(isinstance(x.get(k), list) for k in ("sentences", "people", "meetings")):
        rep.error(f"{label}: extraction lacks or has malformed {', '.join(missing) or 'sentences/people/meetings'}")
        return None
    n_sent = len(x["sentences"])
    local: dict[int, int] = {}
    for p in x["people"]:
        if not isinstance(p, dict) or any(k not in p for k in _PERSON_KEYS) or not isinstance(p["local_id"], int):
            rep.error(f"{label}: a person in its extraction is malformed")
            return None
        if p["local_id"] in local:
            rep.error(f"{label}: two people with local id {p['local_id']}")
        if not isinstance(p["mentions"], list) or not all(isinstance(m, dict) and _index_ok(m.get("sentence"), n_sent)
                                                           for m in p["mentions"]):
            rep.error(f"{label}: person {p['local_id']} has a mention outside its sentences")
        local[p["local_id"]] = n_sent
    for m in x["meetings"]:
        if not isinstance(m, dict) or m.get("a") not in local or m.get("b") not in local:
            rep.error(f"{label}: a meeting names a person the release does not have")
        elif not (m.get("sentence") == -1 or _index_ok(m.get("sentence"), n_sent)):
            rep.error(f"{label}: a meeting points outside its sentences")
    return local


def _index_ok(value: Any, n: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n


def _member(value: Any) -> tuple[str, int] | None:
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], int):
        return value[0], value[1]
    return None


def _check_people(rep: _Report, docs: dict[str, dict[int, int]], people: list[dict[str, Any]]) -> None:
    hint = "(run 'migtl reindex' to rebuild people)"
    owner: dict[tuple[str, int], str] = {}
    ids: set[str] = set()
    for p in people:
        pid = p.get("id")
        members = [_member(m) for m in p.get("members") or [None]] if isinstance(p.get("members"), list) else [None]
        shape = validate.person(p)
        if not isinstance(pid, str) or not isinstance(p.get("name"), str) or None in members or shape:
            rep.error(f"person {pid!r} is malformed{': ' + shape if shape else ''} {hint}")
            continue
        if pid in ids:
            rep.error(f"person {pid}: duplicate id {hint}")
        ids.add(pid)
        for doc_id, lid in members:  # type: ignore[misc]
            if doc_id not in docs:
                rep.error(f"person {pid} ({p['name']}) refers to release {doc_id}, which is not in the store {hint}")
            elif lid not in docs[doc_id]:
                rep.error(f"person {pid} ({p['name']}) refers to person {lid} of release {doc_id}, "
                          f"which it does not name {hint}")
            elif (doc_id, lid) in owner:
                rep.error(f"person {lid} of release {doc_id} belongs to both {owner[(doc_id, lid)]} and {pid} {hint}")
            owner[(doc_id, lid)] = pid
    unlisted = [(d, lid) for d, local in docs.items() for lid in local if (d, lid) not in owner]
    if unlisted:
        rep.error(f"{len(unlisted)} people named in releases (first: person {unlisted[0][1]} of release "
                  f"{unlisted[0][0]}) are missing from the people table {hint}")


def _check_decisions(rep: _Report, docs: dict[str, dict[int, int]], decisions: list[dict[str, Any]]) -> None:
    for n, x in enumerate(decisions, 1):
        action = x.get("action")
        keys = _DECISION_MEMBERS.get(action) if isinstance(action, str) else None
        label = f"decision {n} ({action}{', ' + str(x['at']) if x.get('at') else ''})"
        if isinstance(action, str) and action in _EVENT_DECISIONS:
            units = [_member(x.get(k)) for k in _EVENT_DECISIONS[action]]
            if None in units or any(u[1] < 0 for u in units):  # type: ignore[index]
                rep.error(f"{label} is malformed")
            for u in units:
                if u is not None and u[0] not in docs:
                    rep.warning(f"{label} names release {u[0]}, which is no longer in the store; it has no effect")
            continue
        text_key = action if action in ("alias", "name") else None
        if keys is None or any(_member(x.get(k)) is None for k in keys) or (
                text_key and not (isinstance(x.get(text_key), str) and x[text_key].strip())):
            rep.error(f"{label} is malformed")
            continue
        for k in keys:
            doc_id, lid = _member(x[k])  # type: ignore[misc]
            if doc_id not in docs or lid not in docs[doc_id]:
                rep.warning(f"{label} names person {lid} of release {doc_id}, which is no longer in the store; "
                            f"it has no effect")
