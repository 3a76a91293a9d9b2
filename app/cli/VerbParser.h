// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include "storage/Database.h"
#include "util/Result.h"

#include <QCommandLineParser>

#include <memory>

namespace fieldcase::cli {

// The options of one verb: --db, --help, and whatever the verb adds.
class VerbParser {
    Q_DECLARE_TR_FUNCTIONS(VerbParser)

public:
    VerbParser(const QString& verb, const QString& description, bool withDatabase = true);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QString& name, const QString& description, const QString& valueName = {});

    // False when the verb should stop (help was shown, or the command line is wrong); the
    // exit code is then in exitCode().
    bool parse(const QStringList& args, CliIo& io);
    int exitCode() const { return m_exitCode; }

    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Opens the database named by --db. When that upgrades it to this version, the changes that
    // earlier merges set aside and this version can use are merged, and a line says so.
    core::Result<std::unique_ptr<core::Database>> openDatabase(bool create) const;

private:
    CliIo* m_io = nullptr; // from parse()
    QString m_verb;
    QCommandLineParser m_parser;
    bool m_withDatabase;
    int m_exitCode = kExitOk;
};

// Prints an error the way every verb does and returns the failure exit code.
int reportError(CliIo& io, const core::Error& error);
int reportUsage(CliIo& io, const QString& message);
// One line of a list: the cells, tabs and line breaks in them made spaces, joined by tabs.
QString tabbed(QStringList cells);

} // namespace fieldcase::cli
