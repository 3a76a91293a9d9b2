// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "domain/PersonDirectory.h"
#include "domain/Search.h"

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

QStringList titles(const Result<QList<SearchHit>>& hits) {
    REQUIRE(hits.ok());
    QStringList out;
    for (const SearchHit& h : *hits) {
        out.append(h.title);
    }
    return out;
}

struct Village {
    test::TestDatabase t;
    test::Builders make{t.db()};
    QString locality = make.locality(QStringLiteral("Felsőnyárád-Telep"));
    QString household = make.household(locality, QStringLiteral("Lakatos család"));
    QString kovacs = make.person(household, QStringLiteral("Kovács"), QStringLiteral("Ágnes"));
    QString lakatosne =
        make.person(household, QStringLiteral("Lakatosné Kovács"), QStringLiteral("Anita"),
                    QStringLiteral("1985-05-05"), {{QStringLiteral("birth_name"), QStringLiteral("Kovács Anita")}});
    QString horvath = make.person(household, QStringLiteral("Horváth"), QStringLiteral("Őrs"));
    QString stoyanov = make.person({}, QStringLiteral("Стоянов"), QStringLiteral("Йордан"));
    QString dvorak = make.person({}, QStringLiteral("Dvořáková"), QStringLiteral("Šárka"));
    QString rostas = make.person({}, QStringLiteral("Rostaș"), QStringLiteral("Ionuț"));
};

} // namespace

TEST_CASE("Name search ignores diacritics and case and matches word prefixes", "[storage][search]") {
    Village v;
    Search search(v.t.db());
    CHECK(titles(search.people(QStringLiteral("kovacs"))) ==
          QStringList{QStringLiteral("Kovács Ágnes"), QStringLiteral("Lakatosné Kovács Anita")});
    CHECK(titles(search.people(QStringLiteral("lakatosne"))) == QStringList{QStringLiteral("Lakatosné Kovács Anita")});
    CHECK(titles(search.people(QStringLiteral("horv"))) == QStringList{QStringLiteral("Horváth Őrs")});
    CHECK(titles(search.people(QStringLiteral("HORVATH ors"))) == QStringList{QStringLiteral("Horváth Őrs")});
    CHECK(titles(search.people(QStringLiteral("Kovács Ág"))) == QStringList{QStringLiteral("Kovács Ágnes")});
    CHECK(titles(search.people(QStringLiteral("dvorakova sarka"))) == QStringList{QStringLiteral("Dvořáková Šárka")});
    CHECK(titles(search.people(QStringLiteral("rostas ionut"))) == QStringList{QStringLiteral("Rostaș Ionuț")});
    CHECK(titles(search.people(QStringLiteral("ovacs"))).isEmpty());
}

TEST_CASE("Cyrillic names are found by Cyrillic queries", "[storage][search]") {
    Village v;
    Search search(v.t.db());
    CHECK(titles(search.people(QStringLiteral("стоя"))) == QStringList{QStringLiteral("Стоянов Йордан")});
    CHECK(titles(search.people(QStringLiteral("СТОЯНОВ йор"))) == QStringList{QStringLiteral("Стоянов Йордан")});
    CHECK(titles(search.people(QStringLiteral("stoyanov"))).isEmpty());
}

TEST_CASE("Search finds birth names, and follows renames and deletions", "[storage][search]") {
    Village v;
    Search search(v.t.db());
    // Anita's birth name is Kovács Anita; both her names find her.
    CHECK(titles(search.people(QStringLiteral("kovacs anita"))) ==
          QStringList{QStringLiteral("Lakatosné Kovács Anita")});
    REQUIRE(v.make.store().update(QStringLiteral("person"), v.horvath,
                                  {{QStringLiteral("family_name"), QStringLiteral("Sárközi")}}));
    CHECK(titles(search.people(QStringLiteral("horvath"))).isEmpty());
    CHECK(titles(search.people(QStringLiteral("sarkozi"))) == QStringList{QStringLiteral("Sárközi Őrs")});
    REQUIRE(v.make.store().remove(QStringLiteral("person"), v.dvorak));
    CHECK(titles(search.people(QStringLiteral("dvorak"))).isEmpty());
}

TEST_CASE("Households and localities are searchable too", "[storage][search]") {
    Village v;
    Search search(v.t.db());
    CHECK(titles(search.households(QStringLiteral("lakatos csal"))) == QStringList{QStringLiteral("Lakatos család")});
    CHECK(titles(search.households(QStringLiteral("petofi"))) == QStringList{QStringLiteral("Lakatos család")});
    CHECK(titles(search.localities(QStringLiteral("felsonyarad"))) == QStringList{QStringLiteral("Felsőnyárád-Telep")});
    CHECK(titles(search.localities(QStringLiteral("telep"))) == QStringList{QStringLiteral("Felsőnyárád-Telep")});
    const QStringList all = titles(search.everything(QStringLiteral("lakatos")));
    CHECK(all == QStringList{QStringLiteral("Lakatosné Kovács Anita"), QStringLiteral("Lakatos család")});
}

TEST_CASE("Queries with FTS syntax or only punctuation are taken as plain words", "[storage][search]") {
    Village v;
    Search search(v.t.db());
    CHECK(titles(search.people(QStringLiteral("\"kov"))) ==
          QStringList{QStringLiteral("Kovács Ágnes"), QStringLiteral("Lakatosné Kovács Anita")});
    CHECK(titles(search.people(QStringLiteral("NEAR( OR"))).isEmpty());
    CHECK(titles(search.people(QStringLiteral("*-:"))).isEmpty());
    CHECK(titles(search.people(QString())).isEmpty());
}

TEST_CASE("The person directory pages through everyone in name order", "[storage][search]") {
    Village v;
    PersonDirectory directory(v.t.db());
    QStringList names;
    const PersonRow* after = nullptr;
    QList<PersonRow> page;
    PersonRow last;
    do {
        auto next = directory.page({}, after, 2);
        REQUIRE(next.ok());
        page = *next;
        for (const PersonRow& r : page) {
            names.append(r.familyName);
        }
        if (!page.isEmpty()) {
            last = page.last();
            after = &last;
        }
    } while (page.size() == 2);
    CHECK(names == QStringList{QStringLiteral("Dvořáková"), QStringLiteral("Horváth"), QStringLiteral("Kovács"),
                               QStringLiteral("Lakatosné Kovács"), QStringLiteral("Rostaș"),
                               QStringLiteral("Стоянов")});
    CHECK(directory.count({}).value() == 6);
    CHECK(directory.count(QStringLiteral("kovacs")).value() == 2);
    auto filtered = directory.page(QStringLiteral("kovacs"), nullptr, 10);
    REQUIRE(filtered.ok());
    CHECK(filtered->size() == 2);
}
