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
    // Suppressed only so that another suppressed cell cannot be worked out from a total: written
    // "x", not "<5", since its count may well be 5 or more (see ReportSuppression).
    bool secondary = false;
    // The cell names or identifies a person or household (in a text column that otherwise does not): its
    // whole row is left out of a table that leaves the programme.
    bool identifies = false;
};

struct ReportColumn {
    QString key;   // stable, for CSV headers and tests: "code", "women", "total", ...
    QString label; // translated, for the screen, XLSX and PDF
    // A count of people: subject to small-cell suppression when the report leaves the programme.
    bool countsPeople = false;
    // Names or ids of people or households: the column is left out when the report leaves the programme.
    bool identifies = false;
    // The key of the column this one adds up into, in every row ("women" is part of "total"): when a
    // part is suppressed, the total and the other parts must not give it away (see ReportSuppression).
    QString partOf{};
    // The key of the people column this one is computed from (a share, a gap to the target): its cell
    // is suppressed whenever that column's cell in the same row is.
    QString derivedFrom{};
};

// Rows that add up: in every column that counts people, the cell of row `total` is the sum of the
// cells of rows `parts` (indexes into ReportTable::rows). Declared so that suppression can protect
// a small cell from being worked out as the total less the other parts.
struct ReportRowSum {
    int total = -1;
    QList<int> parts{};
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
    QList<ReportRowSum> rowSums{};
    // Per row, in the order of rows, what the screen needs to act on a row (the indicator's id, whether
    // it is behind its target, ...): machine-readable, never part of an export. Empty or as long as rows.
    QList<QVariantMap> rowData{};

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
