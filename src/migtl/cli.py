"""The ``migtl`` command line: thin commands over ``ingest``, ``store`` and ``analysis``.

Heavy modules (dateparser, pymorphy3, trafilatura, tinydb) are imported inside commands so
``migtl --help`` and ``migtl --version`` start fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from migtl import __version__

from typer.core import TyperGroup



class _Group(TyperGroup):
    """Turns migtl's expected errors into one line on stderr and exit status 1, everywhere."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from migtl.errors import MigtlError

        try:
            return super().invoke(ctx)
        except MigtlError as exc:
            from migtl.render import safe_line

            typer.echo(f"Error: {safe_line(str(exc))}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(cls=_Group, add_completion=True, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Timelines, meetings and office tenures from migration-governance press releases.")


class State:
    db: Path = Path("migtl.json")
    timeout: Optional[float] = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"migtl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[Optional[Path], typer.Option("--db", help="Store file (default: $MIGTL_DB or ./migtl.json).")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.0, metavar="SECONDS",
                                                            help="Seconds to wait for another migtl run's lock (default: wait).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    from migtl.store import db_path

    State.db = db_path(str(db) if db else None)
    State.timeout = timeout


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (the documented shape) and nothing else.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Print newline-delimited JSON, one object per line.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", help="Show at most N rows.")]


def _limit(rows: list[Any], n: Optional[int]) -> list[Any]:
    return rows if n is None else rows[: max(n, 0)]


def _on_wait() -> None:
    from migtl.render import safe_line

    sys.stderr.write(f"waiting for the lock on {safe_line(str(State.db))} (another migtl run is writing)…\n")
    sys.stderr.flush()


def _say(text: str) -> None:
    """One line of output that may carry text from releases or file names."""
    from migtl.render import safe_line

    typer.echo(safe_line(text))


def _read_store():  # noqa: ANN202
    from migtl.store import Store

    return Store.open(State.db, write=False)


def _write_store():  # noqa: ANN202
    from migtl.store import Store

    return Store.open(State.db, write=True, timeout=State.timeout, on_wait=_on_wait)


