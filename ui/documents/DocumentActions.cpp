// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentActions.h"

#include "MessageBox.h"
#include "documents/BatchPrintDialog.h"
#include "documents/DocumentPrinter.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace fieldcase::ui {

DocumentActions::DocumentActions(AppContext context, QWidget* window, CurrentRecord currentRecord)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_currentRecord(std::move(currentRecord)) {
    m_preview = new QAction(tr("&Print..."), this);
    m_preview->setShortcut(QKeySequence::Print);
    m_preview->setStatusTip(tr("Print preview of the record on screen: a plan, review, visit, attendance sheet or "
                               "consent form; for a person their current plan, else their case summary"));
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
    return requestsFor(m_currentRecord ? m_currentRecord() : RecordRef{}, summary);
}

QList<core::DocumentRequest> DocumentActions::requestsFor(const RecordRef& record, bool summary) {
    if (!record.isValid()) {
        showError(summary ? tr("Select a person first: the case summary is printed for them.")
                          : tr("Select a record first: a person, household, plan, plan review, visit, group event "
                               "or consent."));
        return {};
    }
    core::DocumentPrinter printer(m_context.db);
    auto request = summary ? printer.summaryFor(record.table, record.id) : printer.forRecord(record.table, record.id);
    if (!request) {
        showError(request.error().message);
        return {};
    }
    return {*request};
}

bool DocumentActions::run(const QString& action, const RecordRef& record) {
    if (action != QStringLiteral("print")) {
        return false;
    }
    const QList<core::DocumentRequest> requests = requestsFor(record);
    if (!requests.isEmpty()) {
        preview(requests);
    }
    return true;
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
    const QString path = choosePath(tr("Save as PDF"), core::DocumentKinds::name(requests.first().kind));
    if (!path.isEmpty()) {
        savePdf(requests, path);
    }
}

QString DocumentActions::choosePath(const QString& title, const QString& fileName) {
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              fileName + QStringLiteral(".pdf");
    if (m_choosePath) {
        return m_choosePath(suggested);
    }
    return QFileDialog::getSaveFileName(m_window, title, suggested, tr("PDF documents (*.pdf)"));
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
    const QString path = choosePath(tr("Save plans as PDF"), QStringLiteral("plans-awaiting-signature"));
    if (!path.isEmpty()) {
        savePdf(*requests, path);
    }
}

void DocumentActions::showError(const QString& message) {
    MessageBox::warning(m_window, tr("Print"), message);
}

} // namespace fieldcase::ui
