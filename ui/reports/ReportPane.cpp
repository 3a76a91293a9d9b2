// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportPane.h"

#include "reports/ReportTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// No text column is made wider than this: a long one reads whole in its tooltip.
constexpr int kWidestTextColumn = 420;

} // namespace

ReportPane::ReportPane(QWidget* below, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addSpacing(12);
    heading->addWidget(m_subtitle, 1);
    m_controls = new QHBoxLayout;
    heading->addLayout(m_controls);
    layout->addLayout(heading);

    m_model = new ReportTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT rowActivated(index.row()); });
    if (below != nullptr) {
        m_splitter = new QSplitter(Qt::Vertical, this);
        m_splitter->addWidget(m_view);
        m_splitter->addWidget(below);
        m_splitter->setStretchFactor(0, 1);
        m_splitter->setStretchFactor(1, 1);
        m_splitter->setChildrenCollapsible(false);
        layout->addWidget(m_splitter, 1);
    } else {
        layout->addWidget(m_view, 1);
    }

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    auto* exports = new QHBoxLayout;
    m_outside = new QCheckBox(tr("For &outside the programme (counts under 5 people hidden)"), this);
    m_outside->setToolTip(tr("A report for a funder or anyone outside the programme: no names, and every count of "
                             "one to four people written as <5 so that nobody can be recognised."));
    m_csv = new QPushButton(tr("Export &CSV..."), this);
    m_xlsx = new QPushButton(tr("Export &XLSX..."), this);
    m_pdf = new QPushButton(tr("Export P&DF..."), this);
    exports->addWidget(m_outside);
    exports->addStretch(1);
    for (QPushButton* b : {m_csv, m_xlsx, m_pdf}) {
        b->setAutoDefault(false);
        exports->addWidget(b);
    }
    layout->addLayout(exports);
    connect(m_outside, &QCheckBox::toggled, this, &ReportPane::forOutsideChanged);
    connect(m_csv, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("csv")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("xlsx")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    setFocusProxy(m_view);
}

void ReportPane::setTable(const core::ReportTable& table) {
    const int row = m_view->currentIndex().row();
    m_title->setText(table.title);
    m_subtitle->setText(table.subtitle);
    m_model->setTable(table);
    m_notes->setText(table.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!table.notes.isEmpty());
    for (QPushButton* b : {m_csv, m_xlsx, m_pdf}) {
        b->setEnabled(!table.rows.isEmpty());
    }
    fitColumns();
    // The keyboard stays on the row it was on when the period or place changes.
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    }
}

void ReportPane::showError(const QString& message) {
    m_model->setTable({});
    m_title->clear();
    m_subtitle->clear();
    m_notes->setText(message);
    m_notes->setVisible(true);
    for (QPushButton* b : {m_csv, m_xlsx, m_pdf}) {
        b->setEnabled(false);
    }
}

bool ReportPane::forOutside() const {
    return m_outside->isChecked();
}

void ReportPane::setForOutside(bool outside) {
    m_outside->setChecked(outside);
}

QPushButton* ReportPane::exportButton(const QString& format) const {
    if (format == QStringLiteral("csv")) {
        return m_csv;
    }
    if (format == QStringLiteral("xlsx")) {
        return m_xlsx;
    }
    return format == QStringLiteral("pdf") ? m_pdf : nullptr;
}

void ReportPane::fitColumns() {
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString key = m_model->headerData(c, Qt::Horizontal, ReportTableModel::ColumnKeyRole).toString();
        // The indicator's name takes the room the numbers leave; cut short, it reads whole in its tooltip.
        if (key == QStringLiteral("name") || key == QStringLiteral("label")) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        } else if (m_view->columnWidth(c) > kWidestTextColumn) {
            m_view->setColumnWidth(c, kWidestTextColumn);
        }
    }
}

void ReportPane::setBelowHeight(int height) {
    if (m_splitter == nullptr) {
        return;
    }
    // The table gets what its rows need and the chart what its bars need, in proportion to the room
    // there is; either can be dragged larger.
    const int rows = m_view->horizontalHeader()->height() + m_view->verticalHeader()->length() + 4;
    m_splitter->setSizes({std::max(rows, 120), height});
}

} // namespace fieldcase::ui
