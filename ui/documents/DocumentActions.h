// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include "documents/DocumentKind.h"
#include "documents/DocumentPrinter.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenuBar;
class QProgressDialog;
class QWidget;

namespace fieldcase::ui {

// The Print menu of a window: print preview of the document for the record on screen (Ctrl+P),
// the case summary, save as PDF, and the batch of plans awaiting signature for municipality
// staff. The window tells which person is current through a function, so any window can host it.
class DocumentActions : public QObject {
    Q_OBJECT

public:
    using CurrentPerson = std::function<QString()>;

    DocumentActions(AppContext context, QWidget* window, CurrentPerson currentPerson);

    // Adds the Print menu (before the Help menu when there is one).
    void addMenu(QMenuBar* menuBar);

    QAction* previewAction() const { return m_preview; }
    QAction* savePdfAction() const { return m_savePdf; }
    QAction* batchAction() const { return m_batch; }

    // What Ctrl+P prints for the person on screen; empty (with a message shown) when nothing.
    QList<core::DocumentRequest> currentRequests(bool summary = false);
    // Writes documents to a PDF and tells the user the outcome; true when written.
    bool savePdf(const QList<core::DocumentRequest>& requests, const QString& path);
    // Opens the print preview (which prints from its own toolbar).
    void preview(const QList<core::DocumentRequest>& requests);

private:
    void previewCurrent(bool summary);
    void saveCurrentAsPdf();
    void printAwaitingSignature();
    void showError(const QString& message);
    // Shows how far a batch has got, and lets the user stop it.
    static core::PrintProgress progressFor(QProgressDialog& dialog, int total);

    AppContext m_context;
    QWidget* m_window;
    CurrentPerson m_currentPerson;
    QAction* m_preview = nullptr;
    QAction* m_summary = nullptr;
    QAction* m_savePdf = nullptr;
    QAction* m_batch = nullptr;
};

} // namespace fieldcase::ui
