"""Output: exact JSON for scripts; Rich tables on a terminal; data (TSV, CSV) when piped.

Piped output is data: one table with one header line, every value whole (nothing cut, no section
lines), tab-separated unless ``--csv`` asks for CSV. Only the terminal view shortens long values,
at a word boundary and with ``…``. Release text is never interpreted as markup: every cell is a
``rich.text.Text``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "tsv", "csv", "json", "nl")


def print_json(data: Any, nl: bool = False) -> None:
    """JSON on stdout (orjson: several times faster than json on large listings)."""
    import orjson

    out = sys.stdout
    out.flush()
    buf = getattr(out, "buffer", None)
    if nl and isinstance(data, list):
        text = b"".join(orjson.dumps(item) + b"\n" for item in data)
    else:
        text = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    if buf is not None:
        buf.write(text)
        buf.flush()
    else:
        out.write(text.decode("utf-8"))


def fancy() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def choose_format(json_: bool = False, nl: bool = False, csv_: bool = False, tsv: bool = False) -> str:
    """The one output format the flags ask for; two at once is a usage error."""
    from migtl.errors import UsageError

    asked = [name for name, on in (("--json", json_), ("--nl", nl), ("--csv", csv_), ("--tsv", tsv)) if on]
    if len(asked) > 1:
        raise UsageError(f"{' and '.join(asked)} cannot be used together", "choose one output format")
    return asked[0].lstrip("-") if asked else "table"


@dataclass(frozen=True)
class Column:
    """A column of a listing. ``width``: on a terminal, longer values are shortened to about this many
    characters (at a word boundary, with …); ``terminal``: whether the terminal view shows it at all."""

    name: str
    width: int | None = None
    terminal: bool = True


def listing(fmt: str, columns: Sequence[Column | str], rows: Sequence[Sequence[Any]], title: str | None = None,
            note: str | None = None) -> None:
    """Print one table: Rich on a terminal (format ``table``), else TSV or CSV with one header line."""
    cols = [c if isinstance(c, Column) else Column(c) for c in columns]
    if fmt == "csv":
        _csv(cols, rows)
    elif fmt == "tsv" or (fmt == "table" and not fancy()):
        _tsv(cols, rows)
    else:
        _rich([(cols, rows, title, note)])


def terminal_tables(tables: Sequence[tuple[Sequence[Column | str], Sequence[Sequence[Any]], str | None, str | None]]) -> None:
    """Several Rich tables (a terminal view only: piped output is always one table)."""
    _rich([([c if isinstance(c, Column) else Column(c) for c in cols], rows, title, note)
           for cols, rows, title, note in tables])


def _tsv(cols: Sequence[Column], rows: Sequence[Sequence[Any]]) -> None:
    out = sys.stdout
    out.write("\t".join(c.name for c in cols) + "\n")
    for r in rows:
        out.write("\t".join(cell(v).replace("\t", " ") for v in r) + "\n")


_FORMULA = ("=", "+", "-", "@")


def csv_cell(value: Any) -> str:
    """A CSV cell on one line; text a spreadsheet would run as a formula gets a leading apostrophe."""
    text = cell(value)
    return "'" + text if text.startswith(_FORMULA) and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _csv(cols: Sequence[Column], rows: Sequence[Sequence[Any]]) -> None:
    import csv

    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow([c.name for c in cols])
    for r in rows:
        w.writerow([csv_cell(v) for v in r])


def _rich(tables: Sequence[tuple[Sequence[Column], Sequence[Sequence[Any]], str | None, str | None]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    for cols, rows, title, note in tables:
        keep = [i for i, c in enumerate(cols) if c.terminal]
        t = Table(title=Text(safe_line(title)) if title else None, show_lines=False, header_style="bold")
        for i in keep:
            t.add_column(Text(cols[i].name), overflow="ellipsis")
        for r in rows:
            t.add_row(*[Text(shorten(cell(r[i]), cols[i].width)) for i in keep])
        console.print(t)
        if note:
            console.print(Text(safe(note), style="dim"))


def shorten(text: str, width: int | None) -> str:
    """``text`` cut to at most ``width`` characters at a word boundary, ending in … when cut."""
    if width is None or len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def cell(value: Any) -> str:
    """A table cell: one line of harmless text."""
    return "" if value is None else safe_line(str(value))


def date_label(d: dict[str, Any] | None) -> str:
    if not d or not d.get("edtf"):
        return "no date"
    e = d["edtf"]
    if not d.get("year_known", True):
        return e.replace("XXXX-", "") + " (year unknown)"
    return e.replace("/", " – ")


def edtf(d: dict[str, Any] | None) -> str:
    """The EDTF string of a date record (empty when there is no date): the data form of a date."""
    return (d or {}).get("edtf") or ""


def err(message: str) -> None:
    sys.stderr.write(f"Error: {safe_line(message)}\n")


def note(message: str) -> None:
    """One line on stderr that is not an error (an empty result, a capped option)."""
    sys.stderr.write(f"{safe_line(message)}\n")


def safe(text: str) -> str:
    """Text from a release made harmless for a terminal (no escapes, no control characters, and
    bytes of an undecodable file name shown as U+FFFD instead of failing to print)."""
    from migtl.read import clean_text

    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return clean_text(text)


def safe_line(text: str) -> str:
    """:func:`safe`, on one line."""
    return " ".join(safe(text).split("\n"))
