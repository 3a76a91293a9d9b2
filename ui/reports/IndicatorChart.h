// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QChartView>
#include <QLocale>
#include <QStringList>

class QBarSet;

namespace fieldcase::ui {

// Planned against achieved as bars, one per indicator that has a target: how much of the target is
// achieved (solid), what is still missing (hatched) or achieved beyond it (lighter), on one scale
// of percent of the target, since the indicators count different things (people, events, hours).
// An indicator behind its target is marked by the hatched bar and by "behind by N" in its label,
// not by colour alone.
class IndicatorChart : public QChartView {
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget* parent = nullptr);

    // Reads the columns code, name, target, achieved and behind of a planned-vs-achieved table.
    void setTable(const core::ReportTable& table, const QLocale& locale = {});

    // The label of each bar, top to bottom, and how many indicators were left out for want of a
    // target.
    const QStringList& labels() const { return m_labels; }
    int withoutTarget() const { return m_withoutTarget; }
    // The height the chart needs to show every bar readably.
    int preferredHeight() const;

private:
    QStringList m_labels;
    int m_withoutTarget = 0;
};

} // namespace fieldcase::ui
