// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ChangeLog.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

namespace fieldcase::core {

namespace {
const QString kColumns = QStringLiteral(
    "SELECT seq, change_id, table_name, record_id, op, fields, base_version, hlc, device, user, note FROM change_log ");
} // namespace

ChangeLog::ChangeLog(Database& db)
    : m_db(db) {}

Result<QList<Change>> ChangeLog::read(const QString& sql, const QVariantList& args) {
    Statement st(m_db, sql);
    for (const QVariant& a : args) {
        st.bind(a);
    }
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<Change> out;
    while (st.next()) {
        Change c;
        c.seq = st.value(0).toLongLong();
        c.changeId = st.value(1).toString();
        c.table = st.value(2).toString();
        c.recordId = st.value(3).toString();
        c.op = st.value(4).toString();
        c.fields = QJsonDocument::fromJson(st.value(5).toString().toUtf8()).object();
        c.baseVersion = st.value(6).toLongLong();
        c.hlc = st.value(7).toULongLong();
        c.device = st.value(8).toString();
        c.user = st.value(9).toString();
        c.note = st.value(10).toString();
        out.append(c);
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return out;
}

Result<QList<Change>> ChangeLog::forRecord(const QString& table, const QString& id) {
    return read(kColumns + QStringLiteral("WHERE table_name = ? AND record_id = ? ORDER BY seq"), {table, id});
}

Result<QList<Change>> ChangeLog::since(qint64 seq, int limit) {
    return read(kColumns + QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
}

Result<qint64> ChangeLog::count() {
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM change_log"));
    auto v = st.scalar();
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

} // namespace fieldcase::core
