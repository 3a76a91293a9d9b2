// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ReferralDialog.h"

#include "casework/Choices.h"
#include "casework/ReferralWork.h"
#include "dialogs/FormFields.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "storage/Database.h"
#include "widgets/FieldForm.h"
#include "widgets/RecordPicker.h"

namespace fieldcase::ui {

namespace {

QStringList fieldsFor(ReferralDialog::Mode mode, const QString& subjectTable) {
    QStringList fields = formFields(QStringLiteral("referral"));
    if (mode == ReferralDialog::Mode::HandOver || subjectTable != QStringLiteral("person")) {
        // A hand-over moves responsibility inside the organisation; a household has no consent
        // record of its own (each member's consent is asked when a member is referred).
        fields.removeAll(QStringLiteral("consent_id"));
    }
    return fields;
}

} // namespace

ReferralDialog::ReferralDialog(AppContext context, Mode mode, const QString& subjectTable, const QString& subjectId,
                               QWidget* parent)
    : RecordDialog(context, QStringLiteral("referral"), fieldsFor(mode, subjectTable), {}, parent)
    , m_mode(mode) {
    const QString who = core::Choices(context.db).label(subjectTable, subjectId);
    setWindowTitle(mode == Mode::HandOver ? tr("Hand over: %1").arg(who) : tr("Refer: %1").arg(who));
    QVariantMap preset = {
        {subjectTable == QStringLiteral("person") ? QStringLiteral("person_id") : QStringLiteral("household_id"),
         subjectId}};
    if (subjectTable == QStringLiteral("person")) {
        // The household comes along, so that the referral shows on the family's page too.
        if (auto person = core::RecordStore(context.db).get(QStringLiteral("person"), subjectId)) {
            const QString household = person->text(QStringLiteral("household_id"));
            if (!household.isEmpty()) {
                preset.insert(QStringLiteral("household_id"), household);
            }
        }
    }
    preset.insert(QStringLiteral("kind"),
                  mode == Mode::HandOver ? QStringLiteral("handover") : QStringLiteral("referral"));
    setPreset(preset);
    if (auto* consent = qobject_cast<RecordPicker*>(form()->editor(QStringLiteral("consent_id")))) {
        consent->setFilter(QStringLiteral("person_id"), subjectId);
        const QDate today = context.db.clock().today();
        if (auto found = core::ReferralWork(context.db).referralConsent(subjectId, today); found && !found->isEmpty()) {
            consent->setId(*found);
        }
    }
    if (core::values::isEmpty(form()->value(QStringLiteral("sent_date")))) {
        form()->setValue(QStringLiteral("sent_date"), context.db.clock().today().toString(Qt::ISODate));
        if (!context.staffId.isEmpty()) {
            form()->setValue(QStringLiteral("referred_by"), context.staffId);
        }
    }
    markClean();
}

core::Result<QString> ReferralDialog::write(const QVariantMap& fields) {
    QVariantMap values;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!core::values::isEmpty(it.value())) {
            values.insert(it.key(), it.value());
        }
    }
    core::ReferralWork work(context().db);
    return m_mode == Mode::HandOver ? work.handOver(values) : work.refer(values);
}

} // namespace fieldcase::ui
