// SPDX-License-Identifier: GPL-3.0-or-later
// The report verb over the report engine of core/reports. Built only when the engine is.
#include "CommandsReports.h"

#include "reports/EsfReport.h"
#include "reports/IndicatorReport.h"

namespace fieldcase::cli {

QList<CliCommand> reportCommands() {
    // The verb suppresses small counts itself (ReportSuppression) when the report leaves the
    // programme, so it asks the engine for every count as it is.
    const auto esf = [](core::Database& db, core::EsfSet set, const core::ReportScope& scope) {
        return core::EsfReport::table(db, set, scope, core::ReportAudience::Programme);
    };
    return {reportCommand({esf, &core::IndicatorReport::table})};
}

} // namespace fieldcase::cli
