// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

// A change as the fold sees it: who and when, and per field [old, new] in JSON form.
struct FoldChange {
    QString changeId;
    quint64 hlc = 0;
    QString device;
    QString user;
    QString op;     // create, update, delete
    QString action; // empty, resolve, restore, merge
    QStringList settles;
    QJsonObject fields;
};

// One value in contention: the change that wrote it and what it wrote. For a conflict of the
// whole record ("*": a delete against an edit), value is the edit's fields or null for the delete.
struct Candidate {
    QString changeId;
    quint64 hlc = 0;
    QString device;
    QString user;
    QString op;
    QJsonValue value;
};

struct OpenConflict {
    QString field; // a field name, or "*" for the record
    QJsonValue base;
    // In fold order: the last is the provisional winner. A value offered by a person merge (op
    // "propose") goes before the value in use, which stays the provisional one.
    QList<Candidate> candidates;
};

struct FoldResult {
    bool exists = false;
    bool deleted = false;
    QJsonObject values; // every field of the table, null when empty
    quint64 hlc = 0;    // of the last change in fold order
    QString device;
    QString user;
    QMap<QString, OpenConflict> conflicts;
    // Special-category fields (FieldDef::Sensitive) with an open conflict keep their base value in
    // `values` until a person decides, so that no report counts a provisional answer; here is the
    // value the fold works with (the provisional winner), which a decision names as its old value.
    QJsonObject provisional;
};

// The merge rule, as a pure function: a record's state is the fold of every change known for it,
// taken in (hlc, device, change id) order, so the result does not depend on the order in which
// the changes arrived. Per field, a change whose old value is the current one applies; one that
// finds another value is concurrent and opens a conflict that keeps every candidate (the later one
// is the provisional winner). A delete carries the values its author saw: if an edit it did not
// see is found, or an edit arrives after it, the record conflicts and the tombstone holds
// provisionally. Facts (append-only tables) never conflict. A resolution settles the candidates
// it names; a candidate it did not know of keeps the conflict open.
class Fold {
public:
    static FoldResult run(const TableDef& table, QList<FoldChange> changes);
    // The values the record would have if no delete had happened: what a restore brings back.
    static QJsonObject valuesIgnoringDeletes(const TableDef& table, QList<FoldChange> changes);
    // A record deleted by its own history that live records still point at (a visit recorded on
    // one laptop for a person deleted on another): it stays with every value it had, all edits
    // included, and its delete becomes a whole-record conflict whose last candidate, the provisional
    // winner, is the references (op "reference", value the sorted "table/id" of the records that
    // point at it). Deleting it would leave those records pointing at nothing; dropping them would
    // throw data away.
    static FoldResult keptForReferences(const TableDef& table, QList<FoldChange> changes, const QStringList& referrers);

    static bool before(const FoldChange& a, const FoldChange& b);
    static bool sameValue(const QJsonValue& a, const QJsonValue& b);

    static constexpr const char* kRecordField = "*";
    static constexpr const char* kOpReference = "reference";
    // The op of a candidate offered by a person merge: the duplicate's value, where the survivor held
    // another (a change with action "propose").
    static constexpr const char* kOpProposed = "propose";
};

} // namespace fieldcase::core
