// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsBench.h"

#include "BenchReport.h"
#include "BenchUtil.h"

#include "demo/DemoGenerator.h"
#include "domain/EsfCatalogue.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorReport.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <vector>

namespace fieldcase::bench {

namespace {

// The ESF+ 2021-2027 indicators on entry, written plainly: the first entry of each person by a window
// function, then one aggregate with a column per indicator, in the order of the catalogue. ?1 and ?2
// are the first and last day.
const char* kPlainEntry = R"sql(
WITH ranked AS (
  SELECT e.*, row_number() OVER (PARTITION BY e.person_id ORDER BY e.entry_date, e.id) AS n
  FROM entry_record e WHERE e.deleted = 0),
p AS (
  SELECT r.*, CASE pe.gender WHEN 'female' THEN 0 WHEN 'male' THEN 1 WHEN 'other' THEN 2 ELSE 3 END AS g,
    CAST(strftime('%Y', r.entry_date) AS INTEGER) - CAST(strftime('%Y', pe.birth_date) AS INTEGER)
      - (strftime('%m-%d', r.entry_date) < strftime('%m-%d', pe.birth_date)) AS age,
    (CAST(strftime('%Y', r.entry_date) AS INTEGER) * 12 + CAST(strftime('%m', r.entry_date) AS INTEGER))
      - (CAST(strftime('%Y', r.unemployed_since) AS INTEGER) * 12 + CAST(strftime('%m', r.unemployed_since) AS INTEGER))
      AS months,
    CAST(strftime('%d', r.unemployed_since) AS INTEGER) < CAST(strftime('%d', r.entry_date) AS INTEGER) AS day_passed,
    l.urban_class AS urban
  FROM ranked r JOIN person pe ON pe.id = r.person_id AND pe.deleted = 0
  LEFT JOIN household h ON h.id = pe.household_id LEFT JOIN locality l ON l.id = h.locality_id
  WHERE r.n = 1 AND r.entry_date BETWEEN ?1 AND ?2)
SELECT g,
  sum(labour_status IN ('unemployed', 'long_term_unemployed')),
  sum(CASE WHEN labour_status NOT IN ('unemployed', 'long_term_unemployed') THEN 0
           WHEN unemployed_since IS NULL THEN labour_status = 'long_term_unemployed'
           WHEN age < 25 THEN months > 6 OR (months = 6 AND day_passed)
           ELSE months > 12 OR (months = 12 AND day_passed) END),
  sum(labour_status IN ('inactive', 'in_education')),
  sum(labour_status IN ('employed', 'self_employed')),
  sum(coalesce(age < 18, 0)), sum(coalesce(age BETWEEN 18 AND 29, 0)), sum(coalesce(age >= 55, 0)),
  sum(isced IN ('isced0', 'isced1', 'isced2')), sum(isced IN ('isced3', 'isced4')),
  sum(isced IN ('isced5', 'isced6', 'isced7', 'isced8')),
  count(*),
  sum(coalesce(disability = 'yes', 0)), sum(coalesce(disability = 'declined', 0)),
  sum(coalesce(citizenship IN ('third_country', 'stateless'), 0)), sum(coalesce(citizenship = 'declined', 0)),
  sum(coalesce(foreign_background = 'yes', 0)), sum(coalesce(foreign_background = 'declined', 0)),
  sum(coalesce(minority = 'yes', 0)), sum(coalesce(minority = 'declined', 0)),
  sum(coalesce(homeless = 'yes', 0)), sum(coalesce(homeless = 'declined', 0)),
  sum(coalesce(urban = 'rural', 0))
FROM p GROUP BY g)sql";

// Which indicator each column of kPlainEntry is, and whether a declined count follows it.
const QList<QPair<QString, bool>> kPlainEntryColumns = {
    {QStringLiteral("EECO01"), false}, {QStringLiteral("EECO02"), false}, {QStringLiteral("EECO03"), false},
    {QStringLiteral("EECO04"), false}, {QStringLiteral("EECO05"), false}, {QStringLiteral("EECO06"), false},
    {QStringLiteral("EECO07"), false}, {QStringLiteral("EECO08"), false}, {QStringLiteral("EECO09"), false},
    {QStringLiteral("EECO10"), false}, {QStringLiteral("EECO11"), false}, {QStringLiteral("EECO12"), true},
    {QStringLiteral("EECO13"), true},  {QStringLiteral("EECO14"), true},  {QStringLiteral("EECO15"), true},
    {QStringLiteral("EECO16"), true},  {QStringLiteral("EECO17"), false}};

// The result indicators, plainly: exit records of participants, distinct people.
const char* kPlainLeaving = R"sql(
SELECT CASE pe.gender WHEN 'female' THEN 0 WHEN 'male' THEN 1 WHEN 'other' THEN 2 ELSE 3 END AS g,
  count(DISTINCT CASE WHEN x.exit_date BETWEEN ?1 AND ?2 AND x.situation = 'job_searching' THEN x.person_id END),
  count(DISTINCT CASE WHEN x.exit_date BETWEEN ?1 AND ?2 AND x.situation IN ('in_education', 'in_training')
                      THEN x.person_id END),
  count(DISTINCT CASE WHEN x.exit_date BETWEEN ?1 AND ?2 AND x.qualification_gained = 1 THEN x.person_id END),
  count(DISTINCT CASE WHEN x.exit_date BETWEEN ?1 AND ?2 AND x.situation IN ('employed', 'self_employed')
                      THEN x.person_id END),
  count(DISTINCT CASE WHEN x.follow_up_date BETWEEN ?1 AND ?2 AND x.follow_up_situation IN ('employed', 'self_employed')
                      THEN x.person_id END)
FROM exit_record x JOIN person pe ON pe.id = x.person_id AND pe.deleted = 0
WHERE x.deleted = 0 AND EXISTS (SELECT 1 FROM entry_record e WHERE e.person_id = x.person_id AND e.deleted = 0)
GROUP BY g)sql";

