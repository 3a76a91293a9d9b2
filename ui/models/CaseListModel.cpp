// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CaseListModel.h"

namespace fieldcase::ui {

CaseListModel::CaseListModel(core::Database& db, const core::CaseListQuery& query, bool loadNow, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lists(db)
    , m_query(query)
    , m_headers(core::CaseLists::headers(query.list))
    , m_atEnd(!loadNow) {
    if (loadNow) {
        reload();
    }
}

void CaseListModel::setQuery(const core::CaseListQuery& query) {
    m_query = query;
    m_headers = core::CaseLists::headers(query.list);
    reload();
}

void CaseListModel::reload() {
    beginResetModel();
    m_rows = readPage(nullptr);
    m_atEnd = m_rows.size() < kPageSize;
    // As in PersonListModel: listeners may fetch from inside the reset notification, and must
    // not be shown rows before every listener has heard of the reset.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    const auto total = m_lists.count(m_query);
    m_total = total ? *total : int(m_rows.size());
    Q_EMIT totalCountChanged(m_total);
}

QList<core::CaseRow> CaseListModel::readPage(const core::CaseRow* after) {
    auto page = m_lists.page(m_query, after, kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        return {};
    }
    return *page;
}

int CaseListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::CaseRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells.value(index.column());
    case IdRole:
        return row.id;
    case TableRole:
        return row.table;
    case SubjectTableRole:
        return row.subjectTable;
    case SubjectIdRole:
        return row.subjectId;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size()) {
        return m_headers.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<core::CaseRow> page = readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast());
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

} // namespace fieldcase::ui
