// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PagedRenderer.h"
#include "reports/export/ReportWriter.h"

#include <QPageLayout>

namespace fieldcase::core {

class Database;

// A report printed as the programme's documents are (DocumentBuilder and PagedRenderer): the
// letterhead on every page, the title and subtitle, the table (its column labels repeated on every
// page it continues on), the notes; in the footer the title, "page X of Y", who printed it and when,
// and whether the report may leave the programme. A4, landscape when the table would not fit
// upright. Numbers in the user's language's form. Needs a QGuiApplication (fonts).
class PdfReportWriter : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    // printedLine: "Printed by ... on ...", as DocumentData makes it.
    PdfReportWriter(PageHeader header, QString printedLine);

    // The letterhead of the database's programme and who prints now.
    static Result<PdfReportWriter> forDatabase(Database& db);

    ReportFormat format() const override { return ReportFormat::Pdf; }
    Status write(const ReportTable& table, QIODevice& device) override;

    static QPageLayout::Orientation orientationFor(const ReportTable& table);
    // The number of pages of the last table written.
    int lastPageCount() const { return m_lastPageCount; }

private:
    PageHeader m_header;
    QString m_printedLine;
    int m_lastPageCount = 0;
};

} // namespace fieldcase::core
