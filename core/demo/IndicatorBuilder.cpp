// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/IndicatorBuilder.h"

#include "demo/DemoContext.h"
#include "demo/DemoWriter.h"
#include "domain/IndicatorSeed.h"
#include "storage/Statement.h"

#include <QMap>

#include <cmath>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

// People aged 16 to 55 on the day they signed an individual plan or their family signed its plan, by
// the year of signing.
const QString kSignedPerYear = uR"sql(
WITH signed AS (
  SELECT pl.person_id AS person_id, pl.client_signed_date AS day FROM plan pl
  WHERE pl.deleted = 0 AND pl.kind = 'individual' AND pl.client_signed_date IS NOT NULL
  UNION ALL
  SELECT m.id, pl.client_signed_date FROM plan pl JOIN person m ON m.household_id = pl.household_id AND m.deleted = 0
  WHERE pl.deleted = 0 AND pl.kind = 'family' AND pl.client_signed_date IS NOT NULL)
SELECT CAST(substr(s.day, 1, 4) AS INTEGER), count(DISTINCT s.person_id) FROM signed s
JOIN person p ON p.id = s.person_id
WHERE CAST(substr(s.day, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER)
      - (substr(s.day, 6, 5) < substr(p.birth_date, 6, 5)) BETWEEN 16 AND 55
GROUP BY 1)sql"_s;

// Participants by the year of their first entry.
const QString kEnteredPerYear = uR"sql(
SELECT CAST(substr(first, 1, 4) AS INTEGER), count(*) FROM (
  SELECT min(e.entry_date) AS first FROM entry_record e JOIN person p ON p.id = e.person_id AND p.deleted = 0
  WHERE e.deleted = 0 GROUP BY e.person_id)
GROUP BY 1)sql"_s;

Result<QMap<int, int>> perYear(Database& db, const QString& sql) {
    Statement st(db, sql);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QMap<int, int> out;
    while (st.next()) {
        out.insert(st.value(0).toInt(), st.value(1).toInt());
    }
    return out;
}

// A target for each calendar year of the programme: a tenth below what was done in one year, a tenth
// above in the next; the years still to come at the average so far. The whole programme's is their sum.
QList<SeedTarget> fromHistory(const QMap<int, int>& done, const QDate& start, const QDate& end) {
    QList<SeedTarget> out;
    double sum = 0;
    int seen = 0;
    for (auto it = done.cbegin(); it != done.cend(); ++it) {
        sum += it.value();
        ++seen;
    }
    const double average = seen > 0 ? sum / seen : 0;
    double whole = 0;
    for (int year = start.year(); year <= end.year(); ++year) {
        const int index = year - start.year();
        const double base = done.contains(year) ? done.value(year) * (index % 2 == 0 ? 0.9 : 1.1) : average;
        const double target = qMax(1.0, std::round(base));
        whole += target;
        out.append({u"year"_s, QDate(year, 1, 1), target});
    }
    out.append({u"whole_programme"_s, QDate(), whole});
    return out;
}

QList<SeedTarget> everyYear(double perYear, const QDate& start, const QDate& end) {
    QList<SeedTarget> out;
    double whole = 0;
    for (int year = start.year(); year <= end.year(); ++year) {
        out.append({u"year"_s, QDate(year, 1, 1), perYear});
        whole += perYear;
    }
    out.append({u"whole_programme"_s, QDate(), whole});
    return out;
}

} // namespace

Status IndicatorBuilder::write(DemoContext& ctx, Database& db) {
    const QDate start = ctx.start;
    const QDate end = ctx.start.addYears(4).addDays(-1); // as ProgrammeBuilder writes the programme
    auto signedPlans = perYear(db, kSignedPerYear);
    if (!signedPlans) {
        return signedPlans.error();
    }
    auto entered = perYear(db, kEnteredPerYear);
    if (!entered) {
        return entered.error();
    }
    int experts = 0;
    for (const StaffMember& s : std::as_const(ctx.staff)) {
        experts += s.role == u"experience_expert"_s ? 1 : 0;
    }
    const int others = int(ctx.staff.size()) - experts;
    const double localities = double(ctx.localities.size());

    QList<SeedIndicator> seeds = IndicatorSeed::forProgramme(u"catching_up"_s, start, end);
    for (SeedIndicator& s : seeds) {
        if (s.code == u"CU-1"_s) {
            s.targets = fromHistory(*signedPlans, start, end);
        } else if (s.code == u"CU-2"_s) {
            // A few posts still to fill: behind.
            s.targets = {{u"whole_programme"_s, QDate(), double(others + qMax(2, others / 8))}};
        } else if (s.code == u"CU-3"_s) {
            // More experience experts found than planned: ahead.
            s.targets = {{u"whole_programme"_s, QDate(), double(qMax(1, experts - qMax(1, experts / 8)))}};
        } else if (s.code == u"CU-4"_s) {
            // Two forums a year in every locality, as the teams hold them.
            s.targets = everyYear(2 * localities, start, end);
        } else if (s.code == u"CU-5"_s) {
            // Planned a little above the three trainings a year the teams manage.
            s.targets = everyYear(std::round(3.5 * localities), start, end);
        } else if (s.code == u"EECO11"_s) {
            s.targets = fromHistory(*entered, start, end);
        }
    }
    for (int i = 0; i < seeds.size(); ++i) {
        const SeedIndicator& seed = seeds.at(i);
        const QString id =
            ctx.writer.create(u"indicator"_s, IndicatorSeed::indicatorFields(seed, ctx.programmeId, i + 1, false));
        for (const SeedTarget& t : seed.targets) {
            ctx.writer.create(u"indicator_target"_s, IndicatorSeed::targetFields(id, t));
        }
    }
    return ctx.writer.status();
}

} // namespace fieldcase::core::demo
