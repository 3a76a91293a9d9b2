// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ExchangeIdentity.h"

#include "exchange/Sodium.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace fieldcase::core {

namespace {

const QString kRole = QStringLiteral("exchange.role");
const QString kProgramme = QStringLiteral("exchange.programme_id");
const QString kSelectProgramme = QStringLiteral("SELECT id FROM programme WHERE deleted = 0 ORDER BY id LIMIT 1");

QByteArray metaBytes(Database& db, const QString& name) {
    return QByteArray::fromBase64(db.meta(name).toString().toLatin1());
}

Status setMetaBytes(Database& db, const QString& name, const QByteArray& bytes) {
    return db.setMeta(name, QString::fromLatin1(bytes.toBase64()));
}

QString m(const char* suffix) {
    return QStringLiteral("exchange.") + QString::fromLatin1(suffix);
}

} // namespace

ExchangeIdentity::Role ExchangeIdentity::role(Database& db) {
    const QString role = db.meta(kRole).toString();
    if (role == QStringLiteral("central")) {
        return Role::Central;
    }
    if (role == QStringLiteral("laptop")) {
        return Role::Laptop;
    }
    return Role::None;
}

Result<QString> ExchangeIdentity::programmeId(Database& db) {
    const QString stored = db.meta(kProgramme).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    Statement st(db, kSelectProgramme);
    auto id = st.scalar();
    if (!id) {
        return id.error();
    }
    if (id->isNull()) {
        return makeError(ErrorCode::NotFound,
                         tr("This database holds no programme yet. Create the programme first (fieldcase-cli init)."));
    }
    return id->toString();
}

Result<CentralIdentity> ExchangeIdentity::central(Database& db, bool create) {
    const Role r = role(db);
    if (r == Role::Laptop) {
        return makeError(ErrorCode::Conflict, tr("This database is a laptop's copy; only the central copy does this."));
    }
    if (r == Role::None) {
        if (!create) {
            return makeError(ErrorCode::NotFound,
                             tr("This database is not a central copy yet: it has enrolled no laptop."));
        }
        if (!sodium::init()) {
            return makeError(ErrorCode::Security, tr("The encryption library could not start."));
        }
        auto programme = programmeId(db);
        if (!programme) {
            return programme.error();
        }
        const sodium::KeyPair sign = sodium::signKeyPair();
        const sodium::KeyPair box = sodium::boxKeyPair();
        Transaction tx(db);
        for (const auto& [name, value] :
             {std::pair{m("central.sign_public"), sign.publicKey}, std::pair{m("central.sign_secret"), sign.secretKey},
              std::pair{m("central.box_public"), box.publicKey}, std::pair{m("central.box_secret"), box.secretKey}}) {
            if (auto s = setMetaBytes(db, name, value); !s) {
                return s.error();
            }
        }
        if (auto s = db.setMeta(kProgramme, *programme); !s) {
            return s.error();
        }
        if (auto s = db.setMeta(kRole, QStringLiteral("central")); !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
    }
    CentralIdentity id;
    id.programmeId = db.meta(kProgramme).toString();
    id.deviceId = db.deviceId();
    id.signPublic = metaBytes(db, m("central.sign_public"));
    id.signSecret = metaBytes(db, m("central.sign_secret"));
    id.boxPublic = metaBytes(db, m("central.box_public"));
    id.boxSecret = metaBytes(db, m("central.box_secret"));
    if (id.signSecret.size() != sodium::kSignSecretBytes || id.boxSecret.size() != sodium::kBoxSecretBytes) {
        return makeError(ErrorCode::Security, tr("The central copy's keys are damaged; packages cannot be read."));
    }
    return id;
}

Result<LaptopIdentity> ExchangeIdentity::laptop(Database& db) {
    if (role(db) != Role::Laptop) {
        return makeError(ErrorCode::NotFound,
                         tr("This database has not joined a programme. Join with the enrolment file from your "
                            "supervisor first."));
    }
    LaptopIdentity id;
    id.programmeId = db.meta(kProgramme).toString();
    id.deviceId = db.deviceId();
    id.deviceName = db.meta(m("device.name")).toString();
    id.worker = db.meta(m("device.worker")).toString();
    id.staffId = db.meta(m("device.staff_id")).toString();
    id.signPublic = metaBytes(db, m("device.sign_public"));
    id.signSecret = metaBytes(db, m("device.sign_secret"));
    id.boxPublic = metaBytes(db, m("device.box_public"));
    id.boxSecret = metaBytes(db, m("device.box_secret"));
    id.centralDeviceId = db.meta(m("central.device_id")).toString();
    id.centralSignPublic = metaBytes(db, m("central.sign_public"));
    id.centralBoxPublic = metaBytes(db, m("central.box_public"));
    if (id.signSecret.size() != sodium::kSignSecretBytes || id.boxSecret.size() != sodium::kBoxSecretBytes ||
        id.centralBoxPublic.size() != sodium::kBoxPublicBytes) {
        return makeError(ErrorCode::Security, tr("This laptop's exchange keys are damaged. Ask your supervisor "
                                                 "for a new enrolment file."));
    }
    return id;
}

Status ExchangeIdentity::saveLaptop(Database& db, const LaptopIdentity& id) {
    Transaction tx(db);
    const QList<std::pair<QString, QString>> texts = {{kRole, QStringLiteral("laptop")},
                                                      {kProgramme, id.programmeId},
                                                      {QStringLiteral("device_id"), id.deviceId},
                                                      {m("device.name"), id.deviceName},
                                                      {m("device.worker"), id.worker},
                                                      {m("device.staff_id"), id.staffId},
                                                      {m("central.device_id"), id.centralDeviceId}};
    for (const auto& [name, value] : texts) {
        if (auto s = db.setMeta(name, value); !s) {
            return s;
        }
    }
    const QList<std::pair<QString, QByteArray>> keys = {
        {m("device.sign_public"), id.signPublic},         {m("device.sign_secret"), id.signSecret},
        {m("device.box_public"), id.boxPublic},           {m("device.box_secret"), id.boxSecret},
        {m("central.sign_public"), id.centralSignPublic}, {m("central.box_public"), id.centralBoxPublic}};
    for (const auto& [name, value] : keys) {
        if (auto s = setMetaBytes(db, name, value); !s) {
            return s;
        }
    }
    return tx.commit();
}

qint64 ExchangeIdentity::counter(Database& db, const char* name) {
    return db.meta(QString::fromLatin1(name), 0).toLongLong();
}

Status ExchangeIdentity::setCounter(Database& db, const char* name, qint64 value) {
    return db.setMeta(QString::fromLatin1(name), value);
}

} // namespace fieldcase::core
