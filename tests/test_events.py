"""One event, many releases: the grouping rule (pure), mentioned events (extraction), and the CLI end to end.

Every release text here is written for these tests.
"""

import json
from pathlib import Path

import pytest

from migtl.events import Unit, group_units, merged_date
from migtl.extract import extract
from migtl.extract.mentioned import kind_of


# ---------------------------------------------------------------------------------- the rule, on accounts
def day(iso: str) -> dict:
    known = not iso.startswith("XXXX")
    return {"edtf": iso, "start": iso, "end": iso, "precision": "day", "year_known": known}


def span(a: str, b: str) -> dict:
    return {"edtf": f"{a}/{b}", "start": a, "end": b, "precision": "range", "year_known": not a.startswith("XXXX")}


def month(ym: str) -> dict:
    return {"edtf": ym, "start": ym + "-01", "end": ym + "-30", "precision": "month", "year_known": not ym.startswith("XXXX")}


def unit(doc: str, date: dict, people: str = "ab", k: int = 0, place: str | None = None, kind: str | None = None) -> Unit:
    return Unit((doc, k), date, frozenset(people), place, kind)


def groups(units, decisions=()) -> list[set[str]]:
    """Each group as the set of 'doc' or 'doc#k' names, groups sorted by their names."""
    got = [{u.key[0] + (f"#{u.key[1]}" if u.key[1] else "") for u in g} for g in group_units(units, decisions)]
    assert sorted(n for g in got for n in g) == sorted(u.key[0] + (f"#{u.key[1]}" if u.key[1] else "") for u in units)
    return sorted(got, key=sorted)


def test_the_same_meeting_in_three_releases_is_one_event():
    got = groups([unit("az", day("2023-03-14"), "ab"), unit("en", day("2023-03-14"), "abx"),
                  unit("ru", day("2023-03-14"), "ab")])
    assert got == [{"az", "en", "ru"}]


def test_a_dated_and_an_undated_twin_are_one_event_dated_by_the_dated_one():
    units = [unit("az", day("2021-10-02")), unit("en", day("XXXX-10-02"))]
    (g,) = group_units(units)
    assert len(g) == 2
    assert merged_date(g)["edtf"] == "2021-10-02" and merged_date(g)["year_known"] is True


def test_meetings_of_the_same_people_a_week_apart_stay_apart():
    assert groups([unit("one", day("2024-06-05")), unit("two", day("2024-06-12"))]) == [{"one"}, {"two"}]


def test_the_same_day_of_two_years_stays_apart():
    assert groups([unit("one", day("2019-07-30")), unit("two", day("2020-07-30"))]) == [{"one"}, {"two"}]


def test_an_undated_account_that_fits_two_years_joins_neither():
    got = groups([unit("y2019", day("2019-07-30")), unit("undated", day("XXXX-07-30")), unit("y2020", day("2020-07-30"))])
    assert sorted(map(sorted, got)) == [["undated"], ["y2019"], ["y2020"]]


def test_a_range_contains_its_days_but_two_days_do_not_merge_through_it():
    assert groups([unit("visit", span("2017-04-18", "2017-04-19")), unit("d18", day("2017-04-18"))]) == [{"visit", "d18"}]
    got = groups([unit("visit", span("2017-04-18", "2017-04-19")), unit("d18", day("2017-04-18")),
                  unit("d19", day("2017-04-19"))])
    assert sorted(map(sorted, got)) == [["d18"], ["d19"], ["visit"]]


def test_month_and_year_dates_do_not_merge_by_themselves():
    assert groups([unit("a", month("2022-05")), unit("b", day("2022-05-21"))]) == [{"a"}, {"b"}]
    assert groups([unit("a", month("2022-05")), unit("b", month("2022-05"))]) == [{"a"}, {"b"}]


