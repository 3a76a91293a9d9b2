// SPDX-License-Identifier: GPL-3.0-or-later
// Name pools for the demo data. Every entry is a single common name; no pool holds a whole name
// of a real person, and isKnownPerson() refuses the few combinations that are famous.
#include "demo/NamePools.h"

#include "demo/DemoRandom.h"
#include "util/Text.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

struct NamePool {
    QList<Surname> romaSurnames;
    QList<Surname> majoritySurnames;
    QStringList femaleOlder;
    QStringList femaleYounger;
    QStringList maleOlder;
    QStringList maleYounger;
};

// Hungarian and Romanian family names have one form for both genders.
QList<Surname> sameForBoth(const QStringList& names) {
    QList<Surname> out;
    out.reserve(names.size());
    for (const QString& n : names) {
        out.append({n, n});
    }
    return out;
}

NamePool hungarian() {
    NamePool p;
    p.romaSurnames =
        sameForBoth({u"Lakatos"_s, u"Horváth"_s, u"Kolompár"_s, u"Balogh"_s, u"Rostás"_s,   u"Sztojka"_s, u"Oláh"_s,
                     u"Farkas"_s,  u"Kovács"_s,  u"Rácz"_s,     u"Bogdán"_s, u"Kalányos"_s, u"Orsós"_s,   u"Sárközi"_s,
                     u"Burai"_s,   u"Jakab"_s,   u"Radics"_s,   u"Berki"_s,  u"Lőrinc"_s,   u"Csordás"_s, u"Mohácsi"_s,
                     u"Kanalas"_s, u"Danyi"_s,   u"Ignác"_s,    u"Puporka"_s});
    p.majoritySurnames = sameForBoth(
        {u"Nagy"_s,   u"Kiss"_s,   u"Tóth"_s,     u"Szabó"_s,    u"Varga"_s, u"Molnár"_s, u"Németh"_s,  u"Papp"_s,
         u"Takács"_s, u"Juhász"_s, u"Mészáros"_s, u"Fekete"_s,   u"Szűcs"_s, u"Balázs"_s, u"Pásztor"_s, u"Győri"_s,
         u"Vörös"_s,  u"Fehér"_s,  u"Bíró"_s,     u"Szilágyi"_s, u"Sipos"_s, u"Lukács"_s, u"Hegedűs"_s, u"Szalai"_s});
    p.femaleOlder = {u"Erzsébet"_s, u"Margit"_s, u"Ilona"_s,   u"Katalin"_s,  u"Mária"_s,   u"Rozália"_s,
                     u"Erika"_s,    u"Ibolya"_s, u"Gyöngyi"_s, u"Edit"_s,     u"Ildikó"_s,  u"Zsuzsanna"_s,
                     u"Julianna"_s, u"Anikó"_s,  u"Éva"_s,     u"Magdolna"_s, u"Terézia"_s, u"Irén"_s};
    p.femaleYounger = {u"Anita"_s,    u"Tímea"_s,      u"Krisztina"_s, u"Mónika"_s, u"Zsanett"_s,   u"Brigitta"_s,
                       u"Vivien"_s,   u"Szimonetta"_s, u"Renáta"_s,    u"Kitti"_s,  u"Dzsenifer"_s, u"Jázmin"_s,
                       u"Boglárka"_s, u"Nikolett"_s,   u"Alexandra"_s, u"Bianka"_s, u"Evelin"_s,    u"Szabina"_s,
                       u"Fanni"_s,    u"Hanna"_s,      u"Lili"_s,      u"Zoé"_s,    u"Nóra"_s,      u"Ramóna"_s};
    p.maleOlder = {u"József"_s, u"János"_s,  u"László"_s, u"Sándor"_s, u"István"_s, u"Gyula"_s,
                   u"Ferenc"_s, u"Béla"_s,   u"Tibor"_s,  u"Lajos"_s,  u"Géza"_s,   u"Ernő"_s,
                   u"Jenő"_s,   u"Zoltán"_s, u"Mihály"_s, u"Győző"_s,  u"Ödön"_s,   u"Károly"_s};
    p.maleYounger = {u"Attila"_s, u"Krisztián"_s, u"Richárd"_s, u"Norbert"_s, u"Roland"_s,  u"Bence"_s,
                     u"Dávid"_s,  u"Márk"_s,      u"Kevin"_s,   u"Zsolt"_s,   u"Ármin"_s,   u"Dominik"_s,
                     u"Patrik"_s, u"Tamás"_s,     u"Gábor"_s,   u"Milán"_s,   u"Levente"_s, u"Noel"_s,
                     u"Bálint"_s, u"Ádám"_s,      u"Martin"_s,  u"Csaba"_s};
    return p;
}

