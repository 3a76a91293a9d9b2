// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredData.h"
#include "TestDatabase.h"

#include "domain/Dump.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

QString pragma(Database& db, const QString& name) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A new database is created at the latest schema with WAL and foreign keys", "[storage]") {
    test::TestDatabase t;
    CHECK(t->schemaVersion() == Database::latestSchemaVersion());
    CHECK(pragma(t.db(), QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(t.db(), QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(UuidV7Generator::isValid(t->deviceId()));
}

TEST_CASE("The device identity and the clock survive a restart", "[storage]") {
    test::TestDatabase t;
    const QString device = t->deviceId();
    RecordStore store(t.db());
    REQUIRE(store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Kisrét")},
                                                      {QStringLiteral("country"), QStringLiteral("HU")}}));
    const quint64 stamp = t->hlc().last();
    // The wall clock goes back an hour between sessions; stamps must still move forward.
    t.clock().advance(-3'600'000);
    t.reopen();
    CHECK(t->deviceId() == device);
    CHECK(t->hlc().now() > stamp);
}

TEST_CASE("Every synced table of the schema registry matches the migrated database", "[storage]") {
    test::TestDatabase t;
    for (const TableDef& table : Schema::instance().tables()) {
        INFO(table.name.toStdString());
        QSqlQuery q(t->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.name)));
        QSet<QString> columns;
        while (q.next()) {
            columns.insert(q.value(1).toString());
        }
        QSet<QString> expected = {QStringLiteral("rid"),    QStringLiteral("id"),         QStringLiteral("version"),
                                  QStringLiteral("hlc"),    QStringLiteral("updated_by"), QStringLiteral("origin"),
                                  QStringLiteral("deleted")};
        for (const FieldDef& f : table.fields) {
            expected.insert(f.name);
        }
        if (!table.sortFields.isEmpty()) {
            expected.insert(QStringLiteral("sort_key"));
        }
        CHECK(columns == expected);
    }
}

TEST_CASE("A database from a newer version is refused and left untouched", "[storage]") {
    test::TestDatabase t;
    REQUIRE(t->exec(QStringLiteral("PRAGMA user_version = 999")));
    t.close();
    const QByteArray before = fileHash(t.path());
    DatabaseOptions options;
    auto reopened = Database::open(t.path(), options);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().code == ErrorCode::Unsupported);
    CHECK(reopened.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(t.path()) == before);
}

TEST_CASE("A file that is not a database is refused and left untouched", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Format);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A missing database is not created when creating is not asked for", "[storage]") {
    QTemporaryDir dir;
    DatabaseOptions options;
    options.create = false;
    auto opened = Database::open(dir.filePath(QStringLiteral("missing.db")), options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
}

namespace {

// Opens a copy of a database stored by an earlier version and checks that every record and field
// of the dump stored with it is still there with the same value (later schemas may only add
// fields) and that it passes the check. Returns the number of records compared.
int requireStoredDatabaseKeepsItsDump(const QString& name) {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, name + QStringLiteral(".db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    QBuffer now;
    REQUIRE(now.open(QIODevice::ReadWrite));
    REQUIRE(Dump::write(**db, now));
    QHash<QString, QJsonObject> current;
    for (const QByteArray& line : now.data().split('\n')) {
        if (!line.isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            current.insert(o.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                               o.value(QStringLiteral("id")).toString(),
                           o);
        }
    }
    QFile stored(QStringLiteral(FIELDCASE_TEST_DATA "/") + name + QStringLiteral(".dump.jsonl"));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    int records = 0;
    while (!stored.atEnd()) {
        const QJsonObject old = QJsonDocument::fromJson(stored.readLine()).object();
        const QString key = old.value(QStringLiteral("table")).toString() + QLatin1Char('/') +
                            old.value(QStringLiteral("id")).toString();
        INFO(key.toStdString());
        REQUIRE(current.contains(key));
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            CHECK(current.value(key).value(it.key()) == it.value());
        }
        ++records;
    }
    auto problems = IntegrityCheck::run(**db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    return records;
}

} // namespace

TEST_CASE("The stored database of schema 1 opens, keeps its data and passes the check", "[storage][migration]") {
    CHECK(requireStoredDatabaseKeepsItsDump(QStringLiteral("schema-v1")) > 20);
}

TEST_CASE("The stored database of schema 4 opens, keeps its data and passes the check", "[storage][migration]") {
    CHECK(requireStoredDatabaseKeepsItsDump(QStringLiteral("schema-v4")) > 20);
}

TEST_CASE("The stored database of schema 5 opens, keeps its data, and its entry records get the new answers empty",
          "[storage][migration]") {
    CHECK(requireStoredDatabaseKeepsItsDump(QStringLiteral("schema-v5")) > 20);
    QTemporaryDir dir;
    auto db = Database::open(test::storedCopy(dir, QStringLiteral("schema-v5.db")));
    REQUIRE(db.ok());
    Statement entries(**db, QStringLiteral("SELECT count(*), count(unemployed_since), count(citizenship), "
                                           "count(foreign_background), sum(labour_status = 'long_term_unemployed') "
                                           "FROM entry_record WHERE deleted = 0"));
    REQUIRE(entries.exec());
    REQUIRE(entries.next());
    // The seed's entry record and the two of schema-v5.extra.jsonl, one of them long-term unemployed as
    // recorded; none has the answers schema 6 added.
    CHECK(entries.value(0).toInt() == 3);
    CHECK(entries.value(1).toInt() == 0);
    CHECK(entries.value(2).toInt() == 0);
    CHECK(entries.value(3).toInt() == 0);
    CHECK(entries.value(4).toInt() == 1);
    // The catalogue of indicators starts empty on an upgraded copy: no indicator is made up for it.
    Statement indicators(**db, QStringLiteral("SELECT count(*) FROM indicator"));
    CHECK(indicators.scalar().value().toInt() == 0);
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[storage]") {
    test::TestDatabase t;
    RecordStore store(t.db());
    const auto before = Dump::hash(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Horní Lhota")},
                                                          {QStringLiteral("country"), QStringLiteral("CZ")}}));
        // Goes out of scope without commit(), as on an error return.
    }
    CHECK(Dump::hash(t.db()).value() == before.value());
    Statement count(t.db(), QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK(count.scalar().value().toInt() == 0);
}

