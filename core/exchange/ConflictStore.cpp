// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ConflictStore.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "exchange/Merger.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace fieldcase::core {

namespace {

const QString kColumns =
    QStringLiteral("SELECT id, table_name, record_id, field, base, candidates, sensitive FROM exchange_conflict ");

ConflictInfo readConflict(Statement& st) {
    ConflictInfo c;
    c.id = st.value(0).toLongLong();
    c.table = st.value(1).toString();
    c.recordId = st.value(2).toString();
    c.field = st.value(3).toString();
    const QJsonArray base = QJsonDocument::fromJson(st.value(4).toString().toUtf8()).array();
    c.base = base.isEmpty() ? QJsonValue(QJsonValue::Undefined) : base.at(0);
    for (const QJsonValue& v : QJsonDocument::fromJson(st.value(5).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        c.candidates.append(Candidate{
            o.value(QStringLiteral("change_id")).toString(), o.value(QStringLiteral("hlc")).toString().toULongLong(),
            o.value(QStringLiteral("device")).toString(), o.value(QStringLiteral("user")).toString(),
            o.value(QStringLiteral("op")).toString(), o.value(QStringLiteral("value"))});
    }
    c.sensitive = st.value(6).toLongLong() != 0;
    return c;
}

QString titleOf(const TableDef& table, const QJsonObject& values) {
    if (table.name == QStringLiteral("person")) {
        const QString name = values.value(QStringLiteral("family_name")).toString() + QLatin1Char(' ') +
                             values.value(QStringLiteral("given_names")).toString();
        return name.trimmed();
    }
    for (const QString& name : {QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("title"),
                                QStringLiteral("description"), QStringLiteral("purpose")}) {
        const QString v = values.value(name).toString();
        if (!v.isEmpty()) {
            return ConflictStore::tr("%1: %2").arg(table.displayLabel(), v.left(60));
        }
    }
    return table.displayLabel();
}

} // namespace

ConflictStore::ConflictStore(Database& db)
    : m_db(db) {}

Result<qint64> ConflictStore::count() {
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM exchange_conflict"));
    auto v = st.scalar();
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

Result<QList<ConflictInfo>> ConflictStore::open(int limit) {
    return load(QStringLiteral("ORDER BY id LIMIT ?"), {limit});
}

Result<QList<ConflictInfo>> ConflictStore::load(const QString& where, const QVariantList& args) {
    QList<ConflictInfo> out;
    {
        Statement st(m_db, kColumns + where);
        for (const QVariant& a : args) {
            st.bind(a);
        }
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        while (st.next()) {
            out.append(readConflict(st));
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    Merger merger(m_db);
    for (ConflictInfo& c : out) {
        const TableDef* table = Schema::instance().table(c.table);
        auto history = merger.history(c.table, c.recordId);
        if (table == nullptr || !history) {
            continue;
        }
        const FoldResult folded = Fold::run(*table, *history);
        c.recordDeleted = folded.deleted && !c.keptForReferences();
        c.current = c.wholeRecord() ? QJsonValue(QJsonValue::Null) : folded.values.value(c.field);
        c.provisional = folded.provisional.contains(c.field) ? folded.provisional.value(c.field) : c.current;
        c.recordTitle = titleOf(*table, Fold::valuesIgnoringDeletes(*table, *history));
    }
    return out;
}

Result<ConflictInfo> ConflictStore::get(qint64 id) {
    auto found = load(QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return found.error();
    }
    if (!found->isEmpty()) {
        return found->first();
    }
    return makeError(ErrorCode::NotFound,
                     tr("There is no open conflict number %1. It may have been settled already; list the open "
                        "conflicts again.")
                         .arg(id));
}

QString ConflictStore::display(const ConflictInfo& conflict, const QJsonValue& value) {
    const TableDef* table = Schema::instance().table(conflict.table);
    if (table == nullptr) {
        return {};
    }
    if (conflict.wholeRecord()) {
        if (value.isNull() || value.isUndefined()) {
            return tr("(deleted)");
        }
        if (value.isArray()) {
            // The records that still point at it, by kind: "kept: 2 Visit, 1 Person".
            QMap<QString, int> kinds;
            for (const QJsonValue& v : value.toArray()) {
                const TableDef* from = Schema::instance().table(v.toString().section(QLatin1Char('/'), 0, 0));
                kinds[from != nullptr ? from->displayLabel() : QString()] += 1;
            }
            QStringList parts;
            for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
                parts.append(tr("%1 × %2").arg(it.value()).arg(it.key()));
            }
            return tr("(kept: still pointed at by %1)").arg(parts.join(QStringLiteral(", ")));
        }
        QStringList parts;
        const QJsonObject fields = value.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (const FieldDef* f = table->field(it.key())) {
                auto v = values::normalize(*f, values::fromJson(*f, it.value()));
                parts.append(tr("%1: %2").arg(f->displayLabel(), v ? values::display(*f, *v) : QString()));
            }
        }
        return parts.isEmpty() ? tr("(edited)") : parts.join(QStringLiteral("; "));
    }
    const FieldDef* f = table->field(conflict.field);
    if (f == nullptr) {
        return {};
    }
    auto v = values::normalize(*f, values::fromJson(*f, value));
    const QString text = v ? values::display(*f, *v) : QString();
    return text.isEmpty() ? tr("(empty)") : text;
}

Result<QString> ConflictStore::take(qint64 id, int candidate) {
    auto conflict = get(id);
    if (!conflict) {
        return conflict.error();
    }
    if (candidate < 0 || candidate >= conflict->candidates.size()) {
        return makeError(ErrorCode::InvalidInput, tr("Conflict %1 has %n version(s); choose one of them.", nullptr,
                                                     int(conflict->candidates.size()))
                                                      .arg(id));
    }
    const Candidate& chosen = conflict->candidates.at(candidate);
    if (conflict->wholeRecord()) {
        const bool keepDeleted = chosen.op == QStringLiteral("delete");
        if (keepDeleted && conflict->keptForReferences()) {
            // Deleting it would leave the records that point at it pointing at nothing.
            return makeError(ErrorCode::Conflict,
                             tr("Conflict %1: this record cannot stay deleted while other records point at it. "
                                "Keep it, or first change the records that point at it and decide again.")
                                 .arg(id));
        }
        return decideRecord(*conflict, keepDeleted);
    }
    return decide(*conflict, chosen.value);
}

Result<QString> ConflictStore::setValue(qint64 id, const QVariant& value) {
    auto conflict = get(id);
    if (!conflict) {
        return conflict.error();
    }
    if (conflict->wholeRecord()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A deleted record is kept deleted or restored; choose one of the versions."));
    }
    const FieldDef* field = Schema::instance().table(conflict->table)->field(conflict->field);
    auto normalized = values::normalize(*field, value);
    if (!normalized) {
        return normalized.error();
    }
    return decide(*conflict, values::toJson(*field, *normalized));
}

Result<QString> ConflictStore::decide(const ConflictInfo& conflict, const QJsonValue& chosen) {
    const FieldDef* field = Schema::instance().table(conflict.table)->field(conflict.field);
    if (field->required() && Fold::sameValue(chosen, QJsonValue::Null)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is required and cannot be left empty.").arg(field->displayLabel()), {}, field->name);
    }
    Merger::LocalChange change;
    change.table = conflict.table;
    change.recordId = conflict.recordId;
    change.action = QStringLiteral("resolve");
    change.fields.insert(conflict.field, QJsonArray{conflict.provisional, chosen});
    for (const Candidate& c : conflict.candidates) {
        if (!c.changeId.isEmpty()) {
            change.settles.append(c.changeId);
        }
    }
    change.note = tr("Conflict %1 decided").arg(conflict.id);
    Transaction tx(m_db);
    Merger merger(m_db);
    if (auto s = merger.begin(); !s) {
        return s.error();
    }
    auto id = merger.addLocal(change);
    if (!id) {
        return id.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *id;
}

Result<QString> ConflictStore::decideRecord(const ConflictInfo& conflict, bool keepDeleted) {
    const TableDef* table = Schema::instance().table(conflict.table);
    Transaction tx(m_db);
    Merger merger(m_db);
    if (auto s = merger.begin(); !s) {
        return s.error();
    }
    Merger::LocalChange change;
    change.table = conflict.table;
    change.recordId = conflict.recordId;
    change.note = keepDeleted ? tr("Conflict %1 decided: stays deleted").arg(conflict.id)
                              : tr("Conflict %1 decided: restored").arg(conflict.id);
    for (const Candidate& c : conflict.candidates) {
        if (!c.changeId.isEmpty()) {
            change.settles.append(c.changeId);
        }
    }
    if (keepDeleted) {
        change.action = QStringLiteral("resolve");
    } else {
        auto history = merger.history(conflict.table, conflict.recordId);
        if (!history) {
            return history.error();
        }
        const FoldResult now = Fold::run(*table, *history);
        const QJsonObject restored = Fold::valuesIgnoringDeletes(*table, *history);
        change.action = QStringLiteral("restore");
        for (const FieldDef& f : table->fields) {
            const QJsonValue v = restored.value(f.name);
            if (!Fold::sameValue(v, QJsonValue::Null) || !Fold::sameValue(now.values.value(f.name), QJsonValue::Null)) {
                change.fields.insert(f.name, QJsonArray{now.values.value(f.name), v});
            }
        }
    }
    auto id = merger.addLocal(change);
    if (!id) {
        return id.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *id;
}

} // namespace fieldcase::core