NamePool czech() {
    NamePool p;
    p.romaSurnames = {
        {u"Horváth"_s, u"Horváthová"_s}, {u"Lakatoš"_s, u"Lakatošová"_s}, {u"Balog"_s, u"Balogová"_s},
        {u"Dužda"_s, u"Duždová"_s},      {u"Kotlár"_s, u"Kotlárová"_s},   {u"Červeňák"_s, u"Červeňáková"_s},
        {u"Giňa"_s, u"Giňová"_s},        {u"Mirga"_s, u"Mirgová"_s},      {u"Ferenc"_s, u"Ferencová"_s},
        {u"Gaži"_s, u"Gažiová"_s},       {u"Kandráč"_s, u"Kandráčová"_s}, {u"Tokár"_s, u"Tokárová"_s},
        {u"Demeter"_s, u"Demeterová"_s}, {u"Oláh"_s, u"Oláhová"_s},       {u"Pokuta"_s, u"Pokutová"_s},
        {u"Stojka"_s, u"Stojková"_s},    {u"Daniel"_s, u"Danielová"_s},   {u"Berky"_s, u"Berkyová"_s}};
    p.majoritySurnames = {
        {u"Novák"_s, u"Nováková"_s}, {u"Svoboda"_s, u"Svobodová"_s},     {u"Dvořák"_s, u"Dvořáková"_s},
        {u"Černý"_s, u"Černá"_s},    {u"Procházka"_s, u"Procházková"_s}, {u"Kučera"_s, u"Kučerová"_s},
        {u"Veselý"_s, u"Veselá"_s},  {u"Pokorný"_s, u"Pokorná"_s},       {u"Marek"_s, u"Marková"_s},
        {u"Holub"_s, u"Holubová"_s}, {u"Král"_s, u"Králová"_s},          {u"Růžička"_s, u"Růžičková"_s},
        {u"Beneš"_s, u"Benešová"_s}, {u"Fiala"_s, u"Fialová"_s},         {u"Sedláček"_s, u"Sedláčková"_s},
        {u"Zeman"_s, u"Zemanová"_s}, {u"Kolář"_s, u"Kolářová"_s},        {u"Doležal"_s, u"Doležalová"_s}};
    p.femaleOlder = {u"Marie"_s, u"Jana"_s, u"Helena"_s, u"Zdeňka"_s, u"Jiřina"_s, u"Věra"_s,      u"Libuše"_s,
                     u"Alena"_s, u"Eva"_s,  u"Anna"_s,   u"Milena"_s, u"Dana"_s,   u"Jaroslava"_s, u"Irena"_s};
    p.femaleYounger = {u"Petra"_s,   u"Lucie"_s,  u"Kateřina"_s, u"Monika"_s, u"Veronika"_s, u"Nikola"_s,
                       u"Denisa"_s,  u"Vanesa"_s, u"Markéta"_s,  u"Renata"_s, u"Andrea"_s,   u"Sabina"_s,
                       u"Natálie"_s, u"Tereza"_s, u"Kristýna"_s, u"Eliška"_s, u"Adéla"_s,    u"Nikol"_s};
    p.maleOlder = {u"Josef"_s,    u"Jan"_s,    u"Jaroslav"_s, u"Miroslav"_s, u"Zdeněk"_s,    u"Pavel"_s,    u"Karel"_s,
                   u"Ladislav"_s, u"Rudolf"_s, u"Vladimír"_s, u"Milan"_s,    u"František"_s, u"Stanislav"_s};
    p.maleYounger = {u"Tomáš"_s,  u"Martin"_s, u"Lukáš"_s,   u"David"_s,    u"Patrik"_s, u"Dominik"_s,
                     u"Marcel"_s, u"Roman"_s,  u"Radek"_s,   u"Denis"_s,    u"Kevin"_s,  u"Adam"_s,
                     u"Matěj"_s,  u"Jakub"_s,  u"Nikolas"_s, u"Sebastián"_s};
    return p;
}

