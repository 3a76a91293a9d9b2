// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "casework/CaseLists.h"
#include "casework/DraftStore.h"
#include "casework/EventWork.h"
#include "casework/PlanWork.h"
#include "casework/ReferralWork.h"
#include "casework/VisitWork.h"
#include "domain/ChangeLog.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fieldcase;
using core::CaseList;

namespace {

struct Team {
    test::TestDatabase t;
    test::Builders make{t.db()};
    core::RecordStore& store = make.store();
    QString village = make.locality(QStringLiteral("Alsóberény"));
    QString town = make.locality(QStringLiteral("Sajókaza"));
    QString erika = make.staff(QStringLiteral("Balogh Erika"));
    QString jozsef = make.staff(QStringLiteral("Oláh József"), QStringLiteral("case_manager"));
    QString lakatos = make.household(village, QStringLiteral("Lakatos"));
    QString rostas = make.household(town, QStringLiteral("Rostás"));
    QString anna =
        make.person(lakatos, QStringLiteral("Lakatos"), QStringLiteral("Anna"), QStringLiteral("1985-01-02"));
    QString bence =
        make.person(lakatos, QStringLiteral("Lakatos"), QStringLiteral("Bence"), QStringLiteral("2007-03-04"));

    QList<core::CaseRow> all(const core::CaseListQuery& q, int pageSize = 2) {
        core::CaseLists lists(t.db());
        QList<core::CaseRow> rows;
        const core::CaseRow* after = nullptr;
        for (;;) {
            auto page = lists.page(q, after, pageSize);
            REQUIRE(page);
            rows += *page;
            if (page->size() < pageSize) {
                return rows;
            }
            after = &rows.constLast();
        }
    }

