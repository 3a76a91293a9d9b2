// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QString>

namespace fieldcase::core {

// Small-cell suppression for a report that leaves the programme (for a funder, a ministry, a
// publication): nobody may be recognisable from a count in it.
//
// - A count of 1 to 4 people is suppressed: its value is taken out and it is written "<5". Zero is
//   shown: it reveals no one, and hiding it would make every empty category look populated.
// - Where cells add up (a row's parts into its total, declared with ReportColumn::partOf, and rows
//   into a total row, declared with ReportTable::rowSums), a suppressed count must not be the one
//   unknown that the total and the shown parts give away. Reading the table as a reader would
//   ("<5" is 1 to 4, "x" could be anything), while a sum still pins a hidden cell to one value, the
//   smallest shown count above zero in that sum is hidden too and written "x" (complementary
//   suppression). "x" may stand for 5 or more, which is why it is not written "<5".
// - A cell computed from a hidden count (a share, a gap to the target: ReportColumn::derivedFrom)
//   is hidden with it and written "x".
// - Columns of names or ids (ReportColumn::identifies), and rows holding a cell that names
//   someone (ReportCell::identifies), are left out.
//
// This protects each table on its own. Two tables of overlapping scope (a locality and the whole
// programme, two periods that share months) can still be subtracted from each other; exports for
// outside should keep to the programme's reporting periods and places.
class ReportSuppression {
    Q_DECLARE_TR_FUNCTIONS(ReportSuppression)

public:
    // Counts from 1 to kThreshold - 1 are suppressed.
    static constexpr int kThreshold = 5;

    // How a suppressed cell is written in every format: "<5" for a small count, "x" for a cell
    // hidden to protect another.
    static QString mark(const ReportCell& cell);
    static QString smallMark();
    static QString secondaryMark();

    // The table as it may leave the programme, with leavesProgramme set and notes that say what
    // was hidden and why. Applying it again changes nothing.
    static ReportTable forOutside(ReportTable table);
};

} // namespace fieldcase::core
