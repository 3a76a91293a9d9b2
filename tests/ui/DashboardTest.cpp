// SPDX-License-Identifier: GPL-3.0-or-later
// The programme dashboard on a demo programme, as a supervisor uses it: opened from the Reports
// menu, the period and place changed, a number followed to the people behind it, reports exported.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "demo/DemoGenerator.h"
#include "reports/Dashboard.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorChart.h"
#include "reports/IndicatorReport.h"
#include "reports/MemberListDialog.h"
#include "reports/PeriodChooser.h"
#include "reports/ReportPane.h"
#include "reports/ReportTableModel.h"
#include "widgets/RecordPicker.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace fieldcase;

namespace {

// One demo programme for the whole file: making it is the slow part.
struct Programme {
    test::TestDatabase t;
    ui::MainWindow* window = nullptr;

    Programme() {
        core::DemoOptions options;
        options.people = 400;
        options.seed = 12;
        options.today = t.clock().today();
        REQUIRE(core::DemoGenerator::generate(t.db(), options).ok());
        window = new ui::MainWindow(ui::AppContext{t.db()});
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window));
    }
    ~Programme() { delete window; }
    Programme(const Programme&) = delete;
    Programme& operator=(const Programme&) = delete;

    ui::Dashboard* dashboard() const {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<ui::Dashboard*>(w); d != nullptr && d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }
};

// The screen's table holds exactly the numbers of the report, cell by cell.
void requireSameNumbers(const ui::ReportTableModel& model, const core::ReportTable& expected) {
    REQUIRE(model.rowCount() == expected.rows.size());
    REQUIRE(model.columnCount() == expected.columns.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            CAPTURE(r, expected.columns.at(c).key.toStdString());
            const core::ReportCell& cell = expected.rows.at(r).at(c);
            CHECK(model.index(r, c).data(ui::ReportTableModel::SuppressedRole).toBool() == cell.suppressed);
            CHECK(model.index(r, c).data(ui::ReportTableModel::RawValueRole) ==
                  (cell.suppressed ? QVariant() : cell.value));
        }
    }
}

// The row of a people indicator that counts someone in the scope, or -1.
int peopleRowWithCount(const core::ReportTable& table) {
    const int achieved = table.column(QStringLiteral("achieved"));
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rowData.value(r).value(QStringLiteral("unit")) == QStringLiteral("people") &&
            table.rows.at(r).at(achieved).value.toDouble() > 0) {
            return r;
        }
    }
    return -1;
}

// The lines of a CSV file, each as its fields (RFC 4180: quoted fields may hold commas and quotes).
QList<QStringList> csvLines(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            fields.append(field);
            lines.append(fields);
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    REQUIRE(fields.isEmpty()); // every line, the last one too, ends in a line feed
    return lines;
}

} // namespace

