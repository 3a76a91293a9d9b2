// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"
#include "StoredData.h"
#include "TestDatabase.h"

#include "domain/BatchApply.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/Duplicates.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Merger.h"
#include "exchange/PackageFile.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::Builders;
using fieldcase::test::ExchangeWorld;

namespace {

Status edit(ExchangeWorld::Laptop& laptop, const QString& table, const QString& id, const QVariantMap& fields) {
    return RecordStore(laptop.db->db()).update(table, id, fields);
}

QString phoneOf(Database& db, const QString& person) {
    return RecordStore(db).get(QStringLiteral("person"), person)->text(QStringLiteral("phone"));
}

// The ESF+ entry record of the first person, made in the central copy with the given answers.
QString entryRecord(ExchangeWorld& world, QVariantMap answers = {}) {
    answers.insert({{QStringLiteral("person_id"), world.people().at(0)},
                    {QStringLiteral("entry_date"), QStringLiteral("2026-02-01")},
                    {QStringLiteral("labour_status"), QStringLiteral("unemployed")},
                    {QStringLiteral("isced"), QStringLiteral("isced1")}});
    return Builders(world.central().db()).create(QStringLiteral("entry_record"), answers);
}

QStringList checkProblems(Database& db) {
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems.ok());
    return *problems;
}

} // namespace

TEST_CASE("A joined laptop holds its caseload exactly as the central copy has it", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QStringList central = ExchangeWorld::dumpLines(world.central().db());
    const QStringList laptop = ExchangeWorld::dumpLines(erika.db->db());
    CHECK(laptop.size() >= 6);
    for (const QString& line : laptop) {
        CHECK(central.contains(line));
    }
    CHECK(ExchangeIdentity::role(erika.db->db()) == ExchangeIdentity::Role::Laptop);
    CHECK(ExchangeIdentity::role(world.central().db()) == ExchangeIdentity::Role::Central);
    CHECK(checkProblems(erika.db->db()).isEmpty());
}

TEST_CASE("Exporting twice without changes says there is nothing new", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    CHECK(world.exportFrom(erika).isEmpty());
    REQUIRE(edit(erika, QStringLiteral("person"), world.people().at(0),
                 {{QStringLiteral("phone"), QStringLiteral("+36 20 123 4567")}}));
    const QByteArray first = world.exportFrom(erika);
    CHECK_FALSE(first.isEmpty());
    CHECK(world.exportFrom(erika).isEmpty());
    // The file shows nothing readable: no name, no phone number.
    CHECK_FALSE(first.contains("Lakatos"));
    CHECK_FALSE(first.contains("123 4567"));
    const auto report = world.mergeIntoCentral(first);
    CHECK(report.status == ImportStatus::Applied);
    CHECK(phoneOf(world.central().db(), world.people().at(0)) == QStringLiteral("+36 20 123 4567"));
}

TEST_CASE("Two laptops changing the same field make one conflict that keeps both values, whatever the order",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString mother = world.people().at(0);
    REQUIRE(
        edit(erika, QStringLiteral("person"), mother, {{QStringLiteral("phone"), QStringLiteral("+36 30 999 0000")}}));
    world.tick();
    REQUIRE(edit(peter, QStringLiteral("person"), mother,
                 {{QStringLiteral("phone"), QStringLiteral("+36 70 555 1234")},
                  {QStringLiteral("email"), QStringLiteral("erzsi@example.org")}}));
    const QByteArray a = world.exportFrom(erika);
    const QByteArray b = world.exportFrom(peter);

    // Peter's file first, then Erika's, into a copy of the central copy as it is before either.
    const ExchangeWorld::CopyOutcome ba = world.mergeIntoCopy({b, a});
    CHECK(ba.problems.isEmpty());

    const auto first = world.mergeIntoCentral(a);
    CHECK(first.counts.conflicts == 0);
    const auto second = world.mergeIntoCentral(b);
    CHECK(second.counts.conflicts == 1);
    const QByteArray hashAB = ExchangeWorld::dumpHash(world.central().db());
    const QStringList conflictsAB = ExchangeWorld::conflictSet(world.central().db());
    CHECK(conflictsAB.size() == 1);
    CHECK(ba.hash == hashAB);
    CHECK(ba.conflicts == conflictsAB);

    // Both orders keep both values, who wrote them, and the value before them.
    auto copy = Database::open(ba.path);
    REQUIRE(copy.ok());
    for (Database* db : {&world.central().db(), copy->get()}) {
        auto conflicts = ConflictStore(*db).open();
        REQUIRE(conflicts.ok());
        REQUIRE(conflicts->size() == 1);
        const ConflictInfo& c = conflicts->first();
        CHECK(c.field == QStringLiteral("phone"));
        REQUIRE(c.candidates.size() == 2);
        CHECK(c.candidates.at(0).value.toString() == QStringLiteral("+36 30 999 0000"));
        CHECK(c.candidates.at(0).device == erika.deviceId);
        CHECK(c.candidates.at(1).value.toString() == QStringLiteral("+36 70 555 1234"));
        CHECK(c.candidates.at(1).device == peter.deviceId);
        CHECK(c.base.toString() == QStringLiteral("+36 30 111 2222"));
        CHECK(c.recordTitle == QStringLiteral("Lakatos Erzsébet"));
        // The provisional winner is the later stamp; the other field merged cleanly.
        CHECK(phoneOf(*db, mother) == QStringLiteral("+36 70 555 1234"));
        CHECK(RecordStore(*db).get(QStringLiteral("person"), mother)->text(QStringLiteral("email")) ==
              QStringLiteral("erzsi@example.org"));
    }
}

