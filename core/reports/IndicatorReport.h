// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace fieldcase::core {

class Database;

// Planned against achieved for a period and a locality or the whole programme: one row per live
// indicator (in its sort order, then by code), with columns code, name, unit, target (empty when no
// target applies; see IndicatorTargets for which), achieved, share (achieved / target, from 0; empty
// without a target above zero) and behind (target - achieved when the target is not reached, else 0;
// empty without a target). rowData holds per row "indicator_id", "kind", "unit", "has_target",
// "behind" (true when the target is not reached), "recorded" (false for indicators resting on
// special-category data the programme does not record), "computed" (false as well for an indicator
// whose parameters cannot be read; the notes name it) and "target_ids".
class IndicatorReport {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReport)

public:
    static Result<ReportTable> table(Database& db, const ReportScope& scope);
};

} // namespace fieldcase::core
