// SPDX-License-Identifier: GPL-3.0-or-later
// Which targets a report's period and place take, and the rules an indicator's parameters and a
// target's period must follow wherever they are saved.
#include "Builders.h"
#include "TestDatabase.h"

#include "domain/BatchApply.h"
#include "domain/RecordStore.h"
#include "reports/IndicatorTargets.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

const QDate kStart(2025, 1, 1);
const QDate kEnd(2027, 12, 31);

TargetRow row(const QString& id, const QString& period, const QDate& start, double target,
              const QString& locality = {}) {
    return {id, period, start, locality, target};
}

TargetChoice choose(const QList<TargetRow>& targets, const QDate& from, const QDate& to, const QString& locality = {}) {
    return IndicatorTargets::choose(targets, {from, to, locality}, kStart, kEnd);
}

// Forums: 6 in the programme, 2 a year, the quarters of 2026 (0, 1, 0, 1) and April 2026 (1).
const QList<TargetRow> kForums = {
    row(QStringLiteral("w"), QStringLiteral("whole_programme"), {}, 6),
    row(QStringLiteral("y25"), QStringLiteral("year"), QDate(2025, 1, 1), 2),
    row(QStringLiteral("y26"), QStringLiteral("year"), QDate(2026, 1, 1), 2),
    row(QStringLiteral("y27"), QStringLiteral("year"), QDate(2027, 1, 1), 2),
    row(QStringLiteral("q1"), QStringLiteral("quarter"), QDate(2026, 1, 1), 0),
    row(QStringLiteral("q2"), QStringLiteral("quarter"), QDate(2026, 4, 1), 1),
    row(QStringLiteral("q3"), QStringLiteral("quarter"), QDate(2026, 7, 1), 0),
    row(QStringLiteral("q4"), QStringLiteral("quarter"), QDate(2026, 10, 1), 1),
    row(QStringLiteral("m4"), QStringLiteral("month"), QDate(2026, 4, 1), 1),
};

QString apply(test::TestDatabase& t, const QByteArray& lines) {
    QBuffer in;
    in.setData(lines);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto done = BatchApply::apply(t.db(), in);
    return done.ok() ? QString() : done.error().message;
}

} // namespace

TEST_CASE("A period takes the largest kind of target that lies within it, added up", "[reports]") {
    // The whole programme: its own target.
    CHECK(choose(kForums, kStart, kEnd).target == 6);
    CHECK(choose(kForums, kStart, kEnd).period == QStringLiteral("whole_programme"));
    // A scope without dates is the whole programme too.
    CHECK(choose(kForums, {}, {}).target == 6);
    // A year: its own year's target, not its quarters.
    CHECK(choose(kForums, QDate(2026, 1, 1), QDate(2026, 12, 31)).ids == QStringList{QStringLiteral("y26")});
    // Two years: the sum of their year targets.
    CHECK(choose(kForums, QDate(2025, 1, 1), QDate(2026, 12, 31)).target == 4);
    // A quarter: its quarter's; a month: its month's.
    CHECK(choose(kForums, QDate(2026, 4, 1), QDate(2026, 6, 30)).ids == QStringList{QStringLiteral("q2")});
    CHECK(choose(kForums, QDate(2026, 4, 1), QDate(2026, 4, 30)).ids == QStringList{QStringLiteral("m4")});
    // The first half of 2026: no year lies within it, its two quarters do: 0 + 1.
    const TargetChoice half = choose(kForums, QDate(2026, 1, 1), QDate(2026, 6, 30));
    CHECK(half.found);
    CHECK(half.period == QStringLiteral("quarter"));
    CHECK(half.target == 1);
    // Mid-February to March: no quarter or month target lies within it; nothing is pro-rated.
    CHECK_FALSE(choose(kForums, QDate(2026, 2, 15), QDate(2026, 3, 31)).found);
    // A year without a year target sums its quarters.
    QList<TargetRow> quarters = kForums.mid(4);
    CHECK(choose(quarters, QDate(2026, 1, 1), QDate(2026, 12, 31)).target == 2);
    CHECK(choose(quarters, QDate(2026, 1, 1), QDate(2026, 12, 31)).period == QStringLiteral("quarter"));
}

