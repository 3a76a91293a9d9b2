// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace fieldcase::ui {

// The questions the UI asks, through one door, so that tests can answer them
// (setNextAnswer) instead of a person.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // The next question is answered with this button without being shown; information and
    // warnings are then not shown either until the answer is used.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // What the last message said (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

} // namespace fieldcase::ui
