// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PersonListModel.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"

namespace fieldcase::ui {

PersonListModel::PersonListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(db) {
    reload();
}

void PersonListModel::setQuery(const QString& query) {
    if (query == m_query) {
        return;
    }
    m_query = query;
    reload();
}

void PersonListModel::reload() {
    beginResetModel();
    m_rows = readPage(nullptr);
    m_atEnd = m_rows.size() < kPageSize;
    // Views (and QAbstractItemModelTester) may ask for more rows from inside the reset
    // notification; growing the model before the reset has been announced to everyone would
    // show some listeners rows they never heard of.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    const auto total = m_directory.count(m_query);
    m_total = total ? *total : int(m_rows.size());
    Q_EMIT totalCountChanged(m_total);
}

QList<core::PersonRow> PersonListModel::readPage(const core::PersonRow* after) {
    auto page = m_directory.page(m_query, after, kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        return {};
    }
    return *page;
}

int PersonListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int PersonListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::PersonRow& row = m_rows.at(index.row());
    if (role == IdRole || role == SubjectIdRole) {
        return row.id;
    }
    if (role == TableRole || role == SubjectTableRole) {
        return QStringLiteral("person");
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return QString(row.familyName + QLatin1Char(' ') + row.givenNames);
    case BirthDateColumn: {
        static const core::FieldDef* birth =
            core::Schema::instance().table(QStringLiteral("person"))->field(QStringLiteral("birth_date"));
        return core::values::display(*birth, row.birthDate);
    }
    case HouseholdColumn:
        return row.household;
    case LocalityColumn:
        return row.locality;
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Born");
    case HouseholdColumn:
        return tr("Household");
    case LocalityColumn:
        return tr("Locality");
    default:
        return {};
    }
}

bool PersonListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void PersonListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const core::PersonRow* last = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    const QList<core::PersonRow> page = readPage(last);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

} // namespace fieldcase::ui
