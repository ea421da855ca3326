#!/usr/bin/env python3
# ruff: noqa: E501
"""Deterministic generator of synthetic migration-governance press releases.

    python benchmarks/generate.py OUTDIR --docs N [--seed S] [--manifest FILE]

Writes N releases (en, ru, az, uk in roughly equal shares) into OUTDIR: about 10 %
as ``.html`` pages with navigation/footer boilerplate and an
``article:published_time`` meta tag, the rest as ``.txt``; some Russian (and a
few Ukrainian) files in windows-1251, some UTF-8 files with a BOM.

A small "world" is simulated first: offices (Chief of the State Migration
Service of Azerbaijan, Head of the State Migration Service of Ukraine, IOM and
UNHCR heads of mission, ministers, ambassadors ...) with successive holders
drawn from per-script name pools.  Every release is then written about an
event whose participants hold their offices on the event date, so tenures in
the corpus are consistent.  Names are inflected (Russian/Ukrainian cases,
Azerbaijani suffixes with vowel harmony) and abbreviated ("V.Hüseynov") later
in the text.

The same seed always gives the same files, and the first K files for
``--docs N`` are identical to those for any larger N (sequential RNG).
``--manifest FILE`` writes the ground truth (world + per-document events) as
JSON; keep it outside OUTDIR so that it is not ingested as a release.

``generate(outdir, n, seed)`` can be imported; it returns the manifest dict.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import random
import sys
import time

LANGS = ("en", "ru", "az", "uk")
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
START_YEAR, END_YEAR = 2005, 2024

# --------------------------------------------------------------------------------------
# Name pools: (en, az, ru, uk) per first name (+ gender) and surname (male form)
# --------------------------------------------------------------------------------------
FIRST = {
    "az": [
        ("Vusal", "Vüsal", "Вусал", "Вусал", "m"), ("Firudin", "Firudin", "Фирудин", "Фірудін", "m"),
        ("Elchin", "Elçin", "Эльчин", "Ельчин", "m"), ("Rashad", "Rəşad", "Рашад", "Рашад", "m"),
        ("Ilham", "İlham", "Ильхам", "Ільхам", "m"), ("Tural", "Tural", "Турал", "Турал", "m"),
        ("Ramil", "Ramil", "Рамиль", "Раміль", "m"), ("Anar", "Anar", "Анар", "Анар", "m"),
        ("Elnur", "Elnur", "Эльнур", "Ельнур", "m"), ("Orkhan", "Orxan", "Орхан", "Орхан", "m"),
        ("Farid", "Fərid", "Фарид", "Фарід", "m"), ("Jeyhun", "Ceyhun", "Джейхун", "Джейхун", "m"),
        ("Shahin", "Şahin", "Шахин", "Шахін", "m"), ("Mubariz", "Mübariz", "Мубариз", "Мубаріз", "m"),
        ("Rovshan", "Rövşən", "Ровшан", "Ровшан", "m"), ("Namig", "Namiq", "Намиг", "Наміг", "m"),
        ("Azer", "Azər", "Азер", "Азер", "m"), ("Kamran", "Kamran", "Камран", "Камран", "m"),
        ("Ilgar", "İlqar", "Ильгар", "Ільгар", "m"), ("Toghrul", "Toğrul", "Тогрул", "Тогрул", "m"),
        ("Gunel", "Günel", "Гюнель", "Гюнель", "f"), ("Aysel", "Aysel", "Айсель", "Айсель", "f"),
        ("Leyla", "Leyla", "Лейла", "Лейла", "f"), ("Sevinj", "Sevinc", "Севиндж", "Севіндж", "f"),
        ("Narmin", "Nərmin", "Нармин", "Нармін", "f"), ("Ulviyya", "Ülviyyə", "Ульвия", "Ульвія", "f"),
        ("Sabina", "Səbinə", "Сабина", "Сабіна", "f"), ("Fidan", "Fidan", "Фидан", "Фідан", "f"),
    ],
    "ru": [
        ("Ivan", "İvan", "Иван", "Іван", "m"), ("Sergey", "Sergey", "Сергей", "Сергій", "m"),
        ("Andrey", "Andrey", "Андрей", "Андрій", "m"), ("Dmitry", "Dmitri", "Дмитрий", "Дмитро", "m"),
        ("Alexey", "Aleksey", "Алексей", "Олексій", "m"), ("Mikhail", "Mixail", "Михаил", "Михайло", "m"),
        ("Vladimir", "Vladimir", "Владимир", "Володимир", "m"), ("Nikolai", "Nikolay", "Николай", "Микола", "m"),
        ("Yuri", "Yuri", "Юрий", "Юрій", "m"), ("Oleg", "Oleq", "Олег", "Олег", "m"),
        ("Igor", "İqor", "Игорь", "Ігор", "m"), ("Anna", "Anna", "Анна", "Анна", "f"),
        ("Elena", "Yelena", "Елена", "Олена", "f"), ("Maria", "Mariya", "Мария", "Марія", "f"),
        ("Natalia", "Natalya", "Наталья", "Наталія", "f"), ("Irina", "İrina", "Ирина", "Ірина", "f"),
        ("Tatiana", "Tatyana", "Татьяна", "Тетяна", "f"), ("Svetlana", "Svetlana", "Светлана", "Світлана", "f"),
    ],
    "ua": [
        ("Oleksandr", "Oleksandr", "Александр", "Олександр", "m"), ("Andriy", "Andriy", "Андрей", "Андрій", "m"),
        ("Serhiy", "Serhiy", "Сергей", "Сергій", "m"), ("Volodymyr", "Volodımır", "Владимир", "Володимир", "m"),
        ("Petro", "Petro", "Петр", "Петро", "m"), ("Mykola", "Mıkola", "Николай", "Микола", "m"),
        ("Taras", "Taras", "Тарас", "Тарас", "m"), ("Bohdan", "Boqdan", "Богдан", "Богдан", "m"),
        ("Vasyl", "Vasil", "Василий", "Василь", "m"), ("Dmytro", "Dmitro", "Дмитрий", "Дмитро", "m"),
        ("Maksym", "Maksim", "Максим", "Максим", "m"), ("Yuriy", "Yuriy", "Юрий", "Юрій", "m"),
        ("Olena", "Olena", "Елена", "Олена", "f"), ("Nataliia", "Nataliya", "Наталья", "Наталія", "f"),
        ("Iryna", "İrina", "Ирина", "Ірина", "f"), ("Oksana", "Oksana", "Оксана", "Оксана", "f"),
        ("Tetiana", "Tetyana", "Татьяна", "Тетяна", "f"), ("Yuliia", "Yuliya", "Юлия", "Юлія", "f"),
        ("Halyna", "Halına", "Галина", "Галина", "f"),
    ],
    "gb": [
        ("William", "Uilyam", "Уильям", "Вільям", "m"), ("John", "Con", "Джон", "Джон", "m"),
        ("Peter", "Piter", "Питер", "Пітер", "m"), ("James", "Ceyms", "Джеймс", "Джеймс", "m"),
        ("Laura", "Laura", "Лаура", "Лаура", "f"), ("Sarah", "Sara", "Сара", "Сара", "f"),
        ("Emma", "Emma", "Эмма", "Емма", "f"),
    ],
    "de": [
        ("Thomas", "Tomas", "Томас", "Томас", "m"), ("Michael", "Mixael", "Михаэль", "Міхаель", "m"),
        ("Stefan", "Ştefan", "Штефан", "Штефан", "m"), ("Katrin", "Katrin", "Катрин", "Катрін", "f"),
        ("Sabine", "Sabine", "Сабине", "Сабіне", "f"),
    ],
    "it": [
        ("Marco", "Marko", "Марко", "Марко", "m"), ("Giovanni", "Covanni", "Джованни", "Джованні", "m"),
        ("Luca", "Luka", "Лука", "Лука", "m"), ("Giulia", "Culiya", "Джулия", "Джулія", "f"),
        ("Francesca", "Françeska", "Франческа", "Франческа", "f"),
    ],
    "tr": [
        ("Mehmet", "Mehmet", "Мехмет", "Мехмет", "m"), ("Ahmet", "Əhməd", "Ахмет", "Ахмет", "m"),
        ("Mustafa", "Mustafa", "Мустафа", "Мустафа", "m"), ("Ayse", "Ayşe", "Айше", "Айше", "f"),
        ("Elif", "Elif", "Элиф", "Еліф", "f"),
    ],
    "ge": [
        ("Giorgi", "Giorgi", "Георгий", "Георгій", "m"), ("Levan", "Levan", "Леван", "Леван", "m"),
        ("David", "David", "Давид", "Давид", "m"), ("Nino", "Nino", "Нино", "Ніно", "f"),
        ("Tamar", "Tamar", "Тамар", "Тамар", "f"),
    ],
    "pl": [
        ("Tomasz", "Tomaş", "Томаш", "Томаш", "m"), ("Marek", "Marek", "Марек", "Марек", "m"),
        ("Jan", "Yan", "Ян", "Ян", "m"), ("Katarzyna", "Katajina", "Катажина", "Катажина", "f"),
    ],
    "lt": [
        ("Jonas", "Yonas", "Йонас", "Йонас", "m"), ("Darius", "Darius", "Дариус", "Даріус", "m"),
        ("Tomas", "Tomas", "Томас", "Томас", "m"), ("Rimantas", "Rimantas", "Римантас", "Римантас", "m"),
    ],
    "jp": [
        ("Kenji", "Kenci", "Кэндзи", "Кендзі", "m"), ("Hiroshi", "Hiroşi", "Хироси", "Хіроші", "m"),
        ("Takashi", "Takaşi", "Такаси", "Такаші", "m"), ("Yuji", "Yuci", "Юдзи", "Юдзі", "m"),
    ],
    "misc": [
        ("Argentina", "Argentina", "Аргентина", "Аргентина", "f"), ("Vladanka", "Vladanka", "Владанка", "Владанка", "f"),
        ("Ghulam", "Qulam", "Гулам", "Гулам", "m"), ("Vladimir", "Vladimir", "Владимир", "Володимир", "m"),
        ("Sophie", "Sofi", "Софи", "Софі", "f"), ("Pascal", "Paskal", "Паскаль", "Паскаль", "m"),
    ],
}
SURNAME = {
    "az": [
        ("Huseynov", "Hüseynov", "Гусейнов", "Гусейнов"), ("Nabiyev", "Nəbiyev", "Набиев", "Набієв"),
        ("Aliyev", "Əliyev", "Алиев", "Алієв"), ("Mammadov", "Məmmədov", "Мамедов", "Мамедов"),
        ("Hasanov", "Həsənov", "Гасанов", "Гасанов"), ("Guliyev", "Quliyev", "Гулиев", "Гулієв"),
        ("Ismayilov", "İsmayılov", "Исмайлов", "Ісмаїлов"), ("Abbasov", "Abbasov", "Аббасов", "Аббасов"),
        ("Karimov", "Kərimov", "Керимов", "Керімов"), ("Rzayev", "Rzayev", "Рзаев", "Рзаєв"),
        ("Babayev", "Babayev", "Бабаев", "Бабаєв"), ("Safarov", "Səfərov", "Сафаров", "Сафаров"),
        ("Jafarov", "Cəfərov", "Джафаров", "Джафаров"), ("Valiyev", "Vəliyev", "Велиев", "Велієв"),
        ("Orujov", "Orucov", "Оруджев", "Оруджев"), ("Gasimov", "Qasımov", "Гасымов", "Гасимов"),
        ("Allahverdiyev", "Allahverdiyev", "Аллахвердиев", "Аллахвердієв"), ("Zeynalov", "Zeynalov", "Зейналов", "Зейналов"),
        ("Bayramov", "Bayramov", "Байрамов", "Байрамов"), ("Musayev", "Musayev", "Мусаев", "Мусаєв"),
    ],
    "ru": [
        ("Petrov", "Petrov", "Петров", "Петров"), ("Ivanov", "İvanov", "Иванов", "Іванов"),
        ("Smirnov", "Smirnov", "Смирнов", "Смирнов"), ("Kuznetsov", "Kuznetsov", "Кузнецов", "Кузнецов"),
        ("Volkov", "Volkov", "Волков", "Волков"), ("Sokolov", "Sokolov", "Соколов", "Соколов"),
        ("Morozov", "Morozov", "Морозов", "Морозов"), ("Lebedev", "Lebedev", "Лебедев", "Лебедєв"),
        ("Novikov", "Novikov", "Новиков", "Новиков"), ("Orlov", "Orlov", "Орлов", "Орлов"),
        ("Zaitsev", "Zaytsev", "Зайцев", "Зайцев"), ("Belov", "Belov", "Белов", "Бєлов"),
        ("Kozlovsky", "Kozlovski", "Козловский", "Козловський"), ("Romanov", "Romanov", "Романов", "Романов"),
    ],
    "ua": [
        ("Kovalenko", "Kovalenko", "Коваленко", "Коваленко"), ("Shevchenko", "Şevçenko", "Шевченко", "Шевченко"),
        ("Bondarenko", "Bondarenko", "Бондаренко", "Бондаренко"), ("Tkachenko", "Tkaçenko", "Ткаченко", "Ткаченко"),
        ("Kravchenko", "Kravçenko", "Кравченко", "Кравченко"), ("Melnyk", "Melnik", "Мельник", "Мельник"),
        ("Shevchuk", "Şevçuk", "Шевчук", "Шевчук"), ("Boyko", "Boyko", "Бойко", "Бойко"),
        ("Sokolovskyi", "Sokolovski", "Соколовский", "Соколовський"), ("Lysenko", "Lısenko", "Лысенко", "Лисенко"),
        ("Sydorenko", "Sidorenko", "Сидоренко", "Сидоренко"), ("Moroz", "Moroz", "Мороз", "Мороз"),
        ("Kovalchuk", "Kovalçuk", "Ковальчук", "Ковальчук"), ("Savchenko", "Savçenko", "Савченко", "Савченко"),
        ("Tkachuk", "Tkaçuk", "Ткачук", "Ткачук"), ("Marchenko", "Marçenko", "Марченко", "Марченко"),
    ],
    "gb": [
        ("Harris", "Harris", "Харрис", "Гарріс"), ("Smith", "Smit", "Смит", "Сміт"),
        ("Brown", "Braun", "Браун", "Браун"), ("Thompson", "Tompson", "Томпсон", "Томпсон"),
        ("Clarke", "Klark", "Кларк", "Кларк"), ("Wilson", "Uilson", "Уилсон", "Вілсон"),
    ],
    "de": [
        ("Weber", "Veber", "Вебер", "Вебер"), ("Becker", "Bekker", "Беккер", "Беккер"),
        ("Schmidt", "Şmidt", "Шмидт", "Шмідт"), ("Fischer", "Fişer", "Фишер", "Фішер"),
        ("Wagner", "Vaqner", "Вагнер", "Вагнер"), ("Hoffmann", "Hoffman", "Хоффман", "Гоффман"),
    ],
    "it": [
        ("Rossi", "Rossi", "Росси", "Россі"), ("Bianchi", "Byanki", "Бьянки", "Б'янкі"),
        ("Ferrari", "Ferrari", "Феррари", "Феррарі"), ("Conti", "Konti", "Конти", "Конті"),
    ],
    "tr": [
        ("Yilmaz", "Yılmaz", "Йылмаз", "Їлмаз"), ("Demir", "Demir", "Демир", "Демір"),
        ("Kaya", "Kaya", "Кая", "Кая"), ("Ozturk", "Öztürk", "Озтюрк", "Озтюрк"), ("Celik", "Çelik", "Челик", "Челік"),
    ],
    "ge": [
        ("Beridze", "Beridze", "Беридзе", "Берідзе"), ("Kapanadze", "Kapanadze", "Капанадзе", "Капанадзе"),
        ("Gelashvili", "Gelaşvili", "Гелашвили", "Гелашвілі"), ("Lomidze", "Lomidze", "Ломидзе", "Ломідзе"),
    ],
    "pl": [
        ("Nowak", "Novak", "Новак", "Новак"), ("Kowalski", "Kovalski", "Ковальский", "Ковальський"),
        ("Mazur", "Mazur", "Мазур", "Мазур"), ("Wojcik", "Voyçik", "Войчик", "Войчик"),
    ],
    "lt": [
        ("Petraitis", "Petraytis", "Петрайтис", "Петрайтіс"), ("Kazlauskas", "Kazlauskas", "Казлаускас", "Казлаускас"),
        ("Jankauskas", "Yankauskas", "Янкаускас", "Янкаускас"), ("Stankevicius", "Stankeviçius", "Станкявичюс", "Станкявічюс"),
    ],
    "jp": [
        ("Tanaka", "Tanaka", "Танака", "Танака"), ("Suzuki", "Suzuki", "Судзуки", "Судзукі"),
        ("Sato", "Sato", "Сато", "Сато"), ("Watanabe", "Vatanabe", "Ватанабе", "Ватанабе"),
    ],
    "misc": [
        ("Szabados", "Sabados", "Сабадош", "Сабадош"), ("Gjorgjiev", "Corciyev", "Джорджиев", "Джорджієв"),
        ("Isaczai", "İsakzay", "Исакзай", "Ісакзай"), ("Popescu", "Popesku", "Попеску", "Попеску"),
        ("Dubois", "Dübua", "Дюбуа", "Дюбуа"), ("Andersen", "Andersen", "Андерсен", "Андерсен"),
    ],
}
INTL_POOLS = ("gb", "gb", "de", "it", "pl", "misc", "misc")
UK_FIRST_EXC = {"Ігор": ("Ігор", "Ігоря", "Ігорю", "Ігоря", "Ігорем", "Ігореві")}


# --------------------------------------------------------------------------------------
# Morphology
# --------------------------------------------------------------------------------------
def _forms(stem: str, ends) -> tuple:
    return tuple(stem + e for e in ends)


def ru_first(n: str, g: str) -> tuple:
    if g == "m":
        if n.endswith("ий"):
            return (n,) + _forms(n[:-2], ("ия", "ию", "ия", "ием", "ии"))
        if n[-1] in "йь":
            return (n,) + _forms(n[:-1], ("я", "ю", "я", "ем", "е"))
        if n[-1] == "а":
            return ru_first(n, "f")
        if n[-1] in "иоуеэыя":
            return (n,) * 6
        return (n,) + _forms(n, ("а", "у", "а", "ем" if n[-1] in "жшчщц" else "ом", "е"))
    if n.endswith("ия"):
        return (n,) + _forms(n[:-1], ("и", "и", "ю", "ей", "и"))
    if n.endswith("ья"):
        return (n,) + _forms(n[:-1], ("и", "е", "ю", "ей", "е"))
    if n[-1] == "я":
        return (n,) + _forms(n[:-1], ("и", "е", "ю", "ей", "е"))
    if n[-1] == "а":
        st = n[:-1]
        return (n,) + _forms(st, ("и" if st[-1] in "гкхжшчщ" else "ы", "е", "у", "ой", "е"))
    return (n,) * 6


def ru_sur(s: str, g: str) -> tuple:
    if g == "m":
        if s.endswith(("ский", "цкий")):
            return (s,) + _forms(s[:-2], ("ого", "ому", "ого", "им", "ом"))
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return (s,) + _forms(s, ("а", "у", "а", "ым", "е"))
        if s[-1] in "аеиоуыэюя":
            return (s,) * 6
        if s[-1] in "йь":
            return (s,) + _forms(s[:-1], ("я", "ю", "я", "ем", "е"))
        return (s,) + _forms(s, ("а", "у", "а", "ем" if s[-1] in "жшчщц" else "ом", "е"))
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return (s,) + _forms(s[:-1], ("ой", "ой", "у", "ой", "ой"))
    if s.endswith(("ская", "цкая")):
        return (s,) + _forms(s[:-2], ("ой", "ой", "ую", "ой", "ой"))
    return (s,) * 6


def uk_first(n: str, g: str) -> tuple:
    if n in UK_FIRST_EXC:
        return UK_FIRST_EXC[n]
    if g == "m":
        if n.endswith("ій"):
            return (n,) + _forms(n[:-2], ("ія", "ію", "ія", "ієм", "ієві"))
        if n[-1] == "й":
            return (n,) + _forms(n[:-1], ("я", "ю", "я", "єм", "єві"))
        if n[-1] == "ь":
            return (n,) + _forms(n[:-1], ("я", "ю", "я", "ем", "еві"))
        if n[-1] == "о":
            return (n,) + _forms(n[:-1], ("а", "у", "а", "ом", "ові"))
        if n[-1] == "а":
            return (n,) + _forms(n[:-1], ("и", "і", "у", "ою", "і"))
        if n[-1] in "аеиіоуяюєї":
            return (n,) * 6
        return (n,) + _forms(n, ("а", "у", "а", "ем" if n[-1] in "жшчщ" else "ом", "ові"))
    if n.endswith("ія"):
        return (n,) + _forms(n[:-1], ("ї", "ї", "ю", "єю", "ї"))
    if n[-1] == "я":
        return (n,) + _forms(n[:-1], ("і", "і", "ю", "ею", "і"))
    if n[-1] == "а":
        return (n,) + _forms(n[:-1], ("и", "і", "у", "ою", "і"))
    return (n,) * 6


def uk_sur(s: str, g: str) -> tuple:
    if g == "m":
        if s.endswith(("ський", "цький")):
            return (s,) + _forms(s[:-2], ("ого", "ому", "ого", "им", "ому"))
        if s.endswith(("ов", "ев", "єв", "ін", "їн", "ин")):
            return (s,) + _forms(s, ("а", "у", "а", "им", "і"))
        if s[-1] == "о":
            return (s,) + _forms(s[:-1], ("а", "ові", "а", "ом", "ові"))
        if s[-1] in "аеиіуяюєї":
            return (s,) * 6
        if s[-1] == "ь":
            return (s,) + _forms(s[:-1], ("я", "ю", "я", "ем", "еві"))
        return (s,) + _forms(s, ("а", "у", "а", "ем" if s[-1] in "жшчщ" else "ом", "ові"))
    if s.endswith(("ова", "ева", "єва", "іна", "ина")):
        return (s,) + _forms(s[:-1], ("ої", "ій", "у", "ою", "ій"))
    if s.endswith(("ська", "цька")):
        return (s,) + _forms(s[:-1], ("ої", "ій", "у", "ою", "ій"))
    return (s,) * 6


AZ_VOWELS = "aıoueəiöü"
AZ_FOUR = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "ə": "i", "i": "i", "ö": "ü", "ü": "ü"}


def az_last_vowel(w: str) -> str:
    for ch in reversed(w.lower()):
        if ch in AZ_VOWELS:
            return ch
    return "e"


def az_case(w: str, case: str) -> str:
    """Azerbaijani case suffix on a (proper) noun, with vowel harmony."""
    v = az_last_vowel(w)
    four, two = AZ_FOUR[v], ("a" if v in "aıou" else "ə")
    vend = w[-1].lower() in AZ_VOWELS
    if case == "gen":
        return w + ("n" if vend else "") + four + "n"
    if case == "dat":
        return w + ("y" if vend else "") + two
    if case == "acc":
        return w + ("n" if vend else "") + four
    if case == "loc":
        return w + "d" + two
    if case == "abl":
        return w + "d" + two + "n"
    return w


# last vowel of the spoken Azerbaijani numeral (for suffix harmony on digits)
_AZ_UNITS = {1: "i", 2: "i", 3: "ü", 4: "ö", 5: "e", 6: "ı", 7: "i", 8: "i", 9: "u"}
_AZ_TENS = {1: "o", 2: "i", 3: "u", 4: "ı", 5: "i", 6: "ı", 7: "i", 8: "ə", 9: "a"}


def az_num_vowel(n: int) -> str:
    if n % 10:
        return _AZ_UNITS[n % 10]
    if n % 100:
        return _AZ_TENS[(n // 10) % 10]
    if n % 1000:
        return "ü"  # yüz
    return "i"  # min


def az_ord(n: int) -> str:
    return f"{n}-c" + AZ_FOUR[az_num_vowel(n)]


def az_num_case(n: int, case: str) -> str:
    two = "a" if az_num_vowel(n) in "aıou" else "ə"
    return f"{n}-d{two}" + ("n" if case == "abl" else "")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря"]
UK_M = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня"]
AZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
        "noyabr", "dekabr"]
AZ_MG = ["yanvarın", "fevralın", "martın", "aprelin", "mayın", "iyunun", "iyulun", "avqustun",
         "sentyabrın", "oktyabrın", "noyabrın", "dekabrın"]


def date_phrase(rng: random.Random, lang: str, d1: dt.date, d2: dt.date | None, with_year: bool) -> str:
    """An event-date adverbial as it would open the lead sentence (lower-case first letter
    where the language allows; the caller capitalises)."""
    r = rng.random()
    if d2 is None:
        d, m, y = d1.day, d1.month, d1.year
        if lang == "en":
            if not with_year:
                return f"on {EN_M[m-1]} {d}" if r < 0.5 else f"on {d} {EN_M[m-1]}"
            if r < 0.55:
                return f"on {d} {EN_M[m-1]} {y}"
            if r < 0.8:
                return f"on {EN_M[m-1]} {d}, {y}"
            if r < 0.9:
                return f"on {d:02d}/{m:02d}/{y}"
            return f"on {d:02d}.{m:02d}.{y}"
        if lang == "ru":
            if not with_year:
                return f"{d} {RU_M[m-1]}"
            if r < 0.45:
                return f"{d} {RU_M[m-1]} {y} года"
            if r < 0.85:
                return f"{d} {RU_M[m-1]} {y} г."
            return f"{d:02d}.{m:02d}.{y}"
        if lang == "uk":
            if not with_year:
                return f"{d} {UK_M[m-1]}"
            if r < 0.55:
                return f"{d} {UK_M[m-1]} {y} року"
            if r < 0.85:
                return f"{d} {UK_M[m-1]} {y} р."
            return f"{d:02d}.{m:02d}.{y}"
        # az
        if not with_year:
            return f"{AZ_MG[m-1]} {az_num_case(d, 'loc')}"
        if r < 0.4:
            return f"{az_ord(y)} il {d} {AZ_M[m-1]} tarixdə"
        if r < 0.65:
            return f"{az_ord(y)} il {AZ_MG[m-1]} {az_num_case(d, 'loc')}"
        if r < 0.85:
            return f"{d} {AZ_M[m-1]} {az_ord(y)} il tarixində"
        return f"{d:02d}.{m:02d}.{y} tarixində"
    # two-day or multi-day range
    y = d2.year
    same_m = d1.month == d2.month
    pair = (d2 - d1).days == 1
    m1, m2 = d1.month - 1, d2.month - 1
    if lang == "en":
        if not same_m:
            return f"from {d1.day} {EN_M[m1]} to {d2.day} {EN_M[m2]} {y}"
        if pair and r < 0.6:
            return f"on {d1.day} and {d2.day} {EN_M[m1]} {y}"
        if r < 0.5:
            return f"from {d1.day} to {d2.day} {EN_M[m1]} {y}"
        if r < 0.8:
            return f"on {d1.day}-{d2.day} {EN_M[m1]} {y}"
        return f"on {EN_M[m1]} {d1.day}-{d2.day}, {y}"
    if lang == "ru":
        if not same_m:
            return f"с {d1.day} {RU_M[m1]} по {d2.day} {RU_M[m2]} {y} года"
        if pair and r < 0.4:
            return f"{d1.day} и {d2.day} {RU_M[m1]} {y} года"
        if r < 0.6:
            return f"{d1.day}-{d2.day} {RU_M[m1]} {y} года"
        return f"с {d1.day} по {d2.day} {RU_M[m1]} {y} г."
    if lang == "uk":
        if not same_m:
            return f"з {d1.day} {UK_M[m1]} по {d2.day} {UK_M[m2]} {y} року"
        if pair and r < 0.4:
            return f"{d1.day} та {d2.day} {UK_M[m1]} {y} року"
        if r < 0.6:
            return f"{d1.day}-{d2.day} {UK_M[m1]} {y} року"
        return f"з {d1.day} по {d2.day} {UK_M[m1]} {y} р."
    if not same_m:
        return f"{az_ord(y)} il {AZ_MG[m1]} {az_num_case(d1.day, 'abl')} {AZ_MG[m2]} {d2.day}-dək"
    if pair and r < 0.4:
        return f"{az_ord(y)} il {AZ_MG[m1]} {d1.day} və {az_num_case(d2.day, 'loc')}"
    if r < 0.7:
        return f"{az_ord(y)} il {AZ_MG[m1]} {az_num_case(d1.day, 'abl')} {d2.day}-dək"
    return f"{d1.day}-{d2.day} {AZ_M[m1]} {az_ord(y)} il tarixlərində"


def dateline(rng: random.Random, lang: str, d: dt.date) -> str:
    hh, mm = rng.randint(9, 19), rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 49, 55))
    r = rng.random()
    if lang == "en":
        if r < 0.3:
            return f"Date: {d.day} {EN_M[d.month-1]} {d.year}"
        if r < 0.6:
            return f"{d.day} {EN_M[d.month-1]} {d.year}"
        if r < 0.8:
            return f"{EN_M[d.month-1]} {d.day}, {d.year}"
        return f"{d:%d.%m.%Y} | {hh:02d}:{mm:02d}"
    if lang == "ru":
        if r < 0.5:
            return f"{d.day} {RU_M[d.month-1]} {d.year} г. {hh:02d}:{mm:02d}"
        if r < 0.8:
            return f"{d:%d.%m.%Y} {hh:02d}:{mm:02d}"
        return f"{d.day} {RU_M[d.month-1]} {d.year}"
    if lang == "uk":
        if r < 0.5:
            return f"{d.day} {UK_M[d.month-1]} {d.year}, {hh:02d}:{mm:02d}"
        return f"{d:%d.%m.%Y}"
    if r < 0.5:
        return f"{d.day} {az_cap(AZ_M[d.month-1])} {d.year}, {hh:02d}:{mm:02d}"
    return f"{d:%d.%m.%Y} {hh:02d}:{mm:02d}"


# --------------------------------------------------------------------------------------
# Titles / offices
# --------------------------------------------------------------------------------------
HEAD_RU = {
    "начальник": ("начальник", "начальника", "начальнику", "начальника", "начальником", "начальнике"),
    "заместитель начальника": ("заместитель начальника", "заместителя начальника", "заместителю начальника",
                               "заместителя начальника", "заместителем начальника", "заместителе начальника"),
    "заместитель главы": ("заместитель главы", "заместителя главы", "заместителю главы", "заместителя главы",
                          "заместителем главы", "заместителе главы"),
    "глава": ("глава", "главы", "главе", "главу", "главой", "главе"),
    "руководитель": ("руководитель", "руководителя", "руководителю", "руководителя", "руководителем",
                     "руководителе"),
    "представитель": ("представитель", "представителя", "представителю", "представителя", "представителем",
                      "представителе"),
    "посол": ("посол", "посла", "послу", "посла", "послом", "после"),
    "министр": ("министр", "министра", "министру", "министра", "министром", "министре"),
    "постоянный координатор": ("постоянный координатор", "постоянного координатора",
                               "постоянному координатору", "постоянного координатора",
                               "постоянным координатором", "постоянном координаторе"),
    "генеральный директор": ("генеральный директор", "генерального директора", "генеральному директору",
                             "генерального директора", "генеральным директором", "генеральном директоре"),
    "региональный директор": ("региональный директор", "регионального директора", "региональному директору",
                              "регионального директора", "региональным директором", "региональном директоре"),
    "верховный комиссар": ("верховный комиссар", "верховного комиссара", "верховному комиссару",
                           "верховного комиссара", "верховным комиссаром", "верховном комиссаре"),
}
HEAD_UK = {
    "голова": ("голова", "голови", "голові", "голову", "головою", "голові"),
    "заступник голови": ("заступник голови", "заступника голови", "заступнику голови", "заступника голови",
                         "заступником голови", "заступникові голови"),
    "керівник": ("керівник", "керівника", "керівнику", "керівника", "керівником", "керівникові"),
    "представник": ("представник", "представника", "представнику", "представника", "представником",
                    "представникові"),
    "посол": ("посол", "посла", "послу", "посла", "послом", "послові"),
    "міністр": ("міністр", "міністра", "міністру", "міністра", "міністром", "міністрові"),
    "координатор": ("координатор", "координатора", "координатору", "координатора", "координатором",
                    "координаторові"),
    "генеральний директор": ("генеральний директор", "генерального директора", "генеральному директору",
                             "генерального директора", "генеральним директором", "генеральному директорові"),
    "регіональний директор": ("регіональний директор", "регіонального директора", "регіональному директору",
                              "регіонального директора", "регіональним директором",
                              "регіональному директорові"),
    "верховний комісар": ("верховний комісар", "верховного комісара", "верховному комісару",
                          "верховного комісара", "верховним комісаром", "верховному комісарові"),
}

# code: en, ru gen, ru loc, uk gen, uk loc, az gen, az loc, az dative, name pool
COUNTRIES = {
    "de": ("Germany", "Германии", "Германии", "Німеччини", "Німеччині", "Almaniyanın", "Almaniyada", "Almaniyaya", "de"),
    "tr": ("Turkey", "Турции", "Турции", "Туреччини", "Туреччині", "Türkiyənin", "Türkiyədə", "Türkiyəyə", "tr"),
    "ge": ("Georgia", "Грузии", "Грузии", "Грузії", "Грузії", "Gürcüstanın", "Gürcüstanda", "Gürcüstana", "ge"),
    "by": ("Belarus", "Беларуси", "Беларуси", "Білорусі", "Білорусі", "Belarusun", "Belarusda", "Belarusa", "ru"),
    "kz": ("Kazakhstan", "Казахстана", "Казахстане", "Казахстану", "Казахстані", "Qazaxıstanın", "Qazaxıstanda", "Qazaxıstana", "ru"),
    "pl": ("Poland", "Польши", "Польше", "Польщі", "Польщі", "Polşanın", "Polşada", "Polşaya", "pl"),
    "it": ("Italy", "Италии", "Италии", "Італії", "Італії", "İtaliyanın", "İtaliyada", "İtaliyaya", "it"),
    "gb": ("the United Kingdom", "Великобритании", "Великобритании", "Великої Британії", "Великій Британії",
           "Böyük Britaniyanın", "Böyük Britaniyada", "Böyük Britaniyaya", "gb"),
    "jp": ("Japan", "Японии", "Японии", "Японії", "Японії", "Yaponiyanın", "Yaponiyada", "Yaponiyaya", "jp"),
    "lt": ("Lithuania", "Литвы", "Литве", "Литви", "Литві", "Litvanın", "Litvada", "Litvaya", "lt"),
    "ua": ("Ukraine", "Украины", "Украине", "України", "Україні", "Ukraynanın", "Ukraynada", "Ukraynaya", "ua"),
    "az": ("Azerbaijan", "Азербайджана", "Азербайджане", "Азербайджану", "Азербайджані", "Azərbaycanın",
           "Azərbaycanda", "Azərbaycana", "az"),
}
HOST_AZ_DAKI = {"az": "Azərbaycandakı", "ua": "Ukraynadakı"}


class Office:
    __slots__ = ("key", "host", "en", "ru", "uk", "az", "pool", "org", "holders", "rank")

    def __init__(self, key, host, en, ru, uk, az, pool, org, rank=2):
        self.key, self.host, self.en, self.az, self.pool, self.org, self.rank = key, host, en, az, pool, org, rank
        self.ru = tuple(h + " " + ru[1] for h in HEAD_RU[ru[0]])
        self.uk = tuple(h + " " + uk[1] for h in HEAD_UK[uk[0]])
        self.holders: list[tuple[dt.date, dt.date, "Person"]] = []

    def title(self, lang: str, case: str = "nom") -> str:
        if lang == "en":
            return self.en
        if lang == "az":
            return self.az
        return (self.ru if lang == "ru" else self.uk)[CASES.index(case)]

    def holder_at(self, d: dt.date):
        for a, b, p in self.holders:
            if a <= d < b:
                return p
        return None


def build_offices() -> dict[str, Office]:
    O = {}

    def add(*a, **kw):
        o = Office(*a, **kw)
        O[o.key] = o

    add("sms_az_chief", "az", "Chief of the State Migration Service",
        ("начальник", "Государственной миграционной службы Азербайджана"),
        ("голова", "Державної міграційної служби Азербайджану"),
        "Dövlət Miqrasiya Xidmətinin rəisi", "az",
        {"en": "the State Migration Service", "ru": "Государственная миграционная служба",
         "uk": "Державна міграційна служба Азербайджану", "az": "Dövlət Miqrasiya Xidməti"}, rank=0)
    add("sms_az_deputy", "az", "Deputy Chief of the State Migration Service",
        ("заместитель начальника", "Государственной миграционной службы Азербайджана"),
        ("заступник голови", "Державної міграційної служби Азербайджану"),
        "Dövlət Miqrasiya Xidməti rəisinin müavini", "az",
        {"en": "the State Migration Service", "ru": "Государственная миграционная служба",
         "uk": "Державна міграційна служба Азербайджану", "az": "Dövlət Miqrasiya Xidməti"}, rank=1)
    add("iom_az", "az", "Chief of IOM Mission to Azerbaijan",
        ("руководитель", "миссии Международной организации по миграции (МОМ) в Азербайджане"),
        ("керівник", "місії Міжнародної організації з міграції (МОМ) в Азербайджані"),
        "Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı nümayəndəliyinin rəhbəri", "intl",
        {"en": "IOM", "ru": "МОМ", "uk": "МОМ", "az": "BMqT"}, rank=1)
    add("unhcr_az", "az", "UNHCR Representative in Azerbaijan",
        ("представитель", "Управления Верховного комиссара ООН по делам беженцев (УВКБ ООН) в Азербайджане"),
        ("представник", "Управління Верховного комісара ООН у справах біженців (УВКБ ООН) в Азербайджані"),
        "BMT-nin Qaçqınlar üzrə Ali Komissarlığının Azərbaycandakı nümayəndəsi", "intl",
        {"en": "UNHCR", "ru": "УВКБ ООН", "uk": "УВКБ ООН", "az": "BMT QAK"})
    add("unrc_az", "az", "UN Resident Coordinator in Azerbaijan",
        ("постоянный координатор", "ООН в Азербайджане"), ("координатор", "системи ООН в Азербайджані"),
        "BMT-nin Azərbaycandakı rezident əlaqələndiricisi", "intl",
        {"en": "the United Nations", "ru": "ООН", "uk": "ООН", "az": "BMT"})
    add("min_int_az", "az", "Minister of Internal Affairs of the Republic of Azerbaijan",
        ("министр", "внутренних дел Азербайджана"), ("міністр", "внутрішніх справ Азербайджану"),
        "Daxili İşlər naziri", "az",
        {"en": "the Ministry of Internal Affairs", "ru": "МВД", "uk": "МВС Азербайджану", "az": "Daxili İşlər Nazirliyi"})
    add("min_lab_az", "az", "Minister of Labour and Social Protection of Population",
        ("министр", "труда и социальной защиты населения Азербайджана"),
        ("міністр", "праці та соціального захисту населення Азербайджану"),
        "Əmək və Əhalinin Sosial Müdafiəsi naziri", "az",
        {"en": "the Ministry", "ru": "министерство", "uk": "міністерство", "az": "Nazirlik"})
    add("dms_ua_head", "ua", "Head of the State Migration Service of Ukraine",
        ("глава", "Государственной миграционной службы Украины"),
        ("голова", "Державної міграційної служби України"),
        "Ukrayna Dövlət Miqrasiya Xidmətinin sədri", "ua",
        {"en": "the State Migration Service of Ukraine", "ru": "Государственная миграционная служба Украины",
         "uk": "Державна міграційна служба України", "az": "Ukrayna Dövlət Miqrasiya Xidməti"}, rank=0)
    add("dms_ua_deputy", "ua", "Deputy Head of the State Migration Service of Ukraine",
        ("заместитель главы", "Государственной миграционной службы Украины"),
        ("заступник голови", "Державної міграційної служби України"),
        "Ukrayna Dövlət Miqrasiya Xidməti sədrinin müavini", "ua",
        {"en": "the State Migration Service of Ukraine", "ru": "Государственная миграционная служба Украины",
         "uk": "Державна міграційна служба України", "az": "Ukrayna Dövlət Miqrasiya Xidməti"}, rank=1)
    add("iom_ua", "ua", "Chief of Mission of IOM in Ukraine",
        ("глава", "представительства МОМ в Украине"), ("керівник", "Представництва МОМ в Україні"),
        "BMqT-nin Ukraynadakı nümayəndəliyinin rəhbəri", "intl",
        {"en": "IOM", "ru": "МОМ", "uk": "МОМ", "az": "BMqT"}, rank=1)
    add("unhcr_ua", "ua", "UNHCR Representative in Ukraine",
        ("представитель", "УВКБ ООН в Украине"), ("представник", "УВКБ ООН в Україні"),
        "BMT QAK-ın Ukraynadakı nümayəndəsi", "intl",
        {"en": "UNHCR", "ru": "УВКБ ООН", "uk": "УВКБ ООН", "az": "BMT QAK"})
    add("min_int_ua", "ua", "Minister of Internal Affairs of Ukraine",
        ("министр", "внутренних дел Украины"), ("міністр", "внутрішніх справ України"),
        "Ukraynanın Daxili İşlər naziri", "ua",
        {"en": "the Ministry of Internal Affairs", "ru": "МВД Украины", "uk": "МВС України", "az": "DİN"})
    add("iom_dg", "world", "Director General of IOM",
        ("генеральный директор", "Международной организации по миграции"),
        ("генеральний директор", "Міжнародної організації з міграції"),
        "Beynəlxalq Miqrasiya Təşkilatının baş direktoru", "intl",
        {"en": "IOM", "ru": "МОМ", "uk": "МОМ", "az": "BMqT"})
    add("iom_rd", "world", "IOM Regional Director for South-Eastern Europe, Eastern Europe and Central Asia",
        ("региональный директор", "МОМ по Юго-Восточной Европе, Восточной Европе и Центральной Азии"),
        ("регіональний директор", "МОМ у Південно-Східній Європі, Східній Європі та Центральній Азії"),
        "BMqT-nin Cənub-Şərqi Avropa, Şərqi Avropa və Mərkəzi Asiya üzrə regional direktoru", "intl",
        {"en": "IOM", "ru": "МОМ", "uk": "МОМ", "az": "BMqT"})
    add("unhcr_hc", "world", "UN High Commissioner for Refugees",
        ("верховный комиссар", "ООН по делам беженцев"), ("верховний комісар", "ООН у справах біженців"),
        "BMT-nin Qaçqınlar üzrə Ali Komissarı", "intl",
        {"en": "UNHCR", "ru": "УВКБ ООН", "uk": "УВКБ ООН", "az": "BMT QAK"})
    for host, hnames in (("az", ("Azerbaijan", "Азербайджане", "Азербайджані")),
                         ("ua", ("Ukraine", "Украине", "Україні"))):
        for c, row in COUNTRIES.items():
            if c == host or (host == "ua" and c in ("jp", "it", "kz")):
                continue
            add(f"amb_{c}_{host}", host, f"Ambassador of {row[0]} to {hnames[0]}",
                ("посол", f"{row[1]} в {hnames[1]}"), ("посол", f"{row[3]} в {hnames[2]}"),
                f"{row[5]} {HOST_AZ_DAKI[host]} səfiri", row[8],
                {"en": "the Embassy", "ru": "посольство", "uk": "посольство", "az": "səfirlik"})
    return O


class Person:
    __slots__ = ("id", "pool", "g", "en", "az", "ru", "uk", "ini", "offices")

    def __init__(self, pid, pool, first, sur):
        self.id, self.pool, self.g = pid, pool, first[4]
        f = self.g == "f"
        fen, faz, fru, fuk = first[:4]
        sen, saz, sru, suk = sur
        if f and sru.endswith("ский"):
            sen, saz, sru, suk = sen[:-1] + "a", saz[:-1] + "a", sru[:-2] + "ая", suk[:-2] + "а"
        elif f and sru.endswith(("ов", "ев", "ин")):
            sen, saz, sru, suk = sen + "a", saz + "a", sru + "а", suk + "а"
        self.en = (fen, sen)
        self.az = (faz, saz)
        g = self.g
        self.ru = tuple(zip(ru_first(fru, g), ru_sur(sru, g)))
        self.uk = tuple(zip(uk_first(fuk, g), uk_sur(suk, g)))
        self.ini = {"en": fen[0], "az": faz[0], "ru": fru[0], "uk": fuk[0]}
        self.offices: list[str] = []

    @property
    def name(self) -> str:
        return " ".join(self.en)

    def full(self, lang: str, case: str = "nom") -> str:
        if lang == "en":
            return f"{self.en[0]} {self.en[1]}"
        if lang == "az":
            return f"{self.az[0]} {az_case(self.az[1], case)}"
        f, s = (self.ru if lang == "ru" else self.uk)[CASES.index(case)]
        return f"{f} {s}"

    def short(self, lang: str, case: str = "nom", rng: random.Random | None = None) -> str:
        r = rng.random() if rng else 0.0
        if lang == "en":
            if r < 0.4:
                return ("Mr. " if self.g == "m" else "Ms. ") + self.en[1]
            if r < 0.7:
                return f"{self.ini['en']}. {self.en[1]}"
            return self.en[1]
        if lang == "az":
            s = az_case(self.az[1], case)
            return f"{self.ini['az']}.{s}" if r < 0.7 else s
        s = (self.ru if lang == "ru" else self.uk)[CASES.index(case)][1]
        return f"{self.ini[lang]}.{s}" if r < 0.8 else s


# --------------------------------------------------------------------------------------
# World
# --------------------------------------------------------------------------------------
class World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: list[Person] = []
        self.used: set[tuple] = set()
        self.offices = build_offices()
        lo, hi = dt.date(START_YEAR - 3, 1, 1), dt.date(END_YEAR + 1, 6, 1)
        for key in sorted(self.offices):
            off = self.offices[key]
            a = lo + dt.timedelta(days=rng.randint(0, 900))
            a = lo if off.rank == 0 else a
            prev = None
            while a < hi:
                span = rng.randint(3 * 365, 8 * 365) if off.rank == 0 else rng.randint(2 * 365, 6 * 365)
                b = min(a + dt.timedelta(days=span), hi)
                if off.rank == 0 and prev is not None:
                    dep = self.offices[key.replace("chief", "deputy").replace("head", "deputy")]
                    cand = dep.holder_at(a - dt.timedelta(days=1))
                    p = cand if cand is not None and cand is not prev and rng.random() < 0.5 else None
                else:
                    p = None
                p = p or self.new_person(off.pool)
                off.holders.append((a, b, p))
                p.offices.append(key)
                prev = p
                a = b + dt.timedelta(days=0 if off.rank == 0 else rng.randint(0, 40))
        # Offices are built in key order, so a deputy can be promoted to head only where the
        # deputy's office is built first (dms_ua_deputy < dms_ua_head); kept that way so that
        # the corpus for a given seed stays the same.

    def new_person(self, pool: str) -> Person:
        rng = self.rng
        tries = 0
        while True:
            tries += 1
            if pool == "intl" or tries > 40:
                pool = rng.choice(INTL_POOLS)
            first = rng.choice(FIRST[pool])
            sur = rng.choice(SURNAME[pool])
            k = (first[0], sur[0])
            if k not in self.used:
                self.used.add(k)
                p = Person(f"p{len(self.people):04d}", pool, first, sur)
                self.people.append(p)
                return p

    def holder(self, key: str, d: dt.date) -> Person | None:
        return self.offices[key].holder_at(d)


# --------------------------------------------------------------------------------------
# Sites (boilerplate) and text fragments
# --------------------------------------------------------------------------------------
SITES = {
    ("az", "en", "sms"): {
        "header": ["Skip to main content", "State Migration Service of the Republic of Azerbaijan",
                   "Home | About the Service | News | Electronic services | Legislation | Contacts", "AZ | RU | EN"],
        "footer": ["Share: Facebook Twitter WhatsApp", "Latest news", "{latest}",
                   "© {cy} The Republic of Azerbaijan State Migration Service",
                   "Terms for users | Privacy Policy | All rights reserved", "Call center: 919"],
        "name": "State Migration Service of the Republic of Azerbaijan"},
    ("az", "en", "iom"): {
        "header": ["Skip to main content", "IOM Azerbaijan", "UN Migration",
                   "About | Our Work | Data and Research | News | Contact"],
        "footer": ["Share:", "Facebook", "Twitter", "LinkedIn", "Related news", "{latest}",
                   "© {cy} International Organization for Migration", "Terms of use | Privacy | Fraud alert"],
        "name": "IOM Azerbaijan"},
    ("az", "en", "un"): {
        "header": ["United Nations Azerbaijan", "Home | About the UN | Our Team | Take Action | Stories | Press releases"],
        "footer": ["Share: Facebook Twitter Email", "© {cy} United Nations Azerbaijan. All rights reserved.",
                   "Copyright | Fraud Alert | Privacy Notice | Terms of Use"],
        "name": "United Nations in Azerbaijan"},
    ("az", "ru", "sms"): {
        "header": ["Перейти к основному содержанию", "Государственная миграционная служба Азербайджанской Республики",
                   "Главная | О Службе | Новости | Электронные услуги | Законодательство | Контакты", "AZ | RU | EN"],
        "footer": ["Поделиться: Facebook Twitter WhatsApp", "Последние новости", "{latest}",
                   "© {cy} Государственная миграционная служба Азербайджанской Республики. Все права защищены.",
                   "Колл-центр: 919"],
        "name": "ГМС Азербайджана"},
    ("az", "ru", "news"): {
        "header": ["Report.az", "Политика | Экономика | Общество | Внешняя политика | В мире | Спорт",
                   "Внешняя политика"],
        "footer": ["Поделиться", "Последние новости", "{latest}",
                   "© {cy} Report Информационное Агентство. При использовании материалов гиперссылка обязательна.",
                   "Orphus система"],
        "name": "Report"},
    ("az", "ru", "iom"): {
        "header": ["МОМ Азербайджан", "Агентство ООН по миграции", "О нас | Наша работа | Новости | Контакты"],
        "footer": ["Поделиться:", "© {cy} Международная организация по миграции", "Условия использования | Конфиденциальность"],
        "name": "МОМ Азербайджан"},
    ("az", "az", "sms"): {
        "header": ["Əsas məzmuna keç", "Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti",
                   "Əsas səhifə | Xidmət haqqında | Xəbərlər | Elektron xidmətlər | Qanunvericilik | Əlaqə", "AZ | RU | EN"],
        "footer": ["Paylaş: Facebook Twitter WhatsApp", "Son xəbərlər", "{latest}",
                   "© {cy} Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti. Bütün hüquqlar qorunur.",
                   "Çağrı mərkəzi: 919"],
        "name": "Dövlət Miqrasiya Xidməti"},
    ("az", "az", "news"): {
        "header": ["AZƏRTAC", "Siyasət | İqtisadiyyat | Cəmiyyət | Dünya | İdman", "Cəmiyyət"],
        "footer": ["Paylaş", "Digər xəbərlər", "{latest}",
                   "© {cy} AZƏRTAC. Bütün hüquqlar qorunur. Materiallardan istifadə edərkən istinad mütləqdir."],
        "name": "AZƏRTAC"},
    ("az", "uk", "emb"): {
        "header": ["Посольство України в Азербайджанській Республіці", "Головна | Про посольство | Новини | Консульські питання"],
        "footer": ["Поділитися:", "Facebook Twitter", "© {cy} Міністерство закордонних справ України"],
        "name": "Посольство України в Азербайджані"},
    ("ua", "uk", "dms"): {
        "header": ["Перейти до основного вмісту", "Державна міграційна служба України",
                   "Головна | Про ДМС | Новини | Адміністративні послуги | Нормативна база | Контакти", "UA | EN"],
        "footer": ["Поділитися:", "Facebook Telegram Twitter", "Останні новини", "{latest}",
                   "© {cy} Державна міграційна служба України. Усі права захищені.", "Контакт-центр: 0 800 507 309"],
        "name": "ДМС України"},
    ("ua", "uk", "iom"): {
        "header": ["МОМ Україна", "Агентство ООН з питань міграції", "Про нас | Наша робота | Новини | Контакти"],
        "footer": ["Поділитися:", "© {cy} Міжнародна організація з міграції", "Умови використання | Конфіденційність"],
        "name": "МОМ Україна"},
    ("ua", "en", "dms"): {
        "header": ["Skip to main content", "State Migration Service of Ukraine", "Home | About | News | Services | Contacts", "UA | EN"],
        "footer": ["Share:", "Facebook Telegram Twitter", "Latest news", "{latest}",
                   "© {cy} State Migration Service of Ukraine"],
        "name": "State Migration Service of Ukraine"},
    ("ua", "ru", "news"): {
        "header": ["Интерфакс-Украина", "Главное | Политика | Экономика | Общество | Все новости", "Общество"],
        "footer": ["Поделиться:", "Последние новости", "{latest}",
                   "© {cy} Интерфакс-Украина. Все права защищены."],
        "name": "Интерфакс-Украина"},
}
HTML_NAV = {
    "en": ["Home", "About", "News", "Press releases", "Media", "Services", "Contacts"],
    "ru": ["Главная", "О нас", "Новости", "Пресс-релизы", "Медиа", "Услуги", "Контакты"],
    "az": ["Əsas səhifə", "Haqqımızda", "Xəbərlər", "Press-relizlər", "Media", "Xidmətlər", "Əlaqə"],
    "uk": ["Головна", "Про нас", "Новини", "Прес-релізи", "Медіа", "Послуги", "Контакти"],
}

CITIES = [  # en, ru loc, az loc, uk loc
    ("New York", "Нью-Йорке", "Nyu-Yorkda", "Нью-Йорку"), ("Geneva", "Женеве", "Cenevrədə", "Женеві"),
    ("Baku", "Баку", "Bakıda", "Баку"), ("Kyiv", "Киеве", "Kiyevdə", "Києві"),
    ("Vienna", "Вене", "Vyanada", "Відні"), ("Istanbul", "Стамбуле", "İstanbulda", "Стамбулі"),
    ("Tbilisi", "Тбилиси", "Tbilisidə", "Тбілісі"), ("Brussels", "Брюсселе", "Brüsseldə", "Брюсселі"),
    ("Prague", "Праге", "Praqada", "Празі"), ("Warsaw", "Варшаве", "Varşavada", "Варшаві"),
    ("Minsk", "Минске", "Minskdə", "Мінську"), ("Astana", "Астане", "Astanada", "Астані"),
]
HOME_CITIES = {
    "az": [("Baku", "Баку", "Bakıda", "Баку"), ("Ganja", "Гяндже", "Gəncədə", "Гянджі"),
           ("Sumgait", "Сумгаите", "Sumqayıtda", "Сумгаїті"), ("Lankaran", "Ленкорани", "Lənkəranda", "Ленкорані")],
    "ua": [("Kyiv", "Киеве", "Kiyevdə", "Києві"), ("Lviv", "Львове", "Lvovda", "Львові"),
           ("Odesa", "Одессе", "Odessada", "Одесі"), ("Kharkiv", "Харькове", "Xarkovda", "Харкові")],
}
EVENTS = [  # en, ru loc, az loc (with case), uk loc
    ("the workshop of the International Dialogue on Migration", "семинаре Международного диалога по вопросам миграции",
     "Miqrasiya üzrə Beynəlxalq Dialoqun seminarında", "семінарі Міжнародного діалогу з питань міграції"),
    ("the Global Forum on Migration and Development", "Глобальном форуме по миграции и развитию",
     "Miqrasiya və İnkişaf üzrə Qlobal Forumda", "Глобальному форумі з міграції та розвитку"),
    ("the International Migration Review Forum", "Международном форуме по обзору миграции",
     "Beynəlxalq Miqrasiyanın Nəzərdən Keçirilməsi Forumunda", "Міжнародному форумі з огляду міграції"),
    ("the senior officials meeting of the Budapest Process", "совещании старших должностных лиц Будапештского процесса",
     "Budapeşt Prosesinin yüksək vəzifəli şəxslərinin iclasında", "нараді старших посадових осіб Будапештського процесу"),
    ("the regional conference on combating trafficking in human beings",
     "региональной конференции по борьбе с торговлей людьми",
     "insan alverinə qarşı mübarizə üzrə regional konfransda", "регіональній конференції з протидії торгівлі людьми"),
    ("the ministerial conference of the Prague Process", "министерской конференции Пражского процесса",
     "Praqa Prosesinin nazirlər konfransında", "міністерській конференції Празького процесу"),
    ("the training on integrated border management", "тренинге по интегрированному управлению границами",
     "inteqrasiya olunmuş sərhəd idarəçiliyi üzrə təlimdə", "тренінгу з інтегрованого управління кордонами"),
    ("the annual session of the UNHCR Executive Committee", "ежегодной сессии Исполнительного комитета УВКБ ООН",
     "BMT QAK İcraiyyə Komitəsinin illik sessiyasında", "щорічній сесії Виконавчого комітету УВКБ ООН"),
]

# "*" marks sentences that only fit a meeting/visit with a counterpart B
FILL = {
    "en": [
        "*During the meeting, the sides discussed the current state and prospects of cooperation in the field of migration.",
        "*{A_s} informed the guest about the activities of the Service, the reforms carried out in migration management and the application of the \"single window\" principle.",
        "*{B_s} noted that {B_org} is interested in further expanding cooperation and highly appreciated the work done in recent years.",
        "*The parties also exchanged views on combating illegal migration and trafficking in human beings, readmission and voluntary return of migrants.",
        "*At the end of the meeting, the sides expressed confidence that the cooperation would continue successfully in the coming years.",
        "It was noted that in {y_m1} more than {num} foreigners and stateless persons applied for temporary residence permits.",
        "Recall that the Migration Code, approved on 2 July 2013, entered into force on 1 August 2013.",
        "Recall that on 19 September 2016, Member States adopted the New York Declaration for Refugees and Migrants, which sets out steps towards a global compact for safe, orderly and regular migration in 2018.",
        "{A_s} stressed that digitalisation of services remains a priority and that {num} applications were processed electronically in {y_m1}.",
        "The event was covered by the Service's press office; photos are available in the gallery.",
        "Issues related to the implementation of the 2030 Agenda for Sustainable Development and the UNSDCF (2021-2025) were also touched upon.",
        "*{A_s} briefed the guests on the measures taken to simplify the procedures for foreigners and stateless persons, including the issuance of temporary and permanent residence permits and work permits through electronic services.",
        "*The sides underlined the importance of the exchange of experience and the organisation of joint trainings for the employees of the relevant institutions.",
        "*{B_s} thanked for the warm welcome and expressed readiness to continue joint projects aimed at strengthening the capacity of the migration authorities.",
        "*Proposals on the preparation of a joint action plan for the next two years and on the exchange of statistical data were also considered.",
        "Speakers emphasised that well-managed migration contributes to sustainable development, and that the protection of the rights of migrants, refugees and internally displaced persons remains a shared responsibility of all states.",
        "According to the information provided, the Regional Training Centre on Migration has trained more than {num} officials from the countries of the region since its establishment.",
        "The participants were informed about the work carried out within the framework of the Global Compact for Safe, Orderly and Regular Migration, including data collection, integrated border management and the fight against smuggling of migrants.",
        "It should be noted that the State Migration Service was established by Decree of the President dated 19 March 2007, and the Regulations of the Service were approved on 20 June 2009.",
    ],
    "ru": [
        "*В ходе встречи стороны обсудили текущее состояние и перспективы сотрудничества в сфере миграции.",
        "*{A_s} проинформировал{A_a} гостя о деятельности Службы, проводимых реформах в области управления миграцией и применении принципа «одного окна».",
        "*{B_s} выразил{B_a} заинтересованность в дальнейшем расширении сотрудничества и высоко оценил{B_a} проделанную в последние годы работу.",
        "*Стороны также обменялись мнениями по вопросам борьбы с нелегальной миграцией и торговлей людьми, реадмиссии и добровольного возвращения мигрантов.",
        "*В завершение встречи стороны выразили уверенность в успешном продолжении сотрудничества.",
        "Было отмечено, что в {y_m1} году более {num} иностранцев и лиц без гражданства обратились за получением разрешения на временное проживание.",
        "Напомним, что Миграционный кодекс, утвержденный 2 июля 2013 года, вступил в силу 1 августа 2013 года.",
        "Напомним, что 19 сентября 2016 года государства-члены ООН приняли Нью-Йоркскую декларацию о беженцах и мигрантах.",
        "{A_s} подчеркнул{A_a}, что цифровизация услуг остается приоритетом: в {y_m1} году в электронном виде было рассмотрено {num} обращений.",
        "Закон «О трудовой миграции» от 28 октября 2013 года № 786-IVQ также был упомянут в ходе обсуждения.",
        "*{A_s} проинформировал{A_a} гостей о мерах по упрощению процедур для иностранцев и лиц без гражданства, в том числе о выдаче разрешений на временное и постоянное проживание и разрешений на работу через электронные услуги.",
        "*Стороны подчеркнули важность обмена опытом и организации совместных тренингов для сотрудников профильных ведомств.",
        "*{B_s} поблагодарил{B_a} за теплый прием и выразил{B_a} готовность продолжить совместные проекты, направленные на укрепление потенциала миграционных органов.",
        "*Были также рассмотрены предложения по подготовке совместного плана действий на ближайшие два года и обмену статистическими данными.",
        "Выступавшие отметили, что эффективное управление миграцией способствует устойчивому развитию, а защита прав мигрантов, беженцев и вынужденных переселенцев остается общей ответственностью всех государств.",
        "По представленной информации, со дня создания Региональный учебный центр по миграции провел обучение для более чем {num} должностных лиц из стран региона.",
        "Участников ознакомили с работой, проводимой в рамках Глобального договора о безопасной, упорядоченной и легальной миграции, в том числе по сбору данных, интегрированному управлению границами и борьбе с незаконным ввозом мигрантов.",
        "Отметим, что Государственная миграционная служба создана Указом Президента от 19 марта 2007 года, а Положение о Службе утверждено 20 июня 2009 года.",
    ],
    "az": [
        "*Görüşdə tərəflər miqrasiya sahəsində əməkdaşlığın mövcud vəziyyəti və perspektivləri barədə fikir mübadiləsi aparıblar.",
        "*{A_s} qonağa Xidmətin fəaliyyəti, miqrasiya idarəçiliyi sahəsində aparılan islahatlar və \"bir pəncərə\" prinsipinin tətbiqi barədə məlumat verib.",
        "*{B_s} əməkdaşlığın genişləndirilməsində maraqlı olduqlarını bildirib və son illərdə görülən işləri yüksək qiymətləndirib.",
        "*Tərəflər həmçinin qanunsuz miqrasiya və insan alverinə qarşı mübarizə, readmissiya və miqrantların könüllü qayıdışı məsələlərini müzakirə ediblər.",
        "*Görüşün sonunda tərəflər əməkdaşlığın uğurla davam etdiriləcəyinə əminliklərini ifadə ediblər.",
        "Qeyd olunub ki, {y_m1_az} ildə {num} nəfərdən çox əcnəbi və vətəndaşlığı olmayan şəxs müvəqqəti yaşamaq icazəsi almaq üçün müraciət edib.",
        "Xatırladaq ki, 2013-cü il 2 iyul tarixində təsdiq edilmiş Miqrasiya Məcəlləsi 2013-cü il avqustun 1-dən qüvvəyə minib.",
        "Xatırladaq ki, \"Əmək miqrasiyası haqqında\" Qanun 2013-cü il 28 oktyabr tarixində qəbul edilib.",
        "{A_s} xidmətlərin rəqəmsallaşdırılmasının prioritet olaraq qaldığını vurğulayıb.",
        "Tədbirdə 2030 Gündəliyi və Dayanıqlı İnkişaf Məqsədlərinin icrası da müzakirə olunub.",
        "*{A_s} qonaqları əcnəbilər və vətəndaşlığı olmayan şəxslər üçün prosedurların sadələşdirilməsi, o cümlədən müvəqqəti və daimi yaşamaq, habelə iş icazələrinin elektron xidmətlər vasitəsilə verilməsi istiqamətində görülən tədbirlər barədə məlumatlandırıb.",
        "*Tərəflər təcrübə mübadiləsinin və aidiyyəti qurumların əməkdaşları üçün birgə təlimlərin təşkilinin vacibliyini vurğulayıblar.",
        "*{B_s} səmimi qəbula görə təşəkkürünü bildirib və miqrasiya orqanlarının potensialının gücləndirilməsinə yönəlmiş birgə layihələri davam etdirməyə hazır olduqlarını qeyd edib.",
        "*Növbəti iki il üçün birgə fəaliyyət planının hazırlanması və statistik məlumatların mübadiləsi ilə bağlı təkliflər də nəzərdən keçirilib.",
        "Çıxış edənlər vurğulayıblar ki, səmərəli idarə olunan miqrasiya davamlı inkişafa töhfə verir, miqrantların, qaçqınların və məcburi köçkünlərin hüquqlarının müdafiəsi isə bütün dövlətlərin ümumi məsuliyyətidir.",
        "Bildirilib ki, Miqrasiya üzrə Regional Tədris Mərkəzi yaradıldığı gündən regionun ölkələrindən {num} nəfərdən çox vəzifəli şəxs üçün təlim keçirib.",
        "İştirakçılara Təhlükəsiz, Nizamlı və Qanuni Miqrasiya üzrə Qlobal Saziş çərçivəsində, o cümlədən məlumatların toplanması, inteqrasiya olunmuş sərhəd idarəçiliyi və miqrantların qaçaqmalçılığına qarşı mübarizə sahəsində görülən işlər barədə məlumat verilib.",
        "Qeyd edək ki, Dövlət Miqrasiya Xidməti Prezidentin 2007-ci il 19 mart tarixli Fərmanı ilə yaradılıb, Xidmət haqqında Əsasnamə isə 2009-cu il 20 iyun tarixində təsdiq edilib.",
    ],
    "uk": [
        "*Під час зустрічі сторони обговорили поточний стан та перспективи співробітництва у сфері міграції.",
        "*{A_s} поінформува{A_v} гостя про діяльність Служби, реформи у сфері управління міграцією та надання адміністративних послуг.",
        "*{B_s} вислови{B_v} зацікавленість у подальшому розширенні співпраці та високо оціни{B_v} роботу, проведену останніми роками.",
        "*Сторони також обмінялися думками щодо протидії нелегальній міграції та торгівлі людьми, реадмісії та добровільного повернення мігрантів.",
        "*Наприкінці зустрічі сторони висловили впевненість в успішному продовженні співпраці.",
        "Зазначено, що у {y_m1} році понад {num} іноземців та осіб без громадянства звернулися за посвідкою на тимчасове проживання.",
        "Нагадаємо, що Закон України «Про правовий статус іноземців та осіб без громадянства» від 22 вересня 2011 року № 3773-VI визначає порядок в'їзду іноземців.",
        "Нагадаємо, що 19 вересня 2016 року держави-члени ООН ухвалили Нью-Йоркську декларацію про біженців і мігрантів.",
        "{A_s} наголоси{A_v}, що цифровізація послуг залишається пріоритетом для Служби.",
        "Детальніше про діяльність ДМС у {y_m1} році — у щорічному звіті.",
        "*{A_s} поінформува{A_v} гостей про заходи зі спрощення процедур для іноземців та осіб без громадянства, зокрема оформлення посвідок на тимчасове та постійне проживання і дозволів на працевлаштування через електронні сервіси.",
        "*Сторони наголосили на важливості обміну досвідом та організації спільних тренінгів для працівників профільних установ.",
        "*{B_s} подякува{B_v} за теплий прийом і вислови{B_v} готовність продовжувати спільні проєкти, спрямовані на зміцнення спроможності міграційних органів.",
        "*Також було розглянуто пропозиції щодо підготовки спільного плану дій на наступні два роки та обміну статистичними даними.",
        "Учасники наголосили, що ефективне управління міграцією сприяє сталому розвитку, а захист прав мігрантів, біженців і внутрішньо переміщених осіб залишається спільною відповідальністю всіх держав.",
        "За наданою інформацією, від часу створення навчальний центр провів навчання для понад {num} посадових осіб з країн регіону.",
        "Учасників ознайомили з роботою, що проводиться в рамках Глобального договору про безпечну, впорядковану та легальну міграцію, зокрема щодо збору даних, інтегрованого управління кордонами та протидії незаконному ввезенню мігрантів.",
        "Зазначимо, що Державну міграційну службу України утворено постановою Кабінету Міністрів від 9 грудня 2010 року, а Положення про ДМС затверджено 20 серпня 2014 року.",
    ],
}
FILL_MEET = {k: [x.lstrip("*") for x in v] for k, v in FILL.items()}
FILL_GEN = {k: [x for x in v if not x.startswith("*")] for k, v in FILL.items()}

def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def az_cap(s: str) -> str:
    return ("İ" + s[1:]) if s[:1] == "i" else cap(s)


# --------------------------------------------------------------------------------------
# Release composition
# --------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.world = World(self.rng)
        self.recent: list[dict] = []
        o = self.world.offices
        self.counterparts = {
            "az": [k for k in o if o[k].host in ("az", "world") and not k.startswith("sms_az")] + ["dms_ua_head"],
            "ua": [k for k in o if o[k].host in ("ua", "world") and not k.startswith("dms_ua")] + ["sms_az_chief"],
        }
        self.lo = dt.date(START_YEAR, 1, 1).toordinal()
        self.hi = dt.date(END_YEAR, 12, 31).toordinal()

    # ---- name + title snippet
    def np(self, lang: str, key: str, p: Person, case: str = "nom", order: float = 0.0) -> str:
        off = self.world.offices[key]
        t = off.title(lang, case)
        if key == "sms_az_chief" and lang == "en" and 0.25 <= order < 0.8 and self.rng.random() < 0.2:
            t += ", II rank state migration service counselor"
        if lang == "en":
            if order < 0.25:
                return f"{p.full('en')}, {t},"
            hon = ("Mr. " if p.g == "m" else "Ms. ") if order > 0.8 else ""
            return f"{t} {hon}{p.full('en')}"
        if lang == "az":
            return f"{t} {p.full('az', case)}"
        return f"{t} {p.full(lang, case)}"

    def new_event(self, host: str) -> dict:
        rng, W = self.rng, self.world
        r = rng.random()
        etype = ("meeting" if r < 0.45 else "conference" if r < 0.65 else "visit" if r < 0.75
                 else "signing" if r < 0.83 else "appointment" if r < 0.87 else "other")
        chief = "sms_az_chief" if host == "az" else "dms_ua_head"
        if etype == "appointment":
            off = W.offices[chief if rng.random() < 0.7 else chief.replace("chief", "deputy").replace("head", "deputy")]
            lo, hi = dt.date(START_YEAR, 1, 1), dt.date(END_YEAR, 12, 31)
            idxs = [i for i in range(1, len(off.holders)) if lo <= off.holders[i][0] <= hi] or [1]
            idx = rng.choice(idxs)
            a, _, p = off.holders[idx]
            d1 = a
            prev = off.holders[idx - 1][2]
            return {"type": "appointment", "host": host, "d1": d1, "d2": None, "office": off.key, "A": (off.key, p),
                    "prev": prev, "others": []}
        d1 = dt.date.fromordinal(rng.randint(self.lo, self.hi))
        d2 = None
        if etype in ("conference", "visit") and rng.random() < 0.7:
            d2 = d1 + dt.timedelta(days=rng.choice((1, 1, 2, 3)))
        pr = rng.random()
        akey = chief if pr < 0.82 else (chief.replace("chief", "deputy").replace("head", "deputy") if pr < 0.92
                                        else ("iom_az" if host == "az" else "iom_ua"))
        if etype == "other":
            akey = chief
        A = W.holder(akey, d1)
        if A is None:
            akey, A = chief, W.holder(chief, d1)
        others = []
        pool = self.counterparts[host]
        for k in rng.sample(pool, 4):
            p = W.holder(k, d1)
            if p is not None and p is not A:
                others.append((k, p))
        country = rng.choice([c for c in COUNTRIES if c != host])
        if etype == "visit":
            # a visit abroad: meet the counterpart migration service, or IOM/UNHCR headquarters
            if rng.random() < 0.5:
                country = "ua" if host == "az" else "az"
                vk = "dms_ua_head" if host == "az" else "sms_az_chief"
            else:
                vk = rng.choice(("iom_dg", "iom_rd", "unhcr_hc"))
            vp = W.holder(vk, d1)
            others = ([(vk, vp)] if vp is not None else []) + [o for o in others if o[1] is not vp]
        city = rng.choice(HOME_CITIES[host]) if etype == "other" else rng.choice(CITIES)
        ev = {"type": etype, "host": host, "d1": d1, "d2": d2, "A": (akey, A), "others": others[:3],
              "city": city, "event": rng.choice(EVENTS), "country": country}
        return ev

    def lead(self, lang: str, ev: dict, with_year: bool) -> tuple[str, list]:
        rng = self.rng
        akey, A = ev["A"]
        D = date_phrase(rng, lang, ev["d1"], ev["d2"], with_year)
        cap = az_cap if lang == "az" else globals()["cap"]
        oth = ev["others"]
        B = oth[0] if oth else None
        met = []
        f = A.g == "f"
        t = ev["type"]
        if t == "meeting" and B is not None:
            bkey, Bp = B
            met.append((A.id, Bp.id, "met"))
            r = rng.random()
            if lang == "en":
                if r < 0.35:
                    s = f"{cap(D)}, {self.np('en', akey, A, order=rng.random())} met with {self.np('en', bkey, Bp, order=0.5)}."
                elif r < 0.55:
                    s = f"{self.np('en', akey, A, order=0.5)} met with {self.np('en', bkey, Bp, order=0.9)} {D}."
                elif r < 0.8:
                    s = f"{cap(D)}, {self.np('en', akey, A, order=0.5)} received {self.np('en', bkey, Bp, order=0.5)}."
                else:
                    s = (f"{cap(D)}, a meeting was held between {self.np('en', akey, A, order=0.5)} and "
                         f"{self.np('en', bkey, Bp, order=0.5)}.")
            elif lang == "ru":
                if r < 0.4:
                    s = (f"{cap(D)} {self.np('ru', akey, A)} встретил{'ась' if f else 'ся'} с "
                         f"{self.np('ru', bkey, Bp, 'ins')}.")
                elif r < 0.65:
                    s = f"{cap(D)} состоялась встреча {self.np('ru', akey, A, 'gen')} с {self.np('ru', bkey, Bp, 'ins')}."
                elif r < 0.85:
                    s = f"{cap(D)} {self.np('ru', akey, A)} принял{'а' if f else ''} {self.np('ru', bkey, Bp, 'acc')}."
                else:
                    s = (f"{cap(D)} в {ev['city'][1]} прошла встреча между {self.np('ru', akey, A, 'ins')} и "
                         f"{self.np('ru', bkey, Bp, 'ins')}.")
            elif lang == "uk":
                if r < 0.45:
                    s = (f"{cap(D)} {self.np('uk', akey, A)} {'зустрілася' if f else 'зустрівся'} з "
                         f"{self.np('uk', bkey, Bp, 'ins')}.")
                elif r < 0.7:
                    s = (f"{cap(D)} {self.np('uk', akey, A)} {'провела' if f else 'провів'} зустріч з "
                         f"{self.np('uk', bkey, Bp, 'ins')}.")
                else:
                    s = f"{cap(D)} {self.np('uk', akey, A)} прийня{'ла' if f else 'в'} {self.np('uk', bkey, Bp, 'acc')}."
            else:
                if r < 0.5:
                    s = f"{cap(D)} {self.np('az', akey, A)} {self.np('az', bkey, Bp)} ilə görüşüb."
                elif r < 0.75:
                    s = f"{cap(D)} {self.np('az', akey, A)} {self.np('az', bkey, Bp, 'acc')} qəbul edib."
                else:
                    s = f"{cap(D)} {self.np('az', akey, A, 'gen')} {self.np('az', bkey, Bp)} ilə görüşü keçirilib."
            return s, met
        if t in ("conference", "meeting"):
            e, c = ev["event"], ev["city"]
            for k, p in oth[:2]:
                met.append((A.id, p.id, "attended"))
            if lang == "en":
                s = f"{cap(D)}, the delegation headed by {self.np('en', akey, A, order=0.5)} attended {e[0]} held in {c[0]}."
            elif lang == "ru":
                s = (f"{cap(D)} {self.np('ru', akey, A)} принял{'а' if f else ''} участие в {e[1]}, "
                     f"прошедшем в {c[1]}.")
            elif lang == "uk":
                s = f"{cap(D)} {self.np('uk', akey, A)} взя{'ла' if f else 'в'} участь у {e[3]}, що відбувся у {c[3]}."
            else:
                s = f"{cap(D)} {self.np('az', akey, A)} {c[2]} keçirilən {e[2]} iştirak edib."
            return s, met
        if t == "visit":
            co = COUNTRIES[ev["country"]]
            if lang == "en":
                s = f"{cap(D)}, the delegation headed by {self.np('en', akey, A, order=0.5)} paid an official visit to {co[0]}."
            elif lang == "ru":
                s = f"{cap(D)} делегация во главе с {self.np('ru', akey, A, 'ins')} находилась с официальным визитом в {co[2]}."
            elif lang == "uk":
                s = f"{cap(D)} делегація на чолі з {self.np('uk', akey, A, 'ins')} перебувала з офіційним візитом у {co[4]}."
            else:
                s = f"{cap(D)} {self.np('az', akey, A, 'gen')} rəhbərlik etdiyi nümayəndə heyəti {co[6]} rəsmi səfərdə olub."
            return s, met
        if t == "signing" and B is not None:
            bkey, Bp = B
            met.append((A.id, Bp.id, "met"))
            if lang == "en":
                s = (f"{cap(D)}, {self.np('en', akey, A, order=0.5)} and {self.np('en', bkey, Bp, order=0.5)} signed a "
                     f"Memorandum of Understanding on cooperation in the field of migration.")
            elif lang == "ru":
                s = (f"{cap(D)} {self.np('ru', akey, A)} и {self.np('ru', bkey, Bp)} подписали Меморандум о "
                     f"взаимопонимании в сфере миграции.")
            elif lang == "uk":
                s = (f"{cap(D)} {self.np('uk', akey, A)} та {self.np('uk', bkey, Bp)} підписали Меморандум про "
                     f"взаєморозуміння у сфері міграції.")
            else:
                s = (f"{cap(D)} {self.np('az', akey, A)} və {self.np('az', bkey, Bp)} arasında miqrasiya sahəsində "
                     f"əməkdaşlığa dair Anlaşma Memorandumu imzalanıb.")
            return s, met
        if t == "appointment":
            off = self.world.offices[ev["office"]]
            prev = ev["prev"]
            dd = date_phrase(rng, lang, ev["d1"], None, True)
            d = ev["d1"]
            if lang == "az":
                dd = (f"{az_ord(d.year)} il {d.day} {AZ_M[d.month-1]}" if rng.random() < 0.7 else f"{d:%d.%m.%Y}")
            ua = ev["host"] == "ua"
            if lang == "en":
                who = "the Cabinet of Ministers of Ukraine" if ua else "the President of the Republic of Azerbaijan"
                s = (f"By the Order of {who} dated {dd.removeprefix('on ')}, {A.full('en')} was appointed "
                     f"{off.en}. {prev.full('en')} was relieved of {'his' if prev.g == 'm' else 'her'} duties.")
            elif lang == "ru":
                who = "Кабинета Министров Украины" if ua else "Президента Азербайджанской Республики"
                s = (f"Распоряжением {who} от {dd} {A.full('ru')} назначен{'а' if f else ''} "
                     f"{off.title('ru', 'ins')}. {prev.full('ru')} освобожден{'а' if prev.g == 'f' else ''} "
                     f"от должности.")
            elif lang == "uk":
                who = "Кабінету Міністрів України" if ua else "Президента Азербайджанської Республіки"
                s = (f"Розпорядженням {who} від {dd} {off.title('uk', 'ins')} призначено "
                     f"{A.full('uk', 'acc')}, звільнивши з цієї посади {prev.full('uk', 'acc')}.")
            else:
                who = "Ukrayna Nazirlər Kabinetinin" if ua else "Azərbaycan Respublikası Prezidentinin"
                s = (f"{who} {dd} tarixli Sərəncamı ilə "
                     f"{A.full('az')} {off.az} təyin edilib, {prev.full('az')} isə bu vəzifədən azad olunub.")
            return s, met
        # other: reception of citizens / statistics
        c = ev["city"]
        if lang == "en":
            s = f"{cap(D)}, {self.np('en', akey, A, order=0.5)} held a reception of citizens in {c[0]}."
        elif lang == "ru":
            s = f"{cap(D)} {self.np('ru', akey, A)} провел{'а' if f else ''} прием граждан в {c[1]}."
        elif lang == "uk":
            s = f"{cap(D)} {self.np('uk', akey, A)} {'провела' if f else 'провів'} особистий прийом громадян у {c[3]}."
        else:
            s = f"{cap(D)} {self.np('az', akey, A)} {c[2]} vətəndaşları qəbul edib."
        return s, met

    def headline(self, lang: str, ev: dict) -> str:
        t = ev["type"]
        co = COUNTRIES[ev.get("country", "de")]
        akey, A = ev["A"]
        oth = ev["others"]
        bkey = oth[0][0] if oth else "iom_dg"
        boff = self.world.offices[bkey]
        borg = boff.org[lang]
        c = ev.get("city", CITIES[0])
        e = ev.get("event", EVENTS[0])
        H = {
            "en": {"meeting": (f"Meeting with the {boff.en}" if self.rng.random() < 0.5
                               else f"Meeting with {borg.removeprefix('the ')} held at the Service"),
                   "conference": (f"The delegation of the Service is on a visit in {c[0]}" if self.rng.random() < 0.4
                                  else f"{cap(e[0].removeprefix('the '))} held in {c[0]}"),
                   "visit": f"Delegation visits {co[0]}",
                   "signing": f"Memorandum of Understanding signed with {borg.removeprefix('the ')}",
                   "appointment": f"New {self.world.offices[ev.get('office', akey)].en} appointed",
                   "other": f"Reception of citizens held in {c[0]}"},
            "ru": {"meeting": f"Состоялась встреча с {boff.title('ru', 'ins')}",
                   "conference": (f"Делегация Службы находится с визитом в {c[1]}" if self.rng.random() < 0.4
                                  else f"Участие в {e[1]}"),
                   "visit": f"Делегация с визитом в {co[2]}",
                   "signing": "Подписан Меморандум о взаимопонимании",
                   "appointment": "Назначен новый руководитель",
                   "other": f"Прием граждан в {c[1]}"},
            "az": {"meeting": f"{az_cap(boff.az)} ilə görüş keçirilib",
                   "conference": (f"Xidmətin nümayəndə heyəti {c[2]} səfərdədir" if self.rng.random() < 0.4
                                  else f"Xidmət rəhbəri {e[2]} iştirak edib"),
                   "visit": f"Nümayəndə heyəti {co[6]} səfərdə olub",
                   "signing": "Anlaşma Memorandumu imzalanıb",
                   "appointment": "Yeni təyinat",
                   "other": f"{c[2]} vətəndaşların qəbulu keçirilib"},
            "uk": {"meeting": f"Відбулася зустріч з {boff.title('uk', 'ins')}",
                   "conference": (f"Делегація Служби перебуває з візитом у {c[3]}" if self.rng.random() < 0.4
                                  else f"Участь у {e[3]}"),
                   "visit": f"Делегація з візитом у {co[4]}",
                   "signing": "Підписано Меморандум про взаєморозуміння",
                   "appointment": "Призначено нового керівника",
                   "other": f"Особистий прийом громадян у {c[3]}"},
        }
        return H[lang][t]

    def body(self, lang: str, ev: dict) -> tuple[list[str], list]:
        rng = self.rng
        akey, A = ev["A"]
        oth = ev["others"]
        paras = []
        met = []
        # co-attendance
        if ev["type"] in ("meeting", "signing") and len(oth) >= 2 and rng.random() < 0.6:
            cs = oth[1:3]
            if lang == "en":
                who = " and ".join(self.np("en", k, p, order=0.5) for k, p in cs)
                paras.append(f"The meeting was also attended by {who}.")
            elif lang == "ru":
                who = " и ".join(self.np("ru", k, p) for k, p in cs)
                paras.append(f"Во встрече также приняли участие {who}.")
            elif lang == "uk":
                who = " та ".join(self.np("uk", k, p) for k, p in cs)
                paras.append(f"У зустрічі також взяли участь {who}.")
            else:
                who = " və ".join(self.np("az", k, p) for k, p in cs)
                paras.append(f"Görüşdə {who} də iştirak edib.")
            for k, p in cs:
                met.append((A.id, p.id, "attended"))
        if ev["type"] == "visit" and oth:
            k, p = oth[0]
            if lang == "en":
                paras.append(f"During the visit, {A.short('en', rng=rng)} met with {self.np('en', k, p, order=0.5)}.")
            elif lang == "ru":
                paras.append(f"В рамках визита {A.short('ru', rng=rng)} встретил{'ась' if A.g == 'f' else 'ся'} с "
                             f"{self.np('ru', k, p, 'ins')}.")
            elif lang == "uk":
                paras.append(f"У рамках візиту {A.short('uk', rng=rng)} зустрі{'лася' if A.g == 'f' else 'вся'} з "
                             f"{self.np('uk', k, p, 'ins')}.")
            else:
                paras.append(f"Səfər çərçivəsində {A.short('az', rng=rng)} {self.np('az', k, p)} ilə görüşüb.")
            met.append((A.id, p.id, "met"))
        if ev["type"] == "conference" and oth:
            k, p = oth[0]
            if lang == "en":
                paras.append(f"The event was opened by {self.np('en', k, p, order=0.5)}, who welcomed the participants.")
            elif lang == "ru":
                paras.append(f"Мероприятие открыл{'а' if p.g == 'f' else ''} {self.np('ru', k, p)}.")
            elif lang == "uk":
                paras.append(f"Захід відкри{'ла' if p.g == 'f' else 'в'} {self.np('uk', k, p)}.")
            else:
                paras.append(f"Tədbiri {self.np('az', k, p)} açaraq iştirakçıları salamlayıb.")
        # filler with later short-name mentions
        B = oth[0] if oth else (akey, A)
        bkey, Bp = B
        fem_b = Bp.g == "f"
        fa = A.g == "f"
        ctx = {
            "A_s": A.short(lang, rng=rng),
            "B_s": Bp.short(lang, rng=rng),
            "B_org": self.world.offices[bkey].org[lang],
            "A_a": "а" if fa else "", "B_a": "а" if fem_b else "",
            "A_v": "ла" if fa else "в", "B_v": "ла" if fem_b else "в",
            "y_m1": str(ev["d1"].year - 1), "y_m1_az": az_ord(ev["d1"].year - 1),
            "num": f"{rng.randint(1, 40)},{rng.randint(100, 999)}" if lang == "en"
            else f"{rng.randint(1, 40)} {rng.randint(100, 999)}",
        }
        fills = (FILL_MEET if ev["type"] in ("meeting", "signing", "visit") and oth else FILL_GEN)[lang]
        k = rng.randint(5, min(9, len(fills)))
        chosen = rng.sample(range(len(fills)), k)
        cur = []
        for i in chosen:
            cur.append(fills[i].format(**ctx))
            if len(cur) >= 3 or (len(cur) >= 1 and rng.random() < 0.35):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        # genitive / other case mentions of A late in the text
        r = rng.random()
        if lang == "az" and r < 0.6:
            paras.append(f"{A.short('az', 'gen', rng)} sözlərinə görə, bu sahədə əməkdaşlıq gələcəkdə də davam etdiriləcək.")
        elif lang == "ru" and r < 0.5:
            paras.append(f"По словам {A.short('ru', 'gen', rng)}, сотрудничество в этой сфере будет продолжено.")
        elif lang == "uk" and r < 0.5:
            paras.append(f"За словами {A.short('uk', 'gen', rng)}, співпраця в цій сфері буде продовжена.")
        elif lang == "en" and r < 0.4:
            paras.append(f"{A.short('en', rng=rng)} thanked the guests and wished them success.")
        return paras, met

    def latest(self, lang: str, pub: dt.date) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(rng.randint(2, 4)):
            d = pub - dt.timedelta(days=rng.randint(1, 60))
            h = rng.choice({
                "en": ["Reception of citizens held", "Information for foreigners", "Seminar for employees held",
                       "Cooperation with IOM discussed", "Statistics for the first half of the year"],
                "ru": ["Проведен прием граждан", "Информация для иностранцев", "Проведен семинар для сотрудников",
                       "Обсуждено сотрудничество с МОМ", "Статистика за первое полугодие"],
                "az": ["Vətəndaşların qəbulu keçirilib", "Əcnəbilərin nəzərinə", "Əməkdaşlar üçün seminar keçirilib",
                       "BMqT ilə əməkdaşlıq müzakirə olunub", "İlin birinci yarısı üzrə statistika"],
                "uk": ["Проведено особистий прийом громадян", "Інформація для іноземців", "Проведено семінар для працівників",
                       "Обговорено співпрацю з МОМ", "Статистика за перше півріччя"],
            }[lang])
            out.append(f"{h} {dateline(rng, lang, d)}")
        return out

    # ---- one release
    def release(self, i: int) -> tuple[str, bytes, dict]:
        rng = self.rng
        lang = LANGS[rng.randrange(4)]
        if lang == "az":
            host = "az"
        elif lang == "uk":
            host = "ua" if rng.random() < 0.9 else "az"
        else:
            host = "az" if rng.random() < 0.75 else "ua"
        ev = None
        if self.recent and rng.random() < 0.25:  # same event published again in another language
            cand = [e for e in self.recent if e["host"] == host]
            if cand:
                ev = rng.choice(cand)
        if ev is None:
            ev = self.new_event(host)
            self.recent.append(ev)
            if len(self.recent) > 30:
                self.recent.pop(0)
        site_keys = [k for k in SITES if k[0] == host and k[1] == lang]
        if not site_keys:
            site_keys = [k for k in SITES if k[1] == lang]
        site = SITES[rng.choice(site_keys)]
        last = ev["d2"] or ev["d1"]
        pub = last + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
        with_year = not (ev["d2"] is None and ev["type"] != "appointment" and rng.random() < 0.15)
        lead, met = self.lead(lang, ev, with_year)
        head = self.headline(lang, ev)
        paras, met2 = self.body(lang, ev)
        is_html = rng.random() < 0.10
        cy = rng.choice((pub.year, END_YEAR, END_YEAR))
        latest = self.latest(lang, pub)
        has_dateline = is_html or rng.random() < 0.9
        dl = dateline(rng, lang, pub)
        if is_html:
            text = self.html(lang, site, head, dl, lead, paras, latest, cy, pub, host)
            ext = "html"
        else:
            lines = list(site["header"]) + [""]
            if rng.random() < 0.3:
                lines += [head, ""]
            lines += [head, ""]
            if has_dateline:
                lines += [dl, ""]
            if lang == "en" and rng.random() < 0.2:
                lines += ["Location: " + ev.get("city", CITIES[2])[0], ""]
            lines += [lead, ""]
            for p in paras:
                lines += [p, ""]
            for f in site["footer"]:
                if f == "{latest}":
                    lines += latest
                else:
                    lines.append(f.format(cy=cy))
            text = "\n".join(lines) + "\n"
            ext = "txt"
        enc = "utf-8"
        r = rng.random()
        if not is_html and ((lang == "ru" and r < 0.35) or (lang == "uk" and r < 0.08)):
            enc = "cp1251"
        elif r > 0.88:
            enc = "utf-8-sig"
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            enc = "utf-8"
            data = text.encode(enc)
        name = f"{i:05d}_{lang}_{rng.getrandbits(48):012x}.{ext}"
        akey, A = ev["A"]
        meta = {
            "file": name, "lang": lang, "host": host, "format": ext, "encoding": enc, "type": ev["type"],
            "published": pub.isoformat(), "year_in_lead": with_year,
            "event": {"start": ev["d1"].isoformat(), "end": (ev["d2"] or ev["d1"]).isoformat()},
            "protagonist": {"id": A.id, "name": A.name, "office": akey},
            "mentioned": [{"id": p.id, "name": p.name, "office": k} for k, p in ev["others"]],
            "pairs": [list(x) for x in met + met2],
        }
        return name, data, meta

    def html(self, lang, site, head, dl, lead, paras, latest, cy, pub, host) -> str:
        rng = self.rng
        e = html.escape
        nav = "".join(f'<li><a href="/{lang}/{i}">{e(x)}</a></li>' for i, x in enumerate(HTML_NAV[lang]))
        tz = "+04:00" if host == "az" else ("+03:00" if 4 <= pub.month <= 10 else "+02:00")
        ts = f"{pub.isoformat()}T{rng.randint(8, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}:00{tz}"
        body = "".join(f"<p>{e(p)}</p>\n" for p in [lead] + paras)
        lat = "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in latest)
        skip = {"{latest}", "Latest news", "Related news", "Последние новости", "Son xəbərlər", "Digər xəbərlər",
                "Останні новини"}
        foot = "".join(f"<p>{e(f.format(cy=cy))}</p>" for f in site["footer"] if f not in skip)
        share = {"en": "Share:", "ru": "Поделиться:", "az": "Paylaş:", "uk": "Поділитися:"}[lang]
        latest_h = {"en": "Latest news", "ru": "Последние новости", "az": "Son xəbərlər", "uk": "Останні новини"}[lang]
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{e(head)} | {e(site['name'])}</title>\n"
            f'<meta property="og:title" content="{e(head)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{ts}">\n'
            f'<link rel="stylesheet" href="/static/css/main.css">\n'
            f"<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n"
            f'<header class="site-header"><div class="logo">{e(site["name"])}</div>'
            f'<nav class="menu"><ul>{nav}</ul></nav>'
            f'<div class="lang"><a href="/az">AZ</a> <a href="/ru">RU</a> <a href="/en">EN</a></div></header>\n'
            f'<div class="breadcrumbs"><a href="/">{e(HTML_NAV[lang][0])}</a> / <a href="/news">{e(HTML_NAV[lang][2])}</a></div>\n'
            f'<main><article class="news-item">\n<h1>{e(head)}</h1>\n<div class="date">{e(dl)}</div>\n'
            f"{body}</article>\n"
            f'<div class="share">{e(share)} <a href="#">Facebook</a> <a href="#">Twitter</a></div></main>\n'
            f'<aside class="latest"><h3>{e(latest_h)}</h3><ul>{lat}</ul></aside>\n'
            f'<footer class="site-footer">{foot}</footer>\n</body>\n</html>\n'
        )

    def world_manifest(self) -> dict:
        W = self.world
        return {
            "seed": self.seed,
            "people": {p.id: {"name": p.name, "az": " ".join(p.az), "ru": " ".join(p.ru[0]), "uk": " ".join(p.uk[0]),
                              "gender": p.g, "offices": p.offices} for p in W.people},
            "offices": {k: {"en": o.en, "holders": [{"person": p.id, "name": p.name, "from": a.isoformat(),
                                                     "to": b.isoformat()} for a, b, p in o.holders]}
                        for k, o in W.offices.items()},
        }


def generate(outdir: str, n: int, seed: int = 1, manifest: str | None = None) -> dict:
    os.makedirs(outdir, exist_ok=True)
    g = Gen(seed)
    docs = []
    for i in range(n):
        name, data, meta = g.release(i)
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
        docs.append(meta)
    man = g.world_manifest()
    man["docs"] = docs
    # the Chief of the State Migration Service (Azerbaijan) seen most often as protagonist
    counts: dict[str, int] = {}
    for d in docs:
        if d["protagonist"]["office"] == "sms_az_chief":
            counts[d["protagonist"]["name"]] = counts.get(d["protagonist"]["name"], 0) + 1
    man["top_sms_chief"] = max(sorted(counts), key=counts.get) if counts else None
    man["sms_chief_counts"] = counts
    if manifest:
        with open(manifest, "w", encoding="utf-8") as fh:
            json.dump(man, fh, ensure_ascii=False, indent=1)
    return man


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--manifest", help="write ground truth JSON here (outside OUTDIR)")
    a = ap.parse_args(argv)
    t = time.perf_counter()
    man = generate(a.outdir, a.docs, a.seed, a.manifest)
    el = time.perf_counter() - t
    langs: dict[str, int] = {}
    for d in man["docs"]:
        langs[d["lang"]] = langs.get(d["lang"], 0) + 1
    print(f"wrote {a.docs} releases to {a.outdir} in {el:.2f}s; langs={langs}; "
          f"top Chief of the State Migration Service: {man['top_sms_chief']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
