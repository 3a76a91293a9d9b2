// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QDialog>

namespace fieldcase::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text) {
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text) {
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

bool MessageBox::mayDiscard(QDialog* form) {
    const QMessageBox::StandardButton answer =
        question(form, form->windowTitle(), tr("Save the changes you made here?"),
                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        form->accept();
    }
    return answer == QMessageBox::Discard;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button) {
    s_nextAnswer = button;
}

QString MessageBox::lastText() {
    return s_lastText;
}

} // namespace fieldcase::ui
