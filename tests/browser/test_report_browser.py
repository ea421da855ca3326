"""The report in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skipped only when /usr/bin/chromium is absent. Writes tests/output/report.png.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from migtl.report import build_report

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "report_sample.json"
OUTPUT = ROOT / "output"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"
)

HOSTILE_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
HOSTILE_SCRIPT = "</script><script>window.__pwned=2;alert(2)</script>"


def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def hostile_data() -> dict:
    """The fixture with hostile strings in places the page shows (counts stay the same)."""
    data = copy.deepcopy(sample())
    ev = next(e for e in data["events"] if e["id"] == "e5")
    ev["evidence"][0]["sentence"] += " " + HOSTILE_IMG + " " + HOSTILE_SCRIPT
    ev["title"] = HOSTILE_SCRIPT
    doc = next(d for d in data["documents"] if d["id"] == "d4")
    doc["title"] += " " + HOSTILE_IMG
    doc["path"] = "javascript:window.__pwned=3"
    data["people"][0]["name"] = HOSTILE_IMG
    data["offices"][0]["office"] = HOSTILE_IMG
    return data


def open_page(browser, tmp_path, data, title=None):
    html_file = tmp_path / "report.html"
    html_file.write_text(build_report(data, title=title), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 1250})
    page.set_default_timeout(4000)
    seen = {"problems": [], "dialogs": [], "requests": []}
    page.on(
        "console",
        lambda m: (
            seen["problems"].append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    page.on("pageerror", lambda e: seen["problems"].append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.goto(html_file.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=5000)
    return page, seen


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def count(page, name: str) -> int:
    return int(page.get_attribute(f"#count-{name}", "data-count"))


def test_report_in_chromium(browser, tmp_path):
    page, seen = open_page(browser, tmp_path, sample())

    # Counters and what is drawn.
    assert (count(page, "events"), count(page, "people"), count(page, "offices")) == (8, 8, 2)
    assert count(page, "documents") == 7
    assert (count(page, "meetings"), count(page, "coattendance")) == (4, 2)  # counted apart
    assert page.locator("#timeline .ev").count() == 7  # dated events, all inside the fitted window
    # every label carries its date, and rows run in date order from the top
    labels = page.eval_on_selector_all("#timeline .ev .lbl", "ns => ns.map(n => n.textContent)")
    assert all(" · " in t and re.match(r"^(\d|[A-Z][a-z]{2} |\d{4})", t) for t in labels), labels
    ys = page.eval_on_selector_all("#timeline .ev", "ns => ns.map(n => [n.getAttribute('data-id'), n.querySelector('.mark').getBBox().y, n.querySelector('.mark').getBBox().x])")
    by_x = [i for i, _, _ in sorted(ys, key=lambda r: r[2])]
    by_y = [i for i, _, _ in sorted(ys, key=lambda r: r[1])]
    assert by_x == by_y, "rows are in date order"
    assert page.locator("#unknown .ev").count() == 1  # XXXX-07-30 in its own lane
    assert page.locator("#event-list li").count() == 8
    # the office with a succession first; the office with one holder folded below
    assert page.locator("#tenures-main .holder").count() == 2
    assert page.locator("#tenures-main .handover").count() == 1
    assert page.locator("#tenures-single .holder").count() == 0
    page.click("#tenures-more summary")
    assert page.locator("#tenures-single .holder").count() == 1
    assert page.locator("#network .node").count() == 8
    assert page.locator("#network path.link.met").count() == 4
    assert page.locator("#network path.link.attended").count() == 2

    # Clicking a person node filters the timeline to that person's events.
    page.click('#network .node[data-id="p-huseynov"]')
    assert count(page, "events") == 4
    assert page.locator("#event-list li").count() == 4
    assert page.locator("#timeline .ev").count() == 4
    assert page.locator("#unknown .ev").count() == 0
    assert page.input_value("#f-person") == "p-huseynov"
    assert count(page, "offices") == 1
    assert "Vusal Huseynov" in page.inner_text("#details-body")
    page.click('#network .node[data-id="p-huseynov"]')  # again: filter off
    assert count(page, "events") == 8

    # Other filters: language, place, date range, office.
    page.uncheck('#f-lang input[value="ru"]')
    assert count(page, "events") == 7
    page.check('#f-lang input[value="ru"]')
    page.select_option("#f-place", "New York")
    assert count(page, "events") == 3
    page.select_option("#f-place", "")
    page.fill("#f-from", "2021-01-01")
    page.dispatch_event("#f-from", "change")
    assert count(page, "events") == 4  # 3 events from 2021 on + the year-unknown one
    page.click("#f-reset")
    page.select_option("#f-office", "Голова Державної міграційної служби України")
    assert (count(page, "events"), count(page, "offices")) == (1, 1)
    page.click("#f-reset")
    assert count(page, "events") == 8

    # Zooming keeps the counts but changes the window.
    page.click("#zoom-in")
    page.click("#zoom-fit")
    assert page.locator("#timeline .ev").count() == 7

    # An event shows its sentence and its release.
    page.click("#event-list-wrap summary")
    page.click('#event-list li[data-id="e5"]')
    details = page.inner_text("#details-body")
    assert "UN Migration Network Azerbaijan" in details
    assert "records/003_f74cdb06c562fb54.txt" in details
    assert page.get_attribute("#details-body figcaption a", "href") == "records/003_f74cdb06c562fb54.txt"

    # A tenure bar shows the evidence behind it.
    page.click('#tenures .holder[data-person="p-sokoliuk"]')
    assert "Appointed" in page.inner_text("#details-body")

    # Nothing but the file itself was loaded, and nothing complained.
    assert all(u.startswith(("file:", "data:", "about:")) for u in seen["requests"]), seen["requests"]
    assert seen["problems"] == [] and seen["dialogs"] == []

    # Screenshot with a selected event in the details panel.
    page.click("#event-list-wrap summary")
    page.click('#timeline .ev[data-id="e1"]')
    page.evaluate("window.scrollTo(0, 0)")
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "report.png"), full_page=True)
    assert (OUTPUT / "report.png").stat().st_size > 20_000
    page.close()


def test_hostile_text_stays_text(browser, tmp_path):
    page, seen = open_page(browser, tmp_path, hostile_data(), title=HOSTILE_SCRIPT)
    assert count(page, "events") == 8
    page.click("#event-list-wrap summary")
    page.click('#event-list li[data-id="e5"]')
    details = page.inner_text("#details-body")
    assert HOSTILE_IMG in details and HOSTILE_SCRIPT in details
    assert HOSTILE_IMG in page.inner_text("#doc-table")
    assert HOSTILE_IMG in page.inner_text("#tenures")
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert page.title() == HOSTILE_SCRIPT and page.inner_text("h1") == HOSTILE_SCRIPT
    # a javascript: path is shown, not linked
    page.click('#doc-table tr[data-id="d4"]')
    assert page.locator('#details-body a[href^="javascript"]').count() == 0
    assert "javascript:window.__pwned=3" in page.inner_text("#details-body")
    page.click('#network .node[data-id="p-nabiyev"]')
    assert HOSTILE_IMG in page.inner_text("#details-body")
    assert page.evaluate("window.__pwned === undefined")
    assert seen["dialogs"] == [] and seen["problems"] == []
    page.close()


def test_real_store_report(browser, tmp_path):
    spec = importlib.util.spec_from_file_location("_migtl_test_report", ROOT / "test_report.py")
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    data = helpers.real_data(tmp_path)
    page, seen = open_page(browser, tmp_path, data)
    assert count(page, "events") == len(data["events"])
    assert count(page, "offices") == len(data["offices"])
    assert page.locator("#network .node").count() == len(
        {p["id"] for p in data["people"]} | {p[k]["id"] for p in data["pairs"] for k in ("a", "b")}
    )
    # the most active person: clicking the node leaves exactly their events
    busiest = max(
        data["people"],
        key=lambda p: sum(p["id"] in {x["id"] for x in e["participants"]} for e in data["events"]),
    )
    theirs = sum(busiest["id"] in {x["id"] for x in e["participants"]} for e in data["events"])
    page.click(f'#network .node[data-id="{busiest["id"]}"]')
    assert count(page, "events") == theirs
    assert seen["problems"] == [] and seen["dialogs"] == []
    page.close()


# ---------------------------------------------------------------------------------- 3,000 releases
@pytest.fixture(scope="module")
def big_report(tmp_path_factory):
    """A real store of 3,000 synthetic releases (benchmarks/generate.py) and the report migtl writes."""
    root = tmp_path_factory.mktemp("big")
    env = {**os.environ, "PYTHONPATH": str(ROOT.parent / "src")}
    subprocess.run([sys.executable, str(ROOT.parent / "benchmarks" / "generate.py"), str(root / "releases"),
                    "--docs", "3000", "--seed", "5"], check=True, capture_output=True, env=env)
    db, out = root / "store.json", root / "site" / "report.html"
    out.parent.mkdir()
    for args in (["add", "-q", "-j", "2", str(root / "releases")], ["report", str(out)]):
        r = subprocess.run([sys.executable, "-m", "migtl", "--db", str(db), *args], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
    return out


def test_report_of_3000_releases_puts_the_answers_first(browser, big_report):
    page = browser.new_page(viewport={"width": 1440, "height": 1250})
    page.set_default_timeout(30000)
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(big_report.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=60000)
    data = json.loads(page.eval_on_selector("#migtl-data", "n => n.textContent"))
    n_events = len(data["events"])  # the generator tells a quarter of its events again in another language
    assert n_events < 3000 and sum(not e["mentioned"] for e in data["events"]) < 3000
    assert count(page, "events") == n_events and count(page, "documents") == 3000
    assert count(page, "meetings") > 0 and count(page, "coattendance") > 0
    # the network sits beside the timeline, at the top of the page
    tl, net = page.locator("#timeline-card").bounding_box(), page.locator("#network-card").bounding_box()
    assert net["y"] < tl["y"] + 50 and net["x"] > tl["x"] + tl["width"] - 5
    assert 0 < page.locator("#network .node").count() <= 60
    # offices with a succession come first; the rest are folded
    multi = {o["office"] for o in data["offices"] if len(o["holders"]) >= 2}
    shown = page.eval_on_selector_all("#tenures-main .office-title", "ns => ns.map(n => n.textContent)")
    assert shown and set(shown) <= multi
    assert page.locator("#tenures-single .holder").count() == 0
    # lists are capped, with "show all"
    page.click("#event-list-wrap summary")
    assert page.locator("#event-list li").count() == 100
    page.click("#event-list-more button")
    assert page.locator("#event-list li").count() == n_events
    assert page.locator("#doc-table tbody tr").count() == 100
    page.click("#doc-more button")
    assert page.locator("#doc-table tbody tr").count() == 3000
    assert page.locator("#unknown .chip.ev").count() <= 12
    # links to releases are relative to the page
    hrefs = page.eval_on_selector_all("#doc-table tbody tr", "ns => ns.slice(0, 3).map(n => n.getAttribute('data-id'))")
    page.click(f'#doc-table tr[data-id="{hrefs[0]}"]')
    href = page.get_attribute("#details-body a", "href")
    assert href.startswith("../releases/") and not href.startswith(("file:", "/")), href
    # a person filter still works at this size
    busiest = page.get_attribute("#network .node", "data-id")
    page.focus(f'#network .node[data-id="{busiest}"]')
    page.keyboard.press("Enter")
    assert 0 < count(page, "events") < n_events
    page.click("#f-reset")
    page.evaluate("window.scrollTo(0, 0)")
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "report-3000.png"))
    assert problems == []
    page.close()
