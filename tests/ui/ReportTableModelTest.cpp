// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace fieldcase;

namespace {

core::ReportTable participants() {
    core::ReportTable t;
    t.title = QStringLiteral("Planned vs achieved");
    t.columns = {{QStringLiteral("code"), QStringLiteral("Code")},
                 {QStringLiteral("total"), QStringLiteral("Total"), true},
                 {QStringLiteral("hours"), QStringLiteral("Hours")},
                 {QStringLiteral("share"), QStringLiteral("Share")}};
    t.rows = {{{QStringLiteral("PO1")}, {qlonglong(12345)}, {1234.5}, {0.8551}},
              {{QStringLiteral("PO2")}, {QVariant(), true}, {12.0}, {0.9996}},
              {{QStringLiteral("PO3")}, {qlonglong(0)}, {QVariant()}, {QVariant()}}};
    return t;
}

} // namespace

TEST_CASE("The report table model shows numbers in the user's language, shares as percent, small counts as <5",
          "[ui][reports]") {
    ui::ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    model.setTable(participants());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Total"));
    CHECK(model.headerData(1, Qt::Horizontal, ui::ReportTableModel::ColumnKeyRole).toString() ==
          QStringLiteral("total"));

    CHECK(model.index(0, 0).data().toString() == QStringLiteral("PO1"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("12,345"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("1,234.5"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("85.5%"));
    // Just short of the target never reads as the whole of it.
    CHECK(model.index(1, 3).data().toString() == QStringLiteral("99.9%"));
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("12"));
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("0"));
    CHECK(model.index(2, 2).data().toString().isEmpty());

    // A suppressed count reads "<5", has no raw value and says why.
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("<5"));
    CHECK(model.index(1, 1).data(ui::ReportTableModel::SuppressedRole).toBool());
    CHECK(model.index(1, 1).data(ui::ReportTableModel::RawValueRole).isNull());
    CHECK_FALSE(model.index(1, 1).data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(model.index(0, 1).data(ui::ReportTableModel::RawValueRole).toLongLong() == 12345);
    // A cell hidden only to protect another reads "x", as in every export.
    core::ReportTable withSecondary = participants();
    withSecondary.rows[2][1] = {QVariant(), true};
    withSecondary.rows[2][1].secondary = true;
    model.setTable(withSecondary);
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("x"));
    CHECK(model.index(2, 1).data(ui::ReportTableModel::SuppressedRole).toBool());
    model.setTable(participants());
    CHECK(model.index(0, 3).data(ui::ReportTableModel::RawValueRole).toDouble() == Approx(0.8551));

    // Numbers right, text left, headers as their columns.
    const auto alignment = [&](int row, int column) {
        return Qt::Alignment(model.index(row, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>()) &
               Qt::AlignHorizontal_Mask;
    };
    CHECK(alignment(0, 0) == Qt::AlignLeft);
    CHECK(alignment(0, 1) == Qt::AlignRight);
    CHECK(alignment(1, 1) == Qt::AlignRight);
    CHECK(alignment(2, 2) == Qt::AlignRight);
    CHECK(alignment(0, 3) == Qt::AlignRight);

    // Another language writes its own digits' separators.
    model.setLocale(QLocale(QLocale::Hungarian, QLocale::Hungary));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("1\u00a0234,5"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("85,5%"));

    // A new table replaces the old one as a reset.
    core::ReportTable smaller = participants();
    smaller.rows.removeLast();
    smaller.columns.removeLast();
    for (auto& row : smaller.rows) {
        row.removeLast();
    }
    model.setTable(smaller);
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == 3);
    CHECK_FALSE(model.index(0, 3).isValid());
}
