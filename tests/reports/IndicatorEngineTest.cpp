// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's own indicators computed on events, trainings, staff, visits, plans and hand-overs
// built by hand, against answers worked out by hand; the records behind each number; planned against
// achieved.
#include "Builders.h"
#include "TestDatabase.h"

#include "domain/RecordStore.h"
#include "reports/IndicatorEngine.h"
#include "reports/IndicatorReport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

const ReportScope k2026{QDate(2026, 1, 1), QDate(2026, 12, 31), {}};

// Today is 15 June 2026 (the test clock). Two localities, seven staff, six events, visits and plans.
struct Work {
    explicit Work(test::TestDatabase& t)
        : make(t.db()) {
        make.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("Kameno")},
                                                  {QStringLiteral("kind"), QStringLiteral("community_centre")},
                                                  {QStringLiteral("start_date"), QStringLiteral("2025-01-01")},
                                                  {QStringLiteral("end_date"), QStringLiteral("2027-12-31")}});
        one = make.locality(QStringLiteral("Kameno"), QStringLiteral("BG"));
        two = make.locality(QStringLiteral("Polski Izvor"), QStringLiteral("BG"));
        erika = make.staff(QStringLiteral("Balogh Erika"), QStringLiteral("social_worker"));
        peter = make.staff(QStringLiteral("Kovács Péter"), QStringLiteral("case_manager"));
        ilona = make.create(QStringLiteral("staff"), {{QStringLiteral("full_name"), QStringLiteral("Lakatos Ilona")},
                                                      {QStringLiteral("role"), QStringLiteral("experience_expert")},
                                                      {QStringLiteral("is_experience_expert"), true}});
        anna = make.staff(QStringLiteral("Szabó Anna"), QStringLiteral("municipal_staff"));
        bela = make.staff(QStringLiteral("Tóth Béla"), QStringLiteral("municipal_staff"));
        jeno = make.staff(QStringLiteral("Horváth Jenő"), QStringLiteral("health_mediator"));
        // An assistant who is also an experience expert.
        rita = make.create(QStringLiteral("staff"), {{QStringLiteral("full_name"), QStringLiteral("Oláh Rita")},
                                                     {QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("is_experience_expert"), true}});

        forum =
            event(QStringLiteral("forum"), QStringLiteral("Spring forum"), QStringLiteral("2026-04-20"), 3, one, erika);
        event(QStringLiteral("forum"), QStringLiteral("Autumn forum"), QStringLiteral("2025-10-15"), 3, one, erika);
        training = event(QStringLiteral("training"), QStringLiteral("Equal opportunities"),
                         QStringLiteral("2026-02-10"), 10, one, peter);
        secondTraining = event(QStringLiteral("training"), QStringLiteral("Preventing discrimination"),
                               QStringLiteral("2026-05-05"), 4, two, {});
        // Planned for September: not held yet.
        event(QStringLiteral("thematic_day"), QStringLiteral("Health day"), QStringLiteral("2026-09-10"), 5, one, {});
        meeting = event(QStringLiteral("community_meeting"), QStringLiteral("Budget hearing"),
                        QStringLiteral("2026-03-03"), 2, two, {});
        // Entered by mistake and deleted.
        const QString wrong =
            event(QStringLiteral("forum"), QStringLiteral("Duplicate"), QStringLiteral("2026-05-01"), 3, one, {});
        REQUIRE(make.store().remove(QStringLiteral("event"), wrong));

        // Anna: 10 hours at the first training, and a 2-hour training of her own. Béla: 6 of the first
        // (he left early) and 4 at the second. Ilona spoke at the first (that is not being trained).
        attend(training, anna, QVariant());
        attend(training, bela, 6.0);
        attend(training, ilona, QVariant(), QStringLiteral("speaker"));
        attend(secondTraining, bela, 4.0);
        // Withdrawn attendance: Jenő was marked by mistake, then corrected as absent.
        const QString marked = attend(training, jeno, 10.0);
        make.create(QStringLiteral("attendance"), {{QStringLiteral("event_id"), training},
                                                   {QStringLiteral("staff_id"), jeno},
                                                   {QStringLiteral("role"), QStringLiteral("staff")},
                                                   {QStringLiteral("present"), false},
                                                   {QStringLiteral("supersedes_id"), marked}});
        trainingRecord(anna, QStringLiteral("2026-01-20"), 2);
        trainingRecord(peter, QStringLiteral("2026-03-01"), 8);
        trainingRecord(jeno, QStringLiteral("2025-05-01"), 20);

        h1 = make.household(one, QStringLiteral("Asenovi"));
        h2 = make.household(two, QStringLiteral("Kolevi"));
        h3 = make.household(one, QStringLiteral("Mitevi"));
        h4 = make.household(two, QStringLiteral("Petrovi"));
        // A mother of 30, her daughter who turns 16 on the day the family plan is signed, a son of 10.
        mother = make.person(h1, QStringLiteral("Asenova"), QStringLiteral("Maria"), QStringLiteral("1996-01-15"));
        daughter = make.person(h1, QStringLiteral("Asenova"), QStringLiteral("Elena"), QStringLiteral("2010-04-01"));
        make.person(h1, QStringLiteral("Asenov"), QStringLiteral("Petar"), QStringLiteral("2016-02-02"));
        // 55 on the day she signs, and her husband 56.
        grandmother = make.person(h2, QStringLiteral("Koleva"), QStringLiteral("Vesela"), QStringLiteral("1971-03-01"));
        const QString grandfather =
            make.person(h2, QStringLiteral("Kolev"), QStringLiteral("Ivan"), QStringLiteral("1970-02-28"));
        client = make.person(h3, QStringLiteral("Mitev"), QStringLiteral("Georgi"), QStringLiteral("1985-06-06"));
        const QString unsigned_ =
            make.person(h4, QStringLiteral("Petrov"), QStringLiteral("Stoyan"), QStringLiteral("1990-09-09"));
        const QString last =
            make.person(h4, QStringLiteral("Petrova"), QStringLiteral("Rumyana"), QStringLiteral("1991-01-01"));

        plan(QStringLiteral("family"), {}, h1, QStringLiteral("2026-04-01"));
        plan(QStringLiteral("individual"), mother, {}, QStringLiteral("2026-02-01")); // Maria twice: one person
        plan(QStringLiteral("individual"), grandmother, {}, QStringLiteral("2026-03-01"));
        plan(QStringLiteral("individual"), grandfather, {}, QStringLiteral("2026-03-01"));
        plan(QStringLiteral("individual"), unsigned_, {}, {});
        plan(QStringLiteral("individual"), last, {}, QStringLiteral("2025-12-20"));

        // Erika with Ilona at the Asenovi; Erika alone at the Kolevi; Rita sees Georgi at the office;
        // Jenő visited the Kolevi in 2025 and the Petrovi in 2026, but withdrew that visit.
        const QString withIlona = visit(h1, {}, erika, QStringLiteral("2026-03-10T10:00"));
        make.create(QStringLiteral("activity_participant"),
                    {{QStringLiteral("activity_id"), withIlona},
                     {QStringLiteral("staff_id"), ilona},
                     {QStringLiteral("role"), QStringLiteral("experience_expert")}});
        visit(h2, {}, erika, QStringLiteral("2026-04-02T09:30"));
        visit({}, client, rita, QStringLiteral("2026-05-15T14:00"), QStringLiteral("consultation"));
        visit(h2, {}, jeno, QStringLiteral("2025-12-01T11:00"));
        const QString mistaken = visit(h4, {}, jeno, QStringLiteral("2026-02-02T10:00"));
        make.create(QStringLiteral("activity"), {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                                 {QStringLiteral("household_id"), h4},
                                                 {QStringLiteral("staff_id"), jeno},
                                                 {QStringLiteral("happened_at"), QStringLiteral("2026-02-02T10:00")},
                                                 {QStringLiteral("voided"), true},
                                                 {QStringLiteral("supersedes_id"), mistaken}});

        handover(mother, QStringLiteral("2026-04-10"), QStringLiteral("accepted"));
        handover(client, QStringLiteral("2026-05-10"), QStringLiteral("declined"));
        handover(grandmother, QStringLiteral("2025-11-10"), QStringLiteral("completed"));
        make.create(QStringLiteral("referral"), {{QStringLiteral("kind"), QStringLiteral("referral")},
                                                 {QStringLiteral("person_id"), client},
                                                 {QStringLiteral("from_service"), QStringLiteral("field_work")},
                                                 {QStringLiteral("to_service"), QStringLiteral("job_centre")},
                                                 {QStringLiteral("sent_date"), QStringLiteral("2026-03-01")},
                                                 {QStringLiteral("status"), QStringLiteral("sent")}});
    }

    QString event(const QString& kind, const QString& title, const QString& day, double hours, const QString& locality,
                  const QString& organiser) {
        QVariantMap fields = {{QStringLiteral("kind"), kind},
                              {QStringLiteral("title"), title},
                              {QStringLiteral("event_date"), day},
                              {QStringLiteral("hours"), hours},
                              {QStringLiteral("locality_id"), locality}};
        if (!organiser.isEmpty()) {
            fields.insert(QStringLiteral("organiser_staff_id"), organiser);
        }
        return make.create(QStringLiteral("event"), fields);
    }

    QString attend(const QString& eventId, const QString& staff, const QVariant& hours,
                   const QString& role = QStringLiteral("staff")) {
        return make.create(QStringLiteral("attendance"), {{QStringLiteral("event_id"), eventId},
                                                          {QStringLiteral("staff_id"), staff},
                                                          {QStringLiteral("role"), role},
                                                          {QStringLiteral("hours"), hours},
                                                          {QStringLiteral("present"), true}});
    }

    void trainingRecord(const QString& staff, const QString& day, double hours) {
        make.create(QStringLiteral("staff_training"), {{QStringLiteral("staff_id"), staff},
                                                       {QStringLiteral("title"), QStringLiteral("Data protection")},
                                                       {QStringLiteral("training_date"), day},
                                                       {QStringLiteral("hours"), hours}});
    }

    void plan(const QString& kind, const QString& person, const QString& household, const QString& signedOn) {
        QVariantMap fields = {{QStringLiteral("kind"), kind},
                              {QStringLiteral("status"),
                               signedOn.isEmpty() ? QStringLiteral("awaiting_signature") : QStringLiteral("active")},
                              {QStringLiteral("start_date"), QStringLiteral("2025-12-01")}};
        fields.insert(kind == QStringLiteral("family") ? QStringLiteral("household_id") : QStringLiteral("person_id"),
                      kind == QStringLiteral("family") ? household : person);
        if (!signedOn.isEmpty()) {
            fields.insert(QStringLiteral("client_signed_date"), signedOn);
        }
        make.create(QStringLiteral("plan"), fields);
    }

    QString visit(const QString& household, const QString& person, const QString& staff, const QString& at,
                  const QString& kind = QStringLiteral("home_visit")) {
        QVariantMap fields = {
            {QStringLiteral("kind"), kind}, {QStringLiteral("staff_id"), staff}, {QStringLiteral("happened_at"), at}};
        if (!household.isEmpty()) {
            fields.insert(QStringLiteral("household_id"), household);
        }
        if (!person.isEmpty()) {
            fields.insert(QStringLiteral("person_id"), person);
        }
        return make.create(QStringLiteral("activity"), fields);
    }

    void handover(const QString& person, const QString& day, const QString& status) {
        make.create(QStringLiteral("referral"), {{QStringLiteral("kind"), QStringLiteral("handover")},
                                                 {QStringLiteral("person_id"), person},
                                                 {QStringLiteral("from_service"), QStringLiteral("field_work")},
                                                 {QStringLiteral("to_service"), QStringLiteral("shelter")},
                                                 {QStringLiteral("sent_date"), day},
                                                 {QStringLiteral("status"), status}});
    }

    QString indicator(const QString& code, const QString& kind, const QJsonObject& params) {
        QVariantMap fields = {{QStringLiteral("code"), code},
                              {QStringLiteral("name"), code},
                              {QStringLiteral("unit"), QStringLiteral("records")},
                              {QStringLiteral("kind"), kind}};
        if (!params.isEmpty()) {
            fields.insert(QStringLiteral("params"),
                          QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
        }
        return make.create(QStringLiteral("indicator"), fields);
    }

    test::Builders make;
    QString one, two;
    QString erika, peter, ilona, anna, bela, jeno, rita;
    QString forum, training, secondTraining, meeting;
    QString h1, h2, h3, h4, mother, daughter, grandmother, client;
};

