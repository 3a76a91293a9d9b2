// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// One row of the change log: what changed in one record, field by field.
struct Change {
    qint64 seq = 0; // local order of this database
    QString changeId;
    QString table;
    QString recordId;
    QString op;         // create, update, delete
    QJsonObject fields; // field -> [old, new]
    qint64 baseVersion = 0;
    quint64 hlc = 0;
    QString device;
    QString user;
    QString note;
};

// Reads the change log; only RecordStore writes it.
class ChangeLog {
public:
    explicit ChangeLog(Database& db);

    Result<QList<Change>> forRecord(const QString& table, const QString& id);
    // Changes with seq greater than the given one, in order, at most limit of them.
    Result<QList<Change>> since(qint64 seq, int limit = 10000);
    Result<qint64> count();

private:
    Result<QList<Change>> read(const QString& sql, const QVariantList& args);

    Database& m_db;
};

} // namespace fieldcase::core
