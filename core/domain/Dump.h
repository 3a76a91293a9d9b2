// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>

class QIODevice;

namespace fieldcase::core {

class Database;

// The canonical dump: every record of every synced table, tombstones included, one JSON
// object a line, {"table": ..., "id": ..., then the fields and "deleted" in key order}, tables
// in alphabetical order and records by id. Machine-local metadata (row numbers, versions,
// stamps, who and where) is left out, so two copies with the same content dump the same bytes.
class Dump {
public:
    static Status write(Database& db, QIODevice& out);
    // SHA-256 of the dump, in hex.
    static Result<QByteArray> hash(Database& db);
};

} // namespace fieldcase::core
