"""The ``migtl`` command line: thin commands over ``ingest``, ``store``, ``analysis`` and ``lookup``.

Heavy modules (dateparser, pymorphy3, trafilatura, tinydb) are imported inside commands so
``migtl --help`` and ``migtl --version`` start fast. Every expected failure, a usage error included,
is one ``Error: ...`` line on stderr and exit status 1.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from migtl import __version__

# Exceptions a reader raises on a record of the wrong shape (a string where a dict belongs, ...).
_SHAPE_ERRORS = (KeyError, TypeError, AttributeError, ValueError, IndexError)


class _Command(TyperCommand):
    """Usage lines name the arguments plainly: ``migtl add [OPTIONS] PATH...``."""

    def collect_usage_pieces(self, ctx):  # type: ignore[no-untyped-def]
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in super().collect_usage_pieces(ctx)]


class _Group(TyperGroup):
    """Turns migtl's expected errors, usage errors and malformed stores into one line on stderr and
    exit status 1, everywhere."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[no-untyped-def]
        from typer._click import exceptions as click_exc
        from typer.exceptions import Abort

        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra)
        except click_exc.NoArgsIsHelpError as exc:  # plain `migtl`: the help, as asked
            typer.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            rv = 0
        except click_exc.UsageError as exc:
            _usage_line(exc)
            rv = 1
        except click_exc.ClickException as exc:
            _error_line(exc.format_message())
            rv = exc.exit_code
        except Abort:
            sys.stderr.write("Aborted.\n")
            rv = 1
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from migtl.errors import MigtlError

        try:
            return super().invoke(ctx)
        except MigtlError as exc:
            _error_line(str(exc))
            raise typer.Exit(1) from None
        except _SHAPE_ERRORS as exc:
            message = _malformed_store(exc)
            if message is None:
                raise  # a bug, not a bad store: keep the traceback
            _error_line(message)
            raise typer.Exit(1) from None


def _error_line(message: str) -> None:
    from migtl.render import safe_line

    sys.stderr.write(f"Error: {safe_line(message)}\n")


def _usage_line(exc: Any) -> None:
    ctx = getattr(exc, "ctx", None)
    where = f" (see '{ctx.command_path} --help')" if ctx is not None else " (see 'migtl --help')"
    _error_line(exc.format_message().rstrip().rstrip(".") + where)


def _malformed_store(exc: BaseException) -> str | None:
    """One line for a reader that tripped over a malformed store, or None when the store checks clean."""
    if not State.opened:
        return None
    from migtl.store import check_store

    try:
        problems = [p for p in check_store(State.db) if p.startswith("error:")]
    except Exception:  # noqa: BLE001 - the original exception is the one to show
        return None
    if not problems:
        return None
    first = problems[0][len("error: "):]
    prefix = f"{State.db}: "
    first = first[len(prefix):] if first.startswith(prefix) else first
    more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
    return f"store {State.db}: {first}{more} (run 'migtl check')"


app = typer.Typer(cls=_Group, add_completion=True, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
                  help="Timelines, meetings and office tenures from migration-governance press releases.\n\n"
                       "Example: migtl add records/ && migtl timeline --from 2021")


def command(name: str | None = None):  # noqa: ANN201
    return app.command(name, cls=_Command)


