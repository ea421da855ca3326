"""Event dates of whole small releases, through ``migtl.extract.extract``, in en / ru / az / uk.

Each case is a short release (headline line, optional dateline, body paragraphs) written in the
style of a migration service, IOM / UN office or embassy; the assertion is the EDTF of the event
date (``x.date.edtf``). ``published`` is the HTML-metadata publication date (None: not known).
Cases marked xfail are known gaps of the extractor, kept so they show up when fixed.
"""

from __future__ import annotations

import pytest

from migtl.extract import extract


def release(*lines: str) -> str:
    return "\n\n".join(lines)


def xf(reason: str, *values: object, id: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(reason=reason, strict=False))


EN = [
    pytest.param(release(
        "Azerbaijani and Georgian migration services discuss readmission",
        "On 18 and 19 April 2017, a delegation led by the Chief of the State Migration Service visited Tbilisi.",
        "The parties discussed the implementation of the readmission agreement."), None, "2017-04-18/2017-04-19",
        id="en-two-days-and"),
    pytest.param(release(
        "Regional workshop on labour migration",
        "IOM held a regional workshop on labour migration statistics from 3 to 5 May 2019 in Baku.",
        "Experts from nine countries took part."), None, "2019-05-03/2019-05-05", id="en-from-to"),
    pytest.param(release(
        "Training for border officials",
        "13-16 April, the IOM Mission organised a training course for border officials in Astara.",
        "Participants received certificates."), "2015-04-17", "2015-04-13/2015-04-16", id="en-dash-range-year-from-pub"),
    pytest.param(release(
        "Training for border officials",
        "13-16 April, the IOM Mission organised a training course for border officials in Astara.",
        "Participants received certificates."), None, "XXXX-04-13/XXXX-04-16", id="en-dash-range-no-year"),
    pytest.param(release(
        "Regional consultations on migrant protection",
        "Regional consultations on migrant protection were held between 3 and 5 May 2019 in Tbilisi.",
        "IOM supported the event."), None, "2019-05-03/2019-05-05", id="en-between-and"),
    pytest.param(release(
        "Global Compact consultations held in Baku",
        "Following the New York Declaration adopted on 19 September 2016, national consultations on the Global "
        "Compact for Migration were held in Baku on 5 December 2017.",
        "The results will feed into the intergovernmental negotiations."), None, "2017-12-05",
        id="en-past-adoption-date-first"),
    pytest.param(release(
        "World Day against Trafficking in Persons marked in Baku",
        "On July 30, the State Migration Service held an awareness event on World Day against Trafficking in Persons.",
        "Leaflets were distributed to foreigners."), None, "XXXX-07-30", id="en-month-day-year-unknown"),
    pytest.param(release(
        "World Day against Trafficking in Persons marked in Baku",
        "On July 30, the State Migration Service held an awareness event on World Day against Trafficking in Persons.",
        "Leaflets were distributed to foreigners."), "2021-08-02", "2021-07-30", id="en-month-day-year-from-pub"),
    pytest.param(release(
        "Year-end: date near the turn of the year takes the previous year",
        "On December 28, the Service summed up the results of the year at an extended board meeting.",
        "The report was approved."), "2019-01-03", "2018-12-28", id="en-year-boundary-from-pub"),
    pytest.param(release(
        "Embassy hosts consular day",
        "On June 4, 2009 the Embassy of Ukraine hosted a consular day for Ukrainian citizens living in Baku.",
        "More than 200 people applied."), None, "2009-06-04", id="en-us-style"),
    pytest.param(release(
        "Migration dialogue continues",
        "The third round of the migration dialogue took place on April 30 - May 2, 2019 in Brussels.",
        "The next round is planned for autumn."), None, "2019-04-30/2019-05-02", id="en-cross-month-us"),
    pytest.param(release(
        "Study visit to Poland",
        "A study visit of Ukrainian migration officers to Warsaw took place 30 April - 2 May 2019.",
        "The officers got acquainted with the Polish reception system."), None, "2019-04-30/2019-05-02",
        id="en-cross-month-uk"),
    pytest.param(release(
        "Numeric date in the lead",
        "20/11/2013 - The State Migration Service held a round table on integration of foreigners.",
        "Representatives of NGOs attended."), None, "2013-11-20", id="en-slash-numeric"),
    pytest.param(release(
        "Consultations held in May",
        "In May 2022, IOM and the State Migration Service held consultations on the new migration strategy.",
        "The strategy is expected to be adopted next year."), None, "2022-05", id="en-month-precision"),
    pytest.param(release(
        "Law decoy before the event",
        "Pursuant to the Law of 12 May 2010 on Labour Migration, the Ministry organised a seminar on 14 June 2012 "
        "for employers.",
        "The seminar explained work permit rules."), None, "2012-06-14", id="en-law-decoy"),
    pytest.param(release(
        "New rules for work permits",
        "From July 1, 2009 foreigners will be able to apply for work permits online, the Service told journalists "
        "at a press conference on 25 June 2009.",
        "Details are available on the website."), None, "2009-06-25", id="en-effective-decoy"),
    pytest.param(release(
        "Convention anniversary",
        "The Convention (1999) on the protection of migrant workers was the focus of a conference held in Vienna "
        "in March 2015.",
        "Speakers called for wider ratification."), None, "2015-03", id="en-parenthetical-year"),
    pytest.param(release(
        "Action plan presented",
        "The State Programme on Migration for 2021-2025 was presented to international partners in Baku.",
        "Partners welcomed the document."), "2021-03-10", "2021-03-10", id="en-year-range-falls-back-to-pub"),
    pytest.param(release(
        "Copyright footer",
        "20/11/2013 - The Service received a delegation from Moldova.",
        "The delegation visited the Migrants' Accommodation Centre. Copyright © 2012-2014 State Migration Service."),
        None, "2013-11-20", id="en-copyright-footer"),
    pytest.param(release(
        "IOM chief visits reception centre",
        "Today, the IOM Chief of Mission visited the reception centre for asylum seekers in Sumgait.",
        "The visit was part of the joint project."), "2016-09-14", "2016-09-14", id="en-today-pub"),
    pytest.param(release(
        "20 November 2013",
        "Service hosts international conference on readmission",
        "Today the Service hosted an international conference on readmission in Baku.",
        "Delegations from eight countries participated."), None, "2013-11-20", id="en-today-dateline"),
    pytest.param(release(
        "2019-03-14",
        "Delegation of Georgia visits the Service",
        "Yesterday the Service received a delegation of the Public Service Development Agency of Georgia.",
        "The sides exchanged experience."), None, "2019-03-13", id="en-yesterday-iso-dateline"),
    pytest.param(release(
        "Date only in the headline",
        "Baku Migration Forum, 25-26 October 2018",
        "Participants discussed the Global Compact for Migration and regional cooperation."), None,
        "2018-10-25/2018-10-26", id="en-headline-date"),
    pytest.param(release(
        "Azerbaijani and Turkish migration services hold consultations",
        "On 12 March 2018, the Azerbaijani and Turkish migration services held bilateral consultations in Ankara.",
        "Recall that the previous round took place on 5 October 2017 in Baku."), None, "2018-03-12",
        id="en-past-event-after"),
    pytest.param(release("Bilateral consultations held",
               "On 12 March 2018, the Azerbaijani and Turkish migration services held bilateral consultations in "
               "Ankara.",
               "Recall that the previous round took place on 5 October 2017 in Baku."), None, "2018-03-12",
                 id="en-short-headline-past-event-after"),
    pytest.param(release("Azerbaijani and Turkish migration services continue their dialogue",
               "Continuing the dialogue launched in Geneva on 5 October 2017, the two services met again in Baku "
               "on 12 March 2018.",
               "The next meeting is planned in Ankara."), None, "2018-03-12", id="en-past-event-before"),
    pytest.param(release("IOM holds graduation ceremony for migration officers",
               "On the 3rd of June 2016 IOM held a graduation ceremony for migration officers in Baku.",
               "Thirty officers received diplomas."), None, "2016-06-03", id="en-ordinal-of-month"),
    pytest.param(release(
        "Abbreviated month",
        "On Sept. 12, 2016 the Mission launched a new information campaign on safe migration.",
        "The campaign will last three months."), None, "2016-09-12", id="en-abbrev-month"),
]

