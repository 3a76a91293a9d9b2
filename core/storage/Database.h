// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/HybridLogicalClock.h"
#include "util/Result.h"
#include "util/UuidV7.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldcase::core {

class Statement;

struct DatabaseOptions {
    // The clock everything in this database uses; the system clock when null. Not owned.
    const Clock* clock = nullptr;
    // Who is making changes (stored as updated_by and in the change log).
    QString user;
    // Create the file when it does not exist; otherwise a missing file is an error.
    bool create = true;
    // Copy an existing file aside before migrating it to a newer schema.
    bool backupBeforeMigration = true;
};

// Tells listeners which tables changed, after the outermost transaction committed.
class DatabaseEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void tablesChanged(const QStringList& tables);
};

// One open SQLite file: connection, schema migrations, the device identity, the clocks and
// id generator that stamp its changes, and a cache of prepared statements.
// A Database belongs to the thread that opened it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates, and migrates) the database at path; ":memory:" for a private
    // in-memory database.
    static Result<std::unique_ptr<Database>> open(const QString& path, const DatabaseOptions& options = {});

    static int latestSchemaVersion();
    int schemaVersion() const;
    // The schema version the file had when open() upgraded it to this version's; 0 when open() did
    // not upgrade it (it was new, or at this version already).
    int upgradedFrom() const { return m_upgradedFrom; }

    const QString& path() const { return m_path; }
    QSqlDatabase& connection() { return m_db; }
    sqlite3* handle() const;

    const Clock& clock() const { return m_clock; }
    // Replaces the clock (the demo generator runs on a clock of its own). Not owned; null
    // returns to the system clock.
    void setClock(const Clock* clock) { m_clock.setTarget(clock); }
    // The clock set with setClock() or in the options; null for the system clock.
    const Clock* clockOverride() const { return m_clock.target(); }
    HybridLogicalClock& hlc() { return m_hlc; }
    UuidV7Generator& ids() { return m_ids; }

    const QString& deviceId() const { return m_deviceId; }
    const QString& user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }

    DatabaseEvents& events() { return m_events; }

    // Machine-local settings stored in the file (never exported).
    QVariant meta(const QString& key, const QVariant& fallback = {});
    Status setMeta(const QString& key, const QVariant& value);

    // Runs one statement without results (DDL, pragmas).
    Status exec(const QString& sql);

    // Writes a consistent copy of the database, as this connection sees it, to target through
    // SQLite's backup API, synced to the disk, checked (quick_check, same schema) before it replaces
    // whatever was at target. A copy that fails is removed.
    Status backupTo(const QString& target);

    // Copies the write-ahead log into the database file and empties it. After a very large
    // transaction the log is as big as everything written, and SQLite otherwise keeps that size
    // on disk for as long as the database is open.
    Status checkpoint();

    // Records that a table changed in the current transaction, for DatabaseEvents.
    // Called for every change a merge writes: the table noted last is known without a look-up.
    void noteChanged(const QString& table) {
        if (table.constData() != m_lastNoted.constData() || table.size() != m_lastNoted.size()) {
            m_changedTables.insert(table);
            m_lastNoted = table;
        }
    }
    int transactionDepth() const { return m_depth; }
    // Whether a write transaction of this connection is open and SQLite agrees that it is.
    bool inWriteTransaction() const { return m_depth > 0 && !m_aborted && sqliteInTransaction(); }
    // Set while a Transaction that could not begin is in scope: its writes would otherwise be
    // stored one statement at a time, outside any transaction. Statement refuses them.
    const Error* writeRefusal() const { return m_refusals > 0 ? &m_refusal : nullptr; }

    // A storage error with a translated message and SQLite's own words as detail.
    static Error storageError(const QSqlQuery& query);
    static Error storageError(const QSqlDatabase& db, const QString& what);
    // The same for an SQLite result code (SQLITE_BUSY, SQLITE_FULL, ...) and its own message.
    static Error storageError(int sqliteCode, const QString& detail);

private:
    friend class Transaction;
    friend class Statement;

    // Forwards to a replaceable clock, so that the HLC and id generator can keep a reference.
    class ClockProxy final : public Clock {
    public:
        qint64 nowMs() const override { return m_target ? m_target->nowMs() : m_system.nowMs(); }
        void setTarget(const Clock* target) { m_target = target; }
        const Clock* target() const { return m_target; }

    private:
        SystemClock m_system;
        const Clock* m_target = nullptr;
    };

    Database(const QString& path, const QString& connectionName, const DatabaseOptions& options);
    Status configure();
    Status migrate();
    Status loadIdentity();

    // begin() opens a transaction, or a savepoint inside one. commit() and rollback() always close
    // the level they end, also when they fail, so that the depth and SQLite's own state agree: a
    // failed COMMIT is rolled back, and once SQLite has undone the whole transaction by itself (a
    // full disk, an I/O error) every outer level fails to commit.
    Status begin();
    Status commit();
    void rollback();
    bool sqliteInTransaction() const;
    void finishOutermost();
    static Error abortedError();
    // Runs a statement through the cache of prepared statements. Savepoints are opened and
    // released once for every record written inside a larger transaction, which made preparing
    // them each time a large part of the cost of writing many records.
    Status execPrepared(const QString& sql);

    sqlite3_stmt* takeStatement(const QString& sql, Error* error);
    void returnStatement(const QString& sql, sqlite3_stmt* statement);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    ClockProxy m_clock;
    HybridLogicalClock m_hlc;
    UuidV7Generator m_ids;
    QString m_deviceId;
    QString m_user;
    bool m_backupBeforeMigration = true;
    int m_upgradedFrom = 0;
    quint64 m_persistedHlc = 0;
    int m_depth = 0;
    bool m_aborted = false; // SQLite rolled the transaction back while levels of it were still open
    int m_refusals = 0;     // Transactions in scope whose begin() failed
    Error m_refusal;        // the first of their errors
    int m_savepointCounter = 0;
    QSet<QString> m_changedTables;
    QString m_lastNoted; // the last table noted since m_changedTables was emptied
    QHash<QString, QList<sqlite3_stmt*>> m_statements;
    DatabaseEvents m_events;
};

} // namespace fieldcase::core
