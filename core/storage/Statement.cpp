// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"

namespace fieldcase::core {

Statement::Statement(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    Error error;
    error.code = ErrorCode::Storage;
    m_query = db.takeStatement(sql, &error);
    m_prepared = error.message.isEmpty();
    if (!m_prepared) {
        m_prepareError = error;
    }
}

Statement::~Statement() {
    if (m_prepared) {
        m_db.returnStatement(m_sql, std::move(m_query));
    }
}

Statement& Statement::bind(const QVariant& value) {
    m_query.bindValue(m_bindIndex++, value);
    return *this;
}

Status Statement::exec() {
    if (!m_prepared) {
        return m_prepareError;
    }
    m_bindIndex = 0;
    if (!m_query.exec()) {
        return Database::storageError(m_query);
    }
    return {};
}

Result<QVariant> Statement::scalar() {
    if (auto s = exec(); !s) {
        return s.error();
    }
    QVariant v;
    if (m_query.next()) {
        v = m_query.value(0);
    }
    m_query.finish();
    return v;
}

} // namespace fieldcase::core
