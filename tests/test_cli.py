"""Each command through Typer's CliRunner on the shipped records/."""

import json
import re
import shutil
from pathlib import Path

import pytest

from migtl.cli import app


@pytest.fixture
def loaded(run, records):
    r = run("add", records)
    assert r.exit_code == 0, r.output
    return run


def test_add_reports_each_file_and_summary(run, records):
    r = run("add", records)
    assert r.exit_code == 0
    assert r.output.count("added: ") == 5
    assert "5 added, 0 replaced, 0 unchanged, 0 failed" in r.output


def test_adding_twice_is_unchanged_and_stored_once(loaded, records):
    r = loaded("add", records)
    assert "0 added, 0 replaced, 5 unchanged" in r.output
    events = json.loads(loaded("timeline", "--json").output)
    assert len([e for e in events if not e["mentioned"]]) == 5


def test_changed_file_at_known_path_is_replaced(run, records, tmp_path):
    src = tmp_path / "rel.txt"
    shutil.copy(records / "000_9b205427c53fb796.txt", src)
    assert "1 added" in run("add", src).output
    src.write_text(src.read_text(encoding="utf-8").replace("18 and 19 April 2017", "20 and 21 April 2017"), encoding="utf-8")
    r = run("add", src)
    assert "replaced: " in r.output and "1 replaced" in r.output
    events = json.loads(run("timeline", "--json").output)
    assert [e["date"]["edtf"] for e in events] == ["2017-04-20/2017-04-21"]


def test_timeline_json_shape_and_order(loaded):
    events = json.loads(loaded("timeline", "--json").output)
    assert [e["date"]["edtf"] for e in events if not e["mentioned"]] == [
        "2017-04-18/2017-04-19", "2021-05-31", "2022-05-21", "2022-06-30", "XXXX-07-30"]
    assert [e["date"]["edtf"] for e in events if e["mentioned"]] == ["XXXX-09"]  # the Director General's visit
    for e in events:
        assert set(e) >= {"id", "date", "title", "place", "participants", "documents", "mentioned"}
        assert set(e["date"]) >= {"edtf", "start", "end", "precision"}
        assert all(set(p) == {"id", "name"} for p in e["participants"])
        assert all(set(d) == {"id", "path"} for d in e["documents"])
        assert e["evidence"], "every event carries the sentence behind its date"


def test_timeline_filters(loaded):
    assert len(json.loads(loaded("timeline", "--json", "--from", "2022").output)) == 2
    assert len(json.loads(loaded("timeline", "--json", "--to", "May 2021").output)) == 2
    only = json.loads(loaded("timeline", "--json", "--person", "Firudin Nabiyev").output)
    assert {e["date"]["edtf"] for e in only} == {"2017-04-18/2017-04-19", "XXXX-07-30"}
    assert len(json.loads(loaded("timeline", "--json", "--place", "Baku").output)) == 1
    assert len(json.loads(loaded("timeline", "--json", "-n", "2").output)) == 2


def test_timeline_plain_text_when_piped(loaded):
    out = loaded("timeline").output
    assert "\x1b[" not in out
    assert "XXXX-07-30" in out and "Firudin Nabiyev" in out


def test_bad_date_is_one_line_error(loaded):
    r = loaded("timeline", "--from", "not a date at all")
    assert r.exit_code == 1
    assert r.output.strip().startswith("Error:") and len(r.output.strip().splitlines()) == 1


def test_people_json_nominative_and_aliases(loaded):
    people = json.loads(loaded("people", "--json").output)
    by_name = {p["name"]: p for p in people}
    vusal = by_name["Vusal Huseynov"]
    assert "Вусал Гусейнов" in vusal["aliases"] and "Вусалом Гусейновым" in vusal["aliases"]
    assert len(vusal["documents"]) == 3
    assert "Абдулла Шахид" in by_name
    assert not any("Гусейновым" == p["name"].split()[-1] for p in people)


def test_who_met_kinds(loaded):
    pairs = json.loads(loaded("who-met", "--json", "--kind", "met").output)
    got = {frozenset((p["a"]["name"], p["b"]["name"])) for p in pairs}
    assert got == {frozenset(("Vusal Huseynov", "Абдулла Шахид")), frozenset(("Firudin Nabiyev", "Argentina Szabados"))}
    attended = json.loads(loaded("who-met", "--json", "--kind", "attended").output)
    assert attended and all(p["kind"] == "attended" for p in attended)
    mine = json.loads(loaded("who-met", "Argentina Szabados", "--json").output)
    assert [p["kind"] for p in mine] == ["met"]


