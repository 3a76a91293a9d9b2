// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "models/Roles.h"
#include "reports/ReportTable.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;

namespace fieldcase::ui {

class IndicatorChart;
class MemberListDialog;
class PeriodChooser;
class RecordPicker;
class ReportPane;

// The programme dashboard: for a period (a month, quarter or year, or the whole programme) and the
// whole programme or one locality, the indicators planned against achieved (a table and bars) and
// the ESF+ common indicators on participants (2021-2027, or the 2014-2020 set). Enter or a
// double-click on an indicator lists the people or events behind its number; each report exports
// to CSV, XLSX and PDF, for outside the programme (small counts hidden) or for its own staff.
class Dashboard : public QDialog {
    Q_OBJECT

public:
    enum Tab { IndicatorsTab, EsfTab };
    // Asked for the file an export goes to, with the suggested path; empty to cancel. A file
    // dialog unless set (tests set it).
    using PathChooser = std::function<QString(const QString& suggested, const QString& format)>;

    explicit Dashboard(AppContext context, QWidget* parent = nullptr);

    core::ReportScope scope() const;
    PeriodChooser* period() const { return m_period; }
    RecordPicker* locality() const { return m_locality; }
    QTabWidget* tabs() const { return m_tabs; }
    ReportPane* indicatorPane() const { return m_indicators; }
    ReportPane* esfPane() const { return m_esf; }
    IndicatorChart* chart() const { return m_chart; }
    QComboBox* esfSet() const { return m_esfSet; }
    // The list behind a number opened last, while it is open.
    MemberListDialog* memberList() const;
    // What the last export wrote, or why it did not.
    QLabel* status() const { return m_status; }

    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    // Makes the reports again for the period and place chosen (on a change, and on F5).
    void refresh();
    // Lists the records behind the achieved number of an indicator row.
    void showMembers(int row);
    // Exports the report of a tab; the file is asked for.
    void exportReport(Tab tab, const QString& format);

Q_SIGNALS:
    // The user asked to see a record in the main window.
    void openRequested(const fieldcase::ui::RecordRef& record);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshTab(Tab tab);
    core::ReportTable tableFor(Tab tab, bool* ok);
    QString suggestedPath(Tab tab, const QString& format) const;

    AppContext m_context;
    PeriodChooser* m_period = nullptr;
    RecordPicker* m_locality = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReportPane* m_indicators = nullptr;
    ReportPane* m_esf = nullptr;
    IndicatorChart* m_chart = nullptr;
    QComboBox* m_esfSet = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_reload = nullptr;
    QPointer<MemberListDialog> m_members;
    PathChooser m_choosePath;
    bool m_stale[2] = {true, true};
};

} // namespace fieldcase::ui