TEST_CASE("The same value written on two laptops is agreement, not a conflict", "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString son = world.people().at(1);
    REQUIRE(edit(erika, QStringLiteral("person"), son, {{QStringLiteral("gender"), QStringLiteral("male")}}));
    world.tick();
    REQUIRE(edit(peter, QStringLiteral("person"), son, {{QStringLiteral("gender"), QStringLiteral("male")}}));
    world.mergeIntoCentral(world.exportFrom(peter));
    const auto report = world.mergeIntoCentral(world.exportFrom(erika));
    CHECK(report.status == ImportStatus::Applied);
    CHECK(report.counts.conflicts == 0);
    CHECK(ExchangeWorld::conflictSet(world.central().db()).isEmpty());
}

TEST_CASE("A delete against an edit it did not see is a conflict, and the tombstone holds until a person decides",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString son = world.people().at(2);
    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("person"), son));
    world.tick();
    REQUIRE(edit(peter, QStringLiteral("person"), son, {{QStringLiteral("phone"), QStringLiteral("+36 30 444 5555")}}));
    const QByteArray del = world.exportFrom(erika);
    const QByteArray upd = world.exportFrom(peter);

    SECTION("delete first") {
        world.mergeIntoCentral(del);
        CHECK(world.mergeIntoCentral(upd).counts.conflicts == 1);
    }
    SECTION("edit first") {
        world.mergeIntoCentral(upd);
        CHECK(world.mergeIntoCentral(del).counts.conflicts == 1);
    }
    auto person = RecordStore(world.central().db()).get(QStringLiteral("person"), son);
    CHECK(person->deleted);
    CHECK(person->text(QStringLiteral("family_name")).isEmpty());
    auto conflicts = ConflictStore(world.central().db()).open();
    REQUIRE(conflicts->size() == 1);
    const ConflictInfo c = conflicts->first();
    CHECK(c.wholeRecord());
    CHECK(c.recordTitle == QStringLiteral("Lakatos Roland"));
    int editIndex = -1;
    for (int i = 0; i < c.candidates.size(); ++i) {
        if (c.candidates.at(i).op != QStringLiteral("delete")) {
            editIndex = i;
            CHECK(c.candidates.at(i).value.toObject().value(QStringLiteral("phone")).toString() ==
                  QStringLiteral("+36 30 444 5555"));
        }
    }
    REQUIRE(editIndex >= 0);
    CHECK(checkProblems(world.central().db()).isEmpty());

    // The supervisor restores the record: every value comes back, through a logged change.
    REQUIRE(ConflictStore(world.central().db()).take(c.id, editIndex).ok());
    person = RecordStore(world.central().db()).get(QStringLiteral("person"), son);
    CHECK_FALSE(person->deleted);
    CHECK(person->text(QStringLiteral("given_names")) == QStringLiteral("Roland"));
    CHECK(person->text(QStringLiteral("phone")) == QStringLiteral("+36 30 444 5555"));
    CHECK(ExchangeWorld::conflictSet(world.central().db()).isEmpty());
    CHECK(checkProblems(world.central().db()).isEmpty());

    // The decision travels back: both laptops end with the restored record and no conflict.
    for (int i = 0; i < 2; ++i) {
        auto& l = world.laptop(i);
        const auto back = world.mergeIntoLaptop(l, world.returnTo(l));
        CHECK(back.status == ImportStatus::Applied);
        CHECK(ExchangeWorld::conflictSet(l.db->db()).isEmpty());
        CHECK(phoneOf(l.db->db(), son) == QStringLiteral("+36 30 444 5555"));
    }
}