def test_people_place_and_kind_must_agree():
    same_day = day("2023-03-14")
    assert len(groups([unit("a", same_day, "ab"), unit("b", same_day, "ac")])) == 2, "one person shared"
    assert len(groups([unit("a", same_day, "ab"), unit("b", same_day, "abcdef")])) == 2, "two of six"
    assert len(groups([unit("a", same_day, place="Baku"), unit("b", same_day, place="Geneva")])) == 2
    assert len(groups([unit("a", same_day, place="Baku"), unit("b", same_day)])) == 1, "a place not given"
    assert len(groups([unit("a", same_day, kind="meeting"), unit("b", same_day, kind="gathering")])) == 2
    assert len(groups([unit("a", same_day, kind="visit"), unit("b", same_day, kind="meeting")])) == 1
    assert len(groups([unit("a", None), unit("b", None)])) == 2, "undated releases never merge"


def test_an_account_matching_two_different_meetings_joins_neither():
    same_day = day("2018-05-17")
    got = groups([unit("short", same_day, "ab"), unit("talks", same_day, "abcd"), unit("table", same_day, "abef")])
    assert sorted(map(sorted, got)) == [["short"], ["table"], ["talks"]]


def test_a_mention_joins_the_one_event_it_contains():
    units = [unit("visit", day("2022-09-20"), "vh"), unit("later", day("2023-05-10"), "hs"),
             unit("later", month("2022-09"), "v", k=1, kind="visit")]
    assert groups(units) == [{"later"}, {"visit", "later#1"}]


def test_a_mention_never_replaces_or_joins_its_own_release():
    units = [unit("r", day("2022-09-20"), "vh"), unit("r", month("2022-09"), "v", k=1)]
    assert groups(units) == [{"r"}, {"r#1"}]


def test_an_ambiguous_mention_stays_on_its_own():
    units = [unit("d1", day("2022-09-20"), "vh"), unit("d2", day("2022-09-27"), "vh"),
             unit("m", day("2023-01-10"), "xy"), unit("m", month("2022-09"), "v", k=1)]
    assert {"m#1"} in groups(units)


def test_two_releases_mentioning_the_same_event_give_one_mentioned_event():
    units = [unit("a", day("2023-05-10"), "hs"), unit("a", month("2022-09"), "v", k=1, kind="visit"),
             unit("b", day("2023-06-01"), "hq"), unit("b", month("2022-09"), "v", k=1, kind="visit")]
    assert {"a#1", "b#1"} in groups(units)


def test_users_split_and_merge_events():
    units = [unit("az", day("2023-03-14")), unit("en", day("2023-03-14")), unit("ru", day("2023-03-14")),
             unit("other", day("2023-03-20"))]
    split = [{"action": "split-event", "unit": ["ru", 0]}]
    assert groups(units, split) == [{"az", "en"}, {"other"}, {"ru"}]
    merge = split + [{"action": "merge-event", "a": ["other", 0], "b": ["ru", 0]}]
    assert groups(units, merge) == [{"az", "en"}, {"other", "ru"}]
    again = merge + [{"action": "split-event", "unit": ["ru", 0]}]
    assert groups(units, again) == [{"az", "en"}, {"other"}, {"ru"}], "a later split undoes the earlier merge"
    assert groups(units, [{"action": "merge-event", "a": "bad"}, {"action": "split-event"}]) == [{"az", "en", "ru"},
                                                                                                 {"other"}]


def test_many_accounts_group_without_comparing_all_pairs():
    """Two accounts of each of 2,000 meetings of a few people over ten years: bucketed by day and person."""
    def meeting(i: int) -> tuple[dict, set]:
        return day(f"20{10 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"), {f"p{i % 50}", f"q{i % 7}"}
    units = [unit(f"{side}{i:05d}", *meeting(i)) for i in range(2000) for side in "ab"]
    got = group_units(units)
    assert len(got) == 2000
    assert all(len(g) == 2 and g[0].key[0][1:] == g[1].key[0][1:] for g in got)


