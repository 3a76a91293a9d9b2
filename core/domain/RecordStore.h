// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "domain/Schema.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace fieldcase::core {

class Database;
class Statement;

// Who and when of a change that was made elsewhere and is being merged here. Local changes
// take the database's own clock, device and user.
struct ChangeStamp {
    quint64 hlc = 0;
    QString device;
    QString user;
};

// The only way records of synced tables are written. Every create, update and delete is
// validated against the schema and the table's rules, and appended to the change log in the
// same transaction, with per-field old and new values, the base version, HLC stamp, device
// and user. Deletes leave tombstones with personal fields cleared.
class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(Database& db);

    // Creates a record and returns its id (a new UUIDv7 unless one is given).
    Result<QString> create(const QString& table, const QVariantMap& fields, const QString& id = {});

    // Changes the given fields; fields that already hold the value are left out of the log.
    // Records of frozen tables (entry data) change only with a correction note, which is logged.
    Status update(const QString& table, const QString& id, const QVariantMap& changes,
                  const QString& correctionNote = {});

    // Turns a record into a tombstone, with the records it owns (a plan's goals). Refused while
    // other live records still point at it, and for facts (visits), which are corrected instead.
    Status remove(const QString& table, const QString& id);

    // A record, live or tombstone.
    Result<Record> get(const QString& table, const QString& id);

    // Live records whose field holds the value, ordered by another field of the table (then id),
    // at most limit of them (all when limit < 0).
    Result<QList<Record>> findBy(const QString& table, const QString& field, const QVariant& value,
                                 const QString& orderBy = {}, bool descending = false, int limit = -1);

    // Validates a full record (stored form) against the table's rules without writing it.
    Status validate(const TableDef& table, const QVariantMap& record, const QString& id = {});

    // Writes with the stamp of a change merged from another device instead of a local one.
    void setMergeStamp(const ChangeStamp* stamp) { m_mergeStamp = stamp; }

private:
    struct Stamp {
        quint64 hlc;
        QString device;
        QString user;
    };

    Result<const TableDef*> tableFor(const QString& name);
    static Record readRecord(const TableDef& table, const Statement& query);
    Result<QVariantMap> normalizeFields(const TableDef& table, const QVariantMap& input);
    Status checkReferences(const TableDef& table, const QVariantMap& fields);
    Status removeRecord(const TableDef& table, const Record& record, int depth);
    Stamp nextStamp();
    Status appendChange(const TableDef& table, const QString& id, const QString& op, const QVariantMap& oldValues,
                        const QVariantMap& newValues, qint64 baseVersion, const Stamp& stamp, const QString& note = {});
    QVariant sortKey(const TableDef& table, const QVariantMap& record) const;
    // The text of statements used for every record, built once per table and store.
    const QString& insertSqlFor(const TableDef& table);
    const QString& lookupSqlFor(const TableDef& table);

    Database& m_db;
    const ChangeStamp* m_mergeStamp = nullptr;
    QHash<QString, QString> m_insertSql;
    QHash<QString, QString> m_lookupSql;
};

} // namespace fieldcase::core
