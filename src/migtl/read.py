"""Bytes on disk to clean release text: encoding, binary detection, HTML article extraction.

``read_release`` is the only function here that touches the file system; ``decode`` and
``html_to_text`` are pure.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from migtl.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".html", ".htm", ".text")

_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF (convert it to text first)", b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
    b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-zip archive", b"\xd0\xcf\x11\xe0": "an old Office document",
    b"RIFF": "a media file", b"ID3": "an MP3 file", b"\x00\x00\x01\x00": "an icon",
}
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?")
# zero-width, bidi controls, BOM, soft hyphen and C0/C1 controls other than tab and newline
_ANSI_BYTES = re.compile(_ANSI.pattern.encode("ascii"))
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)  # C0 controls other than \t \n \v \f \r
_FALLBACKS = ["cp1251", "cp1254", "cp1252", "koi8_r", "iso8859_9", "mac_cyrillic"]


@dataclass(frozen=True)
class Source:
    """A release as read from disk: clean text plus what the file itself says about it."""

    path: str
    sha256: str
    kind: str  # text | html
    encoding: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date from HTML metadata


def clean_text(text: str) -> str:
    """Strip terminal escapes, invisible and control characters; NFC; unify line ends and spaces."""
    text = _ANSI.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", text)


def _utf16_guess(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.2 and even < 0.05:
        return "utf-16-le"
    if even > 0.2 and odd < 0.05:
        return "utf-16-be"
    # Cyrillic UTF-16-LE has few NULs; its high bytes are 0x04 at odd positions
    if sample[1::2].count(4) / (len(sample) / 2) > 0.3:
        return "utf-16-le"
    if sample[0::2].count(4) / (len(sample) / 2) > 0.3:
        return "utf-16-be"
    return None


def _utf32_guess(data: bytes) -> str | None:
    """UTF-32 without a BOM: text in the Basic Multilingual Plane has two zero bytes in every four."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 4:
        return None
    n = len(sample) // 4
    quads = [sample[i::4] for i in range(4)]
    zeros = [q[:n].count(0) / n for q in quads]
    if zeros[2] > 0.95 and zeros[3] > 0.99 and zeros[0] < 0.5:
        return "utf-32-le"
    if zeros[0] > 0.99 and zeros[1] > 0.95 and zeros[3] < 0.5:
        return "utf-32-be"
    return None


_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_TURKIC = frozenset("çğıöşüə")  # letters of Azerbaijani (and Turkish) Latin text
_ODD = frozenset("ðþýªºµ¶§¤¦¨¬¯°±²³´¸¹¼½¾¿×÷ßãåæõøœšž¡¢£¥ƒ†‡‰ˆ˜™ЂЃЉЊЋЏђѓљњћџЎўЈҐЁ─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓■√≈≤≥⌠⌡")
_WORD_RX = re.compile(r"[^\W\d_]+")


def _letters_score(text: str) -> int:
    """How much a decoding looks like the languages migtl reads: words in one script with their own
    letters count for it; letters these languages never use, words that mix Latin and Cyrillic and
    capitals inside a word (KOI8-R read as cp1251, or the reverse) count against it."""
    score = 0
    for w in _WORD_RX.findall(text):
        low = w.lower()
        cyr = sum(ch in _CYRILLIC for ch in low)
        odd = sum(ch in _ODD for ch in w)
        if cyr and cyr < len(w):
            score -= 3
            continue
        if odd:
            score -= 2 * odd
            continue
        if len(w) > 1 and not (w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower())):
            score -= 2
            continue
        score += cyr + sum(ch in _TURKIC for ch in low)
    return score