QJsonArray list(std::initializer_list<const char*> items) {
    QJsonArray out;
    for (const char* i : items) {
        out.append(QString::fromLatin1(i));
    }
    return out;
}

double achieved(test::TestDatabase& t, const QString& indicator, const ReportScope& scope = k2026) {
    auto value = IndicatorEngine(t.db()).achieved(indicator, scope);
    INFO((value.ok() ? std::string() : value.error().toString().toStdString()));
    REQUIRE(value.ok());
    return *value;
}

QStringList memberIds(test::TestDatabase& t, const QString& indicator, const ReportScope& scope = k2026) {
    auto rows = IndicatorEngine(t.db()).members(indicator, scope);
    REQUIRE(rows.ok());
    QStringList ids;
    for (const DrillRow& r : *rows) {
        ids.append(r.id);
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids) {
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("Events held and their hours count what took place in the period and the place", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString forums = w.indicator(QStringLiteral("F"), QStringLiteral("events_held"),
                                       {{QStringLiteral("event_kind"), list({"forum"})}});
    const QString trainings = w.indicator(QStringLiteral("T"), QStringLiteral("events_held"),
                                          {{QStringLiteral("event_kind"), list({"training"})}});
    const QString everything = w.indicator(QStringLiteral("E"), QStringLiteral("events_held"), {});
    const QString long_ =
        w.indicator(QStringLiteral("L"), QStringLiteral("events_held"), {{QStringLiteral("min_hours"), 4}});
    const QString hours = w.indicator(QStringLiteral("H"), QStringLiteral("event_hours"),
                                      {{QStringLiteral("event_kind"), list({"training"})}});
    // The spring forum; not the autumn one of 2025, not the deleted duplicate.
    CHECK(achieved(t, forums) == 1);
    CHECK(memberIds(t, forums) == QStringList{w.forum});
    // Both trainings; in Kameno only the first.
    CHECK(achieved(t, trainings) == 2);
    CHECK(achieved(t, trainings, {k2026.from, k2026.to, w.one}) == 1);
    // Forum, two trainings and the budget hearing; the health day in September is not held yet.
    CHECK(achieved(t, everything) == 4);
    CHECK(memberIds(t, everything) == sorted({w.forum, w.training, w.secondTraining, w.meeting}));
    // Four hours or more: the two trainings (10 and 4).
    CHECK(achieved(t, long_) == 2);
    CHECK(achieved(t, hours) == 14);
    auto rows = IndicatorEngine(t.db()).members(forums, k2026);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().table == QStringLiteral("event"));
    CHECK(rows->first().label == QStringLiteral("2026-04-20 Spring forum"));
}

TEST_CASE("Staff active in the period are those with recorded work in it", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString experts =
        w.indicator(QStringLiteral("X"), QStringLiteral("staff_active"), {{QStringLiteral("experience_expert"), true}});
    const QString professionals =
        w.indicator(QStringLiteral("P"), QStringLiteral("staff_active"),
                    {{QStringLiteral("role"), list({"social_worker", "case_manager", "health_mediator", "assistant"})},
                     {QStringLiteral("experience_expert"), false}});
    const QString anyone = w.indicator(QStringLiteral("A"), QStringLiteral("staff_active"), {});
    // Ilona (on a visit, speaking at a training) and Rita (an assistant who is an experience expert).
    CHECK(memberIds(t, experts) == sorted({w.ilona, w.rita}));
    // Erika (visits, the forum) and Péter (organised a training, had one); not Rita (an expert), not Jenő
    // (his 2026 visit was withdrawn, his attendance corrected to absent, his training was in 2025).
    CHECK(memberIds(t, professionals) == sorted({w.erika, w.peter}));
    // Everyone but Jenő: Anna and Béla attended trainings.
    CHECK(achieved(t, anyone) == 6);
    // In Polski Izvor: Erika visited the Kolevi, Béla was at the second training. Trainings of their own
    // have no place.
    CHECK(memberIds(t, anyone, {k2026.from, k2026.to, w.two}) == sorted({w.erika, w.bela}));
    // In 2025: Jenő (his visit to the Kolevi, his training) and Erika (the autumn forum).
    CHECK(memberIds(t, anyone, {QDate(2025, 1, 1), QDate(2025, 12, 31), {}}) == sorted({w.jeno, w.erika}));
}

TEST_CASE("Staff trained count the hours of their trainings and of training events they attended", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString ten =
        w.indicator(QStringLiteral("M10"), QStringLiteral("staff_trained"),
                    {{QStringLiteral("role"), list({"municipal_staff"})}, {QStringLiteral("min_hours"), 10}});
    const QString eleven =
        w.indicator(QStringLiteral("M11"), QStringLiteral("staff_trained"),
                    {{QStringLiteral("role"), list({"municipal_staff"})}, {QStringLiteral("min_hours"), 11}});
    const QString anyRole =
        w.indicator(QStringLiteral("A8"), QStringLiteral("staff_trained"), {{QStringLiteral("min_hours"), 8}});
    // Anna: 10 (the event's hours, none recorded for her) + 2 = 12. Béla: 6 + 4 = 10.
    CHECK(memberIds(t, ten) == sorted({w.anna, w.bela}));
    CHECK(memberIds(t, eleven) == QStringList{w.anna});
    // Péter: his own 8 hours (he organised the training, which does not train him). Ilona spoke: 0.
    // Jenő: corrected to absent, and his 20 hours were in 2025.
    CHECK(memberIds(t, anyRole) == sorted({w.anna, w.bela, w.peter}));
    // In Kameno only the first training counts: Anna 10, Béla 6.
    CHECK(memberIds(t, ten, {k2026.from, k2026.to, w.one}) == QStringList{w.anna});
}

TEST_CASE("Households served, signed plans and hand-overs count people and families once", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString served = w.indicator(QStringLiteral("S"), QStringLiteral("households_served"), {});
    const QString team =
        w.indicator(QStringLiteral("S2"), QStringLiteral("households_served"), {{QStringLiteral("min_staff"), 2}});
    const QString plans = w.indicator(QStringLiteral("PL"), QStringLiteral("signed_plans"),
                                      {{QStringLiteral("age_min"), 16}, {QStringLiteral("age_max"), 55}});
    const QString family = w.indicator(QStringLiteral("PF"), QStringLiteral("signed_plans"),
                                       {{QStringLiteral("plan_kind"), list({"family"})}});
    const QString handed = w.indicator(QStringLiteral("HO"), QStringLiteral("handovers"),
                                       {{QStringLiteral("status"), list({"sent", "accepted", "completed"})}});
    const QString anyHandover = w.indicator(QStringLiteral("HA"), QStringLiteral("handovers"), {});
    // The Asenovi, the Kolevi, and the Mitevi through Georgi's consultation; not the Petrovi (withdrawn).
    CHECK(memberIds(t, served) == sorted({w.h1, w.h2, w.h3}));
    // With two staff members: the visit of Erika and Ilona.
    CHECK(memberIds(t, team) == QStringList{w.h1});
    CHECK(memberIds(t, served, {k2026.from, k2026.to, w.two}) == QStringList{w.h2});
    // 16 to 55 on the day signed: Maria (30; on two plans, one person), Elena (16 that day), Vesela (55).
    // Not Petar (10), Ivan (56), Stoyan (not signed), Rumyana (signed in 2025).
    CHECK(memberIds(t, plans) == sorted({w.mother, w.daughter, w.grandmother}));
    // The family plan covers the three Asenovi.
    CHECK(achieved(t, family) == 3);
    // Maria's accepted hand-over; Georgi's was declined, Vesela's was in 2025.
    CHECK(achieved(t, handed) == 1);
    CHECK(achieved(t, anyHandover) == 2);
    auto rows = IndicatorEngine(t.db()).members(handed, k2026);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().label == QStringLiteral("2026-04-10 Asenova Maria: field_work → shelter"));
}