class State:
    db: Path = Path("migtl.json")
    timeout: Optional[float] = None
    opened: bool = False  # a command read the store (so a shape error may be a malformed store)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"migtl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[Optional[str], typer.Option("--db", metavar="FILE", help="Store file (default: $MIGTL_DB or ./migtl.json).")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", metavar="SECONDS",
                                                     help="Seconds to wait for another migtl run's lock (default: wait).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    from migtl.errors import UsageError
    from migtl.store import db_path

    if db is not None and not db.strip():
        raise UsageError("--db is empty (an unset variable?)", "pass the store file, e.g. --db migtl.json")
    State.db = db_path(db)
    State.opened = False
    if timeout is not None and (math.isnan(timeout) or timeout < 0):
        raise UsageError(f"--timeout {timeout!r} is not a number of seconds", "pass 0 or more, e.g. --timeout 30")
    State.timeout = None if timeout is None or math.isinf(timeout) else timeout


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (the documented shape) and nothing else.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Print newline-delimited JSON, one object per line.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV: one header line, then one row per item.")]
TsvOpt = Annotated[bool, typer.Option("--tsv", help="Print tab-separated values (what piped output is by default).")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", metavar="N", help="Show at most N rows.")]
DescOpt = Annotated[bool, typer.Option("--desc", help="Reverse the --sort order.")]


def _format(json_: bool, nl: bool, csv_: bool, tsv: bool, limit: Optional[int] = None) -> str:
    from migtl.errors import UsageError
    from migtl.render import choose_format

    if limit is not None and limit < 0:
        raise UsageError(f"--limit {limit} is not a number of rows", "pass 0 or more")
    return choose_format(json_, nl, csv_, tsv)


def _limit(rows: list[Any], n: Optional[int]) -> list[Any]:
    return rows if n is None else rows[:n]


def _on_wait() -> None:
    from migtl.render import safe_line

    sys.stderr.write(f"waiting for the lock on {safe_line(str(State.db))} (another migtl run is writing)…\n")
    sys.stderr.flush()


def _say(text: str) -> None:
    """One line of output that may carry text from releases or file names."""
    from migtl.render import safe_line

    typer.echo(safe_line(text))


def _note(text: str) -> None:
    from migtl.render import note

    note(text)


def _read_store():  # noqa: ANN202
    from migtl.store import Store
    from migtl.storefile import check_store_path

    check_store_path(State.db)
    State.opened = True
    return Store.open(State.db, write=False)


def _write_store(create: bool = False):  # noqa: ANN202
    from migtl.store import Store
    from migtl.storefile import check_store_path

    check_store_path(State.db, write=True, create=create)
    State.opened = True
    return Store.open(State.db, write=True, timeout=State.timeout, on_wait=_on_wait)


def _release(st: Any, doc: str) -> dict[str, Any]:
    from migtl.errors import NotFound

    d = st.document(doc)
    if d is None:
        raise NotFound(f"no release {doc!r} in {State.db}", "see 'migtl timeline' for ids and paths")
    return d


def _jobs(jobs: int) -> int:
    from migtl.errors import UsageError
    from migtl.ingest import cores

    if jobs < 1:
        raise UsageError(f"--jobs {jobs} is not a number of processes", "pass 1 or more")
    n = cores()
    if jobs > n:
        _note(f"note: --jobs {jobs} is more than the {n} cores here; using {n}")
        return n
    return jobs


MAX_SIZE_MB = 4096.0


# ---------------------------------------------------------------------------------- add / remove
@command()
def add(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Release files (.txt, .md, .html, .htm) or folders.")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Extract in N processes (at most the cores).")] = 1,
    max_size: Annotated[float, typer.Option("--max-size", metavar="MB", help="Largest file to read, in MB.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line, failures and skipped links.")] = False,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Also read links that point outside the folder.")] = False,
) -> None:
    """Add releases to the store (a changed file at a known path replaces its old extraction).

    \b
    Example: migtl add records/ more/release.html --jobs 2
    """
    from migtl.errors import UsageError
    from migtl.ingest import Outcome, add_paths, find_files
    from migtl.read import SUFFIXES

    if any(not p.strip() for p in paths):
        raise UsageError("an empty path (an unset variable?)", "name the files or folders to add")
    if math.isnan(max_size) or not 0 < max_size <= MAX_SIZE_MB:
        raise UsageError(f"--max-size {max_size!r} is not a size in MB", f"pass a number above 0 and up to {MAX_SIZE_MB:g}")
    jobs = _jobs(jobs)
    found = find_files(paths, follow_links=follow_links)
    if not found.files and not any(o.status == "failed" for o in found.outcomes):
        for o in found.outcomes:
            _outcome_line(o)
        where = ", ".join(paths)
        skipped = found.passed_over_text()
        raise UsageError(f"no release files ({' '.join(SUFFIXES)}) in {where}" + (f": skipped {skipped}" if skipped else ""),
                         "migtl reads text and HTML releases")
    from migtl.storefile import check_store_path

    check_store_path(State.db, write=True, create=True)
    State.opened = True
    counts: dict[str, int] = {}
    progress = task = None
    if sys.stderr.isatty() and not quiet and not os.environ.get("NO_COLOR") and len(found.files) > 20:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        progress = Progress(TextColumn("adding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        task = progress.add_task("add", total=len(found.files))
        progress.start()

    def show(o: Outcome) -> None:
        counts[o.status] = counts.get(o.status, 0) + 1
        if o.status in ("failed", "skipped"):
            _outcome_line(o)
        elif not quiet:
            _say(f"{o.status}: {o.path}")

    def tick() -> None:
        if progress is not None:
            progress.advance(task)  # type: ignore[arg-type]

    try:
        add_paths(State.db, paths, jobs=jobs, max_bytes=int(max_size * 1024 * 1024), timeout=State.timeout,
                  on_wait=_on_wait, on_outcome=show, on_progress=tick, found=found)
    finally:
        if progress is not None:
            progress.stop()
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("added", "replaced", "unchanged", "failed"))
    if counts.get("skipped"):
        summary += f", {counts['skipped']} skipped"
    _say(f"{summary} (store: {State.db})")
    if counts.get("failed"):
        raise typer.Exit(1)


def _outcome_line(o: Any) -> None:
    """``failed: PATH: reason`` or ``skipped: PATH: reason``, one line on stderr."""
    from migtl.render import safe_line

    sys.stderr.write(f"{o.status}: {safe_line(o.path)}: {safe_line(o.reason or 'unknown reason')}\n")


_failed = _outcome_line


@command()
def remove(doc: Annotated[str, typer.Argument(metavar="DOC", help="Release id, id prefix, path or file name.")]) -> None:
    """Remove a release from the store.

    \b
    Example: migtl remove 004_6b90233a03afeb1d.txt
    """
    with _write_store() as st:
        d = _release(st, doc)
        st.remove_document(d["id"])
        st.rebuild_people()
        st.commit()
    _say(f"removed: {d['path']} ({d['id']})")


@command()
def show(doc: Annotated[str, typer.Argument(metavar="DOC", help="Release id, id prefix, path or file name.")],
         json_: JsonOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False,
         text: Annotated[bool, typer.Option("--text", help="Print the release's stored text and nothing else.")] = False) -> None:
    """A release's extraction, with the sentence behind each fact.

    \b
    Example: migtl show 004_6b90233a03afeb1d.txt
    """
    from migtl import analysis
    from migtl.showing import release_view, show_release

    fmt = _format(json_, False, csv_, tsv)
    with _read_store() as st:
        d = _release(st, doc)
        if text:
            sys.stdout.write(d.get("text") or "")
            if not (d.get("text") or "").endswith("\n"):
                sys.stdout.write("\n")
            return
        data = release_view(analysis.Index(st), d, st.decisions())
    show_release(data, fmt)


# ---------------------------------------------------------------------------------- listings
class EventSort(str, Enum):
    date = "date"
    by_title = "title"
    place = "place"
    people = "people"
    release = "release"


@command()
def timeline(
    from_: Annotated[Optional[str], typer.Option("--from", metavar="DATE", help="Earliest date (2021, 'May 2022', 'Q1 2022', 'last year').")] = None,
    to: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="Latest date.")] = None,
    person: Annotated[Optional[str], typer.Option("--person", metavar="NAME", help="Only events this person took part in (name, first name or id).")] = None,
    place: Annotated[Optional[str], typer.Option("--place", metavar="PLACE", help="Only events at this place.")] = None,
    sort: Annotated[EventSort, typer.Option("--sort", metavar="KEY", help="Order by date, title, place, people (how many) or release.")] = EventSort.date,
    desc: DescOpt = False,
    json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False, limit: LimitOpt = None,
) -> None:
    """Events in date order, one however many releases report it; events whose year is unknown come last.

    \b
    Example: migtl timeline --from 2021 --to "May 2022" --person Vusal
    """
    from migtl import analysis, listings
    from migtl.humandate import date_range

    fmt = _format(json_, nl, csv_, tsv, limit)
    lo, hi = date_range(from_, to)
    with _read_store() as st:
        ix = analysis.Index(st)
        who = _person_filter(ix, person, "--person")
        if place:
            listings.check_place(ix, place)
        events = analysis.timeline(st, lo, hi, who["id"] if who else None, place, ix=ix)
        if not events:
            _why_empty(ix, who, "events")
    events = _limit(listings.sort_events(events, sort.value, desc), limit)
    listings.print_events(events, fmt)


