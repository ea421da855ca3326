"""Output: exact JSON for scripts; Rich tables on a terminal; plain text when piped or NO_COLOR.

Release text is never interpreted as markup: every cell is a ``rich.text.Text``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any


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


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], note: str | None = None) -> None:
    """A Rich table on a terminal; tab-separated lines otherwise. Every string is shown as plain text."""
    cells = [[cell(c) for c in r] for r in rows]
    if not fancy():
        sys.stdout.write(f"# {safe_line(title)}\n" if title else "")
        sys.stdout.write("\t".join(columns) + "\n")
        for r in cells:
            sys.stdout.write("\t".join(c.replace("\t", " ") for c in r) + "\n")
        if note:
            sys.stdout.write(safe(note) + "\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    t = Table(title=Text(safe_line(title)) if title else None, show_lines=False, header_style="bold")
    for c in columns:
        t.add_column(Text(c), overflow="fold")
    for r in cells:
        t.add_row(*[Text(c) for c in r])
    console = Console()
    console.print(t)
    if note:
        console.print(Text(safe(note), style="dim"))


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


def err(message: str) -> None:
    sys.stderr.write(f"Error: {safe_line(message)}\n")


def safe(text: str) -> str:
    """Text from a release made harmless for a terminal (no escapes, no control characters, and
    bytes of an undecodable file name shown as U+FFFD instead of failing to print)."""
    from migtl.read import clean_text

    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return clean_text(text)


def safe_line(text: str) -> str:
    """:func:`safe`, on one line."""
    return " ".join(safe(text).split("\n"))
