// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "models/Roles.h"

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

// The Print menu of a window: print preview of the document of the record on screen (Ctrl+P),
// the case summary, save as PDF, and the batch of plans awaiting signature for municipality
// staff. The window tells which record is on screen through a function, so any window can host it.
class DocumentActions : public QObject {
    Q_OBJECT

public:
    using CurrentRecord = std::function<RecordRef()>;
    // Asks where to save a PDF, given a suggested path; empty when the user cancels.
    using PathChooser = std::function<QString(const QString& suggested)>;

    DocumentActions(AppContext context, QWidget* window, CurrentRecord currentRecord);

    // Adds the Print menu (before the Help menu when there is one).
    void addMenu(QMenuBar* menuBar);

    QAction* previewAction() const { return m_preview; }
    QAction* savePdfAction() const { return m_savePdf; }
    QAction* batchAction() const { return m_batch; }

    // What Ctrl+P prints for the record on screen; empty (with a message shown) when nothing.
    QList<core::DocumentRequest> currentRequests(bool summary = false);
    // The same for any record: a visit its record, an event its attendance sheet, and so on.
    QList<core::DocumentRequest> requestsFor(const RecordRef& record, bool summary = false);
    // The "print" link of the detail pane: the print preview of that record's document. Other
    // actions are not for this class; false then.
    bool run(const QString& action, const RecordRef& record);
    // Replaces the save dialog (tests answer it this way).
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // Writes documents to a PDF and tells the user the outcome; true when written.
    bool savePdf(const QList<core::DocumentRequest>& requests, const QString& path);
    // Opens the print preview (which prints from its own toolbar).
    void preview(const QList<core::DocumentRequest>& requests);

private:
    void previewCurrent(bool summary);
    QString choosePath(const QString& title, const QString& fileName);
    void saveCurrentAsPdf();
    void printAwaitingSignature();
    void showError(const QString& message);
    // Shows how far a batch has got, and lets the user stop it.
    static core::PrintProgress progressFor(QProgressDialog& dialog, int total);

    AppContext m_context;
    QWidget* m_window;
    CurrentRecord m_currentRecord;
    PathChooser m_choosePath;
    QAction* m_preview = nullptr;
    QAction* m_summary = nullptr;
    QAction* m_savePdf = nullptr;
    QAction* m_batch = nullptr;
};

} // namespace fieldcase::ui
