// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredData.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"
#include "exchange/DeviceRegistry.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fieldcase::core;

// tests/data/schema-v4.db is a central copy made by the schema-4 version: the seed of schema 1,
// a left logo, one enrolled laptop whose first file was merged, and an open conflict on a phone
// number that the laptop and the central copy both changed. Later migrations must keep all of it.
TEST_CASE("A central copy of schema 4 keeps its laptop and its open conflict, which can still be decided",
          "[exchange][migration]") {
    QTemporaryDir dir;
    const QString path = fieldcase::test::storedCopy(dir, QStringLiteral("schema-v4.db"));
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

namespace {

// Every column of every change-log row, in log order, as one line each.
QStringList changeLogRows(QSqlDatabase& db) {
    QStringList rows;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT seq, change_id, table_name, record_id, op, fields, base_version, hlc, "
                                  "device, user, note, action, settles, redirect FROM change_log ORDER BY seq")));
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < 14; ++i) {
            columns.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

TEST_CASE("Schema 5 rebuilds the change log with the same rows and numbers, and refuses deletes from it",
          "[exchange][migration]") {
    QTemporaryDir dir;
    const QString path = fieldcase::test::storedCopy(dir, QStringLiteral("schema-v4.db"));
    QStringList before;
    qint64 lastSeq = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-v4-before"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        before = changeLogRows(raw);
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("SELECT max(seq) FROM change_log")));
        REQUIRE(q.next());
        lastSeq = q.value(0).toLongLong();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-v4-before"));
    REQUIRE(before.size() > 10);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    QSqlDatabase after = (*db)->connection();
    CHECK(changeLogRows(after) == before);

    auto sql = [&](const QString& text) { return QSqlQuery(after).exec(text); };
    CHECK_FALSE(sql(QStringLiteral("DELETE FROM change_log WHERE seq = %1").arg(lastSeq)));
    CHECK(changeLogRows(after) == before);
    CHECK_FALSE(sql(QStringLiteral("INSERT INTO change_log(change_id, table_name, record_id, op, fields, "
                                   "base_version, hlc, device, user) VALUES ('x', 'person', 'y', 'upsert', '{}', 0, "
                                   "1, 'd', 'u')")));

    RecordStore store(**db);
    auto locality = store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Hetes")},
                                                              {QStringLiteral("country"), QStringLiteral("HU")}});
    REQUIRE(locality.ok());
    QSqlQuery q(after);
    REQUIRE(q.exec(QStringLiteral("SELECT min(seq) FROM change_log WHERE record_id = '%1'").arg(*locality)));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == lastSeq + 1);
}