const QStringList kPlainLeavingColumns = {QStringLiteral("EECR01"), QStringLiteral("EECR02"), QStringLiteral("EECR03"),
                                          QStringLiteral("EECR04"), QStringLiteral("EECR05")};

// The catching-up programme's examples, plainly. ?1 first day, ?2 last day, ?3 the day after, ?4 today.
const char* kPlainSignedPlans = R"sql(
SELECT count(DISTINCT person_id) FROM (
  SELECT pl.person_id AS person_id, pl.client_signed_date AS day FROM plan pl
  WHERE pl.deleted = 0 AND pl.kind = 'individual' AND pl.client_signed_date BETWEEN ?1 AND ?2
  UNION ALL
  SELECT m.id, pl.client_signed_date FROM plan pl JOIN person m ON m.household_id = pl.household_id AND m.deleted = 0
  WHERE pl.deleted = 0 AND pl.kind = 'family' AND pl.client_signed_date BETWEEN ?1 AND ?2) s
JOIN person p ON p.id = s.person_id AND p.deleted = 0
WHERE CAST(strftime('%Y', s.day) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)
      - (strftime('%m-%d', s.day) < strftime('%m-%d', p.birth_date)) BETWEEN 16 AND 55)sql";

const char* kPlainStaffActive = R"sql(
SELECT coalesce(sum(expert), 0), coalesce(sum(NOT expert AND role IN ('social_worker', 'case_manager', 'supervisor',
                                             'health_mediator', 'education_mediator', 'assistant', 'coordinator')), 0)
FROM (SELECT s.role AS role, (coalesce(s.is_experience_expert, 0) = 1 OR s.role = 'experience_expert') AS expert
      FROM staff s WHERE s.deleted = 0 AND s.id IN (
  SELECT a.staff_id FROM activity a WHERE a.deleted = 0 AND coalesce(a.voided, 0) = 0
    AND a.happened_at >= ?1 AND a.happened_at < ?3
    AND NOT EXISTS (SELECT 1 FROM activity c WHERE c.supersedes_id = a.id AND c.deleted = 0)
  UNION SELECT ap.staff_id FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id
    WHERE ap.deleted = 0 AND a.deleted = 0 AND coalesce(a.voided, 0) = 0 AND a.happened_at >= ?1 AND a.happened_at < ?3
    AND NOT EXISTS (SELECT 1 FROM activity c WHERE c.supersedes_id = a.id AND c.deleted = 0)
  UNION SELECT e.organiser_staff_id FROM event e
    WHERE e.deleted = 0 AND e.event_date BETWEEN ?1 AND ?2 AND e.event_date <= ?4
  UNION SELECT t.staff_id FROM attendance t JOIN event e ON e.id = t.event_id
    WHERE t.deleted = 0 AND coalesce(t.present, 1) = 1
    AND NOT EXISTS (SELECT 1 FROM attendance c WHERE c.supersedes_id = t.id AND c.deleted = 0)
    AND e.deleted = 0 AND e.event_date BETWEEN ?1 AND ?2 AND e.event_date <= ?4
  UNION SELECT st.staff_id FROM staff_training st
    WHERE st.deleted = 0 AND st.training_date BETWEEN ?1 AND ?2 AND st.training_date <= ?4)))sql";

