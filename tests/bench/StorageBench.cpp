// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageBench.h"

#include "BenchReport.h"
#include "BenchUtil.h"

#include "demo/DemoGenerator.h"
#include "domain/IntegrityCheck.h"
#include "domain/PersonDirectory.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace fieldcase::bench {

namespace {

// The rows of every synced table (records, not the change log).
qint64 recordRows(core::Database& db) {
    qint64 total = 0;
    for (const core::TableDef& t : core::Schema::instance().tables()) {
        core::Statement st(db, QStringLiteral("SELECT count(*) FROM ") + t.name);
        total += st.scalar().value().toLongLong();
    }
    return total;
}

sqlite3* openRaw(const QString& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        fail(QStringLiteral("cannot open %1").arg(path));
    }
    exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
             "PRAGMA cache_size = -32000");
    return db;
}

// Inserts every row of every synced table of source into the (empty, same-schema) target with
// prepared statements, one row at a time, in one transaction: what an application writing the
// same rows straight to SQLite would do, without validation or change log.
double rawInsert(const QString& source, const QString& target) {
    sqlite3* db = openRaw(target);
    exec(db, QStringLiteral("ATTACH DATABASE '%1' AS src").arg(source).toUtf8().constData());
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");
    for (const core::TableDef& t : core::Schema::instance().tables()) {
        const QStringList columns = t.rowColumns();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        const QByteArray select =
            QStringLiteral("SELECT %1 FROM src.%2").arg(columns.join(QLatin1Char(',')), t.name).toUtf8();
        const QByteArray insert = QStringLiteral("INSERT INTO main.%1(%2) VALUES (%3)")
                                      .arg(t.name, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))
                                      .toUtf8();
        sqlite3_stmt* read = nullptr;
        sqlite3_stmt* write = nullptr;
        if (sqlite3_prepare_v2(db, select.constData(), -1, &read, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(db, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        const int n = int(columns.size());
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i) {
                sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i));
            }
            if (sqlite3_step(write) != SQLITE_DONE) {
                fail(QString::fromUtf8(sqlite3_errmsg(db)));
            }
            sqlite3_reset(write);
        }
        sqlite3_finalize(read);
        sqlite3_finalize(write);
    }
    exec(db, "COMMIT");
    const double ms = msSince(timer);
    exec(db, "DETACH DATABASE src");
    sqlite3_close(db);
    return ms;
}

const char* kFirstPageSql =
    "SELECT p.id, p.sort_key, p.family_name, p.given_names, p.birth_date, h.name, l.name FROM person p "
    "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN locality l ON l.id = h.locality_id "
    "WHERE p.deleted = 0 ORDER BY p.sort_key, p.id LIMIT 200";

const char* kRawSearchSql =
    "SELECT p.id, p.family_name, p.given_names FROM person_fts f JOIN person p ON p.rid = f.rowid "
    "WHERE person_fts MATCH ? ORDER BY p.sort_key, p.id LIMIT 200";

// The list shows how many match, so the baseline counts them too, as the core does.
const char* kRawCountSql = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?";

int stepAll(sqlite3_stmt* st) {
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++rows;
    }
    sqlite3_reset(st);
    return rows;
}

} // namespace

