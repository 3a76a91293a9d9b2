// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange between laptops and the central copy: what a change settles or redirects, and the
// machine-local tables of keys, devices, packages and conflicts.
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

Status migrateExchange(Database& db) {
    static const char* const kStatements[] = {
        // A change that decides a conflict lists the change ids it settles; a restore or a person
        // merge says so in action; a merge names the record that survives.
        R"sql(ALTER TABLE change_log ADD COLUMN action TEXT)sql",
        R"sql(ALTER TABLE change_log ADD COLUMN settles TEXT)sql",
        R"sql(ALTER TABLE change_log ADD COLUMN redirect TEXT)sql",
        // Central copy: the laptops it has enrolled.
        R"sql(CREATE TABLE exchange_device (
    device_id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    staff_id TEXT,
    worker TEXT NOT NULL,
    sign_public BLOB NOT NULL,
    box_public BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    enrolled_at TEXT NOT NULL,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    last_import_at TEXT,
    return_sequence INTEGER NOT NULL DEFAULT 0,
    return_watermark INTEGER NOT NULL DEFAULT 0
))sql",
        // Central copy: records whose whole history a laptop already holds.
        R"sql(CREATE TABLE exchange_shipped (
    device_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (device_id, table_name, record_id)
) WITHOUT ROWID)sql",
        // Packages that arrived before an earlier one of the same sender; kept encrypted.
        R"sql(CREATE TABLE exchange_pending (
    sender TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    file_name TEXT,
    bytes BLOB NOT NULL,
    PRIMARY KEY (sender, sequence)
))sql",
        // Every package applied here, for the report and the duplicate check of files.
        R"sql(CREATE TABLE exchange_import (
    id INTEGER PRIMARY KEY,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    file_hash TEXT NOT NULL,
    file_name TEXT,
    imported_at TEXT NOT NULL,
    changes INTEGER NOT NULL,
    new_changes INTEGER NOT NULL
))sql",
        // Changes that could not be used (unknown table or field, a value of the wrong type).
        R"sql(CREATE TABLE exchange_quarantine (
    change_id TEXT PRIMARY KEY NOT NULL,
    sender TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    reason TEXT NOT NULL,
    change TEXT NOT NULL,
    received_at TEXT NOT NULL
))sql",
        // Open conflicts, as the last fold of each record left them.
        R"sql(CREATE TABLE exchange_conflict (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT,
    candidates TEXT NOT NULL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    UNIQUE (table_name, record_id, field)
))sql",
        // Records merged into another: later packages that name the old id land on the survivor.
        R"sql(CREATE TABLE exchange_redirect (
    table_name TEXT NOT NULL,
    old_id TEXT NOT NULL,
    new_id TEXT NOT NULL,
    change_id TEXT NOT NULL,
    PRIMARY KEY (table_name, old_id)
) WITHOUT ROWID)sql",
        // People who may be the same person, registered twice (found when packages are merged).
        R"sql(CREATE TABLE exchange_duplicate (
    person_a TEXT NOT NULL,
    person_b TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
    found_at TEXT NOT NULL,
    PRIMARY KEY (person_a, person_b)
) WITHOUT ROWID)sql",
    };
    return execAll(db, kStatements);
}

} // namespace fieldcase::core
