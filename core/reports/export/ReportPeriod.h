// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace fieldcase::core {

class Database;

// Chooses and checks the period and place of a report, for the batch tool and the window alike.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    // A day written YYYY-MM-DD that exists (2026-02-30 does not); option names the field in the
    // message ("--from").
    static Result<QDate> parseDay(const QString& text, const QString& option);

    // The scope: the days given, else the programme's start and end dates, else the first and
    // last day of today's year (each side on its own: a programme with a start date but no end
    // date runs to the end of this year). Refuses a period that ends before it starts and a
    // locality that is not, or no longer, in the database.
    static Result<ReportScope> resolve(Database& db, const std::optional<QDate>& from, const std::optional<QDate>& to,
                                       const QString& localityId, const QDate& today);
};

} // namespace fieldcase::core
