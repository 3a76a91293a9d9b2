// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Merger.h"
#include "exchange/MergerInternal.h"

#include "domain/FieldValue.h"
#include "exchange/RawStatement.h"
#include "storage/Database.h"
#include "util/Json.h"
#include "util/Text.h"
#include "util/UuidV7.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace fieldcase::core {

using merger::key;
using merger::kOpCreate;
using merger::kOpDelete;
using merger::kOpUpdate;

namespace {

const QString kInsertChange = QStringLiteral(
    "INSERT OR IGNORE INTO change_log(change_id, table_name, record_id, op, fields, base_version, hlc, device, user, "
    "note, action, settles, redirect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kHistory = QStringLiteral("SELECT change_id, hlc, device, user, op, action, settles, fields "
                                        "FROM change_log WHERE table_name = ? AND record_id = ?");
const QString kInsertRedirect = QStringLiteral(
    "INSERT OR IGNORE INTO exchange_redirect(table_name, old_id, new_id, change_id) VALUES (?, ?, ?, ?)");
const QString kSelectRedirects = QStringLiteral("SELECT table_name, old_id, new_id FROM exchange_redirect");
const QString kMaxConflictId = QStringLiteral("SELECT coalesce(max(id), 0) FROM exchange_conflict");
const QString kCountNewConflicts = QStringLiteral("SELECT count(*) FROM exchange_conflict WHERE id > ?");
const QString kRecordConflicts =
    QStringLiteral("SELECT id, field FROM exchange_conflict WHERE table_name = ? AND record_id = ?");
const QString kInsertConflict = QStringLiteral("INSERT INTO exchange_conflict(table_name, record_id, field, base, "
                                               "candidates, sensitive) VALUES (?, ?, ?, ?, ?, ?)");
const QString kUpdateConflict =
    QStringLiteral("UPDATE exchange_conflict SET base = ?, candidates = ?, sensitive = ? WHERE id = ?");
const QString kDeleteConflict = QStringLiteral("DELETE FROM exchange_conflict WHERE id = ?");
const QString kQuarantine = QStringLiteral(
    "INSERT OR IGNORE INTO exchange_quarantine(change_id, sender, sequence, reason, change, received_at) "
    "VALUES (?, ?, ?, ?, ?, ?)");
const QString kLogged = QStringLiteral("SELECT 1 FROM change_log WHERE change_id = ?");

constexpr int kMaxReasons = 20;

QVariant stored(const FieldDef& field, const QJsonValue& value) {
    auto v = values::normalize(field, values::fromJson(field, value));
    return v.ok() ? *v : QVariant();
}

QStringList parseSettles(const QString& text) {
    QStringList out;
    if (text.isEmpty()) {
        return out;
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        out.append(v.toString());
    }
    return out;
}

QByteArray candidatesJson(const QList<Candidate>& candidates) {
    QJsonArray array;
    for (const Candidate& c : candidates) {
        array.append(QJsonObject{{QStringLiteral("change_id"), c.changeId},
                                 {QStringLiteral("hlc"), QString::number(c.hlc)},
                                 {QStringLiteral("device"), c.device},
                                 {QStringLiteral("user"), c.user},
                                 {QStringLiteral("op"), c.op},
                                 {QStringLiteral("value"), c.value}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

Merger::Merger(Database& db, const Schema& schema)
    : m_db(db)
    , m_schema(schema) {}

Merger::~Merger() = default;

RawStatement& Merger::statement(std::unique_ptr<RawStatement>& slot, const QString& sql) {
    if (!slot) {
        slot = std::make_unique<RawStatement>(m_db.handle(), sql);
    }
    slot->rewind();
    return *slot;
}

const QByteArray& Merger::utf8(const QString& text) {
    // A package names few tables, operations, devices and users; a text not among the last few is
    // converted again, which is only slower.
    for (const auto& [recent, bytes] : m_recentUtf8) {
        if (recent == text && !bytes.isNull()) {
            return bytes;
        }
    }
    auto& slot = m_recentUtf8[m_nextRecent];
    m_nextRecent = (m_nextRecent + 1) % m_recentUtf8.size();
    slot = {text, text.toUtf8()};
    return slot.second;
}

const TableDef* Merger::tableNamed(const QString& name) {
    // The same address means the same text: the slot holds a reference, so the text stays put.
    for (const auto& [known, table] : m_recentTables) {
        if (known.constData() == name.constData() && known.size() == name.size()) {
            return table;
        }
    }
    const TableDef* table = m_schema.table(name);
    m_recentTables[m_nextTable] = {name, table};
    m_nextTable = (m_nextTable + 1) % m_recentTables.size();
    return table;
}

RawStatement& Merger::cached(const QString& sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        it = m_cache.emplace(sql, std::make_unique<RawStatement>(m_db.handle(), sql)).first;
    }
    it->second->reset();
    return *it->second;
}

Merger::TableStatements& Merger::statementsFor(const TableDef& table) {
    auto it = m_tables.find(&table);
    if (it != m_tables.end()) {
        return **it;
    }
    auto st = std::make_shared<TableStatements>();
    const QString fields = table.fieldNames().join(QStringLiteral(", "));
    st->select = std::make_unique<RawStatement>(
        m_db.handle(),
        QStringLiteral("SELECT rid, hlc, origin, deleted, %1 FROM %2 WHERE id = ?").arg(fields, table.name));
    const QStringList columns = table.rowColumns();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    st->insert = std::make_unique<RawStatement>(
        m_db.handle(), QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    st->sensitive =
        std::any_of(table.fields.cbegin(), table.fields.cend(), [](const FieldDef& f) { return f.sensitive(); });
    for (const QString& name : table.sortFields) {
        st->sortIndexes.append(int(table.field(name) - table.fields.constData()));
    }
    return **m_tables.insert(&table, st);
}

RawStatement& Merger::stateStatement(const TableDef& table) {
    std::unique_ptr<RawStatement>& slot = statementsFor(table).state;
    if (!slot) {
        slot = std::make_unique<RawStatement>(m_db.handle(),
                                              QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table.name));
    }
    slot->reset();
    return *slot;
}

Status Merger::begin(const QString& sender, quint64 sequence) {
    // Every change of a batch is written inside the caller's transaction: when that could not begin
    // (the database busy in another program), writing on would store the batch in pieces.
    if (!m_db.inWriteTransaction()) {
        return makeError(ErrorCode::Storage,
                         tr("The database is busy in another window or program; nothing was merged. Close it there "
                            "and try again."),
                         QStringLiteral("merge outside a write transaction"));
    }
    m_sender = sender;
    m_sequence = sequence;
    m_counts = {};
    RawStatement& maxId = cached(kMaxConflictId);
    Status s;
    if (maxId.step(&s)) {
        m_conflictIdBefore = maxId.intAt(0);
    }
    if (!s) {
        return s;
    }
    m_redirects.clear();
    RawStatement& redirects = cached(kSelectRedirects);
    while (redirects.step(&s)) {
        m_redirects.insert(key(redirects.textAt(0), redirects.textAt(1)), redirects.textAt(2));
    }
    if (!s) {
        return s;
    }
    return loadHeld();
}

QString Merger::validate(const WireChange& c, const TableDef** table, FieldChanges* parsed) {
    *table = tableNamed(c.table);
    if (*table == nullptr) {
        return tr("unknown table \"%1\"").arg(c.table.left(40));
    }
    if (!isUuidText(c.changeId) || !isUuidText(c.recordId)) {
        return tr("a change or record id is not valid");
    }
    if (c.op != kOpCreate && c.op != kOpUpdate && c.op != kOpDelete) {
        return tr("unknown operation \"%1\"").arg(c.op.left(20));
    }
    if (!c.action.isEmpty() && c.action != QStringLiteral("resolve") && c.action != QStringLiteral("restore") &&
        c.action != QStringLiteral("merge") && c.action != QStringLiteral("propose")) {
        return tr("unknown action \"%1\"").arg(c.action.left(20));
    }
    if (c.hlc == 0 || c.hlc > quint64(std::numeric_limits<qint64>::max()) || c.device.isEmpty()) {
        return tr("the change has no valid time stamp or device");
    }
    if (!c.redirect.isEmpty() && !isUuidText(c.redirect)) {
        return tr("the merge target is not a valid id");
    }
    if (!c.settles.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(c.settles.toUtf8());
        if (!doc.isArray()) {
            return tr("the list of settled changes is not readable");
        }
    }
    json::FieldPairs pairs;
    if (!json::readFieldPairs(c.fields, &pairs)) {
        return tr("the field values are not readable");
    }
    for (const json::FieldPair& pair : std::as_const(pairs)) {
        const FieldDef* field = (*table)->field(pair.name);
        if (field == nullptr) {
            return tr("%1 has no field \"%2\"").arg(c.table, pair.name.left(40));
        }
        if (!pair.isPair) {
            return tr("the value of %1 is not an [old, new] pair").arg(field->name);
        }
        if (auto n = values::normalize(*field, values::fromJson(*field, pair.before)); !n) {
            return n.error().message;
        }
        auto stored = values::normalize(*field, values::fromJson(*field, pair.after));
        if (!stored) {
            return stored.error().message;
        }
        parsed->append({field, int(field - (*table)->fields.constData()), pair.before, pair.after, *stored});
    }
    return {};
}

QString Merger::check(const WireChange& c) {
    const TableDef* table = nullptr;
    FieldChanges parsed;
    return validate(c, &table, &parsed);
}

Status Merger::quarantine(const WireChange& c, const QString& reason) {
    if (!c.changeId.isEmpty()) {
        // Merged here already (by a version that could use it): a change that arrives twice is
        // merged once, and this one is no exception.
        RawStatement& logged = cached(kLogged);
        logged.bindText(1, c.changeId);
        Status s;
        const bool found = logged.step(&s);
        logged.reset();
        if (!s) {
            return s;
        }
        if (found) {
            ++m_counts.alreadyPresent;
            return {};
        }
    }
    const QJsonObject raw{{QStringLiteral("change_id"), c.changeId},
                          {QStringLiteral("table"), c.table},
                          {QStringLiteral("record_id"), c.recordId},
                          {QStringLiteral("op"), c.op},
                          {QStringLiteral("action"), c.action},
                          {QStringLiteral("device"), c.device},
                          {QStringLiteral("user"), c.user},
                          {QStringLiteral("hlc"), QString::number(c.hlc)},
                          {QStringLiteral("fields"), QString::fromUtf8(c.fields)},
                          // All of the change, so that it can be merged once this copy can use it.
                          {QStringLiteral("base_version"), QString::number(c.baseVersion)},
                          {QStringLiteral("settles"), c.settles},
                          {QStringLiteral("redirect"), c.redirect},
                          {QStringLiteral("note"), c.note}};
    RawStatement& st = cached(kQuarantine);
    st.bindText(1, c.changeId.isEmpty() ? m_db.ids().next() : c.changeId);
    st.bindText(2, m_sender);
    st.bindInt(3, qint64(m_sequence));
    st.bindText(4, reason);
    st.bindUtf8(5, QJsonDocument(raw).toJson(QJsonDocument::Compact));
    st.bindText(6, m_db.clock().now().toString(Qt::ISODate));
    if (auto s = st.exec(); !s) {
        return s;
    }
    if (st.changes() == 0) {
        // Set aside by an earlier merge of the same file, and kept since: nothing new.
        ++m_counts.alreadyPresent;
        return {};
    }
    ++m_counts.quarantined;
    if (m_counts.quarantineReasons.size() < kMaxReasons) {
        m_counts.quarantineReasons.append(tr("%1 %2: %3").arg(c.table.left(40), c.recordId.left(40), reason));
    }
    return {};
}

Status Merger::logChange(const WireChange& c, const QByteArray& recordId, const QByteArray& fields, bool* inserted) {
    RawStatement& st = statement(m_insertChange, kInsertChange);
    st.bindText(1, c.changeId);
    st.bindUtf8(2, utf8(c.table));
    st.bindUtf8(3, recordId);
    st.bindUtf8(4, utf8(c.op));
    st.bindUtf8(5, fields);
    st.bindInt(6, c.baseVersion);
    st.bindInt(7, qint64(c.hlc));
    st.bindUtf8(8, utf8(c.device));
    st.bindUtf8(9, utf8(c.user));
    c.note.isEmpty() ? st.bindNull(10) : st.bindText(10, c.note);
    c.action.isEmpty() ? st.bindNull(11) : st.bindText(11, c.action);
    c.settles.isEmpty() ? st.bindNull(12) : st.bindText(12, c.settles);
    c.redirect.isEmpty() ? st.bindNull(13) : st.bindText(13, c.redirect);
    if (auto s = st.exec(); !s) {
        return s;
    }
    *inserted = st.changes() > 0;
    return {};
}

Status Merger::add(const WireChange& incoming) {
    ++m_counts.changes;
    const TableDef* table = nullptr;
    FieldChanges parsed;
    if (const QString reason = validate(incoming, &table, &parsed); !reason.isEmpty()) {
        return quarantine(incoming, reason);
    }
    WireChange c = incoming;
    QByteArray fieldsText = c.fields;
    if (!m_redirects.isEmpty()) {
        // Records merged into another: the change lands on the survivor, and references to the
        // old id point at the survivor.
        if (const auto it = m_redirects.constFind(key(c.table, c.recordId)); it != m_redirects.constEnd()) {
            c.recordId = *it;
        }
        bool rewritten = false;
        for (FieldChange& f : parsed) {
            if (f.def->type != FieldType::Ref) {
                continue;
            }
            const auto before = m_redirects.constFind(key(f.def->refTable, f.before.toString()));
            if (before != m_redirects.constEnd()) {
                f.before = *before;
                rewritten = true;
            }
            const auto after = m_redirects.constFind(key(f.def->refTable, f.after.toString()));
            if (after != m_redirects.constEnd()) {
                f.after = *after;
                f.stored = *after;
                rewritten = true;
            }
        }
        if (rewritten) {
            QJsonObject fields;
            for (const FieldChange& f : std::as_const(parsed)) {
                fields.insert(f.def->name, QJsonArray{f.before, f.after});
            }
            fieldsText = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        }
    }
    const QByteArray recordId = c.recordId.toUtf8();
    bool inserted = false;
    if (auto s = logChange(c, recordId, fieldsText, &inserted); !s) {
        return s;
    }
    if (!inserted) {
        ++m_counts.alreadyPresent;
        return {};
    }
    // A stamp from a laptop whose clock runs far ahead is kept on its change but does not drag
    // this clock along (see HybridLogicalClock::observe).
    m_db.hlc().observe(c.hlc).ok();
    m_db.noteChanged(c.table);
    if (c.action == QStringLiteral("merge") && !c.redirect.isEmpty()) {
        RawStatement& st = cached(kInsertRedirect);
        st.bindText(1, c.table);
        st.bindText(2, c.recordId);
        st.bindText(3, c.redirect);
        st.bindText(4, c.changeId);
        if (auto s = st.exec(); !s) {
            return s;
        }
        m_redirects.insert(key(c.table, c.recordId), c.redirect);
    }
    for (const FieldChange& f : std::as_const(parsed)) {
        if (f.def->type == FieldType::Ref && !f.stored.isNull()) {
            m_pointedAt.push_back(RecordKey(tableNamed(f.def->refTable), f.stored.toString()));
        }
    }
    const RecordKey recordKey(table, c.recordId);
    if (m_dirtyKeys.contains(recordKey)) {
        return {};
    }
    bool existed = false;
    auto fast = tryFastPath(*table, c, recordId, parsed, &existed);
    if (!fast) {
        return fast.error();
    }
    m_touched.push_back({recordKey, existed, m_touched.size()});
    if (!*fast) {
        m_dirtyKeys.insert(recordKey);
        m_dirty.append({table, c.recordId});
    }
    return {};
}

Result<QList<FoldChange>> Merger::history(const QString& table, const QString& id) {
    RawStatement& st = cached(kHistory);
    st.bindText(1, table);
    st.bindText(2, id);
    QList<FoldChange> out;
    Status s;
    while (st.step(&s)) {
        FoldChange c;
        c.changeId = st.textAt(0);
        c.hlc = quint64(st.intAt(1));
        c.device = st.textAt(2);
        c.user = st.textAt(3);
        c.op = st.textAt(4);
        c.action = st.textAt(5);
        c.settles = parseSettles(st.textAt(6));
        c.fields = QJsonDocument::fromJson(st.utf8At(7)).object();
        out.append(c);
    }
    st.reset();
    if (!s) {
        return s.error();
    }
    std::sort(out.begin(), out.end(), &Fold::before);
    return out;
}

Status Merger::refold(const TableDef& table, const QString& id) {
    auto changes = history(table.name, id);
    if (!changes) {
        return changes.error();
    }
    const FoldResult folded = Fold::run(table, *changes);
    const QString recordKey = key(table.name, id);
    if (folded.deleted || m_held.remove(recordKey)) {
        // Written as its own history says; holdReferenced() decides whether references keep it.
        m_holdCheck.insert(recordKey);
    }
    if (auto s = writeFolded(table, id, folded); !s) {
        return s;
    }
    return writeConflicts(table, id, folded);
}

Status Merger::writeFolded(const TableDef& table, const QString& id, const FoldResult& folded) {
    TableStatements& ts = statementsFor(table);
    RawStatement& select = *ts.select;
    select.reset();
    select.bindText(1, id);
    Status s;
    const bool found = select.step(&s);
    const qint64 rid = found ? select.intAt(0) : 0;
    if (found && !m_held.isEmpty()) {
        QList<QVariant> row;
        for (int i = 0; i < table.fields.size(); ++i) {
            row.append(select.valueAt(4 + i));
        }
        noteHeldTargets(table, row);
    }
    select.reset();
    if (!s) {
        return s;
    }
    if (!folded.exists) {
        return {};
    }
    QList<QVariant> values;
    values.reserve(table.fields.size());
    for (const FieldDef& f : table.fields) {
        values.append(stored(f, folded.values.value(f.name)));
    }
    const QVariant sort = folded.deleted ? QVariant() : sortKey(table, values);
    if (!found) {
        RawStatement& insert = *ts.insert;
        insert.reset();
        insert.bindText(1, id);
        insert.bindInt(2, 0);
        insert.bindInt(3, qint64(folded.hlc));
        insert.bindText(4, folded.user);
        insert.bindText(5, folded.device);
        insert.bindInt(6, folded.deleted ? 1 : 0);
        int column = 7;
        for (const QVariant& v : std::as_const(values)) {
            insert.bindValue(column++, v);
        }
        if (!table.sortFields.isEmpty()) {
            insert.bindValue(column, sort);
        }
        return insert.exec();
    }
    QStringList assignments = {QStringLiteral("deleted = ?"), QStringLiteral("hlc = ?"),
                               QStringLiteral("updated_by = ?"), QStringLiteral("origin = ?")};
    for (const FieldDef& f : table.fields) {
        assignments.append(f.name + QStringLiteral(" = ?"));
    }
    if (!table.sortFields.isEmpty()) {
        assignments.append(QStringLiteral("sort_key = ?"));
    }
    RawStatement& update = cached(
        QStringLiteral("UPDATE %1 SET %2 WHERE rid = ?").arg(table.name, assignments.join(QStringLiteral(", "))));
    update.bindInt(1, folded.deleted ? 1 : 0);
    update.bindInt(2, qint64(folded.hlc));
    update.bindText(3, folded.user);
    update.bindText(4, folded.device);
    int column = 5;
    for (const QVariant& v : std::as_const(values)) {
        update.bindValue(column++, v);
    }
    if (!table.sortFields.isEmpty()) {
        update.bindValue(column++, sort);
    }
    update.bindInt(column, rid);
    return update.exec();
}

Status Merger::writeConflicts(const TableDef& table, const QString& id, const FoldResult& folded) {
    QHash<QString, qint64> existing;
    {
        RawStatement& st = cached(kRecordConflicts);
        st.bindText(1, table.name);
        st.bindText(2, id);
        Status s;
        while (st.step(&s)) {
            existing.insert(st.textAt(1), st.intAt(0));
        }
        st.reset();
        if (!s) {
            return s;
        }
    }
    bool tableSensitive = false;
    for (const FieldDef& f : table.fields) {
        tableSensitive = tableSensitive || f.sensitive();
    }
    for (const OpenConflict& conflict : folded.conflicts) {
        const FieldDef* field = table.field(conflict.field);
        const bool sensitive = field != nullptr ? field->sensitive() : tableSensitive;
        const QByteArray base = conflict.base.isUndefined()
                                    ? QByteArray()
                                    : QJsonDocument(QJsonArray{conflict.base}).toJson(QJsonDocument::Compact);
        const QByteArray candidates = candidatesJson(conflict.candidates);
        const auto it = existing.constFind(conflict.field);
        if (it != existing.constEnd()) {
            RawStatement& st = cached(kUpdateConflict);
            base.isEmpty() ? st.bindNull(1) : st.bindUtf8(1, base);
            st.bindUtf8(2, candidates);
            st.bindInt(3, sensitive ? 1 : 0);
            st.bindInt(4, *it);
            if (auto s = st.exec(); !s) {
                return s;
            }
            existing.remove(conflict.field);
        } else {
            RawStatement& st = cached(kInsertConflict);
            st.bindText(1, table.name);
            st.bindText(2, id);
            st.bindText(3, conflict.field);
            base.isEmpty() ? st.bindNull(4) : st.bindUtf8(4, base);
            st.bindUtf8(5, candidates);
            st.bindInt(6, sensitive ? 1 : 0);
            if (auto s = st.exec(); !s) {
                return s;
            }
        }
    }
    for (const qint64 gone : std::as_const(existing)) {
        RawStatement& st = cached(kDeleteConflict);
        st.bindInt(1, gone);
        if (auto s = st.exec(); !s) {
            return s;
        }
    }
    return {};
}

Status Merger::finish() {
    for (const auto& [table, id] : std::as_const(m_dirty)) {
        if (auto s = refold(*table, id); !s) {
            return s;
        }
    }
    m_dirty.clear();
    m_dirtyKeys.clear();
    countTouched();
    if (auto s = holdReferenced(); !s) {
        return s;
    }
    auto missing = missingReferences();
    m_pointedAt.clear();
    if (!missing) {
        return missing.error();
    }
    if (!missing->isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         tr("The changes refer to %n record(s) that this copy does not have. Merge the earlier "
                            "files from the same laptop first, or ask for a new export.",
                            nullptr, int(missing->size())),
                         missing->mid(0, 5).join(QStringLiteral(", ")));
    }
    RawStatement& count = cached(kCountNewConflicts);
    count.bindInt(1, m_conflictIdBefore);
    Status s;
    if (count.step(&s)) {
        m_counts.conflicts = count.intAt(0);
    }
    count.reset();
    return s;
}

// The first change of each record in the batch says whether the record was there before it.
void Merger::countTouched() {
    // Stable, so that of each record's changes the first in the batch comes first.
    std::stable_sort(m_touched.begin(), m_touched.end(),
                     [](const Touched& a, const Touched& b) { return a.key < b.key; });
    std::vector<std::pair<size_t, QString>> newPeople; // (place in the batch, id)
    const TableDef* person = m_schema.table(QStringLiteral("person"));
    for (size_t i = 0; i < m_touched.size(); ++i) {
        const Touched& t = m_touched[i];
        if (i > 0 && m_touched[i - 1].key == t.key) {
            continue; // not the record's first change in the batch
        }
        if (t.existed) {
            ++m_counts.changedRecords;
        } else {
            ++m_counts.newRecords;
            if (t.key.table() == person) {
                newPeople.emplace_back(t.position, t.key.id());
            }
        }
    }
    std::sort(newPeople.begin(), newPeople.end()); // in the order the batch created them
    for (const auto& [position, id] : newPeople) {
        m_counts.newPeople.append(id);
    }
    m_touched.clear();
    m_touched.shrink_to_fit();
}

Result<QStringList> Merger::missingReferences() {
    // SQLite counts the foreign keys still unresolved in the transaction; only when there are some
    // is it worth finding which references are missing, to say so.
    int unresolved = 0;
    int highWater = 0;
    sqlite3_db_status(m_db.handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &unresolved, &highWater, 0);
    QStringList missing;
    if (unresolved == 0) {
        return missing;
    }
    sortUnique(&m_pointedAt);
    for (const RecordKey& ref : m_pointedAt) {
        if (ref.table() == nullptr) {
            continue; // every reference field names a table of the schema
        }
        RawStatement& st = cached(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ref.table()->name));
        st.bindText(1, ref.id());
        Status s;
        const bool found = st.step(&s);
        st.reset();
        if (!s) {
            return s.error();
        }
        if (!found) {
            missing.append(ref.text());
        }
    }
    missing.sort();
    return missing;
}

Result<QString> Merger::addLocal(const LocalChange& local) {
    WireChange c;
    c.changeId = m_db.ids().next();
    c.table = local.table;
    c.recordId = local.recordId;
    c.op = local.op;
    c.action = local.action;
    if (!local.settles.isEmpty()) {
        c.settles =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(local.settles)).toJson(QJsonDocument::Compact));
    }
    c.redirect = local.redirect;
    c.fields = QJsonDocument(local.fields).toJson(QJsonDocument::Compact);
    c.hlc = m_db.hlc().now();
    c.device = m_db.deviceId();
    c.user = m_db.user();
    c.note = local.note;
    const TableDef* table = nullptr;
    FieldChanges parsed;
    if (const QString reason = validate(c, &table, &parsed); !reason.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, reason);
    }
    bool inserted = false;
    if (auto s = logChange(c, c.recordId.toUtf8(), c.fields, &inserted); !s) {
        return s.error();
    }
    if (c.action == QStringLiteral("merge") && !c.redirect.isEmpty()) {
        RawStatement& st = cached(kInsertRedirect);
        st.bindText(1, c.table);
        st.bindText(2, c.recordId);
        st.bindText(3, c.redirect);
        st.bindText(4, c.changeId);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
    }
    for (const FieldChange& f : std::as_const(parsed)) {
        if (f.def->type == FieldType::Ref && !f.stored.isNull()) {
            m_pointedAt.push_back(RecordKey(tableNamed(f.def->refTable), f.stored.toString()));
        }
    }
    if (auto s = refold(*table, c.recordId); !s) {
        return s.error();
    }
    const Status held = holdReferenced();
    m_pointedAt.clear();
    if (!held) {
        return held.error();
    }
    m_db.noteChanged(table->name);
    return c.changeId;
}

} // namespace fieldcase::core
