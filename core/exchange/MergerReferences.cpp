// SPDX-License-Identifier: GPL-3.0-or-later
// Records deleted on one laptop that live records made elsewhere point at (a person added on one
// laptop to a household deleted on another, a visit recorded for a deleted person). Each record's
// fold sees only its own history, so this is settled across records, after the folds of a batch:
// a record that its own history deletes is kept alive while a live record points at it, and its
// delete becomes a whole-record conflict for a person to decide (Fold::keptForReferences).
//
// "Live" is the least set closed under "a live record points at it": records live by their own
// history, and the deleted ones reachable from them through references. It is a function of the
// changes known, not of the order in which they came, so every order of files gives the same copy.
// Each batch recomputes it for the records the batch can have affected: the records it touched
// that are deleted, what they pointed at and point at, and every kept record with what it points at.
#include "exchange/Merger.h"
#include "exchange/MergerInternal.h"

#include "exchange/RawStatement.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>

namespace fieldcase::core {

using merger::key;

namespace {

// A kept record's whole-record conflict names the references as a candidate with this op.
const QString kSelectHeld = QStringLiteral("SELECT table_name, record_id FROM exchange_conflict WHERE field = '*' "
                                           "AND candidates LIKE '%\"op\":\"reference\"%'");

// How many of the records that point at a kept one its conflict lists.
constexpr int kMaxReferrersListed = 20;

struct Referrer {
    QString key;
    bool deleted = false;
};

} // namespace

Status Merger::loadHeld() {
    m_held.clear();
    m_holdCheck.clear();
    m_pointedAt.clear();
    RawStatement& st = cached(kSelectHeld);
    Status s;
    while (st.step(&s)) {
        m_held.insert(key(st.textAt(0), st.textAt(1)));
    }
    st.reset();
    return s;
}

void Merger::noteHeldTargets(const TableDef& table, const QList<QVariant>& row) {
    if (m_held.isEmpty()) {
        return;
    }
    for (int i = 0; i < table.fields.size() && i < row.size(); ++i) {
        const FieldDef& f = table.fields.at(i);
        if (f.type == FieldType::Ref && !row.at(i).isNull()) {
            const QString target = key(f.refTable, row.at(i).toString());
            if (m_held.contains(target)) {
                m_holdCheck.insert(target);
            }
        }
    }
}

Result<Merger::RowState> Merger::rowState(const TableDef& table, const QString& id) {
    RawStatement& st = stateStatement(table);
    st.bindText(1, id);
    Status s;
    RowState state;
    if (st.step(&s)) {
        state.exists = true;
        state.deleted = st.intAt(0) != 0;
    }
    st.rewind(); // the next check binds its own id; only an id is kept till then
    if (!s) {
        return s.error();
    }
    return state;
}

Status Merger::writeHeld(const TableDef& table, const QString& id, const QStringList& referrers) {
    auto changes = history(table.name, id);
    if (!changes) {
        return changes.error();
    }
    const FoldResult kept = Fold::keptForReferences(table, *changes, referrers);
    if (auto s = writeFolded(table, id, kept); !s) {
        return s;
    }
    return writeConflicts(table, id, kept);
}

Status Merger::holdReferenced() {
    // Every kept record is decided again: a change made here since the last merge (a deleted task,
    // a person moved to another household) may have left it with nothing pointing at it. There are
    // few of them, as each is an open conflict.
    QSet<QString> consider = m_holdCheck;
    consider.unite(m_held);
    // In id order, so that the rows are read in the order they are stored.
    sortUnique(&m_pointedAt);
    for (const RecordKey& target : std::as_const(m_pointedAt)) {
        const TableDef* table = target.table();
        if (table == nullptr || table->appendOnly) {
            continue;
        }
        if (!m_held.isEmpty()) {
            if (const QString k = target.text(); m_held.contains(k)) {
                consider.insert(k); // kept already: the list of what points at it may have grown
                continue;
            }
        }
        auto state = rowState(*table, target.id());
        if (!state) {
            return state.error();
        }
        if (state->deleted) {
            consider.insert(target.text());
        }
    }
    m_holdCheck.clear();
    if (consider.isEmpty()) {
        return {};
    }

    struct Node {
        const TableDef* table = nullptr;
        QString id;
        QStringList referrers; // live ones, once known
    };
    // Deleted by their own history: tombstones now, and kept records not refolded in this batch.
    QHash<QString, Node> deleted;
    QStringList queue(consider.cbegin(), consider.cend());
    queue.sort(); // the outcome does not depend on it, but a fixed order is easier to follow
    QSet<QString> seen(consider);
    while (!queue.isEmpty()) {
        const QString k = queue.takeFirst();
        const qsizetype slash = k.indexOf(QLatin1Char('/'));
        const TableDef* table = m_schema.table(k.left(slash));
        if (table == nullptr || table->appendOnly) {
            continue;
        }
        const QString id = k.mid(slash + 1);
        auto state = rowState(*table, id);
        if (!state) {
            return state.error();
        }
        if (!state->exists || (!state->deleted && !m_held.contains(k))) {
            continue;
        }
        deleted.insert(k, Node{table, id, {}});
        if (!m_held.contains(k)) {
            continue;
        }
        // A kept record may be all that keeps what it points at: those are decided again too.
        RawStatement& row = cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                       .arg(table->fieldNames().join(QStringLiteral(", ")), table->name));
        row.bindText(1, id);
        Status s;
        QStringList targets;
        if (row.step(&s)) {
            for (int i = 0; i < table->fields.size(); ++i) {
                const FieldDef& f = table->fields.at(i);
                if (f.type == FieldType::Ref && !row.isNull(i)) {
                    targets.append(key(f.refTable, row.textAt(i)));
                }
            }
        }
        row.reset();
        if (!s) {
            return s;
        }
        for (const QString& t : std::as_const(targets)) {
            if (m_held.contains(t) && !seen.contains(t)) {
                seen.insert(t);
                queue.append(t);
            }
        }
    }

