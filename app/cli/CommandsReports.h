// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include "reports/EsfReport.h"
#include "reports/ReportTable.h"
#include "util/Result.h"

#include <functional>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::cli {

// Where the report verb gets its tables: the report engine of core/reports, or, in the tests of
// the verb itself, tables a test made by hand.
struct ReportMakers {
    std::function<core::Result<core::ReportTable>(core::Database&, core::EsfSet, const core::ReportScope&)> esf;
    std::function<core::Result<core::ReportTable>(core::Database&, const core::ReportScope&)> indicators;
};

// The report verb over the given makers.
CliCommand reportCommand(ReportMakers makers);

// The report verb over the engine (EsfReport, IndicatorReport); in builds that have the engine.
QList<CliCommand> reportCommands();

} // namespace fieldcase::cli
