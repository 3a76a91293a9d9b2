// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ListPage.h"

#include "views/RecordDetailView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldcase::ui {

ListPage::ListPage(const QString& title, QAbstractItemModel* model, RecordDetailView* detail, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_model(model)
    , m_detail(detail) {
    model->setParent(this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), left);
    m_toolbar = new QHBoxLayout;
    m_toolbar->addWidget(heading);
    m_toolbar->addStretch();
    leftLayout->addLayout(m_toolbar);

    m_view = new QTableView(left);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->setAccessibleName(title);
    leftLayout->addWidget(m_view, 1);
    m_count = new QLabel(left);
    m_count->setStyleSheet(QStringLiteral("color:#555"));
    leftLayout->addWidget(m_count);

    detail->setParent(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::showCurrentRow);
    // Enter in the list moves into the details, where Tab walks the links.
    connect(m_view, &QTableView::activated, this, [this] { m_detail->setFocus(); });
    setFocusProxy(m_view);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::fitHeadings);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ListPage::fitHeadings);
    fitHeadings();
}

void ListPage::fitHeadings() {
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed) {
            header->resizeSection(column, needed);
        }
    }
}

RecordRef ListPage::currentRecord() const {
    return m_detail->record();
}

void ListPage::showCurrentRow() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const RecordRef record{current.data(SubjectTableRole).toString(), current.data(SubjectIdRole).toString()};
    const RecordRef row{current.data(TableRole).toString(), current.data(IdRole).toString()};
    // A visit due opens the household to visit; any other row opens its own record.
    m_detail->showRecord(row.table == QStringLiteral("activity") && record.table != QStringLiteral("activity") ? record
                                                                                                               : row);
    Q_EMIT currentRecordChanged(m_detail->record());
}

void ListPage::showRecord(const RecordRef& record) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(IdRole).toString() == record.id) {
            const bool already = m_view->currentIndex().row() == row;
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            if (already) {
                // The row did not change, but the pane may be showing a part of it (a consent).
                showCurrentRow();
            }
            return;
        }
    }
    m_view->clearSelection();
    m_detail->showRecord(record);
    Q_EMIT currentRecordChanged(record);
}

void ListPage::setCountText(const QString& text) {
    m_count->setText(text);
}

void ListPage::focusFirstRow() {
    if (m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->selectRow(0);
    }
}

} // namespace fieldcase::ui
