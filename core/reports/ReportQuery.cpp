// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportQuery.h"

#include "storage/Statement.h"

namespace fieldcase::core::reports {

QString ReportQuery::bind(const QVariant& value) {
    m_values.append(value);
    return QLatin1Char('?') + QString::number(m_values.size());
}

QString ReportQuery::list(const QJsonArray& values) {
    QStringList marks;
    for (const QJsonValue& v : values) {
        marks.append(bind(v.toString()));
    }
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

ScopeBounds boundsOf(const ReportScope& scope) {
    ScopeBounds b;
    b.from = scope.from.isValid() ? scope.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    b.to = scope.to.isValid() ? scope.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    b.nextDay = scope.to.isValid() ? scope.to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999-12-32");
    b.locality = scope.localityId;
    return b;
}

Result<QList<QVariantList>> rows(Database& db, const QString& sql, const QVariantList& values) {
    Statement st(db, sql);
    for (const QVariant& v : values) {
        st.bind(v);
    }
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<QVariantList> out;
    const int columns = st.columnCount();
    while (st.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            row.append(st.value(c));
        }
        out.append(row);
    }
    if (!st.error().message.isEmpty()) {
        return st.error();
    }
    return out;
}

QString ageSql(const QString& birth, const QString& day) {
    return QStringLiteral("(CAST(substr(%2, 1, 4) AS INTEGER) - CAST(substr(%1, 1, 4) AS INTEGER) - "
                          "(substr(%2, 6, 5) < substr(%1, 6, 5)))")
        .arg(birth, day);
}

} // namespace fieldcase::core::reports
