// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sodium.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace fieldcase::core {

class Database;

struct PackageSummary {
    QString deviceId;
    QString deviceName;
    quint64 sequence = 0;
    quint64 firstSequence = 0; // the first file this one stands in for: 1 when sent again with everything
    qint64 changes = 0;        // 0: nothing new, and no file was written
    qint64 records = 0;
    qint64 watermark = 0;
    // Enrol and join: the fingerprint of the central copy's signing key (sodium::keyFingerprint),
    // which the supervisor tells the worker and the worker compares when joining.
    QString centralKey;
    // Join: the file's key was checked against the fingerprint given (and matched).
    bool centralKeyChecked = false;
};

struct EnrolRequest {
    QString deviceName;
    QString worker; // a staff member's account name or full name
    QString passphrase;
    // The cost of the file's key. Left as it is by the application and the batch tool; only test
    // suites that enrol many laptops lower it (PassphraseLimits::minimum).
    sodium::PassphraseLimits keyLimits = sodium::PassphraseLimits::moderate();
};

// Writes the files that leave a machine: a laptop's export, the central copy's return package for
// one laptop, and the enrolment file of a new laptop. The database bookkeeping (sequence numbers,
// what each laptop already holds) is written in a transaction that commits only after the file was
// complete, so a failed write leaves both as they were.
class Packages {
    Q_DECLARE_TR_FUNCTIONS(Packages)

public:
    // Laptop: every change made here since the last export, numbered, encrypted to the central copy
    // and signed with the laptop's key. With again, every change made here, in a file that stands in
    // for all earlier ones (when one was lost, the central copy merges this one in its place).
    static Result<PackageSummary> exportTo(Database& db, QIODevice& out, bool again = false);
    static Result<PackageSummary> exportFile(Database& db, const QString& path, bool again = false);

    // Central: what the laptop does not have yet of its caseload and the reference data,
    // including decisions on conflicts, encrypted to the laptop and signed by the central copy.
    // With again, the whole history of the laptop's caseload, standing in for every earlier return
    // package (when one was lost).
    static Result<PackageSummary> returnTo(Database& db, const QString& device, QIODevice& out, bool again = false);
    static Result<PackageSummary> returnFile(Database& db, const QString& device, const QString& path,
                                             bool again = false);

    // Central: enrols a laptop (new device id and keys) and writes its enrolment file, protected
    // by the passphrase, with the caseload and reference data.
    static Result<PackageSummary> enrolTo(Database& db, const EnrolRequest& request, QIODevice& out);
    static Result<PackageSummary> enrolFile(Database& db, const EnrolRequest& request, const QString& path);

    // Laptop: makes the (new, empty) database at path the copy of the enrolled laptop. The file is
    // signed with the central copy's long-term key, which it carries inside; with centralKey, the
    // fingerprint of that key as the supervisor gave it (read out, printed), a file signed by any other
    // key is refused, so a forged file cannot make the laptop send its work elsewhere. Without it the
    // signature only shows that the file is whole and was made by whoever holds the key it names:
    // the summary's centralKey is then for the worker to compare by eye.
    static Result<PackageSummary> join(const QString& databasePath, QIODevice& in, const QString& passphrase,
                                       const QString& centralKey = {});

    // A file name for a package: fieldcase-<who>-<sequence>.fcx
    static QString suggestedName(const QString& who, quint64 sequence);
};

} // namespace fieldcase::core
