// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentActions.h"

#include "documents/BatchPrintDialog.h"
#include "documents/DocumentPrinter.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace fieldcase::ui {

DocumentActions::DocumentActions(AppContext context, QWidget* window, CurrentPerson currentPerson)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_currentPerson(std::move(currentPerson)) {
    m_preview = new QAction(tr("&Print..."), this);
    m_preview->setShortcut(QKeySequence::Print);
    m_preview->setStatusTip(tr("Print preview of the plan of the person on screen, or their case summary"));
    connect(m_preview, &QAction::triggered, this, [this] { previewCurrent(false); });

    m_summary = new QAction(tr("Print case &summary..."), this);
    connect(m_summary, &QAction::triggered, this, [this] { previewCurrent(true); });

    m_savePdf = new QAction(tr("Save as P&DF..."), this);
    m_savePdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_savePdf, &QAction::triggered, this, &DocumentActions::saveCurrentAsPdf);

    m_batch = new QAction(tr("Plans &awaiting signature..."), this);
    m_batch->setStatusTip(tr("Print every plan of a locality that awaits signature"));
    connect(m_batch, &QAction::triggered, this, &DocumentActions::printAwaitingSignature);
}

void DocumentActions::addMenu(QMenuBar* menuBar) {
    auto* menu = new QMenu(tr("&Print"), menuBar);
    menu->addAction(m_preview);
    menu->addAction(m_summary);
    menu->addAction(m_savePdf);
    menu->addSeparator();
    menu->addAction(m_batch);
    const QList<QAction*> existing = menuBar->actions();
    // Help stays the last menu.
    QAction* before = existing.isEmpty() ? nullptr : existing.last();
    if (before && before->menu() && before->text().remove(QLatin1Char('&')) == tr("Help")) {
        menuBar->insertMenu(before, menu);
    } else {
        menuBar->addMenu(menu);
    }
}

QList<core::DocumentRequest> DocumentActions::currentRequests(bool summary) {
    const QString person = m_currentPerson ? m_currentPerson() : QString();
    if (person.isEmpty()) {
        showError(tr("Select a person first: printing shows their plan or their case summary."));
        return {};
    }
    if (summary) {
        return {core::DocumentRequest{core::DocumentKind::CaseSummary, person}};
    }
    core::DocumentPrinter printer(m_context.db);
    auto request = printer.defaultForPerson(person);
    if (!request) {
        showError(request.error().message);
        return {};
    }
    return {*request};
}

void DocumentActions::previewCurrent(bool summary) {
    const QList<core::DocumentRequest> requests = currentRequests(summary);
    if (!requests.isEmpty()) {
        preview(requests);
    }
}

void DocumentActions::preview(const QList<core::DocumentRequest>& requests) {
    core::DocumentPrinter printer(m_context.db);
    for (const core::DocumentRequest& request : requests) {
        if (auto s = printer.check(request); !s) {
            showError(s.error().message);
            return;
        }
    }
    QPrinter device(QPrinter::HighResolution);
    device.setDocName(core::DocumentKinds::title(requests.first().kind));
    QPrintPreviewDialog dialog(&device, m_window);
    dialog.setWindowTitle(tr("Print preview: %1").arg(core::DocumentKinds::title(requests.first().kind)));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        QProgressDialog progress(tr("Preparing the pages..."), tr("Cancel"), 0, 0, m_window);
        if (auto s = printer.print(*target, requests, progressFor(progress, int(requests.size())));
            !s && s.error().code != core::ErrorCode::Cancelled) {
            failure = s.error().message;
        }
    });
    dialog.resize(900, 1000);
    dialog.exec();
    if (!failure.isEmpty()) {
        showError(failure);
    }
}

core::PrintProgress DocumentActions::progressFor(QProgressDialog& dialog, int total) {
    dialog.setRange(0, total);
    dialog.setWindowModality(Qt::WindowModal);
    // A single document is done before a dialog would be worth showing.
    dialog.setMinimumDuration(700);
    return [&dialog](int done, int) {
        dialog.setValue(done);
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

bool DocumentActions::savePdf(const QList<core::DocumentRequest>& requests, const QString& path) {
    core::DocumentPrinter printer(m_context.db);
    QProgressDialog progress(tr("Writing %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_window);
    const core::Status written = printer.writePdf(path, requests, progressFor(progress, int(requests.size())));
    progress.reset();
    if (!written) {
        if (written.error().code != core::ErrorCode::Cancelled) {
            showError(written.error().message);
        }
        return false;
    }
    return true;
}

void DocumentActions::saveCurrentAsPdf() {
    const QList<core::DocumentRequest> requests = currentRequests(false);
    if (requests.isEmpty()) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QLatin1Char('/') + core::DocumentKinds::name(requests.first().kind) + QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(requests, path);
    }
}

void DocumentActions::printAwaitingSignature() {
    core::DocumentPrinter printer(m_context.db);
    auto queues = printer.signatureQueues();
    if (!queues) {
        showError(queues.error().message);
        return;
    }
    BatchPrintDialog dialog(*queues, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.localityId().isEmpty()) {
        return;
    }
    auto requests = printer.plansAwaitingSignature(dialog.localityId());
    if (!requests) {
        showError(requests.error().message);
        return;
    }
    if (requests->isEmpty()) {
        showError(tr("No plan of this locality awaits signature any more."));
        return;
    }
    if (dialog.choice() == BatchPrintDialog::Choice::Preview) {
        preview(*requests);
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save plans as PDF"),
                                                      folder + QStringLiteral("/plans-awaiting-signature.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(*requests, path);
    }
}

void DocumentActions::showError(const QString& message) {
    QMessageBox::warning(m_window, tr("Print"), message);
}

} // namespace fieldcase::ui
