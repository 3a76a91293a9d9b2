// SPDX-License-Identifier: GPL-3.0-or-later
// Print and Save as PDF act on the record the window shows: a visit, an event, a consent, a
// review, any plan, a household or a person, each chosen in the real window as a user would.
#include "DocumentScenario.h"
#include "PdfTools.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "documents/DocumentActions.h"
#include "pages/ListPage.h"
#include "views/RecordDetailView.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTableView>
#include <QTimer>

using namespace fieldcase;
using Section = ui::MainWindow::Section;

namespace {

// Shows the list and makes the record's row the current one, as a click on it would.
void select(ui::MainWindow& window, Section section, const QString& id) {
    window.showSection(section);
    ui::ListPage* page = window.page(section);
    const QAbstractItemModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::IdRole).toString() == id) {
            page->view()->setCurrentIndex(index);
            REQUIRE(window.currentRecord().id == id);
            return;
        }
    }
    FAIL("no row for " << id.toStdString());
}

// Clicks a link of the detail pane on screen, after checking that the pane offers it.
void follow(ui::MainWindow& window, const QString& href) {
    ui::RecordDetailView* detail = window.detailView();
    REQUIRE(detail->toHtml().contains(href));
    Q_EMIT detail->anchorClicked(QUrl(href));
}

ui::DocumentActions* printActions(ui::MainWindow& window) {
    auto* actions = window.findChild<ui::DocumentActions*>();
    REQUIRE(actions != nullptr);
    return actions;
}

// Save as PDF (Ctrl+Shift+P) with the save dialog answered by path; the file name it suggested.
QString saveShownAsPdf(ui::MainWindow& window, const QString& path) {
    ui::DocumentActions* actions = printActions(window);
    QString suggested;
    actions->setPathChooser([&](const QString& offered) {
        suggested = offered;
        return path;
    });
    actions->savePdfAction()->trigger();
    return suggested;
}

struct PreviewSeen {
    QString title;
    int pages = 0;
};

// Runs what opens the print preview, notes its title and page count once it has painted, and
// closes it as the user would.
PreviewSeen closePreview(const std::function<void()>& open) {
    PreviewSeen seen;
    QTimer poll;
    int tries = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(top);
            auto* widget = dialog && dialog->isVisible() ? dialog->findChild<QPrintPreviewWidget*>() : nullptr;
            if (widget && (widget->pageCount() > 0 || ++tries > 200)) {
                seen.title = dialog->windowTitle();
                seen.pages = widget->pageCount();
                dialog->reject();
            }
        }
    });
    poll.start(20);
    open();
    return seen;
}

struct Fixture {
    test::TestDatabase tdb;
    test::DocumentScenario s{tdb.db()};
    ui::MainWindow window{ui::AppContext{tdb.db()}};
    QString path = QDir(tdb.dir()).filePath(QStringLiteral("shown.pdf"));

    QString savedText() {
        REQUIRE(QFile::exists(path));
        return test::pdf::text(path).simplified();
    }
};

} // namespace

TEST_CASE("Save as PDF with a visit selected writes that visit's record, not the person's plan", "[documents][ui]") {
    Fixture f;
    select(f.window, ui::MainWindow::VisitsSection, f.s.visit);
    CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/visit.pdf")));
    const QString text = f.savedText();
    CHECK(text.contains(QStringLiteral("Home visit record")));
    CHECK(text.contains(QStringLiteral("Follow-up of the school enrolment")));
    CHECK(text.contains(QStringLiteral("The family has a new tenancy contract.")));
    CHECK_FALSE(text.contains(QStringLiteral("development plan")));
}

TEST_CASE("Save as PDF with a group event selected writes its attendance sheet", "[documents][ui]") {
    Fixture f;
    select(f.window, ui::MainWindow::EventsSection, f.s.event);
    CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/attendance.pdf")));
    const QString text = f.savedText();
    CHECK(text.contains(QStringLiteral("Attendance sheet")));
    CHECK(text.contains(QStringLiteral("Spring inclusion forum")));
    CHECK(text.contains(QStringLiteral("Żak Łukasz")));
    CHECK(text.contains(QStringLiteral("Стоянов Георги")));
}