TEST_CASE("Visits recorded on two laptops are facts: both are kept and never conflict", "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QVariantMap visit = {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                               {QStringLiteral("household_id"), world.householdId()},
                               {QStringLiteral("happened_at"), QStringLiteral("2026-06-14T09:30")},
                               {QStringLiteral("minutes"), 40}};
    const QString v1 = Builders(erika.db->db()).create(QStringLiteral("activity"), visit);
    const QString v2 = Builders(peter.db->db()).create(QStringLiteral("activity"), visit);
    world.mergeIntoCentral(world.exportFrom(erika));
    const auto report = world.mergeIntoCentral(world.exportFrom(peter));
    CHECK(report.counts.newRecords == 1);
    CHECK(report.counts.conflicts == 0);
    CHECK(RecordStore(world.central().db()).get(QStringLiteral("activity"), v1).ok());
    CHECK(RecordStore(world.central().db()).get(QStringLiteral("activity"), v2).ok());
}

TEST_CASE("A decision travels back to the laptops, and a concurrent change that arrives later reopens it",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    auto& ildi = world.addLaptop(QStringLiteral("ildiko"), QStringLiteral("Szabó Ildikó"));
    const QString mother = world.people().at(0);
    REQUIRE(
        edit(erika, QStringLiteral("person"), mother, {{QStringLiteral("phone"), QStringLiteral("+36 30 000 0001")}}));
    world.tick();
    REQUIRE(
        edit(peter, QStringLiteral("person"), mother, {{QStringLiteral("phone"), QStringLiteral("+36 30 000 0002")}}));
    world.tick();
    REQUIRE(
        edit(ildi, QStringLiteral("person"), mother, {{QStringLiteral("phone"), QStringLiteral("+36 30 000 0003")}}));
    const QByteArray late = world.exportFrom(ildi);
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    auto open = ConflictStore(world.central().db()).open();
    REQUIRE(open->size() == 1);
    REQUIRE(ConflictStore(world.central().db()).take(open->first().id, 0).ok());
    CHECK(phoneOf(world.central().db(), mother) == QStringLiteral("+36 30 000 0001"));
    CHECK(ExchangeWorld::conflictSet(world.central().db()).isEmpty());

    // Erika's laptop gets the decision and keeps her value; Peter's laptop takes it over his.
    world.mergeIntoLaptop(erika, world.returnTo(erika));
    world.mergeIntoLaptop(peter, world.returnTo(peter));
    CHECK(phoneOf(peter.db->db(), mother) == QStringLiteral("+36 30 000 0001"));
    CHECK(ExchangeWorld::conflictSet(peter.db->db()).isEmpty());

    // Ildikó's edit was made before the decision and never seen by it: the conflict is open again,
    // with her value and the decided one.
    const auto report = world.mergeIntoCentral(late);
    CHECK(report.counts.conflicts == 1);
    open = ConflictStore(world.central().db()).open();
    REQUIRE(open->size() == 1);
    QStringList values;
    for (const Candidate& c : open->first().candidates) {
        values.append(c.value.toString());
    }
    CHECK(values.contains(QStringLiteral("+36 30 000 0003")));
    CHECK(values.contains(QStringLiteral("+36 30 000 0001")));
}

TEST_CASE("Deciding one field of a change that made two conflicts leaves the other open with both values",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString mother = world.people().at(0);
    REQUIRE(edit(erika, QStringLiteral("person"), mother,
                 {{QStringLiteral("phone"), QStringLiteral("+36 30 000 0001")},
                  {QStringLiteral("notes"), QStringLiteral("Works mornings at the school kitchen.")}}));
    world.tick();
    REQUIRE(edit(peter, QStringLiteral("person"), mother,
                 {{QStringLiteral("phone"), QStringLiteral("+36 30 000 0002")},
                  {QStringLiteral("notes"), QStringLiteral("Looking for work; ask about the bakery.")}}));
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    ConflictStore store(world.central().db());
    auto open = store.open();
    REQUIRE(open->size() == 2);
    const auto phone = std::find_if(open->cbegin(), open->cend(),
                                    [](const ConflictInfo& c) { return c.field == QStringLiteral("phone"); });
    REQUIRE(phone != open->cend());
    REQUIRE(store.take(phone->id, 0).ok());

    // The decision was about the phone only: the notes still wait, with both versions to choose from.
    open = store.open();
    REQUIRE(open->size() == 1);
    CHECK(open->first().field == QStringLiteral("notes"));
    QStringList notes;
    for (const Candidate& c : open->first().candidates) {
        notes.append(c.value.toString());
    }
    CHECK(notes.contains(QStringLiteral("Works mornings at the school kitchen.")));
    CHECK(notes.contains(QStringLiteral("Looking for work; ask about the bakery.")));

    // The laptops hold the same after their return packages.
    world.mergeIntoLaptop(erika, world.returnTo(erika));
    world.mergeIntoLaptop(peter, world.returnTo(peter));
    CHECK(ExchangeWorld::conflictSet(erika.db->db()) == ExchangeWorld::conflictSet(world.central().db()));
    CHECK(ExchangeWorld::conflictSet(peter.db->db()) == ExchangeWorld::conflictSet(world.central().db()));
    CHECK(phoneOf(peter.db->db(), mother) == QStringLiteral("+36 30 000 0001"));
}

