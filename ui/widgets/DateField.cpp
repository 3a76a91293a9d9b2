// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DateField.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QRegularExpression>

namespace fieldcase::ui {

DateField::DateField(bool withTime, QWidget* parent)
    : QLineEdit(parent)
    , m_withTime(withTime) {
    setPlaceholderText(withTime ? tr("YYYY-MM-DD HH:MM") : tr("YYYY-MM-DD"));
    setToolTip(withTime ? tr("Year-month-day and time, for example 2026-03-31 14:30. Ctrl+D: now.")
                        : tr("Year-month-day with a four-digit year, for example 2026-03-31. Ctrl+D: today."));
    setMaxLength(withTime ? 19 : 12);
    const int width = fontMetrics().horizontalAdvance(withTime ? QStringLiteral("0000-00-00 00:00MM")
                                                               : QStringLiteral("0000-00-00MMM"));
    setMaximumWidth(width + 24);
}

QString DateField::value() const {
    QString t = text().trimmed();
    static const QRegularExpression separators(QStringLiteral("^(\\d{4})[./](\\d{1,2})[./](\\d{1,2})\\.?(.*)$"));
    if (const auto m = separators.match(t); m.hasMatch()) {
        t = QStringLiteral("%1-%2-%3%4")
                .arg(m.captured(1), m.captured(2).rightJustified(2, QLatin1Char('0')),
                     m.captured(3).rightJustified(2, QLatin1Char('0')), m.captured(4));
    }
    if (m_withTime) {
        t.replace(QRegularExpression(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s+")), QStringLiteral("\\1T"));
    }
    return t;
}

void DateField::setValue(const QString& stored) {
    QString shown = stored;
    if (m_withTime) {
        shown.replace(QLatin1Char('T'), QLatin1Char(' '));
    }
    setText(shown);
}

void DateField::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        const QDateTime now = QDateTime::currentDateTime();
        setText(m_withTime ? now.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : now.date().toString(Qt::ISODate));
        Q_EMIT textEdited(text());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace fieldcase::ui