TEST_CASE("Save as PDF with a plan review opened from its plan writes the review record", "[documents][ui]") {
    Fixture f;
    select(f.window, ui::MainWindow::PlansSection, f.s.plan);
    follow(f.window, QStringLiteral("fc:open/plan_review/%1").arg(f.s.review));
    REQUIRE(f.window.currentRecord() == ui::RecordRef{QStringLiteral("plan_review"), f.s.review});
    saveShownAsPdf(f.window, f.path);
    const QString text = f.savedText();
    CHECK(text.contains(QStringLiteral("Plan review record")));
    CHECK(text.contains(QStringLiteral("Gábor attends the course twice a week.")));
}

TEST_CASE("Save as PDF with a consent shown writes the consent form of that consent", "[documents][ui]") {
    Fixture f;
    // A referral links the consent it relies on; following that link shows the consent.
    const QString referral = f.s.build.create(QStringLiteral("referral"),
                                              {{QStringLiteral("kind"), QStringLiteral("referral")},
                                               {QStringLiteral("person_id"), f.s.gabor},
                                               {QStringLiteral("consent_id"), f.s.consent},
                                               {QStringLiteral("from_service"), QStringLiteral("Family support")},
                                               {QStringLiteral("to_service"), QStringLiteral("Adult education")},
                                               {QStringLiteral("sent_date"), QStringLiteral("2026-06-01")},
                                               {QStringLiteral("status"), QStringLiteral("sent")}});
    select(f.window, ui::MainWindow::ReferralsSection, referral);
    follow(f.window, QStringLiteral("fc:open/consent/%1").arg(f.s.consent));
    CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/consent.pdf")));
    const QString text = f.savedText();
    CHECK(text.contains(QStringLiteral("Consent form")));
    CHECK(text.contains(QStringLiteral("Sharing with other services")));
    CHECK(text.contains(QStringLiteral("Lakatos Gábor Ödön")));
}

TEST_CASE("Save as PDF prints the plan selected, an older closed one too, of either kind", "[documents][ui]") {
    Fixture f;
    const QString older = f.s.build.create(QStringLiteral("plan"),
                                           {{QStringLiteral("kind"), QStringLiteral("individual")},
                                            {QStringLiteral("person_id"), f.s.gabor},
                                            {QStringLiteral("programme_id"), f.s.programme},
                                            {QStringLiteral("title"), QStringLiteral("Summer job and driving licence")},
                                            {QStringLiteral("status"), QStringLiteral("closed")},
                                            {QStringLiteral("start_date"), QStringLiteral("2024-05-01")},
                                            {QStringLiteral("plan_version"), 3}});
    SECTION("an older individual plan") {
        select(f.window, ui::MainWindow::PlansSection, older);
        CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/plan.pdf")));
        const QString text = f.savedText();
        CHECK(text.contains(QStringLiteral("Individual development plan")));
        CHECK(text.contains(QStringLiteral("Summer job and driving licence")));
        CHECK(text.contains(QStringLiteral("Plan version 3")));
        CHECK_FALSE(text.contains(f.s.goals.first()));
    }
    SECTION("the current individual plan") {
        select(f.window, ui::MainWindow::PlansSection, f.s.plan);
        saveShownAsPdf(f.window, f.path);
        const QString text = f.savedText();
        CHECK(text.contains(QStringLiteral("Catching up on school and a first job")));
        CHECK(text.contains(f.s.goals.first()));
    }
    SECTION("a family plan") {
        select(f.window, ui::MainWindow::PlansSection, f.s.familyPlan);
        CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/family-plan.pdf")));
        const QString text = f.savedText();
        CHECK(text.contains(QStringLiteral("Family development plan")));
        CHECK(text.contains(QStringLiteral("Pay off the electricity debt")));
    }
}

