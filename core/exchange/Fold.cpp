// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Fold.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kOpCreate = QStringLiteral("create");
const QString kOpDelete = QStringLiteral("delete");
const QString kActionResolve = QStringLiteral("resolve");
const QString kActionRestore = QStringLiteral("restore");
const QString kActionPropose = QStringLiteral("propose");

QJsonValue oldOf(const QJsonValue& pair) {
    return pair.toArray().at(0);
}

QJsonValue newOf(const QJsonValue& pair) {
    return pair.toArray().at(1);
}

Candidate candidateOf(const FoldChange& c, const QJsonValue& value) {
    return Candidate{c.changeId, c.hlc, c.device, c.user, c.op, value};
}

// A decision on the whole record (keeping a deletion: a resolve without fields, or a restore) settles
// the whole-record conflict; any other decision settles the conflicts of the fields it writes.
bool decidesRecord(const FoldChange& c) {
    return c.action == kActionRestore || c.fields.isEmpty();
}

bool hasCandidate(const OpenConflict& conflict, const QString& changeId) {
    return std::any_of(conflict.candidates.cbegin(), conflict.candidates.cend(),
                       [&](const Candidate& x) { return x.changeId == changeId; });
}

class Folder {
public:
    Folder(const TableDef& table, bool ignoreDeletes)
        : m_table(table)
        , m_ignoreDeletes(ignoreDeletes) {
        for (const FieldDef& f : table.fields) {
            m_r.values.insert(f.name, QJsonValue::Null);
        }
    }

    FoldResult take() {
        for (const OpenConflict& conflict : std::as_const(m_r.conflicts)) {
            const FieldDef* field = m_table.field(conflict.field);
            if (field != nullptr && field->sensitive() && !conflict.base.isUndefined()) {
                m_r.provisional.insert(conflict.field, m_r.values.value(conflict.field));
                m_r.values.insert(conflict.field, conflict.base);
            }
        }
        return std::move(m_r);
    }

