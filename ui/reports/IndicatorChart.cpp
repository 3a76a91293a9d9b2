// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IndicatorChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fieldcase::ui {

namespace {

constexpr int kBarHeight = 34;
constexpr int kChartChrome = 140; // title, axis, legend and margins

const QColor kAchieved(0x2b, 0x6c, 0xb0);
const QColor kMissing(0xb4, 0x53, 0x09);
const QColor kBeyond(0x7f, 0xb0, 0xdc);

QString number(const QLocale& locale, double value) {
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return locale.toString(value, 'f', whole ? 0 : 1);
}

} // namespace

IndicatorChart::IndicatorChart(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Planned against achieved, as bars"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

int IndicatorChart::preferredHeight() const {
    return kChartChrome + kBarHeight * int(std::max<qsizetype>(m_labels.size(), 1));
}

void IndicatorChart::setTable(const core::ReportTable& table, const QLocale& locale) {
    m_labels.clear();
    m_withoutTarget = 0;
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const int code = table.column(QStringLiteral("code"));
    const int target = table.column(QStringLiteral("target"));
    const int achieved = table.column(QStringLiteral("achieved"));
    const int behind = table.column(QStringLiteral("behind"));
    if (code < 0 || target < 0 || achieved < 0) {
        return;
    }
    auto* done = new QBarSet(tr("Achieved"));
    done->setColor(kAchieved);
    done->setBorderColor(kAchieved);
    auto* missing = new QBarSet(tr("Still to reach the target"));
    missing->setBrush(QBrush(kMissing, Qt::BDiagPattern));
    missing->setBorderColor(kMissing);
    auto* beyond = new QBarSet(tr("Beyond the target"));
    beyond->setColor(kBeyond);
    beyond->setBorderColor(kAchieved);

    // A horizontal chart draws its first category at the bottom; the table's order reads top down.
    double top = 100;
    for (qsizetype r = table.rows.size() - 1; r >= 0; --r) {
        const QList<core::ReportCell>& row = table.rows.at(r);
        const core::ReportCell& planned = row.value(target);
        const core::ReportCell& got = row.value(achieved);
        if (planned.suppressed || got.suppressed || planned.value.isNull() || planned.value.toDouble() <= 0 ||
            got.value.isNull()) {
            ++m_withoutTarget;
            continue;
        }
        const double goal = planned.value.toDouble();
        const double value = got.value.toDouble();
        const double share = 100.0 * value / goal;
        const double gap = behind >= 0 && !row.value(behind).value.isNull() ? row.value(behind).value.toDouble()
                                                                            : std::max(0.0, goal - value);
        QString label = tr("%1: %2 of %3", "an indicator's code, what it achieved and its target: PO1: 240 of 300")
                            .arg(row.value(code).value.toString(), number(locale, value), number(locale, goal));
        if (gap > 0) {
            label = tr("%1 \u25BC behind by %2", "the bar's label, then how far the indicator is behind its target")
                        .arg(label, number(locale, gap));
        }
        m_labels.prepend(label);
        done->append(std::min(share, 100.0));
        missing->append(gap > 0 ? 100.0 - std::min(share, 100.0) : 0.0);
        beyond->append(share > 100.0 ? share - 100.0 : 0.0);
        top = std::max(top, share);
    }

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(done);
    series->append(missing);
    series->append(beyond);
    c->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    QStringList bottomUp(m_labels.crbegin(), m_labels.crend());
    categories->append(bottomUp);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto* percent = new QValueAxis;
    percent->setRange(0, std::ceil(top / 25.0) * 25.0);
    percent->setTickType(QValueAxis::TicksDynamic);
    percent->setTickAnchor(0);
    percent->setTickInterval(25);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    percent->setTitleText(tr("share of the target achieved"));
    c->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);

    c->setTitle(m_labels.isEmpty() ? tr("No indicator has a target for this period and place.") : QString());
    setMinimumHeight(std::min(preferredHeight(), 320));
}

} // namespace fieldcase::ui
