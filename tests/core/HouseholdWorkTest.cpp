// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "casework/HouseholdWork.h"
#include "domain/ChangeLog.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace fieldcase;

namespace {

struct Family {
    test::TestDatabase t;
    test::Builders make{t.db()};
    core::RecordStore& store = make.store();
    QString village = make.locality(QStringLiteral("Alsóberény"));
    QString lakatos = make.household(village, QStringLiteral("Lakatos"));
    QString rostas = make.household(village, QStringLiteral("Rostás"));
    QString agnes =
        make.person(lakatos, QStringLiteral("Lakatos"), QStringLiteral("Ágnes"), QStringLiteral("1984-02-11"),
                    {{QStringLiteral("relationship"), QStringLiteral("head")}});
    QString jozsef =
        make.person(lakatos, QStringLiteral("Lakatos"), QStringLiteral("József"), QStringLiteral("1980-07-01"),
                    {{QStringLiteral("relationship"), QStringLiteral("spouse")}});

    QString head(const QString& household) {
        return store.get(QStringLiteral("household"), household)->text(QStringLiteral("head_person_id"));
    }
    QString relationship(const QString& person) {
        return store.get(QStringLiteral("person"), person)->text(QStringLiteral("relationship"));
    }
    void sync(const QString& person) { REQUIRE(core::HouseholdWork(t.db()).syncHead(person)); }
    QList<core::Change> log(const QString& table, const QString& id) {
        auto changes = core::ChangeLog(t.db()).forRecord(table, id);
        REQUIRE(changes);
        return *changes;
    }
};

} // namespace

TEST_CASE("A member saved as head becomes the household's head, with the change logged", "[casework]") {
    Family f;
    f.sync(f.agnes);
    CHECK(f.head(f.lakatos) == f.agnes);
    const auto log = f.log(QStringLiteral("household"), f.lakatos);
    REQUIRE(log.size() == 2);
    CHECK(log.last().fields.value(QStringLiteral("head_person_id")).toArray().at(1).toString() == f.agnes);
    // Saving again changes nothing and logs nothing.
    f.sync(f.agnes);
    CHECK(f.log(QStringLiteral("household"), f.lakatos).size() == 2);
}

TEST_CASE("When another member becomes head the household has one head again", "[casework]") {
    Family f;
    f.sync(f.agnes);
    REQUIRE(
        f.store.update(QStringLiteral("person"), f.jozsef, {{QStringLiteral("relationship"), QStringLiteral("head")}}));
    f.sync(f.jozsef);
    CHECK(f.head(f.lakatos) == f.jozsef);
    // The former head is no longer recorded as head; the log keeps what she was.
    CHECK(f.relationship(f.agnes).isEmpty());
    const auto log = f.log(QStringLiteral("person"), f.agnes);
    REQUIRE(log.size() == 2);
    CHECK(log.last().fields.value(QStringLiteral("relationship")).toArray().at(0).toString() == QStringLiteral("head"));
    CHECK(f.relationship(f.jozsef) == QStringLiteral("head"));
}

TEST_CASE("A head who is no longer head or moves out leaves the household without a head", "[casework]") {
    Family f;
    f.sync(f.agnes);
    SECTION("saved with another relationship") {
        REQUIRE(f.store.update(QStringLiteral("person"), f.agnes,
                               {{QStringLiteral("relationship"), QStringLiteral("spouse")}}));
        f.sync(f.agnes);
        CHECK(f.head(f.lakatos).isEmpty());
    }
    SECTION("moved to another household as its head") {
        REQUIRE(f.store.update(QStringLiteral("person"), f.agnes, {{QStringLiteral("household_id"), f.rostas}}));
        f.sync(f.agnes);
        CHECK(f.head(f.lakatos).isEmpty());
        CHECK(f.head(f.rostas) == f.agnes);
    }
    CHECK(f.relationship(f.jozsef) == QStringLiteral("spouse"));
}

TEST_CASE("A member who is not head leaves the household's head as it was", "[casework]") {
    Family f;
    f.sync(f.agnes);
    const auto before = f.log(QStringLiteral("household"), f.lakatos).size();
    f.sync(f.jozsef);
    CHECK(f.head(f.lakatos) == f.agnes);
    CHECK(f.log(QStringLiteral("household"), f.lakatos).size() == before);
}

TEST_CASE("A head chosen in the household form becomes the member marked head, and the former one is not",
          "[casework]") {
    Family f;
    f.sync(f.agnes);
    REQUIRE(f.store.update(QStringLiteral("household"), f.lakatos, {{QStringLiteral("head_person_id"), f.jozsef}}));
    REQUIRE(core::HouseholdWork(f.t.db()).syncMembers(f.lakatos));
    CHECK(f.relationship(f.jozsef) == QStringLiteral("head"));
    CHECK(f.relationship(f.agnes).isEmpty());
    // Both relationship changes are in the change log, so the history shows who was head before.
    const auto agnesLog = f.log(QStringLiteral("person"), f.agnes);
    CHECK(agnesLog.last().fields.value(QStringLiteral("relationship")).toArray().at(0).toString() ==
          QStringLiteral("head"));
    CHECK(f.log(QStringLiteral("person"), f.jozsef).last().fields.contains(QStringLiteral("relationship")));
    // In step already: nothing more is written.
    const int logged = int(f.log(QStringLiteral("person"), f.jozsef).size());
    REQUIRE(core::HouseholdWork(f.t.db()).syncMembers(f.lakatos));
    CHECK(int(f.log(QStringLiteral("person"), f.jozsef).size()) == logged);
}

TEST_CASE("A household head who is not a member changes no member's relationship", "[casework]") {
    Family f;
    const QString outsider =
        f.make.person(f.rostas, QStringLiteral("Rostás"), QStringLiteral("Jolán"), QStringLiteral("1975-05-05"));
    REQUIRE(f.store.update(QStringLiteral("household"), f.lakatos, {{QStringLiteral("head_person_id"), outsider}}));
    REQUIRE(core::HouseholdWork(f.t.db()).syncMembers(f.lakatos));
    CHECK(f.relationship(f.agnes) == QStringLiteral("head"));
    CHECK(f.relationship(outsider).isEmpty());
}