NamePool slovak() {
    NamePool p;
    p.romaSurnames = {{u"Horváth"_s, u"Horváthová"_s},   {u"Lakatoš"_s, u"Lakatošová"_s}, {u"Balog"_s, u"Balogová"_s},
                      {u"Oláh"_s, u"Oláhová"_s},         {u"Kaleja"_s, u"Kalejová"_s},    {u"Pompa"_s, u"Pompová"_s},
                      {u"Berky"_s, u"Berkyová"_s},       {u"Mižigár"_s, u"Mižigárová"_s}, {u"Tancoš"_s, u"Tancošová"_s},
                      {u"Červeňák"_s, u"Červeňáková"_s}, {u"Giňa"_s, u"Giňová"_s},        {u"Dunka"_s, u"Dunková"_s},
                      {u"Gábor"_s, u"Gáborová"_s},       {u"Čonka"_s, u"Čonková"_s},      {u"Bandy"_s, u"Bandyová"_s}};
    p.majoritySurnames = {{u"Kováč"_s, u"Kováčová"_s},   {u"Varga"_s, u"Vargová"_s},      {u"Tóth"_s, u"Tóthová"_s},
                          {u"Nagy"_s, u"Nagyová"_s},     {u"Baláž"_s, u"Balážová"_s},     {u"Szabó"_s, u"Szabóová"_s},
                          {u"Molnár"_s, u"Molnárová"_s}, {u"Lukáč"_s, u"Lukáčová"_s},     {u"Kollár"_s, u"Kollárová"_s},
                          {u"Novák"_s, u"Nováková"_s},   {u"Rusnák"_s, u"Rusnáková"_s},   {u"Hudák"_s, u"Hudáková"_s},
                          {u"Polák"_s, u"Poláková"_s},   {u"Mikuláš"_s, u"Mikulášová"_s}, {u"Šimko"_s, u"Šimková"_s},
                          {u"Oravec"_s, u"Oravcová"_s}};
    p.femaleOlder = {u"Mária"_s,   u"Anna"_s, u"Zuzana"_s, u"Eva"_s,   u"Helena"_s,  u"Margita"_s,
                     u"Alžbeta"_s, u"Jana"_s, u"Marta"_s,  u"Irena"_s, u"Terézia"_s, u"Oľga"_s};
    p.femaleYounger = {u"Martina"_s,  u"Katarína"_s, u"Monika"_s,   u"Lucia"_s,    u"Simona"_s,  u"Vanesa"_s,
                       u"Dominika"_s, u"Silvia"_s,   u"Žaneta"_s,   u"Erika"_s,    u"Marcela"_s, u"Nikola"_s,
                       u"Petra"_s,    u"Natália"_s,  u"Kristína"_s, u"Veronika"_s, u"Sára"_s,    u"Laura"_s};
    p.maleOlder = {u"Ján"_s,   u"Jozef"_s,  u"Štefan"_s, u"Ladislav"_s, u"Milan"_s, u"Marián"_s, u"Vladimír"_s,
                   u"Dušan"_s, u"Rudolf"_s, u"Eduard"_s, u"Juraj"_s,    u"Karol"_s, u"Pavol"_s,  u"Ondrej"_s};
    p.maleYounger = {u"Peter"_s,     u"Martin"_s,   u"Róbert"_s, u"Dávid"_s,  u"Patrik"_s, u"Mário"_s,
                     u"Rastislav"_s, u"Lukáš"_s,    u"Adam"_s,   u"Samuel"_s, u"Matej"_s,  u"Richard"_s,
                     u"Denis"_s,     u"Kristián"_s, u"Filip"_s,  u"Tomáš"_s};
    return p;
}

// Bulgarian family names end in -ов/-ев for men and -ова/-ева for women.
QList<Surname> bulgarianForms(const QStringList& male) {
    QList<Surname> out;
    out.reserve(male.size());
    for (const QString& m : male) {
        out.append({m, m + u"а"_s});
    }
    return out;
}