# ---------------------------------------------------------------------------------- kinds and mentions
@pytest.mark.parametrize("text,lang,kind", [
    ("The Chief of the Service received the Ambassador", "en", "meeting"),
    ("A regional conference on labour migration opened in Tashkent", "en", "gathering"),
    ("Начальник службы провел встречу с послом", "ru", "meeting"),
    ("Начальник службы принял участие в семинаре", "ru", "gathering"),
    ("Государства-члены ООН приняли Нью-Йоркскую декларацию о беженцах", "ru", None),
    ("Верховна Рада прийняла закон про біженців", "uk", None),
    ("Голова служби взяв участь у засіданні робочої групи", "uk", "gathering"),
    ("Xidmət rəisi səfirlə görüşüb", "az", "meeting"),
    ("Bakıda miqrasiya üzrə beynəlxalq konfrans keçirilib", "az", "gathering"),
    ("On the margins of the forum the two ministers met", "en", None),
])
def test_kind_of(text, lang, kind):
    assert kind_of(text, lang) == kind


def test_the_kind_comes_from_the_sentence_of_the_date_before_the_headline():
    x = extract("The delegation of the Service is on a visit to Geneva\n\nOn 3 and 4 June 2024, the delegation headed by "
                "the Chief of the State Migration Service Vusal Huseynov took part in a regional conference on "
                "labour migration in Geneva.")
    assert x.kind == "gathering"


def mentions_of(text: str, published: str | None = None):
    x = extract(text, published=published)
    names = {p.local_id: p.name for p in x.people}
    return x, [(m.kind, m.date.edtf, sorted(names[i] for i in m.people)) for m in x.mentioned]


def test_a_visit_in_a_month_of_last_year_is_mentioned_english():
    x, got = mentions_of(
        "Talks with the UNHCR Representative\n\n"
        "On 10 May 2023, the Chief of the State Migration Service Vusal Huseynov met with the UNHCR "
        "Representative in Azerbaijan Bik Lum.\n\n"
        "Vusal Huseynov recalled that the visit of UNHCR Assistant High Commissioner Gillian Triggs to "
        "Baku in October of last year had opened new areas of cooperation.")
    assert x.date.edtf == "2023-05-10", "the mention never takes the place of the reported event"
    assert got == [("visit", "2022-10", ["Gillian Triggs"])], "the one who recalls it is not its participant"


def test_mentioned_events_in_russian_ukrainian_azerbaijani():
    _, ru = mentions_of(
        "Встреча в миграционной службе\n\n"
        "15 марта 2023 года начальник Государственной миграционной службы Вусал Гусейнов встретился с "
        "послом Грузии Зурабом Пацацией.\n\n"
        "Стороны отметили важность соглашения, подписанного во время визита министра в ноябре 2019 года.")
    assert ru == [("visit", "2019-11", [])]
    _, uk = mentions_of(
        "Зустріч у Державній міграційній службі\n\n"
        "20 квітня 2021 року Голова Державної міграційної служби Наталія Науменко зустрілася з "
        "Главою Представництва МОМ в Україні Анн-Мари Радемакер.\n\n"
        "Сторони згадали засідання робочої групи у вересні минулого року.")
    assert uk == [("gathering", "2020-09", [])]
    _, az = mentions_of(
        "Dövlət Miqrasiya Xidmətində görüş\n\n"
        "2022-ci il aprelin 5-də Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov BMqT-nin Baş direktoru "
        "António Vitorino ilə görüşüb.\n\n"
        "Qeyd olunub ki, ötən ilin noyabr ayında Bakıda keçirilən konfrans əməkdaşlığa yeni təkan verib.")
    assert az == [("gathering", "2021-11", [])]


def test_plans_and_the_reported_event_itself_are_not_mentions():
    _, got = mentions_of(
        "Meeting with the IOM Chief of Mission\n\n"
        "On 10 May 2023, the Chief of the State Migration Service Vusal Huseynov met with the Chief of the "
        "IOM Mission Serhan Aktoprak.\n\n"
        "The meeting of 10 May 2023 was the first since the election.\n\n"
        "The next conference will be held in October 2023.\n\n"
        "The organisation was founded in 1951, and in the meeting the sides discussed returns.")
    assert got == []


def test_old_stored_extractions_without_the_new_fields_read_as_none():
    from migtl.models import extraction_from_dict, to_dict

    d = to_dict(extract("Meeting\n\nOn 10 May 2023, Vusal Huseynov met Serhan Aktoprak."))
    del d["kind"], d["mentioned"]
    x = extraction_from_dict(d)
    assert x.kind is None and x.mentioned == ()