    QString visit(const QString& household, const QString& at, const QString& next = {}) {
        core::VisitWork work(t.db());
        QVariantMap a = {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                         {QStringLiteral("household_id"), household},
                         {QStringLiteral("happened_at"), at},
                         {QStringLiteral("staff_id"), erika}};
        if (!next.isEmpty()) {
            a.insert(QStringLiteral("next_visit_date"), next);
        }
        auto id = work.record({a, {}, {}, {}});
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("Case-work lists page through their rows in order without gaps or repeats", "[casework]") {
    Team team;
    for (int i = 0; i < 5; ++i) {
        team.make.household(team.village, QStringLiteral("Kolompár %1").arg(i));
    }
    const auto households = team.all({CaseList::Households, {}, {}});
    REQUIRE(households.size() == 7);
    CHECK(households.first().cells.first() == QStringLiteral("Kolompár 0"));
    CHECK(households.last().cells.first() == QStringLiteral("Rostás"));
    const auto villageOnly = team.all({CaseList::Households, team.village, {}});
    CHECK(villageOnly.size() == 6);
    const auto lakatosRow = std::find_if(villageOnly.begin(), villageOnly.end(),
                                         [&](const core::CaseRow& r) { return r.id == team.lakatos; });
    REQUIRE(lakatosRow != villageOnly.end());
    CHECK(lakatosRow->cells.at(3) == QStringLiteral("2"));
    core::CaseLists lists(team.t.db());
    CHECK(*lists.count({CaseList::Households, team.village, {}}) == 6);
    CHECK(lists.headers(CaseList::Households).size() == households.first().cells.size());
}

TEST_CASE("My caseload holds the people I manage and the members of households I manage", "[casework]") {
    Team team;
    REQUIRE(team.store.update(QStringLiteral("household"), team.lakatos,
                              {{QStringLiteral("case_manager_id"), team.erika}}));
    const QString other = team.make.person(team.rostas, QStringLiteral("Rostás"), QStringLiteral("Tímea"));
    REQUIRE(team.store.update(QStringLiteral("person"), other, {{QStringLiteral("case_manager_id"), team.erika}}));
    team.make.person(team.rostas, QStringLiteral("Rostás"), QStringLiteral("Zoltán"));
    const auto rows = team.all({CaseList::Caseload, team.erika, {}});
    QStringList ids;
    for (const auto& r : rows) {
        ids.append(r.id);
    }
    CHECK(ids == QStringList{team.anna, team.bence, other});
    CHECK(team.all({CaseList::Caseload, team.jozsef, {}}).isEmpty());
}

TEST_CASE("Overdue reviews and visits due this week", "[casework]") {
    Team team;
    const QDate today = team.t.clock().today(); // Monday 2026-06-15
    core::PlanWork plans(team.t.db());
    auto overdue = plans.create({{{QStringLiteral("kind"), QStringLiteral("individual")},
                                  {QStringLiteral("person_id"), team.anna},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}},
                                 {},
                                 {},
                                 {}});
    REQUIRE(overdue);
    auto fine = plans.create({{{QStringLiteral("kind"), QStringLiteral("family")},
                               {QStringLiteral("household_id"), team.lakatos},
                               {QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("start_date"), QStringLiteral("2026-05-05")}},
                              {},
                              {},
                              {}});
    REQUIRE(fine);
    const auto reviews = team.all({CaseList::OverdueReviews, {}, today});
    REQUIRE(reviews.size() == 1);
    CHECK(reviews.first().id == *overdue);
    CHECK(reviews.first().cells.at(2) == QStringLiteral("Lakatos Anna"));

    team.visit(team.lakatos, QStringLiteral("2026-06-10T10:00"), QStringLiteral("2026-06-17"));
    // Rostás: a visit due this week was already made since.
    team.visit(team.rostas, QStringLiteral("2026-06-01T09:00"), QStringLiteral("2026-06-16"));
    team.visit(team.rostas, QStringLiteral("2026-06-15T08:00"), QStringLiteral("2026-07-01"));
    const auto due = team.all({CaseList::VisitsDue, {}, today});
    REQUIRE(due.size() == 1);
    CHECK(due.first().subjectTable == QStringLiteral("household"));
    CHECK(due.first().subjectId == team.lakatos);
    CHECK(team.all({CaseList::VisitsDue, {}, today.addDays(7)}).isEmpty());
}

TEST_CASE("Drafts are kept per form until saved or discarded, outside the change log", "[casework]") {
    Team team;
    core::DraftStore drafts(team.t.db());
    core::ChangeLog log(team.t.db());
    const qint64 changes = *log.count();
    REQUIRE(drafts.save({QStringLiteral("person:new"),
                         QStringLiteral("person"),
                         {},
                         QStringLiteral("Rostás Kevin"),
                         {{QStringLiteral("family_name"), QStringLiteral("Rostás")}},
                         {}}));
    REQUIRE(drafts.save({QStringLiteral("person:new"),
                         QStringLiteral("person"),
                         {},
                         QStringLiteral("Rostás Kevin"),
                         {{QStringLiteral("family_name"), QStringLiteral("Rostás")},
                          {QStringLiteral("given_names"), QStringLiteral("Kevin")}},
                         {}}));
    team.t.reopen();
    core::DraftStore again(team.t.db());
    auto draft = again.load(QStringLiteral("person:new"));
    REQUIRE(draft);
    REQUIRE(draft->has_value());
    CHECK((*draft)->values.value(QStringLiteral("given_names")).toString() == QStringLiteral("Kevin"));
    CHECK(again.all()->size() == 1);
    CHECK(*core::ChangeLog(team.t.db()).count() == changes);
    REQUIRE(again.discard(QStringLiteral("person:new")));
    CHECK(!again.load(QStringLiteral("person:new"))->has_value());
}

TEST_CASE("A plan is created whole, reviewed with a snapshot, and its history is readable", "[casework]") {
    Team team;
    core::PlanWork plans(team.t.db());
    core::PlanInput input;
    input.plan = {{QStringLiteral("kind"), QStringLiteral("family")},
                  {QStringLiteral("household_id"), team.lakatos},
                  {QStringLiteral("title"), QStringLiteral("Lakatos family plan")},
                  {QStringLiteral("start_date"), QStringLiteral("2026-03-01")}};
    input.needs = {{{QStringLiteral("area"), QStringLiteral("education")},
                    {QStringLiteral("description"), QStringLiteral("Bence left school in grade 7")}}};
    input.goals = {{{QStringLiteral("area"), QStringLiteral("education")},
                    {QStringLiteral("title"), QStringLiteral("Bence completes primary school")},
                    {QStringLiteral("person_id"), team.bence}},
                   {{QStringLiteral("area"), QStringLiteral("documents")},
                    {QStringLiteral("title"), QStringLiteral("New identity card for Anna")}}};
    input.actions = {{{QStringLiteral("kind"), QStringLiteral("referral")},
                      {QStringLiteral("description"), QStringLiteral("Catch-up course at the adult school")},
                      {QStringLiteral("goal_index"), 0}}};
    auto planId = plans.create(input);
    REQUIRE(planId);
    auto plan = team.store.get(QStringLiteral("plan"), *planId);
    CHECK(plan->text(QStringLiteral("next_review_date")) == QStringLiteral("2026-06-01"));
    CHECK(plan->text(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(plan->value(QStringLiteral("plan_version")).toInt() == 1);
    auto goals = team.store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), *planId,
                                   QStringLiteral("sort_order"));
    REQUIRE(goals->size() == 2);
    auto actions = team.store.findBy(QStringLiteral("plan_action"), QStringLiteral("plan_id"), *planId);
    CHECK(actions->first().text(QStringLiteral("goal_id")) == goals->first().id);

    SECTION("a review before the start is refused and changes nothing") {
        auto bad = plans.review(*planId, {{QStringLiteral("review_date"), QStringLiteral("2026-02-01")}});
        REQUIRE(!bad);
        CHECK(bad.error().field == QStringLiteral("review_date"));
        CHECK(team.store.get(QStringLiteral("plan"), *planId)->value(QStringLiteral("plan_version")).toInt() == 1);
    }
    SECTION("a review keeps the plan as it was and moves the version on") {
        auto review = plans.review(*planId, {{QStringLiteral("review_date"), QStringLiteral("2026-06-10")},
                                             {QStringLiteral("summary"), QStringLiteral("Bence attends the course")}});
        REQUIRE(review);
        REQUIRE(team.store.update(QStringLiteral("plan_goal"), goals->first().id,
                                  {{QStringLiteral("status"), QStringLiteral("achieved")}}));
        auto stored = team.store.get(QStringLiteral("plan_review"), *review);
        const QJsonObject snapshot =
            QJsonDocument::fromJson(stored->text(QStringLiteral("snapshot")).toUtf8()).object();
        CHECK(snapshot.value(QStringLiteral("goals")).toArray().size() == 2);
        CHECK(snapshot.value(QStringLiteral("goals")).toArray().at(0).toObject().value(QStringLiteral("status")) ==
              QStringLiteral("planned"));
        CHECK(stored->value(QStringLiteral("plan_version")).toInt() == 1);
        CHECK(stored->text(QStringLiteral("next_review_date")) == QStringLiteral("2026-09-10"));
        auto after = team.store.get(QStringLiteral("plan"), *planId);
        CHECK(after->value(QStringLiteral("plan_version")).toInt() == 2);
        CHECK(after->text(QStringLiteral("next_review_date")) == QStringLiteral("2026-09-10"));

        auto history = plans.history(*planId);
        REQUIRE(history);
        QStringList tables;
        for (const auto& c : *history) {
            tables.append(c.table);
        }
        CHECK(tables.count(QStringLiteral("plan")) == 2);
        CHECK(tables.count(QStringLiteral("plan_goal")) == 3);
        CHECK(tables.count(QStringLiteral("plan_review")) == 1);
        CHECK(history->last().table == QStringLiteral("plan_goal"));
    }
}

TEST_CASE("Visits are corrected and withdrawn by superseding records, never edited", "[casework]") {
    Team team;
    const QString goal =
        team.make.goal(team.make.individualPlan(team.anna), QStringLiteral("Job search"), QStringLiteral("employment"));
    core::VisitWork visits(team.t.db());
    core::VisitInput input;
    input.activity = {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                      {QStringLiteral("household_id"), team.lakatos},
                      {QStringLiteral("happened_at"), QStringLiteral("2026-06-12T10:30")},
                      {QStringLiteral("minutes"), 40}};
    input.participants = {
        {{QStringLiteral("person_id"), team.anna}, {QStringLiteral("role"), QStringLiteral("client")}},
        {{QStringLiteral("staff_id"), team.erika}, {QStringLiteral("role"), QStringLiteral("staff")}}};
    input.goalIds = {goal};
    input.tasks = {{{QStringLiteral("description"), QStringLiteral("Bring the school certificate")},
                    {QStringLiteral("owner"), QStringLiteral("Anna")},
                    {QStringLiteral("deadline"), QStringLiteral("2026-06-20")}}};
    auto first = visits.record(input);
    REQUIRE(first);
    auto task = team.store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), *first);
    REQUIRE(task->size() == 1);
    CHECK(task->first().text(QStringLiteral("household_id")) == team.lakatos);

