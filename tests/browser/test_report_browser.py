"""The report in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skipped only when /usr/bin/chromium is absent. Writes tests/output/report.png.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
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
    assert count(page, "documents") == 7 and count(page, "pairs") == 6
    assert page.locator("#timeline .ev").count() == 7  # dated events, all inside the fitted window
    assert page.locator("#unknown .ev").count() == 1  # XXXX-07-30 in its own lane
    assert page.locator("#event-list li").count() == 8
    assert page.locator("#tenures .holder").count() == 3
    assert page.locator("#tenures .handover").count() == 1
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
