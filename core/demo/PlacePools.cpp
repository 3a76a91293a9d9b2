// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/PlacePools.h"

#include "demo/DemoRandom.h"

#include <QList>
#include <QStringList>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

// Slavic and Romanian adjectives agree with the noun they precede.
enum Gender { Masculine, Feminine, Neuter, Plural };

struct Word {
    QString text;
    Gender gender = Neuter;
};

struct SlavicMorphemes {
    QList<QStringList> prefixes; // by Gender
    QList<Word> nouns;           // whole nouns: "Lhota", "Sedlo"
    QStringList stems;           // "Javor", "Dub"
    QList<Word> suffixes;        // "ovice", "ov"
    int prefixPercent;           // for derived names
};

QString slavicName(DemoRandom& rng, const SlavicMorphemes& m) {
    // A bare noun ("Lhota", "Поле") is always qualified; a derived name ("Javorovice") often stands alone.
    const bool noun = rng.percent(45);
    Word word;
    if (noun) {
        word = rng.pick(m.nouns);
    } else {
        const Word& suffix = rng.pick(m.suffixes);
        word = Word{rng.pick(m.stems) + suffix.text, suffix.gender};
    }
    if (!noun && !rng.percent(m.prefixPercent)) {
        return word.text;
    }
    return rng.pick(m.prefixes.at(word.gender)) + u' ' + word.text;
}

const SlavicMorphemes& czech() {
    static const SlavicMorphemes m{
        {{u"Horní"_s, u"Dolní"_s, u"Malý"_s, u"Nový"_s, u"Velký"_s, u"Starý"_s},
         {u"Horní"_s, u"Dolní"_s, u"Malá"_s, u"Nová"_s, u"Velká"_s, u"Stará"_s},
         {u"Horní"_s, u"Dolní"_s, u"Malé"_s, u"Nové"_s, u"Velké"_s, u"Staré"_s},
         {u"Horní"_s, u"Dolní"_s, u"Malé"_s, u"Nové"_s, u"Velké"_s, u"Staré"_s}},
        {{u"Lhota"_s, Feminine},
         {u"Ves"_s, Feminine},
         {u"Lípa"_s, Feminine},
         {u"Bystřice"_s, Feminine},
         {u"Hůrka"_s, Feminine},
         {u"Hradiště"_s, Neuter},
         {u"Sedlo"_s, Neuter},
         {u"Pole"_s, Neuter},
         {u"Městečko"_s, Neuter},
         {u"Dvůr"_s, Masculine},
         {u"Újezd"_s, Masculine},
         {u"Mlýn"_s, Masculine},
         {u"Kopec"_s, Masculine},
         {u"Rybník"_s, Masculine}},
        {u"Břez"_s, u"Javor"_s, u"Lip"_s, u"Dub"_s, u"Buk"_s, u"Jedl"_s, u"Olš"_s, u"Vrb"_s, u"Kamen"_s, u"Jabl"_s,
         u"Trn"_s},
        {{u"ovice"_s, Plural}, {u"any"_s, Plural}, {u"ov"_s, Masculine}, {u"ín"_s, Masculine}, {u"ová"_s, Feminine}},
        35};
    return m;
}

