// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "domain/ChangeLog.h"
#include "domain/Dump.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

QList<Change> changesOf(Database& db, const QString& table, const QString& id) {
    ChangeLog log(db);
    auto changes = log.forRecord(table, id);
    REQUIRE(changes.ok());
    return *changes;
}

QJsonArray oldAndNew(const Change& change, const QString& field) {
    return change.fields.value(field).toArray();
}

// A value for an optional field that differs from whatever minimalFields() put there.
QVariant changedValue(const FieldDef& f) {
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return QStringLiteral("Módosított érték");
    case FieldType::Integer:
        return 7;
    case FieldType::Real:
        return 3.5;
    case FieldType::Bool:
        return false;
    case FieldType::Date:
        return QStringLiteral("2026-04-01");
    case FieldType::DateTime:
        return QStringLiteral("2026-04-01T11:15");
    case FieldType::Enum:
        return f.enumValues.last();
    case FieldType::Json:
        return QVariantList{1, 2};
    case FieldType::Ref:
        break;
    }
    return {};
}

// The same, where the table's own rules ask for something the generic value is not: an indicator's
// parameters are those of its kind.
QVariant changedValue(const TableDef& t, const FieldDef& f) {
    if (t.name == QStringLiteral("indicator") && f.name == QStringLiteral("params")) {
        return QVariantMap{{QStringLiteral("code"), QStringLiteral("EECO12")}};
    }
    return changedValue(f);
}

} // namespace

