// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerbParser.h"

#include "exchange/Quarantine.h"

namespace fieldcase::cli {

VerbParser::VerbParser(const QString& verb, const QString& description, bool withDatabase)
    : m_verb(verb)
    , m_withDatabase(withDatabase) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (withDatabase) {
        m_parser.addOption(QCommandLineOption(QStringLiteral("db"), tr("The database file."), tr("PATH")));
    }
}

void VerbParser::addOption(const QString& name, const QString& description, const QString& valueName) {
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

bool VerbParser::parse(const QStringList& args, CliIo& io) {
    m_io = &io;
    QStringList full = {QStringLiteral("fieldcase-cli ") + m_verb};
    full += args;
    if (!m_parser.parse(full)) {
        m_exitCode = reportUsage(io, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        io.out << m_parser.helpText();
        m_exitCode = kExitOk;
        return false;
    }
    if (m_withDatabase && m_parser.value(QStringLiteral("db")).isEmpty()) {
        m_exitCode = reportUsage(io, tr("%1 needs --db PATH, the database file.").arg(m_verb));
        return false;
    }
    return true;
}

core::Result<std::unique_ptr<core::Database>> VerbParser::openDatabase(bool create) const {
    core::DatabaseOptions options;
    options.create = create;
    auto db = core::Database::open(m_parser.value(QStringLiteral("db")), options);
    if (!db || (*db)->upgradedFrom() == 0) {
        return db;
    }
    const auto retried = core::Quarantine::retryAfterUpgrade(**db);
    if (m_io == nullptr) {
        return db;
    }
    if (!retried) {
        m_io->err << tr("fieldcase-cli: the changes that earlier merges set aside could not be tried again after the "
                        "upgrade: %1. They are kept; the next merge tries again.")
                         .arg(retried.error().toString())
                  << '\n';
    } else if (retried->applied > 0) {
        m_io->err << tr("fieldcase-cli: the database was upgraded; %n change(s) that earlier merges had set aside "
                        "are merged now.",
                        nullptr, int(retried->applied))
                  << '\n';
    }
    return db;
}

int reportError(CliIo& io, const core::Error& error) {
    io.err << VerbParser::tr("fieldcase-cli: error: %1").arg(error.toString()) << '\n';
    return kExitFailure;
}

int reportUsage(CliIo& io, const QString& message) {
    io.err << VerbParser::tr("fieldcase-cli: %1").arg(message) << '\n'
           << VerbParser::tr("Run fieldcase-cli --help for the verbs.") << '\n';
    return kExitUsage;
}

QString tabbed(QStringList cells) {
    for (QString& cell : cells) {
        cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return cells.join(QLatin1Char('\t'));
}

} // namespace fieldcase::cli