TEST_CASE("A later file merged before an earlier one waits for it, and the result is as if in order", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString visit =
        Builders(erika.db->db())
            .create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                                 {QStringLiteral("household_id"), world.householdId()},
                                                 {QStringLiteral("happened_at"), QStringLiteral("2026-06-14T10:00")}});
    const QByteArray first = world.exportFrom(erika);
    Builders(erika.db->db())
        .create(QStringLiteral("task"), {{QStringLiteral("activity_id"), visit},
                                         {QStringLiteral("household_id"), world.householdId()},
                                         {QStringLiteral("description"), QStringLiteral("Iskolai igazolás")},
                                         {QStringLiteral("status"), QStringLiteral("open")}});
    const QByteArray second = world.exportFrom(erika);

    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());
    const auto waiting = world.mergeIntoCentral(second, QStringLiteral("second"));
    CHECK(waiting.status == ImportStatus::Pending);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == before);
    const auto applied = world.mergeIntoCentral(first, QStringLiteral("first"));
    CHECK(applied.status == ImportStatus::Applied);
    CHECK(applied.released == QStringList{QStringLiteral("second")});
    CHECK(RecordStore(world.central().db())
              .findBy(QStringLiteral("task"), QStringLiteral("activity_id"), visit)
              ->size() == 1);
    const QByteArray after = ExchangeWorld::dumpHash(world.central().db());
    // Both again, in any order: nothing changes.
    CHECK(world.mergeIntoCentral(first).status == ImportStatus::Unchanged);
    CHECK(world.mergeIntoCentral(second).status == ImportStatus::Unchanged);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == after);
    CHECK(DeviceRegistry(world.central().db()).find(erika.deviceId)->lastSequence == 2);
}

TEST_CASE("A dry run shows what merging would do and writes nothing", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString zsanett = Builders(erika.db->db())
                                .person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Zsanett"),
                                        QStringLiteral("2019-05-05"));
    REQUIRE(edit(erika, QStringLiteral("person"), world.people().at(1),
                 {{QStringLiteral("languages"), QStringLiteral("magyar, romani")}}));
    // Later changes of the same records count them once, as they were before the first.
    REQUIRE(
        edit(erika, QStringLiteral("person"), zsanett, {{QStringLiteral("phone"), QStringLiteral("+36 30 111 2233")}}));
    REQUIRE(edit(erika, QStringLiteral("person"), world.people().at(1),
                 {{QStringLiteral("languages"), QStringLiteral("magyar")}}));
    const QByteArray package = world.exportFrom(erika);
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());
    const auto preview = world.mergeIntoCentral(package, QStringLiteral("erika-1"), true);
    CHECK(preview.status == ImportStatus::Previewed);
    CHECK(preview.counts.newRecords == 1);
    CHECK(preview.counts.changedRecords == 1);
    CHECK(preview.counts.newPeople == QStringList{zsanett});
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == before);
    CHECK(DeviceRegistry(world.central().db()).find(erika.deviceId)->lastSequence == 0);
    CHECK(world.mergeIntoCentral(package).status == ImportStatus::Applied);
}

