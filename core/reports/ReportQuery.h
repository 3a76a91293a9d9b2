// SPDX-License-Identifier: GPL-3.0-or-later
// For the reports' own sources: statements put together from fixed pieces of SQL, with every value
// bound to a numbered placeholder, never written into the text.
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace fieldcase::core {

class Database;

namespace reports {

class ReportQuery {
public:
    // A placeholder ("?4") for the value; use the text as often as the value is needed.
    QString bind(const QVariant& value);
    // "(?4, ?5, ?6)" for the texts of a list.
    QString list(const QJsonArray& values);
    const QVariantList& values() const { return m_values; }

private:
    QVariantList m_values;
};

// The bounds of a scope as the dates are stored (an open end is the earliest or latest day).
struct ScopeBounds {
    QString from;     // first day
    QString to;       // last day
    QString nextDay;  // the day after the last, for date-times
    QString locality; // empty for the whole programme
};
ScopeBounds boundsOf(const ReportScope& scope);

// Runs a statement and returns every row, each as its columns' values.
Result<QList<QVariantList>> rows(Database& db, const QString& sql, const QVariantList& values);

// The age in whole years on a day, both columns holding ISO dates: a person is a year older on the
// day of their birthday (one born on 29 February on 1 March in other years). Null when either is.
QString ageSql(const QString& birthColumn, const QString& dayColumn);

} // namespace reports

} // namespace fieldcase::core
