// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace fieldcase::core {

// A row of a synced table: the sync metadata every such row carries, and its fields in
// stored form (see values::normalize).
struct Record {
    QString table;
    QString id;
    qint64 version = 0;
    quint64 hlc = 0;
    QString updatedBy;
    QString origin;
    bool deleted = false;
    QVariantMap fields;

    QVariant value(const QString& field) const { return fields.value(field); }
    QString text(const QString& field) const { return fields.value(field).toString(); }
};

} // namespace fieldcase::core
