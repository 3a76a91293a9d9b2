// SPDX-License-Identifier: GPL-3.0-or-later
// Every ESF+ common indicator (and the ESF 2014-2020 set) computed on a small programme built by hand,
// against answers worked out by hand: people at the edges of the age bands on the day of entry, one
// person entering twice, declined answers on each sensitive field, a homeless person in a shelter, a
// rural locality, a third-country national and a stateless one, the long-term threshold one day either
// side at ages 24 and 25, a person without a household, a deleted person.
#include "Builders.h"
#include "StoredData.h"
#include "TestDatabase.h"

#include "domain/RecordStore.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorEngine.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

const QString kEntry = QStringLiteral("2026-03-15");

struct Answers {
    QString gender;
    QString birth;
    QString labour;
    QString isced;
    QString since;      // unemployed since; empty when not recorded
    QString disability; // empty when not asked
    QString minority;
    QString homeless;
    QString citizenship;
    QString background;
    QString jobless = QStringLiteral("no");
    QString singleAdult = QStringLiteral("no");
    QString entry = kEntry;
};

// The hand-built programme. Entry is on 15 March 2026 unless said otherwise; the scope is 2026.
struct Programme {
    explicit Programme(test::TestDatabase& t, bool specialCategories = true)
        : make(t.db()) {
        programme =
            make.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("Felzárkózás")},
                                                      {QStringLiteral("kind"), QStringLiteral("catching_up")},
                                                      {QStringLiteral("special_categories"), specialCategories}});
        rural = make.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Alsóberény")},
                                                         {QStringLiteral("country"), QStringLiteral("HU")},
                                                         {QStringLiteral("urban_class"), QStringLiteral("rural")}});
        urban = make.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Miskolc – Avas")},
                                                         {QStringLiteral("country"), QStringLiteral("HU")},
                                                         {QStringLiteral("urban_class"), QStringLiteral("urban")}});
        village = make.household(rural, QStringLiteral("Lakatos"));
        town = make.household(urban, QStringLiteral("Kolompár"));
        shelter = make.create(QStringLiteral("household"), {{QStringLiteral("locality_id"), urban},
                                                            {QStringLiteral("name"), QStringLiteral("Rácz")},
                                                            {QStringLiteral("housing"), QStringLiteral("shelter")}});

        // name: gender, birth, labour status, ISCED, unemployed since, disability, minority, homeless,
        // citizenship, foreign background
        a = enter(village, QStringLiteral("A"),
                  {QStringLiteral("female"),
                   QStringLiteral("2008-03-15"),
                   QStringLiteral("in_education"),
                   QStringLiteral("isced3"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no")}); // 18 on the day of entry
        b = enter(village, QStringLiteral("B"),
                  {QStringLiteral("male"),
                   QStringLiteral("2008-03-16"),
                   QStringLiteral("in_education"),
                   QStringLiteral("isced2"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no")}); // 17, 18 the day after
        c = enter(village, QStringLiteral("C"),
                  {QStringLiteral("female"),
                   QStringLiteral("1996-03-16"),
                   QStringLiteral("inactive"),
                   QStringLiteral("isced2"),
                   {},
                   QStringLiteral("yes"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no")}); // 29, 30 the day after
        d = enter(town, QStringLiteral("D"),
                  {QStringLiteral("male"),
                   QStringLiteral("1996-03-15"),
                   QStringLiteral("employed"),
                   QStringLiteral("isced4"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no")}); // 30 on the day
        f = enter(town, QStringLiteral("F"),
                  {QStringLiteral("other"),
                   QStringLiteral("1971-03-15"),
                   QStringLiteral("employed"),
                   QStringLiteral("isced1"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("other_eu"),
                   QStringLiteral("no")}); // 55 on the day
        g = enter(town, QStringLiteral("G"),
                  {QStringLiteral("female"),
                   QStringLiteral("1971-03-16"),
                   QStringLiteral("self_employed"),
                   QStringLiteral("isced5"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no")}); // 54, 55 the day after
        // The long-term threshold at 24 (more than 6 months) and at 25 (more than 12 months).
        h = enter(village, QStringLiteral("H"),
                  {QStringLiteral("male"), QStringLiteral("2001-06-01"), QStringLiteral("unemployed"),
                   QStringLiteral("isced2"), QStringLiteral("2025-09-15"), QStringLiteral("no"), QStringLiteral("yes"),
                   QStringLiteral("no"), QStringLiteral("national"), QStringLiteral("no")}); // exactly 6 months
        i = enter(village, QStringLiteral("I"),
                  {QStringLiteral("female"), QStringLiteral("2001-06-01"), QStringLiteral("unemployed"),
                   QStringLiteral("isced2"), QStringLiteral("2025-09-14"), QStringLiteral("no"), QStringLiteral("yes"),
                   QStringLiteral("no"), QStringLiteral("national"), QStringLiteral("no")}); // 6 months and a day
        j = enter(town, QStringLiteral("J"),
                  {QStringLiteral("male"), QStringLiteral("2001-03-15"), QStringLiteral("unemployed"),
                   QStringLiteral("isced3"), QStringLiteral("2025-03-15"), QStringLiteral("no"), QStringLiteral("yes"),
                   QStringLiteral("no"), QStringLiteral("national"), QStringLiteral("no")}); // 25: exactly 12 months
        k = enter(town, QStringLiteral("K"),
                  {QStringLiteral("female"), QStringLiteral("2001-03-15"), QStringLiteral("long_term_unemployed"),
                   QStringLiteral("isced1"), QStringLiteral("2025-03-14"), QStringLiteral("no"), QStringLiteral("yes"),
                   QStringLiteral("no"), QStringLiteral("national"), QStringLiteral("no")}); // 12 months and a day
        // Made before schema 6: no "unemployed since", no citizenship or background, no special-category
        // answers; its recorded status stands. Gender not recorded.
        l = enter(village, QStringLiteral("L"),
                  {{},
                   QStringLiteral("1980-01-01"),
                   QStringLiteral("long_term_unemployed"),
                   QStringLiteral("isced0"),
                   {},
                   {},
                   {},
                   QStringLiteral("no"),
                   {},
                   {},
                   {},
                   {}});
        // Enters twice: only the first entry counts.
        m = enter(village, QStringLiteral("M"),
                  {QStringLiteral("male"),
                   QStringLiteral("1990-04-12"),
                   QStringLiteral("unemployed"),
                   QStringLiteral("isced2"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("2026-02-01")});
        entryRecord(m, {QStringLiteral("male"),
                        {},
                        QStringLiteral("employed"),
                        QStringLiteral("isced3"),
                        {},
                        QStringLiteral("yes"),
                        QStringLiteral("no"),
                        QStringLiteral("yes"),
                        QStringLiteral("third_country"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("2026-05-01")});
        // Declines every sensitive question; jobless household and single adult declined too.
        o = enter(town, QStringLiteral("O"),
                  {QStringLiteral("female"),
                   QStringLiteral("1985-07-07"),
                   QStringLiteral("inactive"),
                   QStringLiteral("isced1"),
                   {},
                   QStringLiteral("declined"),
                   QStringLiteral("declined"),
                   QStringLiteral("declined"),
                   QStringLiteral("declined"),
                   QStringLiteral("declined"),
                   QStringLiteral("declined"),
                   QStringLiteral("declined")});
        // Homeless, in the shelter; unemployed without a date, so not long-term.
        q = enter(shelter, QStringLiteral("Q"),
                  {QStringLiteral("male"),
                   QStringLiteral("1975-05-05"),
                   QStringLiteral("unemployed"),
                   QStringLiteral("isced1"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("yes"),
                   QStringLiteral("national"),
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no")});
        r = enter(town, QStringLiteral("R"),
                  {QStringLiteral("female"),
                   QStringLiteral("1992-02-02"),
                   QStringLiteral("inactive"),
                   QStringLiteral("isced6"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("third_country"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("yes")});
        s = enter(town, QStringLiteral("S"),
                  {QStringLiteral("male"), QStringLiteral("1988-08-08"), QStringLiteral("unemployed"),
                   QStringLiteral("isced3"), QStringLiteral("2026-01-10"), QStringLiteral("no"), QStringLiteral("no"),
                   QStringLiteral("no"), QStringLiteral("stateless"), QStringLiteral("no")});
        // No household: in the whole programme only, and never rural.
        t0 = enter({}, QStringLiteral("T"),
                   {QStringLiteral("male"),
                    QStringLiteral("1960-01-20"),
                    QStringLiteral("inactive"),
                    QStringLiteral("isced2"),
                    {},
                    QStringLiteral("no"),
                    QStringLiteral("no"),
                    QStringLiteral("no"),
                    QStringLiteral("national"),
                    QStringLiteral("no"),
                    QStringLiteral("no"),
                    QStringLiteral("no"),
                    QStringLiteral("2026-03-01")});
        // First entry in 2025, again in 2026: not a participant of 2026.
        n = enter(town, QStringLiteral("N"),
                  {QStringLiteral("female"),
                   QStringLiteral("1995-05-05"),
                   QStringLiteral("unemployed"),
                   QStringLiteral("isced2"),
                   {},
                   QStringLiteral("no"),
                   QStringLiteral("yes"),
                   QStringLiteral("no"),
                   QStringLiteral("national"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("no"),
                   QStringLiteral("2025-11-10")});
        entryRecord(n, {QStringLiteral("female"),
                        {},
                        QStringLiteral("employed"),
                        QStringLiteral("isced3"),
                        {},
                        QStringLiteral("no"),
                        QStringLiteral("yes"),
                        QStringLiteral("no"),
                        QStringLiteral("national"),
                        QStringLiteral("no"),
                        QStringLiteral("no"),
                        QStringLiteral("no"),
                        QStringLiteral("2026-04-01")});
        // Deleted: counts nowhere.
        const QString u = enter(village, QStringLiteral("U"),
                                {QStringLiteral("female"),
                                 QStringLiteral("1999-09-09"),
                                 QStringLiteral("unemployed"),
                                 QStringLiteral("isced2"),
                                 {},
                                 QStringLiteral("yes"),
                                 QStringLiteral("yes"),
                                 QStringLiteral("yes"),
                                 QStringLiteral("third_country"),
                                 QStringLiteral("yes")});
        REQUIRE(make.store().remove(QStringLiteral("person"), u));

        // Leaving: J twice in the period, N (who entered in 2025) with a follow-up six months later.
        leave(d, QStringLiteral("2026-05-20"), QStringLiteral("employed"), true);
        leave(h, QStringLiteral("2026-04-30"), QStringLiteral("job_searching"));
        leave(i, QStringLiteral("2026-05-05"), QStringLiteral("in_training"));
        leave(c, QStringLiteral("2026-06-01"), QStringLiteral("in_education"));
        leave(j, QStringLiteral("2026-04-01"), QStringLiteral("job_searching"));
        leave(j, QStringLiteral("2026-05-01"), QStringLiteral("job_searching"));
        leave(n, QStringLiteral("2026-01-31"), QStringLiteral("employed"), false, QStringLiteral("2026-06-10"),
              QStringLiteral("self_employed"));
        // Left in 2025: not in 2026's results.
        leave(q, QStringLiteral("2025-12-01"), QStringLiteral("employed"), true);
    }

    QString enter(const QString& household, const QString& given, const Answers& answers) {
        QVariantMap extra;
        if (!answers.gender.isEmpty()) {
            extra.insert(QStringLiteral("gender"), answers.gender);
        }
        const QString person = make.person(household, QStringLiteral("Résztvevő"), given, answers.birth, extra);
        entryRecord(person, answers);
        return person;
    }

    void entryRecord(const QString& person, const Answers& x) {
        QVariantMap fields = {{QStringLiteral("person_id"), person},
                              {QStringLiteral("entry_date"), x.entry},
                              {QStringLiteral("labour_status"), x.labour},
                              {QStringLiteral("isced"), x.isced}};
        const QList<QPair<QString, QString>> optional = {{QStringLiteral("unemployed_since"), x.since},
                                                         {QStringLiteral("disability"), x.disability},
                                                         {QStringLiteral("minority"), x.minority},
                                                         {QStringLiteral("homeless"), x.homeless},
                                                         {QStringLiteral("citizenship"), x.citizenship},
                                                         {QStringLiteral("foreign_background"), x.background},
                                                         {QStringLiteral("jobless_household"), x.jobless},
                                                         {QStringLiteral("single_adult_with_children"), x.singleAdult}};
        for (const auto& [name, value] : optional) {
            if (!value.isEmpty()) {
                fields.insert(name, value);
            }
        }
        make.create(QStringLiteral("entry_record"), fields);
    }

    void leave(const QString& person, const QString& day, const QString& situation, bool qualification = false,
               const QString& followUp = {}, const QString& followUpSituation = {}) {
        QVariantMap fields = {{QStringLiteral("person_id"), person},
                              {QStringLiteral("exit_date"), day},
                              {QStringLiteral("situation"), situation},
                              {QStringLiteral("qualification_gained"), qualification}};
        if (!followUp.isEmpty()) {
            fields.insert(QStringLiteral("follow_up_date"), followUp);
            fields.insert(QStringLiteral("follow_up_situation"), followUpSituation);
        }
        make.create(QStringLiteral("exit_record"), fields);
    }

    test::Builders make;
    QString programme, rural, urban, village, town, shelter;
    QString a, b, c, d, f, g, h, i, j, k, l, m, n, o, q, r, s, t0;
};

const ReportScope k2026{QDate(2026, 1, 1), QDate(2026, 12, 31), {}};

// women, men, non-binary, total, declined (-1: no answer can be declined)
void checkCounts(const QHash<QString, EsfCounts>& all, const QString& code, qint64 women, qint64 men, qint64 nonBinary,
                 qint64 total, qint64 declined) {
    INFO(code.toStdString());
    REQUIRE(all.contains(code));
    const EsfCounts& c = all.value(code);
    CHECK(c.recorded);
    CHECK(c.women == women);
    CHECK(c.men == men);
    CHECK(c.nonBinary == nonBinary);
    CHECK(c.total == total);
    CHECK(c.declined == declined);
}

} // namespace

TEST_CASE("Every ESF+ 2021-2027 common indicator is counted as worked out by hand", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto counts = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(counts.ok());
    const auto& c = *counts;
    // Participants of 2026: A B C D F G H I J K L M O Q R S T (17). N entered in 2025, U was deleted.
    // Women A C G I K O R (7); men B D H J M Q S T (8); non-binary F (1); L's gender is not recorded.
    checkCounts(c, QStringLiteral("EECO11"), 7, 8, 1, 17, -1);
    // Unemployed H I J K L M Q S: M with his first entry (unemployed), not the second (employed).
    checkCounts(c, QStringLiteral("EECO01"), 2, 5, 0, 8, -1);
    // Long-term: I (24, 6 months and a day), K (25, 12 months and a day), L (no date: recorded long-term).
    // Not H (24, exactly 6 months), J (25, exactly 12 months; under 25 it would have been), Q (no date,
    // recorded unemployed), S (two months).
    checkCounts(c, QStringLiteral("EECO02"), 2, 0, 0, 3, -1);
    // Inactive A B (in education) C O R T.
    checkCounts(c, QStringLiteral("EECO03"), 4, 2, 0, 6, -1);
    // Employed D F G (G self-employed).
    checkCounts(c, QStringLiteral("EECO04"), 1, 1, 1, 3, -1);
    // Exactly one labour status each: 8 + 6 + 3 = 17.
    CHECK(c.value(QStringLiteral("EECO01")).total + c.value(QStringLiteral("EECO03")).total +
              c.value(QStringLiteral("EECO04")).total ==
          c.value(QStringLiteral("EECO11")).total);
    // Below 18: B only (A is 18 on the day of entry).
    checkCounts(c, QStringLiteral("EECO05"), 0, 1, 0, 1, -1);
    // 18 to 29: A (18), C (29), H I (24), J K (25); not D (30 on the day).
    checkCounts(c, QStringLiteral("EECO06"), 4, 2, 0, 6, -1);
    // 55 and above: F (55 on the day), T (66); not G (54).
    checkCounts(c, QStringLiteral("EECO07"), 0, 1, 1, 2, -1);
    // ISCED 0-2: B C F H I K L M O Q T; 3-4: A D J S; 5-8: G R.
    checkCounts(c, QStringLiteral("EECO08"), 4, 5, 1, 11, -1);
    checkCounts(c, QStringLiteral("EECO09"), 1, 3, 0, 4, -1);
    checkCounts(c, QStringLiteral("EECO10"), 2, 0, 0, 2, -1);
    // Disability: C; O declined; M's "yes" on his second entry does not count, L was not asked.
    checkCounts(c, QStringLiteral("EECO12"), 1, 0, 0, 1, 1);
    // Third-country nationals: R, and S who is stateless; not F (another EU country), not M's second entry.
    checkCounts(c, QStringLiteral("EECO13"), 1, 1, 0, 2, 1);
    // Foreign background: R; O declined.
    checkCounts(c, QStringLiteral("EECO14"), 1, 0, 0, 1, 1);
    // Minority: A B C F H I J K M Q; O declined.
    checkCounts(c, QStringLiteral("EECO15"), 4, 5, 1, 10, 1);
    // Homeless or housing exclusion: Q in the shelter; O declined; not M's second entry.
    checkCounts(c, QStringLiteral("EECO16"), 0, 1, 0, 1, 1);
    // Rural: the household in Alsóberény: A B C H I L M; T has no household.
    checkCounts(c, QStringLiteral("EECO17"), 3, 3, 0, 7, -1);
    // On leaving in 2026: H and J job searching (J left twice, one participant); C and I in education or
    // training; D gained a qualification; D and N employed; N employed six months later (follow-up in
    // June). Q left in 2025.
    checkCounts(c, QStringLiteral("EECR01"), 0, 2, 0, 2, -1);
    checkCounts(c, QStringLiteral("EECR02"), 2, 0, 0, 2, -1);
    checkCounts(c, QStringLiteral("EECR03"), 0, 1, 0, 1, -1);
    checkCounts(c, QStringLiteral("EECR04"), 1, 1, 0, 2, -1);
    checkCounts(c, QStringLiteral("EECR05"), 1, 0, 0, 1, -1);
}

TEST_CASE("The ESF 2014-2020 common indicators are counted as worked out by hand", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto counts = EsfReport::counts(t.db(), EsfSet::Esf2014, k2026);
    REQUIRE(counts.ok());
    const auto& c = *counts;
    checkCounts(c, QStringLiteral("CO01"), 2, 5, 0, 8, -1);
    checkCounts(c, QStringLiteral("CO02"), 2, 0, 0, 3, -1);
    checkCounts(c, QStringLiteral("CO03"), 4, 2, 0, 6, -1);
    // Inactive, not in education: C O R T (A and B are in education).
    checkCounts(c, QStringLiteral("CO04"), 3, 1, 0, 4, -1);
    checkCounts(c, QStringLiteral("CO05"), 1, 1, 1, 3, -1);
    // Below 25: A (18), B (17), H I (24); J and K are 25.
    checkCounts(c, QStringLiteral("CO06"), 2, 2, 0, 4, -1);
    // Above 54: F (55), T (66).
    checkCounts(c, QStringLiteral("CO07"), 0, 1, 1, 2, -1);
    // Above 54 and unemployed or inactive not in education: T (F is employed).
    checkCounts(c, QStringLiteral("CO08"), 0, 1, 0, 1, -1);
    // ISCED 1-2: B C F H I K M O Q T; not L (ISCED 0).
    checkCounts(c, QStringLiteral("CO09"), 4, 5, 1, 10, -1);
    checkCounts(c, QStringLiteral("CO10"), 1, 3, 0, 4, -1);
    checkCounts(c, QStringLiteral("CO11"), 2, 0, 0, 2, -1);
    // Jobless household: Q; O declined. Single adult with children: R; O declined.
    checkCounts(c, QStringLiteral("CO12"), 0, 1, 0, 1, 1);
    checkCounts(c, QStringLiteral("CO14"), 1, 0, 0, 1, 1);
    // Migrants, foreign background, minorities: the ten of the minority, F (another EU country), R (third
    // country, foreign background), S (stateless): 12. O declined all three; L answered none.
    checkCounts(c, QStringLiteral("CO15"), 5, 6, 1, 12, 1);
    checkCounts(c, QStringLiteral("CO16"), 1, 0, 0, 1, 1);
    // Other disadvantaged: Q (homeless, jobless household), R (single adult with children); O declined.
    checkCounts(c, QStringLiteral("CO17"), 1, 1, 0, 2, 1);
    checkCounts(c, QStringLiteral("CO18"), 0, 1, 0, 1, 1);
    checkCounts(c, QStringLiteral("CO19"), 3, 3, 0, 7, -1);
    CHECK_FALSE(c.contains(QStringLiteral("CO13")));
}

TEST_CASE("A locality's ESF+ counts take the people of its households only", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto counts = EsfReport::counts(t.db(), EsfSet::Esf2021, {QDate(2026, 1, 1), QDate(2026, 12, 31), p.rural});
    REQUIRE(counts.ok());
    // Alsóberény: A B C H I L M. Women A C I; men B H M.
    checkCounts(*counts, QStringLiteral("EECO11"), 3, 3, 0, 7, -1);
    checkCounts(*counts, QStringLiteral("EECO17"), 3, 3, 0, 7, -1);
    // H left job searching, C and I in education or training; the others left in the town.
    checkCounts(*counts, QStringLiteral("EECR01"), 0, 1, 0, 1, -1);
    checkCounts(*counts, QStringLiteral("EECR02"), 2, 0, 0, 2, -1);
    checkCounts(*counts, QStringLiteral("EECR04"), 0, 0, 0, 0, -1);
}

TEST_CASE("A second entry record changes nothing in the entry counts", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto before = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(before.ok());
    // D comes back in May with every answer different.
    p.entryRecord(p.d, {QStringLiteral("male"),
                        {},
                        QStringLiteral("long_term_unemployed"),
                        QStringLiteral("isced8"),
                        QStringLiteral("2024-01-01"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("third_country"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("yes"),
                        QStringLiteral("2026-05-10")});
    auto after = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(after.ok());
    for (const EsfIndicator& i : EsfCatalogue::indicators(EsfSet::Esf2021)) {
        INFO(i.code);
        const EsfCounts x = before->value(QLatin1String(i.code));
        const EsfCounts y = after->value(QLatin1String(i.code));
        CHECK(x.women == y.women);
        CHECK(x.men == y.men);
        CHECK(x.nonBinary == y.nonBinary);
        CHECK(x.total == y.total);
        CHECK(x.declined == y.declined);
    }
    // A period that holds only the second entry has no participants at all.
    auto may = EsfReport::counts(t.db(), EsfSet::Esf2021, {QDate(2026, 5, 1), QDate(2026, 5, 31), {}});
    REQUIRE(may.ok());
    CHECK(may->value(QStringLiteral("EECO11")).total == 0);
}

TEST_CASE("A declined answer is counted as declined and never as yes or no", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto before = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(before.ok());
    // One more participant who declines every sensitive answer.
    p.enter(p.town, QStringLiteral("V"),
            {QStringLiteral("female"),
             QStringLiteral("1970-10-10"),
             QStringLiteral("inactive"),
             QStringLiteral("isced2"),
             {},
             QStringLiteral("declined"),
             QStringLiteral("declined"),
             QStringLiteral("declined"),
             QStringLiteral("declined"),
             QStringLiteral("declined")});
    auto after = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(after.ok());
    for (const QString& code : {QStringLiteral("EECO12"), QStringLiteral("EECO13"), QStringLiteral("EECO14"),
                                QStringLiteral("EECO15"), QStringLiteral("EECO16")}) {
        INFO(code.toStdString());
        CHECK(after->value(code).total == before->value(code).total);
        CHECK(after->value(code).declined == before->value(code).declined + 1);
    }
    CHECK(after->value(QStringLiteral("EECO11")).total == 18);
}

TEST_CASE("The ESF+ table has one row per code, declined only where an answer can be declined", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto table = EsfReport::table(t.db(), EsfSet::Esf2021, k2026, ReportAudience::Programme);
    REQUIRE(table.ok());
    QStringList keys;
    for (const ReportColumn& c : table->columns) {
        keys.append(c.key);
    }
    CHECK(keys == QStringList{QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("women"),
                              QStringLiteral("men"), QStringLiteral("non_binary"), QStringLiteral("total"),
                              QStringLiteral("declined")});
    REQUIRE(table->rows.size() == 22);
    CHECK(table->rowData.size() == 22);
    CHECK_FALSE(table->leavesProgramme);
    const int declined = table->column(QStringLiteral("declined"));
    const int total = table->column(QStringLiteral("total"));
    for (const QList<ReportCell>& row : table->rows) {
        const QString code = row.at(0).value.toString();
        INFO(code.toStdString());
        CHECK(row.at(1).value.toString() == EsfCatalogue::find(code)->displayLabel());
        CHECK(row.at(declined).value.isNull() == !EsfCatalogue::find(code)->declinable);
        CHECK_FALSE(row.at(total).value.isNull());
    }
    CHECK(table->rows.at(10).at(0).value.toString() == QStringLiteral("EECO11"));
    CHECK(table->rows.at(10).at(total).value.toLongLong() == 17);
}

TEST_CASE("The ESF+ table for the funder suppresses every cell under five people", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    auto table = EsfReport::table(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(table.ok());
    CHECK(table->leavesProgramme);
    const auto cell = [&](int row, const QString& column) { return table->rows.at(row).at(table->column(column)); };
    // EECO11 (row 10): women 7, men 8, non-binary 1, total 17. Non-binary is under five; women, the
    // smallest count beside it, goes too, or it would follow from the total.
    CHECK(cell(10, QStringLiteral("non_binary")).suppressed);
    CHECK(cell(10, QStringLiteral("non_binary")).value.isNull());
    CHECK(cell(10, QStringLiteral("women")).suppressed);
    CHECK(cell(10, QStringLiteral("men")).value.toLongLong() == 8);
    CHECK(cell(10, QStringLiteral("total")).value.toLongLong() == 17);
    // EECO05 (row 4): one person, and the zeros beside it.
    CHECK(cell(4, QStringLiteral("total")).suppressed);
    CHECK(cell(4, QStringLiteral("women")).suppressed);
    // EECO01 unemployed 8, inactive 6, employed 3: employed is suppressed, so inactive goes too, or it
    // would follow from the total of participants.
    CHECK(cell(0, QStringLiteral("total")).value.toLongLong() == 8);
    CHECK(cell(3, QStringLiteral("total")).suppressed);
    CHECK(cell(2, QStringLiteral("total")).suppressed);
    // Codes and labels are never suppressed; nothing in the table names a person.
    for (const QList<ReportCell>& row : table->rows) {
        CHECK_FALSE(row.at(0).suppressed);
        for (const ReportCell& c : row) {
            CHECK_FALSE(c.value.toString().contains(QStringLiteral("Résztvevő")));
        }
    }
    CHECK(table->notes.join(QLatin1Char(' ')).contains(QStringLiteral("<5")));
}

TEST_CASE("Without special-category data, disability and minority say they are not recorded", "[reports]") {
    test::TestDatabase t;
    Programme p(t, false);
    auto table = EsfReport::table(t.db(), EsfSet::Esf2021, k2026, ReportAudience::Programme);
    REQUIRE(table.ok());
    for (int row = 0; row < table->rows.size(); ++row) {
        const QString code = table->rows.at(row).at(0).value.toString();
        const bool special = code == QStringLiteral("EECO12") || code == QStringLiteral("EECO15");
        INFO(code.toStdString());
        CHECK(table->rowData.at(row).value(QStringLiteral("recorded")).toBool() == !special);
        for (int column = 2; column < table->columns.size(); ++column) {
            if (special) {
                CHECK(table->rows.at(row).at(column).value.isNull());
            }
        }
    }
    CHECK(table->notes.join(QLatin1Char(' ')).contains(QStringLiteral("not recorded")));
    // Third-country nationals are not special-category data and are still counted.
    auto counts = EsfReport::counts(t.db(), EsfSet::Esf2021, k2026);
    REQUIRE(counts.ok());
    CHECK(counts->value(QStringLiteral("EECO13")).total == 2);
    CHECK_FALSE(counts->value(QStringLiteral("EECO15")).recorded);
}

TEST_CASE("Entry records made before schema 6 keep their recorded status in the ESF+ counts", "[reports][migration]") {
    QTemporaryDir dir;
    auto db = Database::open(test::storedCopy(dir, QStringLiteral("schema-v5.db")));
    REQUIRE(db.ok());
    auto counts = EsfReport::counts(**db, EsfSet::Esf2021, {QDate(2025, 1, 1), QDate(2025, 12, 31), {}});
    REQUIRE(counts.ok());
    // Three participants of 2025, all in the rural Felsőberény-Telep: a woman of 40 recorded long-term
    // unemployed (no date since when: the record stands), a man of 18 unemployed, a child of 13 whose
    // gender is not recorded, inactive.
    checkCounts(*counts, QStringLiteral("EECO11"), 1, 1, 0, 3, -1);
    checkCounts(*counts, QStringLiteral("EECO01"), 1, 1, 0, 2, -1);
    checkCounts(*counts, QStringLiteral("EECO02"), 1, 0, 0, 1, -1);
    checkCounts(*counts, QStringLiteral("EECO03"), 0, 0, 0, 1, -1);
    checkCounts(*counts, QStringLiteral("EECO05"), 0, 0, 0, 1, -1);
    checkCounts(*counts, QStringLiteral("EECO06"), 0, 1, 0, 1, -1);
    checkCounts(*counts, QStringLiteral("EECO17"), 1, 1, 0, 3, -1);
    // Citizenship and background were never asked: neither counted nor declined.
    checkCounts(*counts, QStringLiteral("EECO13"), 0, 0, 0, 0, 0);
    checkCounts(*counts, QStringLiteral("EECO14"), 0, 0, 0, 0, 0);
    // The child's homelessness answer was declined.
    checkCounts(*counts, QStringLiteral("EECO16"), 0, 0, 0, 0, 1);
    // The programme was made without special-category data: disability and minority are not recorded.
    CHECK_FALSE(counts->value(QStringLiteral("EECO12")).recorded);
    CHECK_FALSE(counts->value(QStringLiteral("EECO15")).recorded);
}

namespace {

QString indicator(test::Builders& make, const QString& kind, const QString& params) {
    return make.create(QStringLiteral("indicator"), {{QStringLiteral("code"), kind},
                                                     {QStringLiteral("name"), kind},
                                                     {QStringLiteral("unit"), QStringLiteral("people")},
                                                     {QStringLiteral("kind"), kind},
                                                     {QStringLiteral("params"), params}});
}

QStringList members(Database& db, const QString& indicatorId, const ReportScope& scope) {
    auto rows = IndicatorEngine(db).members(indicatorId, scope);
    REQUIRE(rows.ok());
    QStringList ids;
    for (const DrillRow& r : *rows) {
        CHECK(r.table == QStringLiteral("person"));
        ids.append(r.id);
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids) {
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("The people behind an ESF+ number, and participants and leavers narrowed by their answers", "[reports]") {
    test::TestDatabase t;
    Programme p(t);
    const QString longTerm = indicator(p.make, QStringLiteral("esf_common"), QStringLiteral(R"({"code":"EECO02"})"));
    CHECK(members(t.db(), longTerm, k2026) == sorted({p.i, p.k, p.l}));
    auto value = IndicatorEngine(t.db()).achieved(longTerm, k2026);
    REQUIRE(value.ok());
    CHECK(*value == 3);
    const QString employedOnLeaving =
        indicator(p.make, QStringLiteral("esf_common"), QStringLiteral(R"({"code":"EECR04"})"));
    CHECK(members(t.db(), employedOnLeaving, k2026) == sorted({p.d, p.n}));
    // Unemployed women and men aged 16 to 25 at entry: H, I, J, K (B is 17 but in education).
    const QString young = indicator(
        p.make, QStringLiteral("participants"),
        QStringLiteral(R"({"age_min":16,"age_max":25,"labour_status":["unemployed","long_term_unemployed"]})"));
    CHECK(members(t.db(), young, k2026) == sorted({p.h, p.i, p.j, p.k}));
    // Women of the minority in the rural locality: A, C, I (L's gender is not recorded).
    const QString ruralWomen =
        indicator(p.make, QStringLiteral("participants"),
                  QStringLiteral(R"({"gender":["female"],"minority":["yes"],"urban_class":["rural"]})"));
    CHECK(members(t.db(), ruralWomen, k2026) == sorted({p.a, p.c, p.i}));
    // Leaving employed with a qualification: D.
    const QString qualified =
        indicator(p.make, QStringLiteral("leavers"),
                  QStringLiteral(R"({"situation":["employed","self_employed"],"qualification_gained":true})"));
    CHECK(members(t.db(), qualified, k2026) == QStringList{p.d});
    auto rows = IndicatorEngine(t.db()).members(qualified, k2026);
    REQUIRE(rows.ok());
    CHECK(rows->first().label == QStringLiteral("Résztvevő D (1996-03-15)"));
}

TEST_CASE("Without special-category data, no list of disability or minority is given", "[reports]") {
    test::TestDatabase t;
    Programme p(t, false);
    const QString minority = indicator(p.make, QStringLiteral("esf_common"), QStringLiteral(R"({"code":"EECO15"})"));
    CHECK(IndicatorEngine(t.db()).members(minority, k2026).error().code == ErrorCode::Unsupported);
    const QString filtered =
        indicator(p.make, QStringLiteral("participants"), QStringLiteral(R"({"disability":["yes"]})"));
    CHECK(IndicatorEngine(t.db()).achieved(filtered, k2026).error().code == ErrorCode::Unsupported);
}
