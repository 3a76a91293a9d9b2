// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {"case-work tables, change log and search index", &migrateToV1},
        {"logos for the header of printed documents", &migrateAddDocumentLogos},
        {"exchange: conflicts, devices, packages, redirects", &migrateExchange},
        {"drafts of unsaved forms and indexes of the case-work lists", &migrateCaseWorkDrafts},
        {"a faster change log, append-only", &migrateChangeLogAppendOnly},
        {"programme monitoring: ESF+ entry answers, indicators and targets", &migrateMonitoring},
    };
    return steps;
}

Status execAll(Database& db, const char* const* statements, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        if (auto s = db.exec(QString::fromUtf8(statements[i])); !s) {
            return s;
        }
    }
    return {};
}

} // namespace fieldcase::core
