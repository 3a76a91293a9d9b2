// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/export/ReportWriter.h"

namespace fieldcase::core {

// An Excel workbook of one sheet, made with libxlsxwriter: the title in the first row, the
// subtitle in the second, the column labels in the fourth (kept in view when scrolling), the rows
// from the fifth, then the notes after an empty row. Numbers are numbers (they sum in a
// spreadsheet), suppressed cells the text "<5" (or "x"), empty cells empty. Set up to print on A4,
// one page wide.
class XlsxReportWriter : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxReportWriter)

public:
    // Rows of the sheet, counted from 0 as libxlsxwriter counts them.
    static constexpr int kTitleRow = 0;
    static constexpr int kSubtitleRow = 1;
    static constexpr int kHeaderRow = 3;
    static constexpr int kFirstDataRow = 4;

    ReportFormat format() const override { return ReportFormat::Xlsx; }
    Status write(const ReportTable& table, QIODevice& device) override;

    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\, from the title.
    static QString sheetName(const QString& title);
};

} // namespace fieldcase::core
