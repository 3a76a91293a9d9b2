// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateReview.h"

#include "MessageBox.h"
#include "domain/FieldValue.h"
#include "domain/Schema.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

QString dateText(const QString& iso) {
    const core::FieldDef* f =
        core::Schema::instance().table(QStringLiteral("person"))->field(QStringLiteral("birth_date"));
    return core::values::display(*f, iso);
}

} // namespace

DuplicateReview::DuplicateReview(AppContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setWindowTitle(tr("Possible duplicate persons"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These people were registered more than once, perhaps on two laptops. Merging keeps "
                                "every visit, plan and consent of both; files that still name the merged person "
                                "land on the one kept. Where the two hold different details (two phone numbers), "
                                "both go to the conflict inbox for you to decide."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("First person"), tr("Born"), tr("Second person"), tr("Born"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 200);
    m_table->setColumnWidth(2, 200);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_keepFirst = new QPushButton(tr("Keep the &first, merge the second into it"), this);
    auto* keepFirst = m_keepFirst;
    auto* keepSecond = new QPushButton(tr("Keep the &second"), this);
    auto* different = new QPushButton(tr("&Not the same person"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(keepFirst);
    buttons->addWidget(keepSecond);
    buttons->addWidget(different);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(keepFirst, &QPushButton::clicked, this, [this] { mergeCurrent(true); });
    connect(keepSecond, &QPushButton::clicked, this, [this] { mergeCurrent(false); });
    connect(different, &QPushButton::clicked, this, &DuplicateReview::dismissCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

void DuplicateReview::reload() {
    auto pairs = core::Duplicates(m_context.db).open();
    m_pairs = pairs.ok() ? *pairs : QList<core::DuplicatePair>();
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const core::DuplicatePair& p = m_pairs.at(row);
        const QStringList cells = {p.nameA, dateText(p.birthDateA), p.nameB, dateText(p.birthDateB), p.reason};
        for (int col = 0; col < cells.size(); ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
    if (m_pairs.isEmpty()) {
        m_status->setText(tr("No possible duplicates are waiting for review."));
    } else {
        m_table->selectRow(0);
    }
}

void DuplicateReview::mergeCurrent(bool keepFirst) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size()) {
        return;
    }
    const core::DuplicatePair& p = m_pairs.at(row);
    const QString keep = keepFirst ? p.personA : p.personB;
    const QString drop = keepFirst ? p.personB : p.personA;
    const QString keepName = keepFirst ? p.nameA : p.nameB;
    if (MessageBox::question(this, tr("Merge two persons"),
                             tr("Merge the two records into %1? Every visit, plan and consent of both stays, with "
                                "%1. Details that differ between the two wait in the conflict inbox, with both "
                                "values, until you decide.")
                                 .arg(keepName),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        return;
    }
    auto merged = core::Duplicates(m_context.db).merge(keep, drop);
    // Listed again first: with no pair left, the list says so, and what the merge did comes after.
    reload();
    if (!merged) {
        m_status->setText(merged.error().message);
        return;
    }
    QString text = tr("Merged into %1: %n record(s) moved over.", nullptr, merged->repointed).arg(keepName);
    if (merged->toDecide > 0) {
        text += QLatin1Char(' ') + tr("%n differing value(s) of the two await a decision in the conflict inbox "
                                      "(Exchange menu, Ctrl+Shift+I).",
                                      nullptr, merged->toDecide);
    }
    m_status->setText(text);
}

void DuplicateReview::dismissCurrent() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size()) {
        return;
    }
    const auto status = core::Duplicates(m_context.db).dismiss(m_pairs.at(row).personA, m_pairs.at(row).personB);
    reload();
    m_status->setText(status ? tr("Marked as two different people.") : status.error().message);
}

} // namespace fieldcase::ui