RU = [
    pytest.param(release(
        "Начальник ГМС принял посла Беларуси",
        "21 мая 2022 г. начальник Государственной миграционной службы принял посла Беларуси.",
        "Стороны обсудили вопросы сотрудничества."), None, "2022-05-21", id="ru-day-g"),
    pytest.param(release(
        "Встреча в Миграционной службе",
        "18 ноября в Государственной миграционной службе состоялась встреча с делегацией МОМ.",
        "Стороны обсудили реализацию совместных проектов."), "2013-11-20", "2013-11-18", id="ru-year-from-pub"),
    pytest.param(release(
        "Консультации по стратегии",
        "В мае 2022 года ГМС и МОМ провели консультации по новой миграционной стратегии.",
        "Документ будет принят в следующем году."), None, "2022-05", id="ru-month-precision"),
    pytest.param(release(
        "21 мая 2022 г. 16:49",
        "ГМС провела день открытых дверей",
        "Сегодня Государственная миграционная служба провела день открытых дверей для иностранцев.",
        "Граждане получили консультации."), None, "2022-05-21", id="ru-dateline-time-today"),
    pytest.param(release(
        "Указ как ложная дата",
        "Во исполнение Указа от 5 мая 2020 года 12 мая 2020 года в ГМС состоялось совещание.",
        "Были обсуждены первоочередные задачи."), None, "2020-05-12", id="ru-decree-decoy"),
    pytest.param(release(
        "В ФМС России прошел семинар для работодателей",
        "3 марта 2010 года в соответствии с Федеральным законом от 18 июля 2006 года № 109-ФЗ был проведен "
        "семинар для работодателей.",
        "Семинар организовала ФМС России."), None, "2010-03-03", id="ru-law-decoy-after-event"),
    pytest.param(release(
        "В ФМС России прошел семинар для работодателей",
        "В соответствии с Федеральным законом от 18 июля 2006 года № 109-ФЗ, 3 марта 2010 года был проведен "
        "семинар для работодателей.",
        "Семинар организовала ФМС России."), None, "2010-03-03", id="ru-law-decoy-then-event"),
    pytest.param(release(
        "МОМ и ГМС обсудили итоги консультаций",
        "В мае текущего года МОМ и ГМС провели консультации по новой миграционной стратегии.",
        "Документ будет принят в следующем году."), "2022-06-10", "2022-05", id="ru-month-current-year"),
    pytest.param(release(
        "В ГМС прошел семинар по вопросам беженцев",
        "В период с 25 по 29 ноября 2019 г. в ГМС прошел семинар по вопросам определения статуса беженца.",
        "Семинар провели эксперты УВКБ ООН."), None, "2019-11-25/2019-11-29", id="ru-v-period-s-po"),
    pytest.param(release(
        "Семинар по реадмиссии",
        "С 1 по 3 октября 2019 года в Тбилиси прошел семинар по вопросам реадмиссии.",
        "В нем приняли участие эксперты из пяти стран."), None, "2019-10-01/2019-10-03", id="ru-s-po-range"),
    pytest.param(release(
        "Форум в Баку",
        "27-28 сентября 2016 года в Баку прошел международный форум по вопросам миграции.",
        "Участники приняли итоговую декларацию."), None, "2016-09-27/2016-09-28", id="ru-dash-range"),
    pytest.param(release(
        "Учебный визит",
        "30 апреля – 2 мая 2019 года сотрудники службы находились с учебным визитом в Минске.",
        "Они ознакомились с работой пунктов временного размещения."), None, "2019-04-30/2019-05-02",
        id="ru-cross-month-range"),
    pytest.param(release(
        "Числовая дата",
        "28.06.2004 в Москве состоялось заседание совета руководителей миграционных органов.",
        "Принято решение о создании рабочей группы."), None, "2004-06-28", id="ru-dotted-numeric"),
    pytest.param(release(
        "15.03.2018",
        "В ГМС обсудили защиту беженцев",
        "Вчера в ГМС прошла встреча с представителями УВКБ ООН.",
        "Обсуждены вопросы защиты беженцев."), None, "2018-03-14", id="ru-yesterday-dateline"),
    pytest.param(release(
        "Новые правила с 1 января",
        "С 1 января 2021 года вступают в силу новые правила регистрации иностранцев, сообщил на брифинге "
        "28 декабря 2020 года представитель службы.",
        "Подробности опубликованы на сайте."), None, "2020-12-28", id="ru-effective-decoy"),
    pytest.param(release(
        "Программа на 2021-2025 годы",
        "Государственная программа по вопросам миграции на 2021-2025 годы представлена международным партнерам.",
        "Партнеры высоко оценили документ."), "2021-02-15", "2021-02-15", id="ru-year-range-pub"),
    pytest.param(release(
        "Конференция о Конвенции",
        "Конвенция (1990) о защите прав всех трудящихся-мигрантов обсуждалась на конференции 14 ноября 2017 года.",
        "Участники призвали к ратификации."), None, "2017-11-14", id="ru-parenthetical-year"),
    pytest.param(release(
        "Встреча в конце года",
        "29 декабря в ГМС подвели итоги года.",
        "Отмечены лучшие сотрудники."), "2015-01-05", "2014-12-29", id="ru-year-boundary"),
    pytest.param(release("Совещание",
               "В 2019 г. в ГМС прошло 12 совещаний; очередное состоялось 5 февраля 2020 г. в Баку.",
               "Обсуждены итоги года."), None, "2020-02-05", id="ru-year-then-date"),
]