def _person_filter(ix: Any, name: Optional[str], role: str) -> Optional[dict[str, Any]]:
    if name is None:
        return None
    from migtl.lookup import one_person

    return one_person(ix, name, role)


def _why_empty(ix: Any, who: Optional[dict[str, Any]], what: str) -> None:
    """A note on stderr saying why a listing is empty."""
    from migtl.lookup import events_of

    if who is not None and not events_of(ix, who["id"]):
        n = len(who.get("documents") or [])
        _note(f"{who['name']} took part in no event: they are only mentioned (in {n} release{'s' if n != 1 else ''})")
    elif not ix.docs:
        _note(f"the store {State.db} holds no releases")
    else:
        _note(f"no {what} match these filters")


class Kind(str, Enum):
    met = "met"
    attended = "attended"


class PairSort(str, Enum):
    date = "date"
    kind = "kind"
    person = "person"
    by_title = "title"


@command("who-met")
def who_met(
    name: Annotated[Optional[str], typer.Argument(metavar="[NAME]", help="Only pairs with this person (name, first name or id).")] = None,
    kind: Annotated[Optional[Kind], typer.Option("--kind", metavar="KIND", help="met (explicit meetings) or attended (same event).")] = None,
    sort: Annotated[PairSort, typer.Option("--sort", metavar="KEY", help="Order by date, kind (meetings first), person or title.")] = PairSort.kind,
    desc: DescOpt = False,
    json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False, limit: LimitOpt = None,
) -> None:
    """Who met whom (kind 'met') and who attended the same event (kind 'attended').

    \b
    Example: migtl who-met Vusal --kind met
    """
    from migtl import analysis, listings

    fmt = _format(json_, nl, csv_, tsv, limit)
    with _read_store() as st:
        ix = analysis.Index(st)
        who = _person_filter(ix, name, "")
        pairs = analysis.who_met(st, who["id"] if who else None, kind.value if kind else None, ix=ix)
        if not pairs:
            _why_empty(ix, who, "pairs")
    pairs = _limit(listings.sort_pairs(pairs, sort.value, desc), limit)
    listings.print_pairs(pairs, fmt)


