// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldcase::bench {

// Stops the benchmark with a message; main() prints it and exits non-zero.
[[noreturn]] void fail(const QString& what);

double msSince(const QElapsedTimer& timer);

// Removes a database file with its WAL and shared-memory files.
void removeDatabase(const QString& path);

// Raw SQLite, for the baselines: statements that fail stop the benchmark.
void exec(sqlite3* db, const char* sql);
sqlite3_stmt* prepare(sqlite3* db, const char* sql);

} // namespace fieldcase::bench
