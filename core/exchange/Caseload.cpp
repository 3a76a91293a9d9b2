// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Caseload.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSet>

namespace fieldcase::core {

namespace {

const QSet<QString>& referenceTables() {
    static const QSet<QString> tables = {QStringLiteral("programme"), QStringLiteral("locality"),
                                         QStringLiteral("staff"),     QStringLiteral("staff_training"),
                                         QStringLiteral("facility"),  QStringLiteral("event"),
                                         QStringLiteral("indicator"), QStringLiteral("indicator_target")};
    return tables;
}

Result<qint64> total(Database& db) {
    Statement st(db, QStringLiteral("SELECT count(*) FROM temp.exchange_caseload"));
    auto v = st.scalar();
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

Status run(Database& db, const QString& sql, const QVariantList& args = {}) {
    Statement st(db, sql);
    for (const QVariant& a : args) {
        st.bind(a);
    }
    return st.exec();
}

// Repeats the statements until the set stops growing (ownership trees are shallow).
Status fixpoint(Database& db, const QStringList& statements) {
    qint64 before = -1;
    for (int round = 0; round < 12; ++round) {
        auto now = total(db);
        if (!now) {
            return now.error();
        }
        if (*now == before) {
            return {};
        }
        before = *now;
        for (const QString& sql : statements) {
            if (auto s = run(db, sql); !s) {
                return s;
            }
        }
    }
    return {};
}

} // namespace

Status Caseload::drop(Database& db) {
    return db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.exchange_caseload"));
}

Result<qint64> Caseload::fill(Database& db, const QString& staffId, const QString& deviceId) {
    if (auto s = drop(db); !s) {
        return s.error();
    }
    if (auto s = db.exec(QStringLiteral("CREATE TABLE temp.exchange_caseload (table_name TEXT NOT NULL, id TEXT NOT "
                                        "NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID"));
        !s) {
        return s.error();
    }
    const QString insert = QStringLiteral("INSERT OR IGNORE INTO temp.exchange_caseload(table_name, id) ");
    for (const QString& t : referenceTables()) {
        if (auto s = run(db, insert + QStringLiteral("SELECT '%1', id FROM %1").arg(t)); !s) {
            return s.error();
        }
    }
    if (!staffId.isEmpty()) {
        const QStringList seeds = {
            QStringLiteral("SELECT 'household', id FROM household WHERE case_manager_id = ?"),
            QStringLiteral("SELECT 'person', id FROM person WHERE case_manager_id = ?"),
            // A worker who manages one member of a family sees the family.
            QStringLiteral("SELECT 'household', household_id FROM person WHERE case_manager_id = ? AND "
                           "household_id IS NOT NULL"),
        };
        for (const QString& seed : seeds) {
            if (auto s = run(db, insert + seed, {staffId}); !s) {
                return s.error();
            }
        }
    }
    if (!deviceId.isEmpty()) {
        // What the laptop created, and what it was sent before: a record it holds stays in step
        // even when it no longer belongs to the worker's families.
        const QStringList seeds = {
            QStringLiteral("SELECT table_name, record_id FROM change_log WHERE device = ? AND op = 'create'"),
            QStringLiteral("SELECT table_name, record_id FROM exchange_shipped WHERE device_id = ?"),
        };
        for (const QString& seed : seeds) {
            if (auto s = run(db, insert + seed, {deviceId}); !s) {
                return s.error();
            }
        }
    }
    QStringList down;
    QStringList up;
    for (const TableDef& t : Schema::instance().tables()) {
        for (const FieldDef& f : t.fields) {
            if (f.type != FieldType::Ref) {
                continue;
            }
            if (!referenceTables().contains(t.name) && !referenceTables().contains(f.refTable)) {
                down.append(insert + QStringLiteral("SELECT '%1', x.id FROM %1 x WHERE x.%2 IN "
                                                    "(SELECT id FROM temp.exchange_caseload WHERE table_name = '%3')")
                                         .arg(t.name, f.name, f.refTable));
            }
            up.append(insert + QStringLiteral("SELECT '%3', x.%2 FROM %1 x JOIN temp.exchange_caseload k "
                                              "ON k.table_name = '%1' AND k.id = x.id WHERE x.%2 IS NOT NULL")
                                   .arg(t.name, f.name, f.refTable));
        }
    }
    if (auto s = fixpoint(db, down); !s) {
        return s.error();
    }
    if (auto s = fixpoint(db, up); !s) {
        return s.error();
    }
    return total(db);
}

} // namespace fieldcase::core
