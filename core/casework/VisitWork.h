// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace fieldcase::core {

class Database;

// A visit or service as entered on the quick form: the activity, who was there (each a map with
// person_id or staff_id and a role), the plan goals it worked on, and the tasks agreed.
struct VisitInput {
    QVariantMap activity;
    QList<QVariantMap> participants;
    QStringList goalIds;
    QList<QVariantMap> tasks;
};

// Visits and services are facts: recorded once, with everything that belongs to them in one
// transaction; a mistake is corrected by a new record that supersedes the old one, and a visit
// entered by mistake is withdrawn by a superseding record marked as withdrawn. Nothing is
// edited in place.
class VisitWork {
    Q_DECLARE_TR_FUNCTIONS(VisitWork)

public:
    explicit VisitWork(Database& db);

    Result<QString> record(const VisitInput& input);
    // Records the corrected visit, superseding the one given (which must still be in force).
    Result<QString> correct(const QString& activityId, const VisitInput& corrected);
    // Withdraws a visit recorded by mistake; the reason is kept.
    Result<QString> withdraw(const QString& activityId, const QString& reason);
    // The visit as recorded, to start a correction from.
    Result<VisitInput> load(const QString& activityId);
    // The record that corrected or withdrew this one, or empty while it is in force.
    Result<QString> supersededBy(const QString& activityId);

private:
    Status checkInForce(const QString& activityId);

    Database& m_db;
};

} // namespace fieldcase::core
