// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseActions.h"

#include "MessageBox.h"
#include "casework/PlanWork.h"
#include "casework/VisitWork.h"
#include "dialogs/EventDialog.h"
#include "dialogs/FormFields.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/RecordDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/StatusDialog.h"
#include "dialogs/VisitDialog.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "widgets/FieldForm.h"
#include "widgets/RecordPicker.h"

namespace fieldcase::ui {

namespace {

// A plan review: the plan as it stands is kept with it, and the plan's version moves on.
class ReviewDialog : public RecordDialog {
    // For its own translation context, which is what translators see next to its strings.
    Q_OBJECT

public:
    ReviewDialog(AppContext context, const QString& planId, QWidget* parent)
        : RecordDialog(context, QStringLiteral("plan_review"), formFields(QStringLiteral("plan_review")), {}, parent)
        , m_planId(planId) {
        setWindowTitle(tr("Review the plan"));
        setPreset({{QStringLiteral("plan_id"), planId}});
        if (core::values::isEmpty(form()->value(QStringLiteral("review_date")))) {
            form()->setValue(QStringLiteral("review_date"), context.db.clock().today().toString(Qt::ISODate));
            form()->setValue(QStringLiteral("reviewed_by"), context.staffId);
            markClean();
        }
    }

protected:
    core::Result<QString> write(const QVariantMap& fields) override {
        QVariantMap review;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!core::values::isEmpty(it.value()) && it.key() != QStringLiteral("plan_id")) {
                review.insert(it.key(), it.value());
            }
        }
        return core::PlanWork(context().db).review(m_planId, review);
    }

private:
    QString m_planId;
};

} // namespace

CaseActions::CaseActions(AppContext context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window) {}

RecordRef CaseActions::subjectOf(const RecordRef& record) {
    if (record.table == QStringLiteral("person") || record.table == QStringLiteral("household")) {
        return record;
    }
    return {};
}

QDialog* CaseActions::present(QDialog* dialog, const QString& table) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, table] {
        if (auto* form = qobject_cast<RecordDialog*>(dialog); form && !form->savedId().isEmpty()) {
            const RecordRef saved{table, form->savedId()};
            Q_EMIT this->saved(saved);
            if (auto* visit = qobject_cast<VisitDialog*>(dialog); visit && visit->riskFlagged()) {
                const auto answer = MessageBox::question(
                    m_window, tr("Risk flagged"),
                    tr("A child-protection or other risk was flagged on this visit. Refer the family to the service "
                       "that can act on it now?"),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                if (answer == QMessageBox::Yes) {
                    refer({visit->subjectTable(), visit->subjectId()});
                }
            }
        }
    });
    connect(dialog, &QDialog::finished, this, [this, dialog](int) {
        if (auto* person = qobject_cast<PersonDialog*>(dialog); person && !person->openInstead().isEmpty()) {
            Q_EMIT saved({QStringLiteral("person"), person->openInstead()});
        }
    });
    dialog->open();
    return dialog;
}

QDialog* CaseActions::newPerson(const QString& householdId) {
    auto* dialog = new PersonDialog(m_context, {}, m_window);
    QVariantMap preset = {{QStringLiteral("is_client"), true}};
    if (!householdId.isEmpty()) {
        preset.insert(QStringLiteral("household_id"), householdId);
        auto members = core::RecordStore(m_context.db)
                           .findBy(QStringLiteral("person"), QStringLiteral("household_id"), householdId, {}, false, 1);
        // The first member registered is usually the head of the household.
        if (members && members->isEmpty()) {
            preset.insert(QStringLiteral("relationship"), QStringLiteral("head"));
        }
    }
    if (!m_context.staffId.isEmpty()) {
        preset.insert(QStringLiteral("case_manager_id"), m_context.staffId);
    }
    dialog->form()->setValues(preset);
    dialog->setPreset({{QStringLiteral("household_id"), householdId}});
    return present(dialog, QStringLiteral("person"));
}

QDialog* CaseActions::newHousehold(const QString& localityId) {
    QVariantMap preset;
    if (!localityId.isEmpty()) {
        preset.insert(QStringLiteral("locality_id"), localityId);
    }
    if (!m_context.staffId.isEmpty()) {
        preset.insert(QStringLiteral("case_manager_id"), m_context.staffId);
    }
    auto* dialog = new HouseholdDialog(m_context, {}, m_window);
    dialog->form()->setValues(preset);
    dialog->setPreset({});
    return present(dialog, QStringLiteral("household"));
}

