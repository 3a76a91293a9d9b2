// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace fieldcase::core {

class Database;

enum class ReportFormat { Csv, Xlsx, Pdf };

// Writes a report table in one file format; one subclass per format. Suppression is not the
// writer's business: a table that leaves the programme goes through ReportSuppression first, and
// the writer prints its suppressed cells with their marks.
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    virtual ~ReportWriter() = default;

    virtual ReportFormat format() const = 0;

    // Writes the whole table onto an open device (a file, a QBuffer). A table whose rows do not
    // have one cell per column is refused before anything is written.
    virtual Status write(const ReportTable& table, QIODevice& device) = 0;

    // Writes the table to a file under a temporary name next to it, which takes the final name only
    // when everything was written: a failed export (a full disk, a folder that cannot be written
    // to) leaves no half file and keeps an earlier file of that name as it was.
    Status writeFile(const ReportTable& table, const QString& path);

    // "csv", "xlsx", "pdf": option values of the batch tool and file suffixes.
    static QString formatName(ReportFormat format);
    static std::optional<ReportFormat> formatNamed(const QString& name);
    static QStringList formatNames();

    // A writer for the format; PDF pages carry the letterhead of the database's programme and the
    // name of who prints.
    static Result<std::unique_ptr<ReportWriter>> create(ReportFormat format, Database& db);

protected:
    static Status checkShape(const ReportTable& table);
    // Writes all of bytes or says why not.
    static Status put(QIODevice& device, const QByteArray& bytes);
};

} // namespace fieldcase::core
