// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordStore.h"

#include "domain/FieldValue.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fieldcase::core {

namespace {

const QString kInsertChange = QStringLiteral(
    "INSERT INTO change_log(change_id, table_name, record_id, op, fields, base_version, hlc, device, user, note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// Owned records form shallow trees (plan -> goal); anything deeper is a modelling mistake.
constexpr int kMaxCascadeDepth = 4;

QString selectSql(const TableDef& table) {
    return QStringLiteral("SELECT id, version, hlc, updated_by, origin, deleted, %1 FROM %2 WHERE id = ?")
        .arg(table.fieldNames().join(QStringLiteral(", ")), table.name);
}

QString insertSql(const TableDef& table) {
    const QStringList columns = table.rowColumns();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
        .arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

bool sameValue(const QVariant& a, const QVariant& b) {
    const bool aEmpty = values::isEmpty(a);
    const bool bEmpty = values::isEmpty(b);
    if (aEmpty || bEmpty) {
        return aEmpty == bEmpty;
    }
    const auto numeric = [](const QVariant& v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
    };
    if (numeric(a) && numeric(b)) {
        return a.toDouble() == b.toDouble();
    }
    return a.toString() == b.toString();
}

bool isRecordId(const QString& id) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

} // namespace

RecordStore::RecordStore(Database& db)
    : m_db(db) {}

const QString& RecordStore::insertSqlFor(const TableDef& table) {
    auto it = m_insertSql.constFind(table.name);
    if (it == m_insertSql.constEnd()) {
        it = m_insertSql.insert(table.name, insertSql(table));
    }
    return *it;
}

const QString& RecordStore::lookupSqlFor(const TableDef& table) {
    auto it = m_lookupSql.constFind(table.name);
    if (it == m_lookupSql.constEnd()) {
        it = m_lookupSql.insert(table.name, QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table.name));
    }
    return *it;
}

Result<const TableDef*> RecordStore::tableFor(const QString& name) {
    const TableDef* table = Schema::instance().table(name);
    if (table == nullptr) {
        return makeError(ErrorCode::InvalidInput, tr("There is no table called \"%1\".").arg(name.left(60)));
    }
    return table;
}

Result<QVariantMap> RecordStore::normalizeFields(const TableDef& table, const QVariantMap& input) {
    QVariantMap out;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const FieldDef* field = table.field(it.key());
        if (field == nullptr) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 has no field called \"%2\".").arg(table.displayLabel(), it.key().left(60)), {},
                             it.key());
        }
        auto value = values::normalize(*field, it.value());
        if (!value) {
            return value.error();
        }
        out.insert(field->name, *value);
    }
    return out;
}

Result<Record> RecordStore::get(const QString& tableName, const QString& id) {
    auto table = tableFor(tableName);
    if (!table) {
        return table.error();
    }
    const TableDef& def = **table;
    Statement st(m_db, selectSql(def));
    st.bind(id);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    if (!st.next()) {
        return makeError(ErrorCode::NotFound, tr("The %1 record %2 does not exist.").arg(def.displayLabel(), id));
    }
    return readRecord(def, st);
}

Record RecordStore::readRecord(const TableDef& table, const Statement& query) {
    Record r;
    r.table = table.name;
    r.id = query.value(0).toString();
    r.version = query.value(1).toLongLong();
    r.hlc = query.value(2).toULongLong();
    r.updatedBy = query.value(3).toString();
    r.origin = query.value(4).toString();
    r.deleted = query.value(5).toLongLong() != 0;
    for (int i = 0; i < table.fields.size(); ++i) {
        const QVariant v = query.value(6 + i);
        r.fields.insert(table.fields.at(i).name, v.isNull() ? QVariant() : v);
    }
    return r;
}

