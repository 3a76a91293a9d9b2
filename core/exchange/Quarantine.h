// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Schema.h"
#include "exchange/Duplicates.h"
#include "exchange/Merger.h"
#include "exchange/WireChange.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fieldcase::core {

class Database;

// A change that a merge set aside because this copy could not use it (an unknown table or field, a
// value of the wrong type), typically from a laptop on a newer version.
struct QuarantinedChange {
    QString id;          // the row's key: the change id, or one made for a change that had none
    QString receivedAt;  // when it was set aside, ISO 8601
    QString sender;      // the device id of the file's sender ("central" on a laptop)
    qint64 sequence = 0; // the number of that file
    QString reason;      // why it is set aside, as last tried (translated)
    WireChange change;
};

// What trying the set-aside changes again did.
struct QuarantineRetry {
    qint64 applied = 0;  // merged, and no longer set aside
    qint64 kept = 0;     // still set aside
    QStringList reasons; // of the first few still set aside: "table id: reason"
    MergeCounts counts;  // what merging the applied ones did
    QList<DuplicatePair> duplicates;
};

// The changes set aside by merges (exchange_quarantine). They are kept, not dropped: once this copy
// can use them (Fieldcase was updated and knows the field), they are merged like any other change.
class Quarantine {
    Q_DECLARE_TR_FUNCTIONS(Quarantine)

public:
    // Changes are checked against the given schema: this version's, unless a caller knows better.
    explicit Quarantine(Database& db, const Schema& schema = Schema::instance());

    // The set-aside changes, in the order they were set aside.
    Result<QList<QuarantinedChange>> list();

    // Merges the set-aside changes that this copy can use now, in the order they were set aside,
    // through the merger like any merged change (three-way, conflicts, change log; a change already
    // here changes nothing), and takes them out of the quarantine. The others stay, with the reason
    // of this try. beforeMerging (a backup) runs once before anything is merged, and not at all when
    // nothing can be. One transaction: when it fails, nothing of it is written.
    Result<QuarantineRetry> retry(const std::function<Status()>& beforeMerging = {});

    // What opening a database does once Database::open upgraded it to this version's schema (the
    // copy it made before upgrading is the backup): retry(). Nothing when it was not upgraded.
    static Result<QuarantineRetry> retryAfterUpgrade(Database& db);

private:
    // Merges the changes in one batch (a savepoint) and takes them out of the quarantine; when it
    // fails, nothing of it stays.
    Status merge(const QList<QuarantinedChange>& changes, QuarantineRetry& out);
    Status setReason(const QString& id, const QString& reason);
    Status remove(const QString& id);

    Database& m_db;
    const Schema& m_schema;
};

} // namespace fieldcase::core
