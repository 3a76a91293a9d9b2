// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "models/PersonListModel.h"
#include "views/RecordDetailView.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fieldcase;

namespace {

// A village of 450 people: more than two pages of the person list.
struct Village {
    test::TestDatabase t;
    test::Builders make{t.db()};
    QString locality = make.locality(QStringLiteral("Kisberény"));

    Village() {
        const QStringList families = {QStringLiteral("Lakatos"), QStringLiteral("Kolompár"), QStringLiteral("Balogh"),
                                      QStringLiteral("Horváth"), QStringLiteral("Rostás")};
        const QStringList given = {QStringLiteral("Béla"),    QStringLiteral("Anita"), QStringLiteral("Zsolt"),
                                   QStringLiteral("Rozália"), QStringLiteral("Kevin"), QStringLiteral("Tímea")};
        for (int h = 0; h < 75; ++h) {
            const QString family = families.at(h % families.size());
            const QString household = make.household(locality, family + QStringLiteral(" %1").arg(h));
            for (int p = 0; p < 6; ++p) {
                make.person(household, family, given.at(p) + QStringLiteral(" %1").arg(h),
                            QStringLiteral("%1-03-0%2").arg(1960 + p * 9).arg(1 + h % 9));
            }
        }
    }
};

} // namespace

TEST_CASE("The person list model behaves as a Qt model while paging and filtering", "[ui]") {
    Village v;
    ui::PersonListModel model(v.t.db());
    CHECK(model.rowCount() == ui::PersonListModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 450);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == 450);
    model.setQuery(QStringLiteral("kolompar anita"));
    CHECK(model.rowCount() == 15);
    CHECK(
        model.index(0, ui::PersonListModel::NameColumn).data().toString().startsWith(QStringLiteral("Kolompár Anita")));
    model.setQuery(QString());
    CHECK(model.rowCount() >= ui::PersonListModel::kPageSize);
    CHECK(model.totalCount() == 450);
}

TEST_CASE("The main window lists people, searches as you type and shows the chosen person", "[ui]") {
    Village v;
    ui::MainWindow window(ui::AppContext{v.t.db()});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView* view = window.personView();
    CHECK(view->model()->rowCount() == ui::PersonListModel::kPageSize);

    // Scrolling to the end reads the next page.
    view->scrollToBottom();
    QApplication::processEvents();
    CHECK(view->model()->rowCount() > ui::PersonListModel::kPageSize);

    window.searchField()->setFocus();
    QTest::keyClicks(window.searchField(), QStringLiteral("rostas tim"));
    // The search runs after a short pause in typing.
    CHECK(QTest::qWaitFor([&] { return view->model()->rowCount() == 15; }));

    QTest::keyClick(window.searchField(), Qt::Key_Return);
    CHECK(view->hasFocus());
    const QString html = window.detailView()->toHtml();
    CHECK(html.contains(QStringLiteral("Rostás Tímea")));
    CHECK(html.contains(QStringLiteral("Household")));

    // Ctrl+F goes back to the search box with its text selected.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.searchField()->hasFocus());
    CHECK(window.searchField()->selectedText() == QStringLiteral("rostas tim"));
}

TEST_CASE("A change saved elsewhere shows up in the open list", "[ui]") {
    Village v;
    ui::MainWindow window(ui::AppContext{v.t.db()});
    QTest::keyClicks(window.searchField(), QStringLiteral("mizigar"));
    REQUIRE(QTest::qWaitFor([&] { return window.personView()->model()->rowCount() == 0; }));
    v.make.person({}, QStringLiteral("Mižigár"), QStringLiteral("Ondrej"));
    CHECK(window.personView()->model()->rowCount() == 1);
}

TEST_CASE("No two actions of the window share a shortcut", "[ui]") {
    test::TestDatabase t;
    ui::MainWindow window(ui::AppContext{t.db()});
    QHash<QString, QString> seen;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString();
            INFO(text.toStdString() << ": " << action->text().toStdString() << " and "
                                    << seen.value(text).toStdString());
            CHECK(!seen.contains(text));
            seen.insert(text, action->text());
        }
    }
    CHECK(seen.contains(QStringLiteral("Ctrl+F")));
    CHECK(seen.contains(QStringLiteral("Ctrl+P")));
    CHECK(seen.contains(QStringLiteral("Ctrl+Shift+N")));
}
