// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/DeviceRegistry.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace fieldcase::core {

namespace {

const QString kColumns =
    QStringLiteral("SELECT device_id, name, staff_id, worker, sign_public, box_public, status, enrolled_at, "
                   "last_sequence, last_import_at, return_sequence, return_watermark FROM exchange_device ");
const QString kInsert = QStringLiteral(
    "INSERT INTO exchange_device(device_id, name, staff_id, worker, sign_public, box_public, status, enrolled_at) "
    "VALUES (?, ?, ?, ?, ?, ?, 'active', ?)");
const QString kRevoke = QStringLiteral("UPDATE exchange_device SET status = 'revoked' WHERE device_id = ?");
const QString kSetSequence =
    QStringLiteral("UPDATE exchange_device SET last_sequence = ?, last_import_at = ? WHERE device_id = ?");
const QString kSetReturned =
    QStringLiteral("UPDATE exchange_device SET return_sequence = ?, return_watermark = ? WHERE device_id = ?");

DeviceInfo readDevice(Statement& st) {
    DeviceInfo d;
    d.deviceId = st.value(0).toString();
    d.name = st.value(1).toString();
    d.staffId = st.value(2).toString();
    d.worker = st.value(3).toString();
    d.signPublic = st.value(4).toByteArray();
    d.boxPublic = st.value(5).toByteArray();
    d.revoked = st.value(6).toString() == QStringLiteral("revoked");
    d.enrolledAt = st.value(7).toString();
    d.lastSequence = st.value(8).toLongLong();
    d.lastImportAt = st.value(9).toString();
    d.returnSequence = st.value(10).toLongLong();
    d.returnWatermark = st.value(11).toLongLong();
    return d;
}

} // namespace

DeviceRegistry::DeviceRegistry(Database& db)
    : m_db(db) {}

Result<QList<DeviceInfo>> DeviceRegistry::list() {
    Statement st(m_db, kColumns + QStringLiteral("ORDER BY name, device_id"));
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<DeviceInfo> out;
    while (st.next()) {
        out.append(readDevice(st));
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return out;
}

Result<DeviceInfo> DeviceRegistry::find(const QString& idOrName) {
    for (const QString& where : {QStringLiteral("WHERE device_id = ?"), QStringLiteral("WHERE name = ?")}) {
        Statement st(m_db, kColumns + where + QStringLiteral(" ORDER BY enrolled_at DESC LIMIT 1"));
        st.bind(idOrName);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        if (st.next()) {
            return readDevice(st);
        }
    }
    return makeError(ErrorCode::NotFound,
                     tr("No laptop called \"%1\" is enrolled in this central copy.").arg(idOrName.left(60)));
}

Status DeviceRegistry::add(const DeviceInfo& d) {
    Statement st(m_db, kInsert);
    st.bind(d.deviceId)
        .bind(d.name)
        .bind(d.staffId.isEmpty() ? QVariant() : QVariant(d.staffId))
        .bind(d.worker)
        .bind(d.signPublic)
        .bind(d.boxPublic)
        .bind(d.enrolledAt);
    return st.exec();
}

Status DeviceRegistry::revoke(const QString& deviceId) {
    Statement st(m_db, kRevoke);
    st.bind(deviceId);
    return st.exec();
}

Status DeviceRegistry::setLastSequence(const QString& deviceId, qint64 sequence) {
    Statement st(m_db, kSetSequence);
    st.bind(sequence).bind(m_db.clock().now().toString(Qt::ISODate)).bind(deviceId);
    return st.exec();
}

Status DeviceRegistry::setReturned(const QString& deviceId, qint64 sequence, qint64 watermark) {
    Statement st(m_db, kSetReturned);
    st.bind(sequence).bind(watermark).bind(deviceId);
    return st.exec();
}

} // namespace fieldcase::core
