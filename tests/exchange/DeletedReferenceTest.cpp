// SPDX-License-Identifier: GPL-3.0-or-later
// A record deleted on one laptop while another laptop adds something that points at it: a person
// added to a household, a visit recorded for a person. Whatever order the files come in, the
// central copy keeps the record, passes `check`, and lists the delete in the conflict inbox.
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::Builders;
using fieldcase::test::ExchangeWorld;

namespace {

QStringList checkProblems(Database& db) {
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems.ok());
    return *problems;
}

bool isDeleted(Database& db, const QString& table, const QString& id) {
    auto record = RecordStore(db).get(table, id);
    REQUIRE(record.ok());
    return record->deleted;
}

// Both orders give the same copy and conflicts, and the copy passes `check`.
void requireOrderFree(ExchangeWorld& world, const QByteArray& a, const QByteArray& b) {
    const auto ab = world.mergeIntoCopy({a, b});
    const auto ba = world.mergeIntoCopy({b, a});
    const auto twice = world.mergeIntoCopy({b, a, b, a});
    CHECK(ab.problems.isEmpty());
    CHECK(ba.problems.isEmpty());
    CHECK(ab.hash == ba.hash);
    CHECK(ab.hash == twice.hash);
    CHECK(ab.conflicts == ba.conflicts);
    CHECK(ab.conflicts == twice.conflicts);
    CHECK(ab.conflicts.size() == 1);
}

// A household that erika made, managed by peter, so that both laptops hold it.
QString sharedHousehold(ExchangeWorld& world, ExchangeWorld::Laptop& erika, ExchangeWorld::Laptop& peter) {
    // Erika's laptop joined before Peter was enrolled: it learns of him from its return package.
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    const QString household =
        Builders(erika.db->db())
            .create(QStringLiteral("household"), {{QStringLiteral("locality_id"), world.localityId()},
                                                  {QStringLiteral("name"), QStringLiteral("Horváth")},
                                                  {QStringLiteral("case_manager_id"), peter.staffId}});
    REQUIRE(world.mergeIntoCentral(world.exportFrom(erika)).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoLaptop(peter, world.returnTo(peter)).status == ImportStatus::Applied);
    REQUIRE_FALSE(isDeleted(peter.db->db(), QStringLiteral("household"), household));
    world.tick();
    return household;
}

ConflictInfo onlyConflict(Database& db) {
    auto open = ConflictStore(db).open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    return open->first();
}

int candidateWithOp(const ConflictInfo& c, const QString& op) {
    for (int i = 0; i < c.candidates.size(); ++i) {
        if (c.candidates.at(i).op == op) {
            return i;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("A household deleted on one laptop while another adds a person to it is kept and listed in the inbox",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString household = sharedHousehold(world, erika, peter);

    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("household"), household));
    world.tick();
    const QString person =
        Builders(peter.db->db())
            .person(household, QStringLiteral("Horváth"), QStringLiteral("Dzsenifer"), QStringLiteral("2011-09-30"));
    const QByteArray deleted = world.exportFrom(erika);
    const QByteArray added = world.exportFrom(peter);
    requireOrderFree(world, deleted, added);

    REQUIRE(world.mergeIntoCentral(added).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoCentral(deleted).status == ImportStatus::Applied);
    Database& central = world.central().db();
    CHECK(checkProblems(central).isEmpty());
    CHECK_FALSE(isDeleted(central, QStringLiteral("household"), household));
    CHECK(RecordStore(central).get(QStringLiteral("household"), household)->text(QStringLiteral("name")) ==
          QStringLiteral("Horváth"));

    // The inbox lists it: the delete, and the person that keeps it as the provisional winner.
    const ConflictInfo c = onlyConflict(central);
    CHECK(c.wholeRecord());
    CHECK(c.keptForReferences());
    CHECK_FALSE(c.recordDeleted);
    CHECK(c.recordTitle.contains(QStringLiteral("Horváth")));
    const int deleteIndex = candidateWithOp(c, QStringLiteral("delete"));
    REQUIRE(deleteIndex >= 0);
    CHECK(c.candidates.at(deleteIndex).device == erika.deviceId);
    CHECK(c.candidates.last().value.toArray().contains(QJsonValue(QStringLiteral("person/") + person)));
    CHECK(ConflictStore::display(c, c.candidates.last().value).contains(QStringLiteral("Person")));

    // Keeping the delete would leave the person pointing at nothing: refused, nothing changes.
    const QByteArray before = ExchangeWorld::dumpHash(central);
    CHECK_FALSE(ConflictStore(central).take(c.id, deleteIndex).ok());
    CHECK(ExchangeWorld::dumpHash(central) == before);

    // The laptop that deleted it hears of the person and keeps the household too.
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    CHECK_FALSE(isDeleted(erika.db->db(), QStringLiteral("household"), household));
    CHECK(checkProblems(erika.db->db()).isEmpty());
    CHECK(ExchangeWorld::conflictSet(erika.db->db()) == ExchangeWorld::conflictSet(central));

    // Keeping it settles the conflict, and the decision travels back.
    REQUIRE(ConflictStore(central).take(c.id, int(c.candidates.size()) - 1).ok());
    CHECK(ExchangeWorld::conflictSet(central).isEmpty());
    CHECK_FALSE(isDeleted(central, QStringLiteral("household"), household));
    CHECK(checkProblems(central).isEmpty());
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    CHECK(ExchangeWorld::conflictSet(erika.db->db()).isEmpty());
    CHECK(checkProblems(erika.db->db()).isEmpty());
}

TEST_CASE("A visit recorded for a person deleted on another laptop keeps the person with every value, in any order",
          "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString roland = world.people().at(2);
    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("person"), roland));
    world.tick();
    Builders(peter.db->db())
        .create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                             {QStringLiteral("person_id"), roland},
                                             {QStringLiteral("happened_at"), QStringLiteral("2026-06-15T09:00")},
                                             {QStringLiteral("minutes"), 30}});
    const QByteArray deleted = world.exportFrom(erika);
    const QByteArray visited = world.exportFrom(peter);
    requireOrderFree(world, deleted, visited);

    REQUIRE(world.mergeIntoCentral(deleted).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoCentral(visited).status == ImportStatus::Applied);
    Database& central = world.central().db();
    CHECK(checkProblems(central).isEmpty());
    auto person = RecordStore(central).get(QStringLiteral("person"), roland);
    CHECK_FALSE(person->deleted);
    CHECK(person->text(QStringLiteral("given_names")) == QStringLiteral("Roland"));
    const ConflictInfo c = onlyConflict(central);
    CHECK(c.keptForReferences());
    CHECK(c.recordTitle == QStringLiteral("Lakatos Roland"));
}

