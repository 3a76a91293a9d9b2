// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// A laptop enrolled by the central copy.
struct DeviceInfo {
    QString deviceId;
    QString name;
    QString staffId;
    QString worker;
    QByteArray signPublic;
    QByteArray boxPublic;
    bool revoked = false;
    QString enrolledAt;
    qint64 lastSequence = 0; // the last package applied in order
    QString lastImportAt;
    qint64 returnSequence = 0;  // the last return package written
    qint64 returnWatermark = 0; // the change-log position the last return package reached
};

// The central copy's list of laptops (machine-local; never exported).
class DeviceRegistry {
    Q_DECLARE_TR_FUNCTIONS(DeviceRegistry)

public:
    explicit DeviceRegistry(Database& db);

    Result<QList<DeviceInfo>> list();
    // By device id, or by name when no device has that id.
    Result<DeviceInfo> find(const QString& idOrName);
    Status add(const DeviceInfo& device);
    Status revoke(const QString& deviceId);
    Status setLastSequence(const QString& deviceId, qint64 sequence);
    Status setReturned(const QString& deviceId, qint64 sequence, qint64 watermark);

private:
    Database& m_db;
};

} // namespace fieldcase::core