@command()
def tenure(
    query: Annotated[str, typer.Argument(metavar="NAME_OR_OFFICE", help="A person (their offices) or an office, in any language.")],
    json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False,
) -> None:
    """Who held an office when: holders in order, first and last dated evidence, handover windows.

    \b
    Example: migtl tenure "State Migration Service"
    Example: migtl tenure "Vusal Huseynov"
    """
    from migtl import analysis, listings, lookup
    from migtl import tenure as tenures
    from migtl.errors import NotFound

    fmt = _format(json_, nl, csv_, tsv)
    if not query.strip():
        from migtl.errors import UsageError

        raise UsageError("the name or office is empty", "e.g. migtl tenure \"State Migration Service\"")
    with _read_store() as st:
        ix = analysis.Index(st)
        result = tenures.tenure(st, query, ix)
        if not result:
            people = lookup.people_named(ix, query)
            held = lookup.offices_held(ix, {p["id"] for p in people}) or lookup.offices_of_body(ix, query)
            result = tenures.offices(st, ix, held) if held else []
            if not result and people:
                raise NotFound(f"{', '.join(p['name'] for p in people[:3])} holds no office in the releases",
                               "see 'migtl people' for roles")
    if not result:
        raise NotFound(f"no office or office holder matches {query!r}", "see 'migtl people' for names and roles")
    listings.print_offices(result, fmt)


