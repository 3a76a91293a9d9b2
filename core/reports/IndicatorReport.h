// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

namespace fieldcase::core {

class Database;

// Planned against achieved for the programme's indicators in a period and place: columns code,
// name, unit, target, achieved, share, behind.
class IndicatorReport {
public:
    static Result<ReportTable> table(Database& db, const ReportScope& scope);
};

} // namespace fieldcase::core
