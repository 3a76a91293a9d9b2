// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QList>

namespace fieldcase::core {

// Who a report is made for.
enum class ReportAudience {
    Programme,        // the programme's own staff: every count as it is
    OutsideProgramme, // a funder or anyone outside: no names or ids, small counts of people suppressed
};

// Cells of the same column (rows) or of the same row (columns) that add up, with others, to a cell
// that is shown: one suppressed cell among them could be worked out from the others.
struct SuppressionGroups {
    QList<QList<int>> rows;
    QList<QList<int>> columns;
};

class ReportPrivacy {
    Q_DECLARE_TR_FUNCTIONS(ReportPrivacy)

public:
    static constexpr int kThreshold = 5;

    // Makes the table fit to leave the programme: every cell of a column that counts people and holds
    // fewer than kThreshold (zero included) is suppressed and its value cleared, and then, in each group,
    // wherever exactly one cell is suppressed, the smallest other one is suppressed too, until no group
    // has a single suppressed cell. Marks the table as leaving the programme and adds a note.
    static void suppressSmallCells(ReportTable& table, const SuppressionGroups& groups = {});
};

} // namespace fieldcase::core
