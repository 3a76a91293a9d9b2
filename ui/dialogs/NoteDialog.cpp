// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/NoteDialog.h"

#include "MessageBox.h"
#include "widgets/Mnemonics.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace fieldcase::ui {

NoteDialog::NoteDialog(const QString& title, const QString& prompt, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action)) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    label->setBuddy(m_text);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &NoteDialog::accept);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    assignMnemonics(this);
    resize(480, 240);
}

bool NoteDialog::isDirty() const {
    return !m_text->toPlainText().trimmed().isEmpty();
}

QString NoteDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void NoteDialog::accept() {
    if (auto s = m_action(m_text->toPlainText()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

void NoteDialog::reject() {
    if (isDirty() && !MessageBox::mayDiscard(this)) {
        return;
    }
    QDialog::reject();
}

} // namespace fieldcase::ui