TEST_CASE("The same person registered on two laptops is listed, and merging keeps everything of both",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QVariantMap mine{{QStringLiteral("phone"), QStringLiteral("+36 30 777 8888")},
                           {QStringLiteral("notes"), QStringLiteral("Prefers calls after 4 pm.")}};
    const QVariantMap theirs{{QStringLiteral("phone"), QStringLiteral("+36 70 123 4567")},
                             {QStringLiteral("notes"), QStringLiteral("Lives with her aunt; works at the bakery.")},
                             {QStringLiteral("email"), QStringLiteral("timi@example.org")}};
    const QString a = Builders(erika.db->db())
                          .person(world.householdId(), QStringLiteral("Rácz"), QStringLiteral("Tímea"),
                                  QStringLiteral("1996-08-14"), mine);
    const QString b = Builders(peter.db->db())
                          .person(world.householdId(), QStringLiteral("Rácz"), QStringLiteral("Timea"),
                                  QStringLiteral("1996-08-14"), theirs);
    const QString visitB =
        Builders(peter.db->db())
            .create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("consultation")},
                                                 {QStringLiteral("person_id"), b},
                                                 {QStringLiteral("happened_at"), QStringLiteral("2026-06-12T11:00")}});
    world.mergeIntoCentral(world.exportFrom(erika));
    const auto report = world.mergeIntoCentral(world.exportFrom(peter));
    REQUIRE(report.duplicates.size() == 1);
    // "Tímea" and "Timea" fold to the same name.
    CHECK(report.duplicates.first().reason == QStringLiteral("same name and date of birth"));
    Duplicates duplicates(world.central().db());
    REQUIRE(duplicates.open()->size() == 1);
    RecordStore store(world.central().db());
    const auto valuesOf = [&](const QString& id) {
        QVariantMap values = store.get(QStringLiteral("person"), id)->fields;
        for (auto it = values.begin(); it != values.end();) {
            it = it.value().toString().isEmpty() ? values.erase(it) : std::next(it);
        }
        return values;
    };
    const QVariantMap survivorBefore = valuesOf(a);
    const QVariantMap duplicateBefore = valuesOf(b);

    auto merged = duplicates.merge(a, b);
    REQUIRE(merged.ok());
    CHECK(merged->repointed == 1);
    CHECK(merged->filled == 1);   // the email, which only the duplicate had
    CHECK(merged->toDecide == 3); // the phone, the notes and the spelling of the given names differ
    CHECK(store.get(QStringLiteral("activity"), visitB)->text(QStringLiteral("person_id")) == a);
    CHECK(store.get(QStringLiteral("person"), a)->text(QStringLiteral("email")) == QStringLiteral("timi@example.org"));
    CHECK(phoneOf(world.central().db(), a) == QStringLiteral("+36 30 777 8888"));
    CHECK(store.get(QStringLiteral("person"), b)->deleted);
    CHECK(duplicates.open()->isEmpty());
    CHECK(checkProblems(world.central().db()).isEmpty());

    // Every value of both is on the survivor or a version in the inbox, to be taken there.
    ConflictStore inbox(world.central().db());
    auto open = inbox.open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 3);
    QHash<QString, ConflictInfo> byField;
    for (const ConflictInfo& c : *open) {
        CHECK(c.table == QStringLiteral("person"));
        CHECK(c.recordId == a);
        // The survivor's value stays in use until a person decides.
        CHECK(c.current == c.candidates.last().value);
        CHECK(c.current.toString() == survivorBefore.value(c.field).toString());
        byField.insert(c.field, c);
    }
    const QVariantMap survivorNow = valuesOf(a);
    for (const QVariantMap& person : {survivorBefore, duplicateBefore}) {
        for (auto it = person.constBegin(); it != person.constEnd(); ++it) {
            QStringList offered;
            for (const Candidate& c : byField.value(it.key()).candidates) {
                offered.append(c.value.toString());
            }
            INFO(it.key().toStdString() << " = " << it.value().toString().toStdString());
            CHECK((survivorNow.value(it.key()) == it.value() || offered.contains(it.value().toString())));
        }
    }
    const ConflictInfo phone = byField.value(QStringLiteral("phone"));
    REQUIRE(phone.candidates.size() == 2);
    CHECK(phone.candidates.at(0).value.toString() == QStringLiteral("+36 70 123 4567"));
    CHECK(phone.fromPersonMerge());
    CHECK(phone.candidates.at(0).op == QLatin1String(Fold::kOpProposed));
    CHECK(phone.candidates.at(0).device == world.central().db().deviceId());
    CHECK(phone.candidates.at(1).device == erika.deviceId);
    CHECK(phone.base.toString() == QStringLiteral("+36 30 777 8888"));

    // Peter's laptop, not yet told, records another visit for the old id: it lands on the survivor.
    world.tick();
    const QString late =
        Builders(peter.db->db())
            .create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                                 {QStringLiteral("person_id"), b},
                                                 {QStringLiteral("happened_at"), QStringLiteral("2026-06-15T08:00")}});
    CHECK(world.mergeIntoCentral(world.exportFrom(peter)).status == ImportStatus::Applied);
    CHECK(store.get(QStringLiteral("activity"), late)->text(QStringLiteral("person_id")) == a);
    CHECK(checkProblems(world.central().db()).isEmpty());

    // The supervisor takes the duplicate's phone and the survivor's spelling; the notes still wait.
    world.tick();
    REQUIRE(inbox.take(phone.id, 0).ok());
    REQUIRE(inbox.take(byField.value(QStringLiteral("given_names")).id, 1).ok());
    CHECK(phoneOf(world.central().db(), a) == QStringLiteral("+36 70 123 4567"));
    CHECK(store.get(QStringLiteral("person"), a)->text(QStringLiteral("given_names")) == QStringLiteral("Tímea"));
    open = inbox.open();
    REQUIRE(open->size() == 1);
    CHECK(open->first().field == QStringLiteral("notes"));
    CHECK(open->first().candidates.size() == 2);

    // The return packages tell both laptops: their copies follow the merge and the decision, and
    // show the notes to decide as the central copy does.
    for (ExchangeWorld::Laptop* laptop : {&peter, &erika}) {
        CHECK(world.mergeIntoLaptop(*laptop, world.returnTo(*laptop)).status == ImportStatus::Applied);
        RecordStore there(laptop->db->db());
        CHECK(there.get(QStringLiteral("person"), b)->deleted);
        CHECK(there.get(QStringLiteral("activity"), visitB)->text(QStringLiteral("person_id")) == a);
        CHECK(phoneOf(laptop->db->db(), a) == QStringLiteral("+36 70 123 4567"));
        CHECK(there.get(QStringLiteral("person"), a)->text(QStringLiteral("email")) ==
              QStringLiteral("timi@example.org"));
        CHECK(there.get(QStringLiteral("person"), a)->text(QStringLiteral("notes")) ==
              QStringLiteral("Prefers calls after 4 pm."));
        CHECK(ExchangeWorld::conflictSet(laptop->db->db()) == ExchangeWorld::conflictSet(world.central().db()));
        auto notes = ConflictStore(laptop->db->db()).open();
        REQUIRE(notes->size() == 1);
        QStringList offered;
        for (const Candidate& c : notes->first().candidates) {
            offered.append(c.value.toString());
        }
        CHECK(offered.contains(QStringLiteral("Lives with her aunt; works at the bakery.")));
        CHECK(offered.contains(QStringLiteral("Prefers calls after 4 pm.")));
    }
    // (Peter's own late visit still points at the merged id on his laptop: docs/exchange.md, "What is
    // not done".)
    CHECK(checkProblems(erika.db->db()).isEmpty());
}

