// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace fieldcase::cli {

// Where a verb writes: results to out, messages and errors to err.
struct CliIo {
    QTextStream& out;
    QTextStream& err;
};

// One verb of fieldcase-cli.
struct CliCommand {
    QString name;
    QString summary; // translated, one line
    // Gets the arguments after the verb; returns the process exit code.
    std::function<int(const QStringList& args, CliIo& io)> run;
};

enum ExitCode {
    kExitOk = 0,
    kExitFailure = 1, // the verb ran and failed (bad input, failed check)
    kExitUsage = 2,   // the command line itself is wrong
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Runs fieldcase-cli with its arguments (without the program name).
    static int run(const QStringList& args, CliIo& io);
    static QList<CliCommand> commands();
};

// The verbs, grouped by the part of core they drive.
QList<CliCommand> dataCommands();
QList<CliCommand> caseWorkCommands();
QList<CliCommand> printCommands();
QList<CliCommand> exchangeCommands();

} // namespace fieldcase::cli