const SlavicMorphemes& slovak() {
    static const SlavicMorphemes m{
        {{u"Horný"_s, u"Dolný"_s, u"Malý"_s, u"Nový"_s, u"Veľký"_s, u"Starý"_s},
         {u"Horná"_s, u"Dolná"_s, u"Malá"_s, u"Nová"_s, u"Veľká"_s, u"Stará"_s},
         {u"Horné"_s, u"Dolné"_s, u"Malé"_s, u"Nové"_s, u"Veľké"_s, u"Staré"_s},
         {u"Horné"_s, u"Dolné"_s, u"Malé"_s, u"Nové"_s, u"Veľké"_s, u"Staré"_s}},
        {{u"Lehota"_s, Feminine},
         {u"Ves"_s, Feminine},
         {u"Lúka"_s, Feminine},
         {u"Hámre"_s, Plural},
         {u"Lazy"_s, Plural},
         {u"Pole"_s, Neuter},
         {u"Sedlo"_s, Neuter},
         {u"Mlyn"_s, Masculine},
         {u"Dvor"_s, Masculine},
         {u"Potok"_s, Masculine},
         {u"Vrch"_s, Masculine}},
        {u"Brez"_s, u"Javor"_s, u"Lip"_s, u"Dub"_s, u"Buk"_s, u"Jedl"_s, u"Olš"_s, u"Vrb"_s, u"Kamen"_s, u"Jabl"_s,
         u"Hrab"_s},
        {{u"ovce"_s, Plural}, {u"any"_s, Plural}, {u"ov"_s, Masculine}, {u"ník"_s, Masculine}, {u"ová"_s, Feminine}},
        35};
    return m;
}

const SlavicMorphemes& bulgarian() {
    static const SlavicMorphemes m{
        {{}, // Bulgarian village names here are never masculine
         {u"Горна"_s, u"Долна"_s, u"Нова"_s, u"Стара"_s, u"Малка"_s, u"Голяма"_s},
         {u"Горно"_s, u"Долно"_s, u"Ново"_s, u"Старо"_s, u"Малко"_s, u"Голямо"_s},
         {u"Горни"_s, u"Долни"_s, u"Нови"_s, u"Стари"_s, u"Малки"_s, u"Големи"_s}},
        {{u"Село"_s, Neuter}, {u"Поле"_s, Neuter}, {u"Бърдо"_s, Neuter}, {u"Река"_s, Feminine}},
        {u"Бряст"_s, u"Дъб"_s, u"Бук"_s, u"Габр"_s, u"Камен"_s, u"Трън"_s, u"Лозен"_s, u"Орех"_s, u"Върб"_s, u"Круш"_s,
         u"Черн"_s, u"Слив"_s, u"Ябълк"_s},
        {{u"ово"_s, Neuter}, {u"ица"_s, Feminine}, {u"ци"_s, Plural}, {u"ище"_s, Neuter}},
        40};
    return m;
}

QString hungarianName(DemoRandom& rng) {
    static const QStringList prefixes = {u"Alsó"_s, u"Felső"_s, u"Kis"_s, u"Nagy"_s, u"Új"_s, u"Ó"_s};
    static const QStringList roots = {u"nyír"_s,  u"bükk"_s,  u"cser"_s,   u"som"_s,      u"nád"_s,
                                      u"szil"_s,  u"hárs"_s,  u"tölgy"_s,  u"berek"_s,    u"rét"_s,
                                      u"homok"_s, u"patak"_s, u"kökény"_s, u"galamb"_s,   u"daru"_s,
                                      u"mező"_s,  u"vár"_s,   u"fenyő"_s,  u"körtvély"_s, u"szeder"_s};
    static const QStringList suffixes = {u"falva"_s, u"háza"_s,  u"telek"_s,   u"hida"_s,
                                         u"halma"_s, u"lak"_s,   u"szeg"_s,    u"egyháza"_s,
                                         u"kút"_s,   u"völgy"_s, u"szállás"_s, u"keresztúr"_s};
    // One random draw per statement: the order in which operands of + are evaluated is unspecified,
    // and the same seed must give the same names with every compiler.
    const QString root = rng.pick(roots);
    const QString body = root + rng.pick(suffixes);
    if (rng.percent(60)) {
        return rng.pick(prefixes) + body;
    }
    return body.left(1).toUpper() + body.mid(1);
}

