// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportExport.h"

#include "reports/export/ReportWriter.h"

#include <QDir>

namespace fieldcase::ui {

namespace {

int hiddenCells(const core::ReportTable& table) {
    int hidden = 0;
    for (const QList<core::ReportCell>& row : table.rows) {
        for (const core::ReportCell& cell : row) {
            hidden += cell.suppressed ? 1 : 0;
        }
    }
    return hidden;
}

} // namespace

QString ReportExport::fileFilter(const QString& format) {
    if (format == QStringLiteral("csv")) {
        return tr("CSV files (*.csv)");
    }
    if (format == QStringLiteral("xlsx")) {
        return tr("Excel workbooks (*.xlsx)");
    }
    return tr("PDF documents (*.pdf)");
}

ReportExport::Outcome ReportExport::write(core::Database& db, const core::ReportTable& table, const QString& format,
                                          const QString& path) {
    const auto kind = core::ReportWriter::formatNamed(format);
    if (!kind) {
        return {false, tr("Reports cannot be written as \"%1\"; choose CSV, XLSX or PDF.").arg(format)};
    }
    auto writer = core::ReportWriter::create(*kind, db);
    if (!writer) {
        return {false, writer.error().message};
    }
    const core::Status written = (*writer)->writeFile(table, path);
    if (!written) {
        return {false, written.error().message};
    }
    const QString what = tr("Saved \"%1\" (%2) as %3 to %4: %n row(s).", nullptr, int(table.rows.size()))
                             .arg(table.title, table.subtitle, format.toUpper(), QDir::toNativeSeparators(path));
    const QString whom =
        table.leavesProgramme
            ? tr("For outside the programme: %n cell(s) hidden (<5 or x).", nullptr, hiddenCells(table))
            : tr("For the programme's own use: every count as it is; do not send it outside.");
    return {true, tr("%1 %2", "what was saved, then for whom").arg(what, whom)};
}

} // namespace fieldcase::ui