    void apply(const FoldChange& c) {
        m_r.hlc = c.hlc;
        m_r.device = c.device;
        m_r.user = c.user;
        settle(c);
        if (c.action == kActionRestore) {
            restore(c);
        } else if (c.action == kActionPropose) {
            propose(c);
        } else if (c.op == kOpCreate) {
            create(c);
        } else if (c.op == kOpDelete) {
            remove(c);
        } else {
            update(c);
        }
    }

private:
    // Only the conflicts the decision is about: one change is often a candidate of several (a phone
    // and a note edited together), and deciding the phone must leave the note's conflict, with both
    // of its versions, to be decided.
    void settle(const FoldChange& c) {
        if (c.settles.isEmpty()) {
            return;
        }
        const QSet<QString> settled(c.settles.cbegin(), c.settles.cend());
        const QString star = QString::fromLatin1(Fold::kRecordField);
        const bool wholeRecord = decidesRecord(c);
        for (auto it = m_r.conflicts.begin(); it != m_r.conflicts.end();) {
            if (it.key() == star ? !wholeRecord : wholeRecord || !c.fields.contains(it.key())) {
                ++it;
                continue;
            }
            auto& list = it->candidates;
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const Candidate& x) { return settled.contains(x.changeId); }),
                       list.end());
            it = list.isEmpty() ? m_r.conflicts.erase(it) : std::next(it);
        }
    }

    void create(const FoldChange& c) {
        if (!m_r.exists) {
            m_r.exists = true;
            m_r.deleted = false;
            for (const FieldDef& f : m_table.fields) {
                const QJsonValue v = c.fields.contains(f.name) ? newOf(c.fields.value(f.name)) : QJsonValue::Null;
                m_r.values.insert(f.name, v);
                m_writer.insert(f.name, candidateOf(c, v));
            }
            return;
        }
        // The same id created twice (a re-sent record): its fields count as edits from empty.
        update(c);
    }

    void update(const FoldChange& c) {
        if (!m_r.exists) {
            return; // its create is not here yet; the record appears when it comes
        }
        if (m_r.deleted) {
            recordConflict(c, c.fields);
            return;
        }
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (!m_r.values.contains(it.key())) {
                continue;
            }
            const QJsonValue next = newOf(it.value());
            const QJsonValue expected = c.op == kOpCreate ? QJsonValue(QJsonValue::Null) : oldOf(it.value());
            const QJsonValue current = m_r.values.value(it.key());
            if (m_table.appendOnly || Fold::sameValue(current, expected)) {
                continueConflict(it.key(), c, next);
                m_r.values.insert(it.key(), next);
                m_writer.insert(it.key(), candidateOf(c, next));
            } else if (!Fold::sameValue(current, next) || c.action == kActionResolve) {
                fieldConflict(it.key(), expected, c, next);
                m_r.values.insert(it.key(), next);
                m_writer.insert(it.key(), candidateOf(c, next));
            }
        }
    }

    // A change that saw the value of one side of an open conflict on special-category data continues
    // that side: it takes the place of the side's candidate. The row shows such a field's base value
    // until a person decides, so the value written on top would otherwise be shown nowhere, and a
    // decision could drop it unseen. (Other fields show the value in the row, and their conflicts
    // keep the candidates as they were.)
    void continueConflict(const QString& field, const FoldChange& c, const QJsonValue& next) {
        const auto open = m_r.conflicts.find(field);
        if (open == m_r.conflicts.end()) {
            return; // the usual case: no conflict on the field
        }
        const auto writer = m_writer.constFind(field);
        const FieldDef* def = m_table.field(field);
        if (writer == m_writer.constEnd() || def == nullptr || !def->sensitive()) {
            return;
        }
        for (Candidate& candidate : open->candidates) {
            if (candidate.changeId == writer->changeId) {
                candidate = candidateOf(c, next);
                return;
            }
        }
    }

    void fieldConflict(const QString& field, const QJsonValue& base, const FoldChange& c, const QJsonValue& next) {
        const QJsonValue current = m_r.values.value(field);
        if (c.action == kActionResolve && !m_r.conflicts.contains(field) && Fold::sameValue(current, next)) {
            return; // a decision that agrees with what is there, after its candidates were settled
        }
        OpenConflict& conflict = m_r.conflicts[field];
        if (conflict.candidates.isEmpty()) {
            conflict.field = field;
            conflict.base = base;
        }
        const auto writer = m_writer.constFind(field);
        const Candidate holder =
            writer != m_writer.constEnd()
                ? Candidate{writer->changeId, writer->hlc, writer->device, writer->user, writer->op, current}
                : Candidate{QString(), 0, QString(), QString(), QString(), current};
        if (!hasCandidate(conflict, holder.changeId)) {
            conflict.candidates.append(holder);
        }
        if (!hasCandidate(conflict, c.changeId)) {
            conflict.candidates.append(candidateOf(c, next));
        }
    }

    // A person merge offers the duplicate's values where the survivor holds another one: each joins
    // (or opens) the field's conflict as a version beside the value in use, which stays in use, so
    // that a person decides and neither is lost. Its old value is the survivor's as the merge saw
    // it, the base of a conflict it opens. A value that agrees with the one in use adds nothing.
    void propose(const FoldChange& c) {
        if (!m_r.exists) {
            return;
        }
        if (m_r.deleted) {
            recordConflict(c, c.fields);
            return;
        }
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (!m_r.values.contains(it.key())) {
                continue;
            }
            const QJsonValue offered = newOf(it.value());
            const QJsonValue current = m_r.values.value(it.key());
            if (Fold::sameValue(current, offered)) {
                continue;
            }
            OpenConflict& conflict = m_r.conflicts[it.key()];
            if (conflict.candidates.isEmpty()) {
                conflict.field = it.key();
                conflict.base = oldOf(it.value());
            }
            const Candidate holder = m_writer.value(it.key());
            if (!hasCandidate(conflict, holder.changeId)) {
                conflict.candidates.append(
                    Candidate{holder.changeId, holder.hlc, holder.device, holder.user, holder.op, current});
            }
            if (hasCandidate(conflict, c.changeId)) {
                continue;
            }
            // Before the value in use, which the inbox shows last, as the provisional one.
            const auto inUse = std::find_if(conflict.candidates.begin(), conflict.candidates.end(),
                                            [&](const Candidate& x) { return x.changeId == holder.changeId; });
            Candidate proposal = candidateOf(c, offered);
            proposal.op = QString::fromLatin1(Fold::kOpProposed);
            conflict.candidates.insert(inUse, proposal);
        }
    }

    // An edit against a tombstone, or a delete against edits it did not see.
    void recordConflict(const FoldChange& c, const QJsonObject& fields) {
        if (m_table.appendOnly) {
            return;
        }
        OpenConflict& conflict = m_r.conflicts[QString::fromLatin1(Fold::kRecordField)];
        conflict.field = QString::fromLatin1(Fold::kRecordField);
        if (!hasCandidate(conflict, m_lastDelete.changeId)) {
            conflict.candidates.append(m_lastDelete);
        }
        if (!hasCandidate(conflict, c.changeId)) {
            QJsonObject edited;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                edited.insert(it.key(), newOf(it.value()));
            }
            conflict.candidates.append(candidateOf(c, edited));
        }
    }

    void remove(const FoldChange& c) {
        if (!m_r.exists || m_ignoreDeletes) {
            return;
        }
        if (m_r.deleted) {
            return; // two deletes agree
        }
        // Edits the deleter did not see. A delete logged before deletes carried their values has
        // no fields and is taken as having seen everything.
        QHash<QString, QJsonObject> unseen; // writer change id -> fields it set
        QHash<QString, Candidate> writers;
        if (!c.fields.isEmpty()) {
            for (const FieldDef& f : m_table.fields) {
                const QJsonValue current = m_r.values.value(f.name);
                const QJsonValue seen = c.fields.contains(f.name) ? oldOf(c.fields.value(f.name)) : QJsonValue::Null;
                // Special-category data in conflict shows its base value until decided: a deleter
                // who saw the base saw what the record showed.
                const auto open = m_r.conflicts.constFind(f.name);
                const bool sawBase =
                    f.sensitive() && open != m_r.conflicts.constEnd() && Fold::sameValue(open->base, seen);
                if (!Fold::sameValue(current, seen) && !sawBase) {
                    const Candidate w = m_writer.value(f.name);
                    unseen[w.changeId].insert(f.name, current);
                    writers.insert(w.changeId, w);
                }
            }
        }
        m_lastDelete = candidateOf(c, QJsonValue::Null);
        if (!unseen.isEmpty()) {
            OpenConflict& conflict = m_r.conflicts[QString::fromLatin1(Fold::kRecordField)];
            conflict.field = QString::fromLatin1(Fold::kRecordField);
            QList<Candidate> edits;
            for (auto it = unseen.constBegin(); it != unseen.constEnd(); ++it) {
                Candidate w = writers.value(it.key());
                w.value = it.value();
                edits.append(w);
            }
            std::sort(edits.begin(), edits.end(), [](const Candidate& a, const Candidate& b) {
                return std::tie(a.hlc, a.device, a.changeId) < std::tie(b.hlc, b.device, b.changeId);
            });
            for (const Candidate& e : edits) {
                if (!hasCandidate(conflict, e.changeId)) {
                    conflict.candidates.append(e);
                }
            }
            conflict.candidates.append(m_lastDelete);
        }
        m_r.deleted = true;
        for (const FieldDef& f : m_table.fields) {
            if (f.personal()) {
                m_r.values.insert(f.name, QJsonValue::Null);
            }
        }
    }

    void restore(const FoldChange& c) {
        if (!m_r.exists) {
            m_r.exists = true;
        }
        m_r.deleted = false;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (m_r.values.contains(it.key())) {
                const QJsonValue next = newOf(it.value());
                m_r.values.insert(it.key(), next);
                m_writer.insert(it.key(), candidateOf(c, next));
            }
        }
    }

    const TableDef& m_table;
    bool m_ignoreDeletes;
    FoldResult m_r;
    QHash<QString, Candidate> m_writer;
    Candidate m_lastDelete;
};

} // namespace

