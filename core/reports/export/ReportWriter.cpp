// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/ReportWriter.h"

#include "reports/export/CsvReportWriter.h"
#include "reports/export/PdfReportWriter.h"
#include "reports/export/XlsxReportWriter.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

namespace fieldcase::core {

namespace {

Error fileError(const QString& path, const QFileDevice& file) {
    const QString shown = QFileInfo(path).filePath();
    if (file.error() == QFileDevice::ResourceError) {
        return makeError(ErrorCode::Io,
                         ReportWriter::tr("%1 could not be written: the disk is full. Free some space or choose "
                                          "another place; nothing was saved.")
                             .arg(shown),
                         file.errorString());
    }
    return makeError(
        ErrorCode::Io,
        ReportWriter::tr("%1 could not be written. Choose a folder you can write to; nothing was saved.").arg(shown),
        file.errorString());
}

} // namespace

Status ReportWriter::writeFile(const ReportTable& table, const QString& path) {
    if (auto shape = checkShape(table); !shape) {
        return shape;
    }
    if (QFileInfo(path).isDir()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a folder. Give the name of the file to write.").arg(QFileInfo(path).filePath()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fileError(path, file);
    }
    if (auto written = write(table, file); !written) {
        const bool device = file.error() != QFileDevice::NoError;
        file.cancelWriting();
        return device ? Status(fileError(path, file)) : written;
    }
    if (!file.commit()) {
        return fileError(path, file);
    }
    return {};
}

QString ReportWriter::formatName(ReportFormat format) {
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> ReportWriter::formatNamed(const QString& name) {
    for (ReportFormat format : {ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Pdf}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

QStringList ReportWriter::formatNames() {
    return {formatName(ReportFormat::Csv), formatName(ReportFormat::Xlsx), formatName(ReportFormat::Pdf)};
}

Result<std::unique_ptr<ReportWriter>> ReportWriter::create(ReportFormat format, Database& db) {
    switch (format) {
    case ReportFormat::Csv:
        return std::unique_ptr<ReportWriter>(std::make_unique<CsvReportWriter>());
    case ReportFormat::Xlsx:
        return std::unique_ptr<ReportWriter>(std::make_unique<XlsxReportWriter>());
    case ReportFormat::Pdf: {
        auto pdf = PdfReportWriter::forDatabase(db);
        if (!pdf) {
            return pdf.error();
        }
        return std::unique_ptr<ReportWriter>(std::make_unique<PdfReportWriter>(std::move(pdf).value()));
    }
    }
    return makeError(ErrorCode::InvalidInput, tr("Unknown report format."));
}

Status ReportWriter::checkShape(const ReportTable& table) {
    if (table.columns.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("The report has no columns; there is nothing to write."));
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rows.at(r).size() != table.columns.size()) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The report could not be written: its rows do not match its "
                                "columns. This is a fault in Fieldcase; please report it."),
                             QStringLiteral("row %1 has %2 cells for %3 columns")
                                 .arg(r)
                                 .arg(table.rows.at(r).size())
                                 .arg(table.columns.size()));
        }
    }
    return {};
}

Status ReportWriter::put(QIODevice& device, const QByteArray& bytes) {
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            return makeError(ErrorCode::Io, tr("The report could not be written out."), device.errorString());
        }
        done += n;
    }
    return {};
}

} // namespace fieldcase::core
