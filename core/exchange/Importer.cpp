// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Importer.h"

#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Sodium.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kCentralSender = QStringLiteral("central");
const QString kStorePending = QStringLiteral(
    "INSERT OR REPLACE INTO exchange_pending(sender, sequence, received_at, file_name, bytes) VALUES (?, ?, ?, ?, ?)");
const QString kAllPending =
    QStringLiteral("SELECT sender, sequence, bytes, file_name FROM exchange_pending ORDER BY sender, sequence");
const QString kDropPending = QStringLiteral("DELETE FROM exchange_pending WHERE sender = ? AND sequence <= ?");
const QString kFindPending = QStringLiteral("SELECT file_name FROM exchange_pending WHERE sender = ? AND sequence = ?");
const QString kLogImport = QStringLiteral(
    "INSERT INTO exchange_import(sender, kind, sequence, file_hash, file_name, imported_at, changes, new_changes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

constexpr qint64 kProgressEvery = 2000;

} // namespace

// One call of importFile, importBytes or importFiles, however many files it merges (the waiting
// files it releases included): the outermost call starts it and ends it.
class Importer::Batch {
public:
    Batch(Importer& importer, const ImportOptions& options)
        : m_importer(importer)
        , m_outer(!importer.m_inBatch) {
        if (m_outer) {
            m_importer.m_inBatch = true;
            m_importer.m_backedUp = false;
            m_importer.m_setAside = QuarantineRetry{};
            m_importer.m_setAsideBackup.clear();
            if (!options.dryRun) {
                m_importer.retrySetAside(options);
            }
        }
    }
    ~Batch() {
        if (m_outer) {
            m_importer.m_inBatch = false;
        }
    }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

private:
    Importer& m_importer;
    bool m_outer;
};

Importer::Importer(Database& db)
    : m_db(db) {
    // Whatever a merge killed half-way left in the journal goes now.
    scrubJournal(db);
}

QString Importer::statusText(ImportStatus status) {
    switch (status) {
    case ImportStatus::Applied:
        return tr("merged");
    case ImportStatus::Previewed:
        return tr("ready to merge");
    case ImportStatus::Unchanged:
        return tr("already merged");
    case ImportStatus::Pending:
        return tr("waiting");
    case ImportStatus::Refused:
        return tr("refused");
    case ImportStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

void Importer::scrubJournal(Database& db) {
    if (db.transactionDepth() == 0 && db.path() != QStringLiteral(":memory:")) {
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
    }
}

Result<QString> Importer::backup(Database& db, const QString& label) {
    if (db.path() == QStringLiteral(":memory:")) {
        return QString();
    }
    const QFileInfo info(db.path());
    QDir dir(info.absolutePath());
    const QString folder = info.fileName() + QStringLiteral(".backups");
    if (!dir.mkpath(folder) || !dir.cd(folder)) {
        return makeError(ErrorCode::Io, tr("The backup folder next to the database could not be made; nothing was "
                                           "merged. Free some space or check the folder's permissions."));
    }
    QString safe = label;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char('-');
        }
    }
    const QString path =
        dir.filePath(QStringLiteral("%1-before-%2.db")
                         .arg(db.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), safe.left(40)));
    if (auto s = db.backupTo(path); !s) {
        return makeError(ErrorCode::Io,
                         tr("The backup before merging could not be written (is the disk full?); "
                            "nothing was merged."),
                         s.error().detail);
    }
    QStringList old = dir.entryList({QStringLiteral("*-before-*.db")}, QDir::Files, QDir::Name);
    // The new one stays even when older ones sort after it (made while the clock ran ahead).
    old.removeAll(QFileInfo(path).fileName());
    while (old.size() >= kBackupsKept) {
        dir.remove(old.takeFirst());
    }
    return path;
}

