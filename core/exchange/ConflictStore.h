// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Fold.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>

namespace fieldcase::core {

class Database;

// An open conflict as the inbox shows it.
struct ConflictInfo {
    qint64 id = 0;
    QString table;
    QString recordId;
    QString field; // "*": the record was deleted on one side and edited on another
    QJsonValue base;
    // In (hlc, device) order, but for the value a person merge offers (fromPersonMerge), which comes
    // before the value in use; the last one is the provisional value.
    QList<Candidate> candidates;
    bool sensitive = false; // special-category data: never settled without a person's choice
    QJsonValue current;     // the value in use (for special-category data, the base until decided)
    QJsonValue provisional; // the value the merge continues from: a decision names it as the old value
    bool recordDeleted = false;
    QString recordTitle; // who or what the record is about ("Lakatos Erika", "Plan goal: ...")

    bool wholeRecord() const { return field == QLatin1String(Fold::kRecordField); }
    // Two records of one person were merged and held different values here: the merged one's is
    // offered beside the value in use.
    bool fromPersonMerge() const {
        return std::any_of(candidates.cbegin(), candidates.cend(),
                           [](const Candidate& c) { return c.op == QLatin1String(Fold::kOpProposed); });
    }
    // Deleted on one side while live records elsewhere point at it: kept until a person decides.
    bool keptForReferences() const {
        return wholeRecord() && !candidates.isEmpty() && candidates.last().op == QLatin1String(Fold::kOpReference);
    }
};

// The open conflicts, and the decisions that settle them. A decision is a change like any other:
// logged with the ids of the candidates it settles, folded here, and sent back to the laptops. A
// candidate that was not known when deciding keeps the conflict open.
class ConflictStore {
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)

public:
    explicit ConflictStore(Database& db);

    Result<QList<ConflictInfo>> open(int limit = -1);
    Result<qint64> count();
    Result<ConflictInfo> get(qint64 id);

    // Takes one of the candidates (0 = the first, "a"). For a whole-record conflict, taking the
    // delete keeps the tombstone; taking an edit restores the record with every value it had.
    Result<QString> take(qint64 id, int candidate);
    // Types a new value for a field conflict (as a widget or batch file gives it).
    Result<QString> setValue(qint64 id, const QVariant& value);

    // A readable form of a conflict value for the inbox and the batch tool.
    static QString display(const ConflictInfo& conflict, const QJsonValue& value);

private:
    Result<QList<ConflictInfo>> load(const QString& where, const QVariantList& args);
    Result<QString> decide(const ConflictInfo& conflict, const QJsonValue& chosen);
    Result<QString> decideRecord(const ConflictInfo& conflict, bool keepDeleted);

    Database& m_db;
};

} // namespace fieldcase::core
