// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::bench {

class BenchReport;

// The ESF+ table for the whole programme and the planned-against-achieved dashboard for a year, on a
// demo programme of the given size (kept in the work folder as reports-demo-N.db and used again when
// it is there), each against the same counts written as plain SQL and run on raw SQLite in the same
// run. The two must agree, or the benchmark stops.
void runReportsBench(int people, const QString& workDir, BenchReport& report);

} // namespace fieldcase::bench
