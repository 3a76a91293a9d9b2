// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "domain/Dump.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

QByteArray dumpOf(Database& db) {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(Dump::write(db, buffer));
    return buffer.data();
}

QByteArray demoDump(quint64 seed, int people) {
    test::TestDatabase t;
    DemoOptions options;
    options.people = people;
    options.seed = seed;
    options.today = QDate(2026, 6, 1);
    auto summary = DemoGenerator::generate(t.db(), options);
    REQUIRE(summary.ok());
    CHECK(summary->people == people);
    return dumpOf(t.db());
}

} // namespace

TEST_CASE("The dump is one sorted JSON object a line, table and id first, tombstones included", "[storage][dump]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString locality = make.locality(QStringLiteral("Poiana Florilor"), QStringLiteral("RO"));
    const QString person = make.person({}, QStringLiteral("Lingurar"), QStringLiteral("Florentina"));
    REQUIRE(make.store().remove(QStringLiteral("person"), person));

    const QList<QByteArray> lines = dumpOf(t.db()).split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.last().isEmpty());
    CHECK(lines.at(0).startsWith(
        QByteArray("{\"table\":\"locality\",\"id\":\"" + locality.toUtf8() + "\",\"country\":\"RO\",")));
    CHECK(lines.at(0).contains("\"name\":\"Poiana Florilor\""));
    CHECK(lines.at(1).startsWith(QByteArray("{\"table\":\"person\",\"id\":\"" + person.toUtf8() + "\"")));
    const QJsonObject tombstone = QJsonDocument::fromJson(lines.at(1)).object();
    CHECK(tombstone.value(QStringLiteral("deleted")).toBool());
    CHECK(tombstone.value(QStringLiteral("family_name")).isNull());
    // Local metadata never appears.
    CHECK_FALSE(lines.at(0).contains("\"hlc\""));
    CHECK_FALSE(lines.at(0).contains("\"rid\""));
    CHECK_FALSE(lines.at(0).contains("\"origin\""));
}

TEST_CASE("The same demo seed gives the same dump and another seed another", "[storage][dump][demo]") {
    const QByteArray first = demoDump(7, 300);
    const QByteArray second = demoDump(7, 300);
    CHECK(first.size() > 100000);
    CHECK(first == second);
    CHECK(demoDump(8, 300) != first);
}

TEST_CASE("Demo data passes the integrity check", "[storage][demo]") {
    test::TestDatabase t;
    DemoOptions options;
    options.people = 500;
    options.today = QDate(2026, 6, 1);
    auto summary = DemoGenerator::generate(t.db(), options);
    REQUIRE(summary.ok());
    CHECK(summary->households > 50);
    CHECK(summary->plans > 50);
    CHECK(summary->activities > 500);
    auto problems = IntegrityCheck::run(t.db());
    REQUIRE(problems.ok());
    CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");

    // A history that ends in the future is refused.
    DemoOptions future = options;
    future.today = QDate(2026, 7, 1);
    CHECK(DemoGenerator::generate(t.db(), future).error().code == ErrorCode::InvalidInput);

    // A second run into the same database is refused and changes nothing.
    const QByteArray before = Dump::hash(t.db()).value();
    auto again = DemoGenerator::generate(t.db(), options);
    REQUIRE_FALSE(again.ok());
    CHECK(Dump::hash(t.db()).value() == before);
}

TEST_CASE("The integrity check finds records changed behind the change log's back", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString person = make.person({}, QStringLiteral("Suha"), QStringLiteral("Roland"));
    REQUIRE(IntegrityCheck::run(t.db())->isEmpty());
    // A write that does not go through RecordStore, as a careless tool might make.
    REQUIRE(t->exec(QStringLiteral("UPDATE person SET family_name = 'X', hlc = hlc + 1")));
    auto problems = IntegrityCheck::run(t.db());
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().contains(QStringLiteral("without a matching change-log entry")));

    REQUIRE(t->exec(QStringLiteral("UPDATE person SET deleted = 1")));
    problems = IntegrityCheck::run(t.db());
    CHECK(problems->join(QLatin1Char('\n')).contains(QStringLiteral("personal data")));

    make.person({}, QStringLiteral("Danyi"), QStringLiteral("Evelin"));
    REQUIRE(t->exec(QStringLiteral("DELETE FROM person_fts")));
    problems = IntegrityCheck::run(t.db());
    CHECK(problems->join(QLatin1Char('\n')).contains(QStringLiteral("search index")));
}

namespace {

// Overwrites the header of one leaf page of a table in the middle of the file, as a bad sector
// would, after the database was closed.
void damageMiddleLeafOf(test::TestDatabase& t, const QString& table) {
    Statement pages(t.db(), QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                           "ORDER BY pageno"));
    pages.bind(table);
    REQUIRE(pages.exec());
    QList<qint64> leaves;
    while (pages.next()) {
        leaves.append(pages.value(0).toLongLong());
    }
    REQUIRE(pages.finished());
    REQUIRE(leaves.size() > 4);
    Statement size(t.db(), QStringLiteral("PRAGMA page_size"));
    const qint64 pageSize = size.scalar().value().toLongLong();
    t.close();
    QFile file(t.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((leaves.at(leaves.size() / 2) - 1) * pageSize));
    REQUIRE(file.write(QByteArray(16, '\xff')) == 16);
    file.close();
    t.reopen();
}

} // namespace

TEST_CASE("A dump, its hash and a list that meet a damaged page say so instead of passing for complete", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    {
        Transaction tx(t.db());
        for (int i = 0; i < 1500; ++i) {
            make.create(QStringLiteral("locality"),
                        {{QStringLiteral("name"), QStringLiteral("Alsóberény %1 – külső telep, a patak mentén").arg(i)},
                         {QStringLiteral("country"), QStringLiteral("HU")}});
        }
        REQUIRE(tx.commit());
    }
    REQUIRE(t->checkpoint());
    damageMiddleLeafOf(t, QStringLiteral("locality"));

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status written = Dump::write(t.db(), buffer);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::Storage);
    CHECK_FALSE(Dump::hash(t.db()).ok());
    CHECK_FALSE(
        RecordStore(t.db()).findBy(QStringLiteral("locality"), QStringLiteral("country"), QStringLiteral("HU")).ok());
}
