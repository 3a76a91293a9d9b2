// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSet>

namespace fieldcase::ui {

// A report table (ESF+ participants, planned vs achieved) as the screen shows it: one row per
// table row, one column per table column. Numbers are in the user's language's form and
// right-aligned, shares are percentages, suppressed cells read "<5"; RawValueRole gives the value
// itself, as every export writes it.
class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the cell's value (null when empty or suppressed)
        SuppressedRole,                  // true for a suppressed cell
        ColumnKeyRole,                   // the column's key ("total", "achieved", ...)
    };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const core::ReportTable& table);
    const core::ReportTable& table() const { return m_table; }

    // Columns whose values are shares (0.5 is half) and read as percentages; "share" unless set.
    void setPercentColumns(const QSet<QString>& keys);
    // The locale numbers are written in; the application's default unless set.
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a cell reads on the screen.
    QString text(int row, int column) const;

private:
    const core::ReportCell* cell(const QModelIndex& index) const;
    bool isPercent(int column) const;

    core::ReportTable m_table;
    QSet<QString> m_percentColumns;
    QList<bool> m_numeric; // by column: holds numbers (right-aligned)
    QLocale m_locale;
};

} // namespace fieldcase::ui
