// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fieldcase::core {

class Database;

// The central copy's own keys: X25519 to receive packages, Ed25519 to sign return packages.
struct CentralIdentity {
    QString programmeId;
    QString deviceId;
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;
};

// A laptop's enrolment: its own keys and the central copy's public keys.
struct LaptopIdentity {
    QString programmeId;
    QString deviceId;
    QString deviceName;
    QString worker;
    QString staffId;
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;
    QString centralDeviceId;
    QByteArray centralSignPublic;
    QByteArray centralBoxPublic;
};

// Where a database stands in the exchange, and its keys, kept in the machine-local settings of
// the file (never exported).
class ExchangeIdentity {
    Q_DECLARE_TR_FUNCTIONS(ExchangeIdentity)

public:
    enum class Role { None, Central, Laptop };

    static Role role(Database& db);
    // The live programme of the database (the first one when there are several).
    static Result<QString> programmeId(Database& db);

    // The central keys, made on first use (the first enrolment makes this copy the central one).
    static Result<CentralIdentity> central(Database& db, bool create);
    static Result<LaptopIdentity> laptop(Database& db);
    static Status saveLaptop(Database& db, const LaptopIdentity& identity);

    // Counters of a laptop: the last package exported and the change-log position it reached,
    // the last return package applied.
    static qint64 counter(Database& db, const char* name);
    static Status setCounter(Database& db, const char* name, qint64 value);

    static constexpr const char* kExportSequence = "exchange.export.sequence";
    static constexpr const char* kExportWatermark = "exchange.export.watermark";
    static constexpr const char* kReturnSequence = "exchange.return.sequence";
};

} // namespace fieldcase::core