TEST_CASE("Planned against achieved shows the target, the share and what is behind", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString forums = w.indicator(QStringLiteral("F"), QStringLiteral("events_held"),
                                       {{QStringLiteral("event_kind"), list({"forum"})}});
    const QString experts =
        w.indicator(QStringLiteral("X"), QStringLiteral("staff_active"), {{QStringLiteral("experience_expert"), true}});
    w.indicator(QStringLiteral("Z"), QStringLiteral("event_hours"), {});
    const auto target = [&](const QString& indicator, const QString& period, const QString& start, double value) {
        QVariantMap fields = {{QStringLiteral("indicator_id"), indicator},
                              {QStringLiteral("period"), period},
                              {QStringLiteral("target"), value}};
        if (!start.isEmpty()) {
            fields.insert(QStringLiteral("period_start"), start);
        }
        w.make.create(QStringLiteral("indicator_target"), fields);
    };
    target(forums, QStringLiteral("year"), QStringLiteral("2026-01-01"), 2);
    target(forums, QStringLiteral("whole_programme"), {}, 6);
    target(experts, QStringLiteral("year"), QStringLiteral("2026-01-01"), 1);

    auto table = IndicatorReport::table(t.db(), k2026);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 3);
    const auto cell = [&](int row, const QString& key) { return table->rows.at(row).at(table->column(key)).value; };
    // Rows in code order: F, X, Z.
    CHECK(cell(0, QStringLiteral("code")).toString() == QStringLiteral("F"));
    // One forum of two: half, one behind.
    CHECK(cell(0, QStringLiteral("target")).toDouble() == 2);
    CHECK(cell(0, QStringLiteral("achieved")).toDouble() == 1);
    CHECK(cell(0, QStringLiteral("share")).toDouble() == 0.5);
    CHECK(cell(0, QStringLiteral("behind")).toDouble() == 1);
    CHECK(table->rowData.at(0).value(QStringLiteral("indicator_id")).toString() == forums);
    CHECK(table->rowData.at(0).value(QStringLiteral("behind")).toBool());
    // Two experts against one: ahead, nothing behind.
    CHECK(cell(1, QStringLiteral("share")).toDouble() == 2.0);
    CHECK(cell(1, QStringLiteral("behind")).toDouble() == 0);
    CHECK_FALSE(table->rowData.at(1).value(QStringLiteral("behind")).toBool());
    // No target: target, share and behind empty; 3 + 10 + 4 + 2 hours achieved.
    CHECK(cell(2, QStringLiteral("target")).isNull());
    CHECK(cell(2, QStringLiteral("share")).isNull());
    CHECK(cell(2, QStringLiteral("behind")).isNull());
    CHECK(cell(2, QStringLiteral("achieved")).toDouble() == 19);
    CHECK_FALSE(table->rowData.at(2).value(QStringLiteral("has_target")).toBool());

    // The whole programme: the target of 6 against the two forums held since 2025.
    auto whole = IndicatorReport::table(t.db(), {QDate(2025, 1, 1), QDate(2027, 12, 31), {}});
    REQUIRE(whole.ok());
    CHECK(whole->rows.at(0).at(whole->column(QStringLiteral("target"))).value.toDouble() == 6);
    CHECK(whole->rows.at(0).at(whole->column(QStringLiteral("achieved"))).value.toDouble() == 2);
    CHECK(whole->rows.at(0).at(whole->column(QStringLiteral("behind"))).value.toDouble() == 4);
}