AZ = [
    pytest.param(release(
        "Dövlət Miqrasiya Xidmətində görüş keçirilib",
        "2020-ci il 25 iyun tarixdə Dövlət Miqrasiya Xidmətində BMqT-nin nümayəndələri ilə görüş keçirilib.",
        "Görüşdə birgə layihələr müzakirə olunub."), None, "2020-06-25", id="az-year-first"),
    pytest.param(release(
        "Xidmətdə tədbir",
        "İyulun 30-da Dövlət Miqrasiya Xidmətində insan alverinə qarşı mübarizə gününə həsr olunmuş tədbir keçirilib.",
        "Tədbirdə əcnəbilər iştirak ediblər."), None, "XXXX-07-30", id="az-genitive-month-no-year"),
    pytest.param(release(
        "Xidmətdə tədbir",
        "İyulun 30-da Dövlət Miqrasiya Xidmətində insan alverinə qarşı mübarizə gününə həsr olunmuş tədbir keçirilib.",
        "Tədbirdə əcnəbilər iştirak ediblər."), "2021-08-01", "2021-07-30", id="az-genitive-month-pub"),
    pytest.param(release(
        "Seminar keçirilib",
        "04 avqust 2013-cü il tarixdə Bakıda miqrasiya qanunvericiliyi üzrə seminar keçirilib.",
        "Seminarda ekspertlər çıxış ediblər."), None, "2013-08-04", id="az-day-month-year-cu-il"),
    pytest.param(release(
        "Beynəlxalq konfrans",
        "2019-cu il oktyabrın 3-də Bakıda miqrasiya üzrə beynəlxalq konfrans keçirilib.",
        "Konfransda 20 ölkənin nümayəndələri iştirak ediblər."), None, "2019-10-03", id="az-year-month-gen-day"),
    pytest.param(release(
        "12.02.2019",
        "Xidmətdə açıq qapı günü",
        "Bu gün Dövlət Miqrasiya Xidmətində vətəndaşlar üçün açıq qapı günü keçirilib.",
        "Vətəndaşlar məsləhət alıblar."), None, "2019-02-12", id="az-bu-gun-dateline"),
    pytest.param(release(
        "12.02.2019",
        "Xidmətdə Gürcüstan nümayəndə heyəti ilə görüş",
        "Dünən Dövlət Miqrasiya Xidmətində Gürcüstan nümayəndə heyəti ilə görüş keçirilib.",
        "Tərəflər təcrübə mübadiləsi aparıblar."), None, "2019-02-11", id="az-dunen-dateline"),
    pytest.param(release(
        "Fərman tarixi tələ kimi",
        "Prezidentin 5 may 2010-cu il tarixli Fərmanına əsasən 14 iyun 2012-ci il tarixdə seminar təşkil olunub.",
        "Seminarda işəgötürənlər iştirak ediblər."), None, "2012-06-14", id="az-decree-decoy"),
    pytest.param(release(
        "Yeni qaydalar",
        "1 iyul 2009-cu il tarixdən etibarən əcnəbilər elektron qaydada müraciət edə biləcəklər, bu barədə 25 iyun "
        "2009-cu il tarixdə keçirilən brifinqdə məlumat verilib.",
        "Ətraflı məlumat saytda yerləşdirilib."), None, "2009-06-25", id="az-effective-decoy"),
    pytest.param(release(
        "İki günlük təlim",
        "18-19 aprel 2017-ci il tarixlərində Bakıda sərhəd əməkdaşları üçün təlim keçirilib.",
        "Təlimi BMqT təşkil edib."), None, "2017-04-18/2017-04-19", id="az-range"),
    pytest.param(release(
        "Noyabr görüşü",
        "Noyabrın 20-də Xidmətdə Moldova nümayəndə heyəti ilə görüş keçirilib.",
        "Tərəflər əməkdaşlığı müzakirə ediblər."), "2013-11-21", "2013-11-20", id="az-genitive-month-pub2"),
    pytest.param(release(
        "Xidmətdə Belarus səfiri ilə görüş keçirilib",
        "Mayın 21-də Dövlət Miqrasiya Xidmətində Belarusun ölkəmizdəki səfiri ilə görüş keçirilib.",
        "Görüşdə əməkdaşlıq məsələləri müzakirə olunub."), "2022-05-23", "2022-05-21", id="az-mayin"),
    pytest.param(release("Xidmət və BMqT yeni strategiyanı müzakirə edib",
               "2022-ci ilin may ayında Xidmət və BMqT yeni strategiya üzrə məsləhətləşmələr aparıb.",
               "Sənəd gələn il qəbul olunacaq."), None, "2022-05", id="az-month-precision"),
    pytest.param(release(
        "Dövlət proqramı təqdim olunub",
        "2021-2025-ci illər üçün Dövlət Proqramı beynəlxalq tərəfdaşlara təqdim olunub.",
        "Tərəfdaşlar sənədi yüksək qiymətləndiriblər."), "2021-03-01", "2021-03-01", id="az-year-range-pub"),
]