Result<QList<Record>> RecordStore::findBy(const QString& tableName, const QString& fieldName, const QVariant& value,
                                          const QString& orderBy, bool descending, int limit) {
    auto table = tableFor(tableName);
    if (!table) {
        return table.error();
    }
    const TableDef& def = **table;
    // Column names are checked against the schema; only values are bound.
    if (def.field(fieldName) == nullptr && fieldName != QStringLiteral("id")) {
        return makeError(ErrorCode::InvalidInput, tr("%1 has no field called \"%2\".").arg(def.name, fieldName));
    }
    if (!orderBy.isEmpty() && def.field(orderBy) == nullptr) {
        return makeError(ErrorCode::InvalidInput, tr("%1 has no field called \"%2\".").arg(def.name, orderBy));
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString order = QStringLiteral("id") + direction;
    if (!orderBy.isEmpty()) {
        order.prepend(orderBy + direction + QStringLiteral(", "));
    }
    Statement st(m_db, QStringLiteral("SELECT id, version, hlc, updated_by, origin, deleted, %1 FROM %2 "
                                      "WHERE %3 = ? AND deleted = 0 ORDER BY %4 LIMIT ?")
                           .arg(def.fieldNames().join(QStringLiteral(", ")), def.name, fieldName, order));
    st.bind(value).bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<Record> records;
    while (st.next()) {
        records.append(readRecord(def, st));
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return records;
}

Status RecordStore::checkReferences(const TableDef& table, const QVariantMap& fields) {
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldDef* field = table.field(it.key());
        if (field == nullptr || field->type != FieldType::Ref || values::isEmpty(it.value())) {
            continue;
        }
        const TableDef* target = Schema::instance().table(field->refTable);
        Statement st(m_db, lookupSqlFor(*target));
        st.bind(it.value());
        auto deleted = st.scalar();
        if (!deleted) {
            return deleted.error();
        }
        if (deleted->isNull()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: there is no %2 with the id %3.")
                                 .arg(field->displayLabel(), target->displayLabel().toLower(), it.value().toString()),
                             {}, field->name);
        }
        if (deleted->toLongLong() != 0) {
            return makeError(
                ErrorCode::Conflict,
                tr("%1: the %2 it points to was deleted.").arg(field->displayLabel(), target->displayLabel().toLower()),
                it.value().toString(), field->name);
        }
    }
    return {};
}

Status RecordStore::validate(const TableDef& table, const QVariantMap& record, const QString& id) {
    for (const FieldDef& field : table.fields) {
        if (field.required() && values::isEmpty(record.value(field.name))) {
            return makeError(ErrorCode::InvalidInput, tr("%1 is required.").arg(field.displayLabel()), {}, field.name);
        }
    }
    return Validation::checkRecord(m_db.clock(), table, record, id);
}

RecordStore::Stamp RecordStore::nextStamp() {
    if (m_mergeStamp != nullptr) {
        return {m_mergeStamp->hlc, m_mergeStamp->device, m_mergeStamp->user};
    }
    return {m_db.hlc().now(), m_db.deviceId(), m_db.user()};
}

QVariant RecordStore::sortKey(const TableDef& table, const QVariantMap& record) const {
    QStringList parts;
    for (const QString& f : table.sortFields) {
        parts.append(record.value(f).toString());
    }
    const QString key = text::fold(parts.join(QLatin1Char(' '))).trimmed();
    return key.isEmpty() ? QVariant() : QVariant(key);
}

Status RecordStore::appendChange(const TableDef& table, const QString& id, const QString& op,
                                 const QVariantMap& oldValues, const QVariantMap& newValues, qint64 baseVersion,
                                 const Stamp& stamp, const QString& note) {
    QJsonObject fields;
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        const FieldDef* field = table.field(it.key());
        fields.insert(it.key(), QJsonArray{values::toJson(*field, oldValues.value(it.key())),
                                           values::toJson(*field, it.value())});
    }
    Statement st(m_db, kInsertChange);
    st.bind(m_db.ids().next())
        .bind(table.name)
        .bind(id)
        .bind(op)
        .bind(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)))
        .bind(baseVersion)
        .bind(qint64(stamp.hlc))
        .bind(stamp.device)
        .bind(stamp.user)
        .bind(note.isEmpty() ? QVariant() : QVariant(note));
    return st.exec();
}

