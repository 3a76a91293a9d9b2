// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/CsvReportWriter.h"

#include "reports/export/ReportCellText.h"

#include <QIODevice>

namespace fieldcase::core {

QString CsvReportWriter::field(const QString& text) {
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status CsvReportWriter::write(const ReportTable& table, QIODevice& device) {
    if (auto shape = checkShape(table); !shape) {
        return shape;
    }
    const auto line = [&](const QStringList& fields) {
        QString text = fields.join(QLatin1Char(','));
        text += QLatin1Char('\n');
        return put(device, text.toUtf8());
    };
    QStringList header;
    for (const ReportColumn& column : table.columns) {
        header.append(field(column.key));
    }
    if (auto s = line(header); !s) {
        return s;
    }
    for (const QList<ReportCell>& row : table.rows) {
        QStringList fields;
        for (const ReportCell& cell : row) {
            fields.append(field(ReportCellText::plain(cell)));
        }
        if (auto s = line(fields); !s) {
            return s;
        }
    }
    return {};
}

} // namespace fieldcase::core
