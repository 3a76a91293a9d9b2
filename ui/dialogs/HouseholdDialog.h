// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordDialog.h"

namespace fieldcase::ui {

// A household's form. When the head of household is chosen here, the members' relationships
// follow in the same transaction: the new head is marked head, the former head no longer is.
class HouseholdDialog : public RecordDialog {
    Q_OBJECT

public:
    HouseholdDialog(AppContext context, const QString& id = {}, QWidget* parent = nullptr);

protected:
    core::Result<QString> write(const QVariantMap& fields) override;
};

} // namespace fieldcase::ui