Result<Importer::Sender> Importer::checkHeader(PackageReader& reader, ImportReport& report) {
    const PackageHeader& h = reader.header();
    report.kind = h.kind;
    report.sequence = h.sequence;
    report.firstSequence = std::max<quint64>(h.firstSequence, 1);
    report.acknowledged = h.acknowledged;
    report.declaredChanges = h.changeCount;
    report.sender = uuidText(h.senderId);
    const auto role = ExchangeIdentity::role(m_db);
    if (role == ExchangeIdentity::Role::None) {
        return makeError(ErrorCode::NotFound,
                         tr("This database takes part in no exchange yet: enrol a laptop (central copy) or join a "
                            "programme (laptop) first."));
    }
    const bool central = role == ExchangeIdentity::Role::Central;
    if (h.kind != (central ? PackageKind::Export : PackageKind::Return)) {
        return reader.refuse(Refusal::WrongKind);
    }
    Sender sender;
    if (central) {
        auto me = ExchangeIdentity::central(m_db, false);
        if (!me) {
            return me.error();
        }
        if (h.programmeId != uuidBytes(me->programmeId)) {
            return reader.refuse(Refusal::WrongProgramme);
        }
        if (h.recipientKeyId != sodium::keyId(me->boxPublic)) {
            return reader.refuse(Refusal::WrongRecipient);
        }
        auto device = DeviceRegistry(m_db).find(report.sender);
        if (!device || device->deviceId != report.sender) {
            return reader.refuse(Refusal::UnknownSender, report.sender);
        }
        report.senderName = device->name;
        if (device->revoked) {
            return reader.refuse(Refusal::RevokedSender, device->name);
        }
        if (auto s = reader.verify(device->signPublic); !s) {
            return s.error();
        }
        if (auto s = reader.unlockSealed(me->boxPublic, me->boxSecret); !s) {
            return s.error();
        }
        sender = {device->deviceId, device->name, device->signPublic, device->lastSequence};
        if (h.formatVersion >= 2 && qint64(h.acknowledged) < device->returnSequence) {
            const int written = int(device->returnSequence);
            report.notice =
                h.acknowledged == 0
                    ? tr("When %1 wrote this file, it had merged none of the %n return package(s) written for it. "
                         "If one was lost, write its return package again with everything.",
                         nullptr, written)
                          .arg(device->name)
                    : tr("When %1 wrote this file, the last return package it had merged was number %2 of the %n "
                         "written for it. If one was lost, write its return package again with everything.",
                         nullptr, written)
                          .arg(device->name)
                          .arg(h.acknowledged);
        }
    } else {
        auto me = ExchangeIdentity::laptop(m_db);
        if (!me) {
            return me.error();
        }
        report.senderName = tr("central copy");
        if (h.programmeId != uuidBytes(me->programmeId)) {
            return reader.refuse(Refusal::WrongProgramme);
        }
        if (h.recipientKeyId != sodium::keyId(me->boxPublic)) {
            return reader.refuse(Refusal::WrongRecipient);
        }
        if (report.sender != me->centralDeviceId) {
            return reader.refuse(Refusal::UnknownSender, report.sender);
        }
        if (auto s = reader.verify(me->centralSignPublic); !s) {
            return s.error();
        }
        if (auto s = reader.unlockSealed(me->boxPublic, me->boxSecret); !s) {
            return s.error();
        }
        sender = {kCentralSender, report.senderName, me->centralSignPublic,
                  ExchangeIdentity::counter(m_db, ExchangeIdentity::kReturnSequence)};
        const qint64 exported = ExchangeIdentity::counter(m_db, ExchangeIdentity::kExportSequence);
        if (h.formatVersion >= 2 && qint64(h.acknowledged) < exported) {
            report.notice =
                h.acknowledged == 0
                    ? tr("When the central copy wrote this package, it had merged none of the %n file(s) this laptop "
                         "exported. If one was lost, or was not given to the supervisor, export everything again.",
                         nullptr, int(exported))
                    : tr("When the central copy wrote this package, it had merged this laptop's files up to number "
                         "%1 of the %n exported. If one was lost, or was not given to the supervisor, export "
                         "everything again.",
                         nullptr, int(exported))
                          .arg(h.acknowledged);
        }
    }
    return sender;
}

Status Importer::recordSequence(const Sender& sender, qint64 sequence) {
    if (sender.id == kCentralSender) {
        return ExchangeIdentity::setCounter(m_db, ExchangeIdentity::kReturnSequence, sequence);
    }
    return DeviceRegistry(m_db).setLastSequence(sender.id, sequence);
}

