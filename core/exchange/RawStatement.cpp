// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/RawStatement.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace fieldcase::core {

RawStatement::RawStatement(sqlite3* db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_stmt = nullptr;
        return;
    }
    m_texts.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
    m_ascii.resize(m_texts.size());
}

RawStatement::~RawStatement() {
    sqlite3_finalize(m_stmt);
}

Error RawStatement::error() const {
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" [") +
                           m_sql.simplified().left(200) + QLatin1Char(']');
    if ((code & 0xff) == SQLITE_FULL) {
        return makeError(ErrorCode::Storage, Database::tr("The disk is full. Free some space and try again."), detail);
    }
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
        return makeError(ErrorCode::Storage,
                         Database::tr("The database is busy in another window or program. Close it there and try "
                                      "again."),
                         detail);
    }
    return makeError(ErrorCode::Storage, Database::tr("The database reported an error; nothing was changed."), detail);
}

void RawStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    for (QByteArray& text : m_texts) {
        text.clear();
    }
    for (QByteArray& text : m_ascii) {
        text.clear();
    }
}

void RawStatement::rewind() {
    sqlite3_reset(m_stmt);
}

void RawStatement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

void RawStatement::bindInt(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bindText(int index, const QString& text) {
    // Most text bound is ASCII (ids, times, choices): it is copied into this parameter's buffer,
    // which keeps its room from run to run, instead of into a new UTF-8 array each time.
    if (index > 0 && index < m_ascii.size()) {
        QByteArray& buffer = m_ascii[index];
        buffer.resize(text.size());
        char* out = buffer.data();
        const QChar* in = text.constData();
        qsizetype i = 0;
        for (; i < text.size() && in[i].unicode() < 0x80; ++i) {
            out[i] = char(in[i].unicode());
        }
        if (i == text.size()) {
            sqlite3_bind_text(m_stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
            m_texts[index].clear();
            return;
        }
    }
    bindUtf8(index, text.toUtf8());
}

void RawStatement::bindUtf8(int index, const QByteArray& utf8) {
    if (index <= 0 || index >= m_texts.size()) {
        // Out of range: SQLite refuses it, and says so when the statement runs.
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    // Kept before binding, so that the bytes SQLite reads stay where they are; a null QByteArray
    // would bind SQL NULL, so empty text points at a static empty string.
    const QByteArray kept = utf8;
    sqlite3_bind_text(m_stmt, index, kept.isNull() ? "" : kept.constData(), int(kept.size()), SQLITE_STATIC);
    m_texts[index] = kept;
}

void RawStatement::bindDouble(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void RawStatement::bindValue(int index, const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bindDouble(index, value.toDouble());
        break;
    default:
        bindText(index, value.toString());
        break;
    }
}

bool RawStatement::step(Status* status) {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE && status != nullptr) {
        *status = error();
    }
    return false;
}

Status RawStatement::exec() {
    Status s;
    while (step(&s)) {
    }
    sqlite3_reset(m_stmt);
    return s;
}

int RawStatement::changes() const {
    return sqlite3_changes(m_db);
}

bool RawStatement::constraintFailed() const {
    return (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT;
}

bool RawStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RawStatement::intAt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double RawStatement::doubleAt(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString RawStatement::textAt(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray RawStatement::utf8At(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray RawStatement::blobAt(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QVariant RawStatement::valueAt(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qlonglong(intAt(column)));
    case SQLITE_FLOAT:
        return QVariant(doubleAt(column));
    default:
        return QVariant(textAt(column));
    }
}

} // namespace fieldcase::core