TEST_CASE("A failed inner step rolls back only itself and the outer transaction commits the rest", "[storage]") {
    test::TestDatabase t;
    RecordStore store(t.db());
    Transaction outer(t.db());
    auto kept = store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Dolné Pole")},
                                                          {QStringLiteral("country"), QStringLiteral("SK")}});
    REQUIRE(kept);
    {
        Transaction inner(t.db());
        REQUIRE(store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Valea Mare")},
                                                          {QStringLiteral("country"), QStringLiteral("RO")}}));
    }
    REQUIRE(outer.commit());
    Statement count(t.db(), QStringLiteral("SELECT count(*) FROM locality"));
    CHECK(count.scalar().value().toInt() == 1);
    CHECK(store.get(QStringLiteral("locality"), *kept).ok());
}

TEST_CASE("Listeners hear which tables changed once the transaction commits", "[storage]") {
    test::TestDatabase t;
    RecordStore store(t.db());
    QList<QStringList> heard;
    QObject::connect(&t->events(), &DatabaseEvents::tablesChanged,
                     [&heard](const QStringList& tables) { heard.append(tables); });
    {
        Transaction tx(t.db());
        REQUIRE(store.create(QStringLiteral("locality"), {{QStringLiteral("name"), QStringLiteral("Ново село")},
                                                          {QStringLiteral("country"), QStringLiteral("BG")}}));
        CHECK(heard.isEmpty());
        REQUIRE(tx.commit());
    }
    REQUIRE(heard.size() == 1);
    CHECK(heard.first() == QStringList{QStringLiteral("locality")});
    {
        Transaction tx(t.db());
        REQUIRE(store.create(QStringLiteral("staff"), {{QStringLiteral("full_name"), QStringLiteral("Rostaș Ana")},
                                                       {QStringLiteral("role"), QStringLiteral("social_worker")}}));
    }
    CHECK(heard.size() == 1);
}

TEST_CASE("Every table noted in a transaction is heard, after a commit or a rollback before it too", "[storage]") {
    test::TestDatabase t;
    QList<QStringList> heard;
    QObject::connect(&t->events(), &DatabaseEvents::tablesChanged,
                     [&heard](const QStringList& tables) { heard.append(tables); });
    // The same strings each time, as a merge notes them.
    const QString person = QStringLiteral("person");
    const QString activity = QStringLiteral("activity");
    for (int round = 0; round < 2; ++round) {
        Transaction tx(t.db());
        t->noteChanged(person);
        t->noteChanged(activity);
        t->noteChanged(person);
        REQUIRE(tx.commit());
        REQUIRE(heard.size() == round + 1);
        CHECK(heard.last() == QStringList{activity, person});
    }
    {
        Transaction tx(t.db());
        t->noteChanged(person);
    }
    {
        Transaction tx(t.db());
        t->noteChanged(person);
        REQUIRE(tx.commit());
    }
    REQUIRE(heard.size() == 3);
    CHECK(heard.last() == QStringList{person});
}

TEST_CASE("An upgrade that fails halfway keeps the steps before it and finishes once the cause is gone",
          "[storage][migration]") {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, QStringLiteral("schema-v1.db"));
    const QString connection = QStringLiteral("obstacle");
    {
        // A table the last step makes already there, as another tool might have left it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE indicator (x)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto failed = Database::open(path);
    REQUIRE_FALSE(failed.ok());
    const int last = Database::latestSchemaVersion();
    CHECK(failed.error().message.contains(QString::number(last)));
    CHECK(failed.error().message.contains(QStringLiteral("schema-v1.db.schema1.bak")));
    CHECK(QFile::exists(path + QStringLiteral(".schema1.bak")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == last - 1);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE indicator")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == last);
    Statement people(**db, QStringLiteral("SELECT count(*) FROM person"));
    CHECK(people.scalar().value().toInt() > 3);
    auto problems = IntegrityCheck::run(**db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
