// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"
#include "util/Text.h"
#include "util/UuidV7.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QStringList>

using namespace fieldcase::core;

TEST_CASE("UUIDv7 ids are well formed and carry their millisecond", "[storage][ids]") {
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    UuidV7Generator ids(clock);
    const QString id = ids.next();
    CHECK(id.size() == 36);
    CHECK(UuidV7Generator::isValid(id));
    CHECK(id.at(14) == QLatin1Char('7'));
    CHECK(QStringLiteral("89ab").contains(id.at(19)));
    CHECK(UuidV7Generator::timestampMs(id) == clock.nowMs());
    CHECK_FALSE(UuidV7Generator::isValid(QStringLiteral("not-an-id")));
    CHECK(UuidV7Generator::timestampMs(QStringLiteral("0190f5c2-7a3b-4c1d-9e2f-3a4b5c6d7e8f")) == -1);
}

TEST_CASE("UUIDv7 ids sort in the order they were made, within and across milliseconds", "[storage][ids]") {
    ManualClock clock(1'700'000'000'000);
    UuidV7Generator ids(clock);
    QStringList made;
    for (int i = 0; i < 20000; ++i) {
        made.append(ids.next());
        if (i % 7 == 0) {
            clock.advance(1);
        }
    }
    QStringList sorted = made;
    sorted.sort();
    CHECK(sorted == made);
    CHECK(QSet<QString>(made.begin(), made.end()).size() == made.size());
}

TEST_CASE("UUIDv7 ids keep increasing when the wall clock steps back", "[storage][ids]") {
    ManualClock clock(1'700'000'000'000);
    UuidV7Generator ids(clock);
    const QString before = ids.next();
    clock.advance(-60'000);
    const QString after = ids.next();
    CHECK(after > before);
    CHECK(UuidV7Generator::timestampMs(after) >= UuidV7Generator::timestampMs(before));
}

TEST_CASE("UUIDv7 ids of a reseeded generator repeat", "[storage][ids]") {
    ManualClock clock(1'700'000'000'000);
    UuidV7Generator a(clock);
    UuidV7Generator b(clock);
    a.reseed(42);
    b.reseed(42);
    for (int i = 0; i < 100; ++i) {
        CHECK(a.next() == b.next());
    }
}

TEST_CASE("HLC stamps increase while the wall clock stands still", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock);
    const quint64 first = hlc.now();
    const quint64 second = hlc.now();
    CHECK(second == first + 1);
    CHECK(HybridLogicalClock::physicalMs(first) == clock.nowMs());
    CHECK(HybridLogicalClock::counter(second) == 1);
}

TEST_CASE("HLC counter restarts when the wall clock moves on", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock);
    hlc.now();
    hlc.now();
    clock.advance(5);
    const quint64 stamp = hlc.now();
    CHECK(HybridLogicalClock::physicalMs(stamp) == clock.nowMs());
    CHECK(HybridLogicalClock::counter(stamp) == 0);
}

TEST_CASE("HLC never goes back when the wall clock does", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock);
    const quint64 before = hlc.now();
    clock.advance(-3'600'000);
    const quint64 after = hlc.now();
    CHECK(after > before);
    CHECK(HybridLogicalClock::physicalMs(after) == HybridLogicalClock::physicalMs(before));
}

TEST_CASE("HLC moves past a stamp received from another device", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock);
    hlc.now();
    const quint64 remote = HybridLogicalClock::make(clock.nowMs() + 5000, 17);
    REQUIRE(hlc.observe(remote));
    const quint64 next = hlc.now();
    CHECK(next > remote);
    CHECK(HybridLogicalClock::physicalMs(next) == clock.nowMs() + 5000);
    CHECK(HybridLogicalClock::counter(next) == 18);
}

TEST_CASE("HLC refuses a stamp more than a day ahead and stays where it was", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock);
    const quint64 before = hlc.now();
    const quint64 remote = HybridLogicalClock::make(clock.nowMs() + HybridLogicalClock::kMaxDriftMs + 1, 0);
    const Status s = hlc.observe(remote);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::InvalidInput);
    CHECK(hlc.last() == before);
}

TEST_CASE("HLC borrows the next millisecond when the counter is full", "[storage][hlc]") {
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock, HybridLogicalClock::make(1'700'000'000'000, HybridLogicalClock::kCounterMask));
    const quint64 next = hlc.now();
    CHECK(HybridLogicalClock::physicalMs(next) == 1'700'000'000'001);
    CHECK(HybridLogicalClock::counter(next) == 0);
}

TEST_CASE("Folding removes case and diacritics of every supported language", "[storage][search]") {
    CHECK(text::fold(QStringLiteral("Lakatosné Kovács Őrsi Ünőke")) == QStringLiteral("lakatosne kovacs orsi unoke"));
    CHECK(text::fold(QStringLiteral("Dvořák Šťastný Ľubomír")) == QStringLiteral("dvorak stastny lubomir"));
    CHECK(text::fold(QStringLiteral("Rostaș Lăcătuș Ţîrcă")) == QStringLiteral("rostas lacatus tirca"));
    CHECK(text::fold(QStringLiteral("Łukasz")) == QStringLiteral("lukasz"));
    CHECK(text::fold(QStringLiteral("Стоянов")) == QStringLiteral("стоянов"));
}

TEST_CASE("Search queries become quoted FTS prefix terms", "[storage][search]") {
    CHECK(text::ftsPrefixQuery(QStringLiteral("  kovacs  an")) == QStringLiteral("\"kovacs\"* \"an\"*"));
    CHECK(text::ftsPrefixQuery(QStringLiteral("\"OR* NEAR(")) == QStringLiteral("\"OR\"* \"NEAR\"*"));
    CHECK(text::ftsPrefixQuery(QStringLiteral(" - ")).isEmpty());
}