TEST_CASE("A person and household deleted together stay while a visit points at the person", "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString household = sharedHousehold(world, erika, peter);
    const QString person =
        Builders(peter.db->db())
            .person(household, QStringLiteral("Horváth"), QStringLiteral("Bence"), QStringLiteral("2012-02-12"));
    REQUIRE(world.mergeIntoCentral(world.exportFrom(peter)).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    world.tick();

    RecordStore erikaStore(erika.db->db());
    REQUIRE(erikaStore.remove(QStringLiteral("person"), person));
    REQUIRE(erikaStore.remove(QStringLiteral("household"), household));
    world.tick();
    Builders(peter.db->db())
        .create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                             {QStringLiteral("person_id"), person},
                                             {QStringLiteral("happened_at"), QStringLiteral("2026-06-15T11:00")},
                                             {QStringLiteral("minutes"), 45}});
    const QByteArray deleted = world.exportFrom(erika);
    const QByteArray visited = world.exportFrom(peter);
    const auto ab = world.mergeIntoCopy({deleted, visited});
    const auto ba = world.mergeIntoCopy({visited, deleted});
    CHECK(ab.hash == ba.hash);
    CHECK(ab.conflicts == ba.conflicts);
    CHECK(ab.problems.isEmpty());
    // The visit keeps the person, and the person keeps the household: two conflicts to decide.
    CHECK(ab.conflicts.size() == 2);

    world.mergeIntoCentral(visited);
    world.mergeIntoCentral(deleted);
    Database& central = world.central().db();
    CHECK_FALSE(isDeleted(central, QStringLiteral("person"), person));
    CHECK_FALSE(isDeleted(central, QStringLiteral("household"), household));
    CHECK(checkProblems(central).isEmpty());
}

TEST_CASE("A kept record is deleted again once nothing live points at it", "[exchange][merge]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    const QString household = sharedHousehold(world, erika, peter);
    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("household"), household));
    world.tick();
    const QString person =
        Builders(peter.db->db())
            .person(household, QStringLiteral("Horváth"), QStringLiteral("Kitti"), QStringLiteral("2010-05-05"));
    const QByteArray deleted = world.exportFrom(erika);
    const QByteArray added = world.exportFrom(peter);
    world.tick();
    // Peter moves the person to the Lakatos household: nothing points at the deleted one any more.
    REQUIRE(RecordStore(peter.db->db())
                .update(QStringLiteral("person"), person, {{QStringLiteral("household_id"), world.householdId()}}));
    const QByteArray moved = world.exportFrom(peter);

    const auto first = world.mergeIntoCopy({deleted, added, moved});
    const auto second = world.mergeIntoCopy({added, deleted, moved});
    const auto third = world.mergeIntoCopy({added, moved, deleted});
    CHECK(first.hash == second.hash);
    CHECK(first.hash == third.hash);
    CHECK(first.conflicts.isEmpty());
    CHECK(second.conflicts.isEmpty());
    CHECK(third.conflicts.isEmpty());
    CHECK(first.problems.isEmpty());

    world.mergeIntoCentral(added);
    world.mergeIntoCentral(deleted);
    CHECK(ExchangeWorld::conflictSet(world.central().db()).size() == 1);
    world.mergeIntoCentral(moved);
    CHECK(isDeleted(world.central().db(), QStringLiteral("household"), household));
    CHECK(ExchangeWorld::conflictSet(world.central().db()).isEmpty());
    CHECK(checkProblems(world.central().db()).isEmpty());
}
