// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace fieldcase::core {

Statement::Statement(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    m_stmt = db.takeStatement(sql, &m_error);
}

Statement::~Statement() {
    if (m_stmt != nullptr) {
        m_db.returnStatement(m_sql, m_stmt);
    }
}

void Statement::rewind() {
    sqlite3_reset(m_stmt);
    m_state = State::Ready;
    m_readFailed = false;
}

Error Statement::stepError(int code) const {
    return Database::storageError(code, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))) +
                                            QStringLiteral(" [") + m_sql.simplified().left(200) + QLatin1Char(']'));
}

Statement& Statement::bind(const QVariant& value) {
    if (m_stmt == nullptr) {
        return *this;
    }
    if (m_state != State::Ready) {
        // The previous run is over; these values are for the next one.
        rewind();
        m_bindIndex = 0;
    }
    const int index = ++m_bindIndex;
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        break;
    }
    }
    return *this;
}

Status Statement::exec() {
    if (m_stmt == nullptr) {
        return m_error;
    }
    if (const Error* refusal = m_db.writeRefusal(); refusal != nullptr && sqlite3_stmt_readonly(m_stmt) == 0) {
        m_error = *refusal;
        return m_error;
    }
    if (m_state != State::Ready) {
        rewind();
    }
    m_bindIndex = 0;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_state = State::RowPending;
        return {};
    }
    if (rc == SQLITE_DONE) {
        m_state = State::Done;
        return {};
    }
    m_error = stepError(rc);
    rewind();
    return m_error;
}

bool Statement::next() {
    switch (m_state) {
    case State::RowPending:
        m_state = State::OnRow;
        return true;
    case State::OnRow: {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        m_state = State::Done;
        if (rc != SQLITE_DONE) {
            m_error = stepError(rc);
            m_readFailed = true;
        }
        return false;
    }
    case State::Ready:
    case State::Done:
        return false;
    }
    return false;
}

QVariant Statement::value(int column) const {
    if (m_state != State::OnRow) {
        return {};
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_stmt, column)));
    }
    default:
        return {};
    }
}

Status Statement::finished() const {
    if (m_readFailed) {
        return m_error;
    }
    return {};
}

int Statement::columnCount() const {
    return m_stmt == nullptr ? 0 : sqlite3_column_count(m_stmt);
}

Result<QVariant> Statement::scalar() {
    if (auto s = exec(); !s) {
        return s.error();
    }
    QVariant v;
    if (next()) {
        v = value(0);
    }
    rewind();
    return v;
}

} // namespace fieldcase::core
