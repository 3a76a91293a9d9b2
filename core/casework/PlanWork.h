// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeLog.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace fieldcase::core {

class Database;

// A new development plan with everything agreed at once. An action's "goal_index" (the index of
// a goal in goals) links it to a goal that has no id yet.
struct PlanInput {
    QVariantMap plan;
    QList<QVariantMap> needs;
    QList<QVariantMap> goals;
    QList<QVariantMap> actions;
};

// Individual and family development plans: creating them whole, reviewing them (a review keeps
// the plan as it was, and the plan's version moves on), and reading their full history.
class PlanWork {
    Q_DECLARE_TR_FUNCTIONS(PlanWork)

public:
    explicit PlanWork(Database& db);

    // The months between reviews the programme asks for (programme.review_months), 3 by default.
    int reviewMonths(const QString& programmeId = {});
    QDate defaultNextReview(const QDate& from, const QString& programmeId = {});

    // Creates the plan, its needs, goals and actions in one transaction; a draft at version 1
    // whose next review is due after the programme's review interval unless one is given.
    Result<QString> create(const PlanInput& input);

    // Records a review: the plan, needs, goals and actions as they stand are kept in the review's
    // snapshot, the plan's version goes up by one and its next review moves to the review's.
    Result<QString> review(const QString& planId, const QVariantMap& review);

    // The plan as it stands, as the JSON a review keeps.
    Result<QJsonObject> snapshot(const QString& planId);

    // Every change of the plan and of its needs, goals, actions and reviews, oldest first.
    Result<QList<Change>> history(const QString& planId);

private:
    Database& m_db;
};

} // namespace fieldcase::core