TEST_CASE("Conflicts on special-category data are marked, so that nothing settles them silently", "[exchange]") {
    ExchangeWorld world;
    Builders make(world.central().db());
    const QString entry =
        make.create(QStringLiteral("entry_record"), {{QStringLiteral("person_id"), world.people().at(0)},
                                                     {QStringLiteral("entry_date"), QStringLiteral("2026-02-01")},
                                                     {QStringLiteral("labour_status"), QStringLiteral("unemployed")},
                                                     {QStringLiteral("isced"), QStringLiteral("isced1")},
                                                     {QStringLiteral("minority"), QStringLiteral("declined")}});
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(RecordStore(erika.db->db())
                .update(QStringLiteral("entry_record"), entry, {{QStringLiteral("minority"), QStringLiteral("yes")}},
                        QStringLiteral("asked again")));
    world.tick();
    REQUIRE(RecordStore(peter.db->db())
                .update(QStringLiteral("entry_record"), entry, {{QStringLiteral("minority"), QStringLiteral("no")}},
                        QStringLiteral("asked again")));
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    auto open = ConflictStore(world.central().db()).open();
    REQUIRE(open->size() == 1);
    CHECK(open->first().sensitive);
}

TEST_CASE("A conflict on special-category data keeps the answer from before until a person decides, in any order",
          "[exchange][merge]") {
    ExchangeWorld world;
    const QString entry = entryRecord(world, {{QStringLiteral("minority"), QStringLiteral("declined")}});
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(RecordStore(erika.db->db())
                .update(QStringLiteral("entry_record"), entry, {{QStringLiteral("minority"), QStringLiteral("yes")}},
                        QStringLiteral("asked again")));
    world.tick();
    REQUIRE(RecordStore(peter.db->db())
                .update(QStringLiteral("entry_record"), entry, {{QStringLiteral("minority"), QStringLiteral("no")}},
                        QStringLiteral("asked again")));
    const QByteArray a = world.exportFrom(erika);
    const QByteArray b = world.exportFrom(peter);
    const auto ab = world.mergeIntoCopy({a, b});
    const auto ba = world.mergeIntoCopy({b, a});
    CHECK(ab.hash == ba.hash);
    CHECK(ab.conflicts == ba.conflicts);
    CHECK(ab.problems.isEmpty());

    world.mergeIntoCentral(b);
    world.mergeIntoCentral(a);
    Database& central = world.central().db();
    const auto minority = [&](Database& db) {
        return RecordStore(db).get(QStringLiteral("entry_record"), entry)->text(QStringLiteral("minority"));
    };
    // Not Peter's later "no" (the provisional winner): the answer from before, until someone decides.
    CHECK(minority(central) == QStringLiteral("declined"));
    auto open = ConflictStore(central).open();
    REQUIRE(open->size() == 1);
    const ConflictInfo c = open->first();
    CHECK(c.sensitive);
    CHECK(c.current.toString() == QStringLiteral("declined"));

    // Neither an edit here nor a batch file settles it, and nothing changes.
    const QByteArray before = ExchangeWorld::dumpHash(central);
    CHECK_FALSE(RecordStore(central)
                    .update(QStringLiteral("entry_record"), entry, {{QStringLiteral("minority"), QStringLiteral("no")}},
                            QStringLiteral("decided by phone"))
                    .ok());
    QBuffer batch;
    batch.setData(QStringLiteral("{\"op\": \"update\", \"table\": \"entry_record\", \"id\": \"%1\", \"fields\": "
                                 "{\"minority\": \"no\"}, \"note\": \"bulk fix\"}\n")
                      .arg(entry)
                      .toUtf8());
    batch.open(QIODevice::ReadOnly);
    CHECK_FALSE(BatchApply::apply(central, batch).ok());
    CHECK(ExchangeWorld::dumpHash(central) == before);
    CHECK(ExchangeWorld::conflictSet(central).size() == 1);

    // A later change of another field of the record merges, and the answer still waits.
    world.tick();
    REQUIRE(RecordStore(erika.db->db())
                .update(QStringLiteral("entry_record"), entry,
                        {{QStringLiteral("labour_status"), QStringLiteral("employed")}}, QStringLiteral("new job")));
    CHECK(world.mergeIntoCentral(world.exportFrom(erika)).status == ImportStatus::Applied);
    CHECK(minority(central) == QStringLiteral("declined"));
    CHECK(ExchangeWorld::conflictSet(central).size() == 1);

    // The laptops hold the answer from before too, until the decision reaches them.
    REQUIRE(world.mergeIntoLaptop(peter, world.returnTo(peter)).status == ImportStatus::Applied);
    CHECK(minority(peter.db->db()) == QStringLiteral("declined"));

    int no = -1;
    for (int i = 0; i < c.candidates.size(); ++i) {
        if (c.candidates.at(i).value.toString() == QStringLiteral("no")) {
            no = i;
        }
    }
    REQUIRE(no >= 0);
    REQUIRE(ConflictStore(central).take(c.id, no).ok());
    CHECK(minority(central) == QStringLiteral("no"));
    CHECK(ExchangeWorld::conflictSet(central).isEmpty());
    CHECK(checkProblems(central).isEmpty());
    REQUIRE(world.mergeIntoLaptop(peter, world.returnTo(peter)).status == ImportStatus::Applied);
    CHECK(minority(peter.db->db()) == QStringLiteral("no"));
    CHECK(ExchangeWorld::conflictSet(peter.db->db()).isEmpty());
}