TEST_CASE("An indicator whose parameters cannot be read is shown as not computed, the rest as usual", "[reports]") {
    test::TestDatabase t;
    Work w(t);
    const QString forums = w.indicator(QStringLiteral("F"), QStringLiteral("events_held"),
                                       {{QStringLiteral("event_kind"), list({"forum"})}});
    const QString broken = w.indicator(QStringLiteral("B"), QStringLiteral("events_held"), {});
    // As a merge from a machine that checked otherwise could leave it.
    REQUIRE(t->exec(
        QStringLiteral("UPDATE indicator SET params = '{\"event_kind\": [\"fair\"]}' WHERE id = '%1'").arg(broken)));
    auto table = IndicatorReport::table(t.db(), k2026);
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 2);
    // Rows in code order: B, F.
    CHECK(table->rowData.at(0).value(QStringLiteral("indicator_id")).toString() == broken);
    CHECK_FALSE(table->rowData.at(0).value(QStringLiteral("computed")).toBool());
    CHECK(table->rows.at(0).at(table->column(QStringLiteral("achieved"))).value.isNull());
    CHECK(table->rowData.at(1).value(QStringLiteral("computed")).toBool());
    CHECK(table->rows.at(1).at(table->column(QStringLiteral("achieved"))).value.toDouble() == 1);
    CHECK(table->notes.join(QLatin1Char(' ')).contains(QStringLiteral("cannot be read: B")));
    CHECK(IndicatorEngine(t.db()).achieved(broken, k2026).error().code == ErrorCode::InvalidInput);
    CHECK(IndicatorEngine(t.db()).achieved(forums, k2026).ok());
}
