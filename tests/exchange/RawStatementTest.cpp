// SPDX-License-Identifier: GPL-3.0-or-later
// The merger's statement wrapper: text bound without a copy on SQLite's side stays what was bound,
// from run to run, whatever its length and alphabet.
#include "QtStringMaker.h"

#include "exchange/RawStatement.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace fieldcase::core;

namespace {

struct MemoryDb {
    sqlite3* db = nullptr;
    MemoryDb() { REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK); }
    ~MemoryDb() { sqlite3_close(db); }
};

} // namespace

TEST_CASE("Text bound to a statement is stored as given, run after run", "[exchange][statement]") {
    MemoryDb m;
    REQUIRE(sqlite3_exec(m.db, "CREATE TABLE t(n INTEGER, a TEXT, b TEXT)", nullptr, nullptr, nullptr) == SQLITE_OK);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), QStringLiteral("Látogatás: beiratkozott")},
        {QStringLiteral("rövid"), QStringLiteral("x")}, // shorter, and the other way round
        {QString(), QStringLiteral("")},                // null and empty text are both ''
        {QStringLiteral("+36 70 123 4567"), QStringLiteral("Ștefan Bălan, Кирил")},
        {QStringLiteral("a"), QStringLiteral("a much longer ASCII text than any bound before it")},
    };
    RawStatement insert(m.db, QStringLiteral("INSERT INTO t(n, a, b) VALUES (?, ?, ?)"));
    REQUIRE(insert.ok());
    for (int i = 0; i < rows.size(); ++i) {
        insert.rewind();
        insert.bindInt(1, i);
        insert.bindText(2, rows[i].first);
        insert.bindValue(3, rows[i].second);
        REQUIRE(insert.exec());
    }
    RawStatement select(m.db, QStringLiteral("SELECT a, b, typeof(a) FROM t ORDER BY n"));
    for (const auto& [a, b] : rows) {
        REQUIRE(select.step(nullptr));
        CHECK(select.textAt(0) == (a.isNull() ? QString(QStringLiteral("")) : a));
        CHECK(select.textAt(1) == b);
        CHECK(select.textAt(2) == QStringLiteral("text"));
    }
    CHECK_FALSE(select.step(nullptr));
}
