// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// One person, household, event, staff member or referral behind a number.
struct DrillRow {
    QString table; // person, household, event, staff, referral
    QString id;
    QString label; // names and dates: for users of the programme who may see them, never for an export
};

// Computes the achieved value of indicator records over a scope, from the case records themselves,
// in SQLite. What each kind counts (see IndicatorKinds for their parameters):
//   esf_common         the total of the ESF+ common indicator named by "code" (EsfReport's rules)
//   participants       people whose first entry falls in the period, matching the filters (age at entry)
//   leavers            people with an exit record in the period, matching the filters
//   signed_plans       people whose development plan the client signed in the period (the person of an
//                      individual plan, the members of the household of a family plan; age on the day signed)
//   events_held        events held in the period (up to today)
//   event_hours        the hours of those events
//   staff_active       staff who recorded or took part in a visit or service, organised or attended an
//                      event, or completed a training in the period
//   staff_trained      staff with at least min_hours of training in the period: their trainings plus
//                      events of kind training they attended (not as speaker or organiser)
//   households_served  households with a visit or service in the period (with at least min_staff staff)
//   handovers          hand-overs between facilities sent in the period
// A locality's scope takes the records placed there: people by their household, events by their
// locality, visits by the household; staff trainings have no place and count for the whole programme.
class IndicatorEngine {
    Q_DECLARE_TR_FUNCTIONS(IndicatorEngine)

public:
    explicit IndicatorEngine(Database& db);

    Result<double> achieved(const QString& indicatorId, const ReportScope& scope);
    Result<double> achieved(const Record& indicator, const ReportScope& scope);

    // The records behind the achieved value, in name or date order.
    Result<QList<DrillRow>> members(const QString& indicatorId, const ReportScope& scope);

private:
    struct Members {
        QString table;
        QString sql; // columns: id, weight (1, or hours for event_hours)
        QVariantList values;
    };
    Result<Record> indicator(const QString& id);
    Result<Members> membersQuery(const Record& indicator, const ReportScope& scope);

    Database& m_db;
};

} // namespace fieldcase::core