TEST_CASE("A value written on top of one side of a conflict on special-category data takes that side's place",
          "[exchange][merge]") {
    ExchangeWorld world;
    const QString entry = entryRecord(world);
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const auto answer = [&](ExchangeWorld::Laptop& laptop, const char* value) {
        world.tick();
        REQUIRE(RecordStore(laptop.db->db())
                    .update(QStringLiteral("entry_record"), entry,
                            {{QStringLiteral("disability"), QString::fromLatin1(value)}}, QStringLiteral("asked")));
    };
    answer(erika, "yes");
    answer(peter, "declined");
    const QByteArray a = world.exportFrom(erika);
    const QByteArray b1 = world.exportFrom(peter);
    // Peter asks again, not knowing of Erika's answer: his "no" continues his side.
    answer(peter, "no");
    const QByteArray b2 = world.exportFrom(peter);

    const auto first = world.mergeIntoCopy({a, b1, b2});
    for (const auto& order : {QList<QByteArray>{b1, b2, a}, QList<QByteArray>{b1, a, b2}}) {
        const auto other = world.mergeIntoCopy(order);
        CHECK(other.hash == first.hash);
        CHECK(other.conflicts == first.conflicts);
    }
    CHECK(first.problems.isEmpty());

    for (const QByteArray& file : {a, b1, b2}) {
        REQUIRE(world.mergeIntoCentral(file).status == ImportStatus::Applied);
    }
    Database& central = world.central().db();
    auto open = ConflictStore(central).open();
    REQUIRE(open->size() == 1);
    const ConflictInfo c = open->first();
    CHECK(c.sensitive);
    QStringList offered;
    for (const auto& candidate : c.candidates) {
        offered.append(candidate.value.toString());
    }
    offered.sort();
    // Erika's "yes" and Peter's latest "no"; his "declined" was an answer he gave up himself.
    CHECK(offered == QStringList{QStringLiteral("no"), QStringLiteral("yes")});
    CHECK(
        RecordStore(central).get(QStringLiteral("entry_record"), entry)->text(QStringLiteral("disability")).isEmpty());
    CHECK(checkProblems(central).isEmpty());
}