# ---------------------------------------------------------------------------------- end to end
RELEASES = {
    # the same meeting told in three languages
    "en_meet.txt": "SMS Chief receives IOM Chief of Mission\n\nOn 14 March 2023, the Chief of the State Migration "
                   "Service Vusal Huseynov received the Chief of the IOM Mission to Azerbaijan Serhan Aktoprak.\n\n"
                   "The sides discussed cooperation on labour migration and the reintegration of returning migrants.\n",
    "ru_meet.txt": "Начальник ГМС принял главу миссии МОМ\n\n14 марта 2023 года начальник Государственной "
                   "миграционной службы Вусал Гусейнов принял главу миссии Международной организации по миграции "
                   "в Азербайджане Серхана Актопрака.\n\nСтороны обсудили сотрудничество в сфере трудовой миграции.\n",
    "az_meet.txt": "DMX rəisi BMqT missiyasının rəhbərini qəbul edib\n\n2023-cü il martın 14-də Dövlət Miqrasiya "
                   "Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı missiyasının "
                   "rəhbəri Serhan Aktoprakı qəbul edib.\n\nTərəflər əmək miqrasiyası sahəsində əməkdaşlığı müzakirə "
                   "ediblər.\n",
    # a dated and an undated twin
    "en_undated.txt": "Meeting with the UNHCR Representative\n\nOn 2 October, the Chief of the State Migration Service "
                      "Vusal Huseynov met with the UNHCR Representative in Azerbaijan Bik Lum.\n\nThey spoke about "
                      "the registration of asylum seekers.\n",
    "az_dated.txt": "BMT QAK-ın nümayəndəsi ilə görüş\n\n2021-ci il oktyabrın 2-də Dövlət Miqrasiya Xidmətinin rəisi "
                    "Vüsal Hüseynov BMT-nin Qaçqınlar üzrə Ali Komissarlığının Azərbaycandakı nümayəndəsi Bik Lum ilə "
                    "görüşüb.\n\nGörüşdə sığınacaq axtaran şəxslərin qeydiyyatı müzakirə olunub.\n",
    # the same people a week apart
    "en_june5.txt": "Talks on the labour migration programme\n\nOn 5 June 2024, the Chief of the State Migration "
                    "Service Vusal Huseynov met with the Chief of the IOM Mission to Azerbaijan Serhan Aktoprak to "
                    "launch the labour migration programme.\n",
    "en_june12.txt": "Follow-up talks on the labour migration programme\n\nOn 12 June 2024, the Chief of the State "
                     "Migration Service Vusal Huseynov met with the Chief of the IOM Mission to Azerbaijan Serhan "
                     "Aktoprak to review the first steps of the programme.\n",
    # a visit, and a later release that refers to it
    "en_visit.txt": "IOM Director General visits Baku\n\nOn 20 September 2022, the Director General of IOM António "
                    "Vitorino met with the Chief of the State Migration Service Vusal Huseynov in Baku.\n\n"
                    "Mr. Vitorino praised the digital services of the Service.\n",
    "en_recall.txt": "SMS Chief meets IOM Chief of Mission\n\nOn 10 May 2023, the Chief of the State Migration Service "
                     "Vusal Huseynov met with the Chief of the IOM Mission to Azerbaijan Serhan Aktoprak.\n\n"
                     "Vusal Huseynov recalled that the visit of IOM Director General António Vitorino to Azerbaijan "
                     "in September of last year opened new areas of cooperation.\n",
}


