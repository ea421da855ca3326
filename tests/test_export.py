"""Each export format, read back with the library that consumes it."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest

from migtl.export import CSV_TABLES, export, export_csv_tables

SAMPLE = Path(__file__).parent / "data" / "report_sample.json"


@pytest.fixture()
def sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


# ----------------------------------------------------------------- json / jsonl


def test_json_is_the_whole_data(sample):
    assert json.loads(export(sample, "json")) == sample
    assert json.loads(export({"events": []}, "json")) == {
        k: [] for k in ("events", "people", "pairs", "offices", "documents")
    }


def test_jsonl_has_one_kind_per_line(sample):
    rows = [json.loads(line) for line in export(sample, "jsonl").splitlines()]
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    assert counts == {"event": 8, "person": 8, "pair": 6, "office": 2, "document": 7}
    pair = next(r for r in rows if r["kind"] == "pair")
    assert pair["relation"] in ("met", "attended") and "a" in pair and "b" in pair
    event = next(r for r in rows if r["kind"] == "event" and r["id"] == "e2")
    assert event["date"]["edtf"] == "XXXX-07-30"


# ----------------------------------------------------------------- csv


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_single_tables(sample):
    expected = {"events": 8, "people": 8, "pairs": 6, "offices": 2, "holders": 3, "documents": 7}
    for table in CSV_TABLES:
        rows = read_csv(export(sample, "csv", table=table))
        assert len(rows) == expected[table], table
    events = {r["id"]: r for r in read_csv(export(sample, "csv", table="events"))}
    assert events["e2"]["date_edtf"] == "XXXX-07-30" and events["e2"]["year_known"] == "false"
    assert events["e2"]["date_start"] == ""
    assert (events["e1"]["date_start"], events["e1"]["date_end"]) == ("2017-04-18", "2017-04-19")
    assert (events["e3"]["date_start"], events["e3"]["date_end"], events["e3"]["date_precision"]) == (
        "2022-05-01",
        "2022-05-31",
        "month",
    )
    assert events["e3"]["participant_names"] == "Vusal Huseynov | Абдулла Шахид"
    holders = read_csv(export(sample, "csv", table="holders"))
    huseynov = next(r for r in holders if r["person_id"] == "p-huseynov")
    assert (huseynov["handover_from_id"], huseynov["handover_after"], huseynov["handover_before"]) == (
        "p-nabiyev",
        "2017-04-19",
        "2018-12-31",
    )
    assert huseynov["evidence_count"] == "3"


def test_csv_without_table_is_the_events_table_alone(sample):
    text = export(sample, "csv")
    assert text == export(sample, "csv", table="events")
    assert "# table" not in text and text.count("\nid,") == 0 and text.startswith("id,date_edtf,")
    tables = export_csv_tables(sample)
    assert list(tables) == list(CSV_TABLES)
    for name, body in tables.items():
        assert body == export(sample, "csv", table=name)


def test_csv_errors_and_formula_guard(sample):
    with pytest.raises(ValueError, match="unknown csv table"):
        export(sample, "csv", table="meetings")
    data = copy.deepcopy(sample)
    data["events"][0]["title"] = '=HYPERLINK("http://evil")'
    row = read_csv(export(data, "csv", table="events"))[0]
    assert row["title"].startswith("'=")


# ----------------------------------------------------------------- TimelineJS

DATE_SCHEMA = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TEXT_SCHEMA = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
TIMELINEJS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {"type": "object", "required": ["text"], "properties": {"text": TEXT_SCHEMA}},
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "text"],
                "properties": {
                    "start_date": DATE_SCHEMA,
                    "end_date": DATE_SCHEMA,
                    "display_date": {"type": "string"},
                    "text": TEXT_SCHEMA,
                    "group": {"type": "string"},
                    "unique_id": {"type": "string"},
                    "media": {"type": "object"},
                    "background": {"type": "object"},
                },
                "additionalProperties": False,
            },
        },
        "eras": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "end_date"],
                "properties": {"start_date": DATE_SCHEMA, "end_date": DATE_SCHEMA, "text": TEXT_SCHEMA},
                "additionalProperties": False,
            },
        },
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


def test_timelinejs_validates_and_keeps_precision(sample):
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(export(sample, "timelinejs"))
    jsonschema.validate(doc, TIMELINEJS_SCHEMA)
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert len(slides) == 7  # the XXXX-07-30 event cannot be placed
    by_headline = {s["text"]["headline"]: s for s in doc["events"]}
    month = by_headline["Встреча на Международном форуме по обзору миграции"]
    assert month["start_date"] == {"year": 2022, "month": 5} and month["display_date"] == "May 2022"
    rng = by_headline["IOM International Dialogue on Migration workshop"]
    assert rng["start_date"] == {"year": 2017, "month": 4, "day": 18}
    assert rng["end_date"] == {"year": 2017, "month": 4, "day": 19}
    assert rng["display_date"] == "18–19 Apr 2017"
    year = next(s for s in doc["events"] if s["display_date"] == "2018")
    assert year["start_date"] == {"year": 2018}
    assert "records/000_9b205427c53fb796.txt" in rng["text"]["text"]
    assert "year unknown" in doc["title"]["text"]["text"]
    assert "Meeting at State Migration Service" in doc["title"]["text"]["text"]
    assert len(doc["eras"]) == 3
    assert {s["group"] for s in doc["events"]} == {"English", "Russian", "Azerbaijani", "Ukrainian"}


def test_timelinejs_escapes_html(sample):
    data = copy.deepcopy(sample)
    data["events"][0]["title"] = "<img src=x onerror=alert(1)>"
    data["events"][0]["evidence"][0]["sentence"] = "</script><script>alert(1)</script>"
    doc = json.loads(export(data, "timelinejs"))
    text = json.dumps(doc, ensure_ascii=False)
    assert "<img" not in text and "<script" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text


# ----------------------------------------------------------------- graphs


def test_gexf_reads_in_networkx(sample):
    nx = pytest.importorskip("networkx")
    g = nx.read_gexf(io.BytesIO(export(sample, "gexf").encode("utf-8")))
    assert g.number_of_nodes() == 8 and g.number_of_edges() == 6
    assert g.nodes["p-shahid"]["label"] == "Абдулла Шахид"
    assert g.nodes["p-huseynov"]["events"] == 4
    kinds = sorted(d["kind"] for _, _, d in g.edges(data=True))
    assert kinds == ["attended"] * 2 + ["met"] * 4
    edge = g.edges["p-nabiyev", "p-szabados"]
    assert (edge["date"], edge["kind"]) == ("XXXX-07-30", "met") and "start" not in edge  # always shown
    edge = g.edges["p-huseynov", "p-shahid"]
    assert (edge["date"], edge["start"], edge["end"]) == ("2022-05", "2022-05-01", "2022-05-31")


def test_gexf_dates_are_gephi_dynamic_spells(sample):
    """Gephi's timeline slider reads a dynamic graph's start/end attributes on nodes and edges."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(export(sample, "gexf"))
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    spells = {(e.get("source"), e.get("target")): (e.get("start"), e.get("end")) for e in graph.iterfind("g:edges/g:edge", ns)}
    assert spells[("p-huseynov", "p-shahid")] == ("2022-05-01", "2022-05-31")
    assert spells[("p-nabiyev", "p-szabados")] == (None, None)
    assert all(a.get("id") not in ("start", "end") for a in graph.iterfind("g:attributes/g:attribute", ns))


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graphs_are_valid_xml_whatever_the_names_hold(sample, fmt):
    import xml.etree.ElementTree as ET

    data = copy.deepcopy(sample)
    data["people"][0]["aliases"] = ["a\x01b", "bell\x07", "esc\x1b[31m"]
    data["pairs"][0]["documents"][0]["path"] = "/tmp/odd\x02name\rwith cr.txt"
    text = export(data, fmt)
    ET.fromstring(text)  # raises on a control character
    assert "\x01" not in text and "ab" in text


