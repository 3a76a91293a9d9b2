// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordStore.h"

#include <QString>
#include <QVariantMap>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::test {

// Makes records for tests through the real RecordStore, with plausible defaults; a failed
// write fails the test at once.
class Builders {
public:
    explicit Builders(core::Database& db);

    core::RecordStore& store() { return m_store; }

    QString create(const QString& table, const QVariantMap& fields);
    QString locality(const QString& name = QStringLiteral("Alsóberény"), const QString& country = QStringLiteral("HU"));
    QString household(const QString& localityId, const QString& name = QStringLiteral("Lakatos"));
    QString person(const QString& householdId, const QString& family, const QString& given,
                   const QString& birthDate = QStringLiteral("1990-04-12"), const QVariantMap& extra = {});
    QString staff(const QString& name = QStringLiteral("Balogh Erika"),
                  const QString& role = QStringLiteral("social_worker"));
    QString individualPlan(const QString& personId, const QString& start = QStringLiteral("2026-01-10"));
    QString goal(const QString& planId, const QString& title, const QString& area = QStringLiteral("education"));
    QString event(const QString& title = QStringLiteral("Spring inclusion forum"));

    // The least a valid record of any synced table needs, creating the records it refers to.
    QVariantMap minimalFields(const QString& table);

private:
    core::RecordStore m_store;
    core::Database& m_db;
};

} // namespace fieldcase::test
