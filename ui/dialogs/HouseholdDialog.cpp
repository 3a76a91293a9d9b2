// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HouseholdDialog.h"

#include "casework/HouseholdWork.h"
#include "dialogs/FormFields.h"
#include "storage/Transaction.h"

namespace fieldcase::ui {

HouseholdDialog::HouseholdDialog(AppContext context, const QString& id, QWidget* parent)
    : RecordDialog(context, QStringLiteral("household"), formFields(QStringLiteral("household")), id, parent) {}

core::Result<QString> HouseholdDialog::write(const QVariantMap& fields) {
    const QString head = QStringLiteral("head_person_id");
    // Only a head chosen in this form moves the relationships; saving an address leaves them be.
    const bool headChosen = fields.value(head).toString() != original().value(head).toString();
    core::Transaction tx(context().db);
    auto id = RecordDialog::write(fields);
    if (!id) {
        return id;
    }
    if (headChosen) {
        if (auto s = core::HouseholdWork(context().db).syncMembers(*id); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

} // namespace fieldcase::ui
