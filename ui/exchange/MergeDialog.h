// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include "exchange/Importer.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace fieldcase::ui {

// Merging exchange files: the files chosen or dropped are previewed at once (new, changed, already
// present, conflicting, possible duplicates, refused with the reason, changes set aside); "Merge"
// applies them, one transaction per file after one backup, with a progress bar and a cancel button,
// and ends with a report. Changes set aside earlier that this copy can use now are merged first.
class MergeDialog : public QDialog {
    Q_OBJECT

public:
    explicit MergeDialog(AppContext context, QWidget* parent = nullptr);

    void addFiles(const QStringList& paths);
    QStringList files() const { return m_files; }
    QTableWidget* table() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }
    QTextBrowser* report() const { return m_report; }
    const QList<core::ImportReport>& lastReports() const { return m_reports; }

    void preview();
    void apply();

private:
    void chooseFiles();
    void removeSelected();
    void showReports(const QList<core::ImportReport>& reports, bool applied,
                     const core::Result<core::QuarantineRetry>& setAside);
    void setBusy(bool busy);

    AppContext m_context;
    QStringList m_files;
    QList<core::ImportReport> m_reports;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_report = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_summary = nullptr;
    bool m_cancelRequested = false;
    bool m_busy = false;
};

} // namespace fieldcase::ui
