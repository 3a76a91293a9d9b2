// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace fieldcase::ui {

// A date (or date and time) typed as year-month-day with a four-digit year, which is what the
// field shows too. Left empty means "not known". Dots and slashes are accepted as separators
// (2024.03.31 becomes 2024-03-31); anything else is handed to core validation unchanged, which
// says what is wrong. Ctrl+D fills in today.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(bool withTime = false, QWidget* parent = nullptr);

    // The text in stored form where it can be read as a date, otherwise as typed.
    QString value() const;
    void setValue(const QString& stored);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_withTime;
};

} // namespace fieldcase::ui
