// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/BatchApply.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fieldcase::core {

namespace {

Error atLine(int line, const Error& e) {
    Error out = e;
    out.message = BatchApply::tr("Line %1: %2").arg(line).arg(e.message);
    return out;
}

Error lineError(int line, const QString& message) {
    return makeError(ErrorCode::InvalidInput, BatchApply::tr("Line %1: %2").arg(line).arg(message));
}

} // namespace

Result<BatchSummary> BatchApply::apply(Database& db, QIODevice& input) {
    RecordStore store(db);
    BatchSummary summary;
    Transaction tx(db);
    int lineNumber = 0;
    const QSet<QString> allowedKeys = {QStringLiteral("op"), QStringLiteral("table"), QStringLiteral("id"),
                                       QStringLiteral("fields"), QStringLiteral("note")};
    while (!input.atEnd()) {
        const QByteArray raw = input.readLine();
        ++lineNumber;
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return lineError(lineNumber, tr("this is not valid JSON (%1 at character %2).")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset + 1));
        }
        if (!doc.isObject()) {
            return lineError(lineNumber, tr("each line must be one JSON object."));
        }
        const QJsonObject op = doc.object();
        for (auto it = op.constBegin(); it != op.constEnd(); ++it) {
            if (!allowedKeys.contains(it.key())) {
                return lineError(
                    lineNumber,
                    tr("unknown key \"%1\"; a line has op, table, id, fields and note.").arg(it.key().left(60)));
            }
        }
        const QString kind = op.value(QStringLiteral("op")).toString();
        const QString tableName = op.value(QStringLiteral("table")).toString();
        const QJsonValue idValue = op.value(QStringLiteral("id"));
        const QJsonValue fieldsValue = op.value(QStringLiteral("fields"));
        if (kind != QStringLiteral("create") && kind != QStringLiteral("update") && kind != QStringLiteral("delete")) {
            return lineError(lineNumber, tr("\"op\" must be create, update or delete."));
        }
        const TableDef* table = Schema::instance().table(tableName);
        if (table == nullptr) {
            return lineError(lineNumber, tr("there is no table called \"%1\".").arg(tableName.left(60)));
        }
        if (!idValue.isUndefined() && !idValue.isString()) {
            return lineError(lineNumber, tr("\"id\" must be a text id."));
        }
        const QString id = idValue.toString();
        if (id.isEmpty() && kind != QStringLiteral("create")) {
            return lineError(lineNumber, tr("an %1 needs the \"id\" of the record.").arg(kind));
        }
        if (!fieldsValue.isUndefined() && !fieldsValue.isObject()) {
            return lineError(lineNumber, tr("\"fields\" must be a JSON object."));
        }
        const QJsonObject fieldsObject = fieldsValue.toObject();
        if (kind == QStringLiteral("delete") && !fieldsObject.isEmpty()) {
            return lineError(lineNumber, tr("a delete takes no fields."));
        }
        QVariantMap fields;
        for (auto it = fieldsObject.constBegin(); it != fieldsObject.constEnd(); ++it) {
            const FieldDef* field = table->field(it.key());
            if (field == nullptr) {
                return lineError(lineNumber, tr("%1 has no field called \"%2\".").arg(table->name, it.key().left(60)));
            }
            fields.insert(it.key(), values::fromJson(*field, it.value()));
        }

        if (kind == QStringLiteral("create")) {
            auto created = store.create(table->name, fields, id);
            if (!created) {
                return atLine(lineNumber, created.error());
            }
            ++summary.created;
        } else if (kind == QStringLiteral("update")) {
            if (fields.isEmpty()) {
                return lineError(lineNumber, tr("an update needs at least one field."));
            }
            const QString note = op.value(QStringLiteral("note")).toString();
            if (auto s = store.update(table->name, id, fields, note); !s) {
                return atLine(lineNumber, s.error());
            }
            ++summary.updated;
        } else {
            if (auto s = store.remove(table->name, id); !s) {
                return atLine(lineNumber, s.error());
            }
            ++summary.deleted;
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return summary;
}

} // namespace fieldcase::core
