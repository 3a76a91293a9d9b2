// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QString>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// Writes a report table to a file as CSV, XLSX or PDF with the core's writers.
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    struct Outcome {
        bool ok = false;
        // What was written (the report, its scope, the file, how many rows, for whom and how many
        // counts were hidden), or why nothing was.
        QString message;
    };

    // format: "csv", "xlsx" or "pdf". The table is written as it is: one for outside the programme
    // has been suppressed before.
    static Outcome write(core::Database& db, const core::ReportTable& table, const QString& format,
                         const QString& path);

    // The name filter of the file dialog for the format.
    static QString fileFilter(const QString& format);
};

} // namespace fieldcase::ui
