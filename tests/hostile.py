"""Build a corpus of hostile input files for ingest/read tests.

    from hostile import make_hostile_corpus, GOOD_RELEASES, unreadable_is_enforced
    corpus = make_hostile_corpus(tmp_path)            # dict name -> Path
    corpus = make_hostile_corpus(tmp_path, include_huge=False)   # skip the 50 MiB file

Keys: empty, png_as_txt, png, zip_as_txt, huge, invalid_utf8, mixed_utf8_cp1251, utf16le_nobom,
messy_html, zero_width_bidi, long_line, rich_ansi, symlink_loop (a folder; ``symlink_loop/loop -> .``
and one good release inside), unreadable (chmod 000 — as root it is still readable: check
:func:`unreadable_is_enforced` and skip), good_en, good_ru, good_az.
``symlink_loop`` is missing where symlinks cannot be made; ``huge`` when ``include_huge=False``.

All release texts are synthetic (the counterpart officials are invented). The facts the three good
releases state are in :data:`GOOD_RELEASES`.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from pathlib import Path

HUGE_SIZE = 50 * 1024 * 1024
LONG_LINE_SIZE = 2 * 1024 * 1024

GOOD_EN = """\
Chief of the State Migration Service met with the IOM Chief of Mission in Azerbaijan

On 12 March 2019, Chief of the State Migration Service of the Republic of Azerbaijan Vusal Huseynov met with \
the Chief of Mission of the International Organization for Migration (IOM) in Azerbaijan Anna Lindqvist.

During the meeting, Vusal Huseynov informed the guest about the activities of the State Migration Service, \
the "ASAN Visa" electronic visa system and the measures taken to regulate labour migration. He noted that \
cooperation with IOM in the field of combating irregular migration and trafficking in human beings is \
successfully developing.

Anna Lindqvist thanked for the warm welcome and expressed IOM's readiness to continue joint projects, \
including trainings for migration officers planned for May 2019.

The sides also exchanged views on other issues of mutual interest.
"""

GOOD_RU = """\
Начальник Государственной миграционной службы встретился с послом Республики Беларусь

5 июня 2020 года начальник Государственной миграционной службы Азербайджанской Республики Вусал Гусейнов \
встретился с Чрезвычайным и Полномочным Послом Республики Беларусь в Азербайджанской Республике \
Игорем Соколовым.

В ходе встречи Вусал Гусейнов проинформировал гостя о деятельности службы, реализуемых реформах в сфере \
миграции и применении электронных услуг. Было отмечено, что сотрудничество между миграционными органами \
двух стран успешно развивается.

Посол Игорь Соколов выразил благодарность за радушный приём и заинтересованность в обмене опытом, \
в том числе в вопросах реадмиссии и трудовой миграции.

Стороны также обсудили другие вопросы, представляющие взаимный интерес.
"""

GOOD_AZ = """\
Dövlət Miqrasiya Xidmətinin rəisi Gürcüstan nümayəndə heyəti ilə görüşüb

2021-ci il 23 sentyabr tarixində Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Gürcüstan Daxili İşlər \
Nazirliyinin Miqrasiya Departamentinin rəisi Nino Beridze ilə görüşüb.

Görüşdə Vüsal Hüseynov qonaqlara Xidmətin fəaliyyəti, miqrasiya sahəsində həyata keçirilən islahatlar və \
elektron xidmətlər barədə məlumat verib. Qeyd olunub ki, iki ölkənin miqrasiya qurumları arasında \
əməkdaşlıq uğurla inkişaf edir.

Nino Beridze göstərilən qonaqpərvərliyə görə təşəkkür edib və qanunsuz miqrasiyaya qarşı mübarizə \
sahəsində təcrübə mübadiləsinin davam etdirilməsinin vacibliyini vurğulayıb.

