// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/ReportCellText.h"

#include "reports/export/ReportSuppression.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace fieldcase::core {

bool ReportCellText::isNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString ReportCellText::plain(const ReportCell& cell) {
    return cell.suppressed ? ReportSuppression::mark(cell) : plain(cell.value);
}

QString ReportCellText::plain(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return {}; // a share of nothing: there is no number to give
        }
        if (number == 0) {
            return QStringLiteral("0"); // not "-0"
        }
        // The shortest text that reads back as the same number, never in exponent form.
        return QString::number(number, 'f', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    default:
        return value.isNull() ? QString() : value.toString();
    }
}

QString ReportCellText::shown(const ReportCell& cell, const QLocale& locale) {
    if (cell.suppressed) {
        return ReportSuppression::mark(cell);
    }
    const QVariant& value = cell.value;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return {};
        }
        return locale.toString(number == 0 ? 0.0 : number, 'f', QLocale::FloatingPointShortest);
    }
    default:
        return plain(value);
    }
}

} // namespace fieldcase::core
