// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::bench {

class BenchReport;

// What the window adds on top of storage, on a demo programme of the given size (made in the
// work folder unless the storage bench already left one there): main window construction to the
// first painted list, the work the window does per keystroke of the search (person list model
// and the people, household and locality matches), the duplicate check of a new person, and the
// first page of each case-work list. Baselines: the core reads alone, in the same run.
void runGuiBench(int people, const QString& workDir, BenchReport& report);

} // namespace fieldcase::bench