    auto loaded = visits.load(*first);
    REQUIRE(loaded);
    loaded->activity.insert(QStringLiteral("minutes"), 55);
    auto corrected = visits.correct(*first, *loaded);
    REQUIRE(corrected);
    CHECK(team.store.get(QStringLiteral("activity"), *corrected)->text(QStringLiteral("supersedes_id")) == *first);
    CHECK(team.store.get(QStringLiteral("activity"), *first)->value(QStringLiteral("minutes")).toInt() == 40);
    CHECK(*visits.supersededBy(*first) == *corrected);
    CHECK(team.store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), *corrected)->size() == 1);
    CHECK(team.store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), *corrected)->size() == 1);

    core::CaseLists lists(team.t.db());
    CHECK(*lists.count({CaseList::Visits, {}, {}}) == 1);
    CHECK(team.all({CaseList::Visits, {}, {}}).size() == 1);
    auto again = visits.correct(*first, *loaded);
    REQUIRE(!again);
    CHECK(again.error().code == core::ErrorCode::Conflict);

    CHECK(!visits.withdraw(*corrected, QStringLiteral("  ")));
    auto withdrawn = visits.withdraw(*corrected, QStringLiteral("Entered for the wrong family"));
    REQUIRE(withdrawn);
    CHECK(team.all({CaseList::Visits, {}, {}}).isEmpty());
    CHECK(*lists.count({CaseList::Visits, {}, {}}) == 0);
    CHECK(!team.store.update(QStringLiteral("activity"), *first, {{QStringLiteral("minutes"), 10}}));
}