def _fallback_encoding(data: bytes) -> str:
    """The legacy code page that yields the most of our languages' own letters (cp1254 for "Görüş",
    cp1251 for "встреча"); charset-normalizer settles a tie."""
    sample = data[:65536]
    scores: dict[str, int] = {}
    for enc in _FALLBACKS:
        try:
            scores[enc] = _letters_score(sample.decode(enc))
        except UnicodeDecodeError:
            continue
    if not scores:
        return "cp1251"
    best = max(scores.values())
    tied = [e for e in _FALLBACKS if scores.get(e) == best]
    if len(tied) == 1:
        return tied[0]
    from charset_normalizer import from_bytes

    guess = from_bytes(data, cp_isolation=tied).best()
    return guess.encoding if guess is not None and guess.encoding in tied else tied[0]


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode release bytes to text; returns (text, encoding). Raises InputError for non-text."""
    if not data.strip():
        raise InputError(name, "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what}), not a text release")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    guess32 = _utf32_guess(data)
    if guess32:
        try:
            return data.decode(guess32), guess32
        except UnicodeDecodeError:
            pass
    guess = _utf16_guess(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    sample = _ANSI_BYTES.sub(b"", data[:65536])  # terminal escapes are junk in a text, not binary data
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > len(sample) * 0.02:
        raise InputError(name, "binary file, not a text release")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    bad = []
    for ln in lines:
        try:
            ln.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(ln)
    if len(bad) < len(lines) * 0.5 and len(lines) > 2:
        # mostly UTF-8 with some lines in a legacy code page: decode line by line
        enc = _fallback_encoding(b"\n".join(bad))
        out = []
        for ln in lines:
            try:
                out.append(ln.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(ln.decode(enc, errors="replace"))
        return "\n".join(out), f"utf-8+{enc}"
    enc = _fallback_encoding(data)
    return data.decode(enc, errors="replace"), enc


def looks_like_html(text: str, path: str = "") -> bool:
    if path.lower().endswith((".html", ".htm")):
        return True
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "br", "table", "section", "article",
           "header", "footer", "blockquote", "dd", "dt", "pre")
_FURNITURE = re.compile(r"menu|nav|footer|header|sidebar|share|breadcrumb|social|comment|banner|widget|cookie|search|lang",
                        re.I)


def _blocks_text(html: str) -> str:
    """Text of a page with one line per block element; menus, scripts and footers dropped (for table
    layouts and pages where the article extractor runs everything together)."""
    from lxml import html as lh

    try:
        root = lh.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several kinds on broken markup
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//form|//noscript|//select|//button"):
        bad.drop_tree()
    for el in root.xpath("//*[@class or @id]"):
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if _FURNITURE.search(marker) and el.getparent() is not None and len(el.text_content()) < 2000:
            el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag in ("td", "th", "li", "p", "div") or el.tag.startswith("h"):
            el.text = "\n" + (el.text or "")
    return "\n".join(ln.strip() for ln in root.text_content().split("\n") if ln.strip())


_GENERIC_TITLE = re.compile(r"^\W*(?:\w+\W+)?\w+\W*$")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Article text, headline and publication date (ISO) of an HTML page; menus and footers dropped."""
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or (len(text) > 400 and text.count("\n") < 2 and html.lower().count("<p") >= 2):
        text = _blocks_text(html)  # nothing found, or a table layout run into one line
    title = getattr(doc, "title", None) if doc is not None else None
    if title:
        title = _SITE_SUFFIX.sub("", title.strip())
        if _GENERIC_TITLE.match(title):
            title = None  # "Новости", "ФМС России": the site, not the headline
    date = getattr(doc, "date", None) if doc is not None else None
    return text, title, date


def _mb(n: float) -> str:
    return f"{n / (1024 * 1024):.1f} MB"  # the unit of --max-size


def _too_large(name: str, size: int | None, max_bytes: int) -> InputError:
    what = f"{_mb(size)} > limit {_mb(max_bytes)}" if size is not None else f"more than the limit of {_mb(max_bytes)}"
    return InputError(name, f"too large ({what}; raise it with --max-size)")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of a regular file; never blocks on a pipe or device. Raises InputError."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(name, "file disappeared before it could be read") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise InputError(name, "is a folder")
            if not stat.S_ISREG(st.st_mode):
                raise InputError(name, "not a regular file (a pipe, socket or device)")
            if st.st_size > max_bytes:
                raise _too_large(name, st.st_size, max_bytes)
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise _too_large(name, None, max_bytes)
    return data


def read_release(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one release file. Raises InputError with a one-line reason for anything unusable."""
    name = str(path)
    data = _read_bytes(path, max(max_bytes, 0))
    sha = hashlib.sha256(data).hexdigest()
    text, enc = decode(data, name)
    title = published = None
    kind = "text"
    if looks_like_html(text, name):
        kind = "html"
        text, title, published = html_to_text(text)
        title = " ".join(clean_text(title).split()) or None if title else None
    text = clean_text(text)
    if not re.search(r"\w{2,}", text):
        raise InputError(name, "no text in it")
    return Source(path=name, sha256=sha, kind=kind, encoding=enc, text=text, title=title, published=published)
