// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/export/ReportWriter.h"

namespace fieldcase::core {

// CSV for machines: UTF-8 without a byte order mark, commas, a header row of the column keys, then
// one line per row, each ending in a line feed (the last one too). A field holding a comma, a
// quote or a line break is put in double quotes, with its quotes doubled (RFC 4180). Numbers are
// plain (1234.5, never 1 234,5), suppressed cells are written "<5" (or "x", see
// ReportSuppression), empty cells as nothing. Title, subtitle and notes are not in the file: a
// CSV holds the table alone, so that every line reads the same way.
class CsvReportWriter : public ReportWriter {
public:
    ReportFormat format() const override { return ReportFormat::Csv; }
    Status write(const ReportTable& table, QIODevice& device) override;

    // One field, quoted when it must be.
    static QString field(const QString& text);
};

} // namespace fieldcase::core
