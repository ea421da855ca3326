"""The CLI as an analyst uses it (issue 12): clear errors, filters that say when they match nothing,
dates read strictly, piped output that is data, one table per CSV export, identity decisions that
cannot fuse people by accident, evidence in one shape, search, progress, usage errors and help."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from migtl.cli import app

ROOT = Path(__file__).resolve().parent.parent
LONG_TITLE = "The delegation headed by the Chief of the State Migration Service is on a visit in New York"


@pytest.fixture
def loaded(run, records):
    r = run("add", records)
    assert r.exit_code == 0, r.output
    return run


def one_error_line(r, *needles: str) -> str:
    assert r.exit_code == 1, r.output
    lines = [ln for ln in r.output.strip().splitlines() if ln]
    assert len(lines) == 1 and lines[0].startswith("Error: "), r.output
    assert "Traceback" not in r.output
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


# ---------------------------------------------------------------------------------- a store that is not there
@pytest.mark.parametrize("args", [["timeline"], ["who-met"], ["people"], ["stats"], ["tenure", "Vusal"],
                                  ["search", "migration"], ["show", "x.txt"], ["export", "--format", "json"],
                                  ["alias", "A", "B"], ["merge", "A", "B"], ["remove", "x"], ["reindex"]])
def test_a_query_on_a_missing_store_is_an_error(run, tmp_path, args):
    db = tmp_path / "typo.json"
    r = run("--db", db, *args)
    one_error_line(r, f"no store at {db} (add releases first: migtl add FOLDER)")
    assert not db.exists()


def test_report_on_a_missing_store_is_an_error_and_writes_nothing(run, tmp_path):
    db, out = tmp_path / "typo.json", tmp_path / "r.html"
    one_error_line(run("--db", db, "report", out), f"no store at {db}")
    assert not out.exists() and not db.exists()


def test_add_of_a_folder_without_releases_says_what_it_skipped(run, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    one_error_line(run("add", empty), "no release files", str(empty))
    other = tmp_path / "other"
    other.mkdir()
    for name in ("a.csv", "b.csv", "c.csv", "d.png"):
        (other / name).write_bytes(b"x")
    line = one_error_line(run("add", other), "no release files")
    assert "skipped 3 .csv and 1 .png files" in line
    assert not (tmp_path / "store.json").exists()


# ---------------------------------------------------------------------------------- filters
def test_a_person_filter_that_names_nobody_is_an_error(loaded):
    one_error_line(loaded("timeline", "--person", "Nobody Atall"), "no person matches 'Nobody Atall'")
    one_error_line(loaded("who-met", "Nobody Atall"), "no person matches 'Nobody Atall'")


def test_a_place_no_event_has_is_an_error_that_lists_the_places(loaded):
    line = one_error_line(loaded("timeline", "--place", "Atlantis"), "no event has a place matching 'Atlantis'")
    assert "Baku" in line and "New York" in line


def test_a_first_name_alone_finds_its_person(loaded):
    pairs = json.loads(loaded("who-met", "Vusal", "--json").output)
    assert pairs and all("Vusal Huseynov" in (p["a"]["name"], p["b"]["name"]) for p in pairs)
    events = json.loads(loaded("timeline", "--person", "Firudin", "--json").output)
    assert {e["date"]["edtf"] for e in events} == {"2017-04-18/2017-04-19", "XXXX-07-30"}


def test_an_ambiguous_first_name_lists_the_candidates(run, tmp_path):
    folder = tmp_path / "rel"
    folder.mkdir()
    for i, last in enumerate(("Lindqvist", "Moretti")):
        (folder / f"r{i}.txt").write_text(
            f"Visit {i}\n\nOn {i + 3} May 2019, Chief of the State Migration Service Vusal Huseynov met with "
            f"Ambassador Anna {last} in Baku.\n", encoding="utf-8")
    assert run("add", folder).exit_code == 0
    line = one_error_line(run("who-met", "Anna"), "'Anna' matches 2 people")
    assert "Anna Lindqvist" in line and "Anna Moretti" in line


@pytest.mark.parametrize("query", ["Государственная миграционная служба", "Dövlət Miqrasiya Xidməti",
                                   "State Migration Service"])
def test_tenure_finds_the_office_by_its_body_in_any_language(loaded, query):
    offices = json.loads(loaded("tenure", query, "--json").output)
    assert "Chief of the State Migration Service of Azerbaijan" in [o["office"] for o in offices]


def test_filtering_by_a_person_who_is_only_mentioned_says_so(loaded):
    r = loaded("timeline", "--person", "William Lacy Swing", "--json")
    assert r.exit_code == 0
    assert [e["mentioned"] for e in json.loads(r.output)] == [True], "only the visit a release refers to"
    r = loaded("who-met", "William Lacy Swing")
    assert "took part in no event" in r.output


# ---------------------------------------------------------------------------------- dates
@pytest.mark.parametrize("value, why", [("2021-13", "no month 13"), ("2021-02-30", "February 2021 has 28 days"),
                                        ("0000", "not a year"), ("-1", "four digits"), ("nan", "not a date"),
                                        ("inf", "not a date"), ("1e5", "not a date"), ("Q5 2022", "no quarter 5"),
                                        ("", "empty")])
def test_dates_that_are_not_dates_are_one_clear_line(loaded, value, why):
    one_error_line(loaded("timeline", "--from", value), "--from", why)


def test_a_range_that_ends_before_it_starts_is_an_error(loaded):
    one_error_line(loaded("timeline", "--from", "2022", "--to", "2021"), "--from '2022' (1 Jan 2022) is after --to '2021'")


def test_quarters_and_words_are_read_as_dates(loaded):
    events = json.loads(loaded("timeline", "--from", "Q2 2022", "--to", "Q2 2022", "--json").output)
    assert [e["date"]["edtf"] for e in events] == ["2022-05-21", "2022-06-30"]
    events = json.loads(loaded("timeline", "--from", "21 мая 2022", "--to", "June 2022", "--json").output)
    assert [e["date"]["edtf"] for e in events] == ["2022-05-21", "2022-06-30"]


def test_relative_dates_are_pinned_to_today():
    from datetime import date

    from migtl.humandate import parse_date

    today = date(2024, 6, 15)
    assert parse_date("last year", today=today) == date(2023, 1, 1)
    assert parse_date("last year", end=True, today=today) == date(2023, 12, 31)
    assert parse_date("last month", end=True, today=today) == date(2024, 5, 31)
    assert parse_date("3 days ago", today=today) == date(2024, 6, 12)


# ---------------------------------------------------------------------------------- piped output is data
@pytest.mark.parametrize("args", [["timeline"], ["who-met"], ["people"], ["stats"], ["tenure", "Vusal"],
                                  ["search", "migration"], ["show", "000_9b205427c53fb796.txt"]])
def test_piped_output_is_one_table_with_one_header(loaded, args):
    out = loaded(*args).output
    lines = out.splitlines()
    assert not any(ln.startswith("#") for ln in lines), args
    widths = {len(ln.split("\t")) for ln in lines}
    assert len(widths) == 1 and widths.pop() > 1, (args, lines[:3])
    header = lines[0].split("\t")
    assert all(h and h == h.strip() for h in header)
    assert sum(ln == lines[0] for ln in lines) == 1


def test_piped_output_never_cuts_titles_or_sentences(loaded):
    out = loaded("timeline").output
    assert LONG_TITLE in out and "…" not in out
    sentence = json.loads(loaded("timeline", "--json").output)[0]["evidence"][0]["sentence"]
    assert len(sentence) > 160 and sentence in out
    show = loaded("show", "000_9b205427c53fb796.txt").output
    assert sentence in show


# words of the terminal view's own titles, headers and labels
TERMINAL_WORDS = set("""timeline who met whom people search event release releases participants date place name
aliases roles holder first seen last change handover from to between as written took part sentence kind a b title
meetings year unknown yes mentioned no and the text headline dateline its publication""".split())


@pytest.mark.parametrize("args", [["timeline"], ["who-met"], ["people"], ["tenure", "Vusal"], ["search", "IOM"],
                                  ["show", "001_2ed558ed692ea4c7.txt"]])
def test_the_terminal_view_at_80_columns_never_breaks_a_word(loaded, monkeypatch, args):
    monkeypatch.setattr("migtl.render.fancy", lambda: True)
    monkeypatch.setenv("COLUMNS", "80")
    r = loaded(*args, "--tsv")
    assert r.exit_code == 0, r.output
    known = set(re.findall(r"\w+", r.output))
    r = loaded(*args)
    assert r.exit_code == 0, r.output
    out = r.output
    assert max(len(ln) for ln in out.splitlines()) <= 80
    for word in re.findall(r"\w+…?", out):
        if word.endswith("…"):
            assert any(k.startswith(word[:-1]) for k in known), word
        else:
            assert word in known or word.isdigit() or word in TERMINAL_WORDS, word


@pytest.mark.parametrize("cmd", [["timeline"], ["who-met"], ["people"], ["stats"], ["tenure", "Vusal"], ["search", "IOM"]])
def test_every_listing_takes_csv_and_tsv(loaded, cmd):
    r_tsv, r_csv = loaded(*cmd, "--tsv"), loaded(*cmd, "--csv")
    assert r_tsv.exit_code == 0 and r_csv.exit_code == 0, (r_tsv.output, r_csv.output)
    tsv = r_tsv.output
    rows = list(csv.reader(io.StringIO(r_csv.output)))
    assert rows and rows[0] == tsv.splitlines()[0].split("\t")
    assert len(rows) == len(tsv.splitlines())


@pytest.mark.parametrize("flags", [["--json", "--nl"], ["--csv", "--tsv"], ["--json", "--csv"]])
def test_two_output_formats_at_once_is_an_error(loaded, flags):
    one_error_line(loaded("timeline", *flags), "cannot be used together")


def test_a_negative_limit_is_an_error(loaded):
    one_error_line(loaded("timeline", "-n", "-1"), "--limit -1")
    assert json.loads(loaded("timeline", "-n", "0", "--json").output) == []


def test_sort_on_timeline_and_who_met(loaded):
    titles = [e["title"] for e in json.loads(loaded("timeline", "--sort", "title", "--json").output)]
    assert titles == sorted(titles, key=str.casefold)
    dates = [e["date"]["edtf"] for e in json.loads(loaded("timeline", "--desc", "--json").output)]
    assert dates[0] == "XXXX-09" and dates[-1] == "2017-04-18/2017-04-19"  # the visit 004 mentions, year unknown
    pairs = json.loads(loaded("who-met", "--sort", "date", "--json").output)
    starts = [p["date"]["start"] for p in pairs if p["date"]["year_known"]]
    assert starts == sorted(starts)
    names = [p["a"]["name"].casefold() for p in json.loads(loaded("who-met", "--sort", "person", "--json").output)]
    assert names == sorted(names)


# ---------------------------------------------------------------------------------- export csv
def test_csv_export_is_one_table_or_a_folder_of_tables(loaded, tmp_path):
    out = loaded("export", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 6 and "date_edtf" in rows[0] and "# table" not in out  # 5 reported, 1 mentioned
    people = list(csv.DictReader(io.StringIO(loaded("export", "-f", "csv", "--table", "people").output)))
    assert "aliases" in people[0]
    folder = tmp_path / "tables"
    folder.mkdir()
    r = loaded("export", "-f", "csv", "--out", folder)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in
                                                              ("events", "people", "pairs", "offices", "holders", "documents"))
    assert (folder / "events.csv").read_text(encoding="utf-8") == out
    one_error_line(loaded("export", "-f", "csv", "--table", "all"), "one file per table")


# ---------------------------------------------------------------------------------- identity decisions
def test_alias_that_names_another_known_person_is_refused(loaded):
    before = json.loads(loaded("people", "--json").output)
    line = one_error_line(loaded("alias", "Firudin Nabiyev", "Vusal Huseynov"), "another person", "migtl merge")
    assert "Vusal Huseynov" in line
    assert json.loads(loaded("people", "--json").output) == before


def test_merge_of_a_person_with_themselves_and_an_empty_alias_are_errors(loaded):
    one_error_line(loaded("merge", "Vusal Huseynov", "Вусал Гусейнов"), "already one person")
    one_error_line(loaded("alias", "Vusal Huseynov", ""), "empty")
    one_error_line(loaded("alias", "Vusal Huseynov", "   "), "empty")


def test_a_user_chooses_the_displayed_name(loaded, records):
    r = loaded("rename", "Vusal Huseynov", "Vüsal Hüseynov")
    assert r.exit_code == 0, r.output
    people = {p["name"]: p for p in json.loads(loaded("people", "--json").output)}
    assert "Vüsal Hüseynov" in people and "Vusal Huseynov" in people["Vüsal Hüseynov"]["aliases"]
    loaded("add", records)  # survives re-adding
    events = json.loads(loaded("timeline", "--person", "Vüsal Hüseynov", "--json").output)
    assert len(events) == 3 and all("Vüsal Hüseynov" in [p["name"] for p in e["participants"]] for e in events)
    assert loaded("reindex").exit_code == 0
    assert "Vüsal Hüseynov" in [p["name"] for p in json.loads(loaded("people", "--json").output)]
    assert loaded("check").exit_code == 0
    one_error_line(loaded("rename", "Vusal", "Firudin Nabiyev"), "another person")


# ---------------------------------------------------------------------------------- stats, evidence, show
def test_stats_shows_offices(loaded, monkeypatch):
    out = loaded("stats").output
    assert "office holders\tChief of the State Migration Service of Azerbaijan\t2" in out
    monkeypatch.setattr("migtl.render.fancy", lambda: True)
    assert "by office" in loaded("stats").output
    assert json.loads(loaded("stats", "--json").output)["by_office"]["Chief of the State Migration Service of Azerbaijan"] == 2


def test_attended_pairs_carry_the_sentence_that_puts_both_there(loaded):
    pairs = json.loads(loaded("who-met", "--kind", "attended", "--json").output)
    assert pairs
    for p in pairs:
        assert p["evidence"] and all(e["sentence"] and e["document"] == p["documents"][0] for e in p["evidence"]), p
    # in the English release both names are in the sentences shown
    for p in pairs:
        if Path(p["documents"][0]["path"]).name == "003_f74cdb06c562fb54.txt":
            text = " ".join(e["sentence"] for e in p["evidence"])
            assert p["a"]["name"] in text and p["b"]["name"] in text, (p["a"], p["b"], text)


def test_evidence_names_its_release_as_id_and_path_everywhere(loaded):
    docs = []
    for e in json.loads(loaded("timeline", "--json").output):
        docs += [x["document"] for x in e["evidence"]]
    for p in json.loads(loaded("who-met", "--json").output):
        docs += [x["document"] for x in p["evidence"]]
    for o in json.loads(loaded("tenure", "Vusal", "--json").output):
        docs += [x["document"] for h in o["holders"] for x in h["evidence"]]
    data = json.loads(loaded("export", "-f", "json").output)
    docs += [x["document"] for e in data["events"] for x in e["evidence"]]
    assert docs and all(isinstance(d, dict) and set(d) == {"id", "path"} for d in docs)


def test_show_names_the_line_behind_a_publication_date_and_prints_the_text(loaded, records):
    data = json.loads(loaded("show", "002_9a92d8eb77b572ee.txt", "--json").output)
    assert data["event"]["evidence"][0]["sentence"] == "21 мая 2022 г. 16:49"
    assert not any(e["sentence"].startswith("published ") for e in data["event"]["evidence"])
    text = loaded("show", "002_9a92d8eb77b572ee.txt", "--text").output
    assert "Генассамблея ООН высоко оценила работу" in text and "Яшар Алиев" in text
    assert text.count("\n") > 5


# ---------------------------------------------------------------------------------- search
def test_search_finds_a_name_in_all_its_forms(loaded):
    rows = json.loads(loaded("search", "Vusal Huseynov", "--json").output)
    found = {m for r in rows for m in r["matches"]}
    assert {"Vusal Huseynov", "Вусалом Гусейновым", "В.Гусейнов"} <= found
    assert all(set(r) >= {"document", "date", "sentence", "title"} for r in rows)
    assert {Path(r["document"]["path"]).name for r in rows} >= {"002_9a92d8eb77b572ee.txt", "003_f74cdb06c562fb54.txt"}


def test_search_finds_words_and_says_when_nothing_matches(loaded):
    rows = json.loads(loaded("search", "global compact", "--json").output)
    assert rows and all("global compact" in r["sentence"].casefold() for r in rows)
    r = loaded("search", "zzzqqq")
    assert r.exit_code == 0 and "no release contains 'zzzqqq'" in r.output


# ---------------------------------------------------------------------------------- progress
def test_progress_advances_per_release_before_the_chunk_is_stored(tmp_path, monkeypatch):
    from migtl.ingest import add_paths

    folder = tmp_path / "rel"
    folder.mkdir()
    for i in range(12):
        (folder / f"r{i:02d}.txt").write_text(f"Visit {i}\n\nOn {i + 1} May 2019, Chief Vusal Huseynov met "
                                              f"Ambassador Maria Rossi{i} in Baku.\n", encoding="utf-8")
    monkeypatch.setenv("MIGTL_CHUNK", "100")
    events: list[str] = []
    add_paths(tmp_path / "s.json", [str(folder)], on_progress=lambda: events.append("tick"),
              on_outcome=lambda o: events.append(o.status))
    assert events.count("tick") == 12 and events.count("added") == 12
    assert events.index("added") == 12, "every release ticks before its chunk is written"


# ---------------------------------------------------------------------------------- usage and help
@pytest.mark.parametrize("args, needle", [(["timeline", "--bogus"], "No such option: --bogus"),
                                          (["tenure"], "Missing argument 'NAME_OR_OFFICE'"),
                                          (["who-met", "--kind", "often"], "'often' is not one of"),
                                          (["nosuchcommand"], "No such command"),
                                          (["timeline", "-n", "many"], "'many' is not a valid int")])
def test_usage_errors_are_one_line_and_exit_1(run, args, needle):
    one_error_line(run(*args), needle, "--help")


def test_migtl_alone_prints_its_help(run):
    r = run()
    assert r.exit_code == 0 and r.output.startswith("Usage: migtl") and "Error" not in r.output


def test_help_names_arguments_plainly_and_gives_an_example(run):
    from typer.main import get_command

    for name in get_command(app).commands:
        out = run(name, "--help").output
        assert "Example: migtl" in out, name
        usage, options = out.splitlines()[0], out.split("Options:")[-1]
        assert not re.search(r"[{}]|<\w+>", usage + options), (name, out)
    assert "Usage: migtl add [OPTIONS] PATH..." in run("add", "--help").output


def test_readme_installs_into_a_virtual_environment_in_one_line():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = readme.split("```sh\n", 1)[1].splitlines()[0]
    assert "-m venv" in first and first.index("-m venv") < first.index("pip install .")
    assert "migtl add records/" in first


def test_pytest_reports_why_tests_are_skipped():
    import tomllib

    opts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]["addopts"]
    assert "-rs" in opts.split()
