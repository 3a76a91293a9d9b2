// SPDX-License-Identifier: GPL-3.0-or-later
// A change set aside in exchange_quarantine the way versions before the set-aside changes were kept
// whole wrote it (no base version, settles, redirect or note), for tests of what this version does
// with such rows: they stand for changes that an earlier version could not use.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

namespace fieldcase::test {

struct SetAsideRow {
    QString changeId;
    QString sender; // the device id of the file's sender
    qint64 sequence = 1;
    QString reason;
    QString table;
    QString recordId;
    QString op = QStringLiteral("update");
    QString fields; // {"field": [old, new]}
    quint64 hlc = 0;
    QString device;
    QString user;
    QString receivedAt = QStringLiteral("2026-06-01T09:00:00Z");
};

// Writes the row into the database file at path, through a connection of its own (the file may be
// of an earlier schema: it is not migrated).
inline void writeSetAside(const QString& path, const SetAsideRow& row) {
    const QString name = QStringLiteral("set-aside-") + row.changeId;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        const QJsonObject change{
            {QStringLiteral("change_id"), row.changeId}, {QStringLiteral("table"), row.table},
            {QStringLiteral("record_id"), row.recordId}, {QStringLiteral("op"), row.op},
            {QStringLiteral("action"), QString()},       {QStringLiteral("device"), row.device},
            {QStringLiteral("user"), row.user},          {QStringLiteral("hlc"), QString::number(row.hlc)},
            {QStringLiteral("fields"), row.fields}};
        QSqlQuery q(raw);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO exchange_quarantine(change_id, sender, sequence, reason, change, "
                                         "received_at) VALUES (?, ?, ?, ?, ?, ?)")));
        q.addBindValue(row.changeId);
        q.addBindValue(row.sender);
        q.addBindValue(row.sequence);
        q.addBindValue(row.reason);
        q.addBindValue(QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
        q.addBindValue(row.receivedAt);
        REQUIRE(q.exec());
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace fieldcase::test
