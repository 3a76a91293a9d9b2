// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// One line of the person list.
struct PersonRow {
    QString id;
    QString sortKey; // where the next page starts
    QString familyName;
    QString givenNames;
    QString birthDate; // yyyy-MM-dd or empty
    QString household;
    QString locality;
};

// Live people in name order, a page at a time (keyset paging over the sort index, so the
// thousandth page costs what the first does), optionally narrowed by a name search.
class PersonDirectory {
public:
    explicit PersonDirectory(Database& db);

    // The people after `after` (from the start when null) whose names match the query
    // (everyone when the query is empty).
    Result<QList<PersonRow>> page(const QString& query, const PersonRow* after, int limit);
    Result<int> count(const QString& query);

private:
    Database& m_db;
};

} // namespace fieldcase::core
