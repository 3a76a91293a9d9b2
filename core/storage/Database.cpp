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

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

// Makes a file's new name durable: on Linux a rename reaches the disk with its folder.
void syncFolderOf(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
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

    // synchronous = FULL: in WAL mode each commit is synced to the disk before it returns, so a
    // power cut loses no change that was saved, no draft that was kept and no export or merge state
    // a file on a stick relies on (NORMAL could lose the last commits). It costs one sync per commit.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),   QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),  QStringLiteral("PRAGMA temp_store = MEMORY"),
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
        const QString backup = QStringLiteral("%1.schema%2.bak").arg(m_path).arg(current);
        if (auto s = backupTo(backup); !s) {
            Error e = s.error();
            e.message = tr("Before upgrading the database, a copy could not be written to %1; the database was "
                           "left as it was. Free some disk space and open the database again.")
                            .arg(backup);
            return e;
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

Status Database::backupTo(const QString& target) {
    // SQLite's online backup copies what this connection sees, the write-ahead log included, even
    // while another program reads the file; copying the file itself would miss what a checkpoint
    // could not fold in.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(copy));
        sqlite3_close(copy);
        return makeError(ErrorCode::Io, tr("The backup %1 could not be written.").arg(target), detail);
    }
    const auto fail = [&](const QString& detail) -> Status {
        sqlite3_close(copy);
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup %1 could not be written (is the disk full?).").arg(target),
                         detail);
    };
    // The copy is synced to the disk as it is finished.
    sqlite3_exec(copy, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_backup* job = sqlite3_backup_init(copy, "main", handle(), "main");
    if (job == nullptr) {
        return fail(QString::fromUtf8(sqlite3_errmsg(copy)));
    }
    const int stepped = sqlite3_backup_step(job, -1);
    const int finished = sqlite3_backup_finish(job);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        return fail(QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished)));
    }
    // The copy must read back whole, at the same schema, before it counts as a backup.
    QString verdict;
    int version = -1;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(copy, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        verdict = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    st = nullptr;
    if (sqlite3_prepare_v2(copy, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        version = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    if (verdict != QStringLiteral("ok") || version != schemaVersion()) {
        return fail(QStringLiteral("check of the copy: %1, schema %2").arg(verdict).arg(version));
    }
    if (sqlite3_close(copy) != SQLITE_OK) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup %1 could not be written (is the disk full?).").arg(target));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The backup %1 could not be written.").arg(target),
                         QStringLiteral("rename failed"));
    }
    syncFolderOf(target);
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

bool Database::sqliteInTransaction() const {
    sqlite3* raw = handle();
    return raw != nullptr && sqlite3_get_autocommit(raw) == 0;
}

Status Database::begin() {
    if (m_depth == 0) {
        if (sqliteInTransaction()) {
            // A transaction that could be neither committed nor rolled back earlier: what it holds
            // was never stored, and a new one cannot start inside it.
            exec(QStringLiteral("ROLLBACK")).ok();
        }
        if (auto s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s) {
            return s;
        }
        m_aborted = false;
        m_changedTables.clear();
        m_lastNoted.clear();
    } else {
        if (m_aborted || !sqliteInTransaction()) {
            m_aborted = true;
            return abortedError();
        }
        if (auto s = execPrepared(QStringLiteral("SAVEPOINT fc_sp_%1").arg(m_depth)); !s) {
            return s;
        }
    }
    ++m_depth;
    return {};
}

Error Database::abortedError() {
    return makeError(ErrorCode::Storage,
                     tr("The database undid this change after an error (is the disk full?); nothing of it was "
                        "stored. Try again."),
                     QStringLiteral("transaction rolled back by SQLite"));
}

Status Database::commit() {
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        if (m_aborted || !sqliteInTransaction()) {
            m_aborted = true;
            --m_depth;
            return abortedError();
        }
        const QString name = QStringLiteral("fc_sp_%1").arg(m_depth - 1);
        if (auto s = execPrepared(QStringLiteral("RELEASE ") + name); !s) {
            // The savepoint stays; undo it, so that the outer transaction holds nothing of this level.
            rollback();
            return s;
        }
        --m_depth;
        return {};
    }
    if (m_aborted || !sqliteInTransaction()) {
        finishOutermost();
        return abortedError();
    }
    Status stored;
    if (m_hlc.last() != m_persistedHlc) {
        stored = setMeta(QStringLiteral("hlc"), QString::number(m_hlc.last()));
    }
    if (stored) {
        stored = exec(QStringLiteral("COMMIT"));
    }
    if (!stored) {
        // A failed COMMIT (a deferred foreign key, a full disk) leaves SQLite's transaction open: undo
        // it here, or every later save of this session would run inside it and be lost on close.
        rollback();
        return stored;
    }
    m_depth = 0;
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

void Database::finishOutermost() {
    m_depth = 0;
    m_aborted = false;
    m_changedTables.clear();
    m_lastNoted.clear();
}

void Database::rollback() {
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        const QString name = QStringLiteral("fc_sp_%1").arg(m_depth - 1);
        --m_depth;
        if (m_aborted || !sqliteInTransaction()) {
            m_aborted = true;
            return;
        }
        const bool undone = execPrepared(QStringLiteral("ROLLBACK TO ") + name).ok() &&
                            execPrepared(QStringLiteral("RELEASE ") + name).ok();
        if (!undone || !sqliteInTransaction()) {
            // This level could not be undone on its own: the outer levels must not commit it.
            m_aborted = true;
        }
        return;
    }
    if (sqliteInTransaction()) {
        if (auto s = exec(QStringLiteral("ROLLBACK")); !s) {
            // Still open; begin() rolls it back before the next transaction instead of nesting in it.
            qWarning("Fieldcase: a rollback failed: %s", qUtf8Printable(s.error().detail));
        }
    }
    finishOutermost();
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