UK = [
    pytest.param(release(
        "Голова ДМС зустрівся з Послом Польщі",
        "28 серпня 2014 року Голова Державної міграційної служби України зустрівся з Послом Польщі.",
        "Сторони обговорили питання співпраці."), None, "2014-08-28", id="uk-day-roku"),
    pytest.param(release(
        "20.11.2013",
        "Вчорашня нарада в ДМС",
        "Вчора в Державній міграційній службі відбулася нарада з питань документування.",
        "Нараду провів Голова служби."), None, "2013-11-19", id="uk-yesterday-dateline"),
    pytest.param(release(
        "Семінар з реадмісії",
        "З 3 по 5 травня 2019 року у Львові відбувся семінар з питань реадмісії.",
        "Участь взяли експерти МОМ."), None, "2019-05-03/2019-05-05", id="uk-z-po-range"),
    pytest.param(release(
        "Консультації щодо стратегії",
        "У травні 2022 року ДМС та МОМ провели консультації щодо нової стратегії.",
        "Стратегію планують ухвалити наступного року."), None, "2022-05", id="uk-month-precision"),
    pytest.param(release(
        "Закон як хибна дата",
        "На виконання Закону України від 22 вересня 2011 року 15 жовтня 2011 року відбулася нарада керівників "
        "територіальних органів.",
        "Нараду провів Голова ДМС."), None, "2011-10-15", id="uk-law-decoy"),
    pytest.param(release(
        "Робоча зустріч з представниками МОМ",
        "23 березня ц.р. у ДМС відбулася робоча зустріч з представниками МОМ в Україні.",
        "Сторони обговорили спільні проекти."), "2017-03-24", "2017-03-23", id="uk-current-year-abbrev"),
    pytest.param(release(
        "Нарада в листопаді",
        "12 листопада в ДМС відбулася робоча нарада з представниками УВКБ ООН.",
        "Обговорено питання захисту біженців."), "2015-11-13", "2015-11-12", id="uk-year-from-pub"),
    pytest.param(release(
        "Нові правила",
        "З 1 липня 2020 року змінюється порядок оформлення посвідок, повідомила 25 червня 2020 року "
        "прес-служба ДМС.",
        "Деталі на сайті."), None, "2020-06-25", id="uk-effective-decoy"),
    pytest.param(release(
        "Тренінг для працівників",
        "12-14 березня 2018 року в Києві відбувся тренінг для працівників ДМС.",
        "Тренінг організувала МОМ."), None, "2018-03-12/2018-03-14", id="uk-dash-range"),
    pytest.param(release(
        "05.06.2017",
        "ДМС провела день відкритих дверей",
        "Сьогодні Державна міграційна служба провела день відкритих дверей.",
        "Громадяни отримали консультації."), None, "2017-06-05", id="uk-today-dateline"),
    pytest.param(release(
        "Конференція про Конвенцію",
        "Конвенція (1951) про статус біженців обговорювалася на конференції 20 червня 2016 року в Києві.",
        "Учасники відзначили Всесвітній день біженців."), None, "2016-06-20", id="uk-parenthetical-year"),
    pytest.param(release(
        "Програма на 2021-2025 роки",
        "Стратегію на 2021-2025 роки представлено міжнародним партнерам.",
        "Партнери підтримали документ."), "2021-04-02", "2021-04-02", id="uk-year-range-pub"),
]