Result<QString> Importer::backupOnce(const ImportOptions& options, const QString& label) {
    if (options.dryRun || !options.backup || m_backedUp) {
        return QString();
    }
    auto path = backup(m_db, label);
    if (path) {
        m_backedUp = true;
    }
    return path;
}

void Importer::retrySetAside(const ImportOptions& options) {
    m_setAside = Quarantine(m_db).retry([&]() -> Status {
        auto path = backupOnce(options, QStringLiteral("set-aside-changes"));
        if (!path) {
            return path.error();
        }
        m_setAsideBackup = *path;
        return {};
    });
    scrubJournal(m_db);
}

ImportReport Importer::importFile(const QString& path, const ImportOptions& options) {
    const Batch batch(*this, options);
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.file = name;
        report.refusal = Refusal::Unreadable;
        report.message = tr("%1 could not be read.").arg(name);
        report.detail = file.errorString();
        return report;
    }
    if (file.size() > PackageReader::kMaxFileBytes) {
        ImportReport report;
        report.file = name;
        report.refusal = Refusal::TooLarge;
        report.message = PackageReader::explain(Refusal::TooLarge);
        return report;
    }
    return importBytes(file.readAll(), name, options);
}

ImportReport Importer::importBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options) {
    const Batch batch(*this, options);
    bool advanced = false;
    ImportReport report = importOne(bytes, name, options, &advanced);
    if (advanced && !m_retrying) {
        retryPending(options, report);
    }
    return report;
}

Status Importer::keepPending(const QString& sender, qint64 sequence, const QString& name, const QByteArray& bytes) {
    Statement st(m_db, kStorePending);
    st.bind(sender).bind(sequence).bind(m_db.clock().now().toString(Qt::ISODate)).bind(name).bind(bytes);
    return st.exec();
}

QString Importer::gapMessage(const Sender& sender, const ImportReport& report) {
    const qint64 sequence = qint64(report.sequence);
    const qint64 from = qint64(report.missingFrom);
    const qint64 to = qint64(report.missingTo);
    {
        // The next file may be here already, waiting for records it refers to.
        Statement st(m_db, kFindPending);
        st.bind(sender.id).bind(from);
        if (st.exec() && st.next()) {
            return tr("File %1 of %2 waits behind file %3 (%4), which is here but refers to records this copy does "
                      "not have yet. Both are merged as soon as a file that brings those records is merged.")
                .arg(sequence)
                .arg(sender.name)
                .arg(from)
                .arg(st.value(0).toString());
        }
    }
    if (sender.id == kCentralSender) {
        if (from == to) {
            return tr("Return package %1 is kept until return package %2 is merged: it has not come. If it was "
                      "lost, ask the supervisor to write the return package again (\"send everything\"); that "
                      "one stands in for every earlier package.")
                .arg(sequence)
                .arg(from);
        }
        return tr("Return package %1 is kept until return packages %2 to %3 are merged: they have not come. If "
                  "they were lost, ask the supervisor to write the return package again (\"send everything\"); "
                  "that one stands in for every earlier package.")
            .arg(sequence)
            .arg(from)
            .arg(to);
    }
    if (from == to) {
        return tr("File %1 of %2 is kept until file %3 of %2 is merged: it has not come. If it was lost, export "
                  "everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in "
                  "for every earlier one.")
            .arg(sequence)
            .arg(sender.name)
            .arg(from);
    }
    return tr("File %1 of %2 is kept until files %3 to %4 of %2 are merged: they have not come. If they were lost, "
              "export everything again on %2 (Exchange menu, or fieldcase-cli export --again); that file stands in "
              "for every earlier one.")
        .arg(sequence)
        .arg(sender.name)
        .arg(from)
        .arg(to);
}

