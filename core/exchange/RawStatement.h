// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldcase::core {

// A prepared statement straight on SQLite's handle, for the merge's hot path where Qt's per-row
// overhead would dominate. Same connection, same transaction as the Database it came from.
class RawStatement {
public:
    RawStatement(sqlite3* db, const QString& sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Error error() const;

    // Ready for the next run, with no values bound.
    void reset();
    // Ready for the next run, keeping the values bound: for statements whose every value is bound
    // again before each run, where clearing them first would be wasted work.
    void rewind();
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    // Text is bound without a copy on SQLite's side: the statement keeps its UTF-8 until the value is
    // bound again or reset() clears it.
    void bindText(int index, const QString& text);
    void bindUtf8(int index, const QByteArray& utf8);
    void bindDouble(int index, double value);
    // Binds a stored value (null, integer, real or text) as RecordStore stores it.
    void bindValue(int index, const QVariant& value);

    // Steps once: true when a row is there; *error set when SQLite failed.
    bool step(Status* status);
    // Runs to completion (statements without rows).
    Status exec();
    int changes() const;
    // Whether the last run failed on a constraint (UNIQUE, NOT NULL, CHECK); SQLite has then undone
    // what that run wrote, and the transaction goes on.
    bool constraintFailed() const;

    bool isNull(int column) const;
    qint64 intAt(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const;
    QByteArray utf8At(int column) const;
    QByteArray blobAt(int column) const;
    // The column as RecordStore reads it: null, qlonglong, double or QString.
    QVariant valueAt(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QList<QByteArray> m_texts; // by parameter index: the text bound there
    // By parameter index: bindText()'s copy of ASCII text, reused from run to run.
    QList<QByteArray> m_ascii;
};

} // namespace fieldcase::core
