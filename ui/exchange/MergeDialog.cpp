// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeDialog.h"

#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

enum Column {
    FileColumn,
    FromColumn,
    NewColumn,
    ChangedColumn,
    PresentColumn,
    ConflictColumn,
    DuplicateColumn,
    StatusColumn,
    ColumnCount
};

const QString kLastFolder = QStringLiteral("exchange/lastFolder");

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

} // namespace

MergeDialog::MergeDialog(AppContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setWindowTitle(tr("Merge exchange files"));
    resize(980, 560);
    setAcceptDrops(true);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Files from laptops (or, on a laptop, return packages from the central copy), in any "
                                "order. Each file is checked and previewed first; nothing is written until you "
                                "press Merge."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("From"), tr("New"), tr("Changed"), tr("Already here"),
                                        tr("Conflicts"), tr("Duplicates?"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FileColumn, 200);
    m_table->setColumnWidth(FromColumn, 120);
    for (int c = NewColumn; c <= DuplicateColumn; ++c) {
        m_table->setColumnWidth(c, c == DuplicateColumn ? 84 : 66);
    }
    m_table->setColumnWidth(PresentColumn, 96);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Files to merge"));
    layout->addWidget(m_table, 2);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_report = new QTextBrowser(this);
    m_report->setAccessibleName(tr("Merge report"));
    layout->addWidget(m_report, 1);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel merge"), this);
    m_cancel->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add files..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setDefault(true);
    m_merge->setEnabled(false);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MergeDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &MergeDialog::removeSelected);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    m_summary->setText(tr("Add the files to merge, or drop them on this window."));
}

void MergeDialog::chooseFiles() {
    const QString folder = QSettings().value(kLastFolder).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Choose exchange files"), folder,
                                                            tr("Fieldcase exchange files (*.fcx);;All files (*)"));
    if (!paths.isEmpty()) {
        QSettings().setValue(kLastFolder, QFileInfo(paths.first()).absolutePath());
        addFiles(paths);
    }
}

void MergeDialog::addFiles(const QStringList& paths) {
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_files.contains(absolute)) {
            m_files.append(absolute);
        }
    }
    preview();
}

void MergeDialog::removeSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size()) {
        return;
    }
    const QString name = m_reports.at(row).file;
    m_files.erase(std::remove_if(m_files.begin(), m_files.end(),
                                 [&](const QString& f) { return QFileInfo(f).fileName() == name; }),
                  m_files.end());
    preview();
}

void MergeDialog::preview() {
    if (m_files.isEmpty()) {
        m_reports.clear();
        m_table->setRowCount(0);
        m_merge->setEnabled(false);
        m_summary->setText(tr("Add the files to merge, or drop them on this window."));
        return;
    }
    setBusy(true);
    core::ImportOptions options;
    options.dryRun = true;
    core::Importer importer(m_context.db);
    const QList<core::ImportReport> reports = importer.importFiles(m_files, options);
    showReports(reports, false, importer.setAsideRetried());
    setBusy(false);
}

void MergeDialog::apply() {
    if (m_files.isEmpty() || m_busy) {
        return;
    }
    setBusy(true);
    m_cancelRequested = false;
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setValue(0);
    core::ImportOptions options;
    options.progress = [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::min<qint64>(total, 1 << 30)));
        m_progress->setValue(int(std::min<qint64>(done, total)));
        QApplication::processEvents();
        return !m_cancelRequested;
    };
    core::Importer importer(m_context.db);
    const QList<core::ImportReport> reports = importer.importFiles(m_files, options);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    setBusy(false);
    showReports(reports, true, importer.setAsideRetried());
    m_merge->setEnabled(false);
    m_files.clear();
}

void MergeDialog::setBusy(bool busy) {
    m_busy = busy;
    m_add->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    m_merge->setEnabled(!busy);
    m_close->setEnabled(!busy);
    QApplication::processEvents();
}

