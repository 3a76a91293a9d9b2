// SPDX-License-Identifier: GPL-3.0-or-later
// The change log rebuilt for speed, with the same rows and the same numbers. Every save and every
// merged change writes one row, and two things in the first table made each write cost about
// twice what it needs:
// - AUTOINCREMENT kept a second table of the highest number handed out, read and rewritten on
//   every insert. It exists so that numbers of deleted rows are never handed out again; the log
//   is append-only, so a plain INTEGER PRIMARY KEY (the highest number plus one) hands out the
//   same numbers. A trigger now refuses deletes, so that this stays true.
// - CHECK (op IN (...)) built a temporary lookup table for every row written; three comparisons
//   check the same.
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

Status migrateChangeLogAppendOnly(Database& db) {
    static const char* const kStatements[] = {
        R"sql(CREATE TABLE change_log_next (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op = 'create' OR op = 'update' OR op = 'delete'),
    fields TEXT NOT NULL,
    base_version INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    device TEXT NOT NULL,
    user TEXT NOT NULL,
    note TEXT,
    action TEXT,
    settles TEXT,
    redirect TEXT
))sql",
        R"sql(INSERT INTO change_log_next(seq, change_id, table_name, record_id, op, fields, base_version, hlc, device,
    user, note, action, settles, redirect)
SELECT seq, change_id, table_name, record_id, op, fields, base_version, hlc, device, user, note, action, settles,
    redirect FROM change_log ORDER BY seq)sql",
        R"sql(DROP TABLE change_log)sql",
        R"sql(ALTER TABLE change_log_next RENAME TO change_log)sql",
        R"sql(CREATE INDEX change_log_record ON change_log(table_name, record_id, hlc))sql",
        R"sql(CREATE TRIGGER change_log_append_only BEFORE DELETE ON change_log BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END)sql",
    };
    return execAll(db, kStatements);
}

} // namespace fieldcase::core
