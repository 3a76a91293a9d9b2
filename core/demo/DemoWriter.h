// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordStore.h"
#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QVariantMap>

namespace fieldcase::core {

class Database;
class ManualClock;

namespace demo {

// Writes demo records through RecordStore, one millisecond of the demo clock apart, and counts
// them. The first failure sticks: later writes do nothing and return no id, so the generator
// can write a whole household and check status() once, instead of after every record.
class DemoWriter {
public:
    DemoWriter(Database& db, ManualClock& clock);

    // The id of the new record; empty once anything has failed.
    QString create(const QString& table, const QVariantMap& fields);
    void update(const QString& table, const QString& id, const QVariantMap& changes);

    const Status& status() const { return m_status; }
    bool ok() const { return m_status.ok(); }
    qint64 records() const { return m_records; }
    qint64 count(const QString& table) const { return m_perTable.value(table); }
    const QMap<QString, qint64>& perTable() const { return m_perTable; }

private:
    void fail(const QString& table, const Error& error);

    ManualClock& m_clock;
    RecordStore m_store;
    Status m_status;
    qint64 m_records = 0;
    QMap<QString, qint64> m_perTable;
};

} // namespace demo

} // namespace fieldcase::core