    // The least fixed point: a deleted record lives when a live record points at it. Records outside
    // the set keep their state (their support does not pass through it); inside, only those found
    // live so far count.
    QSet<QString> alive;
    bool grew = true;
    while (grew) {
        grew = false;
        QStringList pending;
        for (auto it = deleted.cbegin(); it != deleted.cend(); ++it) {
            if (!alive.contains(it.key())) {
                pending.append(it.key());
            }
        }
        pending.sort();
        for (const QString& k : std::as_const(pending)) {
            Node& node = deleted[k];
            QList<Referrer> referrers;
            for (const auto& [refTable, refField] : m_schema.referencesTo(node.table->name)) {
                RawStatement& st = cached(
                    QStringLiteral("SELECT id, deleted FROM %1 WHERE %2 = ?").arg(refTable->name, refField->name));
                st.bindText(1, node.id);
                Status s;
                while (st.step(&s)) {
                    referrers.append(Referrer{key(refTable->name, st.textAt(0)), st.intAt(1) != 0});
                }
                st.reset();
                if (!s) {
                    return s;
                }
            }
            QStringList live;
            for (const Referrer& r : std::as_const(referrers)) {
                const bool isLive = deleted.contains(r.key) ? alive.contains(r.key) : !r.deleted;
                if (isLive && r.key != k && !live.contains(r.key)) {
                    live.append(r.key);
                }
            }
            if (live.isEmpty()) {
                continue;
            }
            auto changes = history(node.table->name, node.id);
            if (!changes) {
                return changes.error();
            }
            // A person merged into another is not kept: what points at it lands on the survivor.
            const auto lastDelete = std::find_if(changes->crbegin(), changes->crend(),
                                                 [](const FoldChange& c) { return c.op == QStringLiteral("delete"); });
            if (lastDelete != changes->crend() && lastDelete->action == QStringLiteral("merge")) {
                continue;
            }
            live.sort();
            node.referrers = live.mid(0, kMaxReferrersListed);
            alive.insert(k);
            grew = true;
            // Now live, it keeps what it points at: the values it would have if kept.
            const QJsonObject values = Fold::valuesIgnoringDeletes(*node.table, *changes);
            for (const FieldDef& f : node.table->fields) {
                const QString target = f.type == FieldType::Ref ? values.value(f.name).toString() : QString();
                if (target.isEmpty() || deleted.contains(key(f.refTable, target))) {
                    continue;
                }
                const TableDef* targetTable = m_schema.table(f.refTable);
                auto state = rowState(*targetTable, target);
                if (!state) {
                    return state.error();
                }
                // A kept record it points at is decided again, so that its list of references is
                // the same whatever the order.
                if ((state->deleted || m_held.contains(key(f.refTable, target))) && !targetTable->appendOnly) {
                    deleted.insert(key(f.refTable, target), Node{targetTable, target, {}});
                }
            }
        }
    }

    // Write the outcome: kept records with their conflict, and let go of those nothing points at.
    QStringList keys = deleted.keys();
    keys.sort();
    for (const QString& k : std::as_const(keys)) {
        const Node& node = deleted.value(k);
        if (alive.contains(k)) {
            if (auto s = writeHeld(*node.table, node.id, node.referrers); !s) {
                return s;
            }
            m_held.insert(k);
        } else if (m_held.contains(k)) {
            if (auto s = refold(*node.table, node.id); !s) {
                return s;
            }
        }
    }
    m_holdCheck.clear();
    return {};
}

} // namespace fieldcase::core