QDialog* CaseActions::newRecord(const QString& table, const QVariantMap& preset) {
    if (table == QStringLiteral("person")) {
        return newPerson(preset.value(QStringLiteral("household_id")).toString());
    }
    if (table == QStringLiteral("household")) {
        return newHousehold(preset.value(QStringLiteral("locality_id")).toString());
    }
    if (table == QStringLiteral("event")) {
        return newEvent();
    }
    auto* dialog = new RecordDialog(m_context, table, formFields(table), {}, m_window);
    if (table == QStringLiteral("plan_action") || table == QStringLiteral("plan_goal")) {
        if (auto* goal = qobject_cast<RecordPicker*>(dialog->form()->editor(QStringLiteral("goal_id")))) {
            goal->setFilter(QStringLiteral("plan_id"), preset.value(QStringLiteral("plan_id")).toString());
        }
        dialog->form()->setValue(QStringLiteral("status"), QStringLiteral("planned"));
    }
    if (table == QStringLiteral("consent")) {
        dialog->form()->setValues({{QStringLiteral("given_date"), m_context.db.clock().today().toString(Qt::ISODate)},
                                   {QStringLiteral("given_by"), QStringLiteral("self")},
                                   {QStringLiteral("recorded_by"), m_context.staffId}});
    }
    if (table == QStringLiteral("entry_record")) {
        const QString today = m_context.db.clock().today().toString(Qt::ISODate);
        dialog->form()->setValues({{QStringLiteral("entry_date"), today},
                                   {QStringLiteral("asked_date"), today},
                                   {QStringLiteral("asked_by"), m_context.staffId}});
    }
    if (table == QStringLiteral("staff")) {
        dialog->form()->setValue(QStringLiteral("active"), true);
    }
    dialog->setPreset(preset);
    return present(dialog, table);
}

QDialog* CaseActions::edit(const RecordRef& record) {
    if (record.table == QStringLiteral("person")) {
        return present(new PersonDialog(m_context, record.id, m_window), record.table);
    }
    if (record.table == QStringLiteral("household")) {
        return present(new HouseholdDialog(m_context, record.id, m_window), record.table);
    }
    if (record.table == QStringLiteral("event")) {
        return present(new EventDialog(m_context, record.id, m_window), record.table);
    }
    if (record.table == QStringLiteral("activity")) {
        return correctVisit(record.id);
    }
    if (record.table == QStringLiteral("referral")) {
        return changeReferralStatus(record.id);
    }
    const core::TableDef* def = core::Schema::instance().table(record.table);
    if (def == nullptr || def->appendOnly) {
        MessageBox::information(m_window, tr("Not editable"),
                                tr("This record is a fact and is not edited; it is kept as it was recorded."));
        return nullptr;
    }
    return present(new RecordDialog(m_context, record.table, formFields(record.table), record.id, m_window),
                   record.table);
}

QDialog* CaseActions::recordVisit(const RecordRef& subject) {
    if (!subject.isValid()) {
        return nullptr;
    }
    return present(new VisitDialog(m_context, subject.table, subject.id, {}, m_window), QStringLiteral("activity"));
}

QDialog* CaseActions::correctVisit(const QString& activityId) {
    auto activity = core::RecordStore(m_context.db).get(QStringLiteral("activity"), activityId);
    if (!activity) {
        return nullptr;
    }
    const bool household = !activity->text(QStringLiteral("household_id")).isEmpty();
    const RecordRef subject{household ? QStringLiteral("household") : QStringLiteral("person"),
                            activity->text(household ? QStringLiteral("household_id") : QStringLiteral("person_id"))};
    auto later = core::VisitWork(m_context.db).supersededBy(activityId);
    if (later && !later->isEmpty()) {
        MessageBox::information(m_window, tr("Already corrected"),
                                tr("This visit was already corrected or withdrawn. Open the record in force to "
                                   "correct it again."));
        return nullptr;
    }
    return present(new VisitDialog(m_context, subject.table, subject.id, activityId, m_window),
                   QStringLiteral("activity"));
}