ImportReport Importer::importOne(const QByteArray& bytes, const QString& name, const ImportOptions& options,
                                 bool* advanced) {
    ImportReport report;
    report.file = name;
    const auto refused = [&](const Error& e, Refusal reason) {
        report.status = ImportStatus::Refused;
        report.refusal = reason;
        report.message = e.message;
        report.detail = e.detail;
        scrubJournal(m_db);
        return report;
    };
    PackageReader reader;
    if (auto s = reader.openBytes(bytes, name); !s) {
        return refused(s.error(), reader.refusal());
    }
    auto sender = checkHeader(reader, report);
    if (!sender) {
        return refused(sender.error(), reader.refusal());
    }
    const qint64 sequence = qint64(report.sequence);
    // A file that stands in for earlier ones (sent again) goes on as soon as it reaches back to the
    // next file expected; what it repeats is already here and changes nothing.
    if (sequence > sender->lastSequence && qint64(report.firstSequence) > sender->lastSequence + 1) {
        report.status = ImportStatus::Pending;
        report.missingFrom = quint64(sender->lastSequence + 1);
        report.missingTo = report.firstSequence - 1;
        report.message = gapMessage(*sender, report);
        if (!options.dryRun) {
            if (auto s = keepPending(sender->id, sequence, name, bytes); !s) {
                return refused(s.error(), Refusal::None);
            }
        }
        return report;
    }
    const bool fresh = sequence > sender->lastSequence;
    if (!fresh) {
        // What an old file acknowledged was made good since.
        report.notice.clear();
    }
    if (fresh) {
        auto path = backupOnce(options, QStringLiteral("%1-%2").arg(sender->name).arg(sequence));
        if (!path) {
            return refused(path.error(), Refusal::None);
        }
        report.backupPath = *path;
    }
    const Status merged = mergePackage(reader, *sender, fresh, bytes, options, report);
    scrubJournal(m_db);
    if (!merged) {
        if (merged.error().code == ErrorCode::NotFound && fresh) {
            // It builds on records that another laptop's file brings (a person registered there and
            // visited here): it waits for that file.
            report.status = ImportStatus::Pending;
            report.message = tr("File %1 of %2 refers to records that are not here yet (%3). It is kept, with the "
                                "later files of %2, and merged as soon as a file that brings those records is "
                                "merged. If that file was lost, its sender can send everything again (export --again "
                                "on a laptop, return --again on the central copy).")
                                 .arg(sequence)
                                 .arg(sender->name)
                                 .arg(merged.error().detail);
            report.detail = merged.error().detail;
            if (!options.dryRun) {
                if (auto s = keepPending(sender->id, sequence, name, bytes); !s) {
                    return refused(s.error(), Refusal::None);
                }
            }
            return report;
        }
        return refused(merged.error(), reader.refusal());
    }
    *advanced = fresh && !options.dryRun && report.status != ImportStatus::Cancelled;
    return report;
}

void Importer::retryPending(const ImportOptions& options, ImportReport& report) {
    m_retrying = true;
    for (bool progress = true; progress;) {
        progress = false;
        QList<std::tuple<QString, qint64, QByteArray, QString>> waiting;
        {
            Statement st(m_db, kAllPending);
            if (!st.exec()) {
                break;
            }
            while (st.next()) {
                waiting.append({st.value(0).toString(), st.value(1).toLongLong(), st.value(2).toByteArray(),
                                st.value(3).toString()});
            }
            // A list that could not be read to its end is not tried; its files wait for the next merge.
            if (!st.finished()) {
                break;
            }
        }
        for (const auto& [sender, sequence, bytes, name] : std::as_const(waiting)) {
            bool advanced = false;
            const ImportReport followed = importOne(bytes, name, options, &advanced);
            if (!advanced) {
                continue;
            }
            progress = true;
            report.released.append(name);
            report.counts.newRecords += followed.counts.newRecords;
            report.counts.changedRecords += followed.counts.changedRecords;
            report.counts.conflicts += followed.counts.conflicts;
            report.duplicates += followed.duplicates;
        }
    }
    m_retrying = false;
}