@pytest.mark.parametrize("text,published,expected", EN + RU + AZ + UK)
def test_event_date(text: str, published: str | None, expected: str) -> None:
    x = extract(text, published=published)
    assert x.date is not None, "no event date"
    assert x.date.edtf == expected


@pytest.mark.parametrize("lang,text", [
    ("en", release("Service news", "The Service continues to issue residence permits to foreigners.")),
    ("ru", release("Новости службы", "Служба продолжает выдавать разрешения на временное проживание.")),
    ("az", release("Xidmətin xəbərləri", "Xidmət əcnəbilərə yaşamaq icazələri verməyə davam edir.")),
    ("uk", release("Новини служби", "Служба продовжує видавати посвідки на тимчасове проживання.")),
])
def test_no_date_when_nothing_says_one(lang: str, text: str) -> None:
    x = extract(text)
    assert x.date is None
    assert x.date_source == "none"


@pytest.mark.parametrize("text,published,source", [
    pytest.param(release("The Service held a meeting with IOM", "On 5 May 2019 the Service held a meeting."), None,
                 "body", id="body"),
    pytest.param(release("Baku Migration Forum, 25-26 October 2018", "Participants discussed the Global Compact."),
                 None, "title", id="title"),
    pytest.param(release("The Service held a meeting with IOM", "Today the Service held a meeting with IOM."),
                 "2019-05-05", "body", id="relative-body"),
    pytest.param(release("The Service held a meeting with IOM", "The Service held a meeting with IOM in Baku."),
                 "2019-05-05", "published", id="published"),
    xf("a 2-word headline ('Meeting held') is dropped as a section label; the lead becomes the title, so the date "
       "source is 'title' (actual: title)",
       release("Meeting held", "On 5 May 2019 the Service held a meeting.", "The sides discussed cooperation."),
       None, "body", id="short-headline-body"),
])
def test_date_source(text: str, published: str | None, source: str) -> None:
    assert extract(text, published=published).date_source == source


@pytest.mark.parametrize("text,found", [
    ("Call 201905 for details", []),
    ("In 20190 cases permits were issued", []),
    ("Law No 3773-VI of 2011", [("2011", "year")]),
    ("Tel: +994 12 2019 55", [("2019", "year")]),
    ("on 2019-05-20 in Baku", [("2019-05-20", "date")]),
])
def test_years_are_four_digits_not_the_start_of_a_longer_number(text: str, found: list[tuple[str, str]]) -> None:
    from migtl.extract.dates import find_dates

    assert [(m.text, m.kind) for m in find_dates(text)] == found


def test_a_publication_date_near_the_end_of_the_calendar_does_not_crash():
    """Hypothesis found it: a year missing from a date was looked for past 9999, which date() cannot hold."""
    from migtl.extract import extract

    assert extract("today 1 January 0 - 0", None, "9996-01-01").date.edtf == "9996-01-01"
