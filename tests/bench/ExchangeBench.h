// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::bench {

class BenchReport;

// Merging a laptop's package of the given number of changes (half edits of existing people, half
// new visits) into a central copy holding that many people, including the signature check and
// decryption, against raw SQLite upserting the same rows into the same copy.
void runExchangeBench(int changes, const QString& workDir, BenchReport& report);

} // namespace fieldcase::bench
