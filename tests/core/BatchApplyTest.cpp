// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "domain/BatchApply.h"
#include "domain/ChangeLog.h"
#include "domain/Dump.h"
#include "domain/RecordStore.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

Result<BatchSummary> applyText(Database& db, const QString& text) {
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return BatchApply::apply(db, buffer);
}

const QString kLocality = QStringLiteral("0190f5c2-0000-7000-8000-000000000001");
const QString kHousehold = QStringLiteral("0190f5c2-0000-7000-8000-000000000002");
const QString kPerson = QStringLiteral("0190f5c2-0000-7000-8000-000000000003");

QString goodBatch() {
    return QStringLiteral(
               R"({"op": "create", "table": "locality", "id": "%1", "fields": {"name": "Dolná Ves", "country": "SK"}})"
               "\n"
               R"({"op": "create", "table": "household", "id": "%2", "fields": {"locality_id": "%1", "name": "Gaži"}})"
               "\n\n"
               R"({"op": "create", "table": "person", "id": "%3", "fields": {"household_id": "%2", "family_name": "Gažiová", "given_names": "Mária", "birth_date": "1979-12-01", "is_client": true}})"
               "\n"
               R"({"op": "update", "table": "household", "id": "%2", "fields": {"head_person_id": "%3"}})"
               "\n")
        .arg(kLocality, kHousehold, kPerson);
}

} // namespace

TEST_CASE("A good batch is applied through the record store with its change log", "[storage][apply]") {
    test::TestDatabase t;
    auto summary = applyText(t.db(), goodBatch());
    REQUIRE(summary.ok());
    CHECK(summary->created == 3);
    CHECK(summary->updated == 1);
    RecordStore store(t.db());
    auto person = store.get(QStringLiteral("person"), kPerson);
    REQUIRE(person.ok());
    CHECK(person->text(QStringLiteral("family_name")) == QStringLiteral("Gažiová"));
    CHECK(person->value(QStringLiteral("is_client")).toInt() == 1);
    CHECK(store.get(QStringLiteral("household"), kHousehold)->text(QStringLiteral("head_person_id")) == kPerson);
    ChangeLog log(t.db());
    CHECK(log.count().value() == 4);

    auto deleted = applyText(
        t.db(),
        QStringLiteral(R"({"op": "update", "table": "household", "id": "%1", "fields": {"head_person_id": null}})"
                       "\n"
                       R"({"op": "delete", "table": "person", "id": "%2"})")
            .arg(kHousehold, kPerson));
    REQUIRE(deleted.ok());
    CHECK(deleted->deleted == 1);
    CHECK(store.get(QStringLiteral("person"), kPerson)->deleted);
}

TEST_CASE("A bad line is reported with its number and nothing of the batch is written", "[storage][apply]") {
    struct Case {
        const char* what;
        QString line;
        const char* expect;
    };
    const QList<Case> cases = {
        {"broken JSON", QStringLiteral(R"({"op": "create", "table": "person", "fields": {"family_name": "Oláh")"),
         "not valid JSON"},
        {"not an object", QStringLiteral(R"(["create", "person"])"), "one JSON object"},
        {"unknown op", QStringLiteral(R"({"op": "upsert", "table": "person", "id": "%1", "fields": {}})").arg(kPerson),
         "create, update or delete"},
        {"unknown table", QStringLiteral(R"({"op": "create", "table": "people", "fields": {}})"), "no table called"},
        {"unknown field",
         QStringLiteral(R"({"op": "update", "table": "person", "id": "%1", "fields": {"nickname": "Béla"}})")
             .arg(kPerson),
         "no field called \"nickname\""},
        {"unknown key",
         QStringLiteral(R"({"op": "delete", "table": "person", "id": "%1", "force": true})").arg(kPerson),
         "unknown key"},
        {"wrong type",
         QStringLiteral(R"({"op": "update", "table": "person", "id": "%1", "fields": {"is_client": "yes"}})")
             .arg(kPerson),
         "yes or no"},
        {"number as text",
         QStringLiteral(R"({"op": "update", "table": "person", "id": "%1", "fields": {"family_name": 42}})")
             .arg(kPerson),
         "text is expected"},
        {"impossible date",
         QStringLiteral(R"({"op": "update", "table": "person", "id": "%1", "fields": {"birth_date": "1979-02-29"}})")
             .arg(kPerson),
         "not a real date"},
        {"missing record",
         QStringLiteral(
             R"({"op": "update", "table": "person", "id": "0190f5c2-0000-7000-8000-0000000000ff", "fields": {"phone": "1"}})"),
         "does not exist"},
        {"delete of a missing record",
         QStringLiteral(R"({"op": "delete", "table": "household", "id": "0190f5c2-0000-7000-8000-0000000000ff"})"),
         "does not exist"},
        {"update without id", QStringLiteral(R"({"op": "update", "table": "person", "fields": {"phone": "1"}})"),
         "needs the \"id\""},
        {"bad id",
         QStringLiteral(
             R"({"op": "create", "table": "locality", "id": "42", "fields": {"name": "X", "country": "HU"}})"),
         "not a record id"},
        {"required field missing",
         QStringLiteral(R"({"op": "create", "table": "person", "fields": {"given_names": "Béla"}})"), "is required"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        test::TestDatabase t;
        REQUIRE(applyText(t.db(), goodBatch()).ok());
        const QByteArray before = Dump::hash(t.db()).value();
        const qint64 changesBefore = ChangeLog(t.db()).count().value();
        // Two good lines first: they must be undone too.
        const QString batch =
            QStringLiteral(
                R"({"op": "create", "table": "staff", "fields": {"full_name": "Ferko Ján", "role": "case_manager"}})"
                "\n"
                R"({"op": "update", "table": "person", "id": "%1", "fields": {"phone": "+421 900 123 456"}})"
                "\n")
                .arg(kPerson) +
            c.line + QLatin1Char('\n');
        auto result = applyText(t.db(), batch);
        REQUIRE_FALSE(result.ok());
        const std::string message = result.error().message.toStdString();
        INFO(message);
        CHECK(result.error().message.startsWith(QStringLiteral("Line 3: ")));
        CHECK_THAT(message, Catch::Contains(c.expect));
        CHECK(Dump::hash(t.db()).value() == before);
        CHECK(ChangeLog(t.db()).count().value() == changesBefore);
    }
}