TEST_CASE("Every create, update and delete of every synced table leaves its change-log rows", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    RecordStore& store = make.store();
    for (const TableDef& table : Schema::instance().tables()) {
        INFO(table.name.toStdString());
        const QString id = make.create(table.name, make.minimalFields(table.name));
        auto created = changesOf(t.db(), table.name, id);
        REQUIRE(created.size() == 1);
        CHECK(created.first().op == QStringLiteral("create"));
        CHECK(created.first().device == t->deviceId());
        CHECK(created.first().user == QStringLiteral("tester"));
        CHECK(created.first().baseVersion == 0);
        CHECK(created.first().hlc == store.get(table.name, id)->hlc);
        for (const FieldDef& f : table.fields) {
            if (f.required()) {
                CHECK(created.first().fields.contains(f.name));
            }
        }

        if (table.appendOnly) {
            const FieldDef& anyField = table.fields.last();
            CHECK(store.update(table.name, id, {{anyField.name, changedValue(anyField)}}).error().code ==
                  ErrorCode::Conflict);
            CHECK(store.remove(table.name, id).error().code == ErrorCode::Conflict);
            CHECK(changesOf(t.db(), table.name, id).size() == 1);
            continue;
        }

        // Update every optional non-reference field at once.
        QVariantMap changes;
        for (const FieldDef& f : table.fields) {
            if (!f.required() && f.type != FieldType::Ref) {
                changes.insert(f.name, changedValue(table, f));
            }
        }
        if (!changes.isEmpty()) {
            const QString note = table.frozen ? QStringLiteral("Typed in the wrong column at entry") : QString();
            const Status updated = store.update(table.name, id, changes, note);
            INFO((updated.ok() ? std::string() : updated.error().toString().toStdString()));
            REQUIRE(updated.ok());
            auto log = changesOf(t.db(), table.name, id);
            REQUIRE(log.size() == 2);
            CHECK(log.last().op == QStringLiteral("update"));
            CHECK(log.last().fields.size() == changes.size());
            CHECK(log.last().note == note);
            CHECK(log.last().hlc > log.first().hlc);
        }

        const Status removed = store.remove(table.name, id);
        INFO((removed.ok() ? std::string() : removed.error().toString().toStdString()));
        REQUIRE(removed.ok());
        auto log = changesOf(t.db(), table.name, id);
        CHECK(log.last().op == QStringLiteral("delete"));
        CHECK(store.get(table.name, id)->deleted);
    }
    auto problems = IntegrityCheck::run(t.db());
    REQUIRE(problems.ok());
    CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("An update logs only the fields that changed, with old and new values and the base version", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString id = make.person({}, QStringLiteral("Lakatos"), QStringLiteral("Béla"), QStringLiteral("2005-09-30"),
                                   {{QStringLiteral("phone"), QStringLiteral("+36 30 555 0101")}});
    REQUIRE(make.store().update(QStringLiteral("person"), id,
                                {{QStringLiteral("phone"), QStringLiteral("+36 30 555 0199")},
                                 {QStringLiteral("given_names"), QStringLiteral("Béla")}}));
    auto log = changesOf(t.db(), QStringLiteral("person"), id);
    REQUIRE(log.size() == 2);
    const Change& update = log.last();
    CHECK(update.fields.keys() == QStringList{QStringLiteral("phone")});
    CHECK(oldAndNew(update, QStringLiteral("phone")) ==
          QJsonArray{QStringLiteral("+36 30 555 0101"), QStringLiteral("+36 30 555 0199")});
    CHECK(update.baseVersion == 0);

    // Saving the same values again is no change at all.
    REQUIRE(make.store().update(QStringLiteral("person"), id,
                                {{QStringLiteral("phone"), QStringLiteral("+36 30 555 0199")}}));
    CHECK(changesOf(t.db(), QStringLiteral("person"), id).size() == 2);
}

TEST_CASE("A deleted record stays as a tombstone without personal data and cannot be edited", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString id = make.person({}, QStringLiteral("Horváth"), QStringLiteral("Anita"), QStringLiteral("1988-02-11"),
                                   {{QStringLiteral("gender"), QStringLiteral("female")}});
    REQUIRE(make.store().remove(QStringLiteral("person"), id));
    auto tombstone = make.store().get(QStringLiteral("person"), id);
    REQUIRE(tombstone.ok());
    CHECK(tombstone->deleted);
    CHECK(tombstone->value(QStringLiteral("family_name")).isNull());
    CHECK(tombstone->value(QStringLiteral("birth_date")).isNull());
    CHECK(tombstone->text(QStringLiteral("gender")) == QStringLiteral("female"));

    const Status edit =
        make.store().update(QStringLiteral("person"), id, {{QStringLiteral("family_name"), QStringLiteral("Új")}});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::Conflict);
    // Deleting twice is harmless and logs nothing more.
    REQUIRE(make.store().remove(QStringLiteral("person"), id));
    CHECK(changesOf(t.db(), QStringLiteral("person"), id).size() == 2);
    // A tombstone cannot be brought back by creating the same id.
    auto again = make.store().create(QStringLiteral("person"),
                                     {{QStringLiteral("family_name"), QStringLiteral("Horváth")},
                                      {QStringLiteral("given_names"), QStringLiteral("Anita")}},
                                     id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("Deleting a plan deletes its goals, but a household with members cannot be deleted", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString household = make.household(make.locality());
    const QString person = make.person(household, QStringLiteral("Oláh"), QStringLiteral("Tibor"));
    const QString plan = make.individualPlan(person);
    const QString goal1 = make.goal(plan, QStringLiteral("Complete primary education"));
    const QString goal2 = make.goal(plan, QStringLiteral("Register at the job centre"), QStringLiteral("employment"));

    REQUIRE(make.store().remove(QStringLiteral("plan"), plan));
    CHECK(make.store().get(QStringLiteral("plan_goal"), goal1)->deleted);
    CHECK(make.store().get(QStringLiteral("plan_goal"), goal2)->deleted);
    CHECK(changesOf(t.db(), QStringLiteral("plan_goal"), goal1).last().op == QStringLiteral("delete"));

    const auto before = Dump::hash(t.db()).value();
    const Status refused = make.store().remove(QStringLiteral("household"), household);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Person")));
    CHECK(Dump::hash(t.db()).value() == before);
}

TEST_CASE("Entry data is frozen: a change needs a correction note, which is logged", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString person = make.person({}, QStringLiteral("Rostás"), QStringLiteral("Jolán"));
    const QString entry =
        make.create(QStringLiteral("entry_record"), {{QStringLiteral("person_id"), person},
                                                     {QStringLiteral("entry_date"), QStringLiteral("2026-02-01")},
                                                     {QStringLiteral("labour_status"), QStringLiteral("unemployed")},
                                                     {QStringLiteral("isced"), QStringLiteral("isced1")},
                                                     {QStringLiteral("minority"), QStringLiteral("declined")}});
    const Status plain = make.store().update(QStringLiteral("entry_record"), entry,
                                             {{QStringLiteral("isced"), QStringLiteral("isced2")}});
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().code == ErrorCode::Conflict);
    CHECK(make.store().get(QStringLiteral("entry_record"), entry)->text(QStringLiteral("isced")) ==
          QStringLiteral("isced1"));

    REQUIRE(make.store().update(QStringLiteral("entry_record"), entry,
                                {{QStringLiteral("isced"), QStringLiteral("isced2")}},
                                QStringLiteral("School certificate seen on the second visit")));
    auto log = changesOf(t.db(), QStringLiteral("entry_record"), entry);
    CHECK(log.last().note == QStringLiteral("School certificate seen on the second visit"));
}

TEST_CASE("Bad input is refused with a message at the field and nothing stored changes", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString person =
        make.person({}, QStringLiteral("Kolompár"), QStringLiteral("Zsanett"), QStringLiteral("2001-07-04"));
    const QString plan = make.individualPlan(person, QStringLiteral("2026-03-01"));
    const auto before = Dump::hash(t.db()).value();
    RecordStore& store = make.store();

    struct Case {
        const char* what;
        QString table;
        QString id; // empty: a create
        QVariantMap fields;
        QString field;
    };
    const QList<Case> cases = {
        {"birth date in the future",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("birth_date"), QStringLiteral("2030-01-01")}},
         QStringLiteral("birth_date")},
        {"impossible date",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("birth_date"), QStringLiteral("2001-02-30")}},
         QStringLiteral("birth_date")},
        {"two-digit year",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("birth_date"), QStringLiteral("01-07-04")}},
         QStringLiteral("birth_date")},
        {"empty required name",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("family_name"), QStringLiteral("   ")}},
         QStringLiteral("family_name")},
        {"missing required name on create",
         QStringLiteral("person"),
         {},
         {{QStringLiteral("given_names"), QStringLiteral("Anna")}},
         QStringLiteral("family_name")},
        {"review before the plan starts",
         QStringLiteral("plan"),
         plan,
         {{QStringLiteral("next_review_date"), QStringLiteral("2026-02-01")}},
         QStringLiteral("next_review_date")},
        {"unknown choice",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("gender"), QStringLiteral("robot")}},
         QStringLiteral("gender")},
        {"text where a number belongs",
         QStringLiteral("plan"),
         plan,
         {{QStringLiteral("plan_version"), QStringLiteral("two")}},
         QStringLiteral("plan_version")},
        {"reference to nothing",
         QStringLiteral("person"),
         person,
         {{QStringLiteral("household_id"), QStringLiteral("0190f5c2-7a3b-7c1d-9e2f-3a4b5c6d7e8f")}},
         QStringLiteral("household_id")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        Status s;
        if (c.id.isEmpty()) {
            auto created = store.create(c.table, c.fields);
            s = created ? Status() : Status(created.error());
        } else {
            s = store.update(c.table, c.id, c.fields);
        }
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == c.field);
        CHECK_FALSE(s.error().message.isEmpty());
    }
    CHECK(Dump::hash(t.db()).value() == before);
    Statement count(t.db(), QStringLiteral("SELECT count(*) FROM change_log"));
    CHECK(count.scalar().value().toInt() == 2);
}