Status Importer::mergePackage(PackageReader& reader, const Sender& sender, bool fresh, const QByteArray& bytes,
                              const ImportOptions& options, ImportReport& report) {
    const QString& name = report.file;
    const qint64 sequence = qint64(report.sequence);
    Transaction tx(m_db);
    // A preview merges inside a transaction of its own that it rolls back: nothing is written then.
    const bool own = m_db.transactionDepth() == 1 && !options.dryRun;
    if (own && options.writing) {
        options.writing(name);
    }
    Merger merger(m_db);
    if (auto s = merger.begin(sender.id, quint64(sequence)); !s) {
        return s.error();
    }
    qint64 done = 0;
    const qint64 total = qint64(std::max<quint64>(report.declaredChanges, 1));
    bool cancelled = false;
    auto read = reader.read([&](const WireChange& c) -> Status {
        if (options.progress && ++done % kProgressEvery == 0 && !options.progress(done, total)) {
            cancelled = true;
            return makeError(ErrorCode::Cancelled, tr("The merge was cancelled; nothing of %1 was written.").arg(name));
        }
        return merger.add(c);
    });
    if (!read) {
        if (cancelled) {
            report.status = ImportStatus::Cancelled;
            report.message = read.error().message;
            return {};
        }
        return read.error();
    }
    if (auto s = merger.finish(); !s) {
        return s.error();
    }
    report.counts = merger.counts();
    auto duplicates = Duplicates(m_db).detect(report.counts.newPeople);
    if (!duplicates) {
        return duplicates.error();
    }
    report.duplicates = *duplicates;
    const bool nothingNew = report.counts.changes == report.counts.alreadyPresent;
    if (options.dryRun) {
        report.status = nothingNew ? ImportStatus::Unchanged : ImportStatus::Previewed;
        return {};
    }
    if (fresh) {
        if (auto s = recordSequence(sender, sequence); !s) {
            return s.error();
        }
        Statement drop(m_db, kDropPending);
        drop.bind(sender.id).bind(sequence);
        if (auto s = drop.exec(); !s) {
            return s.error();
        }
    }
    if (!nothingNew || fresh) {
        Statement log(m_db, kLogImport);
        log.bind(sender.id)
            .bind(report.kind == PackageKind::Export ? QStringLiteral("export") : QStringLiteral("return"))
            .bind(sequence)
            .bind(QString::fromLatin1(sodium::sha256(bytes).toHex()))
            .bind(name)
            .bind(m_db.clock().now().toString(Qt::ISODate))
            .bind(report.counts.changes)
            .bind(report.counts.changes - report.counts.alreadyPresent);
        if (auto s = log.exec(); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    if (own && options.written) {
        options.written(name);
    }
    report.status = nothingNew ? ImportStatus::Unchanged : ImportStatus::Applied;
    return {};
}

QList<ImportReport> Importer::importFiles(const QStringList& paths, const ImportOptions& options) {
    const Batch batch(*this, options);
    struct Item {
        QString path;
        QByteArray sender;
        quint64 firstSequence = 0;
        quint64 sequence = 0;
        bool readable = false;
    };
    QList<Item> items;
    for (const QString& path : paths) {
        Item item{path, {}, 0, 0, false};
        QFile file(path);
        PackageReader reader;
        if (file.open(QIODevice::ReadOnly) && reader.open(file).ok()) {
            item.sender = reader.header().senderId;
            item.firstSequence = reader.header().firstSequence;
            item.sequence = reader.header().sequence;
            item.readable = true;
        }
        items.append(item);
    }
    // A file that stands in for earlier ones goes before them, which are then already merged
    // instead of waiting for a lost one.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.sender, a.firstSequence, a.sequence) < std::tie(b.sender, b.firstSequence, b.sequence);
    });
    QList<ImportReport> reports;
    if (!options.dryRun) {
        for (const Item& item : std::as_const(items)) {
            reports.append(importFile(item.path, options));
        }
        return reports;
    }
    // A preview merges the files one after the other as the real merge would, so that the second
    // file of a laptop is previewed on top of the first, and then undoes everything.
    ImportOptions each = options;
    each.dryRun = false;
    each.backup = false;
    {
        Transaction preview(m_db);
        retrySetAside(each);
        for (const Item& item : std::as_const(items)) {
            ImportReport report = importFile(item.path, each);
            if (report.status == ImportStatus::Applied) {
                report.status = ImportStatus::Previewed;
            }
            reports.append(report);
        }
        preview.rollback();
    }
    scrubJournal(m_db);
    return reports;
}

} // namespace fieldcase::core
