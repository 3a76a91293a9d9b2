// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

class Database;

// The lists of the case-work screens (people have PersonDirectory).
enum class CaseList {
    Households, // all, or one locality's (filterId = locality id)
    Localities,
    Plans,  // newest first
    Visits, // visits and services in force (corrected and withdrawn ones left out), newest first
    Events, // newest first
    Staff,
    Referrals,      // newest first
    Caseload,       // people whose case manager, or whose household's, is filterId (a staff id)
    OverdueReviews, // plans in force whose next review is before today, oldest first
    VisitsDue,      // next visits set for this week (Monday to Sunday) and not yet made
};

struct CaseListQuery {
    CaseList list = CaseList::Households;
    QString filterId;
    QDate today; // for the lists that depend on the day
};

// One line of a list: the record it shows, what opening it shows (a visit due opens its
// household), where the next page starts, and the cells as the user reads them.
struct CaseRow {
    QString table;
    QString id;
    QString subjectTable;
    QString subjectId;
    QString key;
    QStringList cells;
};

// Case-work lists read a page at a time with keyset paging over an index, so that the last page
// of a hundred thousand costs what the first does.
class CaseLists {
    Q_DECLARE_TR_FUNCTIONS(CaseLists)

public:
    explicit CaseLists(Database& db);

    static QStringList headers(CaseList list);
    static QString title(CaseList list);

    Result<QList<CaseRow>> page(const CaseListQuery& query, const CaseRow* after, int limit);
    Result<int> count(const CaseListQuery& query);

    // Monday of the week that holds the day.
    static QDate weekStart(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    Database& m_db;
};

} // namespace fieldcase::core
