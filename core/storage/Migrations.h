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

Status migrateToV1(Database& db);
Status migrateAddDocumentLogos(Database& db);
Status migrateExchange(Database& db);
Status migrateCaseWorkDrafts(Database& db);
Status migrateChangeLogAppendOnly(Database& db);

} // namespace fieldcase::core