TEST_CASE("A change that cannot be used is set aside with its reason, and the rest of the file is merged",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto me = ExchangeIdentity::laptop(erika.db->db());
    REQUIRE(me.ok());
    PackageHeader header;
    header.programmeId = uuidBytes(me->programmeId);
    header.senderId = uuidBytes(me->deviceId);
    header.sequence = 1;
    header.changeCount = 2;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto writer = PackageWriter::sealed(out, header, me->centralBoxPublic, me->signSecret);
    REQUIRE(writer.ok());
    WireChange good;
    good.changeId = erika.db->db().ids().next();
    good.table = QStringLiteral("person");
    good.recordId = world.people().at(1);
    good.op = QStringLiteral("update");
    good.fields = R"({"languages":[null,"romani"]})";
    good.hlc = erika.db->db().hlc().now();
    good.device = me->deviceId;
    good.user = QStringLiteral("erika");
    WireChange bad = good;
    bad.changeId = erika.db->db().ids().next();
    bad.fields = R"({"birth_date":[null,"31.02.2004"]})";
    REQUIRE((*writer)->addChange(bad));
    REQUIRE((*writer)->addChange(good));
    REQUIRE((*writer)->finish());
    const auto report = world.mergeIntoCentral(out.buffer());
    CHECK(report.status == ImportStatus::Applied);
    CHECK(report.counts.quarantined == 1);
    CHECK(report.counts.quarantineReasons.size() == 1);
    CHECK(RecordStore(world.central().db())
              .get(QStringLiteral("person"), world.people().at(1))
              ->text(QStringLiteral("languages")) == QStringLiteral("romani"));
    Statement st(world.central().db(), QStringLiteral("SELECT count(*) FROM exchange_quarantine"));
    CHECK(st.scalar()->toInt() == 1);
    // The import log names the file by its SHA-256.
    Statement hash(world.central().db(),
                   QStringLiteral("SELECT file_hash FROM exchange_import ORDER BY rowid DESC LIMIT 1"));
    CHECK(hash.scalar()->toString() ==
          QString::fromLatin1(QCryptographicHash::hash(out.buffer(), QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("A database of schema 1 migrates into the exchange, and its old deletes fold as having seen everything",
          "[exchange]") {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, QStringLiteral("schema-v1.db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const QByteArray before = ExchangeWorld::dumpHash(**db);
    // Fold every record again from its history, as a merge would: nothing changes, nothing conflicts.
    Statement st(**db, QStringLiteral("SELECT DISTINCT table_name, record_id FROM change_log ORDER BY 1, 2"));
    REQUIRE(st.exec());
    QList<QPair<QString, QString>> records;
    while (st.next()) {
        records.append({st.value(0).toString(), st.value(1).toString()});
    }
    REQUIRE(records.size() > 20);
    {
        Transaction tx(**db);
        Merger merger(**db);
        REQUIRE(merger.begin());
        for (const auto& [table, id] : records) {
            REQUIRE(merger.refold(*Schema::instance().table(table), id));
        }
        REQUIRE(tx.commit());
    }
    CHECK(ExchangeWorld::dumpHash(**db) == before);
    CHECK(ExchangeWorld::conflictSet(**db).isEmpty());
    CHECK(checkProblems(**db).isEmpty());
}

TEST_CASE("A new record whose id is already in the table without a history folds instead of stopping the merge",
          "[exchange]") {
    test::TestDatabase t;
    Database& db = t.db();
    const QString id = db.ids().next();
    // A row that no change wrote, as another tool might have left it.
    REQUIRE(db.exec(QStringLiteral("INSERT INTO locality(id, hlc, updated_by, origin, name, country) "
                                   "VALUES ('%1', 1, 'tool', 'tool', 'Régi név', 'HU')")
                        .arg(id)));
    WireChange create;
    create.changeId = db.ids().next();
    create.table = QStringLiteral("locality");
    create.recordId = id;
    create.op = QStringLiteral("create");
    create.fields = R"({"country":[null,"HU"],"name":[null,"Hetes"]})";
    create.hlc = db.hlc().now();
    create.device = db.ids().next();
    create.user = QStringLiteral("erika");
    {
        Transaction tx(db);
        Merger merger(db);
        REQUIRE(merger.begin());
        REQUIRE(merger.add(create));
        REQUIRE(merger.finish());
        CHECK(merger.counts().newRecords == 0);
        CHECK(merger.counts().changedRecords == 1);
        REQUIRE(tx.commit());
    }
    Statement st(db, QStringLiteral("SELECT count(*), max(name) FROM locality WHERE id = ?"));
    st.bind(id);
    REQUIRE(st.exec());
    REQUIRE(st.next());
    CHECK(st.value(0).toInt() == 1);
    CHECK(st.value(1).toString() == QStringLiteral("Hetes"));
}
