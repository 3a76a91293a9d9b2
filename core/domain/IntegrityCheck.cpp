// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IntegrityCheck.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fieldcase::core {

namespace {

Result<qint64> count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        return Database::storageError(q);
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString quotedList(const QStringList& items) {
    QStringList quoted;
    for (const QString& item : items) {
        quoted.append(QLatin1Char('\'') + QString(item).replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\''));
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

Result<QStringList> IntegrityCheck::run(Database& db) {
    QStringList problems;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return Database::storageError(q);
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QStringLiteral("ok")) {
                problems.append(tr("SQLite integrity: %1").arg(line));
            }
        }
        // next() is false at the end and on a row that could not be read alike.
        if (q.lastError().isValid()) {
            return Database::storageError(q);
        }
    }
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return Database::storageError(q);
        }
        while (q.next()) {
            problems.append(tr("%1 row %2 points at a missing %3 record.")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        }
        // next() is false at the end and on a row that could not be read alike.
        if (q.lastError().isValid()) {
            return Database::storageError(q);
        }
    }

    // Each check: a count query and the sentence to report when the count is not zero.
    struct Check {
        QString sql;
        QString problem;
    };
    QList<Check> checks;
    for (const TableDef& table : Schema::instance().tables()) {
        const QString t = table.name;
        QStringList personal;
        for (const FieldDef& f : table.fields) {
            const QString where = QStringLiteral("SELECT count(*) FROM %1 WHERE ").arg(t);
            if (f.required()) {
                checks.append({where + QStringLiteral("deleted = 0 AND (%1 IS NULL OR %1 = '')").arg(f.name),
                               tr("%1: live records lack the required field %2.").arg(t, f.name)});
            }
            switch (f.type) {
            case FieldType::Enum:
                checks.append(
                    {where + QStringLiteral("%1 IS NOT NULL AND %1 NOT IN (%2)").arg(f.name, quotedList(f.enumValues)),
                     tr("%1: field %2 holds values that are not among its choices.").arg(t, f.name)});
                break;
            case FieldType::Date:
                checks.append({where + QStringLiteral("%1 IS NOT NULL AND (typeof(%1) != 'text' OR date(%1) IS NULL "
                                                      "OR date(%1) != %1)")
                                           .arg(f.name),
                               tr("%1: field %2 holds values that are not dates.").arg(t, f.name)});
                break;
            case FieldType::Ref: {
                const QString target = f.refTable;
                checks.append({QStringLiteral("SELECT count(*) FROM %1 x JOIN %2 y ON y.id = x.%3 "
                                              "WHERE x.deleted = 0 AND y.deleted = 1 AND x.id != y.id")
                                   .arg(t, target, f.name),
                               tr("%1: live records point through %2 at deleted records.").arg(t, f.name)});
                break;
            }
            case FieldType::Bool:
            case FieldType::Integer:
                checks.append({where + QStringLiteral("%1 IS NOT NULL AND typeof(%1) != 'integer'").arg(f.name),
                               tr("%1: field %2 holds values that are not whole numbers.").arg(t, f.name)});
                break;
            default:
                break;
            }
            if (f.personal()) {
                personal.append(f.name + QStringLiteral(" IS NOT NULL"));
            }
        }
        if (!personal.isEmpty()) {
            checks.append({QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 1 AND (%2)")
                               .arg(t, personal.join(QStringLiteral(" OR "))),
                           tr("%1: deleted records still hold personal data.").arg(t)});
        }
        checks.append({QStringLiteral("SELECT count(*) FROM %1 x WHERE NOT EXISTS (SELECT 1 FROM change_log c "
                                      "WHERE c.table_name = '%1' AND c.record_id = x.id AND c.hlc = x.hlc)")
                           .arg(t),
                       tr("%1: records were changed without a matching change-log entry.").arg(t)});
    }
    for (const QString& t : {QStringLiteral("person"), QStringLiteral("household"), QStringLiteral("locality")}) {
        checks.append({QStringLiteral("SELECT (SELECT count(*) FROM %1 WHERE deleted = 0) - "
                                      "(SELECT count(*) FROM %1_fts)")
                           .arg(t),
                       tr("The search index of %1 does not match the records.").arg(t)});
        checks.append({QStringLiteral("SELECT count(*) FROM %1_fts f WHERE NOT EXISTS "
                                      "(SELECT 1 FROM %1 x WHERE x.rid = f.rowid AND x.deleted = 0)")
                           .arg(t),
                       tr("The search index of %1 lists records that are gone.").arg(t)});
    }
    checks.append({QStringLiteral("SELECT count(*) FROM change_log WHERE json_valid(fields) = 0"),
                   tr("The change log holds entries that cannot be read.")});

    for (const Check& check : checks) {
        auto n = count(db, check.sql);
        if (!n) {
            return n.error();
        }
        if (*n != 0) {
            problems.append(QStringLiteral("%1 (%2)").arg(check.problem).arg(*n));
        }
    }
    return problems;
}

} // namespace fieldcase::core
