// SPDX-License-Identifier: GPL-3.0-or-later
// The merge's fast path: a change later than everything known of its record continues the record's
// fold in place (an insert, a guarded update, a delete) instead of folding it again from its history.
#include "domain/FieldValue.h"
#include "exchange/Merger.h"
#include "exchange/MergerInternal.h"
#include "storage/Database.h"
#include "util/Text.h"
#include "util/UuidV7.h"

#include <algorithm>

namespace fieldcase::core {

using merger::key;
using merger::kOpCreate;
using merger::kOpUpdate;

namespace {

const QString kCountChanges = QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = ? AND record_id = ?");

} // namespace

Result<bool> Merger::tryFastPath(const TableDef& table, const WireChange& c, const QByteArray& recordId,
                                 const FieldChanges& fields, bool* existed) {
    TableStatements& ts = statementsFor(table);
    // Records with special-category fields always fold from their history: such a field in conflict
    // holds its base value in the row, not the value the fold continues from.
    const bool slow =
        !c.action.isEmpty() || ts.sensitive || (!m_held.isEmpty() && m_held.contains(key(c.table, c.recordId)));
    const int fieldCount = int(table.fields.size());
    Status s;
    if (c.op == kOpCreate && !slow) {
        // A create is the whole story only when nothing else is known of the record; then the row
        // is written without looking for it first. Should a row of that id be there all the same,
        // the insert fails on its unique id, SQLite undoes it, and the record folds from its history.
        RawStatement& count = statement(m_countChanges, kCountChanges);
        count.bindUtf8(1, utf8(c.table));
        count.bindUtf8(2, recordId);
        const bool alone = count.step(&s) && count.intAt(0) == 1;
        count.rewind();
        if (!s) {
            return s.error();
        }
        if (alone) {
            QList<QVariant> values(fieldCount);
            for (const FieldChange& f : fields) {
                values[f.index] = f.stored;
            }
            RawStatement& insert = *ts.insert;
            insert.rewind();
            insert.bindUtf8(1, recordId);
            insert.bindInt(2, 0);
            insert.bindInt(3, qint64(c.hlc));
            insert.bindUtf8(4, utf8(c.user));
            insert.bindUtf8(5, utf8(c.device));
            insert.bindInt(6, 0);
            int column = 7;
            for (const QVariant& v : std::as_const(values)) {
                insert.bindValue(column++, v);
            }
            if (!table.sortFields.isEmpty()) {
                insert.bindValue(column, sortKey(table, values));
            }
            const Status inserted = insert.exec();
            if (inserted) {
                *existed = false;
                return true;
            }
            if (!insert.constraintFailed()) {
                return inserted.error();
            }
        }
    }
    if (c.op == kOpUpdate && !slow) {
        auto guarded = tryGuardedUpdate(table, ts, c, recordId, fields);
        if (!guarded) {
            return guarded.error();
        }
        if (*guarded) {
            *existed = true;
            return true;
        }
    }
    RawStatement& select = *ts.select;
    select.rewind();
    select.bindUtf8(1, recordId);
    // The row is read column by column while the statement stands on it.
    struct RewindOnExit {
        RawStatement& st;
        ~RewindOnExit() { st.rewind(); }
    } rewindSelect{select};
    const bool found = select.step(&s);
    if (!s) {
        return s.error();
    }
    *existed = found;
    if (slow || !found || c.op == kOpCreate) {
        return false;
    }
    const quint64 rowHlc = quint64(select.intAt(1));
    const QString rowOrigin = select.textAt(2);
    const bool rowDeleted = select.intAt(3) != 0;
    const qint64 rid = select.intAt(0);
    if (rowDeleted || std::tie(c.hlc, c.device) <= std::tie(rowHlc, rowOrigin)) {
        return false;
    }
    if (!m_held.isEmpty()) {
        // What the record pointed at before this change may now be pointed at by nothing live.
        QList<QVariant> row;
        for (int i = 0; i < fieldCount; ++i) {
            row.append(select.valueAt(4 + i));
        }
        noteHeldTargets(table, row);
    }

    // Which update statement: the kind (U: fields, S: fields and the sort key, D: delete), then one
    // byte per field written, in the order bound.
    QByteArray signature;
    QVarLengthArray<QVariant, 8> binds;
    if (c.op == kOpUpdate) {
        bool sortChanged = false;
        for (const FieldChange& f : fields) {
            const QJsonValue now = values::toJson(*f.def, select.valueAt(4 + f.index));
            if (!table.appendOnly && !Fold::sameValue(now, f.before) && !Fold::sameValue(now, f.after)) {
                return false;
            }
            signature.append(char(f.index));
            binds.append(f.stored);
            sortChanged = sortChanged || ts.sortIndexes.contains(f.index);
        }
        if (sortChanged) {
            QList<QVariant> current(fieldCount);
            for (const int i : std::as_const(ts.sortIndexes)) {
                current[i] = select.valueAt(4 + i);
            }
            for (const FieldChange& f : fields) {
                current[f.index] = f.stored;
            }
            binds.append(sortKey(table, current));
        }
        signature.prepend(sortChanged ? 'S' : 'U');
    } else {
        if (!fields.isEmpty()) {
            QVarLengthArray<const FieldChange*, 64> sent(fieldCount);
            std::fill(sent.begin(), sent.end(), nullptr);
            for (const FieldChange& f : fields) {
                sent[f.index] = &f;
            }
            for (int i = 0; i < fieldCount; ++i) {
                const QJsonValue now = values::toJson(table.fields.at(i), select.valueAt(4 + i));
                const QJsonValue seen = sent[i] != nullptr ? sent[i]->before : QJsonValue(QJsonValue::Null);
                if (!Fold::sameValue(now, seen)) {
                    return false;
                }
            }
        }
        signature = "D";
        m_holdCheck.insert(key(c.table, c.recordId));
    }
    select.rewind();

    std::shared_ptr<RawStatement>& slot = ts.updateSlot(signature);
    if (!slot) {
        QStringList assignments;
        if (c.op == kOpUpdate) {
            for (const FieldChange& f : fields) {
                assignments.append(f.def->name + QStringLiteral(" = ?"));
            }
            if (signature.startsWith('S')) {
                assignments.append(QStringLiteral("sort_key = ?"));
            }
        } else {
            assignments.append(QStringLiteral("deleted = 1"));
            for (const FieldDef& f : table.fields) {
                if (f.personal()) {
                    assignments.append(f.name + QStringLiteral(" = NULL"));
                }
            }
            if (!table.sortFields.isEmpty()) {
                assignments.append(QStringLiteral("sort_key = NULL"));
            }
        }
        assignments.append(QStringLiteral("hlc = ?"));
        assignments.append(QStringLiteral("updated_by = ?"));
        assignments.append(QStringLiteral("origin = ?"));
        slot = std::make_shared<RawStatement>(
            m_db.handle(),
            QStringLiteral("UPDATE %1 SET %2 WHERE rid = ?").arg(table.name, assignments.join(QStringLiteral(", "))));
    }
    RawStatement& update = *slot;
    update.rewind();
    int column = 1;
    for (const QVariant& v : std::as_const(binds)) {
        update.bindValue(column++, v);
    }
    update.bindInt(column++, qint64(c.hlc));
    update.bindUtf8(column++, utf8(c.user));
    update.bindUtf8(column++, utf8(c.device));
    update.bindInt(column, rid);
    if (auto e = update.exec(); !e) {
        return e.error();
    }
    return true;
}

// The common update, in one statement: text-like fields whose values were sent as text (or null), none
// of them ordering lists, from a device whose id is a UUID, with no record kept for references in
// the batch. The row is updated only where the fast path would take the change: the record is
// live, the change is later than the row's (hlc, origin), and each field holds either the old or
// the new value sent, compared as Fold::sameValue compares them (text as is, empty equal to none).
// When the row does not qualify, nothing is written and the caller reads the row to decide.
Result<bool> Merger::tryGuardedUpdate(const TableDef& table, TableStatements& ts, const WireChange& c,
                                      const QByteArray& recordId, const FieldChanges& fields) {
    if (table.appendOnly || fields.isEmpty() || !m_held.isEmpty() || !isUuidText(c.device)) {
        return false;
    }
    QByteArray signature("G");
    for (const FieldChange& f : fields) {
        switch (f.def->type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Enum:
        case FieldType::Date:
        case FieldType::DateTime:
        case FieldType::Ref:
            break;
        default:
            return false;
        }
        const auto textOrNull = [](const QJsonValue& v) { return v.isString() || v.isNull(); };
        if (!textOrNull(f.before) || !textOrNull(f.after) || ts.sortIndexes.contains(f.index)) {
            return false;
        }
        signature.append(char(f.index));
    }
    std::shared_ptr<RawStatement>& slot = ts.updateSlot(signature);
    if (!slot) {
        QStringList assignments;
        QStringList guards = {QStringLiteral("id = ?"), QStringLiteral("deleted = 0"),
                              QStringLiteral("(hlc < ? OR (hlc = ? AND origin < ?))")};
        for (const FieldChange& f : fields) {
            assignments.append(f.def->name + QStringLiteral(" = ?"));
            guards.append(QStringLiteral("(coalesce(%1, '') = coalesce(?, '') OR coalesce(%1, '') = coalesce(?, ''))")
                              .arg(f.def->name));
        }
        assignments.append(QStringLiteral("hlc = ?"));
        assignments.append(QStringLiteral("updated_by = ?"));
        assignments.append(QStringLiteral("origin = ?"));
        slot =
            std::make_shared<RawStatement>(m_db.handle(), QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                                              .arg(table.name, assignments.join(QStringLiteral(", ")),
                                                                   guards.join(QStringLiteral(" AND "))));
    }
    RawStatement& update = *slot;
    update.rewind();
    int column = 1;
    for (const FieldChange& f : fields) {
        update.bindValue(column++, f.stored);
    }
    update.bindInt(column++, qint64(c.hlc));
    update.bindUtf8(column++, utf8(c.user));
    update.bindUtf8(column++, utf8(c.device));
    update.bindUtf8(column++, recordId);
    update.bindInt(column++, qint64(c.hlc));
    update.bindInt(column++, qint64(c.hlc));
    update.bindUtf8(column++, utf8(c.device));
    for (const FieldChange& f : fields) {
        f.before.isNull() ? update.bindNull(column++) : update.bindText(column++, f.before.toString());
        f.after.isNull() ? update.bindNull(column++) : update.bindText(column++, f.after.toString());
    }
    if (auto e = update.exec(); !e) {
        return e.error();
    }
    return update.changes() == 1;
}

QVariant Merger::sortKey(const TableDef& table, const QList<QVariant>& values) {
    QStringList parts;
    for (const QString& name : table.sortFields) {
        const qsizetype i = table.field(name) - table.fields.constData();
        parts.append(i < values.size() ? values.at(i).toString() : QString());
    }
    const QString k = text::fold(parts.join(QLatin1Char(' '))).trimmed();
    return k.isEmpty() ? QVariant() : QVariant(k);
}

} // namespace fieldcase::core
