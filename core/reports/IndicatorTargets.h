// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

class Database;

// One live indicator_target record.
struct TargetRow {
    QString id;
    QString period; // month, quarter, year, whole_programme
    QDate periodStart;
    QString localityId; // empty: the whole programme
    double target = 0;
};

struct TargetChoice {
    bool found = false;
    double target = 0;
    QString period;            // the kind of period the chosen targets are for
    QStringList ids;           // the targets added up
    bool summedPlaces = false; // the whole programme's target is the sum of its localities'
};

// Which targets apply to a report's scope:
// 1. Place: a locality's report takes that locality's targets. The whole programme's report takes the
//    targets for the whole programme; an indicator that has none takes the sum of its localities'.
// 2. Period: of the kinds whole programme, year, quarter and month, in that order, the first that has
//    targets lying wholly within the scope gives the target: the sum of those targets. A whole-programme
//    target lies within a scope that covers the programme's dates (or has no dates). A target that only
//    partly overlaps the scope is never cut to size: a quarter's report has no target when only a
//    yearly one is set.
// 3. Two targets for the same period and place (made apart on two machines) are one: the one made last
//    counts.
class IndicatorTargets {
public:
    static TargetChoice choose(const QList<TargetRow>& targets, const ReportScope& scope, const QDate& programmeStart,
                               const QDate& programmeEnd);

    // The live targets of every live indicator, by indicator id.
    static Result<QHash<QString, QList<TargetRow>>> load(Database& db);
    // The programme's start and end dates (invalid when not recorded).
    static Result<QPair<QDate, QDate>> programmeDates(Database& db);

    // The first and last day of the target's period; the programme's dates for the whole programme.
    static QPair<QDate, QDate> range(const TargetRow& row, const QDate& programmeStart, const QDate& programmeEnd);
};

} // namespace fieldcase::core