Görüşdə qarşılıqlı maraq doğuran digər məsələlər də müzakirə olunub.
"""

#: What each good release states (names in nominative/dictionary form).
GOOD_RELEASES: dict[str, dict[str, object]] = {
    "good_en": {
        "lang": "en",
        "date": "2019-03-12",
        "people": ["Vusal Huseynov", "Anna Lindqvist"],
        "offices": {"Vusal Huseynov": "Chief of the State Migration Service"},
        "text": GOOD_EN,
    },
    "good_ru": {
        "lang": "ru",
        "date": "2020-06-05",
        "people": ["Вусал Гусейнов", "Игорь Соколов"],  # the text has the instrumental "Игорем Соколовым"
        "offices": {"Вусал Гусейнов": "начальник Государственной миграционной службы"},
        "text": GOOD_RU,
    },
    "good_az": {
        "lang": "az",
        "date": "2021-09-23",
        "people": ["Vüsal Hüseynov", "Nino Beridze"],
        "offices": {"Vüsal Hüseynov": "Dövlət Miqrasiya Xidmətinin rəisi"},
        "text": GOOD_AZ,
    },
}

EN_RELEASE_2 = """\
The State Migration Service hosted a working meeting with the delegation of the Republic of Moldova

On 4 October 2018, First Deputy Chief of the State Migration Service Rahim Mammadov received the delegation \
headed by the Head of the Bureau for Migration and Asylum of the Republic of Moldova Victor Ciobanu.