const char* kPlainEvents = R"sql(
SELECT coalesce(sum(kind = 'forum'), 0), coalesce(sum(kind = 'training'), 0) FROM event
WHERE deleted = 0 AND event_date BETWEEN ?1 AND ?2 AND event_date <= ?4)sql";

struct Dates {
    QByteArray from, to, next, today;
};

void bindDates(sqlite3_stmt* st, const Dates& d) {
    const QByteArray* values[] = {&d.from, &d.to, &d.next, &d.today};
    const int count = sqlite3_bind_parameter_count(st);
    for (int i = 0; i < count && i < 4; ++i) {
        sqlite3_bind_text(st, i + 1, values[i]->constData(), int(values[i]->size()), SQLITE_TRANSIENT);
    }
}

// Every row of a statement, each as whole numbers.
std::vector<std::vector<qint64>> run(sqlite3* db, const char* sql, const Dates& d) {
    sqlite3_stmt* st = prepare(db, sql);
    bindDates(st, d);
    std::vector<std::vector<qint64>> out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::vector<qint64> row;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            row.push_back(sqlite3_column_int64(st, c));
        }
        out.push_back(row);
    }
    sqlite3_finalize(st);
    return out;
}

// The plain ESF+ counts, by code: women, men, non-binary, total, declined.
QHash<QString, std::vector<qint64>> plainEsf(sqlite3* db, const Dates& d) {
    QHash<QString, std::vector<qint64>> out;
    const auto add = [&](const QString& code, qint64 bucket, qint64 n) {
        std::vector<qint64>& c = out[code];
        c.resize(5, 0);
        if (bucket < 3) {
            c[size_t(bucket)] += n;
        }
        c[3] += n;
    };
    for (const auto& row : run(db, kPlainEntry, d)) {
        size_t column = 1;
        for (const auto& [code, declined] : kPlainEntryColumns) {
            add(code, row[0], row[column++]);
            if (declined) {
                out[code][4] += row[column++];
            }
        }
    }
    for (const auto& row : run(db, kPlainLeaving, d)) {
        for (int k = 0; k < kPlainLeavingColumns.size(); ++k) {
            add(kPlainLeavingColumns.at(k), row[0], row[size_t(k) + 1]);
        }
    }
    return out;
}

void requireSame(const QHash<QString, core::EsfCounts>& core, const QHash<QString, std::vector<qint64>>& plain) {
    for (const core::EsfIndicator& i : core::EsfCatalogue::indicators(core::EsfSet::Esf2021)) {
        const QString code = QLatin1String(i.code);
        const core::EsfCounts c = core.value(code);
        std::vector<qint64> p = plain.value(code);
        p.resize(5, 0);
        const bool same = c.women == p[0] && c.men == p[1] && c.nonBinary == p[2] && c.total == p[3] &&
                          (c.declined < 0 || c.declined == p[4]);
        if (!same) {
            fail(QStringLiteral("%1: the core counts %2, plain SQL %3").arg(code).arg(c.total).arg(p[3]));
        }
    }
}

double medianMs(int rounds, const std::function<void()>& work) {
    std::vector<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(msSince(timer));
    }
    return median(times);
}

Dates datesOf(const QDate& from, const QDate& to, const QDate& today) {
    return {from.toString(Qt::ISODate).toUtf8(), to.toString(Qt::ISODate).toUtf8(),
            to.addDays(1).toString(Qt::ISODate).toUtf8(), today.toString(Qt::ISODate).toUtf8()};
}

double cellOf(const core::ReportTable& t, const QString& code, const QString& column) {
    for (const auto& row : t.rows) {
        if (row.at(0).value.toString() == code) {
            return row.at(t.column(column)).value.toDouble();
        }
    }
    fail(QStringLiteral("the dashboard has no row %1").arg(code));
}

} // namespace

