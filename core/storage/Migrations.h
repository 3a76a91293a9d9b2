// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <vector>

namespace fieldcase::core {

class Database;

// One step of the schema history. Steps run in order, each in its own transaction, and
// PRAGMA user_version records the last one applied. Never edit a released step: add one.
struct Migration {
    const char* description;
    Status (*apply)(Database& db);
};

const std::vector<Migration>& migrations();

// Runs a step's statements in order, stopping at the first that fails.
Status execAll(Database& db, const char* const* statements, size_t count);
template <size_t N>
Status execAll(Database& db, const char* const (&statements)[N]) {
    return execAll(db, statements, N);
}

Status migrateToV1(Database& db);
Status migrateAddDocumentLogos(Database& db);
Status migrateExchange(Database& db);
Status migrateCaseWorkDrafts(Database& db);
Status migrateChangeLogAppendOnly(Database& db);
Status migrateMonitoring(Database& db);

} // namespace fieldcase::core