Result<QString> RecordStore::create(const QString& tableName, const QVariantMap& input, const QString& requestedId) {
    auto table = tableFor(tableName);
    if (!table) {
        return table.error();
    }
    const TableDef& def = **table;
    auto fields = normalizeFields(def, input);
    if (!fields) {
        return fields.error();
    }
    QString id = requestedId;
    if (id.isEmpty()) {
        id = m_db.ids().next();
    } else if (!isRecordId(id)) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("\"%1\" is not a record id; ids look like 0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f.").arg(id.left(60)));
    }
    // Only an id from the caller can already be taken: one the generator has just made is new (and
    // the UNIQUE constraint on id still guards the impossible case).
    if (!requestedId.isEmpty()) {
        Statement exists(m_db, lookupSqlFor(def));
        exists.bind(id);
        auto found = exists.scalar();
        if (!found) {
            return found.error();
        }
        if (!found->isNull()) {
            return makeError(ErrorCode::Conflict,
                             tr("A %1 with the id %2 already exists.").arg(def.displayLabel(), id));
        }
    }
    if (auto s = validate(def, *fields, id); !s) {
        return s.error();
    }
    if (auto s = checkReferences(def, *fields); !s) {
        return s.error();
    }

    Transaction tx(m_db);
    const Stamp stamp = nextStamp();
    Statement insert(m_db, insertSqlFor(def));
    insert.bind(id).bind(0).bind(qint64(stamp.hlc)).bind(stamp.user).bind(stamp.device).bind(0);
    for (const FieldDef& f : def.fields) {
        insert.bind(fields->value(f.name));
    }
    if (!def.sortFields.isEmpty()) {
        insert.bind(sortKey(def, *fields));
    }
    if (auto s = insert.exec(); !s) {
        return s.error();
    }
    QVariantMap logged;
    for (auto it = fields->constBegin(); it != fields->constEnd(); ++it) {
        if (!values::isEmpty(it.value())) {
            logged.insert(it.key(), it.value());
        }
    }
    if (auto s = appendChange(def, id, QStringLiteral("create"), {}, logged, 0, stamp); !s) {
        return s.error();
    }
    m_db.noteChanged(def.name);
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status RecordStore::update(const QString& tableName, const QString& id, const QVariantMap& input,
                           const QString& correctionNote) {
    auto table = tableFor(tableName);
    if (!table) {
        return table.error();
    }
    const TableDef& def = **table;
    auto current = get(def.name, id);
    if (!current) {
        return current.error();
    }
    if (current->deleted) {
        return makeError(ErrorCode::Conflict,
                         tr("This %1 was deleted; it can no longer be changed.").arg(def.displayLabel().toLower()));
    }
    if (def.appendOnly) {
        return makeError(ErrorCode::Conflict, tr("A %1 is a record of what happened and is not edited. Record a "
                                                 "correction instead; it will replace this one.")
                                                  .arg(def.displayLabel().toLower()));
    }
    auto changes = normalizeFields(def, input);
    if (!changes) {
        return changes.error();
    }
    QVariantMap merged = current->fields;
    QVariantMap oldValues;
    QVariantMap newValues;
    for (auto it = changes->constBegin(); it != changes->constEnd(); ++it) {
        const QVariant old = current->fields.value(it.key());
        if (!sameValue(old, it.value())) {
            oldValues.insert(it.key(), old);
            newValues.insert(it.key(), it.value());
            merged.insert(it.key(), it.value());
        }
    }
    if (newValues.isEmpty()) {
        return {};
    }
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        const FieldDef* field = def.field(it.key());
        if (field == nullptr || !field->sensitive()) {
            continue;
        }
        // Special-category data in conflict between devices changes only by a person's decision in
        // the conflict inbox (the exchange keeps the value from before until then).
        Statement open(m_db, QStringLiteral("SELECT count(*) FROM exchange_conflict WHERE table_name = ? AND "
                                            "record_id = ? AND field = ?"));
        open.bind(def.name).bind(id).bind(field->name);
        auto n = open.scalar();
        if (!n) {
            return n.error();
        }
        if (n->toLongLong() > 0) {
            return makeError(ErrorCode::Conflict,
                             tr("%1 was changed differently on two devices, and a person has not decided yet which "
                                "answer stands. Decide it in the conflict inbox; it cannot be changed here until then.")
                                 .arg(field->displayLabel()),
                             {}, field->name);
        }
    }
    if (def.frozen && correctionNote.trimmed().isEmpty()) {
        return makeError(ErrorCode::Conflict, tr("The %1 is frozen once saved. To change it, make a correction and "
                                                 "say why; the correction is logged.")
                                                  .arg(def.displayLabel().toLower()));
    }
    if (auto s = validate(def, merged, id); !s) {
        return s;
    }
    if (auto s = checkReferences(def, newValues); !s) {
        return s;
    }

    Transaction tx(m_db);
    const Stamp stamp = nextStamp();
    QStringList assignments;
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
    }
    bool sortChanged = false;
    for (const QString& f : def.sortFields) {
        sortChanged = sortChanged || newValues.contains(f);
    }
    if (sortChanged) {
        assignments.append(QStringLiteral("sort_key = ?"));
    }
    Statement st(m_db, QStringLiteral("UPDATE %1 SET %2, hlc = ?, updated_by = ?, origin = ? WHERE id = ?")
                           .arg(def.name, assignments.join(QStringLiteral(", "))));
    for (auto it = newValues.constBegin(); it != newValues.constEnd(); ++it) {
        st.bind(it.value());
    }
    if (sortChanged) {
        st.bind(sortKey(def, merged));
    }
    st.bind(qint64(stamp.hlc)).bind(stamp.user).bind(stamp.device).bind(id);
    if (auto s = st.exec(); !s) {
        return s;
    }
    if (auto s = appendChange(def, id, QStringLiteral("update"), oldValues, newValues, current->version, stamp,
                              correctionNote.trimmed());
        !s) {
        return s;
    }
    m_db.noteChanged(def.name);
    return tx.commit();
}

