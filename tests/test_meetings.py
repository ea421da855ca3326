"""Explicit meetings ("met" pairs) in small releases, through ``migtl.extract.extract``, en / ru / az / uk.

People are named here by a surname stem (matched against the display name), so that these tests
check who met whom and not how well a name is put in the nominative (test_people does that).
Co-attendance ("the meeting was also attended by Z") gives ``attended`` pairs, never ``met``.
Cases marked xfail are known gaps of the extractor (the reason gives the actual output).
"""

from __future__ import annotations

import pytest

from migtl.extract import extract
from migtl.models import Extraction


def release(*lines: str) -> str:
    return "\n\n".join(lines)


def xf(reason: str, *values: object, id: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(reason=reason, strict=False))


def _stem_of(x: Extraction, local_id: int, stems: set[str]) -> str:
    name = next(p.name for p in x.people if p.local_id == local_id)
    hits = [s for s in stems if s in name]
    return hits[0] if len(hits) == 1 else name


def pairs(text: str, kind: str, stems: set[str]) -> set[frozenset[str]]:
    x = extract(text)
    return {frozenset((_stem_of(x, m.a, stems), _stem_of(x, m.b, stems))) for m in x.meetings if m.kind == kind}


def P(*pairs_: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs_}


MET = [
    # --- English
    pytest.param(release(
        "Chief of the Service meets IOM Chief of Mission",
        "On 5 March 2019, Chief of the State Migration Service Vusal Huseynov met with IOM Chief of Mission Serhan "
        "Aktoprak. The meeting was also attended by Deputy Chief of the Service Firudin Nabiyev."),
        P(("Huseynov", "Aktoprak")), id="en-met-with"),
    pytest.param(release(
        "Chief of the Service holds talks with Georgian minister",
        "On 3 May 2019, Chief of the State Migration Service Vusal Huseynov held talks with Minister of Internal "
        "Affairs of Georgia Giorgi Gakharia in Tbilisi."), P(("Huseynov", "Gakharia")), id="en-held-talks"),
    pytest.param(release(
        "Meeting between the heads of migration services",
        "A meeting between Chief of the State Migration Service of Azerbaijan Vusal Huseynov and Head of the State "
        "Migration Service of Ukraine Maksym Sokoliuk took place in Kyiv."), P(("Huseynov", "Sokoliuk")),
        id="en-meeting-between"),
    pytest.param(release(
        "Chief of the Service receives Ambassador of Germany",
        "Chief of the State Migration Service Vusal Huseynov received Ambassador of Germany Ralf Horlemann."),
        P(("Huseynov", "Horlemann")), id="en-received"),
    pytest.param(release(
        "IOM Chief of Mission meets Chief of the Service",
        "IOM Chief of Mission Serhan Aktoprak met Chief of the State Migration Service Vusal Huseynov on Monday."),
        P(("Aktoprak", "Huseynov")), id="en-met-no-with"),
    pytest.param(release(
        "Chief of the Service held a meeting with the Ambassador of Poland",
        "On 7 June 2018, Chief of the State Migration Service Vusal Huseynov held a meeting with Ambassador of Poland "
        "to Azerbaijan Marcin Nowak."), P(("Huseynov", "Nowak")), id="en-held-a-meeting-with"),
    pytest.param(release(
        "State Migration Service meets IOM Chief of Mission",
        "Chief of the State Migration Service Vusal Huseynov spoke at the opening. Later, the leadership of the State "
        "Migration Service met with IOM Chief of Mission Serhan Aktoprak."), P(("Huseynov", "Aktoprak")),
        id="en-org-side-resolved-to-head"),
    pytest.param(release(
        "Chief of the Service holds meetings in Geneva",
        "Chief of the State Migration Service Vusal Huseynov met with IOM Director General Antonio Vitorino. Later "
        "that day, Vusal Huseynov also met with UNHCR Representative Joseph Merkx."),
        P(("Huseynov", "Vitorino"), ("Huseynov", "Merkx")), id="en-two-meetings"),
    pytest.param(release(
        "Conference on labour migration held in Baku",
        "The conference was opened by IOM Chief of Mission Serhan Aktoprak. Deputy Chief of the State Migration "
        "Service Firudin Nabiyev and UNHCR Representative Joseph Merkx also spoke at the event."), P(),
        id="en-conference-no-meeting"),
    pytest.param(release(
        "Chief of the Service meets IOM representatives",
        "Chief of the State Migration Service Vusal Huseynov met with representatives of IOM. UNHCR Representative "
        "Joseph Merkx also attended the meeting."), P(), id="en-met-unnamed-side"),
    pytest.param(release(
        "Chief of the Service meets the German Ambassador",
        "During the meeting with Ambassador of Germany Ralf Horlemann, Chief of the State Migration Service Vusal "
        "Huseynov noted the importance of cooperation."), P(("Huseynov", "Horlemann")), id="en-during-meeting-with"),
    pytest.param(release(
        "Heads of migration services meet in Geneva",
        "Chief of the State Migration Service of Azerbaijan Vusal Huseynov and Head of the State Migration Service "
        "of Ukraine Maksym Sokoliuk met in Geneva."), P(("Huseynov", "Sokoliuk")), id="en-x-and-y-met"),
    pytest.param(release(
        "Chief of the Service meets ambassadors",
        "Chief of the State Migration Service Vusal Huseynov met with Ambassador of Germany Ralf Horlemann and "
        "Ambassador of Poland Rafal Poborski."), P(("Huseynov", "Horlemann"), ("Huseynov", "Poborski")),
        id="en-met-y-and-z"),
    pytest.param(release(
        "Chief of the Service speaks at conference",
        "Chief of the State Migration Service Vusal Huseynov spoke at the conference. He recalled that Ambassador "
        "Ralf Horlemann had met with him last year."), P(), id="en-past-meeting-pronoun"),
    # --- Russian
    pytest.param(release(
        "Встреча начальника ГМС с послом Германии",
        "Состоялась встреча начальника Государственной миграционной службы Вусала Гусейнова с послом Германии "
        "Ральфом Хорлеманом. На встрече присутствовал заместитель начальника службы Фирудин Набиев."),
        P(("Гусейнов", "Хорлеман")), id="ru-vstrecha-x-s-y"),
    pytest.param(release(
        "Начальник ГМС встретился с главой миссии МОМ",
        "Начальник Государственной миграционной службы Вусал Гусейнов встретился с главой миссии МОМ Серханом "
        "Актопраком."), P(("Гусейнов", "Актопрак")), id="ru-vstretilsya"),
    pytest.param(release(
        "Начальник ГМС провел переговоры с министром",
        "Начальник Государственной миграционной службы Вусал Гусейнов провел переговоры с министром внутренних дел "
        "Грузии Георгием Гахарией."), P(("Гусейнов", "Гахари")), id="ru-peregovory"),
    pytest.param(release(
        "Глава миссии МОМ провела встречу с начальником ГМС",
        "Глава миссии МОМ в Азербайджане Ольга Кузнецова провела встречу с начальником ГМС Вусалом Гусейновым."),
        P(("Кузнецова", "Гусейнов")), id="ru-provela-vstrechu"),
    pytest.param(release(
        "Начальник ГМС принял посла Германии",
        "Начальник Государственной миграционной службы Вусал Гусейнов принял посла Германии Ральфа Хорлемана."),
        P(("Гусейнов", "Хорлеман")), id="ru-prinyal"),
    pytest.param(release(
        "Встреча руководителей миграционных служб",
        "В Москве состоялась встреча между директором ФМС России Константином Ромодановским и начальником ГМС "
        "Азербайджана Вусалом Гусейновым."), P(("Ромодановск", "Гусейнов")), id="ru-vstrecha-mezhdu"),
    pytest.param(release(
        "Начальник ГМС принял участие в конференции",
        "Начальник ГМС Вусал Гусейнов и глава миссии МОМ Серхан Актопрак приняли участие в конференции."), P(),
        id="ru-took-part-not-met"),
    pytest.param(release(
        "Начальник ГМС встретился с послом Германии",
        "В ходе встречи с послом Германии Ральфом Хорлеманом начальник ГМС Вусал Гусейнов отметил важность "
        "сотрудничества."), P(("Гусейнов", "Хорлеман")), id="ru-v-hode-vstrechi"),
    pytest.param(release(
        "Начальник ГМС встретился с послами",
        "Начальник ГМС Вусал Гусейнов встретился с послом Германии Ральфом Хорлеманом и послом Польши Марчином "
        "Новаком."), P(("Гусейнов", "Хорлеман"), ("Гусейнов", "Новак")), id="ru-met-y-and-z"),
    pytest.param(release(
        "Начальник ГМС выступил на конференции",
        "Начальник ГМС Вусал Гусейнов выступил на конференции. Он напомнил, что в прошлом году встречался с министром "
        "Иваном Петровым."), P(), id="ru-past-meeting-pronoun"),
    # --- Azerbaijani
    pytest.param(release(
        "Xidmətin rəisi BMqT nümayəndəsi ilə görüşüb",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının nümayəndəsi Serhan "
        "Aktoprak ilə görüşüb. Görüşdə Xidmətin rəisinin müavini Firudin Nəbiyev də iştirak edib."),
        P(("Hüseynov", "Aktoprak")), id="az-ile-gorusub"),
    pytest.param(release(
        "Xidmətin rəisi BMqT nümayəndəsi ilə görüş keçirib",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının nümayəndəsi Serhan "
        "Aktoprak ilə görüş keçirib."), P(("Hüseynov", "Aktoprak")), id="az-gorus-kecirib"),
    pytest.param(release(
        "Xidmətin rəisi Almaniya səfirini qəbul edib",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Almaniyanın ölkəmizdəki səfiri Ralf Horlemanı qəbul edib."),
        P(("Hüseynov", "Horleman")), id="az-qebul-edib"),
    pytest.param(release(
        "Xidmətdə Gürcüstan naziri ilə görüş keçirilib",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov ilə Gürcüstanın daxili işlər naziri Giorgi Qaxariya "
        "arasında görüş keçirilib."), P(("Hüseynov", "Qaxariya")), id="az-arasinda-gorus"),
    pytest.param(release(
        "Xidmətin rəisi BMT rezident koordinatoru ilə danışıqlar aparıb",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov BMT-nin rezident koordinatoru Qulam İsakzai ilə "
        "danışıqlar aparıb."), P(("Hüseynov", "İsakzai")), id="az-danisiqlar"),
    pytest.param(release(
        "Xidmətin rəisi konfransda iştirak edib",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov və BMqT-nin nümayəndəsi Serhan Aktoprak konfransda iştirak "
        "ediblər."), P(), id="az-took-part-not-met"),
    pytest.param(release(
        "Xidmətin rəisi Almaniya səfiri ilə görüşüb",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov və Almaniyanın səfiri Ralf Horleman görüşüblər."),
        P(("Hüseynov", "Horleman")), id="az-x-ve-y-gorusubler"),
    # --- Ukrainian
    pytest.param(release(
        "Голова ДМС зустрівся з Послом Польщі",
        "Голова Державної міграційної служби України Максим Соколюк зустрівся з Послом Польщі в Україні Бартошем "
        "Ціхоцьким. У зустрічі також взяв участь заступник Голови ДМС Олександр Коваленко."),
        P(("Соколюк", "Ціхоцьк")), id="uk-zustrivsya"),
    pytest.param(release(
        "Голова ДМС зустрілася з Послом Литви",
        "Голова ДМС Наталія Науменко зустрілася з Послом Литви в Україні Марюсом Янукенасом."),
        P(("Науменко", "Янукенас")), id="uk-zustrilasya"),
    pytest.param(release(
        "Голова ДМС провів зустріч з керівником МОМ",
        "Голова ДМС Максим Соколюк провів зустріч з Главою Представництва МОМ в Україні Анною Вовк."),
        P(("Соколюк", "Вовк")), id="uk-proviv-zustrich"),
    pytest.param(release(
        "Зустріч Голови ДМС з Послом Німеччини",
        "Відбулася зустріч Голови ДМС Максима Соколюка з Послом Німеччини в Україні Анкою Фельдгузен."),
        P(("Соколюк", "Фельдгузен")), id="uk-zustrich-x-z-y"),
    pytest.param(release(
        "Голова ДМС прийняв Посла Грузії",
        "Голова ДМС Максим Соколюк прийняв Посла Грузії в Україні Ігоря Долідзе."), P(("Соколюк", "Долідзе")),
        id="uk-pryinyav"),
    pytest.param(release(
        "Голова ДМС взяв участь у конференції",
        "Голова ДМС Максим Соколюк та Глава Представництва МОМ в Україні Анна Вовк взяли участь у конференції."), P(),
        id="uk-took-part-not-met"),
    pytest.param(release(
        "Голова ДМС зустрівся з Послом Німеччини",
        "Під час зустрічі з Послом Німеччини в Україні Анкою Фельдгузен Голова ДМС Максим Соколюк наголосив на "
        "важливості співпраці."), P(("Соколюк", "Фельдгузен")), id="uk-pid-chas-zustrichi"),
]


@pytest.mark.parametrize("text,expected", MET)
def test_met_pairs(text: str, expected: set[frozenset[str]]) -> None:
    stems = {s for p in expected for s in p}
    assert pairs(text, "met", stems) == expected


ATTENDED = [
    pytest.param(release(
        "Chief of the Service meets IOM Chief of Mission",
        "Chief of the State Migration Service Vusal Huseynov met with IOM Chief of Mission Serhan Aktoprak. The "
        "meeting was also attended by Deputy Chief of the Service Firudin Nabiyev."), "Nabiyev",
        ("Huseynov", "Aktoprak"), id="en-also-attended"),
    pytest.param(release(
        "Встреча начальника ГМС с послом Германии",
        "Состоялась встреча начальника ГМС Вусала Гусейнова с послом Германии Ральфом Хорлеманом. На встрече "
        "присутствовал заместитель начальника службы Фирудин Набиев."), "Набиев", ("Гусейнов", "Хорлеман"),
        id="ru-prisutstvoval"),
    pytest.param(release(
        "Xidmətin rəisi BMqT nümayəndəsi ilə görüşüb",
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Beynəlxalq Miqrasiya Təşkilatının nümayəndəsi Serhan "
        "Aktoprak ilə görüşüb. Görüşdə Xidmətin rəisinin müavini Firudin Nəbiyev də iştirak edib."), "Nəbiyev",
        ("Hüseynov", "Aktoprak"), id="az-istirak-edib"),
    pytest.param(release(
        "Голова ДМС зустрівся з Послом Польщі",
        "Голова ДМС Максим Соколюк зустрівся з Послом Польщі в Україні Бартошем Ціхоцьким. У зустрічі також взяв "
        "участь заступник Голови ДМС Олександр Коваленко."), "Коваленко", ("Соколюк", "Ціхоцьк"),
        id="uk-vzyav-uchast"),
]


@pytest.mark.parametrize("text,attendee,met_pair", ATTENDED)
def test_co_attendance_is_not_a_met_pair(text: str, attendee: str, met_pair: tuple[str, str]) -> None:
    stems = {attendee, *met_pair}
    assert pairs(text, "met", stems) == P(met_pair)
    attended = pairs(text, "attended", stems)
    assert frozenset((attendee, met_pair[0])) in attended
    assert frozenset((attendee, met_pair[1])) in attended


@pytest.mark.parametrize("text,mentioned", [
    pytest.param(release(
        "Chief of the Service speaks at conference",
        "Chief of the State Migration Service Vusal Huseynov spoke at the conference. He recalled that Ambassador "
        "Ralf Horlemann had met with him last year."), "Horlemann", id="en"),
    pytest.param(release(
        "Начальник ГМС выступил на конференции",
        "Начальник ГМС Вусал Гусейнов выступил на конференции. Он напомнил, что в прошлом году встречался с министром "
        "Иваном Петровым."), "Петров", id="ru"),
])
def test_past_meeting_partner_is_not_present(text: str, mentioned: str) -> None:
    people = [p for p in extract(text).people if mentioned in p.name]
    assert people and not people[0].present


@pytest.mark.parametrize("text,pair", [
    ("Xəbər\n\nNümayəndə heyəti Minskdə\n\nOktyabrın 5-də Dövlət Miqrasiya Xidmətinin rəisi Firudin Nəbiyevin rəhbərlik "
     "etdiyi nümayəndə heyəti Minskdə olub. Nümayəndə heyətinin rəhbəri Belarus Daxili İşlər Nazirliyinin Miqrasiya "
     "Departamentinin rəisi Aleksey Bequnla görüşüb. A.Bequn əməkdaşlığı yüksək qiymətləndirib.",
     {"Firudin Nəbiyev", "Aleksey Bequn"}),
    ("News\n\nDelegation in Vilnius\n\nOn 14 April, a delegation led by Deputy Chief of the Service Elnur Gasimov visited "
     "Vilnius. The head of the delegation met with Vice-Minister of the Interior of Lithuania Arnoldas Abramavicius.",
     {"Elnur Gasimov", "Arnoldas Abramavicius"}),
], ids=["az-delegation-head", "en-delegation-head"])
def test_head_of_delegation_is_the_leader(text, pair):
    x = extract(text)
    names = {p.local_id: p.name for p in x.people}
    met = [{names[m.a], names[m.b]} for m in x.meetings if m.kind == "met"]
    assert pair in met
