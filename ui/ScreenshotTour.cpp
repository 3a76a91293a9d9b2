// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "CaseActions.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "dialogs/PersonDialog.h"
#include "domain/RecordStore.h"
#include "models/PersonListModel.h"
#include "pages/ListPage.h"
#include "reports/Dashboard.h"
#include "widgets/FieldForm.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace fieldcase::ui {

namespace {

// Lets timers (the search's typing pause) fire and the screen settle.
void settle(int ms = 0) {
    QElapsedTimer timer;
    timer.start();
    do {
        QApplication::processEvents();
        QThread::msleep(5);
    } while (timer.elapsed() < ms);
}

// Selects the first row of a list, so that its details show beside it.
void selectFirst(MainWindow& window, MainWindow::Section section) {
    window.showSection(section);
    ListPage* page = window.page(section);
    if (page->model()->rowCount() > 0) {
        page->view()->selectRow(0);
    }
    settle();
}

} // namespace

QStringList ScreenshotTour::run(MainWindow& window, const QString& folder, QString* error) {
    QStringList written;
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 could not be made.").arg(folder);
        return written;
    }
    window.resize(1360, 820);
    window.show();
    settle();
    const auto save = [&](QWidget* widget, const QString& name) {
        settle();
        const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
        if (!widget->grab().save(file)) {
            *error = tr("%1 could not be written.").arg(file);
            return false;
        }
        written.append(file);
        return true;
    };

    selectFirst(window, MainWindow::PeopleSection);
    if (!save(&window, QStringLiteral("people"))) {
        return written;
    }
    window.searchField()->setText(QStringLiteral("lakatos"));
    settle(150);
    if (!save(&window, QStringLiteral("search"))) {
        return written;
    }
    window.searchField()->clear();
    settle(150);
    const struct {
        MainWindow::Section section;
        const char* name;
    } lists[] = {{MainWindow::HouseholdsSection, "household"},
                 {MainWindow::PlansSection, "plan"},
                 {MainWindow::VisitsSection, "visits"},
                 {MainWindow::VisitsDueSection, "visits-due"},
                 {MainWindow::OverdueReviewsSection, "overdue-reviews"},
                 {MainWindow::EventsSection, "event"},
                 {MainWindow::StaffSection, "staff"}};
    for (const auto& list : lists) {
        selectFirst(window, list.section);
        if (!save(&window, QString::fromLatin1(list.name))) {
            return written;
        }
    }

    // The tour's forms are closed without keeping drafts of what it typed.
    const auto closeForm = [](QDialog* dialog) {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    };

    // The quick visit form, for the first household.
    selectFirst(window, MainWindow::HouseholdsSection);
    if (QDialog* visit = window.actions()->recordVisit(window.currentRecord())) {
        const bool ok = save(visit, QStringLiteral("visit-form"));
        closeForm(visit);
        if (!ok) {
            return written;
        }
    }
    if (QDialog* plan = window.actions()->newPlan(window.currentRecord())) {
        const bool ok = save(plan, QStringLiteral("plan-form"));
        closeForm(plan);
        if (!ok) {
            return written;
        }
    }

    // A new person who is already on the laptop: the duplicate warning.
    selectFirst(window, MainWindow::PeopleSection);
    const QModelIndex first = window.personModel()->index(0, 0);
    if (first.isValid()) {
        auto* person = qobject_cast<PersonDialog*>(window.actions()->newPerson());
        const QStringList name = first.data().toString().split(QLatin1Char(' '));
        auto* family = qobject_cast<QLineEdit*>(person->form()->editor(QStringLiteral("family_name")));
        auto* given = qobject_cast<QLineEdit*>(person->form()->editor(QStringLiteral("given_names")));
        family->setText(name.value(0));
        given->setText(name.mid(1).join(QLatin1Char(' ')));
        auto* born = qobject_cast<QLineEdit*>(person->form()->editor(QStringLiteral("birth_date")));
        auto existing =
            core::RecordStore(window.context().db).get(QStringLiteral("person"), first.data(IdRole).toString());
        if (existing) {
            born->setText(existing->text(QStringLiteral("birth_date")));
        }
        person->checkDuplicates();
        person->resize(640, 820);
        const bool ok = save(person, QStringLiteral("duplicate-warning"));
        closeForm(person);
        if (!ok) {
            return written;
        }
    }

    // The programme dashboard, opened from the Reports menu: both tabs.
    if (auto* open = window.findChild<QAction*>(QStringLiteral("reports.dashboard"))) {
        open->trigger();
        settle();
        Dashboard* dashboard = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<Dashboard*>(w); d != nullptr && d->isVisible()) {
                dashboard = d;
            }
        }
        if (dashboard != nullptr) {
            dashboard->resize(1360, 900);
            const bool ok = save(dashboard, QStringLiteral("dashboard"));
            dashboard->tabs()->setCurrentIndex(Dashboard::EsfTab);
            const bool esf = ok && save(dashboard, QStringLiteral("dashboard-esf"));
            dashboard->tabs()->setCurrentIndex(Dashboard::IndicatorsTab);
            dashboard->close();
            if (!esf) {
                return written;
            }
        }
    }
    return written;
}

} // namespace fieldcase::ui
