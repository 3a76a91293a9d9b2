// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PersonDirectory.h"
#include "models/Roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// People in name order, read a page at a time as the view scrolls (never the whole table),
// optionally narrowed by a search over names.
class PersonListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, BirthDateColumn, HouseholdColumn, LocalityColumn, ColumnCount };
    static constexpr int IdRole = ui::IdRole;
    static constexpr int kPageSize = 200;

    explicit PersonListModel(core::Database& db, QObject* parent = nullptr);

    // Shows only people whose names match the query (see core::Search); empty shows everyone.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    // Re-reads from the database, keeping the query.
    void reload();
    // How many people match, counted in the database (rowCount() is what has been read so far).
    int totalCount() const { return m_total; }
    // The row of a person among those read so far, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    // A read from the database failed; the list shows what it had.
    void loadFailed(const QString& message);

private:
    QList<core::PersonRow> readPage(const core::PersonRow* after);

    core::PersonDirectory m_directory;
    QString m_query;
    QList<core::PersonRow> m_rows;
    bool m_atEnd = false;
    bool m_announcingReset = false;
    int m_total = 0;
};

} // namespace fieldcase::ui