QString romanianName(DemoRandom& rng) {
    if (rng.percent(45)) {
        static const QStringList stems = {u"Stănc"_s, u"Dobr"_s, u"Mihăil"_s, u"Răduc"_s, u"Vlăd"_s, u"Lupș"_s,
                                          u"Brad"_s,  u"Pop"_s,  u"Cioc"_s,   u"Corb"_s,  u"Bălț"_s, u"Frăsin"_s};
        static const QStringList suffixes = {u"ești"_s, u"eni"_s, u"ani"_s};
        const QString stem = rng.pick(stems);
        return stem + rng.pick(suffixes);
    }
    static const QList<Word> heads = {{u"Valea"_s, Feminine},   {u"Poiana"_s, Feminine}, {u"Lunca"_s, Feminine},
                                      {u"Fântâna"_s, Feminine}, {u"Piatra"_s, Feminine}, {u"Dealu"_s, Masculine},
                                      {u"Izvoru"_s, Masculine}, {u"Podu"_s, Masculine}};
    static const QStringList feminine = {u"Mare"_s, u"Lungă"_s, u"Seacă"_s, u"Nouă"_s, u"Rece"_s, u"Verde"_s};
    static const QStringList masculine = {u"Mare"_s, u"Lung"_s, u"Sec"_s, u"Nou"_s, u"Rece"_s, u"Verde"_s, u"Frumos"_s};
    static const QStringList genitive = {u"Ursului"_s, u"Morii"_s,   u"Teiului"_s, u"Mărului"_s,  u"Florilor"_s,
                                         u"Pietrei"_s, u"Satului"_s, u"Nucului"_s, u"Cerbului"_s, u"Vulturului"_s};
    const Word& head = rng.pick(heads);
    if (rng.percent(50)) {
        return head.text + u' ' + rng.pick(genitive);
    }
    return head.text + u' ' + rng.pick(head.gender == Feminine ? feminine : masculine);
}

QString digits(DemoRandom& rng, int count) {
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QChar(u'0' + rng.between(0, 9));
    }
    return out;
}

} // namespace