TEST_CASE("Text is stored trimmed and in composed form, so the same name is the same value", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    // "Kovács" with a combining acute accent, as some keyboards and pasted text produce it.
    const QString decomposed = QStringLiteral("Kova\u0301cs");
    const QString id =
        make.person({}, QStringLiteral("  ") + decomposed + QStringLiteral("  "), QStringLiteral("Ilona"));
    CHECK(make.store().get(QStringLiteral("person"), id)->text(QStringLiteral("family_name")) ==
          QStringLiteral("Kovács"));
}

TEST_CASE("Records can be listed by a field in a chosen order", "[storage]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString household = make.household(make.locality());
    const QString older =
        make.person(household, QStringLiteral("Balogh"), QStringLiteral("Sándor"), QStringLiteral("1970-01-05"));
    const QString younger =
        make.person(household, QStringLiteral("Balogh"), QStringLiteral("Kevin"), QStringLiteral("2010-11-20"));
    const QString gone =
        make.person(household, QStringLiteral("Balogh"), QStringLiteral("Rozália"), QStringLiteral("1950-03-01"));
    REQUIRE(make.store().remove(QStringLiteral("person"), gone));
    auto members = make.store().findBy(QStringLiteral("person"), QStringLiteral("household_id"), household,
                                       QStringLiteral("birth_date"), true);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).id == younger);
    CHECK(members->at(1).id == older);
    CHECK_FALSE(make.store().findBy(QStringLiteral("person"), QStringLiteral("nonsense; DROP TABLE person"), 1).ok());
}
