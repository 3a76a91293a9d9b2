// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace fieldcase::core {

namespace {

const QString kSelectMeta = QStringLiteral("SELECT value FROM local_meta WHERE key = ?");
const QString kUpsertMeta = QStringLiteral(
    "INSERT INTO local_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
// The stamp is persisted with every commit; the newest logged change is a cheap second opinion
// (a rowid lookup, where max(hlc) would read the whole log).
const QString kLastLoggedHlc = QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1");

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("fieldcase-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString defaultUser() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? QStringLiteral("user") : name;
}

} // namespace

Database::Database(const QString& path, const QString& connectionName, const DatabaseOptions& options)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_hlc(m_clock)
    , m_ids(m_clock)
    , m_user(options.user.isEmpty() ? defaultUser() : options.user)
    , m_backupBeforeMigration(options.backupBeforeMigration) {
    m_clock.setTarget(options.clock);
}

Database::~Database() {
    // SQLite refuses to close a connection with statements still prepared on it.
    for (const QList<sqlite3_stmt*>& pool : std::as_const(m_statements)) {
        for (sqlite3_stmt* statement : pool) {
            sqlite3_finalize(statement);
        }
    }
    m_statements.clear();
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const DatabaseOptions& options) {
    const bool inMemory = path == QStringLiteral(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists() && !options.create) {
            return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(path));
        }
        if (info.exists() && !info.isFile()) {
            return makeError(ErrorCode::Io, tr("%1 is not a file. Choose a database file.").arg(path));
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorCode::Io, tr("The folder for %1 could not be created.").arg(path));
        }
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), options));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid()) {
        return makeError(ErrorCode::Storage,
                         tr("The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite."));
    }
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open()) {
        return storageError(db->m_db, tr("The database %1 could not be opened.").arg(path));
    }
    if (auto s = db->configure(); !s) {
        return s.error();
    }
    if (auto s = db->migrate(); !s) {
        return s.error();
    }
    if (auto s = db->loadIdentity(); !s) {
        return s.error();
    }
    return db;
}

sqlite3* Database::handle() const {
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.data());
    }
    return nullptr;
}

Status Database::configure() {
    sqlite3* raw = handle();
    if (raw == nullptr) {
        return makeError(ErrorCode::Storage, tr("The SQLite connection could not be configured."),
                         QStringLiteral("no sqlite3 handle"));
    }
    // Statements check for SQLITE_BUSY themselves only through this timeout.
    sqlite3_busy_timeout(raw, 5000);

    // The file must really be an SQLite database before we write anything to it.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        return makeError(ErrorCode::Format,
                         tr("%1 is not a Fieldcase database, or it is damaged. Open another file.").arg(m_path),
                         probe.lastError().text());
    }
    probe.finish();

    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),    QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
    };
    for (const QString& pragma : pragmas) {
        if (auto s = exec(pragma); !s) {
            return s;
        }
    }
    return {};
}

int Database::latestSchemaVersion() {
    return int(migrations().size());
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Status Database::migrate() {
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return makeError(ErrorCode::Unsupported,
                         tr("This database was made by a newer version of Fieldcase (schema %1; this version "
                            "knows up to %2). Install the newer version to open it.")
                             .arg(current)
                             .arg(latest));
    }
    if (current == latest) {
        return {};
    }
    if (current > 0 && m_backupBeforeMigration && m_path != QStringLiteral(":memory:")) {
        // A checkpoint folds the WAL into the file, so the copy holds every committed change.
        if (auto s = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s) {
            return s;
        }
        const QString backup = QStringLiteral("%1.schema%2.bak").arg(m_path).arg(current);
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup)) {
            return makeError(ErrorCode::Io, tr("Before upgrading the database, a copy could not be written to %1. "
                                               "Free some disk space and open the database again.")
                                                .arg(backup));
        }
    }
    const auto& steps = migrations();
    for (int version = current + 1; version <= latest; ++version) {
        const Migration& step = steps.at(version - 1);
        Transaction tx(*this);
        if (auto s = step.apply(*this); !s) {
            // The steps before this one are committed, each in its own transaction, so the file now
            // stands at the previous schema, complete and consistent; the copy is from before them all.
            Error e = s.error();
            e.message =
                version == current + 1
                    ? tr("The database could not be upgraded to schema %1 (%2). It was left as it was.")
                          .arg(version)
                          .arg(QString::fromUtf8(step.description))
                    : tr("The database could not be upgraded to schema %1 (%2). It stays at schema %3, complete "
                         "and consistent, and a copy from before the upgrade is at %4. Open it again once the "
                         "cause below is fixed.")
                          .arg(version)
                          .arg(QString::fromUtf8(step.description))
                          .arg(version - 1)
                          .arg(QStringLiteral("%1.schema%2.bak").arg(m_path).arg(current));
            return e;
        }
        if (auto s = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !s) {
            return s;
        }
        if (auto s = tx.commit(); !s) {
            return s;
        }
    }
    m_upgradedFrom = current > 0 ? current : 0;
    return {};
}

