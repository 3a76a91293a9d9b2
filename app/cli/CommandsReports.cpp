// SPDX-License-Identifier: GPL-3.0-or-later
// The report verb: a report of the programme's copy (ESF common indicators, planned against
// achieved) written to CSV, XLSX or PDF, suppressed for outside the programme unless asked not to.
#include "CommandsReports.h"
#include "VerbParser.h"

#include "reports/export/ReportPeriod.h"
#include "reports/export/ReportSuppression.h"
#include "reports/export/ReportWriter.h"
#include "storage/Database.h"

#include <QDateTime>

#include <optional>

namespace fieldcase::cli {

namespace {

int countSuppressed(const core::ReportTable& table) {
    int count = 0;
    for (const QList<core::ReportCell>& row : table.rows) {
        for (const core::ReportCell& cell : row) {
            count += cell.suppressed ? 1 : 0;
        }
    }
    return count;
}

int runReport(const QStringList& args, CliIo& io, const ReportMakers& makers) {
    VerbParser p(QStringLiteral("report"),
                 Cli::tr("Writes a report of the programme to CSV, XLSX or PDF: the ESF common indicators on "
                         "participants, or the programme's indicators planned against achieved. ESF reports are "
                         "made for outside the programme (counts of 1 to 4 people suppressed, no names) unless "
                         "--internal is given; indicator reports are internal unless --outside is given."));
    p.addOption(QStringLiteral("esf"),
                Cli::tr("The ESF common indicators on participants: 2021 (ESF+ 2021-2027) or 2014 (ESF 2014-2020)."),
                Cli::tr("SET"));
    p.addOption(QStringLiteral("indicators"), Cli::tr("The programme's indicators, planned against achieved."));
    p.addOption(QStringLiteral("from"),
                Cli::tr("The first day of the period (default: the programme's start date, else 1 January of this "
                        "year)."),
                Cli::tr("YYYY-MM-DD"));
    p.addOption(QStringLiteral("to"),
                Cli::tr("The last day of the period (default: the programme's end date, else 31 December of this "
                        "year)."),
                Cli::tr("YYYY-MM-DD"));
    p.addOption(QStringLiteral("locality"), Cli::tr("Only this locality (default: the whole programme)."),
                Cli::tr("ID"));
    p.addOption(QStringLiteral("internal"),
                Cli::tr("For use inside the programme: small counts are not suppressed. Such a file must not "
                        "leave the programme."));
    p.addOption(QStringLiteral("outside"),
                Cli::tr("For outside the programme: small counts suppressed, names and ids left out (the default "
                        "for --esf)."));
    p.addOption(QStringLiteral("format"),
                Cli::tr("The file format: %1.").arg(core::ReportWriter::formatNames().join(QStringLiteral(", "))),
                Cli::tr("FORMAT"));
    p.addOption(QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("FILE"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    const bool esf = p.isSet(QStringLiteral("esf"));
    const bool indicators = p.isSet(QStringLiteral("indicators"));
    if (esf == indicators) {
        return reportUsage(io, esf ? Cli::tr("Give either --esf or --indicators, not both.")
                                   : Cli::tr("report needs the report to make: --esf 2021, --esf 2014 or "
                                             "--indicators."));
    }
    core::EsfSet set = core::EsfSet::Esf2021;
    if (esf) {
        const QString name = p.value(QStringLiteral("esf"));
        if (name == QStringLiteral("2021")) {
            set = core::EsfSet::Esf2021;
        } else if (name == QStringLiteral("2014")) {
            set = core::EsfSet::Esf2014;
        } else {
            return reportUsage(io, Cli::tr("Unknown ESF indicator set \"%1\". Give --esf 2021 (ESF+ 2021-2027) or "
                                           "--esf 2014 (ESF 2014-2020).")
                                       .arg(name));
        }
    }
    if (p.isSet(QStringLiteral("internal")) && p.isSet(QStringLiteral("outside"))) {
        return reportUsage(io, Cli::tr("Give either --internal or --outside, not both."));
    }
    const QString formatName = p.value(QStringLiteral("format"));
    if (formatName.isEmpty()) {
        return reportUsage(io, Cli::tr("report needs --format FORMAT: %1.")
                                   .arg(core::ReportWriter::formatNames().join(QStringLiteral(", "))));
    }
    const std::optional<core::ReportFormat> format = core::ReportWriter::formatNamed(formatName);
    if (!format) {
        return reportUsage(io, Cli::tr("Unknown format \"%1\". The formats are: %2.")
                                   .arg(formatName, core::ReportWriter::formatNames().join(QStringLiteral(", "))));
    }
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return reportUsage(io, Cli::tr("report needs --out FILE, the file to write."));
    }
    std::optional<QDate> from;
    std::optional<QDate> to;
    for (const auto& [option, day] : {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!p.isSet(option)) {
            continue;
        }
        auto parsed = core::ReportPeriod::parseDay(p.value(option), QStringLiteral("--") + option);
        if (!parsed) {
            return reportUsage(io, parsed.error().message);
        }
        *day = *parsed;
    }
    const bool outside = esf ? !p.isSet(QStringLiteral("internal")) : p.isSet(QStringLiteral("outside"));

    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch((*db)->clock().nowMs()).date();
    auto scope = core::ReportPeriod::resolve(**db, from, to, p.value(QStringLiteral("locality")), today);
    if (!scope) {
        return reportError(io, scope.error());
    }
    auto made = esf ? makers.esf(**db, set, *scope) : makers.indicators(**db, *scope);
    if (!made) {
        return reportError(io, made.error());
    }
    core::ReportTable table = outside ? core::ReportSuppression::forOutside(std::move(made).value()) : *made;
    auto writer = core::ReportWriter::create(*format, **db);
    if (!writer) {
        return reportError(io, writer.error());
    }
    if (auto s = (*writer)->writeFile(table, out); !s) {
        return reportError(io, s.error());
    }
    const QString period = Cli::tr("%1 to %2").arg(scope->from.toString(Qt::ISODate), scope->to.toString(Qt::ISODate));
    if (outside) {
        io.out << Cli::tr("Wrote %1 (%2): %n row(s), for outside the programme; cells suppressed: %3.", nullptr,
                          int(table.rows.size()))
                      .arg(out, period)
                      .arg(countSuppressed(table))
               << '\n';
    } else {
        io.out << Cli::tr("Wrote %1 (%2): %n row(s), internal: small counts are shown, so the file must not leave "
                          "the programme.",
                          nullptr, int(table.rows.size()))
                      .arg(out, period)
               << '\n';
    }
    return kExitOk;
}

} // namespace

CliCommand reportCommand(ReportMakers makers) {
    return {QStringLiteral("report"),
            Cli::tr("writes the ESF indicators or planned against achieved to CSV, XLSX or PDF"),
            [makers = std::move(makers)](const QStringList& args, CliIo& io) { return runReport(args, io, makers); }};
}

} // namespace fieldcase::cli
