// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `fieldcase-cli merge` at random moments: the database must be exactly as before or exactly
// as after the file, pass the integrity check, and hold no decrypted data of an interrupted merge
// once it is opened again. FIELDCASE_KILL_RUNS sets the number of kills (default 50).
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/IntegrityCheck.h"
#include "exchange/Importer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

const QByteArray kMarker = "Szentkirályi-7Q4K-jelző";

void copyDatabase(const QString& from, const QString& to) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
    }
    REQUIRE(QFile::copy(from, to));
}

bool fileContains(const QString& path, const QByteArray& needle) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

struct Opened {
    QByteArray hash;
    QStringList problems;
};

Opened openAgain(const QString& path) {
    auto db = Database::open(path);
    REQUIRE(db.ok());
    // What the application does when it starts its exchange part: the journal of a merge that was
    // killed is emptied.
    Importer importer(**db);
    Opened out{ExchangeWorld::dumpHash(**db), *IntegrityCheck::run(**db)};
    return out;
}

} // namespace

TEST_CASE("A merge killed at any moment leaves the database as it was before or after, and checked",
          "[exchange][kill]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    test::Builders make(erika.db->db());
    for (int i = 0; i < 500; ++i) {
        const QString person =
            make.person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Gyermek %1").arg(i),
                        QDate(2001, 1, 1).addDays(i * 3).toString(Qt::ISODate),
                        {{QStringLiteral("notes"), QString::fromUtf8(kMarker)}});
        make.create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                                 {QStringLiteral("person_id"), person},
                                                 {QStringLiteral("happened_at"), QStringLiteral("2026-06-10T10:00")}});
    }
    const QByteArray package = world.exportFrom(erika);
    REQUIRE_FALSE(package.isEmpty());
    REQUIRE_FALSE(package.contains(kMarker));

    const QDir dir(world.central().dir());
    const QString base = dir.filePath(QStringLiteral("base.db"));
    const QString work = dir.filePath(QStringLiteral("work.db"));
    const QString file = dir.filePath(QStringLiteral("erika-1.fcx"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(package);
    }
    REQUIRE(world.central().db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(QFile::copy(world.central().path(), base));
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());

    const QString cli = QStringLiteral(FIELDCASE_CLI_PATH);
    const auto runMerge = [&](int killAfterMs) {
        QProcess p;
        p.start(cli, {QStringLiteral("merge"), QStringLiteral("--db"), work, file});
        REQUIRE(p.waitForStarted());
        if (killAfterMs < 0) {
            REQUIRE(p.waitForFinished(60000));
            return p.exitCode();
        }
        QThread::msleep(ulong(killAfterMs));
        p.kill();
        p.waitForFinished(10000);
        return -1;
    };

    copyDatabase(base, work);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runMerge(-1) == 0);
    const qint64 fullMs = timer.elapsed();
    const Opened complete = openAgain(work);
    const QByteArray after = complete.hash;
    REQUIRE(after != before);
    CHECK(complete.problems.isEmpty());

    const int runs =
        qEnvironmentVariableIsSet("FIELDCASE_KILL_RUNS") ? qEnvironmentVariableIntValue("FIELDCASE_KILL_RUNS") : 50;
    std::mt19937 random(4242);
    int sawBefore = 0;
    int sawAfter = 0;
    for (int run = 0; run < runs; ++run) {
        copyDatabase(base, work);
        const int at = int(random() % quint32(fullMs + 50));
        runMerge(at);
        const Opened state = openAgain(work);
        INFO("killed after " << at << " ms of " << fullMs);
        CHECK((state.hash == before || state.hash == after));
        CHECK(state.problems.isEmpty());
        if (state.hash == before) {
            ++sawBefore;
            // Nothing of the interrupted merge is left in the database file or its journal.
            CHECK_FALSE(fileContains(work, kMarker));
            CHECK_FALSE(fileContains(work + QStringLiteral("-wal"), kMarker));
        } else {
            ++sawAfter;
        }
    }
    std::printf("[kill] %d kills of fieldcase-cli merge (a full merge took %lld ms): %d left it before, %d after\n",
                runs, static_cast<long long>(fullMs), sawBefore, sawAfter);
    CHECK(sawBefore > 0);
}
