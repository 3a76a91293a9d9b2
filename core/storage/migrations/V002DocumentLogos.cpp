// SPDX-License-Identifier: GPL-3.0-or-later
// Logos printed in the header of documents. A machine-local table, not synced: images do not
// fit the change log's per-field JSON values, and the letterhead belongs to the office that
// prints (a municipality prints with its own crest), so each office sets its own.
#include "storage/Migrations.h"

#include "storage/Database.h"

namespace fieldcase::core {

Status migrateAddDocumentLogos(Database& db) {
    return db.exec(QStringLiteral(R"sql(CREATE TABLE document_logo (
    programme_id TEXT NOT NULL,
    slot TEXT NOT NULL CHECK (slot IN ('left', 'right')),
    mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/svg+xml', 'image/jpeg')),
    data BLOB NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (programme_id, slot)
))sql"));
}

} // namespace fieldcase::core