QDialog* CaseActions::withdrawVisit(const QString& activityId) {
    auto* dialog = new NoteDialog(
        tr("Withdraw a visit"),
        tr("The visit stays in the records, marked as withdrawn, with the reason you give. Why is it withdrawn?"),
        [this, activityId](const QString& reason) -> core::Status {
            auto id = core::VisitWork(m_context.db).withdraw(activityId, reason);
            if (!id) {
                return id.error();
            }
            Q_EMIT saved({QStringLiteral("activity"), *id});
            return {};
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    dialog->open();
    return dialog;
}

QDialog* CaseActions::newPlan(const RecordRef& subject) {
    if (!subject.isValid()) {
        return nullptr;
    }
    return present(new PlanDialog(m_context, subject.table, subject.id, m_window), QStringLiteral("plan"));
}

QDialog* CaseActions::reviewPlan(const QString& planId) {
    auto* dialog = new ReviewDialog(m_context, planId, m_window);
    connect(dialog, &QDialog::accepted, this, [this, planId] { Q_EMIT saved({QStringLiteral("plan"), planId}); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    dialog->open();
    return dialog;
}

QDialog* CaseActions::refer(const RecordRef& subject, bool handOver) {
    if (!subject.isValid()) {
        return nullptr;
    }
    return present(new ReferralDialog(m_context,
                                      handOver ? ReferralDialog::Mode::HandOver : ReferralDialog::Mode::Referral,
                                      subject.table, subject.id, m_window),
                   QStringLiteral("referral"));
}

QDialog* CaseActions::changeReferralStatus(const QString& referralId) {
    auto* dialog = new StatusDialog(m_context, referralId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, referralId] {
        Q_EMIT saved({QStringLiteral("referral"), referralId});
    });
    m_current = dialog;
    dialog->open();
    return dialog;
}

QDialog* CaseActions::newEvent() {
    return present(new EventDialog(m_context, {}, m_window), QStringLiteral("event"));
}

QDialog* CaseActions::history(const RecordRef& record) {
    auto* dialog = new HistoryDialog(m_context, record, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    dialog->open();
    return dialog;
}

bool CaseActions::run(const QString& action, const RecordRef& record) {
    const RecordRef subject = subjectOf(record);
    const QVariantMap owner = {{record.table + QStringLiteral("_id"), record.id}};
    if (action == QStringLiteral("edit")) {
        return edit(record) != nullptr;
    }
    if (action == QStringLiteral("history")) {
        return history(record) != nullptr;
    }
    if (action == QStringLiteral("visit")) {
        return recordVisit(subject) != nullptr;
    }
    if (action == QStringLiteral("plan")) {
        return newPlan(subject) != nullptr;
    }
    if (action == QStringLiteral("refer") || action == QStringLiteral("handover")) {
        return refer(subject, action == QStringLiteral("handover")) != nullptr;
    }
    if (action == QStringLiteral("member") && record.table == QStringLiteral("household")) {
        return newPerson(record.id) != nullptr;
    }
    if (action == QStringLiteral("household") && record.table == QStringLiteral("locality")) {
        return newHousehold(record.id) != nullptr;
    }
    if (action == QStringLiteral("households") && record.table == QStringLiteral("locality")) {
        Q_EMIT showList(QStringLiteral("households"), record.id);
        return true;
    }
    if (action == QStringLiteral("caseload") && record.table == QStringLiteral("staff")) {
        Q_EMIT showList(QStringLiteral("caseload"), record.id);
        return true;
    }
    if (record.table == QStringLiteral("person") &&
        (action == QStringLiteral("consent") || action == QStringLiteral("entry") ||
         action == QStringLiteral("exit"))) {
        const QString table = action == QStringLiteral("consent") ? QStringLiteral("consent")
                              : action == QStringLiteral("entry") ? QStringLiteral("entry_record")
                                                                  : QStringLiteral("exit_record");
        if (table != QStringLiteral("consent")) {
            // Entry and exit data are recorded once; opening them again edits (or corrects) them.
            auto existing =
                core::RecordStore(m_context.db).findBy(table, QStringLiteral("person_id"), record.id, {}, false, 1);
            if (existing && !existing->isEmpty()) {
                return edit({table, existing->first().id}) != nullptr;
            }
        }
        return newRecord(table, owner) != nullptr;
    }
    if (record.table == QStringLiteral("plan") &&
        (action == QStringLiteral("need") || action == QStringLiteral("goal") || action == QStringLiteral("action"))) {
        const QString table = QStringLiteral("plan_") + action;
        return newRecord(table, owner) != nullptr;
    }
    if (action == QStringLiteral("review") && record.table == QStringLiteral("plan")) {
        return reviewPlan(record.id) != nullptr;
    }
    if (action == QStringLiteral("training") && record.table == QStringLiteral("staff")) {
        return newRecord(QStringLiteral("staff_training"), owner) != nullptr;
    }
    if (action == QStringLiteral("correct") && record.table == QStringLiteral("activity")) {
        return correctVisit(record.id) != nullptr;
    }
    if (action == QStringLiteral("withdraw") && record.table == QStringLiteral("activity")) {
        return withdrawVisit(record.id) != nullptr;
    }
    if (action == QStringLiteral("status") && record.table == QStringLiteral("referral")) {
        return changeReferralStatus(record.id) != nullptr;
    }
    if (action == QStringLiteral("attendance") && record.table == QStringLiteral("event")) {
        return edit(record) != nullptr;
    }
    return false;
}

} // namespace fieldcase::ui

#include "CaseActions.moc"
