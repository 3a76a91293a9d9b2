// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of indicators and their targets travels as reference data and merges like every other
// record: concurrent edits of a target conflict, a deleted indicator takes its targets with it.
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

struct Catalogue {
    QString indicator;
    QString yearly;
    QString whole;
};

// Made on the central copy before the laptops join, so that they receive it.
Catalogue forums(ExchangeWorld& world) {
    test::Builders make(world.central().db());
    Catalogue c;
    c.indicator = make.create(QStringLiteral("indicator"),
                              {{QStringLiteral("code"), QStringLiteral("CC-1")},
                               {QStringLiteral("name"), QStringLiteral("Megyei fórumok")},
                               {QStringLiteral("unit"), QStringLiteral("events")},
                               {QStringLiteral("kind"), QStringLiteral("events_held")},
                               {QStringLiteral("params"),
                                QVariantMap{{QStringLiteral("event_kind"), QStringList{QStringLiteral("forum")}}}}});
    c.yearly =
        make.create(QStringLiteral("indicator_target"), {{QStringLiteral("indicator_id"), c.indicator},
                                                         {QStringLiteral("period"), QStringLiteral("year")},
                                                         {QStringLiteral("period_start"), QStringLiteral("2026-01-01")},
                                                         {QStringLiteral("target"), 2}});
    c.whole =
        make.create(QStringLiteral("indicator_target"), {{QStringLiteral("indicator_id"), c.indicator},
                                                         {QStringLiteral("period"), QStringLiteral("whole_programme")},
                                                         {QStringLiteral("target"), 6}});
    return c;
}

Record get(Database& db, const QString& table, const QString& id) {
    auto r = RecordStore(db).get(table, id);
    REQUIRE(r.ok());
    return *r;
}

bool sound(Database& db) {
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems.ok());
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    return problems->isEmpty();
}

} // namespace

TEST_CASE("A laptop receives the catalogue of indicators with its targets", "[exchange]") {
    ExchangeWorld world;
    const Catalogue c = forums(world);
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    CHECK(get(erika.db->db(), QStringLiteral("indicator"), c.indicator).text(QStringLiteral("name")) ==
          QStringLiteral("Megyei fórumok"));
    CHECK(
        get(erika.db->db(), QStringLiteral("indicator_target"), c.yearly).value(QStringLiteral("target")).toDouble() ==
        2);
    // A target added on the central copy later reaches the laptop with its return package.
    const QString quarter =
        test::Builders(world.central().db())
            .create(QStringLiteral("indicator_target"), {{QStringLiteral("indicator_id"), c.indicator},
                                                         {QStringLiteral("period"), QStringLiteral("quarter")},
                                                         {QStringLiteral("period_start"), QStringLiteral("2026-04-01")},
                                                         {QStringLiteral("target"), 1}});
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    CHECK_FALSE(get(erika.db->db(), QStringLiteral("indicator_target"), quarter).deleted);
}

TEST_CASE("A target changed on two laptops is a conflict that keeps both values", "[exchange][merge]") {
    ExchangeWorld world;
    const Catalogue c = forums(world);
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(RecordStore(erika.db->db())
                .update(QStringLiteral("indicator_target"), c.yearly, {{QStringLiteral("target"), 3}}));
    world.tick();
    REQUIRE(RecordStore(peter.db->db())
                .update(QStringLiteral("indicator_target"), c.yearly, {{QStringLiteral("target"), 4}}));
    const QByteArray a = world.exportFrom(erika);
    const QByteArray b = world.exportFrom(peter);
    // The other order, on a copy of the central copy as it is before either file.
    const ExchangeWorld::CopyOutcome reversed = world.mergeIntoCopy({b, a});
    CHECK(world.mergeIntoCentral(a).counts.conflicts == 0);
    CHECK(world.mergeIntoCentral(b).counts.conflicts == 1);

    auto conflicts = ConflictStore(world.central().db()).open();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    const ConflictInfo& conflict = conflicts->first();
    CHECK(conflict.table == QStringLiteral("indicator_target"));
    CHECK(conflict.field == QStringLiteral("target"));
    QList<double> values;
    for (const Candidate& k : conflict.candidates) {
        values.append(k.value.toDouble());
    }
    std::sort(values.begin(), values.end());
    CHECK(values == QList<double>{3, 4});
    // The provisional value is the later change's, whatever the order.
    CHECK(get(world.central().db(), QStringLiteral("indicator_target"), c.yearly)
              .value(QStringLiteral("target"))
              .toDouble() == 4);
    CHECK(reversed.hash == ExchangeWorld::dumpHash(world.central().db()));
    CHECK(reversed.conflicts == ExchangeWorld::conflictSet(world.central().db()));
    CHECK(sound(world.central().db()));
}

TEST_CASE("A deleted indicator takes its targets with it, on the central copy and the laptops", "[exchange][merge]") {
    ExchangeWorld world;
    const Catalogue c = forums(world);
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("indicator"), c.indicator));
    CHECK(get(erika.db->db(), QStringLiteral("indicator_target"), c.yearly).deleted);
    REQUIRE(world.mergeIntoCentral(world.exportFrom(erika)).status == ImportStatus::Applied);
    Database& central = world.central().db();
    CHECK(get(central, QStringLiteral("indicator"), c.indicator).deleted);
    CHECK(get(central, QStringLiteral("indicator_target"), c.yearly).deleted);
    CHECK(get(central, QStringLiteral("indicator_target"), c.whole).deleted);
    CHECK(sound(central));
    // Péter's laptop hears of it with its return package.
    REQUIRE(world.mergeIntoLaptop(peter, world.returnTo(peter)).status == ImportStatus::Applied);
    CHECK(get(peter.db->db(), QStringLiteral("indicator"), c.indicator).deleted);
    CHECK(get(peter.db->db(), QStringLiteral("indicator_target"), c.yearly).deleted);
    CHECK(sound(peter.db->db()));
}

TEST_CASE("A target changed on one laptop while another deletes its indicator is a conflict", "[exchange][merge]") {
    ExchangeWorld world;
    const Catalogue c = forums(world);
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(RecordStore(erika.db->db()).remove(QStringLiteral("indicator"), c.indicator));
    world.tick();
    REQUIRE(RecordStore(peter.db->db())
                .update(QStringLiteral("indicator_target"), c.whole, {{QStringLiteral("target"), 8}}));
    const QByteArray del = world.exportFrom(erika);
    const QByteArray upd = world.exportFrom(peter);
    const ExchangeWorld::CopyOutcome reversed = world.mergeIntoCopy({upd, del});
    world.mergeIntoCentral(del);
    CHECK(world.mergeIntoCentral(upd).counts.conflicts == 1);
    auto conflicts = ConflictStore(world.central().db()).open();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().table == QStringLiteral("indicator_target"));
    CHECK(conflicts->first().wholeRecord());
    // The tombstone holds until a person decides; the edit is kept in the conflict.
    CHECK(get(world.central().db(), QStringLiteral("indicator_target"), c.whole).deleted);
    bool kept = false;
    for (const Candidate& k : conflicts->first().candidates) {
        kept = kept || k.value.toObject().value(QStringLiteral("target")).toDouble() == 8;
    }
    CHECK(kept);
    CHECK(reversed.hash == ExchangeWorld::dumpHash(world.central().db()));
    CHECK(reversed.conflicts == ExchangeWorld::conflictSet(world.central().db()));
    CHECK(reversed.problems.isEmpty());
}