@command()
def people(json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False, limit: LimitOpt = None) -> None:
    """People with aliases, roles and release counts.

    \b
    Example: migtl people --csv > people.csv
    """
    from migtl import analysis, listings

    fmt = _format(json_, nl, csv_, tsv, limit)
    with _read_store() as st:
        ppl = _limit(analysis.people(st), limit)
    listings.print_people(ppl, fmt)


@command()
def stats(json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False) -> None:
    """Counts by language, year, office and person; releases with no date or no people.

    \b
    Example: migtl stats
    """
    from migtl import analysis, listings

    fmt = _format(json_, nl, csv_, tsv)
    with _read_store() as st:
        s = analysis.stats(st)
    listings.print_stats(s, fmt)


@command()
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A word, a phrase or a person's name (found in all its forms).")],
    json_: JsonOpt = False, nl: NlOpt = False, csv_: CsvOpt = False, tsv: TsvOpt = False, limit: LimitOpt = None,
) -> None:
    """The releases and sentences that contain a word, a phrase or a name (in any of its forms).

    \b
    Example: migtl search "Global Compact"
    Example: migtl search "Vusal Huseynov"
    """
    from migtl import analysis, listings
    from migtl import search as searching
    from migtl.errors import UsageError

    fmt = _format(json_, nl, csv_, tsv, limit)
    if not text.strip():
        raise UsageError("the search text is empty", "e.g. migtl search migration")
    with _read_store() as st:
        ix = analysis.Index(st)
        rows = searching.search(st, text, ix)
    if not rows:
        _note(f"no release contains {text!r}")
    listings.print_search(_limit(rows, limit), fmt)


# ---------------------------------------------------------------------------------- identity
def _one_person(st: Any, name: str) -> dict[str, Any]:
    from migtl import analysis
    from migtl.lookup import one_person

    return one_person(analysis.Index(st), name)


@command()
def alias(name: Annotated[str, typer.Argument(metavar="NAME", help="A person (name or id).")],
          other: Annotated[str, typer.Argument(metavar="OTHER_NAME", help="Another name for them.")]) -> None:
    """Record another name for a person (kept across re-adding and reindexing).

    \b
    Example: migtl alias "Vusal Huseynov" "Vüsal Hüseynov"
    """
    from migtl.decisions import clean_name, owner_of_name
    from migtl.errors import UsageError

    other = clean_name(other, "alias")
    with _write_store() as st:
        p = _one_person(st, name)
        clash = owner_of_name(st.people(), other, but=p["id"])
        if clash is not None:
            raise UsageError(f"{other!r} is the name of another person, {clash['name']} ({clash['id']}); "
                             f"an alias would fuse them", f"if they are one person: migtl merge {p['id']} {clash['id']}")
        if any(f.casefold() == other.casefold() for f in [p["name"], *p["aliases"]]):
            _say(f"{p['name']}: {other!r} is already one of their names")
            return
        st.add_decision({"action": "alias", "member": p["members"][0], "alias": other})
        st.rebuild_people()
        st.commit()
    _say(f"{p['name']}: alias {other!r} recorded")


