// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EsfRules.h"

#include <QHash>

namespace fieldcase::core::reports {

namespace {

// Whole months from unemployed_since to entry_date, and whether the day of the month has come round
// again: "more than N months" is more than N whole months, or N and at least a day.
constexpr const char* kUnemployedMonths =
    "((CAST(substr(entry_date, 1, 4) AS INTEGER) * 12 + CAST(substr(entry_date, 6, 2) AS INTEGER)) - "
    "(CAST(substr(unemployed_since, 1, 4) AS INTEGER) * 12 + CAST(substr(unemployed_since, 6, 2) AS INTEGER)))";
constexpr const char* kDayPassed =
    "(CAST(substr(unemployed_since, 9, 2) AS INTEGER) < CAST(substr(entry_date, 9, 2) AS INTEGER))";

// One rule per code. Ages are at the date of entry; a person is already 18 on their 18th birthday.
const EsfRule kRules[] = {
    // ESF+ 2021-2027. One labour status each: the three add up to the total.
    {"EECO01", "lab = 'u'"},
    {"EECO02", "ltu = 1"},
    {"EECO03", "lab = 'i'"},
    {"EECO04", "lab = 'e'"},
    {"EECO05", "age < 18"},
    {"EECO06", "age BETWEEN 18 AND 29"},
    {"EECO07", "age >= 55"},
    {"EECO08", "isced IN ('isced0', 'isced1', 'isced2')"},
    {"EECO09", "isced IN ('isced3', 'isced4')"},
    {"EECO10", "isced IN ('isced5', 'isced6', 'isced7', 'isced8')"},
    {"EECO11", "1"},
    {"EECO12", "disability = 'yes'", "disability = 'declined'"},
    // Stateless people are not citizens of the Union, which is what a third-country national is.
    {"EECO13", "citizenship IN ('third_country', 'stateless')", "citizenship = 'declined'"},
    {"EECO14", "foreign_background = 'yes'", "foreign_background = 'declined'"},
    {"EECO15", "minority = 'yes'", "minority = 'declined'"},
    {"EECO16", "homeless = 'yes'", "homeless = 'declined'"},
    {"EECO17", "urban_class = 'rural'"},
    {"EECR01", "exit_in = 1 AND situation = 'job_searching'"},
    {"EECR02", "exit_in = 1 AND situation IN ('in_education', 'in_training')"},
    {"EECR03", "exit_in = 1 AND qualification_gained = 1"},
    {"EECR04", "exit_in = 1 AND situation IN ('employed', 'self_employed')"},
    // "Six months after leaving": the situation recorded at the follow-up, counted in the period of
    // the follow-up.
    {"EECR05", "follow_in = 1 AND follow_up_situation IN ('employed', 'self_employed')"},
    // ESF 2014-2020.
    {"CO01", "lab = 'u'"},
    {"CO02", "ltu = 1"},
    {"CO03", "lab = 'i'"},
    {"CO04", "labour_status = 'inactive'"},
    {"CO05", "lab = 'e'"},
    {"CO06", "age < 25"},
    {"CO07", "age >= 55"},
    {"CO08", "age >= 55 AND (lab = 'u' OR labour_status = 'inactive')"},
    {"CO09", "isced IN ('isced1', 'isced2')"},
    {"CO10", "isced IN ('isced3', 'isced4')"},
    {"CO11", "isced IN ('isced5', 'isced6', 'isced7', 'isced8')"},
    {"CO12", "jobless_household = 'yes'", "jobless_household = 'declined'"},
    {"CO14", "single_adult_with_children = 'yes'", "single_adult_with_children = 'declined'"},
    // Migrants (not a citizen of this country), a foreign background, or a minority; declined when no
    // answer says yes and one was declined.
    {"CO15",
     "(citizenship IN ('other_eu', 'third_country', 'stateless') OR foreign_background = 'yes' OR "
     "minority = 'yes')",
     "(coalesce(citizenship IN ('other_eu', 'third_country', 'stateless'), 0) = 0 AND "
     "coalesce(foreign_background, '') != 'yes' AND coalesce(minority, '') != 'yes' AND "
     "(citizenship = 'declined' OR foreign_background = 'declined' OR minority = 'declined'))"},
    {"CO16", "disability = 'yes'", "disability = 'declined'"},
    // Other disadvantaged: the disadvantages the entry record holds besides a migrant or minority
    // background and disability (which have rows of their own): homelessness or housing exclusion, a
    // jobless household, a single-adult household with dependent children.
    {"CO17", "(homeless = 'yes' OR jobless_household = 'yes' OR single_adult_with_children = 'yes')",
     "(coalesce(homeless, '') != 'yes' AND coalesce(jobless_household, '') != 'yes' AND "
     "coalesce(single_adult_with_children, '') != 'yes' AND (homeless = 'declined' OR jobless_household = "
     "'declined' OR single_adult_with_children = 'declined'))"},
    {"CO18", "homeless = 'yes'", "homeless = 'declined'"},
    {"CO19", "urban_class = 'rural'"},
};

} // namespace

const EsfRule* esfRule(const QString& code) {
    static const QHash<QString, const EsfRule*> byCode = [] {
        QHash<QString, const EsfRule*> h;
        for (const EsfRule& r : kRules) {
            h.insert(QString::fromLatin1(r.code), &r);
        }
        return h;
    }();
    return byCode.value(code);
}

QString participantCte(ReportQuery& q, const ScopeBounds& b) {
    const QString from = q.bind(b.from);
    const QString to = q.bind(b.to);
    const QString place =
        b.locality.isEmpty() ? QString() : QStringLiteral(" AND h.locality_id = ") + q.bind(b.locality);
    // A person counts once, with the data of their first entry (the earliest live entry record, the
    // first made on that day); a later entry record changes nothing. Placed by the household they
    // belong to: a person without a household is counted for the whole programme only.
    return QStringLiteral(
               "WITH entered AS (SELECT e.person_id AS person_id, e.entry_date AS entry_date, "
               "CASE p.gender WHEN 'female' THEN 0 WHEN 'male' THEN 1 WHEN 'other' THEN 2 ELSE 3 END AS g, "
               "%1 AS age, "
               "CASE WHEN e.labour_status IN ('unemployed', 'long_term_unemployed') THEN 'u' "
               "WHEN e.labour_status IN ('inactive', 'in_education') THEN 'i' "
               "WHEN e.labour_status IN ('employed', 'self_employed') THEN 'e' END AS lab, "
               "e.labour_status AS labour_status, e.unemployed_since AS unemployed_since, e.isced AS isced, "
               "e.disability AS disability, e.minority AS minority, e.homeless AS homeless, "
               "e.jobless_household AS jobless_household, e.single_adult_with_children AS single_adult_with_children, "
               "e.citizenship AS citizenship, e.foreign_background AS foreign_background, "
               "l.urban_class AS urban_class, h.locality_id AS locality_id "
               "FROM entry_record e JOIN person p ON p.id = e.person_id AND p.deleted = 0 "
               "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN locality l ON l.id = h.locality_id "
               "WHERE e.deleted = 0 AND e.entry_date BETWEEN %2 AND %3%4 AND NOT EXISTS (SELECT 1 FROM entry_record x "
               "WHERE x.person_id = e.person_id AND x.deleted = 0 AND (x.entry_date < e.entry_date OR "
               "(x.entry_date = e.entry_date AND x.id < e.id)))), "
               // Long-term unemployed: more than 6 months if under 25 at entry, more than 12 if 25 or
               // over (or of unknown age); without a date, as the entry record says.
               "participant AS (SELECT *, CASE WHEN lab IS NOT 'u' THEN 0 "
               "WHEN unemployed_since IS NULL THEN labour_status = 'long_term_unemployed' "
               "ELSE (%5 > (CASE WHEN age < 25 THEN 6 ELSE 12 END) OR "
               "(%5 = (CASE WHEN age < 25 THEN 6 ELSE 12 END) AND %6)) END AS ltu FROM entered) ")
        .arg(ageSql(QStringLiteral("p.birth_date"), QStringLiteral("e.entry_date")), from, to, place,
             QLatin1String(kUnemployedMonths), QLatin1String(kDayPassed));
}

QString leaverCte(ReportQuery& q, const ScopeBounds& b) {
    const QString from = q.bind(b.from);
    const QString to = q.bind(b.to);
    const QString place =
        b.locality.isEmpty() ? QString() : QStringLiteral(" AND h.locality_id = ") + q.bind(b.locality);
    return QStringLiteral(
               "WITH leaver AS (SELECT x.person_id AS person_id, "
               "CASE p.gender WHEN 'female' THEN 0 WHEN 'male' THEN 1 WHEN 'other' THEN 2 ELSE 3 END AS g, "
               "x.situation AS situation, x.qualification_gained AS qualification_gained, "
               "x.follow_up_situation AS follow_up_situation, "
               "coalesce(x.exit_date BETWEEN %1 AND %2, 0) AS exit_in, "
               "coalesce(x.follow_up_date BETWEEN %1 AND %2, 0) AS follow_in "
               "FROM exit_record x JOIN person p ON p.id = x.person_id AND p.deleted = 0 "
               "LEFT JOIN household h ON h.id = p.household_id "
               "WHERE x.deleted = 0 AND (x.exit_date BETWEEN %1 AND %2 OR x.follow_up_date BETWEEN %1 AND %2)%3 "
               "AND EXISTS (SELECT 1 FROM entry_record e WHERE e.person_id = x.person_id AND e.deleted = 0)) ")
        .arg(from, to, place);
}

} // namespace fieldcase::core::reports
