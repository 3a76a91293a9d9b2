// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

#include "util/Result.h"

class QLabel;
class QPlainTextEdit;

namespace fieldcase::ui {

// Asks for a short text (why a visit is withdrawn) and hands it to an action that may refuse it;
// the refusal is shown under the text and the dialog stays open.
class NoteDialog : public QDialog {
    Q_OBJECT

public:
    using Action = std::function<core::Status(const QString& text)>;

    NoteDialog(const QString& title, const QString& prompt, Action action, QWidget* parent = nullptr);

    QPlainTextEdit* textField() const { return m_text; }
    QString errorText() const;
    // Whether something was typed or chosen that Esc would throw away.
    bool isDirty() const;

public Q_SLOTS:
    void accept() override;
    // Asks before throwing away what was typed.
    void reject() override;

private:
    Action m_action;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fieldcase::ui