TEST_CASE("A referral needs consent, moves through its statuses, and a hand-over moves the key worker", "[casework]") {
    Team team;
    core::ReferralWork referrals(team.t.db());
    QVariantMap fields = {{QStringLiteral("person_id"), team.anna},
                          {QStringLiteral("from_service"), QStringLiteral("Field social work")},
                          {QStringLiteral("to_service"), QStringLiteral("Job centre")},
                          {QStringLiteral("sent_date"), QStringLiteral("2026-06-01")}};
    auto refused = referrals.refer(fields);
    REQUIRE(!refused);
    CHECK(refused.error().field == QStringLiteral("consent_id"));

    const QString consent =
        team.make.create(QStringLiteral("consent"), {{QStringLiteral("person_id"), team.anna},
                                                     {QStringLiteral("purpose"), QStringLiteral("referral")},
                                                     {QStringLiteral("text_version"), QStringLiteral("2026-1")},
                                                     {QStringLiteral("given_date"), QStringLiteral("2026-05-20")},
                                                     {QStringLiteral("method"), QStringLiteral("written")}});
    CHECK(*referrals.referralConsent(team.anna, QDate(2026, 6, 1)) == consent);
    fields.insert(QStringLiteral("consent_id"), consent);
    auto id = referrals.refer(fields);
    REQUIRE(id);
    CHECK(!referrals.setStatus(*id, QStringLiteral("completed"), QDate(2026, 6, 5)));
    CHECK(!referrals.setStatus(*id, QStringLiteral("accepted"), QDate(2026, 5, 5)));
    REQUIRE(referrals.setStatus(*id, QStringLiteral("accepted"), QDate(2026, 6, 5)));
    REQUIRE(referrals.setStatus(*id, QStringLiteral("completed"), QDate(2026, 6, 12), QStringLiteral("Registered")));
    auto history = core::ChangeLog(team.t.db()).forRecord(QStringLiteral("referral"), *id);
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).fields.value(QStringLiteral("status")).toArray().at(1) == QStringLiteral("accepted"));

    const QString plan = team.make.individualPlan(team.anna);
    auto handover = referrals.handOver({{QStringLiteral("person_id"), team.anna},
                                        {QStringLiteral("household_id"), team.lakatos},
                                        {QStringLiteral("from_service"), QStringLiteral("Field social work")},
                                        {QStringLiteral("to_service"), QStringLiteral("Shelter")},
                                        {QStringLiteral("sent_date"), QStringLiteral("2026-06-14")},
                                        {QStringLiteral("receiving_staff_id"), team.jozsef}});
    REQUIRE(handover);
    CHECK(team.store.get(QStringLiteral("person"), team.anna)->text(QStringLiteral("case_manager_id")) == team.jozsef);
    CHECK(team.store.get(QStringLiteral("household"), team.lakatos)->text(QStringLiteral("case_manager_id")) ==
          team.jozsef);
    CHECK(team.store.get(QStringLiteral("plan"), plan)->text(QStringLiteral("case_manager_id")) == team.jozsef);
    CHECK(team.store.get(QStringLiteral("referral"), *handover)->text(QStringLiteral("status")) ==
          QStringLiteral("accepted"));
}

TEST_CASE("Attendance changes are recorded as new facts", "[casework]") {
    Team team;
    const QString event = team.make.event();
    core::EventWork events(team.t.db());
    REQUIRE(events.setAttendance(event, {{team.anna, team.bence}, {team.erika}}, 3));
    REQUIRE(events.setAttendance(event, {{team.anna}, {team.erika}}, 3));
    auto now = events.attendance(event);
    REQUIRE(now);
    CHECK(now->personIds == QStringList{team.anna});
    CHECK(now->staffIds == QStringList{team.erika});
    core::Statement rows(team.t.db(), QStringLiteral("SELECT count(*) FROM attendance"));
    CHECK(rows.scalar()->toInt() == 4);
    const auto list = team.all({CaseList::Events, {}, {}});
    REQUIRE(list.size() == 1);
    CHECK(list.first().cells.at(4) == QStringLiteral("2"));
}
