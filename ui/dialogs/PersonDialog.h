// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/DuplicateFinder.h"
#include "dialogs/RecordDialog.h"

class QGroupBox;
class QListWidget;
class QPushButton;

namespace fieldcase::ui {

// A person's profile. While a new person is typed in, people already on the laptop with the same
// or a similar name and birth date are listed, so that the worker can open the existing record
// instead of registering the same person twice; saving anyway takes a second, deliberate Save.
class PersonDialog : public RecordDialog {
    Q_OBJECT

public:
    PersonDialog(AppContext context, const QString& id = {}, QWidget* parent = nullptr);

    static QStringList fieldNames();

    QListWidget* duplicateList() const { return m_list; }
    QPushButton* openExistingButton() const { return m_open; }
    const QList<core::DuplicateCandidate>& duplicates() const { return m_candidates; }
    // The existing person the user chose to open instead.
    QString openInstead() const { return m_openInstead; }
    // Looks for duplicates now (it also happens shortly after typing stops).
    void checkDuplicates();

protected:
    bool confirmSave(const QVariantMap& fields) override;
    // Saves the person and, in the same transaction, the household's head when that changed.
    core::Result<QString> write(const QVariantMap& fields) override;

private:
    core::PersonIdentity identity() const;

    QGroupBox* m_box = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QTimer* m_checkTimer = nullptr;
    QList<core::DuplicateCandidate> m_candidates;
    QString m_acknowledged; // the identity the user chose to save despite the warning
    QString m_openInstead;
};

} // namespace fieldcase::ui