bool Fold::before(const FoldChange& a, const FoldChange& b) {
    return std::tie(a.hlc, a.device, a.changeId) < std::tie(b.hlc, b.device, b.changeId);
}

bool Fold::sameValue(const QJsonValue& a, const QJsonValue& b) {
    const bool aEmpty = a.isNull() || a.isUndefined() || (a.isString() && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || b.isUndefined() || (b.isString() && b.toString().isEmpty());
    if (aEmpty || bEmpty) {
        return aEmpty == bEmpty;
    }
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

FoldResult Fold::run(const TableDef& table, QList<FoldChange> changes) {
    std::sort(changes.begin(), changes.end(), &Fold::before);
    Folder folder(table, false);
    for (const FoldChange& c : changes) {
        folder.apply(c);
    }
    return folder.take();
}

FoldResult Fold::keptForReferences(const TableDef& table, QList<FoldChange> changes, const QStringList& referrers) {
    std::sort(changes.begin(), changes.end(), &Fold::before);
    Folder kept(table, true);
    for (const FoldChange& c : changes) {
        kept.apply(c);
    }
    FoldResult result = kept.take();
    // The delete is in contention with the edits it did not see. Edits made after it are applied
    // to the kept record and are not in contention with it, so that a laptop that keeps the record
    // can edit it like any other and hold the same conflict as the central copy.
    qsizetype lastDelete = changes.size() - 1;
    while (lastDelete >= 0 && changes.at(lastDelete).op != kOpDelete) {
        --lastDelete;
    }
    Folder own(table, false);
    for (qsizetype i = 0; i <= lastDelete; ++i) {
        own.apply(changes.at(i));
    }
    const QString star = QString::fromLatin1(kRecordField);
    OpenConflict conflict = own.take().conflicts.value(star);
    conflict.field = star;
    QSet<QString> settled;
    for (qsizetype i = lastDelete + 1; i < changes.size(); ++i) {
        if (decidesRecord(changes.at(i))) {
            settled.unite(QSet<QString>(changes.at(i).settles.cbegin(), changes.at(i).settles.cend()));
        }
    }
    conflict.candidates.erase(std::remove_if(conflict.candidates.begin(), conflict.candidates.end(),
                                             [&](const Candidate& x) { return settled.contains(x.changeId); }),
                              conflict.candidates.end());
    if (lastDelete >= 0 && !hasCandidate(conflict, changes.at(lastDelete).changeId)) {
        conflict.candidates.append(candidateOf(changes.at(lastDelete), QJsonValue::Null));
    }
    conflict.candidates.append(Candidate{QString(), 0, QString(), QString(), QString::fromLatin1(kOpReference),
                                         QJsonArray::fromStringList(referrers)});
    result.conflicts.insert(star, conflict);
    result.exists = true;
    result.deleted = false;
    return result;
}

QJsonObject Fold::valuesIgnoringDeletes(const TableDef& table, QList<FoldChange> changes) {
    std::sort(changes.begin(), changes.end(), &Fold::before);
    Folder folder(table, true);
    for (const FoldChange& c : changes) {
        folder.apply(c);
    }
    return folder.take().values;
}

} // namespace fieldcase::core