NamePool bulgarian() {
    NamePool p;
    p.romaSurnames = bulgarianForms({u"Асенов"_s, u"Юсеинов"_s, u"Салиев"_s, u"Мустафов"_s, u"Алиев"_s, u"Костадинов"_s,
                                     u"Методиев"_s, u"Демирев"_s, u"Ахмедов"_s, u"Ибрямов"_s, u"Байрамов"_s,
                                     u"Каменов"_s, u"Найденов"_s, u"Рашидов"_s});
    p.majoritySurnames =
        bulgarianForms({u"Иванов"_s, u"Георгиев"_s, u"Димитров"_s, u"Петров"_s, u"Николов"_s, u"Христов"_s,
                        u"Стоянов"_s, u"Тодоров"_s, u"Илиев"_s, u"Василев"_s, u"Атанасов"_s, u"Ангелов"_s,
                        u"Йорданов"_s, u"Колев"_s, u"Маринов"_s, u"Стефанов"_s});
    p.femaleOlder = {u"Мария"_s, u"Елена"_s,  u"Радка"_s,     u"Снежана"_s, u"Росица"_s, u"Галина"_s, u"Фатме"_s,
                     u"Айше"_s,  u"Златка"_s, u"Маргарита"_s, u"Виолета"_s, u"Станка"_s, u"Донка"_s,  u"Пенка"_s};
    p.femaleYounger = {u"Петя"_s,     u"Ирина"_s,    u"Десислава"_s, u"Габриела"_s, u"Силвия"_s,
                       u"Николета"_s, u"Кристина"_s, u"Анелия"_s,    u"Теодора"_s,  u"Михаела"_s,
                       u"Ивана"_s,    u"Симона"_s,   u"Йоана"_s,     u"Емилия"_s,   u"Виктория"_s};
    p.maleOlder = {u"Асен"_s,  u"Иван"_s,   u"Георги"_s, u"Стефан"_s, u"Ангел"_s,   u"Христо"_s,
                   u"Юсеин"_s, u"Салим"_s,  u"Мехмед"_s, u"Кирил"_s,  u"Димитър"_s, u"Методи"_s,
                   u"Васил"_s, u"Йордан"_s, u"Никола"_s, u"Младен"_s, u"Рашид"_s};
    p.maleYounger = {u"Милен"_s,   u"Росен"_s, u"Валентин"_s, u"Митко"_s,    u"Емил"_s,     u"Даниел"_s,  u"Мартин"_s,
                     u"Николай"_s, u"Денис"_s, u"Ивайло"_s,   u"Кристиян"_s, u"Борислав"_s, u"Веселин"_s, u"Данаил"_s};
    return p;
}

NamePool romanian() {
    NamePool p;
    p.romaSurnames =
        sameForBoth({u"Lăcătuș"_s, u"Căldăraru"_s, u"Rostaș"_s, u"Lingurar"_s, u"Ciurar"_s, u"Fierar"_s, u"Stoica"_s,
                     u"Ursu"_s, u"Mihai"_s, u"Dumitru"_s, u"Constantin"_s, u"Zlătaru"_s, u"Covaci"_s, u"Spoitoru"_s});
    p.majoritySurnames = sameForBoth({u"Popa"_s,       u"Popescu"_s,  u"Ionescu"_s,  u"Stan"_s,  u"Moldovan"_s,
                                      u"Dumitrescu"_s, u"Munteanu"_s, u"Gheorghe"_s, u"Matei"_s, u"Rusu"_s,
                                      u"Marin"_s,      u"Tudor"_s,    u"Ene"_s,      u"Dinu"_s,  u"Sima"_s,
                                      u"Lupu"_s,       u"Toma"_s,     u"Cristea"_s,  u"Neagu"_s, u"Oprea"_s});
    p.femaleOlder = {u"Maria"_s,    u"Elena"_s,  u"Ioana"_s,   u"Viorica"_s, u"Florica"_s,  u"Ana"_s,    u"Aurelia"_s,
                     u"Lucreția"_s, u"Rodica"_s, u"Mariana"_s, u"Lenuța"_s,  u"Veronica"_s, u"Floarea"_s};
    p.femaleYounger = {u"Florentina"_s, u"Mirela"_s,    u"Lăcrămioara"_s, u"Daniela"_s,  u"Georgiana"_s, u"Roxana"_s,
                       u"Alina"_s,      u"Cristina"_s,  u"Ștefania"_s,    u"Bianca"_s,   u"Denisa"_s,    u"Larisa"_s,
                       u"Andreea"_s,    u"Alexandra"_s, u"Ramona"_s,      u"Nicoleta"_s, u"Ionela"_s,    u"Gabriela"_s};
    p.maleOlder = {u"Gheorghe"_s, u"Ion"_s,  u"Vasile"_s, u"Constantin"_s, u"Nicolae"_s, u"Costel"_s, u"Marin"_s,
                   u"Dumitru"_s,  u"Ilie"_s, u"Petre"_s,  u"Aurel"_s,      u"Mircea"_s,  u"Viorel"_s, u"Ștefan"_s};
    p.maleYounger = {u"Ionuț"_s,  u"Florin"_s, u"Marian"_s, u"Nicușor"_s,   u"Adrian"_s, u"Cătălin"_s,
                     u"Dănuț"_s,  u"Sorin"_s,  u"Marius"_s, u"Alexandru"_s, u"Andrei"_s, u"Răzvan"_s,
                     u"Robert"_s, u"Darius"_s, u"Fabian"_s, u"Claudiu"_s};
    return p;
}

