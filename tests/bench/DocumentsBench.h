// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::bench {

class BenchReport;

// Time per plan PDF and for one PDF of a batch of plans, against the plainest way to print the
// same plan with Qt in the same run: the plan's records read through RecordStore, put into
// simple HTML and printed with QTextDocument::print to a QPdfWriter (no letterhead, no page
// footer, no keep-together pagination).
void runDocumentsBench(int batchSize, const QString& workDir, BenchReport& report);

} // namespace fieldcase::bench