TEST_CASE("The dashboard shows planned against achieved for the period and place chosen, and exports it",
          "[ui][reports]") {
    Programme p;
    test::activate(p.window);

    // Reports > Programme dashboard, by its shortcut.
    QMenu* reports = nullptr;
    for (QAction* a : p.window->menuBar()->actions()) {
        if (a->menu() != nullptr && a->text() == QStringLiteral("&Reports")) {
            reports = a->menu();
        }
    }
    REQUIRE(reports != nullptr);
    auto* open = p.window->findChild<QAction*>(QStringLiteral("reports.dashboard"));
    REQUIRE(open != nullptr);
    CHECK(reports->actions().contains(open));
    QTest::keyClick(p.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    ui::Dashboard* d = p.dashboard();
    REQUIRE(d != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(d));
    test::activate(d);

    // This year, the whole programme, to begin with.
    CHECK(d->period()->kind() == ui::PeriodChooser::Year);
    CHECK(d->scope().from == QDate(2026, 1, 1));
    CHECK(d->scope().to == QDate(2026, 12, 31));
    CHECK(d->scope().localityId.isEmpty());
    CHECK(d->tabs()->currentIndex() == ui::Dashboard::IndicatorsTab);

    ui::ReportTableModel* model = d->indicatorPane()->model();
    const auto compare = [&] {
        auto expected = core::IndicatorReport::table(p.t.db(), d->scope());
        REQUIRE(expected.ok());
        REQUIRE(expected->rows.size() > 0);
        requireSameNumbers(*model, *expected);
        return *expected;
    };
    compare();
    CHECK_FALSE(d->chart()->labels().isEmpty());

    SECTION("periods and places") {
        REQUIRE(d->period()->setPeriod(ui::PeriodChooser::Quarter, QDate(2026, 4, 1)));
        CHECK(d->scope().from == QDate(2026, 4, 1));
        CHECK(d->scope().to == QDate(2026, 6, 30));
        compare();
        REQUIRE(d->period()->setPeriod(ui::PeriodChooser::Month, QDate(2025, 11, 1)));
        compare();
        REQUIRE(d->period()->setPeriod(ui::PeriodChooser::WholeProgramme));
        const core::ReportTable whole = compare();

        // A locality, chosen with the keyboard.
        auto* places = qobject_cast<QComboBox*>(d->locality()->focusTarget());
        REQUIRE(places != nullptr);
        REQUIRE(places->count() > 1);
        places->setFocus();
        QTest::keyClick(places, Qt::Key_Down);
        REQUIRE_FALSE(d->scope().localityId.isEmpty());
        const core::ReportTable one = compare();
        const int achieved = one.column(QStringLiteral("achieved"));
        bool smaller = false;
        for (int r = 0; r < one.rows.size(); ++r) {
            CHECK(one.rows.at(r).at(achieved).value.toDouble() <= whole.rows.at(r).at(achieved).value.toDouble());
            smaller = smaller ||
                      one.rows.at(r).at(achieved).value.toDouble() < whole.rows.at(r).at(achieved).value.toDouble();
        }
        CHECK(smaller);
    }

    SECTION("the people behind a number, and the record of one of them") {
        const core::ReportTable table = compare();
        const int row = peopleRowWithCount(table);
        REQUIRE(row >= 0);
        QTableView* view = d->indicatorPane()->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, table.column(QStringLiteral("achieved"))));
        QTest::keyClick(view, Qt::Key_Return);
        ui::MemberListDialog* list = d->memberList();
        REQUIRE(list != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(list));
        const qint64 achieved = table.rows.at(row).at(table.column(QStringLiteral("achieved"))).value.toLongLong();
        CHECK(list->totalCount() == achieved);
        CHECK(list->shownCount() == achieved);

        // Enter shows the first of them in the main window.
        test::activate(list);
        const QModelIndex first = list->list()->model()->index(0, 0);
        list->list()->setCurrentIndex(first);
        list->list()->setFocus();
        QTest::keyClick(list->list(), Qt::Key_Return);
        const ui::RecordRef shown = p.window->currentRecord();
        CHECK(shown.table == first.data(ui::TableRole).toString());
        CHECK(shown.id == first.data(ui::IdRole).toString());
        CHECK(shown.table == QStringLiteral("person"));
    }

    SECTION("exports: planned vs achieved for the programme, ESF+ for outside it") {
        const core::ReportTable table = compare();
        QString asked;
        d->setPathChooser([&](const QString& suggested, const QString& format) {
            asked = suggested;
            return QDir(p.t.dir()).filePath(QStringLiteral("report.") + format);
        });
        CHECK_FALSE(d->indicatorPane()->forOutside());
        CHECK_FALSE(d->indicatorPane()->outsideBox()->isVisible());
        QTest::mouseClick(d->indicatorPane()->exportButton(QStringLiteral("csv")), Qt::LeftButton);
        CHECK(asked.endsWith(QStringLiteral("planned-vs-achieved_2026-01-01_2026-12-31.csv")));
        const QString path = QDir(p.t.dir()).filePath(QStringLiteral("report.csv"));
        const QList<QStringList> lines = csvLines(path);
        REQUIRE(lines.size() == table.rows.size() + 1);
        QStringList keys;
        for (const core::ReportColumn& c : table.columns) {
            keys.append(c.key);
        }
        CHECK(lines.at(0) == keys);
        const int achieved = table.column(QStringLiteral("achieved"));
        for (int r = 0; r < table.rows.size(); ++r) {
            CHECK(lines.at(r + 1).at(0) == table.rows.at(r).at(0).value.toString());
            CHECK(lines.at(r + 1).value(achieved).toDouble() == Approx(table.rows.at(r).at(achieved).value.toDouble()));
        }
        CHECK(d->status()->text().contains(QDir::toNativeSeparators(path)));
        CHECK(d->status()->text().contains(QStringLiteral("own use")));

        // The ESF+ table leaves the programme unless said otherwise: no count of 1 to 4 in it.
        d->tabs()->setCurrentIndex(ui::Dashboard::EsfTab);
        ui::ReportPane* esf = d->esfPane();
        CHECK(esf->forOutside());
        QTest::mouseClick(esf->exportButton(QStringLiteral("csv")), Qt::LeftButton);
        CHECK(asked.contains(QStringLiteral("esf-plus-2021-2027")));
        CHECK(asked.endsWith(QStringLiteral("_outside.csv")));
        const QList<QStringList> outside = csvLines(path);
        auto inside =
            core::EsfReport::table(p.t.db(), core::EsfSet::Esf2021, d->scope(), core::ReportAudience::Programme);
        REQUIRE(inside.ok());
        REQUIRE(outside.size() == inside->rows.size() + 1);
        int hidden = 0;
        for (int r = 0; r < inside->rows.size(); ++r) {
            for (int c = 0; c < inside->columns.size(); ++c) {
                if (!inside->columns.at(c).countsPeople) {
                    continue;
                }
                const QString written = outside.at(r + 1).value(c);
                const qint64 count = inside->rows.at(r).at(c).value.toLongLong();
                CAPTURE(r, c, written.toStdString(), count);
                if (written == QStringLiteral("<5")) {
                    CHECK(count >= 1);
                    CHECK(count <= 4);
                    ++hidden;
                } else if (written != QStringLiteral("x") && !written.isEmpty()) {
                    CHECK(written.toLongLong() == count);
                    CHECK((count == 0 || count >= 5));
                }
            }
        }
        CHECK(hidden > 0);
        // No small count can be worked out as the total less the other counts of its row.
        const int women = inside->column(QStringLiteral("women"));
        for (int r = 1; r < outside.size(); ++r) {
            const QStringList& line = outside.at(r);
            const int parts = int(std::count_if(line.begin() + women, line.begin() + women + 3, [](const QString& f) {
                return f == QStringLiteral("<5") || f == QStringLiteral("x");
            }));
            CAPTURE(line.join(QLatin1Char(',')).toStdString());
            CHECK((parts != 1 || line.at(women + 3) == QStringLiteral("x") ||
                   line.at(women + 3) == QStringLiteral("<5")));
        }
        CHECK(d->status()->text().contains(QStringLiteral("outside the programme")));

        // Ticked off, the screen and the file hold every count.
        esf->outsideBox()->setChecked(false);
        requireSameNumbers(*esf->model(), *inside);
        QTest::mouseClick(esf->exportButton(QStringLiteral("csv")), Qt::LeftButton);
        const QList<QStringList> own = csvLines(path);
        const int total = inside->column(QStringLiteral("total"));
        for (int r = 0; r < inside->rows.size(); ++r) {
            CHECK(own.at(r + 1).value(total) == inside->rows.at(r).at(total).value.toString());
        }

        // The 2014-2020 set.
        d->esfSet()->setCurrentIndex(1);
        auto older =
            core::EsfReport::table(p.t.db(), core::EsfSet::Esf2014, d->scope(), core::ReportAudience::Programme);
        REQUIRE(older.ok());
        requireSameNumbers(*esf->model(), *older);

        // A folder that cannot be written to: a message, and nothing claimed.
        d->setPathChooser([&](const QString&, const QString&) { return QStringLiteral("/proc/nowhere/report.csv"); });
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(esf->exportButton(QStringLiteral("csv")), Qt::LeftButton);
        CHECK_FALSE(ui::MessageBox::lastText().isEmpty());
        CHECK(d->status()->text().isEmpty());
    }
    d->close();
}
