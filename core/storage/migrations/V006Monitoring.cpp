// SPDX-License-Identifier: GPL-3.0-or-later
// Programme monitoring: the entry answers the ESF+ indicators need (unemployed since, citizenship,
// foreign background), and the synced catalogue of indicators with their targets. Entry records
// made before this step keep their recorded labour status and leave the new answers empty.
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

Status migrateMonitoring(Database& db) {
    static const char* const kStatements[] = {
        R"sql(ALTER TABLE entry_record ADD COLUMN unemployed_since TEXT)sql",
        R"sql(ALTER TABLE entry_record ADD COLUMN citizenship TEXT)sql",
        R"sql(ALTER TABLE entry_record ADD COLUMN foreign_background TEXT)sql",
        R"sql(CREATE INDEX entry_record_entry ON entry_record(entry_date, person_id) WHERE deleted = 0)sql",
        R"sql(CREATE INDEX exit_record_exit ON exit_record(exit_date, person_id) WHERE deleted = 0)sql",
        R"sql(CREATE TABLE indicator (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    programme_id TEXT REFERENCES programme(id) DEFERRABLE INITIALLY DEFERRED,
    code TEXT,
    name TEXT,
    unit TEXT,
    kind TEXT,
    params TEXT,
    description TEXT,
    built_in INTEGER CHECK (built_in IN (0, 1)),
    sort_order INTEGER,
    sort_key TEXT
))sql",
        R"sql(CREATE INDEX indicator_sort ON indicator(sort_key, id) WHERE deleted = 0)sql",
        R"sql(CREATE INDEX indicator_programme_id ON indicator(programme_id))sql",
        R"sql(CREATE TABLE indicator_target (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    indicator_id TEXT REFERENCES indicator(id) DEFERRABLE INITIALLY DEFERRED,
    period TEXT,
    period_start TEXT,
    locality_id TEXT REFERENCES locality(id) DEFERRABLE INITIALLY DEFERRED,
    target REAL,
    notes TEXT
))sql",
        R"sql(CREATE INDEX indicator_target_indicator_id ON indicator_target(indicator_id))sql",
        R"sql(CREATE INDEX indicator_target_locality_id ON indicator_target(locality_id))sql",
    };
    return execAll(db, kStatements);
}

} // namespace fieldcase::core