def _parse_human_date(value: Optional[str], end: bool = False):  # noqa: ANN202
    if not value:
        return None
    from datetime import date

    from migtl.errors import UsageError

    v = value.strip()
    import re

    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", v)
    if m:
        import calendar

        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else (12 if end else 1)
        d = int(m.group(3)) if m.group(3) else (calendar.monthrange(y, mo)[1] if end else 1)
        return date(y, mo, d)
    import dateparser

    low = v.casefold()
    if low in ("last year", "this year", "next year"):
        y = date.today().year + {"last year": -1, "this year": 0, "next year": 1}[low]
        return date(y, 12, 31) if end else date(y, 1, 1)
    parsed = dateparser.parse(v, settings={"PREFER_DAY_OF_MONTH": "last" if end else "first",
                                           "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    if parsed is None:
        raise UsageError(f"cannot read the date {value!r}", "try 2021, 2021-05, 'May 2022' or 'last year'")
    return parsed.date()


# ---------------------------------------------------------------------------------- add / remove
@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Release files (.txt, .md, .html) or folders.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extract in N processes.")] = 1,
    max_size: Annotated[float, typer.Option("--max-size", min=0.0, metavar="MB", help="Largest file to read, in MB.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line and failures.")] = False,
) -> None:
    """Add releases to the store (a changed file at a known path replaces its old extraction)."""
    from migtl.ingest import Outcome, add_paths, discover

    counts: dict[str, int] = {}
    progress = None
    if sys.stderr.isatty() and not quiet and not os.environ.get("NO_COLOR"):
        files, _ = discover(paths)
        if len(files) > 20:  # a bar for big batches on a terminal; never when piped or with --quiet
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            progress = Progress(TextColumn("adding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            task = progress.add_task("add", total=len(files))
            progress.start()

    def show(o: Outcome) -> None:
        counts[o.status] = counts.get(o.status, 0) + 1
        if progress is not None:
            progress.advance(task)
        if o.status == "failed":
            _failed(o)
        elif not quiet:
            _say(f"{o.status}: {o.path}")

    try:
        add_paths(State.db, paths, jobs=jobs, max_bytes=int(max_size * 1024 * 1024), timeout=State.timeout,
                  on_wait=_on_wait, on_outcome=show)
    finally:
        if progress is not None:
            progress.stop()
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("added", "replaced", "unchanged", "failed"))
    _say(f"{summary} (store: {State.db})")
    if counts.get("failed"):
        raise typer.Exit(1)


def _failed(o: Any) -> None:
    """``failed: PATH: reason``, one line on stderr."""
    from migtl.render import safe_line

    sys.stderr.write(f"failed: {safe_line(o.path)}: {safe_line(o.reason or 'unknown reason')}\n")


@app.command()
def remove(doc: Annotated[str, typer.Argument(help="Release id, id prefix or path.")]) -> None:
    """Remove a release from the store."""
    from migtl.errors import NotFound

    with _write_store() as st:
        d = st.document(doc)
        if d is None:
            raise NotFound(f"no release {doc!r} in {State.db}", "see 'migtl timeline' for ids and paths")
        st.remove_document(d["id"])
        st.rebuild_people()
        st.commit()
    _say(f"removed: {d['path']} ({d['id']})")


@app.command()
def show(doc: Annotated[str, typer.Argument(help="Release id, id prefix or path.")], json_: JsonOpt = False) -> None:
    """A release's extraction, with the sentence behind each fact."""
    from migtl import analysis, events
    from migtl.errors import NotFound
    from migtl.render import date_label, print_json, table

    with _read_store() as st:
        d = st.document(doc)
        if d is None:
            raise NotFound(f"no release {doc!r} in {State.db}", "see 'migtl timeline' for ids and paths")
        ix = analysis.Index(st)
        x = d["extraction"]
        ev, mentions = events.of_document(events.grouping(ix, st.decisions()), d["id"])
        people = [{"person": ix.ref(d["id"], p["local_id"]), "as_written": p["forms"], "present": p["present"],
                   "roles": [r["office"] or r["text"] for r in p["roles"]],
                   "sentences": [x["sentences"][m["sentence"]] for m in p["mentions"]]} for p in x["people"]]
        meetings = [{"a": ix.ref(d["id"], m["a"]), "b": ix.ref(d["id"], m["b"]), "kind": m["kind"],
                     "sentence": x["sentences"][m["sentence"]] if m["sentence"] >= 0 else None} for m in x["meetings"]]
    data = {"id": d["id"], "path": d["path"], "lang": x["lang"], "title": x["title"], "published": x.get("published"),
            "event": ev, "mentions": mentions, "date_source": x.get("date_source"), "people": people,
            "meetings": meetings}
    if json_:
        print_json(data)
        return
    _say(f"{d['path']}  [{d['id']}, {x['lang']}]")
    _say(f"title: {x['title']}")
    _say(f"date:  {date_label(ev['date'])}  (from the {x.get('date_source')})")
    for e in ev["evidence"]:
        if e["document"] == d["id"] and e.get("what") != "mention":  # this release's own sentence
            _say(f"       ← {e['sentence']}")
    _say(f"place: {ev['place'] or '-'}")
    for line in events.show_lines(d["id"], ev, mentions):
        _say(line)
    table("people", ["name", "as written", "took part", "roles", "sentence"],
          [[p["person"]["name"], "; ".join(p["as_written"]), "yes" if p["present"] else "mentioned",
            "; ".join(p["roles"]), p["sentences"][0][:160]] for p in people])
    table("meetings", ["a", "b", "kind", "sentence"],
          [[m["a"]["name"], m["b"]["name"], m["kind"], (m["sentence"] or "")[:160]] for m in meetings if m["kind"] == "met"])


# ---------------------------------------------------------------------------------- listings
@app.command()
def timeline(
    from_: Annotated[Optional[str], typer.Option("--from", help="Earliest date (2021, 'May 2022', 'last year').")] = None,
    to: Annotated[Optional[str], typer.Option("--to", help="Latest date.")] = None,
    person: Annotated[Optional[str], typer.Option("--person", help="Only events this person took part in.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Only events at this place.")] = None,
    json_: JsonOpt = False, nl: NlOpt = False, limit: LimitOpt = None,
) -> None:
    """Events in date order, one however many releases report it; unknown-year events listed apart."""
    from migtl import analysis
    from migtl.render import date_label, print_json, table

    lo, hi = _parse_human_date(from_), _parse_human_date(to, end=True)
    with _read_store() as st:
        events = _limit(analysis.timeline(st, lo, hi, person, place), limit)
    if json_ or nl:
        print_json(events, nl)
        return
    known = [e for e in events if e["date"].get("year_known")]
    unknown = [e for e in events if not e["date"].get("year_known")]
    cols = ["date", "event", "place", "participants", "release"]

    def row(e: dict[str, Any]) -> list[Any]:
        return [date_label(e["date"]), ("mentioned: " if e["mentioned"] else "") + e["title"][:90], e["place"] or "",
                ", ".join(p["name"] for p in e["participants"]), ", ".join(Path(d["path"]).name for d in e["documents"])]

    table("timeline", cols, [row(e) for e in known])
    if unknown:
        table("year unknown / no date", cols, [row(e) for e in unknown])


class Kind(str, Enum):
    met = "met"
    attended = "attended"


@app.command("who-met")
def who_met(
    name: Annotated[Optional[str], typer.Argument(help="Only pairs with this person.")] = None,
    kind: Annotated[Optional[Kind], typer.Option("--kind", help="met (explicit meetings) or attended (same event).")] = None,
    json_: JsonOpt = False, nl: NlOpt = False, limit: LimitOpt = None,
) -> None:
    """Who met whom (kind 'met') and who attended the same event (kind 'attended')."""
    from migtl import analysis
    from migtl.render import date_label, print_json, table

    with _read_store() as st:
        pairs = _limit(analysis.who_met(st, name, kind.value if kind else None), limit)
    if json_ or nl:
        print_json(pairs, nl)
        return
    table("who met whom", ["a", "b", "kind", "date", "event", "release"],
          [[p["a"]["name"], p["b"]["name"], p["kind"], date_label(p["date"]), p["title"][:70],
            ", ".join(Path(d["path"]).name for d in p["documents"])] for p in pairs])


@app.command()
def tenure(
    query: Annotated[str, typer.Argument(help="A person (their offices) or an office name.")],
    json_: JsonOpt = False, nl: NlOpt = False,
) -> None:
    """Who held an office when: holders in order, first and last dated evidence, handover windows."""
    from migtl import tenure as tenures
    from migtl.errors import NotFound
    from migtl.render import print_json, table

    with _read_store() as st:
        result = tenures.tenure(st, query)
    if json_ or nl:
        print_json(result, nl)
        return
    if not result:
        raise NotFound(f"no office or office holder matches {query!r}", "see 'migtl people' for names and roles")
    for o in result:
        rows = []
        for h in o["holders"]:
            docs = ", ".join(sorted({Path(e["document"]["path"]).name for e in h["evidence"]}))
            extra = "; ".join(x for x in (f"appointed {h['appointed']}" if h["appointed"] else "",
                                          f"dismissed {h['dismissed']}" if h["dismissed"] else "",
                                          "former" if h["former_only"] else "") if x)
            rows.append([h["person"]["name"], h["first_seen"] or "?", h["last_seen"] or "?", extra, docs])
        note = "\n".join(f"handover between {hv['after'] or '?'} and {hv['before'] or '?'}" for hv in o["handovers"])
        table(o["office"], ["holder", "first seen", "last seen", "change", "releases"], rows, note or None)


@app.command()
def people(json_: JsonOpt = False, nl: NlOpt = False, limit: LimitOpt = None) -> None:
    """People with aliases, roles and release counts."""
    from migtl import analysis
    from migtl.render import print_json, table

    with _read_store() as st:
        ppl = _limit(analysis.people(st), limit)
    if json_ or nl:
        print_json(ppl, nl)
        return
    table("people", ["name", "aliases", "roles", "releases"],
          [[p["name"], "; ".join(p["aliases"][:6]), "; ".join(p["roles"][:3]), len(p["documents"])] for p in ppl])


@app.command()
def stats(json_: JsonOpt = False) -> None:
    """Counts by language, year, office and person; releases with no date or no people."""
    from migtl import analysis
    from migtl.render import print_json, table

    with _read_store() as st:
        s = analysis.stats(st)
    if json_:
        print_json(s)
        return
    typer.echo(f"{s['documents']} releases, {s['people']} people, {s['offices']} offices")
    table("by language", ["language", "releases"], list(s["by_language"].items()))
    table("by year", ["year", "releases"], list(s["by_year"].items()))
    table("most named people", ["person", "releases"], list(s["by_person"].items()))
    if s["no_date"]:
        table("releases with no date", ["path"], [[p] for p in s["no_date"]])
    if s["no_people"]:
        table("releases with no people", ["path"], [[p] for p in s["no_people"]])


# ---------------------------------------------------------------------------------- identity
def _one_person(st: Any, name: str) -> dict[str, Any]:
    from migtl import analysis
    from migtl.errors import NotFound, UsageError

    ix = analysis.Index(st)
    hits = [p for p in ix.people if p["id"] == name] or analysis.match_person(ix, name)
    if not hits:
        raise NotFound(f"no person matches {name!r}", "see 'migtl people'")
    if len(hits) > 1:
        raise UsageError(f"{name!r} matches {len(hits)} people: " + ", ".join(f"{p['name']} ({p['id']})" for p in hits),
                         "pass the id instead")
    return hits[0]


@app.command()
def alias(name: Annotated[str, typer.Argument(help="A person (name or id).")],
          other: Annotated[str, typer.Argument(help="Another name for them.")]) -> None:
    """Record another name for a person (kept across re-adding and reindexing)."""
    with _write_store() as st:
        p = _one_person(st, name)
        st.add_decision({"action": "alias", "member": p["members"][0], "alias": other})
        st.rebuild_people()
        st.commit()
    _say(f"{p['name']}: alias {other!r} recorded")


@app.command()
def merge(a: Annotated[str, typer.Argument(help="A person (name or id).")],
          b: Annotated[str, typer.Argument(help="The person to merge into them.")]) -> None:
    """Declare two people one person."""
    with _write_store() as st:
        pa, pb = _one_person(st, a), _one_person(st, b)
        st.add_decision({"action": "merge", "a": pa["members"][0], "b": pb["members"][0]})
        st.rebuild_people()
        st.commit()
    _say(f"merged {pb['name']} into {pa['name']}")


@app.command()
def split(name: Annotated[str, typer.Argument(help="A person (name or id).")],
          doc: Annotated[str, typer.Argument(help="The release whose mention is someone else.")]) -> None:
    """Separate a person's mention in one release into a person of its own."""
    from migtl.errors import NotFound

    with _write_store() as st:
        p = _one_person(st, name)
        d = st.document(doc)
        if d is None:
            raise NotFound(f"no release {doc!r}")
        members = [m for m in p["members"] if m[0] == d["id"]]
        if not members:
            raise NotFound(f"{p['name']} is not named in {d['path']}")
        for m in members:
            st.add_decision({"action": "split", "member": m})
        st.rebuild_people()
        st.commit()
    _say(f"split {p['name']} in {d['path']} into a person of its own")


# ---------------------------------------------------------------------------------- events
@app.command("merge-event")
def merge_event(a: Annotated[str, typer.Argument(help="An event id, or a release (for the event it reports).")],
                b: Annotated[str, typer.Argument(help="The event to merge into it.")]) -> None:
    """Declare two events one event (kept across re-adding and reindexing)."""
    from migtl import analysis, events

    with _write_store() as st:
        decision, ea, eb = events.merge_decision(events.grouping(analysis.Index(st), st.decisions()), st, a, b)
        st.add_decision(decision)
        st.commit()
    _say(f"merged event {eb['id']} ({eb['title'][:60]}) into {ea['id']} ({ea['title'][:60]})")


@app.command("split-event")
def split_event(event: Annotated[str, typer.Argument(help="An event id, or a release (for the event it reports).")],
                doc: Annotated[Optional[str], typer.Argument(help="The release to take out (default: EVENT's).")] = None
                ) -> None:
    """Take a release out of an event it was merged into: its account is an event of its own."""
    from migtl import analysis, events

    with _write_store() as st:
        decisions, ev, d = events.split_decisions(events.grouping(analysis.Index(st), st.decisions()), st, event, doc)
        for x in decisions:
            st.add_decision(x)
        st.commit()
    _say(f"split {d['path']} out of event {ev['id']}")


# ---------------------------------------------------------------------------------- report / export
@app.command()
def report(out: Annotated[Path, typer.Argument(help="HTML file to write.")],
           title: Annotated[Optional[str], typer.Option("--title", help="Page title.")] = None) -> None:
    """One self-contained HTML page: zoomable timeline, who-met network, tenure bars, filters."""
    from migtl.export import collect
    from migtl.report import build_report

    with _read_store() as st:
        data = collect(st)
    _write(out, build_report(data, title=title))
    _say(f"wrote {out} ({len(data['events'])} events, {len(data['people'])} people, {len(data['offices'])} offices)")


@app.command("export")
def export_(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl, csv, timelinejs, gexf, graphml, ftm or ics.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (default: standard output).")] = None,
    table: Annotated[Optional[str], typer.Option("--table", help="csv only: events, people, pairs, offices, holders, documents.")] = None,
) -> None:
    """Export the store for other tools (Gephi, TimelineJS, FollowTheMoney, spreadsheets)."""
    from migtl.errors import UsageError
    from migtl.export import collect, export

    with _read_store() as st:
        data = collect(st)
    try:
        text = export(data, fmt, table)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if out is None:
        sys.stdout.write(text)
    else:
        _write(out, text)
        _say(f"wrote {out}")


def _write(out: Path, text: str) -> None:
    from migtl.errors import MigtlError

    try:
        out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise MigtlError(f"cannot write {out} ({exc.strerror or exc})") from None


# ---------------------------------------------------------------------------------- store upkeep
@app.command()
def check() -> None:
    """Check the store: it parses, its schema, every release and person, users' decisions. Changes nothing."""
    from migtl.store import check_store, problems_are_errors

    counts: dict[str, int] = {}
    problems = check_store(State.db, counts)  # one read of the file
    for line in problems:
        _say(line)
    if problems_are_errors(problems):
        raise typer.Exit(1)
    _say(f"ok: {counts.get('releases', 0)} releases, {counts.get('people', 0)} people ({State.db})")


@app.command()
def reindex(jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extract in N processes.")] = 1) -> None:
    """Re-run extraction over the stored texts (after upgrading migtl); keeps ids, paths and decisions."""
    from migtl.ingest import reindex as run_reindex

    failed: list[Any] = []

    def show(o: Any) -> None:
        failed.append(o)
        _failed(o)

    changed, total = run_reindex(State.db, jobs=jobs, timeout=State.timeout, on_wait=_on_wait, on_outcome=show)
    _say(f"reindexed {total} releases: {changed} changed, {len(failed)} failed (store: {State.db})")
    if failed:
        raise typer.Exit(1)


def main() -> None:
    from migtl.errors import MigtlError

    try:
        app(prog_name="migtl")
    except MigtlError as exc:
        from migtl.render import err

        err(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; the store was not changed by the unfinished step\n")
        sys.exit(130)
    except BrokenPipeError:  # e.g. piped into head: not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
