// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `fieldcase-cli merge` at random moments, most of them inside the write transaction of the
// file (between the "Merging" and "Merged" lines the merge writes to its error stream as the
// transaction begins and commits), the others before it begins or after it commits: the database
// must be exactly as before or exactly as after the file, pass the integrity check, and hold no
// decrypted data of an interrupted merge once it is opened again. FIELDCASE_KILL_RUNS sets the number
// of kills (default 50).
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/IntegrityCheck.h"
#include "exchange/Importer.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

const QByteArray kMarker = "Szentkirályi-7Q4K-jelző";
const QString kFileName = QStringLiteral("erika-1.fcx");
// People registered on the laptop, each with a visit: enough for a write transaction of a good
// part of a second on a slow machine, so that kills drawn in milliseconds land all over it.
constexpr int kPeople = 4000;

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

// A run of the batch tool's merge, watched through the lines on its error stream.
class MergeRun {
public:
    MergeRun(const QString& db, const QString& file) {
        m_process.setReadChannel(QProcess::StandardError);
        m_timer.start();
        m_process.start(QStringLiteral(FIELDCASE_CLI_PATH),
                        {QStringLiteral("merge"), QStringLiteral("--db"), db, file});
        REQUIRE(m_process.waitForStarted());
    }

    // Waits until the error stream holds the line; the time since the start, or -1 when the merge
    // ended without it.
    qint64 waitFor(const QString& line) {
        const QByteArray needle = line.toUtf8();
        while (!m_err.contains(needle)) {
            if (!m_process.waitForReadyRead(30000)) {
                m_err += m_process.readAllStandardError();
                return m_err.contains(needle) ? m_timer.elapsed() : -1;
            }
            m_err += m_process.readAllStandardError();
        }
        return m_timer.elapsed();
    }
    qint64 elapsed() const { return m_timer.elapsed(); }
    int finish() {
        REQUIRE(m_process.waitForFinished(60000));
        m_err += m_process.readAllStandardError();
        return m_process.exitCode();
    }
    void kill() {
        m_process.kill();
        m_process.waitForFinished(10000);
        m_err += m_process.readAllStandardError();
    }
    bool said(const QString& line) const { return m_err.contains(line.toUtf8()); }

private:
    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_err;
};

} // namespace

TEST_CASE("A merge killed at any moment leaves the database as it was before or after, and checked",
          "[exchange][kill]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    {
        Transaction tx(erika.db->db());
        test::Builders make(erika.db->db());
        for (int i = 0; i < kPeople; ++i) {
            const QString person =
                make.person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Gyermek %1").arg(i),
                            QDate(1960, 1, 1).addDays(i * 3).toString(Qt::ISODate),
                            {{QStringLiteral("notes"), QString::fromUtf8(kMarker)}});
            make.create(QStringLiteral("activity"),
                        {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                         {QStringLiteral("person_id"), person},
                         {QStringLiteral("happened_at"), QStringLiteral("2026-06-10T10:00")}});
        }
        REQUIRE(tx.commit());
    }
    const QByteArray package = world.exportFrom(erika);
    REQUIRE_FALSE(package.isEmpty());
    REQUIRE_FALSE(package.contains(kMarker));

    const QDir dir(world.central().dir());
    const QString base = dir.filePath(QStringLiteral("base.db"));
    const QString work = dir.filePath(QStringLiteral("work.db"));
    const QString file = dir.filePath(kFileName);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(package);
    }
    REQUIRE(world.central().db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(QFile::copy(world.central().path(), base));
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());
    const QString begun = QStringLiteral("Merging %1").arg(kFileName);
    const QString committed = QStringLiteral("Merged %1").arg(kFileName);

    // Whole runs, to find when the write transaction begins and commits. Of three, the shortest
    // times count, so that kills drawn inside the transaction land inside it on a quiet machine too.
    qint64 beginMs = std::numeric_limits<qint64>::max();
    qint64 windowMs = std::numeric_limits<qint64>::max();
    qint64 fullMs = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        copyDatabase(base, work);
        MergeRun full(work, file);
        const qint64 began = full.waitFor(begun);
        const qint64 done = full.waitFor(committed);
        REQUIRE(full.finish() == 0);
        REQUIRE(began >= 0);
        REQUIRE(done > began);
        beginMs = std::min(beginMs, began);
        windowMs = std::min(windowMs, done - began);
        fullMs = std::min(fullMs, full.elapsed());
    }
    const qint64 commitMs = beginMs + windowMs;
    const Opened complete = openAgain(work);
    const QByteArray after = complete.hash;
    REQUIRE(after != before);
    CHECK(complete.problems.isEmpty());

    const int runs =
        qEnvironmentVariableIsSet("FIELDCASE_KILL_RUNS") ? qEnvironmentVariableIntValue("FIELDCASE_KILL_RUNS") : 50;
    std::mt19937 random(4242);
    int sawBefore = 0;
    int sawAfter = 0;
    int beforeBegin = 0;  // killed before the transaction began
    int inside = 0;       // killed after it began and before it committed
    int insideBefore = 0; // of those, the ones that left the database as before
    int afterCommit = 0;
    for (int run = 0; run < runs; ++run) {
        copyDatabase(base, work);
        // Seven in ten inside the transaction, the others before it begins or after it commits.
        const quint32 where = random() % 10;
        {
            MergeRun merge(work, file);
            if (where == 0) {
                QThread::msleep(ulong(random() % quint32(std::max<qint64>(beginMs, 1))));
            } else if (where == 1) {
                REQUIRE(merge.waitFor(committed) >= 0);
                QThread::msleep(ulong(random() % quint32(std::max<qint64>(fullMs - commitMs, 1) + 20)));
            } else {
                REQUIRE(merge.waitFor(begun) >= 0);
                QThread::usleep(ulong(random() % quint32(windowMs * 1000)));
            }
            merge.kill();
            const bool saidBegun = merge.said(begun);
            const bool saidCommitted = merge.said(committed);
            beforeBegin += saidBegun ? 0 : 1;
            afterCommit += saidCommitted ? 1 : 0;
            inside += saidBegun && !saidCommitted ? 1 : 0;
            INFO("run " << run << ", killed at " << merge.elapsed() << " ms (transaction from " << beginMs << " to "
                        << commitMs << " ms of " << fullMs << " ms), began: " << saidBegun
                        << ", committed: " << saidCommitted);
            const Opened state = openAgain(work);
            CHECK((state.hash == before || state.hash == after));
            CHECK(state.problems.isEmpty());
            if (state.hash == before) {
                ++sawBefore;
                insideBefore += saidBegun && !saidCommitted ? 1 : 0;
                // Nothing of the interrupted merge is left in the database file or its journal.
                CHECK_FALSE(fileContains(work, kMarker));
                CHECK_FALSE(fileContains(work + QStringLiteral("-wal"), kMarker));
            } else {
                ++sawAfter;
                // Done means committed: a kill before the transaction began left the file as before.
                CHECK(saidBegun);
            }
        }
    }
    std::printf("[kill] %d kills of fieldcase-cli merge (a full merge took %lld ms, its write transaction %lld to "
                "%lld ms, the shortest of three): %d before the transaction, %d inside it (%d of them left it as "
                "before), %d after it; "
                "%d left it before, %d after\n",
                runs, static_cast<long long>(fullMs), static_cast<long long>(beginMs), static_cast<long long>(commitMs),
                beforeBegin, inside, insideBefore, afterCommit, sawBefore, sawAfter);
    CHECK(beforeBegin > 0);
    CHECK(inside > 0);
    CHECK(insideBefore > 0);
    CHECK(sawAfter > 0);
}
