// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the exchange: enrol, join, export, merge, conflicts, resolve, return, and the
// supervisor's helpers devices, revoke, duplicates, merge-persons, quarantine.
#include "Cli.h"
#include "VerbParser.h"

#include "exchange/ConflictStore.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/Duplicates.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Importer.h"
#include "exchange/Packages.h"
#include "exchange/Quarantine.h"
#include "util/HybridLogicalClock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace fieldcase::cli {

namespace {

const QString kPassphraseEnv = QStringLiteral("FIELDCASE_PASSPHRASE");

// The passphrase from --passphrase-file or the environment, never from the command line, where
// other users of the machine could read it.
core::Result<QString> passphraseFrom(const VerbParser& p) {
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        QFile file(p.value(QStringLiteral("passphrase-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            return core::makeError(core::ErrorCode::Io,
                                   Cli::tr("The passphrase file %1 cannot be read.").arg(file.fileName()),
                                   file.errorString());
        }
        return QString::fromUtf8(file.readLine()).trimmed();
    }
    return qEnvironmentVariable(kPassphraseEnv.toLatin1().constData()).trimmed();
}

QString deviceLabel(const QHash<QString, QString>& names, const QString& device) {
    const QString name = names.value(device);
    return name.isEmpty() ? device.left(8) : name;
}

QHash<QString, QString> deviceNames(core::Database& db) {
    QHash<QString, QString> names;
    if (auto devices = core::DeviceRegistry(db).list(); devices.ok()) {
        for (const core::DeviceInfo& d : *devices) {
            names.insert(d.deviceId, d.name);
        }
    }
    names.insert(db.deviceId(), Cli::tr("this copy"));
    // What a laptop calls the sender of its return packages.
    names.insert(QStringLiteral("central"), Cli::tr("central copy"));
    return names;
}

QString stampText(quint64 hlc) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(core::HybridLogicalClock::physicalMs(hlc)).toLocalTime();
    return Cli::tr("%1 (device clock)").arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

int runEnrol(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("enrol"), Cli::tr("Enrols a laptop: writes its enrolment file (keys, caseload and "
                                                  "reference data), protected by a passphrase."));
    p.addOption(QStringLiteral("device"), Cli::tr("A name for the laptop."), Cli::tr("NAME"));
    p.addOption(QStringLiteral("worker"), Cli::tr("The staff member (account or full name) who uses it."),
                Cli::tr("NAME"));
    p.addOption(QStringLiteral("out"), Cli::tr("The enrolment file to write."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("passphrase-file"),
                Cli::tr("Read the passphrase from this file (or set FIELDCASE_PASSPHRASE); without either a "
                        "passphrase is made and printed."),
                Cli::tr("FILE"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    for (const QString& required : {QStringLiteral("device"), QStringLiteral("worker"), QStringLiteral("out")}) {
        if (p.value(required).trimmed().isEmpty()) {
            return reportUsage(io, Cli::tr("enrol needs --%1.").arg(required));
        }
    }
    auto passphrase = passphraseFrom(p);
    if (!passphrase) {
        return reportError(io, passphrase.error());
    }
    const bool made = passphrase->isEmpty();
    if (made) {
        *passphrase = core::sodium::randomPassphrase();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    const core::EnrolRequest request{p.value(QStringLiteral("device")), p.value(QStringLiteral("worker")), *passphrase};
    auto summary = core::Packages::enrolFile(**db, request, p.value(QStringLiteral("out")));
    if (!summary) {
        return reportError(io, summary.error());
    }
    io.out << Cli::tr("Enrolled the laptop \"%1\" (device %2): %n record(s) of caseload and reference data in %3.",
                      nullptr, int(summary->records))
                  .arg(summary->deviceName, summary->deviceId, p.value(QStringLiteral("out")))
           << '\n';
    if (made) {
        io.out << Cli::tr("Passphrase: %1").arg(*passphrase) << '\n'
               << Cli::tr("Give the passphrase to the worker separately, never together with the file.") << '\n';
    }
    io.out << Cli::tr("Central copy's key: %1").arg(summary->centralKey) << '\n'
           << Cli::tr("Tell it to the worker (read it out or print it), who gives it to join with --central-key, so "
                      "that the laptop refuses an enrolment file that another copy made.")
           << '\n';
    return kExitOk;
}

int runJoin(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("join"),
                 Cli::tr("Makes a new, empty database the laptop's copy of a programme, from an enrolment file."));
    p.parser().addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The enrolment file."));
    p.addOption(QStringLiteral("passphrase-file"),
                Cli::tr("Read the passphrase from this file (or set FIELDCASE_PASSPHRASE)."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("central-key"),
                Cli::tr("The central copy's key as the supervisor gave it (printed by enrol): an enrolment file "
                        "signed with another key is refused."),
                Cli::tr("FINGERPRINT"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.positional().size() != 1) {
        return reportUsage(io, Cli::tr("join needs exactly one enrolment FILE."));
    }
    auto passphrase = passphraseFrom(p);
    if (!passphrase) {
        return reportError(io, passphrase.error());
    }
    if (passphrase->isEmpty()) {
        return reportUsage(io, Cli::tr("join needs the passphrase: --passphrase-file FILE or the environment "
                                       "variable FIELDCASE_PASSPHRASE."));
    }
    QFile file(p.positional().first());
    if (!file.open(QIODevice::ReadOnly)) {
        return reportError(io, core::makeError(core::ErrorCode::Io, Cli::tr("%1 cannot be read.").arg(file.fileName()),
                                               file.errorString()));
    }
    auto summary =
        core::Packages::join(p.value(QStringLiteral("db")), file, *passphrase, p.value(QStringLiteral("central-key")));
    if (!summary) {
        return reportError(io, summary.error());
    }
    io.out
        << Cli::tr("Joined as \"%1\": %n record(s) received.", nullptr, int(summary->records)).arg(summary->deviceName)
        << '\n';
    if (summary->centralKeyChecked) {
        io.out << Cli::tr("Central copy's key: %1 (the key given: checked).").arg(summary->centralKey) << '\n';
    } else {
        io.out << Cli::tr("Central copy's key: %1 (not checked).").arg(summary->centralKey) << '\n'
               << Cli::tr("Compare it with the key your supervisor reads out or printed. If they differ, this file "
                          "was not made by your central copy: do not use this database, and tell your supervisor.")
               << '\n';
    }
    return kExitOk;
}

int runExport(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("export"), Cli::tr("Writes the laptop's changes since its last export, encrypted to "
                                                   "the central copy and signed."));
    p.addOption(QStringLiteral("out"), Cli::tr("The package file to write."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("again"),
                Cli::tr("Export every change made on this laptop, in a file that stands in for all earlier ones "
                        "(when a file was lost, or the central copy says it waits for one)."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.value(QStringLiteral("out")).isEmpty()) {
        return reportUsage(io, Cli::tr("export needs --out FILE."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto summary = core::Packages::exportFile(**db, p.value(QStringLiteral("out")), p.isSet(QStringLiteral("again")));
    if (!summary) {
        return reportError(io, summary.error());
    }
    if (summary->changes == 0) {
        io.out << Cli::tr("Nothing new to export: every change was in an earlier file. No file was written.") << '\n';
        return kExitOk;
    }
    if (summary->firstSequence < summary->sequence) {
        io.out << Cli::tr("Exported %n change(s) as file %1 of this laptop to %2, with everything since file %3.",
                          nullptr, int(summary->changes))
                      .arg(summary->sequence)
                      .arg(p.value(QStringLiteral("out")))
                      .arg(summary->firstSequence)
               << '\n';
        return kExitOk;
    }
    io.out << Cli::tr("Exported %n change(s) as file %1 of this laptop to %2.", nullptr, int(summary->changes))
                  .arg(summary->sequence)
                  .arg(p.value(QStringLiteral("out")))
           << '\n';
    return kExitOk;
}

void printReport(CliIo& io, const core::ImportReport& r) {
    const QString who = r.senderName.isEmpty() ? r.sender : r.senderName;
    io.out << Cli::tr("%1: %2").arg(r.file, core::Importer::statusText(r.status));
    if (r.status == core::ImportStatus::Refused) {
        io.out << '\n' << "  " << r.message;
        if (!r.detail.isEmpty()) {
            io.out << " (" << r.detail << ')';
        }
        io.out << '\n';
        return;
    }
    if (r.firstSequence < r.sequence) {
        io.out << Cli::tr(" (file %1 from %2, with everything since file %3)")
                      .arg(r.sequence)
                      .arg(who)
                      .arg(r.firstSequence)
               << '\n';
    } else {
        io.out << Cli::tr(" (file %1 from %2)").arg(r.sequence).arg(who) << '\n';
    }
    if (!r.notice.isEmpty()) {
        io.out << "  " << r.notice << '\n';
    }
    if (r.status == core::ImportStatus::Pending || r.status == core::ImportStatus::Cancelled) {
        io.out << "  " << r.message << '\n';
        return;
    }
    const core::MergeCounts& c = r.counts;
    io.out << "  "
           << Cli::tr("%1 new, %2 changed, %3 already present, %4 conflicting, %5 possible duplicate(s), %6 "
                      "set aside")
                  .arg(c.newRecords)
                  .arg(c.changedRecords)
                  .arg(c.alreadyPresent)
                  .arg(c.conflicts)
                  .arg(r.duplicates.size())
                  .arg(c.quarantined)
           << '\n';
    for (const QString& reason : c.quarantineReasons) {
        io.out << "  " << Cli::tr("set aside: %1").arg(reason) << '\n';
    }
    if (c.quarantined > 0) {
        io.out << "  "
               << Cli::tr("Changes set aside are kept, and merged as soon as this copy can use them (once "
                          "Fieldcase is updated); fieldcase-cli quarantine lists them.")
               << '\n';
    }
    for (const core::DuplicatePair& d : r.duplicates) {
        io.out << "  "
               << Cli::tr("possible duplicate: %1 (%2) and %3 (%4): %5")
                      .arg(d.nameA, d.birthDateA, d.nameB, d.birthDateB, d.reason)
               << '\n';
    }
    for (const QString& released : r.released) {
        io.out << "  " << Cli::tr("also merged, after waiting: %1").arg(released) << '\n';
    }
    if (!r.backupPath.isEmpty()) {
        io.out << "  " << Cli::tr("backup before merging: %1").arg(r.backupPath) << '\n';
    }
}

int runMerge(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("merge"), Cli::tr("Merges exchange files: laptops' exports into the central copy, "
                                                  "or a return package into a laptop."));
    p.parser().addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The files, in any order."), Cli::tr("FILE..."));
    p.addOption(QStringLiteral("dry-run"), Cli::tr("Only show what merging would do; write nothing."));
    p.addOption(QStringLiteral("no-backup"), Cli::tr("Do not copy the database aside before merging."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.positional().isEmpty()) {
        return reportUsage(io, Cli::tr("merge needs at least one FILE."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::ImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.backup = !p.isSet(QStringLiteral("no-backup"));
    // On the error stream and at once, so that a large file shows it is being written, and a merge
    // stopped (or killed) in between is known to have left nothing of that file.
    options.writing = [&io](const QString& file) { io.err << Cli::tr("Merging %1…").arg(file) << Qt::endl; };
    options.written = [&io](const QString& file) { io.err << Cli::tr("Merged %1").arg(file) << Qt::endl; };
    core::Importer importer(**db);
    const QList<core::ImportReport> reports = importer.importFiles(p.positional(), options);
    const auto& retried = importer.setAsideRetried();
    if (!retried) {
        io.err << Cli::tr("fieldcase-cli: the changes set aside by earlier merges could not be tried again: %1. "
                          "They are kept.")
                      .arg(retried.error().toString())
               << '\n';
    } else if (retried->applied > 0) {
        io.out << Cli::tr("%n change(s) that earlier merges had set aside are merged now (%1 new, %2 changed, %3 "
                          "conflicting).",
                          nullptr, int(retried->applied))
                      .arg(retried->counts.newRecords)
                      .arg(retried->counts.changedRecords)
                      .arg(retried->counts.conflicts)
               << '\n';
        if (!importer.setAsideBackupPath().isEmpty()) {
            io.out << "  " << Cli::tr("backup before merging: %1").arg(importer.setAsideBackupPath()) << '\n';
        }
    }
    int refused = 0;
    for (const core::ImportReport& r : reports) {
        printReport(io, r);
        refused += r.status == core::ImportStatus::Refused ? 1 : 0;
    }
    if (options.dryRun) {
        io.out << Cli::tr("Dry run: nothing was written.") << '\n';
    }
    if (refused > 0) {
        io.err << Cli::tr("fieldcase-cli: %n file(s) refused; the database is unchanged by them.", nullptr, refused)
               << '\n';
        return kExitFailure;
    }
    return kExitOk;
}

int runConflicts(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("conflicts"), Cli::tr("Lists the open conflicts, one a line."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto conflicts = core::ConflictStore(**db).open();
    if (!conflicts) {
        return reportError(io, conflicts.error());
    }
    const QHash<QString, QString> names = deviceNames(**db);
    for (const core::ConflictInfo& c : *conflicts) {
        const core::TableDef* table = core::Schema::instance().table(c.table);
        const core::FieldDef* field = table ? table->field(c.field) : nullptr;
        QStringList versions;
        for (int i = 0; i < c.candidates.size(); ++i) {
            const core::Candidate& v = c.candidates.at(i);
            const bool merged = v.op == QLatin1String(core::Fold::kOpProposed);
            versions.append(
                (merged ? Cli::tr("%1=%2 [%3, %4, %5, of the merged duplicate]") : Cli::tr("%1=%2 [%3, %4, %5]"))
                    .arg(QChar(QLatin1Char('a').unicode() + i))
                    .arg(core::ConflictStore::display(c, v.value), deviceLabel(names, v.device), v.user,
                         stampText(v.hlc)));
        }
        io.out << c.id << '\t' << c.table << '\t' << c.recordId << '\t'
               << (field ? field->name : Cli::tr("deleted-vs-edited")) << '\t' << c.recordTitle << '\t'
               << versions.join(QStringLiteral(" | "))
               << (c.sensitive ? QStringLiteral("\t") + Cli::tr("special category: decide explicitly") : QString())
               << '\n';
    }
    io.err << Cli::tr("%n open conflict(s).", nullptr, int(conflicts->size())) << '\n';
    return kExitOk;
}

int runResolve(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("resolve"), Cli::tr("Decides one conflict; the decision travels back to the laptops."));
    p.addOption(QStringLiteral("conflict"), Cli::tr("The conflict number (from conflicts)."), Cli::tr("ID"));
    p.addOption(QStringLiteral("take"), Cli::tr("The version to keep: a, b (c... when there are more)."),
                Cli::tr("a|b"));
    p.addOption(QStringLiteral("value"), Cli::tr("A new value instead of one of the versions."), Cli::tr("TEXT"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("conflict")).toLongLong(&ok);
    if (!ok) {
        return reportUsage(io, Cli::tr("resolve needs --conflict ID, a number from fieldcase-cli conflicts."));
    }
    const bool take = p.isSet(QStringLiteral("take"));
    if (take == p.isSet(QStringLiteral("value"))) {
        return reportUsage(io, Cli::tr("resolve needs either --take a|b or --value TEXT."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::ConflictStore store(**db);
    core::Result<QString> decided = QString();
    if (take) {
        const QString letter = p.value(QStringLiteral("take")).trimmed().toLower();
        if (letter.size() != 1 || letter.at(0) < QLatin1Char('a') || letter.at(0) > QLatin1Char('z')) {
            return reportUsage(io, Cli::tr("--take must be a letter: a, b, ..."));
        }
        decided = store.take(id, letter.at(0).unicode() - QLatin1Char('a').unicode());
    } else {
        decided = store.setValue(id, p.value(QStringLiteral("value")));
    }
    if (!decided) {
        return reportError(io, decided.error());
    }
    io.out << Cli::tr("Conflict %1 decided; the decision is logged (change %2) and goes back to the laptops.")
                  .arg(id)
                  .arg(*decided)
           << '\n';
    return kExitOk;
}

int runReturn(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("return"), Cli::tr("Writes a laptop's return package: its updated caseload, "
                                                   "reference data and decided conflicts."));
    p.addOption(QStringLiteral("device"), Cli::tr("The laptop (its name or device id)."), Cli::tr("ID"));
    p.addOption(QStringLiteral("out"), Cli::tr("The package file to write."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("again"),
                Cli::tr("Send the laptop's whole caseload history, in a package that stands in for all earlier "
                        "ones (when a return package was lost, or the laptop says it waits for one)."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.value(QStringLiteral("device")).isEmpty() || p.value(QStringLiteral("out")).isEmpty()) {
        return reportUsage(io, Cli::tr("return needs --device ID and --out FILE."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto summary = core::Packages::returnFile(**db, p.value(QStringLiteral("device")), p.value(QStringLiteral("out")),
                                              p.isSet(QStringLiteral("again")));
    if (!summary) {
        return reportError(io, summary.error());
    }
    if (summary->changes == 0) {
        io.out << Cli::tr("Nothing new for \"%1\": the laptop has everything already. No file was written.")
                      .arg(p.value(QStringLiteral("device")))
               << '\n';
        return kExitOk;
    }
    if (summary->firstSequence < summary->sequence) {
        io.out << Cli::tr("Wrote return package %1 for \"%2\": %n change(s) to %3, with everything since return "
                          "package %4.",
                          nullptr, int(summary->changes))
                      .arg(summary->sequence)
                      .arg(summary->deviceName, p.value(QStringLiteral("out")))
                      .arg(summary->firstSequence)
               << '\n';
        return kExitOk;
    }
    io.out << Cli::tr("Wrote return package %1 for \"%2\": %n change(s) to %3.", nullptr, int(summary->changes))
                  .arg(summary->sequence)
                  .arg(summary->deviceName, p.value(QStringLiteral("out")))
           << '\n';
    return kExitOk;
}

int runDevices(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("devices"), Cli::tr("Lists the laptops enrolled in this central copy."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto devices = core::DeviceRegistry(**db).list();
    if (!devices) {
        return reportError(io, devices.error());
    }
    for (const core::DeviceInfo& d : *devices) {
        io.out << d.deviceId << '\t' << d.name << '\t' << d.worker << '\t'
               << (d.revoked ? Cli::tr("revoked") : Cli::tr("active")) << '\t'
               << Cli::tr("last file merged: %1").arg(d.lastSequence) << '\n';
    }
    // Where the supervisor finds the key again to tell a worker who joins later.
    if (auto central = core::ExchangeIdentity::central(**db, false); central.ok()) {
        io.err << Cli::tr("This central copy's key: %1").arg(core::sodium::keyFingerprint(central->signPublic)) << '\n';
    }
    return kExitOk;
}

int runRevoke(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("revoke"),
                 Cli::tr("Withdraws a laptop's enrolment (lost or stolen): its files are refused from now on."));
    p.addOption(QStringLiteral("device"), Cli::tr("The laptop (its name or device id)."), Cli::tr("ID"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::DeviceRegistry registry(**db);
    auto device = registry.find(p.value(QStringLiteral("device")));
    if (!device) {
        return reportError(io, device.error());
    }
    if (auto s = registry.revoke(device->deviceId); !s) {
        return reportError(io, s.error());
    }
    io.out << Cli::tr("The laptop \"%1\" is revoked; its files will be refused.").arg(device->name) << '\n';
    return kExitOk;
}

int runDuplicates(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("duplicates"), Cli::tr("Lists possible duplicate persons found while merging."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto pairs = core::Duplicates(**db).open();
    if (!pairs) {
        return reportError(io, pairs.error());
    }
    for (const core::DuplicatePair& d : *pairs) {
        io.out << d.personA << '\t' << d.nameA << '\t' << d.birthDateA << '\t' << d.personB << '\t' << d.nameB << '\t'
               << d.birthDateB << '\t' << d.reason << '\n';
    }
    io.err << Cli::tr("%n possible duplicate(s).", nullptr, int(pairs->size())) << '\n';
    return kExitOk;
}

int runMergePersons(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("merge-persons"),
                 Cli::tr("Merges a duplicate person into another: every visit, plan and consent moves over; details "
                         "the kept person lacks are taken over, details both have with different values become "
                         "conflicts to decide; the duplicate is redirected."));
    p.addOption(QStringLiteral("keep"), Cli::tr("The person who stays."), Cli::tr("ID"));
    p.addOption(QStringLiteral("merge"), Cli::tr("The duplicate, merged into the other."), Cli::tr("ID"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.value(QStringLiteral("keep")).isEmpty() || p.value(QStringLiteral("merge")).isEmpty()) {
        return reportUsage(io, Cli::tr("merge-persons needs --keep ID and --merge ID."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto merged = core::Duplicates(**db).merge(p.value(QStringLiteral("keep")), p.value(QStringLiteral("merge")));
    if (!merged) {
        return reportError(io, merged.error());
    }
    io.out << Cli::tr("Merged: %n record(s) now point at the person kept.", nullptr, merged->repointed) << '\n';
    if (merged->filled > 0) {
        io.out << Cli::tr("%n detail(s) that only the duplicate had were taken over.", nullptr, merged->filled) << '\n';
    }
    if (merged->toDecide > 0) {
        io.out << Cli::tr("%n differing value(s) of the two await a decision in the conflict inbox: list them with "
                          "conflicts, decide with resolve. Until then the kept person's values stay in use.",
                          nullptr, merged->toDecide)
               << '\n';
    }
    return kExitOk;
}

void printRetry(CliIo& io, const core::QuarantineRetry& r, const QString& backupPath) {
    io.out << Cli::tr("%n change(s) merged (%1 new, %2 changed, %3 conflicting, %4 possible duplicate(s)).", nullptr,
                      int(r.applied))
                  .arg(r.counts.newRecords)
                  .arg(r.counts.changedRecords)
                  .arg(r.counts.conflicts)
                  .arg(r.duplicates.size())
           << '\n'
           << Cli::tr("%n change(s) still set aside.", nullptr, int(r.kept)) << '\n';
    for (const QString& reason : r.reasons) {
        io.out << "  " << Cli::tr("still set aside: %1").arg(reason) << '\n';
    }
    if (!backupPath.isEmpty()) {
        io.out << "  " << Cli::tr("backup before merging: %1").arg(backupPath) << '\n';
    }
}

int runQuarantine(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("quarantine"),
                 Cli::tr("Lists the changes that merges set aside because this copy cannot use them (a table or "
                         "field it does not know, a value it does not accept), as tab-separated lines with a header. "
                         "They are kept, and merged as soon as this copy can use them."));
    p.addOption(QStringLiteral("retry"), Cli::tr("Try them again now: merge those this copy can use (after a "
                                                 "backup), and say why the others are still set aside."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::Quarantine quarantine(**db);
    if (p.isSet(QStringLiteral("retry"))) {
        QString backupPath;
        auto retried = quarantine.retry([&]() -> core::Status {
            auto path = core::Importer::backup(**db, QStringLiteral("set-aside-changes"));
            if (!path) {
                return path.error();
            }
            backupPath = *path;
            return {};
        });
        core::Importer::scrubJournal(**db);
        if (!retried) {
            return reportError(io, retried.error());
        }
        printRetry(io, *retried, backupPath);
        return kExitOk;
    }
    auto changes = quarantine.list();
    if (!changes) {
        return reportError(io, changes.error());
    }
    const QHash<QString, QString> names = deviceNames(**db);
    io.out << tabbed({Cli::tr("Received"), Cli::tr("From"), Cli::tr("File"), Cli::tr("Table"), Cli::tr("Record"),
                      Cli::tr("Reason")})
           << '\n';
    for (const core::QuarantinedChange& q : *changes) {
        io.out << tabbed({q.receivedAt, deviceLabel(names, q.sender), QString::number(q.sequence), q.change.table,
                          q.change.recordId, q.reason})
               << '\n';
    }
    io.err << Cli::tr("%n change(s) set aside.", nullptr, int(changes->size())) << '\n';
    return kExitOk;
}

} // namespace

QList<CliCommand> exchangeCommands() {
    return {
        {QStringLiteral("enrol"), Cli::tr("enrol a laptop: write its enrolment file"), &runEnrol},
        {QStringLiteral("join"), Cli::tr("make a new laptop database from an enrolment file"), &runJoin},
        {QStringLiteral("export"), Cli::tr("write the laptop's new changes for the central copy"), &runExport},
        {QStringLiteral("merge"), Cli::tr("merge exchange files (preview with --dry-run)"), &runMerge},
        {QStringLiteral("conflicts"), Cli::tr("list open conflicts"), &runConflicts},
        {QStringLiteral("resolve"), Cli::tr("decide a conflict"), &runResolve},
        {QStringLiteral("return"), Cli::tr("write a laptop's return package"), &runReturn},
        {QStringLiteral("devices"), Cli::tr("list enrolled laptops"), &runDevices},
        {QStringLiteral("revoke"), Cli::tr("withdraw a laptop's enrolment"), &runRevoke},
        {QStringLiteral("duplicates"), Cli::tr("list possible duplicate persons"), &runDuplicates},
        {QStringLiteral("merge-persons"), Cli::tr("merge a duplicate person into another"), &runMergePersons},
        {QStringLiteral("quarantine"), Cli::tr("list the changes set aside by merges, or try them again"),
         &runQuarantine},
    };
}

} // namespace fieldcase::cli
