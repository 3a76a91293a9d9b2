// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/CaseLists.h"
#include "models/Roles.h"

#include <QAbstractTableModel>

namespace fieldcase::ui {

// One of the case-work lists (households, plans, visits due, ...), read a page at a time as the
// view scrolls.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    // Reads the first page at once unless told to wait for reload() (a list not on screen yet).
    CaseListModel(core::Database& db, const core::CaseListQuery& query, bool loadNow = true, QObject* parent = nullptr);

    const core::CaseListQuery& query() const { return m_query; }
    void setQuery(const core::CaseListQuery& query);
    void reload();
    int totalCount() const { return m_total; }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadFailed(const QString& message);

private:
    QList<core::CaseRow> readPage(const core::CaseRow* after);

    core::CaseLists m_lists;
    core::CaseListQuery m_query;
    QStringList m_headers;
    QList<core::CaseRow> m_rows;
    bool m_atEnd = false;
    bool m_announcingReset = false;
    int m_total = 0;
};

} // namespace fieldcase::ui
