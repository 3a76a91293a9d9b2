// SPDX-License-Identifier: GPL-3.0-or-later
// For the reports' own sources: how each common indicator is counted, as SQL over the rows of
// participantCte() (one row per participant whose first entry falls in the scope) or leaverCte() (one
// row per exit record of a participant, in the scope's place, that left or was followed up in the
// period).
#pragma once

#include "reports/ReportQuery.h"

#include <QString>

namespace fieldcase::core::reports {

struct EsfRule {
    const char* code;
    // True for the participants (or leavers) the indicator counts; over the CTE's columns.
    const char* condition;
    // True for those whose answer was declined; null when no answer can be declined.
    const char* declined = nullptr;
};

// Null for a code of neither set.
const EsfRule* esfRule(const QString& code);

// "WITH participant AS (...)", columns: person_id, entry_date, g (0 women, 1 men, 2 non-binary,
// 3 gender not recorded), age (at entry; null without a birth date), lab ('u' unemployed, 'i' inactive,
// 'e' employed), ltu (long-term unemployed, 0 or 1), the entry record's answers under their own names,
// urban_class and locality_id (of the household).
QString participantCte(ReportQuery& q, const ScopeBounds& bounds);

// "WITH leaver AS (...)", columns: person_id, g, situation, qualification_gained, follow_up_situation,
// exit_in (left in the period), follow_in (followed up in the period).
QString leaverCte(ReportQuery& q, const ScopeBounds& bounds);

} // namespace fieldcase::core::reports
