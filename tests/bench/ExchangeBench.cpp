// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeBench.h"

#include "BenchReport.h"
#include "BenchUtil.h"

#include "domain/RecordStore.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Importer.h"
#include "exchange/PackageFile.h"
#include "exchange/Sodium.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/HybridLogicalClock.h"
#include "util/Json.h"
#include "util/Text.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace fieldcase::bench {

namespace {

void bindText(sqlite3_stmt* st, int i, const QByteArray& text) {
    sqlite3_bind_text(st, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void step(sqlite3* db, sqlite3_stmt* st) {
    if (sqlite3_step(st) != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_reset(st);
}

// The rows the package changes, kept for the raw SQLite baseline.
struct Rows {
    std::vector<QByteArray> personIds;
    std::vector<QByteArray> phones;
    std::vector<QByteArray> notes;
    std::vector<QByteArray> visitIds;
    std::vector<QByteArray> visitPeople;
    std::vector<qint64> hlcs;
};

const char* kInsertPerson =
    "INSERT INTO person(id, version, hlc, updated_by, origin, deleted, household_id, family_name, given_names, "
    "birth_date, phone, sort_key) VALUES (?, 0, ?, 'supervisor', ?, 0, ?, ?, ?, ?, ?, ?)";
const char* kInsertCreate = "INSERT INTO change_log(change_id, table_name, record_id, op, fields, base_version, hlc, "
                            "device, user) VALUES (?, 'person', ?, 'create', ?, 0, ?, ?, 'supervisor')";

// Merges the package into the central copy at path, as the supervisor's merge does but without the
// backup (measured apart); returns the time in ms.
double mergeOnce(const QString& path, const QByteArray& package, int edits, int visits) {
    auto db = core::Database::open(path);
    if (!db) {
        fail(db.error().toString());
    }
    core::Importer importer(**db);
    core::ImportOptions options;
    options.backup = false;
    QElapsedTimer timer;
    timer.start();
    const core::ImportReport r = importer.importBytes(package, QStringLiteral("bench.fcx"), options);
    const double ms = msSince(timer);
    if (r.status != core::ImportStatus::Applied || r.counts.newRecords != visits || r.counts.changedRecords != edits ||
        r.counts.conflicts != 0) {
        fail(QStringLiteral("merge: %1 %2 (%3 new, %4 changed, %5 conflicts)")
                 .arg(r.message, r.detail)
                 .arg(r.counts.newRecords)
                 .arg(r.counts.changedRecords)
                 .arg(r.counts.conflicts));
    }
    return ms;
}

// The baseline: raw SQLite upserting the same rows into a copy of the same central copy, in one
// transaction; returns the time in ms.
double rawUpsertOnce(const QString& path, const Rows& rows, int edits, int visits) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        fail(QStringLiteral("raw open"));
    }
    exec(raw, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
              "PRAGMA cache_size = -32000");
    QElapsedTimer timer;
    timer.start();
    exec(raw, "BEGIN IMMEDIATE");
    sqlite3_stmt* person = prepare(
        raw,
        "INSERT INTO person(id, version, hlc, updated_by, origin, deleted, family_name, given_names, phone, notes) "
        "VALUES (?, 0, ?, 'erika', 'laptop', 0, 'Lakatos', '', ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "phone = excluded.phone, notes = excluded.notes, hlc = excluded.hlc, updated_by = excluded.updated_by, "
        "origin = excluded.origin");
    sqlite3_stmt* visit = prepare(
        raw, "INSERT INTO activity(id, version, hlc, updated_by, origin, deleted, kind, person_id, happened_at, "
             "minutes) VALUES (?, 0, ?, 'erika', 'laptop', 0, 'home_visit', ?, '2026-05-04T10:30', 35) "
             "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, person_id = excluded.person_id, "
             "happened_at = excluded.happened_at, minutes = excluded.minutes, hlc = excluded.hlc");
    for (int i = 0; i < edits; ++i) {
        bindText(person, 1, rows.personIds[size_t(i)]);
        sqlite3_bind_int64(person, 2, rows.hlcs[size_t(i)]);
        bindText(person, 3, rows.phones[size_t(i)]);
        bindText(person, 4, rows.notes[size_t(i)]);
        step(raw, person);
    }
    for (int i = 0; i < visits; ++i) {
        bindText(visit, 1, rows.visitIds[size_t(i)]);
        sqlite3_bind_int64(visit, 2, rows.hlcs[size_t(edits + i)]);
        bindText(visit, 3, rows.visitPeople[size_t(i)]);
        step(raw, visit);
    }
    sqlite3_finalize(person);
    sqlite3_finalize(visit);
    exec(raw, "COMMIT");
    const double ms = msSince(timer);
    sqlite3_close(raw);
    return ms;
}

} // namespace

void runExchangeBench(int changes, const QString& workDir, BenchReport& report) {
    const QString group = QStringLiteral("Exchange, %L1 changes into %L1 people").arg(changes);
    const QString centralPath = QDir(workDir).filePath(QStringLiteral("central-%1.db").arg(changes));
    const QString rawPath = QDir(workDir).filePath(QStringLiteral("raw-%1.db").arg(changes));
    removeDatabase(centralPath);
    removeDatabase(rawPath);
    QDir(centralPath + QStringLiteral(".backups")).removeRecursively();
    const int people = changes;
    const int edits = changes / 2;
    const int visits = changes - edits;
    Rows rows;
    QByteArray package;
    std::fprintf(stderr, "[bench] exchange %d: central copy of %d people...\n", changes, people);
    {
        auto db = core::Database::open(centralPath);
        if (!db) {
            fail(db.error().toString());
        }
        core::Database& d = **db;
        core::RecordStore store(d);
        if (!store.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("Bench programme")},
                                                        {QStringLiteral("kind"), QStringLiteral("catching_up")}})) {
            fail(QStringLiteral("programme"));
        }
        auto locality =
            store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Alsóberény")},
                                                      {QStringLiteral("country"), QStringLiteral("HU")}});
        auto household =
            store.create(QStringLiteral("household"), {{QStringLiteral("locality_id"), *locality},
                                                       {QStringLiteral("name"), QStringLiteral("Lakatos")}});
        if (!household) {
            fail(household.error().toString());
        }
        // The people are written straight to SQLite, with their change-log rows: the bench measures
        // the merge, not the making of the central copy.
        sqlite3* raw = d.handle();
        exec(raw, "BEGIN");
        sqlite3_stmt* person = prepare(raw, kInsertPerson);
        sqlite3_stmt* create = prepare(raw, kInsertCreate);
        const QByteArray device = d.deviceId().toUtf8();
        const QByteArray householdId = household->toUtf8();
        rows.personIds.reserve(size_t(people));
        for (int i = 0; i < people; ++i) {
            const QByteArray id = d.ids().next().toUtf8();
            const qint64 hlc = qint64(d.hlc().now());
            const QByteArray given = QStringLiteral("Gyula %1").arg(i).toUtf8();
            const QByteArray phone = QStringLiteral("+36 30 %1").arg(1000000 + i).toUtf8();
            const QByteArray birth = QDate(1950, 1, 1).addDays(i % 25000).toString(Qt::ISODate).toUtf8();
            bindText(person, 1, id);
            sqlite3_bind_int64(person, 2, hlc);
            bindText(person, 3, device);
            bindText(person, 4, householdId);
            bindText(person, 5, "Lakatos");
            bindText(person, 6, given);
            bindText(person, 7, birth);
            bindText(person, 8, phone);
            bindText(person, 9, core::text::fold(QStringLiteral("Lakatos ") + QString::fromUtf8(given)).toUtf8());
            step(raw, person);
            const QByteArray fields =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("family_name"), QJsonArray{QJsonValue::Null, QStringLiteral("Lakatos")}},
                        {QStringLiteral("given_names"), QJsonArray{QJsonValue::Null, QString::fromUtf8(given)}},
                        {QStringLiteral("phone"), QJsonArray{QJsonValue::Null, QString::fromUtf8(phone)}},
                    })
                    .toJson(QJsonDocument::Compact);
            bindText(create, 1, d.ids().next().toUtf8());
            bindText(create, 2, id);
            bindText(create, 3, fields);
            sqlite3_bind_int64(create, 4, hlc);
            bindText(create, 5, device);
            step(raw, create);
            rows.personIds.push_back(id);
            if (i < edits) {
                rows.phones.push_back(phone);
            }
        }
        sqlite3_finalize(person);
        sqlite3_finalize(create);
        exec(raw, "COMMIT");

        // One enrolled laptop, whose package the bench writes directly.
        auto central = core::ExchangeIdentity::central(d, true);
        if (!central) {
            fail(central.error().toString());
        }
        const core::sodium::KeyPair sign = core::sodium::signKeyPair();
        const core::sodium::KeyPair box = core::sodium::boxKeyPair();
        core::DeviceInfo laptop;
        laptop.deviceId = d.ids().next();
        laptop.name = QStringLiteral("bench laptop");
        laptop.worker = QStringLiteral("erika");
        laptop.signPublic = sign.publicKey;
        laptop.boxPublic = box.publicKey;
        laptop.enrolledAt = d.clock().now().toString(Qt::ISODate);
        if (!core::DeviceRegistry(d).add(laptop)) {
            fail(QStringLiteral("device"));
        }
        core::PackageHeader header;
        header.programmeId = core::uuidBytes(central->programmeId);
        header.senderId = core::uuidBytes(laptop.deviceId);
        header.sequence = 1;
        header.changeCount = quint64(changes);
        QBuffer out(&package);
        out.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        auto writer = core::PackageWriter::sealed(out, header, central->boxPublic, sign.secretKey);
        if (!writer) {
            fail(writer.error().toString());
        }
        const qint64 laptopMs = d.clock().nowMs() + 60000;
        core::WireChange c;
        c.device = laptop.deviceId;
        c.user = QStringLiteral("erika");
        c.op = QStringLiteral("update");
        c.table = QStringLiteral("person");
        for (int i = 0; i < edits; ++i) {
            const QByteArray note = QStringLiteral("Látogatás %1: beiratkozott a tanfolyamra.").arg(i).toUtf8();
            c.changeId = d.ids().next();
            c.recordId = QString::fromUtf8(rows.personIds[size_t(i)]);
            c.hlc = core::HybridLogicalClock::make(laptopMs + i / 1000, quint64(i % 1000));
            const QByteArray newPhone = QStringLiteral("+36 70 %1").arg(2000000 + i).toUtf8();
            c.fields = "{\"notes\":[null," + core::json::quoted(QString::fromUtf8(note)) + "],\"phone\":[\"" +
                       rows.phones[size_t(i)] + "\",\"" + newPhone + "\"]}";
            rows.phones[size_t(i)] = newPhone;
            rows.notes.push_back(note);
            rows.hlcs.push_back(qint64(c.hlc));
            if (!(*writer)->addChange(c)) {
                fail(QStringLiteral("package"));
            }
        }
        c.op = QStringLiteral("create");
        c.table = QStringLiteral("activity");
        for (int i = 0; i < visits; ++i) {
            c.changeId = d.ids().next();
            c.recordId = d.ids().next();
            c.hlc = core::HybridLogicalClock::make(laptopMs + (edits + i) / 1000, quint64((edits + i) % 1000));
            const QByteArray who = rows.personIds[size_t(i % people)];
            c.fields = "{\"happened_at\":[null,\"2026-05-04T10:30\"],\"kind\":[null,\"home_visit\"],\"minutes\":[null,"
                       "35],\"person_id\":[null,\"" +
                       who + "\"]}";
            rows.visitIds.push_back(c.recordId.toUtf8());
            rows.visitPeople.push_back(who);
            rows.hlcs.push_back(qint64(c.hlc));
            if (!(*writer)->addChange(c)) {
                fail(QStringLiteral("package"));
            }
        }
        if (!(*writer)->finish()) {
            fail(QStringLiteral("package"));
        }
        report.add(
            {group, QStringLiteral("package written (encrypt, sign)"), msSince(timer), QStringLiteral("ms"), -1, {}});
        report.add({group, QStringLiteral("package size"), double(package.size()) / 1e6, QStringLiteral("MB"), -1, {}});
        d.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
    }
    // Every round merges into, and upserts into, a fresh copy of the same central copy, one after the
    // other, so that both meet the same machine state; the figures are the medians of the rounds.
    const QString pristinePath = QDir(workDir).filePath(QStringLiteral("pristine-%1.db").arg(changes));
    removeDatabase(pristinePath);
    if (!QFile::copy(centralPath, pristinePath)) {
        fail(QStringLiteral("copy"));
    }

    std::fprintf(stderr, "[bench] exchange %d: checking and decrypting only...\n", changes);
    {
        auto db = core::Database::open(centralPath);
        auto central = core::ExchangeIdentity::central(**db, false);
        auto device = core::DeviceRegistry(**db).list();
        QElapsedTimer timer;
        timer.start();
        core::PackageReader reader;
        qint64 seen = 0;
        if (!reader.openBytes(package) || !reader.verify(device->first().signPublic) ||
            !reader.unlockSealed(central->boxPublic, central->boxSecret) ||
            !reader.read([&seen](const core::WireChange&) -> core::Status {
                ++seen;
                return {};
            })) {
            fail(QStringLiteral("reading the package failed"));
        }
        report.add({group, QStringLiteral("verify + decrypt + decode"), msSince(timer), QStringLiteral("ms"), -1, {}});

        std::fprintf(stderr, "[bench] exchange %d: backup copy before merging...\n", changes);
        timer.restart();
        auto backup = core::Importer::backup(**db, QStringLiteral("bench"));
        if (!backup) {
            fail(backup.error().toString());
        }
        report.add({group, QStringLiteral("backup before merge"), msSince(timer), QStringLiteral("ms"), -1, {}});
    }

    const int rounds = 3;
    std::vector<double> mergeRuns;
    std::vector<double> rawRuns;
    for (int round = 0; round < rounds; ++round) {
        removeDatabase(centralPath);
        removeDatabase(rawPath);
        if (!QFile::copy(pristinePath, centralPath) || !QFile::copy(pristinePath, rawPath)) {
            fail(QStringLiteral("copy"));
        }
        std::fprintf(stderr, "[bench] exchange %d: merge (round %d of %d)...\n", changes, round + 1, rounds);
        mergeRuns.push_back(mergeOnce(centralPath, package, edits, visits));
        std::fprintf(stderr, "[bench] exchange %d: raw SQLite upserts of the same rows (round %d of %d)...\n", changes,
                     round + 1, rounds);
        rawRuns.push_back(rawUpsertOnce(rawPath, rows, edits, visits));
    }
    const double mergeMs = median(mergeRuns);
    const double rawMs = median(rawRuns);
    const QString baselineName = QStringLiteral("raw SQLite upsert");
    report.add({group, QStringLiteral("merge (verify, decrypt, fold, log)"), mergeMs, QStringLiteral("ms"), rawMs,
                baselineName});
    if (rounds > 1) {
        report.add({group, QStringLiteral("merge, fastest of %1").arg(rounds),
                    *std::min_element(mergeRuns.begin(), mergeRuns.end()), QStringLiteral("ms"),
                    *std::min_element(rawRuns.begin(), rawRuns.end()), baselineName});
        report.add({group, QStringLiteral("merge, slowest of %1").arg(rounds),
                    *std::max_element(mergeRuns.begin(), mergeRuns.end()), QStringLiteral("ms"),
                    *std::max_element(rawRuns.begin(), rawRuns.end()), baselineName});
    }
    report.add({group, QStringLiteral("merge throughput"), double(changes) / (mergeMs / 1000.0),
                QStringLiteral("changes/s"), double(changes) / (rawMs / 1000.0), baselineName});
    removeDatabase(pristinePath);
    removeDatabase(centralPath);
    removeDatabase(rawPath);
    QDir(centralPath + QStringLiteral(".backups")).removeRecursively();
}

} // namespace fieldcase::bench
