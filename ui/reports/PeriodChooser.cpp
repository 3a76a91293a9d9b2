// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PeriodChooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>

namespace fieldcase::ui {

namespace {

// Without programme dates, this many years back are offered.
constexpr int kYearsBack = 4;

} // namespace

PeriodChooser::PeriodChooser(const QDate& today, const QDate& programmeStart, const QDate& programmeEnd,
                             QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_programmeStart(programmeStart)
    , m_programmeEnd(programmeEnd) {
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Month"), Month);
    m_kind->addItem(tr("Quarter"), Quarter);
    m_kind->addItem(tr("Year"), Year);
    m_kind->addItem(tr("Whole programme"), WholeProgramme);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Which period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_period);
    setFocusProxy(m_kind);

    m_kind->setCurrentIndex(Year);
    fillPeriods(m_today);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // The new kind of period starts where the old one did (March 2026 becomes Q1 2026).
        const QDate keep = periodStart().isValid() ? periodStart() : m_today;
        fillPeriods(keep);
        Q_EMIT changed();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
}

PeriodChooser::Kind PeriodChooser::kind() const {
    return Kind(m_kind->currentData().toInt());
}

QDate PeriodChooser::periodStart() const {
    return kind() == WholeProgramme ? QDate() : m_period->currentData().toDate();
}

bool PeriodChooser::setPeriod(Kind kind, const QDate& day) {
    if (kind == WholeProgramme) {
        m_kind->setCurrentIndex(WholeProgramme);
        return true;
    }
    const QDate start = startOf(kind, day);
    if (kind == this->kind()) {
        const int at = m_period->findData(start);
        if (at < 0) {
            return false;
        }
        m_period->setCurrentIndex(at);
        return true;
    }
    const QSignalBlocker block(m_kind);
    const int before = m_kind->currentIndex();
    m_kind->setCurrentIndex(kind);
    fillPeriods(start);
    if (m_period->currentData().toDate() != start) {
        m_kind->setCurrentIndex(before);
        fillPeriods(startOf(Kind(before), start));
        return false;
    }
    Q_EMIT changed();
    return true;
}

QDate PeriodChooser::from() const {
    return kind() == WholeProgramme ? m_programmeStart : periodStart();
}

QDate PeriodChooser::to() const {
    switch (kind()) {
    case Month:
        return periodStart().addMonths(1).addDays(-1);
    case Quarter:
        return periodStart().addMonths(3).addDays(-1);
    case Year:
        return periodStart().addYears(1).addDays(-1);
    case WholeProgramme:
        break;
    }
    return m_programmeEnd;
}

QDate PeriodChooser::startOf(Kind kind, const QDate& day) {
    switch (kind) {
    case Month:
        return QDate(day.year(), day.month(), 1);
    case Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case Year:
        return QDate(day.year(), 1, 1);
    case WholeProgramme:
        break;
    }
    return {};
}

QString PeriodChooser::labelOf(Kind kind, const QDate& start) const {
    switch (kind) {
    case Month:
        return tr("%1 %2", "a month and its year, as in March 2026")
            .arg(QLocale().standaloneMonthName(start.month()))
            .arg(start.year());
    case Quarter:
        return tr("Q%1 %2", "a quarter and its year, as in Q1 2026").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case Year:
        return QString::number(start.year());
    case WholeProgramme:
        break;
    }
    return {};
}

void PeriodChooser::fillPeriods(const QDate& keep) {
    const QSignalBlocker block(m_period);
    m_period->clear();
    const Kind k = kind();
    if (k == WholeProgramme) {
        const QString iso = QStringLiteral("yyyy-MM-dd");
        if (m_programmeStart.isValid() && m_programmeEnd.isValid()) {
            m_period->addItem(tr("%1 to %2").arg(m_programmeStart.toString(iso), m_programmeEnd.toString(iso)));
        } else if (m_programmeStart.isValid()) {
            m_period->addItem(tr("since %1").arg(m_programmeStart.toString(iso)));
        } else {
            m_period->addItem(tr("every date on record"));
        }
        m_period->setEnabled(false);
        return;
    }
    m_period->setEnabled(true);
    const QDate first = m_programmeStart.isValid() ? m_programmeStart : QDate(m_today.year() - kYearsBack, 1, 1);
    QDate last = m_programmeEnd.isValid() && m_programmeEnd > m_today ? m_programmeEnd : m_today;
    // The current year is offered even when the programme is over, so that the default exists.
    if (first > last) {
        last = first;
    }
    const QDate wanted = startOf(k, keep);
    const QDate current = startOf(k, m_today);
    int keepAt = -1;
    int currentAt = -1;
    for (QDate d = startOf(k, std::min(first, current)); d <= std::max(last, current);) {
        if (d == wanted) {
            keepAt = m_period->count();
        }
        if (d == current) {
            currentAt = m_period->count();
        }
        m_period->addItem(labelOf(k, d), d);
        d = k == Month ? d.addMonths(1) : k == Quarter ? d.addMonths(3) : d.addYears(1);
    }
    m_period->setCurrentIndex(keepAt >= 0 ? keepAt : currentAt);
}

} // namespace fieldcase::ui