Status RecordStore::remove(const QString& tableName, const QString& id) {
    auto table = tableFor(tableName);
    if (!table) {
        return table.error();
    }
    const TableDef& def = **table;
    if (def.appendOnly) {
        return makeError(ErrorCode::Conflict,
                         tr("A %1 is a record of what happened and cannot be deleted. Record a correction that "
                            "withdraws it instead.")
                             .arg(def.displayLabel().toLower()));
    }
    auto current = get(def.name, id);
    if (!current) {
        return current.error();
    }
    if (current->deleted) {
        return {};
    }
    Transaction tx(m_db);
    if (auto s = removeRecord(def, *current, 0); !s) {
        return s;
    }
    return tx.commit();
}

Status RecordStore::removeRecord(const TableDef& def, const Record& record, int depth) {
    if (depth > kMaxCascadeDepth) {
        return makeError(ErrorCode::Conflict, tr("The record owns too deep a tree of records to delete at once."));
    }
    if (def.appendOnly) {
        return makeError(
            ErrorCode::Conflict,
            tr("A %1 is a record of what happened and cannot be deleted.").arg(def.displayLabel().toLower()));
    }
    for (const auto& [refTable, refField] : Schema::instance().referencesTo(def.name)) {
        Statement st(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY id")
                               .arg(refTable->name, refField->name));
        st.bind(record.id);
        if (auto s = st.exec(); !s) {
            return s;
        }
        QStringList children;
        while (st.next()) {
            children.append(st.value(0).toString());
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
        if (children.isEmpty() || (refTable->name == def.name && children == QStringList{record.id})) {
            continue;
        }
        if (!refField->owner()) {
            return makeError(
                ErrorCode::Conflict,
                tr("This %1 cannot be deleted: %n record(s) of type \"%2\" still point at it (%3). "
                   "Change or delete those first.",
                   nullptr, int(children.size()))
                    .arg(def.displayLabel().toLower(), refTable->displayLabel(), refField->displayLabel()));
        }
        for (const QString& childId : children) {
            auto child = get(refTable->name, childId);
            if (!child) {
                return child.error();
            }
            if (auto s = removeRecord(*refTable, *child, depth + 1); !s) {
                return s;
            }
        }
    }

    const Stamp stamp = nextStamp();
    QStringList assignments = {QStringLiteral("deleted = 1")};
    for (const FieldDef& f : def.fields) {
        if (f.personal()) {
            assignments.append(f.name + QStringLiteral(" = NULL"));
        }
    }
    if (!def.sortFields.isEmpty()) {
        assignments.append(QStringLiteral("sort_key = NULL"));
    }
    Statement st(m_db, QStringLiteral("UPDATE %1 SET %2, hlc = ?, updated_by = ?, origin = ? WHERE id = ?")
                           .arg(def.name, assignments.join(QStringLiteral(", "))));
    st.bind(qint64(stamp.hlc)).bind(stamp.user).bind(stamp.device).bind(record.id);
    if (auto s = st.exec(); !s) {
        return s;
    }
    m_db.noteChanged(def.name);
    // The delete carries the values its author saw, so that merging can tell a delete that
    // knew of every edit from one that crossed an edit made elsewhere.
    QVariantMap cleared;
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        if (!values::isEmpty(it.value())) {
            cleared.insert(it.key(), QVariant());
        }
    }
    return appendChange(def, record.id, QStringLiteral("delete"), record.fields, cleared, record.version, stamp);
}

} // namespace fieldcase::core
