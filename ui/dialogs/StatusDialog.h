// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace fieldcase::ui {

class DateField;

// Moves a referral on: accepted or declined, then completed (or cancelled), with the day and
// what came of it.
class StatusDialog : public QDialog {
    Q_OBJECT

public:
    StatusDialog(AppContext context, const QString& referralId, QWidget* parent = nullptr);

    QComboBox* statusBox() const { return m_status; }
    DateField* dateField() const { return m_date; }
    QPlainTextEdit* outcomeField() const { return m_outcome; }
    QString errorText() const;
    // Whether something was typed or chosen that Esc would throw away.
    bool isDirty() const;

public Q_SLOTS:
    void accept() override;
    // Asks before throwing away what was typed.
    void reject() override;

private:
    AppContext m_context;
    QString m_id;
    QComboBox* m_status = nullptr;
    DateField* m_date = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QLabel* m_error = nullptr;
    QString m_initialDate;
};

} // namespace fieldcase::ui
