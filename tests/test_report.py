"""The HTML report: one self-contained file, no network loads, hostile text stays text."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from migtl.report import build_report, embed_json, report_view
from migtl.report.dates import date_view, ftm_dates

SAMPLE = Path(__file__).parent / "data" / "report_sample.json"
REPORT_DIR = Path(__file__).resolve().parents[1] / "src" / "migtl" / "report"

HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_COMMENT = "<!--<script>"


@pytest.fixture()
def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def hostile(data: dict) -> dict:
    data = copy.deepcopy(data)
    data["events"][0]["title"] = HOSTILE_SCRIPT
    data["events"][1]["evidence"][0]["sentence"] = HOSTILE_IMG + " " + HOSTILE_COMMENT
    data["people"][0]["name"] = HOSTILE_IMG
    data["documents"][0]["title"] = HOSTILE_SCRIPT + HOSTILE_IMG
    data["documents"][1]["path"] = "javascript:alert(1)"
    data["offices"][0]["office"] = HOSTILE_SCRIPT
    return data


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script, self._buf = attrs, []

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse(page: str) -> Collector:
    c = Collector()
    c.feed(page)
    c.close()
    return c


def test_page_is_one_self_contained_file(sample):
    page = build_report(sample)
    assert page.lstrip().lower().startswith("<!doctype html>")
    doc = parse(page)
    for tag, attrs in doc.tags:
        assert not (tag == "script" and "src" in attrs), "external script"
        assert tag != "link", "external stylesheet or preload"
        assert tag not in ("iframe", "object", "embed")
        for key in ("src", "href", "action", "poster", "data"):
            value = attrs.get(key) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"{tag} {key}={value} loads from the network"
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page), "CSS pulls a network resource"
    # Exactly our three scripts: data, meta, code; only the code one is executable.
    kinds = [attrs.get("type") for attrs, _ in doc.scripts]
    assert kinds == ["application/json", "application/json", None]
    assert len(page) < 400_000


def test_csp_allows_only_the_inline_script(sample):
    page = build_report(sample)
    doc = parse(page)
    csp = [
        a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp and "default-src 'none'" in csp[0]
    code = doc.scripts[-1][1]
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in csp[0]
    assert "unsafe-inline" not in csp[0].split("script-src")[1].split(";")[0]


def test_embedded_data_round_trips(sample):
    page = build_report(sample, title="Test report")
    doc = parse(page)
    data = json.loads(doc.scripts[0][1])
    assert data == json.loads(json.dumps(report_view(sample)))
    assert len(data["events"]) == 8 and len(data["people"]) == 8 and len(data["offices"]) == 2
    meta = json.loads(doc.scripts[1][1])
    assert meta["title"] == "Test report"
    assert "<title>Test report</title>" in page


def test_hostile_text_is_escaped(sample):
    data = hostile(sample)
    page = build_report(data, title=HOSTILE_SCRIPT)
    for needle in (HOSTILE_SCRIPT, HOSTILE_COMMENT):
        assert needle not in page
    # '<img ...>' may only appear inside the JSON data block, where the HTML parser treats it as raw text.
    outside = re.sub(r'<script type="application/json" id="migtl-data">.*?</script>', "", page, flags=re.DOTALL)
    assert HOSTILE_IMG not in outside
    assert page.lower().count("</script") == 3
    doc = parse(page)
    assert len(doc.scripts) == 3 and sum(t == "script" for t, _ in doc.tags) == 3
    assert not any(t == "img" for t, _ in doc.tags)
    assert not any(any(k.startswith("on") for k in a) for _, a in doc.tags)
    embedded = json.loads(doc.scripts[0][1])
    # The text survives intact as data, to be shown with textContent.
    assert embedded["events"][0]["title"] == HOSTILE_SCRIPT
    assert embedded["events"][1]["evidence"][0]["sentence"].startswith(HOSTILE_IMG)
    assert embedded["people"][0]["name"] == HOSTILE_IMG


def test_embed_json_escapes_closing_tags():
    text = embed_json({"x": "</script><!--<script>", "y": "a</b"})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == {"x": "</script><!--<script>", "y": "a</b"}


def test_script_never_uses_html_sinks():
    js = (REPORT_DIR / "report.js").read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "srcdoc",
        "http://",
        "https://",
    ):
        if sink == "http://":
            # only the SVG namespace URI, which is a name, not a load
            assert js.count("http://") == js.count("http://www.w3.org/2000/svg")
            continue
        assert sink not in js, sink


def test_empty_and_partial_data_still_render():
    page = build_report({})
    assert "migtl-data" in page
    data = json.loads(parse(page).scripts[0][1])
    assert data == {"events": [], "people": [], "pairs": [], "offices": [], "documents": []}
    page = build_report({"events": [{"id": "x", "title": "only a title", "date": None}]})
    ev = json.loads(parse(page).scripts[0][1])["events"][0]
    assert ev["_d"]["kind"] == "none" and ev["participants"] == []
    with pytest.raises(TypeError):
        build_report([])  # type: ignore[arg-type]


def test_source_root_is_passed_to_the_page(sample):
    page = build_report(sample, source_root="/data/releases")
    assert json.loads(parse(page).scripts[1][1])["source_root"] == "/data/releases"


@pytest.mark.parametrize(
    "edtf, kind, t0, t1, label",
    [
        ("2017-04-18", "day", "2017-04-18", "2017-04-18", "18 Apr 2017"),
        ("2017-04-18/2017-04-19", "range", "2017-04-18", "2017-04-19", "18–19 Apr 2017"),
        ("2017-04-30/2017-05-02", "range", "2017-04-30", "2017-05-02", "30 Apr – 2 May 2017"),
        ("2016-12-30/2017-01-02", "range", "2016-12-30", "2017-01-02", "30 Dec 2016 – 2 Jan 2017"),
        ("2022-05", "month", "2022-05-01", "2022-05-31", "May 2022"),
        ("2024-02", "month", "2024-02-01", "2024-02-29", "Feb 2024"),
        ("2017", "year", "2017-01-01", "2017-12-31", "2017"),
        ("201X", "year", "2010-01-01", "2019-12-31", "2010–2019"),
        ("2018?", "year", "2018-01-01", "2018-12-31", "2018?"),
        ("XXXX-07-30", "unknown", None, None, "30 Jul, year unknown"),
        ("XXXX-07", "unknown", None, None, "Jul, year unknown"),
        (None, "none", None, None, "undated"),
        ("garbage", "none", None, None, "garbage"),
    ],
)
def test_date_view(edtf, kind, t0, t1, label):
    view = date_view(edtf)
    assert (view["kind"], view["t0"], view["t1"], view["label"]) == (kind, t0, t1, label)


def test_date_view_accepts_contract_dicts_and_unknown_month_day():
    view = date_view(
        {
            "edtf": "XXXX-07-30",
            "start": "XXXX-07-30",
            "end": "XXXX-07-30",
            "precision": "day",
            "year_known": False,
        }
    )
    assert view["kind"] == "unknown" and view["md"] == "07-30"
    view = date_view({"edtf": None, "start": "2020-01-02", "end": "2020-01-05"})
    assert (view["kind"], view["edtf"]) == ("range", "2020-01-02/2020-01-05")


def test_ftm_dates_keep_precision():
    assert ftm_dates("2022-05") == ("2022-05", None, None)
    assert ftm_dates("2017-04-18/2017-04-19") == ("2017-04-18", "2017-04-18", "2017-04-19")
    assert ftm_dates("XXXX-07-30") == (None, None, None)


RECORDS = Path(__file__).resolve().parents[1] / "records"


def real_data(tmp_path: Path) -> dict:
    """The analysis layer's output for the repository's sample releases (docs/contract.md shapes)."""
    pytest.importorskip("migtl.analysis")
    from migtl.export import collect
    from migtl.ingest import add_paths
    from migtl.store import Store

    db = tmp_path / "store.json"
    outcomes = add_paths(db, [str(RECORDS)])
    assert outcomes and all(o.status == "added" for o in outcomes)
    with Store.open(db) as st:
        return collect(st)


@pytest.mark.skipif(not RECORDS.is_dir(), reason="no records/ folder")
def test_report_and_exports_from_a_real_store(tmp_path):
    from migtl.export import FORMATS, export

    data = real_data(tmp_path)
    assert data["events"] and data["people"] and data["documents"]
    view = json.loads(parse(build_report(data)).scripts[0][1])
    for key in ("events", "people", "pairs", "offices", "documents"):
        assert len(view[key]) == len(data[key]), key
    # every event date the analysis produces is understood
    for ev in view["events"]:
        assert ev["_d"]["kind"] in ("day", "range", "month", "year", "unknown"), ev["date"]
    for fmt in [*FORMATS, "csv"]:
        assert export(data, fmt).strip(), fmt


def test_links_are_relative_to_the_page(tmp_path, run, records):
    """`migtl report` links each release relative to the page, so the page and the releases can be moved together."""
    assert run("add", records).exit_code == 0
    out = tmp_path / "site" / "report.html"
    out.parent.mkdir()
    assert run("report", out).exit_code == 0
    docs = json.loads(parse(out.read_text(encoding="utf-8")).scripts[0][1])["documents"]
    assert docs and all(not d["href"].startswith(("/", "file:")) for d in docs)
    for d in docs:
        assert (out.parent / d["href"]).resolve() == Path(d["path"]).resolve()
