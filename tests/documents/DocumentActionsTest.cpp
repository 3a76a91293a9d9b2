// SPDX-License-Identifier: GPL-3.0-or-later
// The Print menu of the main window and the batch dialog for plans awaiting signature.
#include "DocumentScenario.h"
#include "PdfTools.h"
#include "TestDatabase.h"

#include "MainWindow.h"
#include "documents/BatchPrintDialog.h"
#include "documents/DocumentActions.h"
#include "documents/DocumentPrinter.h"
#include "views/RecordDetailView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace fieldcase;

namespace {

QMenu* printMenu(QMainWindow& window) {
    for (QAction* action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == QStringLiteral("&Print")) {
            return action->menu();
        }
    }
    return nullptr;
}

void keepScreenshot(QWidget& widget, const QString& name) {
    const QString folder = qEnvironmentVariable("FIELDCASE_KEEP_PAGES");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

TEST_CASE("The main window has a Print menu: Ctrl+P prints the plan of the person on screen", "[documents][ui]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    ui::MainWindow window(ui::AppContext{tdb.db()});
    QMenu* menu = printMenu(window);
    REQUIRE(menu != nullptr);
    // Print comes before Help, which stays last.
    CHECK(window.menuBar()->actions().last()->text() == QStringLiteral("&Help"));

    auto* actions = window.findChild<ui::DocumentActions*>();
    REQUIRE(actions != nullptr);
    CHECK(actions->previewAction()->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(menu->actions().contains(actions->batchAction()));
    CHECK(menu->actions().contains(actions->savePdfAction()));

    window.openRecord({QStringLiteral("person"), s.gabor});
    const QList<core::DocumentRequest> requests = actions->currentRequests();
    REQUIRE(requests.size() == 1);
    CHECK(requests.first().kind == core::DocumentKind::FamilyPlan);
    CHECK(requests.first().id == s.familyPlan);
    const QList<core::DocumentRequest> summary = actions->currentRequests(true);
    REQUIRE(summary.size() == 1);
    CHECK(summary.first().kind == core::DocumentKind::CaseSummary);

    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("saved.pdf"));
    REQUIRE(actions->savePdf(requests, path));
    CHECK(test::pdf::text(path).contains(QStringLiteral("Lakatosné Szűcs Erzsébet")));
}

TEST_CASE("The batch dialog lists the localities with plans awaiting signature", "[documents][ui]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    core::DocumentPrinter printer(tdb.db());
    auto queues = printer.signatureQueues();
    REQUIRE(queues.ok());
    REQUIRE(queues->size() == 2);

    ui::BatchPrintDialog dialog(*queues);
    QComboBox* box = dialog.localityBox();
    REQUIRE(box->count() == 2);
    CHECK(box->itemText(0).startsWith(QStringLiteral("Alsóberény")));
    CHECK(box->itemText(0).contains(QStringLiteral("2")));
    CHECK(box->itemText(1).startsWith(QStringLiteral("Tiszaőrs")));
    CHECK(dialog.localityId() == s.locality);
    box->setCurrentIndex(1);
    CHECK(dialog.localityId() == s.otherLocality);
    box->setCurrentIndex(0);
    dialog.show();
    QApplication::processEvents();
    keepScreenshot(dialog, QStringLiteral("print-batch-dialog"));

    ui::BatchPrintDialog empty(QList<core::SignatureQueue>{});
    CHECK_FALSE(empty.localityBox()->isEnabled());
}

TEST_CASE("The print preview paints the plan onto the printer it is given", "[documents][ui]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    core::DocumentPrinter printer(tdb.db());
    QPrinter device(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&device);
    int painted = 0;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter* target) {
        REQUIRE(printer.print(*target, {core::DocumentRequest{core::DocumentKind::IndividualPlan, s.plan}}).ok());
        ++painted;
    });
    preview.resize(900, 1000);
    preview.show();
    QApplication::processEvents();
    CHECK(painted >= 1);
    CHECK(printer.lastPageCount() == 1);
    keepScreenshot(preview, QStringLiteral("print-preview"));
}
