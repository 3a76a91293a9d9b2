// SPDX-License-Identifier: GPL-3.0-or-later
// The report verb over the report engine of core/reports. Built only when the engine is.
#include "CommandsReports.h"

#include "reports/EsfReport.h"
#include "reports/IndicatorReport.h"

namespace fieldcase::cli {

QList<CliCommand> reportCommands() {
    return {reportCommand({&core::EsfReport::table, &core::IndicatorReport::table})};
}

} // namespace fieldcase::cli