Status Database::loadIdentity() {
    m_deviceId = meta(QStringLiteral("device_id")).toString();
    if (m_deviceId.isEmpty()) {
        m_deviceId = m_ids.next();
        Transaction tx(*this);
        if (auto s = setMeta(QStringLiteral("device_id"), m_deviceId); !s) {
            return s;
        }
        if (auto s = setMeta(QStringLiteral("created_at"), m_clock.now().toString(Qt::ISODate)); !s) {
            return s;
        }
        if (auto s = tx.commit(); !s) {
            return s;
        }
    }
    quint64 last = meta(QStringLiteral("hlc"), 0).toULongLong();
    Statement st(*this, kLastLoggedHlc);
    if (auto v = st.scalar(); v.ok()) {
        last = std::max<quint64>(last, v->toULongLong());
    }
    // Even when this file comes from a machine whose clock ran fast, its stamps never go back.
    m_hlc.restore(last);
    m_persistedHlc = m_hlc.last();
    return {};
}

QVariant Database::meta(const QString& key, const QVariant& fallback) {
    Statement st(*this, kSelectMeta);
    st.bind(key);
    auto v = st.scalar();
    if (!v.ok() || v->isNull()) {
        return fallback;
    }
    return *v;
}

Status Database::setMeta(const QString& key, const QVariant& value) {
    Statement st(*this, kUpsertMeta);
    st.bind(key).bind(value);
    return st.exec();
}

Status Database::exec(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        return storageError(q);
    }
    return {};
}

Status Database::checkpoint() {
    return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Error Database::storageError(const QSqlQuery& query) {
    const QSqlError e = query.lastError();
    const QString detail =
        e.text() + QStringLiteral(" [") + query.lastQuery().simplified().left(200) + QLatin1Char(']');
    return storageError(e.nativeErrorCode().toInt(), detail);
}

Error Database::storageError(int sqliteCode, const QString& detail) {
    switch (sqliteCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Storage,
                         tr("The database is busy in another window or program. Close it there and try again."),
                         detail);
    case SQLITE_FULL:
        return makeError(ErrorCode::Storage, tr("The disk is full. Free some space and try again."), detail);
    default:
        return makeError(ErrorCode::Storage, tr("The database reported an error; nothing was changed."), detail);
    }
}

Error Database::storageError(const QSqlDatabase& db, const QString& what) {
    return makeError(ErrorCode::Storage, what, db.lastError().text());
}

Status Database::execPrepared(const QString& sql) {
    Statement st(*this, sql);
    return st.exec();
}

Status Database::begin() {
    if (m_depth == 0) {
        if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
            return s;
        }
        m_changedTables.clear();
        m_lastNoted.clear();
    } else {
        if (auto s = execPrepared(QStringLiteral("SAVEPOINT fc_sp_%1").arg(m_depth)); !s) {
            return s;
        }
    }
    ++m_depth;
    return {};
}

Status Database::commit() {
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        if (auto s = execPrepared(QStringLiteral("RELEASE fc_sp_%1").arg(m_depth - 1)); !s) {
            return s;
        }
        --m_depth;
        return {};
    }
    if (m_hlc.last() != m_persistedHlc) {
        if (auto s = setMeta(QStringLiteral("hlc"), QString::number(m_hlc.last())); !s) {
            return s;
        }
    }
    if (auto s = exec(QStringLiteral("COMMIT")); !s) {
        return s;
    }
    --m_depth;
    m_persistedHlc = m_hlc.last();
    if (!m_changedTables.isEmpty()) {
        QStringList tables(m_changedTables.begin(), m_changedTables.end());
        tables.sort();
        m_changedTables.clear();
        m_lastNoted.clear();
        Q_EMIT m_events.tablesChanged(tables);
    }
    return {};
}

void Database::rollback() {
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        const QString name = QStringLiteral("fc_sp_%1").arg(m_depth - 1);
        execPrepared(QStringLiteral("ROLLBACK TO ") + name).ok();
        execPrepared(QStringLiteral("RELEASE ") + name).ok();
    } else {
        exec(QStringLiteral("ROLLBACK")).ok();
        m_changedTables.clear();
        m_lastNoted.clear();
    }
    --m_depth;
}

sqlite3_stmt* Database::takeStatement(const QString& sql, Error* error) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->isEmpty()) {
        return it->takeLast();
    }
    sqlite3* raw = handle();
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v3(raw, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        *error = storageError(rc, QString::fromUtf8(sqlite3_errmsg(raw)) + QStringLiteral(" [") +
                                      sql.simplified().left(200) + QLatin1Char(']'));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

void Database::returnStatement(const QString& sql, sqlite3_stmt* statement) {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    auto& pool = m_statements[sql];
    if (pool.size() < 4) {
        pool.append(statement);
    } else {
        sqlite3_finalize(statement);
    }
}

} // namespace fieldcase::core
