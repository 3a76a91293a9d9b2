// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Duplicates.h"
#include "exchange/Merger.h"
#include "exchange/PackageFile.h"
#include "exchange/Quarantine.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace fieldcase::core {

class Database;

enum class ImportStatus {
    Applied,   // merged and committed
    Previewed, // dry run: what merging would do; nothing was written
    Unchanged, // everything in it was already here (a file merged before, or an old one)
    Pending,   // an earlier file of the same sender, or records it refers to, are missing; kept (encrypted)
    Refused,   // not accepted, with the reason; nothing was written
    Cancelled, // stopped by the user; nothing of it was written
};

struct ImportReport {
    QString file;
    ImportStatus status = ImportStatus::Refused;
    Refusal refusal = Refusal::None;
    QString message; // translated: why refused or pending
    QString detail;
    PackageKind kind = PackageKind::Export;
    QString sender;     // device id
    QString senderName; // the laptop's name, or "central copy"
    quint64 sequence = 0;
    quint64 firstSequence = 0; // the earliest of the sender's files this one stands in for
    // Waiting for earlier files: the numbers of the sender's files not merged here (none when the file
    // waits for records instead).
    quint64 missingFrom = 0;
    quint64 missingTo = 0;
    quint64 acknowledged = 0; // the last of this copy's files the sender had merged
    // Set when the sender had not merged every file this copy wrote for it: one may have been lost.
    QString notice;
    quint64 declaredChanges = 0;
    MergeCounts counts;
    QList<DuplicatePair> duplicates;
    QString backupPath;
    QStringList released; // files that had waited (for an earlier file, or for records) and are now merged
};

struct ImportOptions {
    bool dryRun = false;
    bool backup = true;
    // Called now and then with changes done and the total; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Called with a file's name once its transaction has begun, before anything of it is written, and
    // once that transaction has committed: a merge killed in between leaves nothing of the file.
    std::function<void(const QString& file)> writing;
    std::function<void(const QString& file)> written;
};

// Checks and merges packages: exports of enrolled laptops on the central copy, return packages on
// a laptop. Each package is checked in this order (format, programme, recipient, sender, signature,
// decryption, payload) and merged in one transaction, after a backup of the database; packages of
// one sender are applied in sequence order, a later one waiting (encrypted, in the database) for
// the one before, unless it stands in for it (a file sent again holds everything from file 1).
// Decrypted data exists only in memory.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database& db);

    ImportReport importFile(const QString& path, const ImportOptions& options = {});
    ImportReport importBytes(const QByteArray& bytes, const QString& name, const ImportOptions& options = {});
    // Several files: read first, then merged per sender in sequence order, so the order in which they
    // were chosen does not matter.
    QList<ImportReport> importFiles(const QStringList& paths, const ImportOptions& options = {});
    // Each call of importFile, importBytes or importFiles is one merge: it makes at most one backup,
    // before the first file that writes anything (its report names it), so that a merge of many files
    // keeps the copy from before all of them. A merge (or a preview of several files) first merges
    // the changes set aside earlier that this copy can use now (Quarantine::retry).
    // What the last merge did with them: nothing is tried in a preview of a single file.
    const Result<QuarantineRetry>& setAsideRetried() const { return m_setAside; }
    // The backup the last merge made before merging the set-aside changes, if it made it then.
    const QString& setAsideBackupPath() const { return m_setAsideBackup; }

    // Writes back into the database file what the write-ahead log holds and empties the log, so
    // that pages of an interrupted or rolled-back merge do not stay on disk.
    static void scrubJournal(Database& db);
    // A copy of the database (SQLite's online backup) in NAME.backups/ next to it; keeps the last few,
    // the new one always among them.
    static Result<QString> backup(Database& db, const QString& label);
    static constexpr int kBackupsKept = 10;

    static QString statusText(ImportStatus status);

private:
    struct Sender {
        QString id;
        QString name;
        QByteArray signPublic;
        qint64 lastSequence = 0;
    };
    Result<Sender> checkHeader(PackageReader& reader, ImportReport& report);
    Status recordSequence(const Sender& sender, qint64 sequence);
    Status mergePackage(PackageReader& reader, const Sender& sender, bool fresh, const QByteArray& bytes,
                        const ImportOptions& options, ImportReport& report);
    ImportReport importOne(const QByteArray& bytes, const QString& name, const ImportOptions& options, bool* advanced);
    Status keepPending(const QString& sender, qint64 sequence, const QString& name, const QByteArray& bytes);
    QString gapMessage(const Sender& sender, const ImportReport& report);
    // Merges waiting files that can go now, until none can.
    void retryPending(const ImportOptions& options, ImportReport& report);
    // The backup of this merge, unless it has one already (or makes none); the path, or empty.
    Result<QString> backupOnce(const ImportOptions& options, const QString& label);
    void retrySetAside(const ImportOptions& options);

    class Batch;
    Database& m_db;
    bool m_retrying = false;
    bool m_inBatch = false;  // within a call of importFile, importBytes or importFiles
    bool m_backedUp = false; // this call made its backup
    Result<QuarantineRetry> m_setAside = QuarantineRetry{};
    QString m_setAsideBackup;
};

} // namespace fieldcase::core
