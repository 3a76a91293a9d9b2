// SPDX-License-Identifier: GPL-3.0-or-later
// The merger's key of a record: a UUID id is held as 16 bytes and gives back the same text; any
// other id is held as written, and never taken for a UUID.
#include "QtStringMaker.h"

#include "domain/Schema.h"
#include "exchange/RecordKey.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace fieldcase::core;

namespace {

const TableDef* table(const char* name) {
    const TableDef* t = Schema::instance().table(QString::fromLatin1(name));
    REQUIRE(t != nullptr);
    return t;
}

} // namespace

TEST_CASE("A record key gives back the id and the table it was made from", "[exchange][key]") {
    const QStringList ids = {
        QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
        QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"),
        QStringLiteral("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B"), // upper case: not canonical, kept as text
        QStringLiteral("0190a1b2c3d47e5f8a9b0c1d2e3f4a5b0000"), // 36 characters without dashes
        QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g"), // not hex at the end
        QStringLiteral("legacy-42"),
        QString(),
    };
    for (const QString& id : ids) {
        const RecordKey k(table("person"), id);
        CHECK(k.id() == id);
        CHECK(k.table() == table("person"));
        CHECK(k.text() == QStringLiteral("person/") + id);
    }
}

TEST_CASE("Record keys are equal only for the same table and the same id", "[exchange][key]") {
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    const QString other = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    const QString upper = id.toUpper();
    const QString empty;
    const QString zero = QStringLiteral("00000000-0000-0000-0000-000000000000");

    QSet<RecordKey> keys;
    keys.insert(RecordKey(table("person"), id));
    keys.insert(RecordKey(table("person"), QString(id))); // the same record again
    CHECK(keys.size() == 1);
    for (const RecordKey& k :
         {RecordKey(table("household"), id), RecordKey(table("person"), other), RecordKey(table("person"), upper),
          RecordKey(table("person"), empty), RecordKey(table("person"), zero)}) {
        CHECK_FALSE(keys.contains(k));
        keys.insert(k);
    }
    CHECK(keys.size() == 6);
    CHECK(keys.contains(RecordKey(table("person"), zero)));
    CHECK(keys.contains(RecordKey(table("person"), empty)));
}
