// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Dump.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "util/Json.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fieldcase::core {

namespace {

// Writes each line to a sink, so that hashing does not need the whole dump in memory.
template <typename Sink>
Status dumpTo(Database& db, Sink&& sink) {
    const Schema& schema = Schema::instance();
    for (const QString& name : schema.tableNames()) {
        const TableDef& table = *schema.table(name);
        // Keys of each line after "table" and "id", in sorted order.
        QList<QPair<QString, const FieldDef*>> keys;
        keys.append({QStringLiteral("deleted"), nullptr});
        for (const FieldDef& f : table.fields) {
            keys.append({f.name, &f});
        }
        std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT id, deleted, %1 FROM %2 ORDER BY id")
                                .arg(table.fieldNames().join(QStringLiteral(", ")), table.name);
        if (!q.exec(sql)) {
            return Database::storageError(q);
        }
        QHash<QString, int> column;
        for (int i = 0; i < table.fields.size(); ++i) {
            column.insert(table.fields.at(i).name, i + 2);
        }
        const QByteArray prefix = "{\"table\":" + json::quoted(table.name) + ",\"id\":";
        QByteArray line;
        while (q.next()) {
            line.clear();
            line.append(prefix);
            line.append(json::quoted(q.value(0).toString()));
            for (const auto& [key, field] : keys) {
                line.append(',');
                line.append(json::quoted(key));
                line.append(':');
                if (field == nullptr) {
                    line.append(q.value(1).toLongLong() != 0 ? "true" : "false");
                } else {
                    line.append(json::canonical(values::toJson(*field, q.value(column.value(key)))));
                }
            }
            line.append("}\n");
            if (auto s = sink(line); !s) {
                return s;
            }
        }
        // next() is false at the end and on a row that could not be read alike: a dump cut short must
        // not pass for the whole database, nor its hash for the hash of it.
        if (q.lastError().isValid()) {
            return Database::storageError(q);
        }
    }
    return {};
}

} // namespace

Status Dump::write(Database& db, QIODevice& out) {
    return dumpTo(db, [&out](const QByteArray& line) -> Status {
        if (out.write(line) != line.size()) {
            return makeError(ErrorCode::Io, QCoreApplication::translate("Dump", "The dump could not be written."),
                             out.errorString());
        }
        return {};
    });
}

Result<QByteArray> Dump::hash(Database& db) {
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (auto s = dumpTo(db,
                        [&sha](const QByteArray& line) -> Status {
                            sha.addData(line);
                            return {};
                        });
        !s) {
        return s.error();
    }
    return sha.result().toHex();
}

} // namespace fieldcase::core