@command()
def merge(a: Annotated[str, typer.Argument(metavar="A", help="A person (name or id).")],
          b: Annotated[str, typer.Argument(metavar="B", help="The person to merge into them.")]) -> None:
    """Declare two people one person.

    \b
    Example: migtl merge "Amy Pope" "Емі Поуп"
    """
    from migtl.errors import UsageError

    with _write_store() as st:
        pa, pb = _one_person(st, a), _one_person(st, b)
        if pa["id"] == pb["id"]:
            raise UsageError(f"{a!r} and {b!r} are already one person, {pa['name']} ({pa['id']})",
                             "name two different people")
        st.add_decision({"action": "merge", "a": pa["members"][0], "b": pb["members"][0]})
        st.rebuild_people()
        st.commit()
    _say(f"merged {pb['name']} into {pa['name']}")


@command()
def split(name: Annotated[str, typer.Argument(metavar="NAME", help="A person (name or id).")],
          doc: Annotated[str, typer.Argument(metavar="DOC", help="The release whose mention is someone else.")]) -> None:
    """Separate a person's mention in one release into a person of its own.

    \b
    Example: migtl split "Vusal Huseynov" 002_9a92d8eb77b572ee.txt
    """
    from migtl.errors import NotFound

    with _write_store() as st:
        p = _one_person(st, name)
        d = _release(st, doc)
        members = [m for m in p["members"] if m[0] == d["id"]]
        if not members:
            raise NotFound(f"{p['name']} is not named in {d['path']}")
        for m in members:
            st.add_decision({"action": "split", "member": m})
        st.rebuild_people()
        st.commit()
    _say(f"split {p['name']} in {d['path']} into a person of its own")


@command()
def rename(name: Annotated[str, typer.Argument(metavar="NAME", help="A person (name or id).")],
           new_name: Annotated[str, typer.Argument(metavar="NEW_NAME", help="The name to show them under.")]) -> None:
    """Choose the name a person is shown under (the old one stays an alias).

    \b
    Example: migtl rename "Vusal Huseynov" "Vüsal Hüseynov"
    """
    from migtl.decisions import clean_name, owner_of_name
    from migtl.errors import UsageError

    new_name = clean_name(new_name)
    with _write_store() as st:
        p = _one_person(st, name)
        clash = owner_of_name(st.people(), new_name, but=p["id"])
        if clash is not None:
            raise UsageError(f"{new_name!r} is the name of another person, {clash['name']} ({clash['id']})",
                             f"if they are one person: migtl merge {p['id']} {clash['id']}")
        st.add_decision({"action": "name", "member": p["members"][0], "name": new_name})
        st.rebuild_people()
        st.commit()
    _say(f"{p['name']} is now shown as {new_name!r}")


# ---------------------------------------------------------------------------------- events
@command("merge-event")
def merge_event(a: Annotated[str, typer.Argument(metavar="A", help="An event id, or a release (for the event it reports).")],
                b: Annotated[str, typer.Argument(metavar="B", help="The event to merge into it.")]) -> None:
    """Declare two events one event (kept across re-adding and reindexing).

    \b
    Example: migtl merge-event az_006.txt en_011.txt
    """
    from migtl import analysis, events

    with _write_store() as st:
        decision, ea, eb = events.merge_decision(events.grouping(analysis.Index(st), st.decisions()), st, a, b)
        st.add_decision(decision)
        st.commit()
    _say(f"merged event {eb['id']} ({eb['title'][:60]}) into {ea['id']} ({ea['title'][:60]})")


@command("split-event")
def split_event(event: Annotated[str, typer.Argument(metavar="EVENT", help="An event id, or a release (for the event it reports).")],
                doc: Annotated[Optional[str], typer.Argument(metavar="DOC", help="The release to take out (default: EVENT's).")] = None
                ) -> None:
    """Take a release out of an event it was merged into: its account is an event of its own.

    \b
    Example: migtl split-event en_011.txt az_006.txt
    """
    from migtl import analysis, events

    with _write_store() as st:
        decisions, ev, d = events.split_decisions(events.grouping(analysis.Index(st), st.decisions()), st, event, doc)
        for x in decisions:
            st.add_decision(x)
        st.commit()
    _say(f"split {d['path']} out of event {ev['id']}")