@pytest.fixture
def corpus(run, tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    r = run("add", folder)
    assert r.exit_code == 0, r.output
    return run


def timeline(run, *args) -> list[dict]:
    r = run("timeline", "--json", *args)
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def files(e: dict, key: str = "documents") -> set[str]:
    return {Path(d["path"]).name for d in e[key]}


def event_with(events, name: str) -> dict:
    return next(e for e in events if name in files(e))


def test_the_same_meeting_in_three_languages_is_one_timeline_entry(corpus):
    events = timeline(corpus)
    meet = event_with(events, "en_meet.txt")
    assert files(meet) == {"en_meet.txt", "ru_meet.txt", "az_meet.txt"}
    assert meet["langs"] == ["az", "en", "ru"] and meet["date"]["edtf"] == "2023-03-14"
    assert meet["title"] == "SMS Chief receives IOM Chief of Mission", "the English headline"
    assert sorted(p["name"] for p in meet["participants"]) == ["Serhan Aktoprak", "Vusal Huseynov"]
    assert all(len(r["participants"]) == 2 and r["reports"] for r in meet["releases"]), "each release's own people"
    assert {e["document"]["id"] for e in meet["evidence"]} == {d["id"] for d in meet["documents"]}, "each its own sentence"
    assert not meet["mentioned"]
    pairs = json.loads(corpus("who-met", "Serhan Aktoprak", "--json", "--kind", "met").output)
    assert [files(p) for p in pairs if p["event"] == meet["id"]] == [{"en_meet.txt", "ru_meet.txt", "az_meet.txt"}]
    out = corpus("show", "ru_meet.txt").output
    others = [line.split("\t") for line in out.splitlines() if line.startswith("also reported by\t")]
    assert sorted(Path(row[1]).name for row in others) == ["az_meet.txt", "en_meet.txt"]


def test_a_dated_release_gives_the_year_to_its_undated_twin(corpus):
    ev = event_with(timeline(corpus), "en_undated.txt")
    assert files(ev) == {"en_undated.txt", "az_dated.txt"}
    assert ev["date"]["edtf"] == "2021-10-02"
    assert {r["date"] for r in ev["releases"]} == {"2021-10-02", "XXXX-10-02"}
    assert "date in this release\tXXXX-10-02" in corpus("show", "en_undated.txt").output


def test_meetings_a_week_apart_stay_two_events(corpus):
    events = timeline(corpus)
    assert files(event_with(events, "en_june5.txt")) == {"en_june5.txt"}
    assert files(event_with(events, "en_june12.txt")) == {"en_june12.txt"}
    june = [p for p in json.loads(corpus("who-met", "Vusal Huseynov", "--json").output) if p["date"]["edtf"][:7] == "2024-06"]
    assert len(june) == 2


def test_a_mention_joins_the_release_that_reports_it(corpus):
    events = timeline(corpus)
    visit = event_with(events, "en_visit.txt")
    assert files(visit) == {"en_visit.txt"}, "the referring release is evidence, not a report"
    referring = [r for r in visit["releases"] if not r["reports"]]
    assert [Path(r["path"]).name for r in referring] == ["en_recall.txt"]
    assert [p["name"] for p in referring[0]["participants"]] == ["António Vitorino"]
    assert any(e["what"] == "mention" and "September of last year" in e["sentence"] for e in visit["evidence"])
    own = event_with(events, "en_recall.txt")
    assert own["date"]["edtf"] == "2023-05-10" and files(own) == {"en_recall.txt"}
    assert not [e for e in events if e["mentioned"]], "every mention here joined its report"
    data = json.loads(corpus("show", "en_recall.txt", "--json").output)
    assert data["event"]["id"] == own["id"] and [m["id"] for m in data["mentions"]] == [visit["id"]]


def test_a_mention_alone_is_marked_mentioned(corpus, tmp_path):
    corpus("remove", "en_visit.txt")
    alone = [e for e in timeline(corpus) if e["mentioned"]]
    assert len(alone) == 1 and files(alone[0]) == {"en_recall.txt"} and alone[0]["date"]["edtf"] == "2022-09"
    assert alone[0]["id"].endswith("-m1")


def test_split_and_merge_events_are_kept_across_reindex(corpus):
    r = corpus("split-event", "en_meet.txt", "ru_meet.txt")
    assert r.exit_code == 0, r.output
    assert files(event_with(timeline(corpus), "en_meet.txt")) == {"en_meet.txt", "az_meet.txt"}
    assert corpus("reindex").exit_code == 0
    events = timeline(corpus)
    assert files(event_with(events, "ru_meet.txt")) == {"ru_meet.txt"}, "a split survives reindex"
    assert corpus("merge-event", "en_june5.txt", "en_june12.txt").exit_code == 0
    assert corpus("reindex").exit_code == 0
    assert files(event_with(timeline(corpus), "en_june5.txt")) == {"en_june5.txt", "en_june12.txt"}
    check = corpus("check")
    assert check.exit_code == 0 and "ok:" in check.output and "warning" not in check.output
    r = corpus("merge-event", "en_june5.txt", "en_june12.txt")
    assert r.exit_code == 1 and r.output.startswith("Error:") and "already one event" in r.output
    assert corpus("split-event", "en_visit.txt", "en_recall.txt").exit_code == 0, "a mention taken out of its report"
    assert [files(e) for e in timeline(corpus) if e["mentioned"]] == [{"en_recall.txt"}]
    assert corpus("split-event", "en_june12.txt").exit_code == 0, "EVENT alone names the release to take out"
    assert files(event_with(timeline(corpus), "en_june5.txt")) == {"en_june5.txt"}
    for bad in (("split-event", "nothing-here"), ("split-event", "en_june5.txt"), ("merge-event", "en_meet.txt", "x")):
        r = corpus(*bad)
        assert r.exit_code == 1 and r.output.startswith("Error:") and len(r.output.strip().splitlines()) == 1


def test_exports_and_report_see_the_merged_event(corpus, tmp_path):
    tl = json.loads(corpus("export", "--format", "timelinejs").output)
    assert sum(1 for s in tl["events"] if s["text"]["headline"] == "SMS Chief receives IOM Chief of Mission") == 1
    gexf = corpus("export", "--format", "gexf").output
    assert gexf.count("SMS Chief receives IOM Chief of Mission") == 1, "one edge for the pair at that event"
    ftm = [json.loads(line) for line in corpus("export", "--format", "ftm").output.splitlines()]
    events = [e for e in ftm if e["schema"] == "Event" and "SMS Chief receives" in e["properties"]["name"][0]]
    assert len(events) == 1 and len(events[0]["properties"]["proof"]) == 3
    out = tmp_path / "report.html"
    assert corpus("report", out).exit_code == 0
    assert out.read_text(encoding="utf-8").count("SMS Chief receives IOM Chief of Mission") >= 1


def test_check_reports_a_malformed_mentioned_event_and_event_decisions_of_removed_releases(corpus, tmp_path):
    import os

    from migtl.store import check_store

    assert corpus("split-event", "en_meet.txt", "ru_meet.txt").exit_code == 0
    assert corpus("remove", "ru_meet.txt").exit_code == 0
    check = corpus("check")
    assert check.exit_code == 0 and "split-event" in check.output and "no longer in the store" in check.output
    store = Path(os.environ["MIGTL_DB"])
    raw = json.loads(store.read_text(encoding="utf-8"))
    doc = next(d for d in raw["documents"].values() if d["path"].endswith("en_recall.txt"))
    doc["extraction"]["mentioned"][0]["date"] = "September last year"
    store.write_text(json.dumps(raw), encoding="utf-8")
    lines = check_store(store)
    assert any("extraction.mentioned[0].date is text" in line for line in lines), lines


def test_show_lines_name_the_other_releases_and_the_mentions(corpus):
    from migtl import analysis, events
    from migtl.store import Store

    with Store.open(Path(__import__("os").environ["MIGTL_DB"])) as st:
        ix = analysis.Index(st)
        g = events.grouping(ix, st.decisions())
        recall = next(d for d in ix.docs if d["path"].endswith("en_recall.txt"))
        undated = next(d for d in ix.docs if d["path"].endswith("en_undated.txt"))
        lines = events.show_lines(recall["id"], *events.of_document(g, recall["id"]))
        assert any(line.startswith("mentions: 2022-09-20, ") and "en_visit.txt (en)" in line for line in lines)
        assert any("September of last year" in line for line in lines)
        lines = events.show_lines(undated["id"], *events.of_document(g, undated["id"]))
        assert lines[0] == "date in this release: 10-02 (year unknown)"
        assert "also reported by az_dated.txt (az)" in lines[1]
