// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/Roles.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace fieldcase::ui {

class RecordDetailView;

// A list of records on the left and the chosen one's details on the right. Above the list, room
// for the page's own controls (a search box, a locality or a staff member to narrow it by).
class ListPage : public QWidget {
    Q_OBJECT

public:
    ListPage(const QString& title, QAbstractItemModel* model, RecordDetailView* detail, QWidget* parent = nullptr);

    QString title() const { return m_title; }
    QTableView* view() const { return m_view; }
    QAbstractItemModel* model() const { return m_model; }
    QHBoxLayout* toolbar() const { return m_toolbar; }
    RecordDetailView* detail() const { return m_detail; }
    // The record the detail pane shows.
    RecordRef currentRecord() const;
    // Selects the row of the record when it has been read, otherwise just shows it.
    void showRecord(const RecordRef& record);
    void setCountText(const QString& text);
    // Shows the first row (after a search, Enter goes to it).
    void focusFirstRow();

Q_SIGNALS:
    void currentRecordChanged(const fieldcase::ui::RecordRef& record);

private:
    void showCurrentRow();
    // Widens columns whose heading does not fit: translated headings are often longer than the
    // English ones the default width was chosen for.
    void fitHeadings();

    QString m_title;
    QAbstractItemModel* m_model;
    QTableView* m_view = nullptr;
    RecordDetailView* m_detail = nullptr;
    QHBoxLayout* m_toolbar = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace fieldcase::ui