# ---------------------------------------------------------------------------------- report / export
@command()
def report(out: Annotated[Path, typer.Argument(metavar="OUT.html", help="HTML file to write.")],
           title: Annotated[Optional[str], typer.Option("--title", metavar="TITLE", help="Page title.")] = None) -> None:
    """One self-contained HTML page: zoomable timeline, who-met network, tenure bars, filters.

    \b
    Example: migtl report report.html --title "SMS 2017-2022"
    """
    from migtl.export import collect
    from migtl.outfile import write_text
    from migtl.report import build_report

    with _read_store() as st:
        data = collect(st)
    write_text(out, build_report(data, title=title, link_base=str(Path(os.path.abspath(out)).parent)))
    met = sum(1 for p in data["pairs"] if p.get("kind") == "met")
    _say(f"wrote {out} ({len(data['events'])} events, {len(data['people'])} people, {met} meetings, "
         f"{len(data['pairs']) - met} co-attendances, {len(data['offices'])} offices)")


@command("export")
def export_(
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="json, jsonl, csv, timelinejs, gexf, graphml, ftm or ics.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="File to write (default: standard output); "
                                                "for csv, an existing folder gets one file per table.")] = None,
    table: Annotated[Optional[str], typer.Option("--table", metavar="TABLE", help="csv only: events (default), people, pairs, "
                                                 "offices, holders, documents, or all (into the --out folder).")] = None,
) -> None:
    """Export the store for other tools (Gephi, TimelineJS, FollowTheMoney, spreadsheets).

    \b
    Example: migtl export --format gexf --out who-met.gexf
    Example: migtl export --format csv --table all --out tables/
    """
    from migtl.errors import UsageError
    from migtl.export import CSV_TABLES, collect, export, export_csv_tables
    from migtl.outfile import write_text

    name = fmt.strip().lower()
    folder = out is not None and (out.is_dir() or str(out).endswith(("/", os.sep)))
    if table == "all" and name == "csv" and not folder:
        raise UsageError("--table all writes one file per table", "pass a folder: --out FOLDER/")
    if folder and name != "csv":
        raise UsageError(f"--out {out} is a folder; only csv writes a folder (one file per table)", "name a file")
    with _read_store() as st:
        data = collect(st)
    try:
        if folder:
            assert out is not None
            wanted = CSV_TABLES if table in (None, "all") else (table,)
            texts = export_csv_tables(data, wanted)
        else:
            text = export(data, fmt, table)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if folder:
        assert out is not None
        out.mkdir(parents=True, exist_ok=True)
        for t, body in texts.items():
            write_text(out / f"{t}.csv", body)
        _say(f"wrote {len(texts)} tables to {out}: " + ", ".join(f"{t}.csv" for t in texts))
    elif out is None:
        sys.stdout.write(text)
    else:
        write_text(out, text)
        _say(f"wrote {out}")


# ---------------------------------------------------------------------------------- store upkeep
@command()
def check() -> None:
    """Check the store: it parses, its schema, every release and person, users' decisions. Changes nothing.

    \b
    Example: migtl --db archive.json check
    """
    from migtl.store import check_store, problems_are_errors

    counts: dict[str, int] = {}
    problems = check_store(State.db, counts)  # one read of the file
    for line in problems:
        _say(line)
    if problems_are_errors(problems):
        raise typer.Exit(1)
    _say(f"ok: {counts.get('releases', 0)} releases, {counts.get('people', 0)} people ({State.db})")


@command()
def reindex(jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Extract in N processes (at most the cores).")] = 1) -> None:
    """Re-run extraction over the stored texts (after upgrading migtl); keeps ids, paths and decisions.

    \b
    Example: migtl reindex --jobs 2
    """
    from migtl.ingest import reindex as run_reindex
    from migtl.storefile import check_store_path

    jobs = _jobs(jobs)
    check_store_path(State.db, write=True)
    State.opened = True
    failed: list[Any] = []

    def show(o: Any) -> None:
        failed.append(o)
        _outcome_line(o)

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
