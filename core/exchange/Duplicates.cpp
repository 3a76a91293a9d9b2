// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Duplicates.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "exchange/Merger.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kPerson = QStringLiteral("SELECT id, sort_key, birth_date, family_name, given_names FROM person "
                                       "WHERE id = ? AND deleted = 0");
// Bounded, so that a placeholder birth date shared by thousands of people cannot make every merge
// compare each new person with all of them.
const QString kSameBirthDate = QStringLiteral("SELECT id, sort_key, birth_date, family_name, given_names FROM "
                                              "person WHERE birth_date = ? AND deleted = 0 AND id != ? LIMIT 300");
const QString kSameName = QStringLiteral("SELECT id, sort_key, birth_date, family_name, given_names FROM person "
                                         "WHERE sort_key = ? AND deleted = 0 AND id != ? LIMIT 300");
const QString kRecordPair = QStringLiteral("INSERT OR IGNORE INTO exchange_duplicate(person_a, person_b, reason, "
                                           "status, found_at) VALUES (?, ?, ?, 'open', ?)");
const QString kOpenPairs = QStringLiteral(
    "SELECT d.person_a, d.person_b, d.reason, a.family_name || ' ' || a.given_names, a.birth_date, "
    "b.family_name || ' ' || b.given_names, b.birth_date FROM exchange_duplicate d "
    "JOIN person a ON a.id = d.person_a AND a.deleted = 0 JOIN person b ON b.id = d.person_b AND b.deleted = 0 "
    "WHERE d.status = 'open' ORDER BY a.sort_key, d.person_a, d.person_b");
const QString kSetStatus =
    QStringLiteral("UPDATE exchange_duplicate SET status = ? WHERE person_a = ? AND person_b = ?");

struct PersonRow {
    QString id;
    QString key;
    QString birthDate;
    QString name;
};

PersonRow readRow(Statement& st) {
    return {st.value(0).toString(), st.value(1).toString(), st.value(2).toString(),
            st.value(3).toString() + QLatin1Char(' ') + st.value(4).toString()};
}

int editDistance(const QString& a, const QString& b) {
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Names written in the other order (given name first) are the same name.
QString wordsSorted(const QString& key) {
    QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.sort();
    return words.join(QLatin1Char(' '));
}

} // namespace

Duplicates::Duplicates(Database& db)
    : m_db(db) {}

Result<QList<DuplicatePair>> Duplicates::detect(const QStringList& people) {
    QList<DuplicatePair> found;
    QSet<QString> seen;
    const QString now = m_db.clock().now().toString(Qt::ISODate);
    for (const QString& id : people) {
        Statement self(m_db, kPerson);
        self.bind(id);
        if (auto s = self.exec(); !s) {
            return s.error();
        }
        if (!self.next()) {
            continue;
        }
        const PersonRow me = readRow(self);
        QList<QPair<PersonRow, QString>> matches;
        if (!me.birthDate.isEmpty()) {
            Statement st(m_db, kSameBirthDate);
            st.bind(me.birthDate).bind(me.id);
            if (auto s = st.exec(); !s) {
                return s.error();
            }
            while (st.next()) {
                const PersonRow other = readRow(st);
                if (other.key == me.key) {
                    matches.append({other, tr("same name and date of birth")});
                } else if (wordsSorted(other.key) == wordsSorted(me.key)) {
                    matches.append({other, tr("same names in another order, same date of birth")});
                } else if (editDistance(other.key, me.key) <= 2) {
                    matches.append({other, tr("similar name, same date of birth")});
                }
            }
            if (auto read = st.finished(); !read) {
                return read.error();
            }
        }
        if (!me.key.isEmpty()) {
            Statement st(m_db, kSameName);
            st.bind(me.key).bind(me.id);
            if (auto s = st.exec(); !s) {
                return s.error();
            }
            while (st.next()) {
                const PersonRow other = readRow(st);
                if (other.birthDate == me.birthDate) {
                    continue;
                }
                if (other.birthDate.isEmpty() || me.birthDate.isEmpty()) {
                    matches.append({other, tr("same name, one date of birth missing")});
                } else if (other.birthDate.left(4) == me.birthDate.left(4) ||
                           editDistance(other.birthDate, me.birthDate) <= 1) {
                    matches.append({other, tr("same name, nearly the same date of birth")});
                }
            }
            if (auto read = st.finished(); !read) {
                return read.error();
            }
        }
        for (const auto& [other, reason] : std::as_const(matches)) {
            const bool meFirst = me.id < other.id;
            DuplicatePair pair{meFirst ? me.id : other.id,
                               meFirst ? other.id : me.id,
                               meFirst ? me.name : other.name,
                               meFirst ? other.name : me.name,
                               meFirst ? me.birthDate : other.birthDate,
                               meFirst ? other.birthDate : me.birthDate,
                               reason};
            const QString k = pair.personA + pair.personB;
            if (seen.contains(k)) {
                continue;
            }
            seen.insert(k);
            Statement st(m_db, kRecordPair);
            st.bind(pair.personA).bind(pair.personB).bind(reason).bind(now);
            if (auto s = st.exec(); !s) {
                return s.error();
            }
            found.append(pair);
        }
    }
    return found;
}