TEST_CASE("A locality takes its own targets and the whole programme sums them when it has none", "[reports]") {
    const QList<TargetRow> places = {
        row(QStringLiteral("a"), QStringLiteral("year"), QDate(2026, 1, 1), 1, QStringLiteral("L1")),
        row(QStringLiteral("b"), QStringLiteral("year"), QDate(2026, 1, 1), 3, QStringLiteral("L2")),
    };
    CHECK(choose(places, QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("L1")).target == 1);
    const TargetChoice all = choose(places, QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(all.target == 4);
    CHECK(all.summedPlaces);
    CHECK_FALSE(choose(places, QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("L3")).found);
    // With a target of its own, the whole programme takes that one only.
    QList<TargetRow> both = places;
    both.append(row(QStringLiteral("c"), QStringLiteral("year"), QDate(2026, 1, 1), 10));
    CHECK(choose(both, QDate(2026, 1, 1), QDate(2026, 12, 31)).target == 10);
    CHECK_FALSE(choose(both, QDate(2026, 1, 1), QDate(2026, 12, 31)).summedPlaces);
}

TEST_CASE("Two targets for the same period and place count once, the later one", "[reports]") {
    const QList<TargetRow> twice = {
        row(QStringLiteral("0190f5c2-0000-7000-8000-000000000001"), QStringLiteral("year"), QDate(2026, 1, 1), 5),
        row(QStringLiteral("0190f5c2-0000-7000-8000-000000000009"), QStringLiteral("year"), QDate(2026, 1, 1), 7),
    };
    const TargetChoice c = choose(twice, QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(c.target == 7);
    CHECK(c.ids.size() == 1);
}

TEST_CASE("An indicator's parameters are checked when it is saved, with the reason", "[reports]") {
    test::TestDatabase t;
    RecordStore store(t.db());
    const auto make = [&](const QString& kind, const QString& params) {
        QVariantMap fields = {{QStringLiteral("code"), QStringLiteral("X-1")},
                              {QStringLiteral("name"), QStringLiteral("X")},
                              {QStringLiteral("unit"), QStringLiteral("people")},
                              {QStringLiteral("kind"), kind}};
        if (!params.isEmpty()) {
            fields.insert(QStringLiteral("params"), params);
        }
        return store.create(QStringLiteral("indicator"), fields);
    };
    CHECK(make(QStringLiteral("participants"), QStringLiteral(R"({"age_min": 16, "age_max": 55})")).ok());
    CHECK(make(QStringLiteral("events_held"), QString()).ok());
    CHECK(make(QStringLiteral("esf_common"), QStringLiteral(R"({"code": "EECO11"})")).ok());

    const auto refused = [&](const QString& kind, const QString& params, const QString& says) {
        INFO(kind.toStdString() << ' ' << params.toStdString());
        auto id = make(kind, params);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::InvalidInput);
        CHECK(id.error().field == QStringLiteral("params"));
        INFO(id.error().message.toStdString());
        CHECK(id.error().message.contains(says));
    };
    refused(QStringLiteral("esf_common"), QString(), QStringLiteral("needs the parameter \"code\""));
    refused(QStringLiteral("esf_common"), QStringLiteral(R"({"code": "EECO99"})"), QStringLiteral("EECO01"));
    refused(QStringLiteral("participants"), QStringLiteral(R"({"age_min": "sixteen"})"),
            QStringLiteral("whole number from 0 to 130"));
    refused(QStringLiteral("participants"), QStringLiteral(R"({"age_min": 60, "age_max": 20})"),
            QStringLiteral("cannot be above"));
    refused(QStringLiteral("participants"), QStringLiteral(R"({"labour_status": ["retired"]})"),
            QStringLiteral("long_term_unemployed"));
    refused(QStringLiteral("participants"), QStringLiteral(R"({"labour_status": []})"), QStringLiteral("one or more"));
    refused(QStringLiteral("events_held"), QStringLiteral(R"({"kind": ["forum"]})"),
            QStringLiteral("no parameter \"kind\""));
    refused(QStringLiteral("staff_trained"), QStringLiteral(R"({"role": ["municipal_staff"]})"),
            QStringLiteral("min_hours"));
    refused(QStringLiteral("staff_active"), QStringLiteral(R"({"experience_expert": "yes"})"),
            QStringLiteral("true or false"));
    refused(QStringLiteral("events_held"), QStringLiteral("[1, 2]"), QStringLiteral("one JSON object"));
}

TEST_CASE("A batch file with bad indicator parameters or target periods is refused whole", "[reports][apply]") {
    test::TestDatabase t;
    const QByteArray good =
        R"({"op": "create", "table": "indicator", "id": "0190f5c2-0000-7000-8000-0000000000a1", "fields": {"code": "CC-1", "name": "Forums", "unit": "events", "kind": "events_held", "params": {"event_kind": ["forum"]}}})"
        "\n";
    CHECK(
        apply(
            t,
            good +
                R"({"op": "create", "table": "indicator_target", "fields": {"indicator_id": "0190f5c2-0000-7000-8000-0000000000a1", "period": "quarter", "period_start": "2026-04-01", "target": 1}})"
                "\n")
            .isEmpty());
    test::TestDatabase u;
    CHECK(
        apply(
            u,
            good +
                R"({"op": "create", "table": "indicator_target", "fields": {"indicator_id": "0190f5c2-0000-7000-8000-0000000000a1", "period": "quarter", "period_start": "2026-05-01", "target": 1}})"
                "\n")
            .contains(QStringLiteral("first day")));
    CHECK(
        apply(
            u,
            good +
                R"({"op": "create", "table": "indicator_target", "fields": {"indicator_id": "0190f5c2-0000-7000-8000-0000000000a1", "period": "whole_programme", "period_start": "2026-01-01", "target": 6}})"
                "\n")
            .contains(QStringLiteral("leave it empty")));
    CHECK(
        apply(
            u,
            R"({"op": "create", "table": "indicator", "fields": {"code": "CC-1", "name": "Forums", "unit": "events", "kind": "events_held", "params": {"event_kind": ["fair"]}}})"
            "\n")
            .contains(QStringLiteral("event_kind")));
    // Nothing of the refused files was written.
    auto left = RecordStore(u.db()).findBy(QStringLiteral("indicator"), QStringLiteral("code"), QStringLiteral("CC-1"));
    REQUIRE(left.ok());
    CHECK(left->isEmpty());
}