const NamePool& pool(Country country) {
    static const NamePool pools[kCountryCount] = {hungarian(), czech(), slovak(), bulgarian(), romanian()};
    return pools[int(country)];
}

} // namespace

QString countryCode(Country country) {
    switch (country) {
    case Country::HU:
        return u"HU"_s;
    case Country::CZ:
        return u"CZ"_s;
    case Country::SK:
        return u"SK"_s;
    case Country::BG:
        return u"BG"_s;
    case Country::RO:
        return u"RO"_s;
    }
    return {};
}

namespace names {

Surname surname(DemoRandom& rng, Country country, bool roma) {
    const NamePool& p = pool(country);
    return rng.pick(roma ? p.romaSurnames : p.majoritySurnames);
}

QString givenName(DemoRandom& rng, Country country, bool female, int birthYear) {
    const NamePool& p = pool(country);
    // Fashions change: most people born before the mid-eighties carry the older names.
    const bool older = birthYear < 1985 ? rng.percent(80) : rng.percent(8);
    if (female) {
        return rng.pick(older ? p.femaleOlder : p.femaleYounger);
    }
    return rng.pick(older ? p.maleOlder : p.maleYounger);
}

QString fullName(Country country, const QString& familyName, const QString& givenNames) {
    if (country == Country::HU) {
        return familyName + u' ' + givenNames;
    }
    return givenNames + u' ' + familyName;
}

QString marriedForm(const QString& name) {
    QString stem = name;
    if (stem.endsWith(u'a')) {
        stem[stem.size() - 1] = u'á';
    } else if (stem.endsWith(u'e')) {
        stem[stem.size() - 1] = u'é';
    }
    return stem + u"né"_s;
}

QString patronymic(const QString& fatherGivenName, bool female) {
    static const QHash<QString, QString> irregular = {
        {u"Димитър"_s, u"Димитров"_s}, {u"Васил"_s, u"Василев"_s}, {u"Николай"_s, u"Николаев"_s}};
    QString base = irregular.value(fatherGivenName);
    if (base.isEmpty()) {
        const QString& n = fatherGivenName;
        if (n.endsWith(u'и')) {
            base = n + u"ев"_s;
        } else if (n.endsWith(u'о') || n.endsWith(u'а')) {
            base = n.chopped(1) + u"ов"_s;
        } else {
            base = n + u"ов"_s;
        }
    }
    return female ? base + u'а' : base;
}

bool isKnownPerson(const QString& fullName) {
    // Politicians, athletes and public figures whose names the pools could otherwise produce.
    static const QSet<QString> known = {u"Sztojka Attila"_s,   u"Kovács István"_s,   u"Michal Kováč"_s,
                                        u"Jan Novák"_s,        u"Jiří Novák"_s,      u"Pavel Novák"_s,
                                        u"Георги Иванов"_s,    u"Георги Димитров"_s, u"Andreea Marin"_s,
                                        u"Gheorghe Popescu"_s, u"Adrian Popa"_s,     u"Constantin Popescu"_s};
    return known.contains(fullName);
}

QString ascii(const QString& text) {
    static const QHash<QChar, QString> cyrillic = {
        {u'а', u"a"_s},  {u'б', u"b"_s},   {u'в', u"v"_s}, {u'г', u"g"_s}, {u'д', u"d"_s},  {u'е', u"e"_s},
        {u'ж', u"zh"_s}, {u'з', u"z"_s},   {u'и', u"i"_s}, {u'й', u"y"_s}, {u'к', u"k"_s},  {u'л', u"l"_s},
        {u'м', u"m"_s},  {u'н', u"n"_s},   {u'о', u"o"_s}, {u'п', u"p"_s}, {u'р', u"r"_s},  {u'с', u"s"_s},
        {u'т', u"t"_s},  {u'у', u"u"_s},   {u'ф', u"f"_s}, {u'х', u"h"_s}, {u'ц', u"ts"_s}, {u'ч', u"ch"_s},
        {u'ш', u"sh"_s}, {u'щ', u"sht"_s}, {u'ъ', u"a"_s}, {u'ь', u"y"_s}, {u'ю', u"yu"_s}, {u'я', u"ya"_s}};
    QString out;
    for (const QChar c : text::fold(text)) {
        const auto it = cyrillic.constFind(c);
        if (it != cyrillic.constEnd()) {
            out += *it;
        } else if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            out += c;
        }
    }
    return out;
}

} // namespace names

} // namespace fieldcase::core::demo
