// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fieldcase::core {

class Database;

// SQLite's own integrity and foreign key checks, then the invariants of Fieldcase:
// live records have their required fields and valid values, point at no tombstone,
// tombstones hold no personal data, the last change of every record is in the change log,
// and the search index matches the records.
class IntegrityCheck {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    // The problems found, one sentence each; empty when the database is sound.
    static Result<QStringList> run(Database& db);
};

} // namespace fieldcase::core
