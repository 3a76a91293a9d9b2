// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

struct SearchHit {
    enum class Kind { Person, Household, Locality };
    Kind kind = Kind::Person;
    QString id;
    QString title;    // the name as written
    QString subtitle; // what tells two people of the same name apart
};

// Diacritic-insensitive prefix search over names: "kovacs" finds Kovács, "lakatosne" finds
// Lakatosné, "horv" finds Horváth, Cyrillic queries find Cyrillic names. Every word of the query
// must match the start of a word of the name (family, given, birth or mother's name).
class Search {
public:
    explicit Search(Database& db);

    Result<QList<SearchHit>> people(const QString& query, int limit = 50);
    Result<QList<SearchHit>> households(const QString& query, int limit = 20);
    Result<QList<SearchHit>> localities(const QString& query, int limit = 20);
    // People, households and localities together, people first.
    Result<QList<SearchHit>> everything(const QString& query, int limit = 50);

private:
    Database& m_db;
};

} // namespace fieldcase::core