TEST_CASE("Save as PDF with a household selected writes its family plan, or says that it has none", "[documents][ui]") {
    Fixture f;
    SECTION("a household with a family plan") {
        select(f.window, ui::MainWindow::HouseholdsSection, f.s.household);
        saveShownAsPdf(f.window, f.path);
        const QString text = f.savedText();
        CHECK(text.contains(QStringLiteral("Family development plan")));
        CHECK(text.contains(QStringLiteral("Petőfi utca 12.")));
        CHECK(text.contains(QStringLiteral("Go to school every day")));
    }
    SECTION("a household without one") {
        const QString rostas = f.s.build.household(f.s.otherLocality, QStringLiteral("Rostás"));
        select(f.window, ui::MainWindow::HouseholdsSection, rostas);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        saveShownAsPdf(f.window, f.path);
        CHECK(ui::MessageBox::lastText().contains(QStringLiteral("The Rostás household has no family plan")));
        CHECK_FALSE(QFile::exists(f.path));
    }
}

TEST_CASE("Save as PDF with a person selected writes their current plan, else their case summary", "[documents][ui]") {
    Fixture f;
    SECTION("a person with plans") {
        select(f.window, ui::MainWindow::PeopleSection, f.s.gabor);
        saveShownAsPdf(f.window, f.path);
        // The household's family plan is newer than his own.
        CHECK(f.savedText().contains(QStringLiteral("Family development plan")));
    }
    SECTION("a person without a plan") {
        const QString loner = f.s.build.person(QString(), QStringLiteral("Horváth"), QStringLiteral("Béla"));
        f.window.searchField()->setText(QStringLiteral("Horváth"));
        f.window.searchNow();
        select(f.window, ui::MainWindow::PeopleSection, loner);
        CHECK(saveShownAsPdf(f.window, f.path).endsWith(QStringLiteral("/summary.pdf")));
        const QString text = f.savedText();
        CHECK(text.contains(QStringLiteral("Case summary")));
        CHECK(text.contains(QStringLiteral("Horváth Béla")));
    }
}

TEST_CASE("Ctrl+P previews the record on screen and a record with no document of its own says so", "[documents][ui]") {
    Fixture f;
    SECTION("a visit") {
        select(f.window, ui::MainWindow::VisitsSection, f.s.visit);
        const PreviewSeen seen = closePreview([&] { printActions(f.window)->previewAction()->trigger(); });
        CHECK(seen.title == QStringLiteral("Print preview: Home visit record"));
        CHECK(seen.pages == 1);
    }
    SECTION("a locality") {
        select(f.window, ui::MainWindow::LocalitiesSection, f.s.locality);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        printActions(f.window)->previewAction()->trigger();
        CHECK(ui::MessageBox::lastText().contains(QStringLiteral("There is no printed document for a locality")));
    }
    SECTION("the case summary of the person a visit is about") {
        select(f.window, ui::MainWindow::VisitsSection, f.s.visit);
        const QList<core::DocumentRequest> summary = printActions(f.window)->currentRequests(true);
        REQUIRE(summary.size() == 1);
        CHECK(summary.first().kind == core::DocumentKind::CaseSummary);
        CHECK(summary.first().id == f.s.gabor);
    }
}

TEST_CASE("The print links of the detail pane preview the consent form and the attendance sheet", "[documents][ui]") {
    Fixture f;
    SECTION("a consent on the person's page") {
        select(f.window, ui::MainWindow::PeopleSection, f.s.gabor);
        const PreviewSeen seen =
            closePreview([&] { follow(f.window, QStringLiteral("fc:do/print/consent/%1").arg(f.s.consent)); });
        CHECK(seen.title == QStringLiteral("Print preview: Consent form"));
        CHECK(seen.pages >= 1);
    }
    SECTION("an event") {
        select(f.window, ui::MainWindow::EventsSection, f.s.event);
        const PreviewSeen seen =
            closePreview([&] { follow(f.window, QStringLiteral("fc:do/print/event/%1").arg(f.s.event)); });
        CHECK(seen.title == QStringLiteral("Print preview: Attendance sheet"));
        CHECK(seen.pages >= 1);
    }
}
