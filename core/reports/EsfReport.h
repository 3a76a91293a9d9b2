// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EsfCatalogue.h"
#include "reports/ReportPrivacy.h"
#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// The counts of one common indicator, by gender. Gender not recorded (unknown or empty) is in the total
// only. declined is -1 where no answer can be declined.
struct EsfCounts {
    qint64 women = 0;
    qint64 men = 0;
    qint64 nonBinary = 0;
    qint64 total = 0;
    qint64 declined = -1;
    // False for special-category indicators when the programme does not record such data.
    bool recorded = true;
};

// The ESF+ (or ESF 2014-2020) table of common indicators on participants, computed in SQLite from the
// entry and exit records: one pass over the participants whose first entry falls in the period for the
// indicators on entry, one over the exit records for those on leaving. The rules it follows are in
// README.md ("Programme monitoring").
class EsfReport {
    Q_DECLARE_TR_FUNCTIONS(EsfReport)

public:
    // Every indicator of the set, by code.
    static Result<QHash<QString, EsfCounts>> counts(Database& db, EsfSet set, const ReportScope& scope);

    // Columns code, label, women, men, non_binary, total, declined (declined empty where no answer can be
    // declined; every cell empty for indicators that are not recorded). For outside the programme, the
    // default, counts of fewer than five people are suppressed. rowData holds "code" and "recorded".
    static Result<ReportTable> table(Database& db, EsfSet set, const ReportScope& scope,
                                     ReportAudience audience = ReportAudience::OutsideProgramme);

    // Whether the programme records special-category data (programme.special_categories). Off unless
    // the programme turned it on.
    static Result<bool> recordsSpecialCategories(Database& db);

    // The SQL of one indicator's people, as ids in the column person_id, with the values to bind; for
    // the list behind a number. False when the code is unknown.
    static bool memberQuery(const QString& code, const ReportScope& scope, QString* sql, QVariantList* values);

    // The scope as a line of text: the period and the locality, or the whole programme.
    static QString describeScope(Database& db, const ReportScope& scope);
};

} // namespace fieldcase::core