void runReportsBench(int people, const QString& workDir, BenchReport& report) {
    const QString group = QStringLiteral("Reports, %L1 people").arg(people);
    const QString path = QDir(workDir).filePath(QStringLiteral("reports-demo-%1.db").arg(people));
    const QDate today(2026, 6, 1);
    auto opened = core::Database::open(path);
    if (!opened) {
        fail(opened.error().toString());
    }
    core::Database& db = **opened;
    db.setUser(QStringLiteral("bench"));
    {
        core::Statement st(db, QStringLiteral("SELECT count(*) FROM person"));
        if (st.scalar().value().toLongLong() == 0) {
            std::fprintf(stderr, "[bench] %d people: demo generation for the reports...\n", people);
            core::DemoOptions options;
            options.people = people;
            options.today = today;
            if (auto s = core::DemoGenerator::generate(db, options); !s) {
                fail(s.error().toString());
            }
        } else {
            std::fprintf(stderr, "[bench] %d people: reports on %s, made before\n", people, qPrintable(path));
        }
    }
    // The reports are computed "today" on the demo's last day, as its data were made.
    core::ManualClock clock(QDateTime(today, QTime(20, 0), Qt::UTC));
    db.setClock(&clock);
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        fail(QStringLiteral("cannot open %1").arg(path));
    }
    exec(raw, "PRAGMA cache_size = -32000");
    constexpr int kRounds = 5;

    std::fprintf(stderr, "[bench] %d people: the ESF+ table for the whole programme...\n", people);
    const core::ReportScope whole;
    const Dates wholeDates = datesOf(QDate(1, 1, 1), QDate(9999, 12, 30), today);
    // One run of each first, which also checks that both give the same numbers.
    auto counts = core::EsfReport::counts(db, core::EsfSet::Esf2021, whole);
    if (!counts) {
        fail(counts.error().toString());
    }
    requireSame(*counts, plainEsf(raw, wholeDates));
    const double esfMs = medianMs(kRounds, [&] {
        if (!core::EsfReport::table(db, core::EsfSet::Esf2021, whole)) {
            fail(QStringLiteral("the ESF+ table failed"));
        }
    });
    const double esfPlainMs = medianMs(kRounds, [&] { plainEsf(raw, wholeDates); });
    report.add({group,
                QStringLiteral("participants (EECO11)"),
                double(counts->value(QStringLiteral("EECO11")).total),
                QStringLiteral("people"),
                -1,
                {}});
    report.add({group, QStringLiteral("ESF+ table, whole programme (median)"), esfMs, QStringLiteral("ms"), esfPlainMs,
                QStringLiteral("plain SQL, raw SQLite")});

    std::fprintf(stderr, "[bench] %d people: the dashboard for 2025...\n", people);
    const core::ReportScope year{QDate(2025, 1, 1), QDate(2025, 12, 31), {}};
    const Dates yearDates = datesOf(year.from, year.to, today);
    const auto plainDashboard = [&] {
        QHash<QString, double> out;
        const auto esf = plainEsf(raw, yearDates);
        for (auto it = esf.cbegin(); it != esf.cend(); ++it) {
            out.insert(it.key(), double(it.value()[3]));
        }
        out.insert(QStringLiteral("CU-1"), double(run(raw, kPlainSignedPlans, yearDates).at(0).at(0)));
        const auto staff = run(raw, kPlainStaffActive, yearDates).at(0);
        out.insert(QStringLiteral("CU-3"), double(staff.at(0)));
        out.insert(QStringLiteral("CU-2"), double(staff.at(1)));
        const auto events = run(raw, kPlainEvents, yearDates).at(0);
        out.insert(QStringLiteral("CU-4"), double(events.at(0)));
        out.insert(QStringLiteral("CU-5"), double(events.at(1)));
        return out;
    };
    auto dashboard = core::IndicatorReport::table(db, year);
    if (!dashboard) {
        fail(dashboard.error().toString());
    }
    const QHash<QString, double> plain = plainDashboard();
    for (auto it = plain.cbegin(); it != plain.cend(); ++it) {
        const double achieved = cellOf(*dashboard, it.key(), QStringLiteral("achieved"));
        if (achieved != it.value()) {
            fail(
                QStringLiteral("%1: the dashboard shows %2, plain SQL %3").arg(it.key()).arg(achieved).arg(it.value()));
        }
    }
    int behind = 0;
    for (const QVariantMap& row : dashboard->rowData) {
        behind += row.value(QStringLiteral("behind")).toBool() ? 1 : 0;
    }
    const double dashboardMs = medianMs(kRounds, [&] {
        if (!core::IndicatorReport::table(db, year)) {
            fail(QStringLiteral("the dashboard failed"));
        }
    });
    const double dashboardPlainMs = medianMs(kRounds, [&] { plainDashboard(); });
    report.add({group,
                QStringLiteral("dashboard indicators (behind target)"),
                double(dashboard->rows.size()),
                QStringLiteral("rows, %1 behind").arg(behind),
                -1,
                {}});
    report.add({group, QStringLiteral("dashboard for a year (median)"), dashboardMs, QStringLiteral("ms"),
                dashboardPlainMs, QStringLiteral("plain SQL, raw SQLite")});
    sqlite3_close(raw);
    db.setClock(nullptr);
}

} // namespace fieldcase::bench
