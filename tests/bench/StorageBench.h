// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::bench {

class BenchReport;

// Demo generation against raw SQLite inserting the same rows, database open to the first page
// of the person list, and name search per keystroke, for a programme of the given size.
void runStorageBench(int people, const QString& workDir, BenchReport& report);

} // namespace fieldcase::bench