The parties discussed the implementation of the readmission agreement and exchanged information on \
the registration of foreigners and stateless persons.
"""


def _png_bytes() -> bytes:
    """A valid 1x1 RGBA PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00\xff")  # filter byte + one red pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _write_huge(path: Path, size: int) -> None:
    para = (GOOD_EN + "\n" + EN_RELEASE_2 + "\n").encode("utf-8")  # ASCII only, so byte slicing is safe
    chunk = para * (1024 * 1024 // len(para) + 1)
    chunk = chunk[: 1024 * 1024]
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            piece = chunk if left >= len(chunk) else chunk[:left]
            fh.write(piece)
            left -= len(piece)


def _invalid_utf8() -> bytes:
    head, tail = GOOD_EN.split("During the meeting")
    return (
        head.replace(" met with", " met\xa0with").encode("utf-8")
        + b"During the meeting \xff\xfe stray bytes \xc3\x28 bad continuation \xed\xa0\x80 encoded surrogate "
        + b"\xc0\xaf overlong "
        + tail.encode("utf-8")
        + "Press service \u2013 Baku\n".encode("utf-8")
        + b"truncated sequence at the end \xe2\x82"
    )


def _mixed_utf8_cp1251() -> bytes:
    out, n = [], 0
    for line in GOOD_RU.splitlines(keepends=True):
        if line.strip():  # alternate encodings over the text lines, starting with UTF-8 (title)
            out.append(line.encode("utf-8" if n % 2 == 0 else "cp1251"))
            n += 1
        else:
            out.append(line.encode("ascii"))
    return b"".join(out)


MESSY_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>News &amp; events | State Migration Service</title>
<style>body { font-family: Arial } .x:after { content: "Vusal Huseynov met nobody on 1 January 1999" }</style>
<script>var fake = "On 1 January 1999 Chief Ivan Fakeov met with Petr Scriptov"; if (a < b && c > d) {}</script>
<script type="application/ld+json">{"datePublished": "2099-01-01"}</script>
</head>
<body>
<!-- On 2 February 2002 Commented Person met with Hidden Official -->
<div class="menu"><ul><li><a href="/">Home</a><li><a href="/news">News</a></ul></div>
<div class="article"><h1>Chief of the State Migration Service met with the IOM Chief of Mission &amp; delegation</h1>
<p><b>On 12 March 2019, Chief of the State Migration Service of the Republic of Azerbaijan
<i>Vusal&nbsp;Huseynov</b> met with</i> the Chief of Mission of the International Organization for Migration
(IOM) in Azerbaijan Anna&nbsp;Lindqvist.
<p>During the meeting, the sides discussed cooperation &#8212; including &#1042;&#1080;&#1079;&#1072;
(&#x412;&#x438;&#x437;&#x430;) issues &lt;and&gt; labour migration &copy; &unknownentity; &#0; &#xD800; &#99999999;
<div><span>The sides also exchanged views on other issues of mutual interest.
<table><tr><td>Press service<td>Baku</table>
<p>Unclosed paragraph <em>unclosed emphasis <a href="javascript:alert(1)">link
</body>
<footer>© 2019 <script>document.write("On 3 March 2003 Footer Man met with Script Lady")</script>
"""

ZERO_WIDTH_BIDI = """\
Chief of the State Migration Service met with the IOM Chief of Mission

On 12 March 2019, Chief of the State Migration Service Vu\u200bsal Huse\u200dynov met with the Chief of \
Mission of the International Organization for Migration (IOM) in Azerbaijan \u202eAnna Lindqvist and \
her deputy \u2066Mark\u200b Olsen\u2069.

During the meeting, Vusal\u200d Huseynov\u202e informed the guests about the activities of the Service.\u2066
"""

RICH_ANSI = """\
\x1b]0;title\x07\x1b[31mChief of the State Migration Service met with the IOM Chief of Mission\x1b[0m

On 12 March 2019, Chief of the State Migration Service [bold red]Vusal Huseynov[/] met with the Chief of \
Mission of the IOM in Azerbaijan \x1b[1;32mAnna Lindqvist\x1b[0m [link=file:///etc/passwd]here[/link].

Unbalanced markup [/bold] and [red and an escaped \\[not markup] and a bell \x07 and \x1b[2J clear screen \
and backspaces abc\x08\x08\x08 and a carriage return\roverwritten.
"""


def unreadable_is_enforced(path: Path) -> bool:
    """True if opening ``path`` for reading really fails (False when running as root)."""
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError:
        return True
    return False


def make_hostile_corpus(root: Path, *, include_huge: bool = True) -> dict[str, Path]:
    """Create the hostile corpus under ``root`` (created if missing) and return name -> path."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}

    def put(name: str, filename: str, data: bytes | str) -> Path:
        p = root / filename
        if p.exists() and not p.is_symlink():
            os.chmod(p, 0o644)  # re-running over an old corpus with the chmod-000 file
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        out[name] = p
        return p

    put("empty", "empty.txt", b"")
    png = _png_bytes()
    put("png_as_txt", "image_as_text.txt", png)
    put("png", "image.png", png)

    zpath = root / "archive_as_text.txt"
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("release.txt", GOOD_EN)
        zf.writestr("nested/релиз.txt", GOOD_RU)
    out["zip_as_txt"] = zpath

    if include_huge:
        _write_huge(root / "huge.txt", HUGE_SIZE)
        out["huge"] = root / "huge.txt"

    put("invalid_utf8", "invalid_utf8_en.txt", _invalid_utf8())
    put("mixed_utf8_cp1251", "mixed_utf8_cp1251_ru.txt", _mixed_utf8_cp1251())
    put("utf16le_nobom", "utf16le_nobom_ru.txt", GOOD_RU.encode("utf-16-le"))
    put("messy_html", "messy_release.html", MESSY_HTML)
    put("zero_width_bidi", "zero_width_bidi_en.txt", ZERO_WIDTH_BIDI)

    sentence = GOOD_EN.replace("\n", " ").encode("utf-8")
    line = (sentence * (LONG_LINE_SIZE // len(sentence) + 1))[:LONG_LINE_SIZE]
    put("long_line", "long_line.txt", line)

    put("rich_ansi", "rich_ansi_en.txt", RICH_ANSI)

    loopdir = root / "loopdir"
    loopdir.mkdir(exist_ok=True)
    (loopdir / "inside_loop_en.txt").write_text(EN_RELEASE_2, encoding="utf-8")
    try:
        link = loopdir / "loop"
        if not link.is_symlink():
            os.symlink(".", link, target_is_directory=True)
        out["symlink_loop"] = loopdir
    except (OSError, NotImplementedError):
        pass

    unreadable = put("unreadable", "unreadable_en.txt", EN_RELEASE_2)
    os.chmod(unreadable, 0)

    put("good_en", "good_en.txt", GOOD_EN)
    put("good_ru", "good_ru.txt", GOOD_RU)
    put("good_az", "good_az.txt", GOOD_AZ)
    return out