void MergeDialog::showReports(const QList<core::ImportReport>& reports, bool applied,
                              const core::Result<core::QuarantineRetry>& setAside) {
    m_reports = reports;
    m_table->setRowCount(int(reports.size()));
    int ready = 0;
    int refused = 0;
    int setAsideNow = 0;
    QString html;
    if (!setAside) {
        html += QStringLiteral("<p>") +
                tr("The changes set aside by earlier merges could not be tried again (%1). They are kept.")
                    .arg(setAside.error().message.toHtmlEscaped()) +
                QStringLiteral("</p>");
    } else if (setAside->applied > 0) {
        html += QStringLiteral("<p>") +
                (applied ? tr("%n change(s) that earlier merges had set aside are merged now, as this copy can use "
                              "them.",
                              nullptr, int(setAside->applied))
                         : tr("%n change(s) that earlier merges had set aside will be merged first, as this copy "
                              "can use them now.",
                              nullptr, int(setAside->applied))) +
                QStringLiteral("</p>");
    }
    for (int row = 0; row < reports.size(); ++row) {
        const core::ImportReport& r = reports.at(row);
        const bool counted = r.status != core::ImportStatus::Refused && r.status != core::ImportStatus::Pending &&
                             r.status != core::ImportStatus::Cancelled;
        QString from;
        if (!r.senderName.isEmpty()) {
            from = r.firstSequence < r.sequence ? tr("%1, file %2 (with everything since file %3)")
                                                      .arg(r.senderName)
                                                      .arg(r.sequence)
                                                      .arg(r.firstSequence)
                                                : tr("%1, file %2").arg(r.senderName).arg(r.sequence);
        }
        m_table->setItem(row, FileColumn, cell(r.file));
        m_table->setItem(row, FromColumn, cell(from));
        m_table->setItem(row, NewColumn, cell(counted ? QString::number(r.counts.newRecords) : QString(), true));
        m_table->setItem(row, ChangedColumn,
                         cell(counted ? QString::number(r.counts.changedRecords) : QString(), true));
        m_table->setItem(row, PresentColumn,
                         cell(counted ? QString::number(r.counts.alreadyPresent) : QString(), true));
        m_table->setItem(row, ConflictColumn, cell(counted ? QString::number(r.counts.conflicts) : QString(), true));
        m_table->setItem(row, DuplicateColumn, cell(counted ? QString::number(r.duplicates.size()) : QString(), true));
        QString status = core::Importer::statusText(r.status);
        if (r.status == core::ImportStatus::Refused || r.status == core::ImportStatus::Pending) {
            status = tr("%1: %2").arg(status, r.message);
        } else if (r.counts.quarantined > 0) {
            status = tr("%1; %n change(s) set aside", nullptr, int(r.counts.quarantined)).arg(status);
        }
        QTableWidgetItem* statusItem = cell(status);
        statusItem->setToolTip(r.detail.isEmpty() ? r.message : r.message + QStringLiteral("\n") + r.detail);
        if (r.status == core::ImportStatus::Refused) {
            statusItem->setForeground(QColor(0xb0, 0x1e, 0x1e));
            ++refused;
        } else if (r.status == core::ImportStatus::Previewed || r.status == core::ImportStatus::Applied) {
            ++ready;
        }
        m_table->setItem(row, StatusColumn, statusItem);

        html += QStringLiteral("<p><b>%1</b>: %2").arg(r.file.toHtmlEscaped(), status.toHtmlEscaped());
        if (counted) {
            html += QStringLiteral("<br>") + tr("%1 new, %2 changed, %3 already here, %4 conflicting")
                                                 .arg(r.counts.newRecords)
                                                 .arg(r.counts.changedRecords)
                                                 .arg(r.counts.alreadyPresent)
                                                 .arg(r.counts.conflicts);
        }
        for (const core::DuplicatePair& d : r.duplicates) {
            html += QStringLiteral("<br>") + tr("Possible duplicate: %1 (%2) and %3 (%4): %5")
                                                 .arg(d.nameA.toHtmlEscaped(), d.birthDateA, d.nameB.toHtmlEscaped(),
                                                      d.birthDateB, d.reason.toHtmlEscaped());
        }
        for (const QString& reason : r.counts.quarantineReasons) {
            html += QStringLiteral("<br>") + tr("Set aside: %1").arg(reason.toHtmlEscaped());
        }
        setAsideNow += counted ? int(r.counts.quarantined) : 0;
        if (!r.notice.isEmpty()) {
            html += QStringLiteral("<br>") + r.notice.toHtmlEscaped();
        }
        for (const QString& released : r.released) {
            html += QStringLiteral("<br>") + tr("Also merged after waiting: %1").arg(released.toHtmlEscaped());
        }
        if (!r.backupPath.isEmpty()) {
            html += QStringLiteral("<br>") + tr("Backup before merging: %1").arg(r.backupPath.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
    }
    if (setAsideNow > 0) {
        html += QStringLiteral("<p>") +
                tr("Changes set aside are not lost: they are kept, and merged as soon as this copy can use them "
                   "(once Fieldcase is updated to the version that made them).") +
                QStringLiteral("</p>");
    }
    m_report->setHtml(html);
    if (applied) {
        m_summary->setText(tr("Merged %n file(s).", nullptr, ready) +
                           (refused > 0
                                ? QLatin1Char(' ') + tr("%n file(s) refused; they changed nothing.", nullptr, refused)
                                : QString()));
    } else {
        m_summary->setText(
            tr("Preview: %n file(s) ready to merge.", nullptr, ready) +
            (refused > 0 ? QLatin1Char(' ') + tr("%n file(s) will be refused.", nullptr, refused) : QString()) +
            QLatin1Char(' ') + tr("Nothing has been written yet."));
    }
    m_merge->setEnabled(!applied && ready > 0);
}

} // namespace fieldcase::ui
