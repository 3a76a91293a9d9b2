// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/FormFields.h"

#include "domain/Schema.h"

#include <QHash>

namespace fieldcase::ui {

QStringList formFields(const QString& table) {
    static const QHash<QString, QStringList> fields = {
        {QStringLiteral("household"),
         {QStringLiteral("name"), QStringLiteral("locality_id"), QStringLiteral("address"), QStringLiteral("phone"),
          QStringLiteral("housing"), QStringLiteral("head_person_id"), QStringLiteral("case_manager_id"),
          QStringLiteral("notes")}},
        {QStringLiteral("locality"),
         {QStringLiteral("name"), QStringLiteral("municipality"), QStringLiteral("county"), QStringLiteral("country"),
          QStringLiteral("settlement_kind"), QStringLiteral("urban_class"), QStringLiteral("postal_code"),
          QStringLiteral("programme_id"), QStringLiteral("notes")}},
        {QStringLiteral("staff"),
         {QStringLiteral("full_name"), QStringLiteral("role"), QStringLiteral("is_experience_expert"),
          QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("active"),
          QStringLiteral("programme_id")}},
        {QStringLiteral("staff_training"),
         {QStringLiteral("title"), QStringLiteral("training_date"), QStringLiteral("hours"),
          QStringLiteral("provider")}},
        {QStringLiteral("consent"),
         {QStringLiteral("purpose"), QStringLiteral("text_version"), QStringLiteral("given_date"),
          QStringLiteral("method"), QStringLiteral("given_by"), QStringLiteral("representative_name"),
          QStringLiteral("withdrawn_date"), QStringLiteral("recorded_by"), QStringLiteral("notes")}},
        {QStringLiteral("entry_record"),
         {QStringLiteral("entry_date"), QStringLiteral("labour_status"), QStringLiteral("isced"),
          QStringLiteral("disability"), QStringLiteral("minority"), QStringLiteral("homeless"),
          QStringLiteral("jobless_household"), QStringLiteral("single_adult_with_children"), QStringLiteral("asked_by"),
          QStringLiteral("asked_date")}},
        {QStringLiteral("exit_record"),
         {QStringLiteral("exit_date"), QStringLiteral("situation"), QStringLiteral("qualification_gained"),
          QStringLiteral("follow_up_date"), QStringLiteral("follow_up_situation"), QStringLiteral("notes")}},
        {QStringLiteral("plan"),
         {QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("start_date"), QStringLiteral("end_date"),
          QStringLiteral("next_review_date"), QStringLiteral("case_manager_id"), QStringLiteral("experience_expert_id"),
          QStringLiteral("signed_by"), QStringLiteral("representative_name"), QStringLiteral("client_signed_date"),
          QStringLiteral("manager_signed_date"), QStringLiteral("expert_signed_date"), QStringLiteral("notes")}},
        {QStringLiteral("plan_need"),
         {QStringLiteral("area"), QStringLiteral("description"), QStringLiteral("priority")}},
        {QStringLiteral("plan_goal"),
         {QStringLiteral("title"), QStringLiteral("area"), QStringLiteral("person_id"), QStringLiteral("steps"),
          QStringLiteral("owner"), QStringLiteral("owner_staff_id"), QStringLiteral("deadline"),
          QStringLiteral("status")}},
        {QStringLiteral("plan_action"),
         {QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("provider"), QStringLiteral("due_date"),
          QStringLiteral("status")}},
        {QStringLiteral("plan_review"),
         {QStringLiteral("review_date"), QStringLiteral("reviewed_by"), QStringLiteral("summary"),
          QStringLiteral("next_review_date")}},
        {QStringLiteral("task"),
         {QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("owner_staff_id"),
          QStringLiteral("deadline"), QStringLiteral("status")}},
        {QStringLiteral("event"),
         {QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("event_date"), QStringLiteral("hours"),
          QStringLiteral("place"), QStringLiteral("locality_id"), QStringLiteral("organiser_staff_id"),
          QStringLiteral("external_guests"), QStringLiteral("notes")}},
        {QStringLiteral("facility"),
         {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("locality_id"), QStringLiteral("beds"),
          QStringLiteral("address"), QStringLiteral("phone")}},
        {QStringLiteral("referral"),
         {QStringLiteral("from_service"), QStringLiteral("from_facility_id"), QStringLiteral("to_service"),
          QStringLiteral("to_facility_id"), QStringLiteral("reason"), QStringLiteral("consent_id"),
          QStringLiteral("sent_date"), QStringLiteral("referred_by"), QStringLiteral("receiving_staff_id")}},
        {QStringLiteral("activity"),
         {QStringLiteral("kind"), QStringLiteral("happened_at"), QStringLiteral("place"), QStringLiteral("planned"),
          QStringLiteral("purpose"), QStringLiteral("service_type"), QStringLiteral("observations"),
          QStringLiteral("agreements"), QStringLiteral("minutes"), QStringLiteral("risk_flag"),
          QStringLiteral("risk_note"), QStringLiteral("next_visit_date"), QStringLiteral("staff_id")}},
    };
    if (fields.contains(table)) {
        return fields.value(table);
    }
    const core::TableDef* def = core::Schema::instance().table(table);
    return def ? def->fieldNames() : QStringList();
}

} // namespace fieldcase::ui
