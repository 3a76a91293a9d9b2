// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "casework/DuplicateFinder.h"
#include "casework/NameKey.h"

#include <catch2/catch.hpp>

using namespace fieldcase;
using core::names::wordKey;

TEST_CASE("Spelling variants of one name across the region share a key", "[casework]") {
    CHECK(wordKey(QStringLiteral("Kovács")) == wordKey(QStringLiteral("Kovacs")));
    CHECK(wordKey(QStringLiteral("Kovács")) == wordKey(QStringLiteral("Kováč")));
    CHECK(wordKey(QStringLiteral("Csonka")) == wordKey(QStringLiteral("Čonka")));
    CHECK(wordKey(QStringLiteral("Szabó")) == wordKey(QStringLiteral("Sabo")));
    CHECK(wordKey(QStringLiteral("Zsigó")) == wordKey(QStringLiteral("Žigo")));
    CHECK(wordKey(QStringLiteral("Gulyás")) == wordKey(QStringLiteral("Gujaš")));
    CHECK(wordKey(QStringLiteral("Rostás")) == wordKey(QStringLiteral("Roštáš")));
    CHECK(wordKey(QStringLiteral("Kollár")) == wordKey(QStringLiteral("Kolár")));
    CHECK(wordKey(QStringLiteral("Horváthová")) == wordKey(QStringLiteral("Horváth")));
    CHECK(wordKey(QStringLiteral("Lakatosné")) == wordKey(QStringLiteral("Lakatos")));
    CHECK(wordKey(QStringLiteral("Petrova")) == wordKey(QStringLiteral("Petrov")));
    CHECK(wordKey(QStringLiteral("Петров")) == wordKey(QStringLiteral("Petrov")));
    CHECK(wordKey(QStringLiteral("Иванова")) == wordKey(QStringLiteral("Ivanov")));
    CHECK(wordKey(QStringLiteral("Чонка")) == wordKey(QStringLiteral("Csonka")));
    CHECK(wordKey(QStringLiteral("Ștefan")) == wordKey(QStringLiteral("Stefan")));
    // Different names stay apart.
    CHECK(wordKey(QStringLiteral("Balogh")) != wordKey(QStringLiteral("Lakatos")));
    CHECK(wordKey(QStringLiteral("Anita")) != wordKey(QStringLiteral("Aranka")));
    CHECK(core::names::editDistance(QStringLiteral("timea"), QStringLiteral("timia"), 1) == 1);
    CHECK(core::names::editDistance(QStringLiteral("timea"), QStringLiteral("zsolt"), 1) == 2);
}

TEST_CASE("Possible duplicates of a new person are found by name and birth date", "[casework]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString village = make.locality(QStringLiteral("Alsóberény"));
    const QString home = make.household(village, QStringLiteral("Lakatos"));
    const QString agnes =
        make.person(home, QStringLiteral("Lakatos"), QStringLiteral("Ágnes"), QStringLiteral("1984-02-11"),
                    {{QStringLiteral("birth_name"), QStringLiteral("Kovács")}});
    const QString bela =
        make.person(home, QStringLiteral("Lakatos"), QStringLiteral("Béla"), QStringLiteral("1981-07-30"));
    make.person(home, QStringLiteral("Lakatos"), QStringLiteral("Ágota"), QStringLiteral("1962-02-11"));
    make.person({}, QStringLiteral("Kolompár"), QStringLiteral("Béla"), QStringLiteral("1981-07-30"));
    core::DuplicateFinder finder(t.db());

    SECTION("same name written without accents and the same birth date") {
        auto found =
            finder.find({QStringLiteral("Lakatos"), QStringLiteral("Agnes"), {}, QStringLiteral("1984-02-11")});
        REQUIRE(found);
        REQUIRE(found->size() >= 1);
        CHECK(found->first().id == agnes);
        CHECK(found->first().strength == core::DuplicateCandidate::Strength::Certain);
        CHECK(found->first().household == QStringLiteral("Lakatos"));
    }
    SECTION("married name against the birth name, Slovak spelling") {
        auto found =
            finder.find({QStringLiteral("Kováčová"), QStringLiteral("Agnesa"), {}, QStringLiteral("1984-02-11")});
        REQUIRE(found);
        REQUIRE(!found->isEmpty());
        CHECK(found->first().id == agnes);
    }
    SECTION("birth date mistyped by one digit") {
        auto found = finder.find({QStringLiteral("Lakatos"), QStringLiteral("Béla"), {}, QStringLiteral("1981-07-31")});
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->first().id == bela);
        CHECK(found->first().strength == core::DuplicateCandidate::Strength::Likely);
    }
    SECTION("birth date with day and month swapped") {
        auto found =
            finder.find({QStringLiteral("Lakatos"), QStringLiteral("Agnes"), {}, QStringLiteral("1984-11-02")});
        REQUIRE(found);
        REQUIRE(!found->isEmpty());
        CHECK(found->first().id == agnes);
    }
    SECTION("no birth date: same name is still shown, as possible") {
        auto found = finder.find({QStringLiteral("Lakatos"), QStringLiteral("Béla"), {}, {}});
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->first().strength == core::DuplicateCandidate::Strength::Possible);
    }
    SECTION("a different person of the same birth date is not a duplicate") {
        auto found =
            finder.find({QStringLiteral("Horváth"), QStringLiteral("Zsolt"), {}, QStringLiteral("1981-07-30")});
        REQUIRE(found);
        CHECK(found->isEmpty());
    }
    SECTION("the person being edited is not their own duplicate") {
        auto found =
            finder.find({QStringLiteral("Lakatos"), QStringLiteral("Béla"), {}, QStringLiteral("1981-07-30")}, bela);
        REQUIRE(found);
        CHECK(found->isEmpty());
    }
}
