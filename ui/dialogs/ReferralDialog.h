// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordDialog.h"

namespace fieldcase::ui {

// Refers a person or household to another service or facility, with the person's consent; or
// hands them over to another facility, whose receiving staff member becomes the case manager.
class ReferralDialog : public RecordDialog {
    Q_OBJECT

public:
    enum class Mode { Referral, HandOver };

    ReferralDialog(AppContext context, Mode mode, const QString& subjectTable, const QString& subjectId,
                   QWidget* parent = nullptr);

protected:
    core::Result<QString> write(const QVariantMap& fields) override;

private:
    Mode m_mode;
};

} // namespace fieldcase::ui
