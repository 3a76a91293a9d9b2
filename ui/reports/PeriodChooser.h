// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"

#include <QDate>
#include <QWidget>

class QComboBox;

namespace fieldcase::ui {

// Chooses the period of a report: a month, a quarter or a year (and which one), or the whole
// programme. The months, quarters and years offered run from the programme's start to its end
// (or today, when that is later); without programme dates, from four years back to this year.
class PeriodChooser : public QWidget {
    Q_OBJECT

public:
    enum Kind { Month, Quarter, Year, WholeProgramme };

    // Starts on the current year. Invalid programme dates mean they are not recorded.
    PeriodChooser(const QDate& today, const QDate& programmeStart, const QDate& programmeEnd,
                  QWidget* parent = nullptr);

    Kind kind() const;
    // The first day of the month, quarter or year chosen (invalid for the whole programme).
    QDate periodStart() const;
    // Chooses the kind and the period that holds the day (ignored for the whole programme). False,
    // and nothing changes, when that period is not offered.
    bool setPeriod(Kind kind, const QDate& day = {});

    // The first and last day chosen; for the whole programme the programme's dates, each side
    // open (invalid) when it is not recorded.
    QDate from() const;
    QDate to() const;

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* periodBox() const { return m_period; }

Q_SIGNALS:
    void changed();

private:
    void fillPeriods(const QDate& keep);
    static QDate startOf(Kind kind, const QDate& day);
    QString labelOf(Kind kind, const QDate& start) const;

    QDate m_today;
    QDate m_programmeStart;
    QDate m_programmeEnd;
    QComboBox* m_kind = nullptr;
    QComboBox* m_period = nullptr;
};

} // namespace fieldcase::ui
