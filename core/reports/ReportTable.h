// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace fieldcase::core {

// The period and place a report is about: both days included; an empty locality is the whole
// programme.
struct ReportScope {
    QDate from;
    QDate to;
    QString localityId;
};

// One cell of a report: a whole number, a decimal, a text, or empty (null). A suppressed cell
// counted fewer than the threshold of people and is written as "<5" in exports that leave the
// programme.
struct ReportCell {
    QVariant value;
    bool suppressed = false;
};

struct ReportColumn {
    QString key;   // stable, for CSV headers and tests: "code", "women", "total", ...
    QString label; // translated, for the screen, XLSX and PDF
    // A count of people: subject to small-cell suppression when the report leaves the programme.
    bool countsPeople = false;
};

// What every report is before it goes to the screen, CSV, XLSX or PDF: the same numbers in each.
struct ReportTable {
    QString title;    // translated: "ESF+ common indicators on participants (2021-2027)"
    QString subtitle; // translated: the period and the locality or the whole programme
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
    QStringList notes; // translated sentences shown under the table
    // The table was made for outside the programme: no names or ids, small cells suppressed.
    bool leavesProgramme = false;
    // Per row, in the order of rows, what the screen needs to act on a row (the indicator's id, whether
    // it is behind its target, ...): machine-readable, never part of an export. Empty or as long as rows.
    QList<QVariantMap> rowData;

    int column(const QString& key) const {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key) {
                return i;
            }
        }
        return -1;
    }
};

} // namespace fieldcase::core
