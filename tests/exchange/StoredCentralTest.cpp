// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"
#include "exchange/DeviceRegistry.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fieldcase::core;

// tests/data/schema-v4.db is a central copy made by the schema-4 version: the seed of schema 1,
// a left logo, one enrolled laptop whose first file was merged, and an open conflict on a phone
// number that the laptop and the central copy both changed. Later migrations must keep all of it.
TEST_CASE("A central copy of schema 4 keeps its laptop and its open conflict, which can still be decided",
          "[exchange][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-v4.db"));
    REQUIRE(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/schema-v4.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    REQUIRE(db.ok());

    DeviceRegistry devices(**db);
    auto laptop = devices.find(QStringLiteral("Erika laptopja"));
    REQUIRE(laptop.ok());
    CHECK(laptop->lastSequence == 1);
    CHECK_FALSE(laptop->revoked);
    CHECK(laptop->signPublic.size() == 32);

    ConflictStore conflicts(**db);
    auto open = conflicts.open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    const ConflictInfo conflict = open->first();
    CHECK(conflict.table == QStringLiteral("person"));
    CHECK(conflict.field == QStringLiteral("phone"));
    REQUIRE(conflict.candidates.size() == 2);
    QStringList values;
    for (const Candidate& c : conflict.candidates) {
        values.append(c.value.toString());
    }
    values.sort();
    CHECK(values == QStringList{QStringLiteral("+36 30 111 2222"), QStringLiteral("+36 70 333 4444")});

    auto taken = conflicts.setValue(conflict.id, QStringLiteral("+36 30 111 2222"));
    REQUIRE(taken.ok());
    CHECK(conflicts.count().value() == 0);
    RecordStore store(**db);
    auto person = store.get(QStringLiteral("person"), conflict.recordId);
    REQUIRE(person.ok());
    CHECK(person->text(QStringLiteral("phone")) == QStringLiteral("+36 30 111 2222"));
}
