// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs over the case-work lists and the duplicate check, the same core calls the window uses.
#include "Cli.h"
#include "VerbParser.h"

#include "casework/CaseLists.h"
#include "casework/DuplicateFinder.h"

#include <QDate>
#include <QHash>

namespace fieldcase::cli {

namespace {

const QHash<QString, core::CaseList>& listNames() {
    static const QHash<QString, core::CaseList> names = {
        {QStringLiteral("households"), core::CaseList::Households},
        {QStringLiteral("localities"), core::CaseList::Localities},
        {QStringLiteral("plans"), core::CaseList::Plans},
        {QStringLiteral("visits"), core::CaseList::Visits},
        {QStringLiteral("events"), core::CaseList::Events},
        {QStringLiteral("staff"), core::CaseList::Staff},
        {QStringLiteral("referrals"), core::CaseList::Referrals},
        {QStringLiteral("caseload"), core::CaseList::Caseload},
        {QStringLiteral("overdue-reviews"), core::CaseList::OverdueReviews},
        {QStringLiteral("visits-due"), core::CaseList::VisitsDue},
    };
    return names;
}

int runList(const QStringList& args, CliIo& io) {
    QStringList names = listNames().keys();
    names.sort();
    VerbParser p(QStringLiteral("list"), Cli::tr("Prints a case-work list as tab-separated lines with a header: %1.")
                                             .arg(names.join(QStringLiteral(", "))));
    p.addOption(QStringLiteral("list"), Cli::tr("Which list."), Cli::tr("NAME"));
    p.addOption(QStringLiteral("filter"),
                Cli::tr("The locality (households) or staff member (caseload) to list, by id."), Cli::tr("ID"));
    p.addOption(QStringLiteral("today"), Cli::tr("The day the overdue and due lists are for (default: today)."),
                Cli::tr("YYYY-MM-DD"));
    p.addOption(QStringLiteral("limit"), Cli::tr("At most this many lines (default: all)."), Cli::tr("N"));
    p.addOption(QStringLiteral("count"), Cli::tr("Print only how many records the list holds."));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    const QString name = p.value(QStringLiteral("list"));
    if (!listNames().contains(name)) {
        return reportUsage(io, Cli::tr("--list must be one of: %1.").arg(names.join(QStringLiteral(", "))));
    }
    core::CaseListQuery query{listNames().value(name), p.value(QStringLiteral("filter")), QDate::currentDate()};
    if (query.list == core::CaseList::Caseload && query.filterId.isEmpty()) {
        return reportUsage(io, Cli::tr("The caseload needs --filter with the id of a staff member."));
    }
    if (p.isSet(QStringLiteral("today"))) {
        query.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!query.today.isValid()) {
            return reportUsage(io, Cli::tr("--today must be a date written as YYYY-MM-DD."));
        }
    }
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            return reportUsage(io, Cli::tr("--limit must be a number of lines."));
        }
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    core::CaseLists lists(**db);
    if (p.isSet(QStringLiteral("count"))) {
        auto count = lists.count(query);
        if (!count) {
            return reportError(io, count.error());
        }
        io.out << *count << '\n';
        return kExitOk;
    }
    io.out << tabbed(QStringList{QStringLiteral("id")} + core::CaseLists::headers(query.list)) << '\n';
    constexpr int kPage = 500;
    QList<core::CaseRow> page;
    core::CaseRow last;
    int printed = 0;
    do {
        auto next = lists.page(query, printed == 0 ? nullptr : &last, kPage);
        if (!next) {
            return reportError(io, next.error());
        }
        page = *next;
        for (const core::CaseRow& row : std::as_const(page)) {
            if (limit >= 0 && printed >= limit) {
                return kExitOk;
            }
            io.out << tabbed(QStringList{row.id} + row.cells) << '\n';
            ++printed;
        }
        if (!page.isEmpty()) {
            last = page.constLast();
        }
    } while (page.size() == kPage);
    return kExitOk;
}

int runDuplicates(const QStringList& args, CliIo& io) {
    VerbParser p(QStringLiteral("duplicates"),
                 Cli::tr("Lists people already in the database who may be the person described: the check made "
                         "before a new person is saved."));
    p.addOption(QStringLiteral("family"), Cli::tr("Family name."), Cli::tr("NAME"));
    p.addOption(QStringLiteral("given"), Cli::tr("Given names."), Cli::tr("NAMES"));
    p.addOption(QStringLiteral("birth-name"), Cli::tr("Birth name, when it differs."), Cli::tr("NAME"));
    p.addOption(QStringLiteral("born"), Cli::tr("Date of birth."), Cli::tr("YYYY-MM-DD"));
    if (!p.parse(args, io)) {
        return p.exitCode();
    }
    if (p.value(QStringLiteral("family")).trimmed().isEmpty() || p.value(QStringLiteral("given")).trimmed().isEmpty()) {
        return reportUsage(io, Cli::tr("Give at least --family and --given."));
    }
    const QString born = p.value(QStringLiteral("born"));
    if (!born.isEmpty() && !QDate::fromString(born, Qt::ISODate).isValid()) {
        return reportUsage(io, Cli::tr("--born must be a date written as YYYY-MM-DD."));
    }
    auto db = p.openDatabase(false);
    if (!db) {
        return reportError(io, db.error());
    }
    auto found = core::DuplicateFinder(**db).find({p.value(QStringLiteral("family")), p.value(QStringLiteral("given")),
                                                   p.value(QStringLiteral("birth-name")), born},
                                                  {}, 20);
    if (!found) {
        return reportError(io, found.error());
    }
    for (const core::DuplicateCandidate& c : *found) {
        io.out << tabbed({c.id, c.name, c.birthDate, c.household, c.locality, c.reason}) << '\n';
    }
    if (found->isEmpty()) {
        io.err << Cli::tr("No one on record looks like this person.") << '\n';
    }
    return kExitOk;
}

} // namespace

QList<CliCommand> caseWorkCommands() {
    return {
        {QStringLiteral("list"), Cli::tr("print a case-work list (households, overdue reviews, visits due, ...)"),
         &runList},
        {QStringLiteral("duplicates"), Cli::tr("find people who may be the person described"), &runDuplicates},
    };
}

} // namespace fieldcase::cli