def test_csv_and_ics_keep_a_cr_in_a_file_name_on_one_line(sample):
    data = copy.deepcopy(sample)
    data["events"][0]["documents"][0]["path"] = "/tmp/evil\rname\n2.txt"
    data["events"][0]["title"] = "Title with a\rbare CR and a \x07 bell"
    text = export(data, "csv", table="events")
    assert "\r" not in text and "\x07" not in text
    assert len(text.splitlines()) == len(data["events"]) + 1
    ics = export(data, "ics")
    body = ics.replace("\r\n ", "")  # unfold
    assert all("\r" not in line and "\n" not in line for line in body.split("\r\n"))
    assert "\x07" not in ics


def test_graphml_reads_in_networkx(sample):
    nx = pytest.importorskip("networkx")
    g = nx.read_graphml(io.BytesIO(export(sample, "graphml").encode("utf-8")))
    assert g.number_of_nodes() == 8 and g.number_of_edges() == 6
    assert g.nodes["p-sokoliuk"]["name"] == "Максим Соколюк"
    assert g.nodes["p-huseynov"]["events"] == 4
    assert g.edges["p-isaczai", "p-gjorgjiev"]["kind"] == "attended"
    assert g.edges["p-nabiyev", "p-szabados"]["date"] == "XXXX-07-30"