namespace places {

QString municipality(DemoRandom& rng, Country country) {
    switch (country) {
    case Country::HU:
        return hungarianName(rng);
    case Country::CZ:
        return slavicName(rng, czech());
    case Country::SK:
        return slavicName(rng, slovak());
    case Country::BG:
        return slavicName(rng, bulgarian());
    case Country::RO:
        return romanianName(rng);
    }
    return {};
}

QString settlementPart(DemoRandom& rng, Country country) {
    static const QList<QStringList> parts = {
        {u"Alsótelep"_s, u"Felsőtelep"_s, u"Újtelep"_s, u"Homokbánya"_s, u"Vasútsor"_s, u"Malomdomb"_s, u"Kertalja"_s,
         u"Téglagyári telep"_s, u"Erdőszél"_s, u"Cserjés"_s},
        {u"Dolní konec"_s, u"Horní konec"_s, u"Na Výsluní"_s, u"U Cihelny"_s, u"Za Tratí"_s, u"Na Pískách"_s,
         u"Pod Lesem"_s, u"U Nádraží"_s},
        {u"osada Pod lesom"_s, u"osada Za potokom"_s, u"osada Dolný koniec"_s, u"osada Pri mlyne"_s,
         u"osada Na kopci"_s, u"osada Pri tehelni"_s, u"osada Hlinisko"_s},
        {u"кв. Изток"_s, u"кв. Юг"_s, u"кв. Лозята"_s, u"кв. Речица"_s, u"махала Долна"_s, u"кв. Кирпичената"_s,
         u"кв. Нов живот"_s, u"махала Горна"_s},
        {u"Cartierul de Jos"_s, u"Dealul Morii"_s, u"Colonia Nouă"_s, u"La Cărămidărie"_s, u"Cartierul Gării"_s,
         u"Valea Pârâului"_s, u"Cartierul Nou"_s, u"După Gară"_s}};
    return rng.pick(parts.at(int(country)));
}

QString county(DemoRandom& rng, Country country) {
    static const QList<QStringList> counties = {
        {u"Tiszahát megye"_s, u"Bükkalja megye"_s, u"Nyírrét megye"_s, u"Cserhátalja megye"_s, u"Zemplénhát megye"_s,
         u"Drávamente megye"_s},
        {u"Podhorský kraj"_s, u"Polabský kraj"_s, u"Poohřský kraj"_s, u"Podjesenický kraj"_s, u"Pobečevský kraj"_s},
        {u"Hornádsky kraj"_s, u"Podtatranský kraj"_s, u"Poiplianský kraj"_s, u"Pohronský kraj"_s,
         u"Hornozemplínsky kraj"_s},
        {u"Област Средногорие"_s, u"Област Дунавска равнина"_s, u"Област Горна Тракия"_s, u"Област Родопи-Юг"_s,
         u"Област Предбалкан"_s},
        {u"Județul Valea Mureșului"_s, u"Județul Someș-Tisa"_s, u"Județul Olt-Dunăre"_s,
         u"Județul Dealurile Moldovei"_s, u"Județul Câmpia de Vest"_s}};
    return rng.pick(counties.at(int(country)));
}

QString postalCode(DemoRandom& rng, Country country) {
    switch (country) {
    case Country::HU:
        return QString::number(rng.between(3000, 5999));
    case Country::CZ: {
        const QString district = QString::number(rng.between(500, 799));
        return district + u' ' + digits(rng, 2);
    }
    case Country::SK: {
        const QString district = QString::number(rng.between(40, 99));
        return u"0"_s + district + u' ' + digits(rng, 2);
    }
    case Country::BG:
        return QString::number(rng.between(5000, 9999));
    case Country::RO:
        return QString::number(rng.between(300000, 599999));
    }
    return {};
}

QString streetAddress(DemoRandom& rng, Country country) {
    static const QList<QStringList> streets = {
        {u"Petőfi Sándor utca"_s,
         u"Kossuth Lajos utca"_s,
         u"Ady Endre utca"_s,
         u"Rákóczi Ferenc utca"_s,
         u"Arany János utca"_s,
         u"Dózsa György út"_s,
         u"Béke utca"_s,
         u"Szabadság utca"_s,
         u"Fő utca"_s,
         u"Kert utca"_s,
         u"Malom utca"_s,
         u"Vasút utca"_s,
         u"Temető utca"_s,
         u"Homok utca"_s,
         u"Jókai Mór utca"_s,
         u"Hunyadi utca"_s,
         u"Dankó Pista utca"_s,
         u"Erdősor"_s,
         u"Táncsics Mihály utca"_s,
         u"Rózsa utca"_s},
        {u"Nádražní"_s, u"Husova"_s, u"Školní"_s, u"Zahradní"_s, u"Palackého"_s, u"Komenského"_s, u"Na Výsluní"_s,
         u"Polní"_s, u"Tyršova"_s, u"Sokolská"_s, u"Krátká"_s, u"Lesní"_s, u"Družstevní"_s, u"Havlíčkova"_s,
         u"Mlýnská"_s},
        {u"Hlavná"_s, u"Školská"_s, u"Záhradná"_s, u"Mierová"_s, u"Osada"_s, u"Štúrova"_s, u"Hviezdoslavova"_s,
         u"Mlynská"_s, u"Potočná"_s, u"Cintorínska"_s, u"Nová"_s, u"Družstevná"_s, u"Lesná"_s, u"Slnečná"_s},
        {u"ул. „Христо Ботев“"_s, u"ул. „Васил Левски“"_s, u"ул. „Шипка“"_s, u"ул. „Възраждане“"_s, u"ул. „Тракия“"_s,
         u"ул. „Стефан Караджа“"_s, u"ул. „Иван Вазов“"_s, u"ул. „Георги Раковски“"_s, u"ул. „Освобождение“"_s,
         u"ул. „Стара планина“"_s, u"ул. „Хан Аспарух“"_s, u"ул. „Росица“"_s},
        {u"Strada Principală"_s, u"Strada Morii"_s, u"Strada Gării"_s, u"Strada Școlii"_s, u"Strada Florilor"_s,
         u"Strada Libertății"_s, u"Strada Mihai Eminescu"_s, u"Strada Avram Iancu"_s, u"Strada Pădurii"_s,
         u"Strada Viilor"_s, u"Strada Izvorului"_s, u"Strada Unirii"_s, u"Strada Bisericii"_s}};
    const QString street = rng.pick(streets.at(int(country)));
    const int number = rng.percent(70) ? rng.between(1, 60) : rng.between(61, 240);
    switch (country) {
    case Country::HU: {
        const QString letter = rng.percent(10) ? u"/A"_s : QString();
        return street + u' ' + QString::number(number) + letter + u'.';
    }
    case Country::CZ:
        if (rng.percent(40)) {
            return street + u' ' + QString::number(number * 7 + 100) + u'/' + QString::number(number);
        }
        return street + u' ' + QString::number(number);
    case Country::SK:
        return street + u' ' + QString::number(number);
    case Country::BG:
        return street + u" № "_s + QString::number(number);
    case Country::RO:
        return street + u" nr. "_s + QString::number(number);
    }
    return street;
}

QString mobilePhone(DemoRandom& rng, Country country) {
    static const QStringList hungarian = {u"+36 20 "_s, u"+36 30 "_s, u"+36 70 "_s};
    static const QStringList slovak = {u"+421 90"_s, u"+421 91"_s, u"+421 94"_s, u"+421 95"_s};
    static const QStringList bulgarian = {u"+359 87 "_s, u"+359 88 "_s, u"+359 89 "_s, u"+359 98 "_s};
    QString number;
    QList<int> groups;
    switch (country) {
    case Country::HU:
        number = rng.pick(hungarian);
        groups = {3, 4};
        break;
    case Country::CZ:
        number = u"+420 7"_s;
        groups = {2, 3, 3};
        break;
    case Country::SK:
        number = rng.pick(slovak);
        groups = {1, 3, 3};
        break;
    case Country::BG:
        number = rng.pick(bulgarian);
        groups = {3, 4};
        break;
    case Country::RO:
        number = u"+40 7"_s;
        groups = {2, 3, 3};
        break;
    }
    for (int i = 0; i < groups.size(); ++i) {
        if (i > 0) {
            number += u' ';
        }
        number += digits(rng, groups.at(i));
    }
    return number;
}

QString languages(DemoRandom& rng, Country country, bool roma) {
    switch (country) {
    case Country::HU:
        if (!roma) {
            return u"hu"_s;
        }
        return rng.percent(55) ? u"hu, rom"_s : u"hu"_s;
    case Country::CZ: {
        if (!roma) {
            return u"cs"_s;
        }
        static const QStringList sets = {u"cs, rom"_s, u"cs"_s, u"cs, sk, rom"_s};
        return sets.at(rng.weighted({55, 35, 10}));
    }
    case Country::SK: {
        if (!roma) {
            return rng.percent(80) ? u"sk"_s : u"sk, hu"_s;
        }
        static const QStringList sets = {u"sk, rom"_s, u"sk, rom, hu"_s, u"sk"_s};
        return sets.at(rng.weighted({50, 30, 20}));
    }
    case Country::BG: {
        if (!roma) {
            return u"bg"_s;
        }
        static const QStringList sets = {u"bg, rom"_s, u"bg, tr"_s, u"bg"_s};
        return sets.at(rng.weighted({55, 30, 15}));
    }
    case Country::RO: {
        if (!roma) {
            return rng.percent(85) ? u"ro"_s : u"ro, hu"_s;
        }
        static const QStringList sets = {u"ro, rom"_s, u"ro"_s, u"ro, hu, rom"_s};
        return sets.at(rng.weighted({60, 30, 10}));
    }
    }
    return {};
}

} // namespace places

} // namespace fieldcase::core::demo
