// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/DraftStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fieldcase::core {

namespace {

const QString kSave = QStringLiteral(
    "INSERT INTO local_draft(draft_key, form, record_id, title, payload, updated_ms) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(draft_key) DO UPDATE SET form = excluded.form, record_id = excluded.record_id, "
    "title = excluded.title, payload = excluded.payload, updated_ms = excluded.updated_ms");
const QString kLoad = QStringLiteral(
    "SELECT draft_key, form, record_id, title, payload, updated_ms FROM local_draft WHERE draft_key = ?");
const QString kAll = QStringLiteral(
    "SELECT draft_key, form, record_id, title, payload, updated_ms FROM local_draft ORDER BY updated_ms DESC");
const QString kDiscard = QStringLiteral("DELETE FROM local_draft WHERE draft_key = ?");

Draft readDraft(const Statement& st) {
    Draft d;
    d.key = st.value(0).toString();
    d.form = st.value(1).toString();
    d.recordId = st.value(2).toString();
    d.title = st.value(3).toString();
    d.values = QJsonDocument::fromJson(st.value(4).toString().toUtf8()).object().toVariantMap();
    d.updatedAt = QDateTime::fromMSecsSinceEpoch(st.value(5).toLongLong(), Qt::UTC);
    return d;
}

} // namespace

DraftStore::DraftStore(Database& db)
    : m_db(db) {}

Status DraftStore::save(const Draft& draft) {
    Statement st(m_db, kSave);
    const QByteArray payload = QJsonDocument(QJsonObject::fromVariantMap(draft.values)).toJson(QJsonDocument::Compact);
    st.bind(draft.key)
        .bind(draft.form)
        .bind(draft.recordId.isEmpty() ? QVariant() : QVariant(draft.recordId))
        .bind(draft.title)
        .bind(QString::fromUtf8(payload))
        .bind(m_db.clock().nowMs());
    return st.exec();
}

Result<std::optional<Draft>> DraftStore::load(const QString& key) {
    Statement st(m_db, kLoad);
    st.bind(key);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    if (!st.next()) {
        return std::optional<Draft>();
    }
    return std::optional<Draft>(readDraft(st));
}

Status DraftStore::discard(const QString& key) {
    Statement st(m_db, kDiscard);
    st.bind(key);
    return st.exec();
}

Result<QList<Draft>> DraftStore::all() {
    Statement st(m_db, kAll);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<Draft> drafts;
    while (st.next()) {
        drafts.append(readDraft(st));
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return drafts;
}

} // namespace fieldcase::core
