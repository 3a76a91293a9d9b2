// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace fieldcase::ui {

class ReportTableModel;

// One report on a tab of the dashboard: its title and scope, the table (with a chart under it
// when there is one), the notes that go with it, and the buttons that export it. Whether the
// report is made for outside the programme is ticked here; the dashboard makes it accordingly.
class ReportPane : public QWidget {
    Q_OBJECT

public:
    // below: shown under the table (a chart), or none.
    explicit ReportPane(QWidget* below = nullptr, QWidget* parent = nullptr);

    void setTable(const core::ReportTable& table);
    // An error instead of a table: the table is emptied and the reason shown where the notes go.
    void showError(const QString& message);

    ReportTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* outsideBox() const { return m_outside; }
    bool forOutside() const;
    void setForOutside(bool outside);
    // Room above the table for the report's own choices.
    QHBoxLayout* controls() const { return m_controls; }
    QPushButton* exportButton(const QString& format) const;
    QLabel* notes() const { return m_notes; }
    // How high the widget under the table would like to be (the chart's bars).
    void setBelowHeight(int height);

Q_SIGNALS:
    // "csv", "xlsx" or "pdf".
    void exportRequested(const QString& format);
    void rowActivated(int row);
    void forOutsideChanged(bool outside);

private:
    void fitColumns();

    ReportTableModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QHBoxLayout* m_controls = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_notes = nullptr;
    QCheckBox* m_outside = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace fieldcase::ui
