// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace fieldcase::core {

// How the cells of a report read as text, the same in every writer.
class ReportCellText {
public:
    static bool isNumber(const QVariant& value);

    // For machines (CSV): numbers with '.' for decimals and no grouping, dates as YYYY-MM-DD,
    // suppressed cells by their mark, empty for null; never the locale's formats.
    static QString plain(const ReportCell& cell);
    static QString plain(const QVariant& value);

    // For people (PDF): numbers in the locale's form, suppressed cells by their mark.
    static QString shown(const ReportCell& cell, const QLocale& locale);
};

} // namespace fieldcase::core
