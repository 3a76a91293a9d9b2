// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace fieldcase::core {

class Database;

// A prepared statement borrowed from the database's cache and given back, reset, when it goes
// out of scope. Values are bound in placeholder order:
//     Statement st(db, kSelectPerson);
//     st.bind(id);
//     if (auto s = st.exec(); !s) return s.error();
//     while (st.next()) { ... st.value(0) ... }
class Statement {
public:
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const QVariant& value);
    // Runs the statement with the values bound since the last run.
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery& query() { return m_query; }

    // Runs and returns the first column of the first row (null when there is no row).
    Result<QVariant> scalar();

private:
    Database& m_db;
    QString m_sql;
    QSqlQuery m_query;
    Error m_prepareError;
    bool m_prepared = false;
    int m_bindIndex = 0;
};

} // namespace fieldcase::core