Result<QList<DuplicatePair>> Duplicates::open() {
    Statement st(m_db, kOpenPairs);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<DuplicatePair> out;
    while (st.next()) {
        out.append({st.value(0).toString(), st.value(1).toString(), st.value(3).toString(), st.value(5).toString(),
                    st.value(4).toString(), st.value(6).toString(), st.value(2).toString()});
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return out;
}

Status Duplicates::dismiss(const QString& a, const QString& b) {
    Statement st(m_db, kSetStatus);
    st.bind(QStringLiteral("dismissed")).bind(std::min(a, b)).bind(std::max(a, b));
    return st.exec();
}

Result<PersonMergeResult> Duplicates::merge(const QString& survivorId, const QString& duplicateId) {
    if (survivorId == duplicateId) {
        return makeError(ErrorCode::InvalidInput, tr("Choose two different people to merge."));
    }
    RecordStore store(m_db);
    auto survivor = store.get(QStringLiteral("person"), survivorId);
    auto duplicate = store.get(QStringLiteral("person"), duplicateId);
    if (!survivor || !duplicate) {
        return (!survivor ? survivor : duplicate).error();
    }
    if (survivor->deleted || duplicate->deleted) {
        return makeError(ErrorCode::Conflict, tr("One of the two people was deleted; there is nothing to merge."));
    }
    const TableDef& personTable = *Schema::instance().table(QStringLiteral("person"));
    Transaction tx(m_db);
    Merger merger(m_db);
    if (auto s = merger.begin(); !s) {
        return s.error();
    }
    const QString note = tr("Person merge: %1 into %2").arg(duplicateId, survivorId);
    PersonMergeResult result;
    for (const auto& [table, field] : Schema::instance().referencesTo(QStringLiteral("person"))) {
        Statement st(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table->name, field->name));
        st.bind(duplicateId);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        QStringList ids;
        while (st.next()) {
            ids.append(st.value(0).toString());
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
        for (const QString& id : std::as_const(ids)) {
            Merger::LocalChange change;
            change.table = table->name;
            change.recordId = id;
            change.fields.insert(field->name, QJsonArray{duplicateId, survivorId});
            change.note = note;
            if (auto c = merger.addLocal(change); !c) {
                return c.error();
            }
            ++result.repointed;
        }
    }
    Merger::LocalChange fill;
    fill.table = QStringLiteral("person");
    fill.recordId = survivorId;
    fill.note = note;
    // Where both have a value and the values differ, the duplicate's is offered (action "propose"):
    // the fold makes it a version of the field's conflict beside the survivor's, which stays in use
    // until a person decides in the conflict inbox. A decision there is an ordinary one and travels
    // back to the laptops like any other; special-category fields are marked as in every conflict.
    Merger::LocalChange offer = fill;
    offer.action = QStringLiteral("propose");
    offer.note = tr("Person merge: %1 into %2, values of the duplicate to decide").arg(duplicateId, survivorId);
    for (const FieldDef& f : personTable.fields) {
        const QVariant mine = survivor->fields.value(f.name);
        const QVariant theirs = duplicate->fields.value(f.name);
        if (values::isEmpty(theirs)) {
            continue;
        }
        const QJsonValue theirsJson = values::toJson(f, theirs);
        if (values::isEmpty(mine)) {
            fill.fields.insert(f.name, QJsonArray{QJsonValue::Null, theirsJson});
            ++result.filled;
        } else if (const QJsonValue mineJson = values::toJson(f, mine); !Fold::sameValue(mineJson, theirsJson)) {
            offer.fields.insert(f.name, QJsonArray{mineJson, theirsJson});
            ++result.toDecide;
        }
    }
    for (const Merger::LocalChange* change : {&fill, &offer}) {
        if (change->fields.isEmpty()) {
            continue;
        }
        if (auto c = merger.addLocal(*change); !c) {
            return c.error();
        }
    }
    auto current = store.get(QStringLiteral("person"), duplicateId);
    if (!current) {
        return current.error();
    }
    Merger::LocalChange remove;
    remove.table = QStringLiteral("person");
    remove.recordId = duplicateId;
    remove.op = QStringLiteral("delete");
    remove.action = QStringLiteral("merge");
    remove.redirect = survivorId;
    remove.note = note;
    for (const FieldDef& f : personTable.fields) {
        const QVariant v = current->fields.value(f.name);
        if (!values::isEmpty(v)) {
            remove.fields.insert(f.name, QJsonArray{values::toJson(f, v), QJsonValue::Null});
        }
    }
    if (auto c = merger.addLocal(remove); !c) {
        return c.error();
    }
    if (auto s = merger.finish(); !s) {
        return s.error();
    }
    Statement status(m_db, kSetStatus);
    status.bind(QStringLiteral("merged"))
        .bind(std::min(survivorId, duplicateId))
        .bind(std::max(survivorId, duplicateId));
    if (auto s = status.exec(); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return result;
}

} // namespace fieldcase::core
