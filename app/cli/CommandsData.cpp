// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs over the storage core: init, demo, dump, check, apply.
#include "Cli.h"
#include "VerbParser.h"

#include "demo/DemoGenerator.h"
#include "domain/BatchApply.h"
#include "domain/Dump.h"
#include "domain/IndicatorSeed.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace fieldcase::cli {

namespace {

// Sends bytes written to it on to a text stream, so that verbs that write to a QIODevice can
// print to whatever stream the caller gave.
class TextStreamDevice final : public QIODevice {
public:
    explicit TextStreamDevice(QTextStream& stream)
        : m_stream(stream) {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        m_stream << QString::fromUtf8(data, size);
        return m_stream.status() == QTextStream::Ok ? size : -1;
    }

private:
    QTextStream& m_stream;
};

int runInit(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("init"), Cli::tr("Creates a database for a programme."));
    p.addOption(QStringLiteral("programme"), Cli::tr("The programme's name."), Cli::tr("NAME"));
    p.addOption(QStringLiteral("kind"),
                Cli::tr("catching_up, social_services, community_centre or county_coordination (default catching_up)."),
                Cli::tr("KIND"));
    p.addOption(QStringLiteral("country"), Cli::tr("HU, CZ, SK, BG or RO."), Cli::tr("CODE"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    const QString name = p.value(QStringLiteral("programme")).trimmed();
    if (name.isEmpty()) {
        return reportUsage(io, Cli::tr("init needs --programme NAME."));
    }
    auto db = p.openDatabase(true);
    if (!db) {
        return reportError(io, db.error());
    }
    core::Statement existing(**db, QStringLiteral("SELECT name FROM programme WHERE deleted = 0 LIMIT 1"));
    auto found = existing.scalar();
    if (!found) {
        return reportError(io, found.error());
    }
    if (!found->isNull()) {
        return reportError(
            io, core::makeError(core::ErrorCode::Conflict,
                                Cli::tr("This database already holds the programme \"%1\".").arg(found->toString())));
    }
    QVariantMap fields = {{QStringLiteral("name"), name},
                          {QStringLiteral("kind"), p.isSet(QStringLiteral("kind")) ? p.value(QStringLiteral("kind"))
                                                                                   : QStringLiteral("catching_up")},
                          {QStringLiteral("review_months"), 3}};
    if (p.isSet(QStringLiteral("country"))) {
        fields.insert(QStringLiteral("country"), p.value(QStringLiteral("country")).toUpper());
    }
    core::RecordStore store(**db);
    // The programme and its catalogue of indicators (the ESF+ ones and the examples of its kind) in one go.
    core::Transaction tx(**db);
    auto id = store.create(QStringLiteral("programme"), fields);
    if (!id) {
        return reportError(io, id.error());
    }
    const auto seeds = core::IndicatorSeed::forProgramme(fields.value(QStringLiteral("kind")).toString(), {}, {});
    auto seeded = core::IndicatorSeed::write(store, *id, seeds);
    if (!seeded) {
        return reportError(io, seeded.error());
    }
    if (auto s = tx.commit(); !s) {
        return reportError(io, s.error());
    }
    io.out << Cli::tr("Created the programme \"%1\" (%2) in %3.").arg(name, *id, p.value(QStringLiteral("db"))) << '\n'
           << Cli::tr("Its catalogue holds %1 indicators to report on (ESF+ and examples for the programme).")
                  .arg(seeds.size())
           << '\n';
    return kExitOk;
}

int runDemo(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("demo"), Cli::tr("Fills an empty database with a synthetic demo programme."));
    p.addOption(QStringLiteral("people"), Cli::tr("How many people (default 1000)."), Cli::tr("N"));
    p.addOption(QStringLiteral("seed"), Cli::tr("The random seed; the same seed gives the same data (default 1)."),
                Cli::tr("S"));
    p.addOption(QStringLiteral("today"), Cli::tr("The last day of the two years of history (default today)."),
                Cli::tr("YYYY-MM-DD"));
    p.addOption(QStringLiteral("quiet"), Cli::tr("Print only the summary."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    core::DemoOptions options;
    bool ok = true;
    if (p.isSet(QStringLiteral("people"))) {
        options.people = p.value(QStringLiteral("people")).toInt(&ok);
        if (!ok || options.people < 1 || options.people > core::DemoGenerator::kMaxPeople) {
            return reportUsage(
                io, Cli::tr("--people must be a whole number from 1 to %1.").arg(core::DemoGenerator::kMaxPeople));
        }
    }
    if (p.isSet(QStringLiteral("seed"))) {
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            return reportUsage(io, Cli::tr("--seed must be a whole number."));
        }
    }
    if (p.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            return reportUsage(io, Cli::tr("--today must be a real date written as YYYY-MM-DD."));
        }
    }
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    int lastPercent = -1;
    options.progress = [&io, &lastPercent, quiet](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (!quiet && percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            io.err << Cli::tr("%1% of people written").arg(percent) << '\n';
            io.err.flush();
        }
        return true;
    };
    auto db = p.openDatabase(true);
    if (!db) {
        return reportError(io, db.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = core::DemoGenerator::generate(**db, options);
    if (!summary) {
        return reportError(io, summary.error());
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    io.out
        << Cli::tr("Demo programme written to %1 in %2 s:").arg(p.value(QStringLiteral("db"))).arg(seconds, 0, 'f', 1)
        << '\n'
        << Cli::tr("  %1 localities, %2 staff, %3 households, %4 people")
               .arg(summary->localities)
               .arg(summary->staff)
               .arg(summary->households)
               .arg(summary->people)
        << '\n'
        << Cli::tr("  %1 plans with %2 goals, %3 visits and services, %4 referrals")
               .arg(summary->plans)
               .arg(summary->goals)
               .arg(summary->activities)
               .arg(summary->referrals)
        << '\n'
        << Cli::tr("  %1 group events with %2 attendances; %3 records in all")
               .arg(summary->events)
               .arg(summary->attendances)
               .arg(summary->records)
        << '\n';
    return kExitOk;
}

int runDump(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("dump"),
                 Cli::tr("Prints every synced record as one JSON object a line, sorted, without machine-local data."));
    p.addOption(QStringLiteral("out"), Cli::tr("Write to this file instead of standard output."), Cli::tr("FILE"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile file(p.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly)) {
            return reportError(io, core::makeError(core::ErrorCode::Io,
                                                   Cli::tr("%1 cannot be written.").arg(file.fileName()),
                                                   file.errorString()));
        }
        if (auto s = core::Dump::write(**db, file); !s) {
            return reportError(io, s.error());
        }
        if (!file.commit()) {
            return reportError(io, core::makeError(core::ErrorCode::Io,
                                                   Cli::tr("%1 cannot be written.").arg(file.fileName()),
                                                   file.errorString()));
        }
        return kExitOk;
    }
    TextStreamDevice device(io.out);
    if (auto s = core::Dump::write(**db, device); !s) {
        return reportError(io, s.error());
    }
    return kExitOk;
}

int runCheck(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("check"),
                 Cli::tr("Checks the database: SQLite integrity, foreign keys and Fieldcase's own invariants."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto problems = core::IntegrityCheck::run(**db);
    if (!problems) {
        return reportError(io, problems.error());
    }
    if (problems->isEmpty()) {
        io.out << Cli::tr("%1: no problems found.").arg(p.value(QStringLiteral("db"))) << '\n';
        return kExitOk;
    }
    for (const QString& problem : *problems) {
        io.out << problem << '\n';
    }
    io.err << Cli::tr("fieldcase-cli: %n problem(s) found.", nullptr, int(problems->size())) << '\n';
    return kExitFailure;
}

int runApply(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("apply"),
                 Cli::tr("Applies a batch of create, update and delete operations (JSON lines), all or nothing."));
    p.parser().addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The batch file, or - for standard input."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.positional().size() != 1) {
        return reportUsage(io, Cli::tr("apply needs exactly one batch FILE."));
    }
    const QString path = p.positional().first();
    QFile file;
    const bool opened = path == QStringLiteral("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return reportError(
            io, core::makeError(core::ErrorCode::Io, Cli::tr("%1 cannot be read.").arg(path), file.errorString()));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto summary = core::BatchApply::apply(**db, file);
    if (!summary) {
        const int code = reportError(io, summary.error());
        io.err << Cli::tr("Nothing of the batch was written.") << '\n';
        return code;
    }
    io.out << Cli::tr("Applied %1: %2 created, %3 updated, %4 deleted.")
                  .arg(path)
                  .arg(summary->created)
                  .arg(summary->updated)
                  .arg(summary->deleted)
           << '\n';
    return kExitOk;
}

} // namespace

QList<CliCommand> dataCommands() {
    return {
        {QStringLiteral("init"), Cli::tr("create a database for a programme"), &runInit},
        {QStringLiteral("demo"), Cli::tr("fill an empty database with a synthetic demo programme"), &runDemo},
        {QStringLiteral("dump"), Cli::tr("print all synced data, canonical and sorted"), &runDump},
        {QStringLiteral("check"), Cli::tr("check integrity, foreign keys and invariants"), &runCheck},
        {QStringLiteral("apply"), Cli::tr("apply a batch of operations (JSON lines), all or nothing"), &runApply},
    };
}

} // namespace fieldcase::cli