def test_graphs_keep_parallel_edges(sample):
    nx = pytest.importorskip("networkx")
    data = copy.deepcopy(sample)
    extra = copy.deepcopy(data["pairs"][1])
    extra["event"], extra["date"] = (
        "e99",
        {"edtf": "2023", "start": "2023-01-01", "end": "2023-12-31", "precision": "year", "year_known": True},
    )
    data["pairs"].append(extra)
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        g = reader(io.BytesIO(export(data, fmt).encode("utf-8")))
        assert g.is_multigraph() and g.number_of_edges("p-huseynov", "p-shahid") == 2, fmt


# ----------------------------------------------------------------- FollowTheMoney


def ftm_entities(data: dict) -> list[dict]:
    return [json.loads(line) for line in export(data, "ftm").splitlines()]


def test_ftm_entities_are_valid(sample):
    ftm = pytest.importorskip("followthemoney")
    model = ftm.model
    entities = ftm_entities(sample)
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    schemata: dict[str, int] = {}
    for ent in entities:
        schemata[ent["schema"]] = schemata.get(ent["schema"], 0) + 1
        proxy = model.get_proxy(ent, cleaned=False)  # cleans: drops unknown properties and invalid values
        assert proxy.schema.name == ent["schema"]
        assert proxy.to_dict()["properties"] == ent["properties"], ent
        for prop_name, values in ent["properties"].items():
            prop = proxy.schema.get(prop_name)
            if prop.type.name == "entity":
                for value in values:
                    assert value in ids, f"{ent['schema']}.{prop_name} -> {value} is not in the export"
    assert schemata == {
        "Document": 7,
        "Person": 8,
        "Position": 2,
        "Occupancy": 3,
        "Event": 8,
        "UnknownLink": 4,
    }


def test_ftm_properties_and_stable_ids(sample):
    entities = ftm_entities(sample)
    assert entities == ftm_entities(copy.deepcopy(sample))
    by_schema: dict[str, list[dict]] = {}
    for ent in entities:
        by_schema.setdefault(ent["schema"], []).append(ent)
    huseynov = next(e for e in by_schema["Person"] if e["properties"]["name"] == ["Vusal Huseynov"])
    assert "Вусал Гусейнов" in huseynov["properties"]["alias"]
    occ = next(e for e in by_schema["Occupancy"] if e["properties"]["holder"] == [huseynov["id"]])
    assert occ["properties"]["startDate"] == ["2018"] and occ["properties"]["endDate"] == ["2022-05"]
    sok = next(
        e for e in by_schema["Occupancy"] if "appointed 2014-12-24" in e["properties"]["description"][0]
    )
    assert sok["properties"]["startDate"] == ["2014-12-24"]
    events = {e["properties"]["name"][0]: e for e in by_schema["Event"]}
    unknown = events["Meeting at State Migration Service"]["properties"]
    assert "date" not in unknown and "XXXX-07-30" in unknown["description"][0]
    rng = events["IOM International Dialogue on Migration workshop"]["properties"]
    assert (rng["startDate"], rng["endDate"], rng["location"]) == (
        ["2017-04-18"],
        ["2017-04-19"],
        ["New York"],
    )
    assert events["Встреча на Международном форуме по обзору миграции"]["properties"]["date"] == ["2022-05"]
    doc = next(
        e for e in by_schema["Document"] if e["properties"]["fileName"] == ["002_9a92d8eb77b572ee.txt"]
    )
    assert doc["properties"]["language"] == ["rus"] and "sourceUrl" not in doc["properties"]


# ----------------------------------------------------------------- ics + errors


def test_ics_calendar(sample):
    text = export(sample, "ics")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 7  # the year-unknown event is left out
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20220501\r\nDTEND;VALUE=DATE:20220601" in unfolded
    assert "DTSTART;VALUE=DATE:20170418\r\nDTEND;VALUE=DATE:20170420" in unfolded


def test_unknown_format_is_a_clear_error(sample):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'.*csv.*gexf"):
        export(sample, "xlsx")
    with pytest.raises(ValueError, match="only applies to csv"):
        export(sample, "json", table="events")
