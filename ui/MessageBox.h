// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMessageBox>

class QDialog;

namespace fieldcase::ui {

// The questions the UI asks, through one door, so that tests can answer them
// (setNextAnswer) instead of a person.
class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Asked when a form that holds unsaved changes is closed: Save runs the form's accept() (which
    // keeps it open when a value is refused), Cancel keeps it open. True only for Discard, when
    // the form may close without saving.
    static bool mayDiscard(QDialog* form);

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
