// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "casework/PlanWork.h"
#include "casework/VisitWork.h"
#include "models/CaseListModel.h"
#include "models/ChangeHistoryModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace fieldcase;

TEST_CASE("Every case-work list model behaves as a Qt model while paging and reloading", "[ui]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString village = make.locality(QStringLiteral("Kisberény"));
    const QString erika = make.staff(QStringLiteral("Balogh Erika"));
    core::VisitWork visits(t.db());
    for (int h = 0; h < 230; ++h) {
        const QString household = make.household(village, QStringLiteral("Lakatos %1").arg(h));
        const QString person = make.person(household, QStringLiteral("Lakatos"), QStringLiteral("Anna %1").arg(h));
        make.store().update(QStringLiteral("person"), person, {{QStringLiteral("case_manager_id"), erika}}).ok();
        if (h % 10 == 0) {
            make.individualPlan(person, QStringLiteral("2025-11-01"));
            REQUIRE(visits.record({{{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                    {QStringLiteral("household_id"), household},
                                    {QStringLiteral("happened_at"), QStringLiteral("2026-06-10T09:00")},
                                    {QStringLiteral("next_visit_date"), QStringLiteral("2026-06-18")}},
                                   {},
                                   {},
                                   {}}));
        }
    }
    for (int list = 0; list <= int(core::CaseList::VisitsDue); ++list) {
        CAPTURE(list);
        core::CaseListQuery query{core::CaseList(list), {}, t.clock().today()};
        if (query.list == core::CaseList::Caseload) {
            query.filterId = erika;
        }
        ui::CaseListModel model(t.db(), query);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        CHECK(model.rowCount() == model.totalCount());
        model.reload();
        if (query.list == core::CaseList::Households) {
            query.filterId = village;
            model.setQuery(query);
            CHECK(model.totalCount() == 230);
        }
    }
}

TEST_CASE("The change history model lists each field change of a plan", "[ui]") {
    test::TestDatabase t;
    test::Builders make(t.db());
    const QString plan = make.individualPlan(make.person({}, QStringLiteral("Rostás"), QStringLiteral("Kevin")));
    make.goal(plan, QStringLiteral("Finish primary school"));
    REQUIRE(make.store().update(QStringLiteral("plan"), plan, {{QStringLiteral("status"), QStringLiteral("closed")}}));
    ui::ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto history = core::PlanWork(t.db()).history(plan);
    REQUIRE(history);
    model.setChanges(*history);
    REQUIRE(model.rowCount() > 3);
    const int last = model.rowCount() - 1;
    CHECK(model.index(last, ui::ChangeHistoryModel::FieldColumn).data().toString() == QStringLiteral("Status"));
    CHECK(model.index(last, ui::ChangeHistoryModel::BeforeColumn).data().toString() == QStringLiteral("Active"));
    CHECK(model.index(last, ui::ChangeHistoryModel::AfterColumn).data().toString() == QStringLiteral("Closed"));
}