void runStorageBench(int people, const QString& workDir, BenchReport& report) {
    const QString group = QStringLiteral("Storage, %L1 people").arg(people);
    const QString demoPath = QDir(workDir).filePath(QStringLiteral("demo-%1.db").arg(people));
    const QString rawPath = QDir(workDir).filePath(QStringLiteral("raw-%1.db").arg(people));
    removeDatabase(demoPath);
    removeDatabase(rawPath);

    std::fprintf(stderr, "[bench] %d people: demo generation...\n", people);
    qint64 rows = 0;
    double demoMs = 0;
    double checkMs = 0;
    {
        auto db = core::Database::open(demoPath);
        if (!db) {
            fail(db.error().toString());
        }
        core::DemoOptions options;
        options.people = people;
        options.today = QDate(2026, 6, 1);
        QElapsedTimer timer;
        timer.start();
        auto summary = core::DemoGenerator::generate(**db, options);
        demoMs = msSince(timer);
        if (!summary) {
            fail(summary.error().toString());
        }
        rows = recordRows(**db);
        (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();

        // What `fieldcase-cli check` runs: the generated programme must be sound at every size.
        std::fprintf(stderr, "[bench] %d people: integrity check...\n", people);
        timer.restart();
        auto problems = core::IntegrityCheck::run(**db);
        if (!problems) {
            fail(problems.error().toString());
        }
        if (!problems->isEmpty()) {
            fail(QStringLiteral("the demo database fails the check: ") + problems->first());
        }
        checkMs = msSince(timer);
    }
    {
        // The baseline gets the same, freshly migrated schema: indexes, search triggers and all.
        auto db = core::Database::open(rawPath);
        if (!db) {
            fail(db.error().toString());
        }
    }
    std::fprintf(stderr, "[bench] %d people: raw SQLite insert of the same %lld rows...\n", people,
                 static_cast<long long>(rows));
    const double rawMs = rawInsert(demoPath, rawPath);
    report.add({group, QStringLiteral("records written"), double(rows), QStringLiteral("rows"), -1, {}});
    report.add({group, QStringLiteral("demo generation (core, change log)"), double(rows) / (demoMs / 1000.0),
                QStringLiteral("rows/s"), double(rows) / (rawMs / 1000.0), QStringLiteral("raw SQLite insert")});
    report.add({group, QStringLiteral("integrity check (passed)"), checkMs / 1000.0, QStringLiteral("s"), -1, {}});
    report.add({group, QStringLiteral("demo generation time"), demoMs / 1000.0, QStringLiteral("s"), rawMs / 1000.0,
                QStringLiteral("raw SQLite insert")});

    std::fprintf(stderr, "[bench] %d people: open to first page...\n", people);
    std::vector<double> openCore;
    std::vector<double> openRawTimes;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        {
            auto db = core::Database::open(demoPath);
            if (!db) {
                fail(db.error().toString());
            }
            core::PersonDirectory directory(**db);
            auto page = directory.page({}, nullptr, 200);
            auto count = directory.count({});
            if (!page || page->size() != 200 || !count) {
                fail(QStringLiteral("first page failed"));
            }
            openCore.push_back(msSince(timer));
        }
        timer.restart();
        sqlite3* raw = openRaw(demoPath);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, kFirstPageSql, -1, &st, nullptr);
        stepAll(st);
        sqlite3_finalize(st);
        openRawTimes.push_back(msSince(timer));
        sqlite3_close(raw);
    }
    report.add({group, QStringLiteral("open to first list page (median)"), median(openCore), QStringLiteral("ms"),
                median(openRawTimes), QStringLiteral("raw SQLite open + query")});

    std::fprintf(stderr, "[bench] %d people: search as you type...\n", people);
    auto db = core::Database::open(demoPath);
    if (!db) {
        fail(db.error().toString());
    }
    QStringList typed;
    {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT family_name || ' ' || given_names FROM person WHERE deleted = 0 AND rid % %1 = 0 "
                              "LIMIT 60")
                   .arg(std::max(1, people / 60)));
        while (q.next()) {
            const QString name = q.value(0).toString();
            for (int k = 1; k <= name.size(); ++k) {
                typed.append(name.left(k));
            }
        }
    }
    core::PersonDirectory directory(**db);
    std::vector<double> coreTimes;
    for (const QString& query : typed) {
        QElapsedTimer timer;
        timer.start();
        auto page = directory.page(query, nullptr, 200);
        auto count = directory.count(query);
        coreTimes.push_back(msSince(timer));
        if (!page || !count) {
            fail(QStringLiteral("search failed"));
        }
    }
    sqlite3* raw = openRaw(demoPath);
    sqlite3_stmt* st = nullptr;
    sqlite3_stmt* countSt = nullptr;
    sqlite3_prepare_v2(raw, kRawSearchSql, -1, &st, nullptr);
    sqlite3_prepare_v2(raw, kRawCountSql, -1, &countSt, nullptr);
    std::vector<double> rawTimes;
    for (const QString& query : typed) {
        QStringList terms;
        for (const QString& word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        }
        const QByteArray match = terms.join(QLatin1Char(' ')).toUtf8();
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_text(st, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        stepAll(st);
        sqlite3_bind_text(countSt, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        stepAll(countSt);
        rawTimes.push_back(msSince(timer));
    }
    sqlite3_finalize(countSt);
    sqlite3_finalize(st);
    sqlite3_close(raw);
    report.add({group, QStringLiteral("keystrokes measured"), double(typed.size()), QStringLiteral("queries"), -1, {}});
    report.add({group, QStringLiteral("search per keystroke p50"), percentile(coreTimes, 50), QStringLiteral("ms"),
                percentile(rawTimes, 50), QStringLiteral("raw FTS page + count")});
    report.add({group, QStringLiteral("search per keystroke p95"), percentile(coreTimes, 95), QStringLiteral("ms"),
                percentile(rawTimes, 95), QStringLiteral("raw FTS page + count")});
}

} // namespace fieldcase::bench
