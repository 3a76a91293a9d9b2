// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts of unsaved forms (machine-local, never exported) and the indexes the case-work
// lists read from.
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

Status migrateCaseWorkDrafts(Database& db) {
    static const char* const kStatements[] = {
        R"sql(CREATE TABLE local_draft (
    draft_key TEXT PRIMARY KEY NOT NULL,
    form TEXT NOT NULL,
    record_id TEXT,
    title TEXT,
    payload TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
))sql",
        R"sql(CREATE INDEX activity_next_visit ON activity(next_visit_date) WHERE deleted = 0 AND next_visit_date IS NOT NULL)sql",
        R"sql(CREATE INDEX activity_time ON activity(happened_at, id) WHERE deleted = 0)sql",
        R"sql(CREATE INDEX activity_withdrawn ON activity(deleted) WHERE voided = 1)sql",
        R"sql(CREATE INDEX event_date ON event(event_date, id) WHERE deleted = 0)sql",
        R"sql(CREATE INDEX plan_start ON plan(start_date, id) WHERE deleted = 0)sql",
        R"sql(CREATE INDEX referral_status ON referral(status, sent_date) WHERE deleted = 0)sql",
    };
    return execAll(db, kStatements);
}

} // namespace fieldcase::core
