// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "reports/IndicatorChart.h"
#include "reports/MemberListDialog.h"
#include "reports/PeriodChooser.h"

#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>

using namespace fieldcase;

TEST_CASE("The period chooser starts on this year and offers the programme's months, quarters and years",
          "[ui][reports]") {
    const QDate today(2026, 6, 15);
    ui::PeriodChooser chooser(today, QDate(2025, 3, 1), QDate(2027, 2, 28));
    QSignalSpy changed(&chooser, &ui::PeriodChooser::changed);
    CHECK(chooser.kind() == ui::PeriodChooser::Year);
    CHECK(chooser.from() == QDate(2026, 1, 1));
    CHECK(chooser.to() == QDate(2026, 12, 31));
    CHECK(chooser.periodBox()->count() == 3); // 2025, 2026, 2027

    // A month becomes the quarter that holds it.
    REQUIRE(chooser.setPeriod(ui::PeriodChooser::Month, QDate(2026, 2, 10)));
    CHECK(chooser.from() == QDate(2026, 2, 1));
    CHECK(chooser.to() == QDate(2026, 2, 28));
    CHECK(chooser.periodBox()->count() == 24); // March 2025 to February 2027
    chooser.kindBox()->setCurrentIndex(ui::PeriodChooser::Quarter);
    CHECK(chooser.from() == QDate(2026, 1, 1));
    CHECK(chooser.to() == QDate(2026, 3, 31));
    CHECK(chooser.periodBox()->currentText() == QStringLiteral("Q1 2026"));
    chooser.periodBox()->setCurrentIndex(chooser.periodBox()->currentIndex() + 1);
    CHECK(chooser.from() == QDate(2026, 4, 1));
    CHECK(chooser.to() == QDate(2026, 6, 30));

    // A period outside the programme is not offered, and nothing changes.
    const int before = changed.count();
    CHECK_FALSE(chooser.setPeriod(ui::PeriodChooser::Month, QDate(2024, 5, 1)));
    CHECK(chooser.kind() == ui::PeriodChooser::Quarter);
    CHECK(chooser.from() == QDate(2026, 4, 1));
    CHECK(changed.count() == before);

    // The whole programme is the programme's dates.
    REQUIRE(chooser.setPeriod(ui::PeriodChooser::WholeProgramme));
    CHECK(chooser.from() == QDate(2025, 3, 1));
    CHECK(chooser.to() == QDate(2027, 2, 28));
    CHECK_FALSE(chooser.periodBox()->isEnabled());
    CHECK(changed.count() > before);

    // Without programme dates: open at both ends, and the last years to choose from.
    ui::PeriodChooser undated(today, {}, {});
    CHECK(undated.periodBox()->count() == 5);
    CHECK(undated.from() == QDate(2026, 1, 1));
    REQUIRE(undated.setPeriod(ui::PeriodChooser::WholeProgramme));
    CHECK_FALSE(undated.from().isValid());
    CHECK_FALSE(undated.to().isValid());
}

TEST_CASE("The planned-vs-achieved chart marks indicators behind target by a hatched bar and its label",
          "[ui][reports]") {
    core::ReportTable t;
    t.columns = {
        {QStringLiteral("code"), QStringLiteral("Code")},     {QStringLiteral("name"), QStringLiteral("Name")},
        {QStringLiteral("target"), QStringLiteral("Target")}, {QStringLiteral("achieved"), QStringLiteral("Achieved")},
        {QStringLiteral("share"), QStringLiteral("Share")},   {QStringLiteral("behind"), QStringLiteral("Behind")}};
    t.rows = {{{QStringLiteral("PO1")}, {QStringLiteral("Participants")}, {300.0}, {qlonglong(240)}, {0.8}, {60.0}},
              {{QStringLiteral("PO2")}, {QStringLiteral("Forums")}, {6.0}, {qlonglong(9)}, {1.5}, {0.0}},
              {{QStringLiteral("PO3")},
               {QStringLiteral("Complaints")},
               {QVariant()},
               {qlonglong(4)},
               {QVariant()},
               {QVariant()}}};
    ui::IndicatorChart chart;
    chart.setTable(t, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(chart.labels().size() == 2);
    CHECK(chart.withoutTarget() == 1);
    CHECK(chart.labels().at(0) == QStringLiteral("PO1: 240 of 300 \u25BC behind by 60"));
    CHECK(chart.labels().at(1) == QStringLiteral("PO2: 9 of 6"));

    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart.chart()->series().value(0));
    REQUIRE(series != nullptr);
    const QList<QBarSet*> sets = series->barSets();
    REQUIRE(sets.size() == 3);
    // Bars run bottom up: PO2 first, then PO1.
    CHECK(sets.at(0)->at(1) == Approx(80));
    CHECK(sets.at(1)->at(1) == Approx(20));
    CHECK(sets.at(1)->brush().style() == Qt::BDiagPattern);
    CHECK(sets.at(1)->at(0) == Approx(0));
    CHECK(sets.at(0)->at(0) == Approx(100));
    CHECK(sets.at(2)->at(0) == Approx(50));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    REQUIRE(axis != nullptr);
    CHECK(axis->categories().last() == chart.labels().first());

    // A table without any target says so instead of drawing empty bars.
    t.rows = {t.rows.last()};
    chart.setTable(t);
    CHECK(chart.labels().isEmpty());
    CHECK_FALSE(chart.chart()->title().isEmpty());
}

TEST_CASE("The list behind a number narrows as a name is typed and opens the chosen record with Enter",
          "[ui][reports]") {
    const QList<ui::MemberRow> rows = {
        {{QStringLiteral("person"), QStringLiteral("p1")}, QStringLiteral("Balogh Erika (1990-04-02)")},
        {{QStringLiteral("person"), QStringLiteral("p2")}, QStringLiteral("Kovács Anna (1987-11-30)")},
        {{QStringLiteral("person"), QStringLiteral("p3")}, QStringLiteral("Lakatos Béla (1975-01-19)")}};
    ui::MemberListDialog dialog(QStringLiteral("People behind PO1"), QStringLiteral("3 people"), rows);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::activate(&dialog);
    QSignalSpy opened(&dialog, &ui::MemberListDialog::openRequested);
    CHECK(dialog.shownCount() == 3);
    CHECK(dialog.totalCount() == 3);

    dialog.filter()->setFocus();
    test::typeText(dialog.filter(), QStringLiteral("kovacs"));
    CHECK(dialog.shownCount() == 1);
    QTest::keyClick(dialog.filter(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).value<ui::RecordRef>() == ui::RecordRef{QStringLiteral("person"), QStringLiteral("p2")});
    CHECK(dialog.isVisible());

    dialog.filter()->clear();
    CHECK(dialog.shownCount() == 3);
    QTest::keyClick(dialog.filter(), Qt::Key_Down);
    CHECK(dialog.list()->hasFocus());
    QTest::keyClick(dialog.list(), Qt::Key_End);
    QTest::keyClick(dialog.list(), Qt::Key_Enter);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).value<ui::RecordRef>().id == QStringLiteral("p3"));

    QTest::keyClick(dialog.list(), Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
}
