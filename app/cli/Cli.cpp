// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#ifdef FIELDCASE_WITH_REPORT_ENGINE
#include "CommandsReports.h"
#endif

namespace fieldcase::cli {

QList<CliCommand> Cli::commands() {
    QList<CliCommand> all;
    all += dataCommands();
    all += caseWorkCommands();
    all += printCommands();
    all += exchangeCommands();
#ifdef FIELDCASE_WITH_REPORT_ENGINE
    all += reportCommands();
#endif
    return all;
}

int Cli::run(const QStringList& args, CliIo& io) {
    const QList<CliCommand> verbs = commands();
    const auto usage = [&](QTextStream& stream) {
        stream << tr("Usage: fieldcase-cli VERB [OPTIONS]") << '\n' << '\n' << tr("Verbs:") << '\n';
        for (const CliCommand& c : verbs) {
            stream << "  " << c.name.leftJustified(14) << c.summary << '\n';
        }
        stream << '\n' << tr("Run fieldcase-cli VERB --help for the options of a verb.") << '\n';
    };
    if (args.isEmpty()) {
        usage(io.err);
        return kExitUsage;
    }
    const QString verb = args.first();
    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        io.out << "fieldcase-cli " << QStringLiteral(FIELDCASE_VERSION) << '\n';
        return kExitOk;
    }
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        usage(io.out);
        return kExitOk;
    }
    for (const CliCommand& c : verbs) {
        if (c.name == verb) {
            return c.run(args.mid(1), io);
        }
    }
    io.err << tr("fieldcase-cli: unknown verb \"%1\".").arg(verb) << '\n';
    usage(io.err);
    return kExitUsage;
}

} // namespace fieldcase::cli