def test_tenure_by_person_shows_succession(loaded):
    offices = json.loads(loaded("tenure", "Vusal Huseynov", "--json").output)
    chief = [o for o in offices if o["office"] == "Chief of the State Migration Service of Azerbaijan"][0]
    assert [(h["person"]["name"], h["first_seen"], h["last_seen"]) for h in chief["holders"]] == [
        ("Firudin Nabiyev", "2017-04-18", "2017-04-19"), ("Vusal Huseynov", "2021-05-31", "2022-06-30")]
    assert chief["handovers"] == [{"from": chief["holders"][0]["person"]["id"], "to": chief["holders"][1]["person"]["id"],
                                   "after": "2017-04-19", "before": "2021-05-31"}]
    assert all(h["evidence"] and h["evidence"][0]["sentence"] for h in chief["holders"])
    text = loaded("tenure", "Вусал Гусейнов").output
    assert text.index("Firudin Nabiyev") < text.index("Vusal Huseynov")


def test_tenure_by_office_name(loaded):
    offices = json.loads(loaded("tenure", "State Migration Service", "--json").output)
    assert any(o["office"] == "Chief of the State Migration Service of Azerbaijan" for o in offices)


def test_tenure_unknown_is_error(loaded):
    r = loaded("tenure", "Nobody Atall")
    assert r.exit_code == 1 and "Error:" in r.output


def test_show_gives_sentences(loaded):
    out = loaded("show", "004_6b90233a03afeb1d.txt").output
    assert "XXXX-07-30" in out
    assert "met with Regional Director" in out
    data = json.loads(loaded("show", "004_6b90233a03afeb1d.txt", "--json").output)
    swing = [p for p in data["people"] if p["person"]["name"] == "William Lacy Swing"][0]
    assert swing["present"] is False


def test_remove(loaded):
    r = loaded("remove", "004_6b90233a03afeb1d.txt")
    assert r.exit_code == 0 and "removed:" in r.output
    assert len(json.loads(loaded("timeline", "--json").output)) == 4
    assert loaded("remove", "004_6b90233a03afeb1d.txt").exit_code == 1


def test_alias_merge_split_survive_readding(loaded, records):
    assert loaded("split", "Vusal Huseynov", "002_9a92d8eb77b572ee.txt").exit_code == 0
    names = [p["name"] for p in json.loads(loaded("people", "--json").output)]
    assert "Vusal Huseynov" in names and "Вусал Гусейнов" in names
    loaded("add", records)
    names = [p["name"] for p in json.loads(loaded("people", "--json").output)]
    assert "Вусал Гусейнов" in names, "a split survives re-adding"
    r = loaded("merge", "Vusal Huseynov", "Вусал Гусейнов")
    assert r.exit_code == 1 and "matches 2 people" in r.output, "ambiguous names are refused, ids asked for"
    ids = {p["name"]: p["id"] for p in json.loads(loaded("people", "--json").output)}
    assert loaded("merge", ids["Vusal Huseynov"], ids["Вусал Гусейнов"]).exit_code == 0
    assert "Вусал Гусейнов" not in [p["name"] for p in json.loads(loaded("people", "--json").output)]
    assert loaded("alias", ids["Vusal Huseynov"], "Vüsal Hüseynov").exit_code == 0
    vusal = [p for p in json.loads(loaded("people", "--json").output) if p["name"] == "Vusal Huseynov"][0]
    assert "Vüsal Hüseynov" in vusal["aliases"]


def test_missing_file_fails_but_others_stored(run, records, tmp_path):
    r = run("add", records / "000_9b205427c53fb796.txt", tmp_path / "nope.txt")
    assert r.exit_code == 1
    assert "nope.txt: no such file or folder" in r.output
    assert len(json.loads(run("timeline", "--json").output)) == 1


def test_every_command_has_help_and_is_in_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    from typer.main import get_command

    group = get_command(app)
    for name, cmd in group.commands.items():
        assert cmd.help, f"{name} has no help"
        assert re.search(rf"migtl {re.escape(name)}\b", readme), f"{name} is not in the README"


def test_version(run):
    r = run("--version")
    assert r.exit_code == 0 and r.output.startswith("migtl ")


@pytest.mark.parametrize("query", ["Head of the State Migration Service of Azerbaijan",
                                   "начальник Государственной миграционной службы Азербайджана",
                                   "Dövlət Miqrasiya Xidmətinin rəisi"])
def test_tenure_by_office_in_any_language(loaded, query):
    offices = json.loads(loaded("tenure", query, "--json").output)
    assert [o["office"] for o in offices] == ["Chief of the State Migration Service of Azerbaijan"]
    assert [h["person"]["name"] for h in offices[0]["holders"]] == ["Firudin Nabiyev", "Vusal Huseynov"]
