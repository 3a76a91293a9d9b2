// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs over the documents library: print (one document, or a batch of plans awaiting
// signature) and logo (the letterhead logos of this machine).
#include "Cli.h"
#include "VerbParser.h"

#include "documents/DocumentKind.h"
#include "documents/DocumentLogos.h"
#include "documents/DocumentPrinter.h"
#include "storage/Statement.h"

#include <QFile>

namespace fieldcase::cli {

namespace {

QString kindList() {
    QStringList names;
    for (core::DocumentKind kind : core::DocumentKinds::all()) {
        names.append(core::DocumentKinds::name(kind));
    }
    return names.join(QStringLiteral(", "));
}

int runPrint(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("print"),
                 Cli::tr("Prints a document to PDF: a development plan, a plan review, a visit record, an attendance "
                         "sheet, a consent form or a case summary; or, for municipality staff, every plan of a "
                         "locality that awaits signature, in one PDF."));
    p.addOption(QStringLiteral("kind"), Cli::tr("The document: %1.").arg(kindList()), Cli::tr("KIND"));
    p.addOption(QStringLiteral("id"),
                Cli::tr("The record to print: a plan, plan review, activity, event, consent or person id."),
                Cli::tr("ID"));
    p.addOption(QStringLiteral("locality"), Cli::tr("Print a batch for this locality (with --awaiting-signature)."),
                Cli::tr("ID"));
    p.addOption(QStringLiteral("awaiting-signature"), Cli::tr("The batch: every plan whose status is awaiting "
                                                              "signature."));
    p.addOption(QStringLiteral("out"), Cli::tr("The PDF file to write."), Cli::tr("FILE.pdf"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return reportUsage(io, Cli::tr("print needs --out FILE.pdf, the file to write."));
    }
    const bool batch = p.isSet(QStringLiteral("locality")) || p.isSet(QStringLiteral("awaiting-signature"));
    std::optional<core::DocumentKind> kind;
    if (batch) {
        if (p.isSet(QStringLiteral("kind")) || p.isSet(QStringLiteral("id"))) {
            return reportUsage(io, Cli::tr("Give either --kind and --id for one document, or --locality ID "
                                           "--awaiting-signature for a batch, not both."));
        }
        if (!p.isSet(QStringLiteral("locality")) || !p.isSet(QStringLiteral("awaiting-signature"))) {
            return reportUsage(io, Cli::tr("A batch needs both --locality ID and --awaiting-signature."));
        }
    } else {
        if (!p.isSet(QStringLiteral("kind")) || p.value(QStringLiteral("id")).isEmpty()) {
            return reportUsage(io, Cli::tr("print needs --kind KIND and --id ID (or --locality ID "
                                           "--awaiting-signature for a batch)."));
        }
        kind = core::DocumentKinds::fromName(p.value(QStringLiteral("kind")));
        if (!kind) {
            return reportUsage(io, Cli::tr("Unknown document kind \"%1\". The kinds are: %2.")
                                       .arg(p.value(QStringLiteral("kind")), kindList()));
        }
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::DocumentPrinter printer(**db);
    QList<core::DocumentRequest> requests;
    if (batch) {
        const QString locality = p.value(QStringLiteral("locality"));
        auto plans = printer.plansAwaitingSignature(locality);
        if (!plans) {
            return reportError(io, plans.error());
        }
        if (plans->isEmpty()) {
            return reportError(io, core::makeError(core::ErrorCode::NotFound,
                                                   Cli::tr("No plan in locality %1 awaits signature; nothing was "
                                                           "written.")
                                                       .arg(locality)));
        }
        requests = *plans;
    } else {
        requests.append({*kind, p.value(QStringLiteral("id"))});
    }
    if (auto s = printer.writePdf(out, requests); !s) {
        return reportError(io, s.error());
    }
    io.out << Cli::tr("Wrote %1: documents %2, pages %3.").arg(out).arg(requests.size()).arg(printer.totalPageCount())
           << '\n';
    return kExitOk;
}

int runLogo(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("logo"),
                 Cli::tr("Sets or removes the logos printed in the letterhead of documents on this machine (PNG, "
                         "JPEG or SVG)."));
    p.addOption(QStringLiteral("left"), Cli::tr("The image for the left of the letterhead."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("right"), Cli::tr("The image for the right of the letterhead."), Cli::tr("FILE"));
    p.addOption(QStringLiteral("clear-left"), Cli::tr("Remove the left logo."));
    p.addOption(QStringLiteral("clear-right"), Cli::tr("Remove the right logo."));
    p.addOption(QStringLiteral("programme"), Cli::tr("The programme (default: the first of the database)."),
                Cli::tr("ID"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    using Slot = core::DocumentLogos::Slot;
    const bool any = p.isSet(QStringLiteral("left")) || p.isSet(QStringLiteral("right")) ||
                     p.isSet(QStringLiteral("clear-left")) || p.isSet(QStringLiteral("clear-right"));
    if (!any) {
        return reportUsage(io, Cli::tr("logo needs --left FILE, --right FILE, --clear-left or --clear-right."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    QString programme = p.value(QStringLiteral("programme"));
    if (programme.isEmpty()) {
        core::Statement first(**db, QStringLiteral("SELECT id FROM programme WHERE deleted = 0 ORDER BY rid LIMIT 1"));
        auto found = first.scalar();
        if (!found) {
            return reportError(io, found.error());
        }
        programme = found->toString();
    }
    if (programme.isEmpty()) {
        return reportError(io, core::makeError(core::ErrorCode::NotFound,
                                               Cli::tr("The database holds no programme; create one with init.")));
    }
    core::DocumentLogos logos(**db);
    const auto apply = [&](const QString& option, Slot slot) -> int {
        if (!p.isSet(option)) {
            return kExitOk;
        }
        QFile file(p.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            return reportError(io,
                               core::makeError(core::ErrorCode::Io, Cli::tr("%1 cannot be read.").arg(file.fileName()),
                                               file.errorString()));
        }
        if (auto s = logos.set(programme, slot, file.readAll()); !s) {
            return reportError(io, s.error());
        }
        io.out << Cli::tr("The %1 logo is now %2.").arg(core::DocumentLogos::slotName(slot), file.fileName()) << '\n';
        return kExitOk;
    };
    const auto clear = [&](const QString& option, Slot slot) -> int {
        if (!p.isSet(option)) {
            return kExitOk;
        }
        if (auto s = logos.clear(programme, slot); !s) {
            return reportError(io, s.error());
        }
        io.out << Cli::tr("The %1 logo was removed.").arg(core::DocumentLogos::slotName(slot)) << '\n';
        return kExitOk;
    };
    for (int code :
         {apply(QStringLiteral("left"), Slot::Left), apply(QStringLiteral("right"), Slot::Right),
          clear(QStringLiteral("clear-left"), Slot::Left), clear(QStringLiteral("clear-right"), Slot::Right)}) {
        if (code != kExitOk) {
            return code;
        }
    }
    return kExitOk;
}

} // namespace

QList<CliCommand> printCommands() {
    return {
        {QStringLiteral("print"), Cli::tr("prints plans, visit records, attendance sheets, consent forms to PDF"),
         runPrint},
        {QStringLiteral("logo"), Cli::tr("sets the logos of the letterhead of printed documents"), runLogo},
    };
}

} // namespace fieldcase::cli
