// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace fieldcase::core {

class Database;

// A prepared statement borrowed from the database's cache and given back, reset, when it goes
// out of scope. It runs on SQLite's own API over the connection Qt opened (same connection, same
// transaction), because Qt's per-value binding costs more than SQLite's work on small rows.
// Values are bound in placeholder order:
//     Statement st(db, kSelectPerson);
//     st.bind(id);
//     if (auto s = st.exec(); !s) return s.error();
//     while (st.next()) { ... st.value(0) ... }
// Binding after a run starts the next run's values; exec() without new values runs again with
// the same ones.
class Statement {
public:
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Null, bool, integers, floating point and bytes (QByteArray) as such; anything else (QString,
    // QDate in ISO form, ...) as its text.
    Statement& bind(const QVariant& value);
    // Runs the statement with the values bound so far.
    Status exec();
    // Moves to the next row of the result; false at the end, or when reading the next row failed:
    // finished() tells which.
    bool next();
    // After a loop over next(): an error when the loop ended because a row could not be read (an
    // I/O error, a damaged page), so that a scan that stopped half-way never passes for a complete
    // one. Every loop over next() checks it.
    Status finished() const;
    // A column of the current row: null, qlonglong, double, QString or QByteArray, as stored.
    QVariant value(int column) const;
    int columnCount() const;
    const Error& error() const { return m_error; }

    // Runs and returns the first column of the first row (null when there is no row).
    Result<QVariant> scalar();

private:
    enum class State { Ready, RowPending, OnRow, Done };

    void rewind();
    Error stepError(int code) const;

    Database& m_db;
    QString m_sql;
    sqlite3_stmt* m_stmt = nullptr;
    Error m_error;
    bool m_readFailed = false;
    State m_state = State::Ready;
    int m_bindIndex = 0;
};

} // namespace fieldcase::core
