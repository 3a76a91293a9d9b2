// SPDX-License-Identifier: GPL-3.0-or-later
// The synced tables of the current schema. Keep in step with the migrations: a test compares
// these definitions with the columns of a freshly migrated database.
#include "domain/Schema.h"

#include <QtGlobal>

namespace fieldcase::core {

namespace {

using enum FieldType;

constexpr int R = FieldDef::Required;
constexpr int P = FieldDef::Personal;
constexpr int S = FieldDef::Sensitive;
constexpr int O = FieldDef::Owner;

} // namespace

QList<TableDef> Schema::buildTables() {
    QList<TableDef> tables;
    {
        TableDef t;
        t.name = QStringLiteral("programme");
        t.label = QT_TRANSLATE_NOOP("Schema", "Programme");
        t.fields.append(FieldDef::make(QStringLiteral("name"), Text, R, QT_TRANSLATE_NOOP("Schema", "Name")));
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("catching_up"), QStringLiteral("social_services"),
                                        QStringLiteral("community_centre"), QStringLiteral("county_coordination")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("funder_line"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Funder line")));
        t.fields.append(
            FieldDef::make(QStringLiteral("municipality"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Municipality")));
        t.fields.append(FieldDef::make(QStringLiteral("country"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Country"), {},
                                       {QStringLiteral("HU"), QStringLiteral("CZ"), QStringLiteral("SK"),
                                        QStringLiteral("BG"), QStringLiteral("RO")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("start_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Start date")));
        t.fields.append(FieldDef::make(QStringLiteral("end_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "End date")));
        t.fields.append(FieldDef::make(QStringLiteral("special_categories"), Bool, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Record special-category data")));
        t.fields.append(FieldDef::make(QStringLiteral("review_months"), Integer, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Months between plan reviews")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("locality");
        t.label = QT_TRANSLATE_NOOP("Schema", "Locality");
        t.sortFields = {QStringLiteral("name")};
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(FieldDef::make(QStringLiteral("name"), Text, R, QT_TRANSLATE_NOOP("Schema", "Name")));
        t.fields.append(
            FieldDef::make(QStringLiteral("municipality"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Municipality")));
        t.fields.append(
            FieldDef::make(QStringLiteral("county"), Text, 0, QT_TRANSLATE_NOOP("Schema", "County or region")));
        t.fields.append(FieldDef::make(QStringLiteral("country"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Country"), {},
                                       {QStringLiteral("HU"), QStringLiteral("CZ"), QStringLiteral("SK"),
                                        QStringLiteral("BG"), QStringLiteral("RO")}));
        t.fields.append(FieldDef::make(QStringLiteral("settlement_kind"), Enum, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Settlement kind"), {},
                                       {QStringLiteral("segregated_settlement"), QStringLiteral("village"),
                                        QStringLiteral("town"), QStringLiteral("city_district")}));
        t.fields.append(FieldDef::make(
            QStringLiteral("urban_class"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Degree of urbanisation"), {},
            {QStringLiteral("rural"), QStringLiteral("intermediate"), QStringLiteral("urban")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("postal_code"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Postal code")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, 0, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("staff");
        t.label = QT_TRANSLATE_NOOP("Schema", "Staff member");
        t.sortFields = {QStringLiteral("full_name")};
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(
            FieldDef::make(QStringLiteral("full_name"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Full name")));
        t.fields.append(FieldDef::make(
            QStringLiteral("role"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Role"), {},
            {QStringLiteral("social_worker"), QStringLiteral("case_manager"), QStringLiteral("experience_expert"),
             QStringLiteral("supervisor"), QStringLiteral("health_mediator"), QStringLiteral("education_mediator"),
             QStringLiteral("assistant"), QStringLiteral("coordinator"), QStringLiteral("municipal_staff")}));
        t.fields.append(FieldDef::make(QStringLiteral("is_experience_expert"), Bool, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Is experience expert")));
        t.fields.append(
            FieldDef::make(QStringLiteral("username"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Account name")));
        t.fields.append(FieldDef::make(QStringLiteral("email"), Text, P, QT_TRANSLATE_NOOP("Schema", "Email")));
        t.fields.append(FieldDef::make(QStringLiteral("phone"), Text, P, QT_TRANSLATE_NOOP("Schema", "Phone")));
        t.fields.append(FieldDef::make(QStringLiteral("active"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Active")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("staff_training");
        t.label = QT_TRANSLATE_NOOP("Schema", "Staff training");
        t.fields.append(FieldDef::make(QStringLiteral("staff_id"), Ref, R | O,
                                       QT_TRANSLATE_NOOP("Schema", "Staff member"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("title"), Text, R, QT_TRANSLATE_NOOP("Schema", "Title")));
        t.fields.append(FieldDef::make(QStringLiteral("training_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date")));
        t.fields.append(FieldDef::make(QStringLiteral("hours"), Real, R, QT_TRANSLATE_NOOP("Schema", "Hours")));
        t.fields.append(FieldDef::make(QStringLiteral("provider"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Provider")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("household");
        t.label = QT_TRANSLATE_NOOP("Schema", "Household");
        t.sortFields = {QStringLiteral("name")};
        t.fields.append(FieldDef::make(QStringLiteral("locality_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Locality"),
                                       QStringLiteral("locality")));
        t.fields.append(FieldDef::make(QStringLiteral("name"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Name")));
        t.fields.append(FieldDef::make(QStringLiteral("address"), Text, P, QT_TRANSLATE_NOOP("Schema", "Address")));
        t.fields.append(FieldDef::make(QStringLiteral("head_person_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Head of household"), QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("phone"), Text, P, QT_TRANSLATE_NOOP("Schema", "Phone")));
        t.fields.append(
            FieldDef::make(QStringLiteral("housing"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Housing situation"), {},
                           {QStringLiteral("owned"), QStringLiteral("rented"), QStringLiteral("social_rented"),
                            QStringLiteral("informal"), QStringLiteral("shelter"), QStringLiteral("homeless"),
                            QStringLiteral("other")}));
        t.fields.append(FieldDef::make(QStringLiteral("case_manager_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Case manager"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("person");
        t.label = QT_TRANSLATE_NOOP("Schema", "Person");
        t.sortFields = {QStringLiteral("family_name"), QStringLiteral("given_names")};
        t.fields.append(FieldDef::make(QStringLiteral("household_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Household"),
                                       QStringLiteral("household")));
        t.fields.append(
            FieldDef::make(QStringLiteral("family_name"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Family name")));
        t.fields.append(
            FieldDef::make(QStringLiteral("given_names"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Given names")));
        t.fields.append(
            FieldDef::make(QStringLiteral("birth_name"), Text, P, QT_TRANSLATE_NOOP("Schema", "Birth name")));
        t.fields.append(
            FieldDef::make(QStringLiteral("mother_name"), Text, P, QT_TRANSLATE_NOOP("Schema", "Mother's birth name")));
        t.fields.append(
            FieldDef::make(QStringLiteral("birth_date"), Date, P, QT_TRANSLATE_NOOP("Schema", "Date of birth")));
        t.fields.append(
            FieldDef::make(QStringLiteral("birth_place"), Text, P, QT_TRANSLATE_NOOP("Schema", "Place of birth")));
        t.fields.append(FieldDef::make(
            QStringLiteral("gender"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Gender"), {},
            {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"), QStringLiteral("unknown")}));
        t.fields.append(FieldDef::make(
            QStringLiteral("relationship"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Relationship to head"), {},
            {QStringLiteral("head"), QStringLiteral("spouse"), QStringLiteral("partner"), QStringLiteral("child"),
             QStringLiteral("parent"), QStringLiteral("sibling"), QStringLiteral("grandchild"),
             QStringLiteral("grandparent"), QStringLiteral("other_relative"), QStringLiteral("other")}));
        t.fields.append(FieldDef::make(QStringLiteral("phone"), Text, P, QT_TRANSLATE_NOOP("Schema", "Phone")));
        t.fields.append(FieldDef::make(QStringLiteral("email"), Text, P, QT_TRANSLATE_NOOP("Schema", "Email")));
        t.fields.append(FieldDef::make(QStringLiteral("languages"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Languages")));
        t.fields.append(FieldDef::make(QStringLiteral("is_client"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Client")));
        t.fields.append(FieldDef::make(QStringLiteral("case_manager_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Case manager"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("consent");
        t.label = QT_TRANSLATE_NOOP("Schema", "Consent");
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("purpose"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Purpose"), {},
                                       {QStringLiteral("case_work"), QStringLiteral("data_sharing"),
                                        QStringLiteral("referral"), QStringLiteral("special_category"),
                                        QStringLiteral("photos"), QStringLiteral("monitoring")}));
        t.fields.append(FieldDef::make(QStringLiteral("text_version"), Text, R,
                                       QT_TRANSLATE_NOOP("Schema", "Consent text version")));
        t.fields.append(
            FieldDef::make(QStringLiteral("given_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date given")));
        t.fields.append(FieldDef::make(
            QStringLiteral("method"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Method"), {},
            {QStringLiteral("written"), QStringLiteral("oral_witnessed"), QStringLiteral("electronic")}));
        t.fields.append(FieldDef::make(QStringLiteral("given_by"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Given by"), {},
                                       {QStringLiteral("self"), QStringLiteral("legal_representative")}));
        t.fields.append(FieldDef::make(QStringLiteral("representative_name"), Text, P,
                                       QT_TRANSLATE_NOOP("Schema", "Legal representative")));
        t.fields.append(
            FieldDef::make(QStringLiteral("withdrawn_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Date withdrawn")));
        t.fields.append(FieldDef::make(QStringLiteral("recorded_by"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Recorded by"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("entry_record");
        t.label = QT_TRANSLATE_NOOP("Schema", "Entry record");
        t.frozen = true;
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(
            FieldDef::make(QStringLiteral("entry_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date of entry")));
        t.fields.append(FieldDef::make(
            QStringLiteral("labour_status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Labour status"), {},
            {QStringLiteral("employed"), QStringLiteral("self_employed"), QStringLiteral("unemployed"),
             QStringLiteral("long_term_unemployed"), QStringLiteral("inactive"), QStringLiteral("in_education")}));
        t.fields.append(FieldDef::make(QStringLiteral("isced"), Enum, R,
                                       QT_TRANSLATE_NOOP("Schema", "Highest education (ISCED)"), {},
                                       {QStringLiteral("isced0"), QStringLiteral("isced1"), QStringLiteral("isced2"),
                                        QStringLiteral("isced3"), QStringLiteral("isced4"), QStringLiteral("isced5"),
                                        QStringLiteral("isced6"), QStringLiteral("isced7"), QStringLiteral("isced8")}));
        t.fields.append(FieldDef::make(QStringLiteral("disability"), Enum, S, QT_TRANSLATE_NOOP("Schema", "Disability"),
                                       {}, {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("minority"), Enum, S,
                                       QT_TRANSLATE_NOOP("Schema", "Minority, including marginalised communities"), {},
                                       {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("homeless"), Enum, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Homeless or housing exclusion"), {},
                                       {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("jobless_household"), Enum, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Jobless household"), {},
                                       {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("single_adult_with_children"), Enum, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Single adult household with children"), {},
                                       {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("asked_by"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Asked by"),
                                       QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("asked_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Asked on")));
        // Schema 6, for the ESF+ indicators: long-term unemployment is counted from this date, third-country
        // nationals from the citizenship.
        t.fields.append(FieldDef::make(QStringLiteral("unemployed_since"), Date, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Unemployed since")));
        t.fields.append(
            FieldDef::make(QStringLiteral("citizenship"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Citizenship"), {},
                           {QStringLiteral("national"), QStringLiteral("other_eu"), QStringLiteral("third_country"),
                            QStringLiteral("stateless"), QStringLiteral("declined")}));
        t.fields.append(FieldDef::make(QStringLiteral("foreign_background"), Enum, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Foreign background"), {},
                                       {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")}));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("exit_record");
        t.label = QT_TRANSLATE_NOOP("Schema", "Exit record");
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(
            FieldDef::make(QStringLiteral("exit_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date of exit")));
        t.fields.append(FieldDef::make(
            QStringLiteral("situation"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Situation on leaving"), {},
            {QStringLiteral("employed"), QStringLiteral("self_employed"), QStringLiteral("job_searching"),
             QStringLiteral("in_education"), QStringLiteral("in_training"), QStringLiteral("inactive"),
             QStringLiteral("other")}));
        t.fields.append(FieldDef::make(QStringLiteral("qualification_gained"), Bool, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Qualification gained")));
        t.fields.append(
            FieldDef::make(QStringLiteral("follow_up_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Follow-up date")));
        t.fields.append(
            FieldDef::make(QStringLiteral("follow_up_situation"), Enum, 0,
                           QT_TRANSLATE_NOOP("Schema", "Situation six months later"), {},
                           {QStringLiteral("employed"), QStringLiteral("self_employed"),
                            QStringLiteral("job_searching"), QStringLiteral("in_education"),
                            QStringLiteral("in_training"), QStringLiteral("inactive"), QStringLiteral("other")}));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("facility");
        t.label = QT_TRANSLATE_NOOP("Schema", "Facility");
        t.sortFields = {QStringLiteral("name")};
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(FieldDef::make(QStringLiteral("locality_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Locality"),
                                       QStringLiteral("locality")));
        t.fields.append(FieldDef::make(QStringLiteral("name"), Text, R, QT_TRANSLATE_NOOP("Schema", "Name")));
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("field_work"), QStringLiteral("shelter"),
                                        QStringLiteral("counselling"), QStringLiteral("community_centre"),
                                        QStringLiteral("family_support"), QStringLiteral("job_centre"),
                                        QStringLiteral("health"), QStringLiteral("school"), QStringLiteral("other")}));
        t.fields.append(FieldDef::make(QStringLiteral("beds"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Beds")));
        t.fields.append(FieldDef::make(QStringLiteral("address"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Address")));
        t.fields.append(FieldDef::make(QStringLiteral("phone"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Phone")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("plan");
        t.label = QT_TRANSLATE_NOOP("Schema", "Development plan");
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("individual"), QStringLiteral("family")}));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("household_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Household"),
                                       QStringLiteral("household")));
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(FieldDef::make(QStringLiteral("title"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Title")));
        t.fields.append(FieldDef::make(QStringLiteral("status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Status"), {},
                                       {QStringLiteral("draft"), QStringLiteral("awaiting_signature"),
                                        QStringLiteral("active"), QStringLiteral("closed")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("start_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Start date")));
        t.fields.append(FieldDef::make(QStringLiteral("end_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "End date")));
        t.fields.append(
            FieldDef::make(QStringLiteral("next_review_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Next review")));
        t.fields.append(FieldDef::make(QStringLiteral("case_manager_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Case manager"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("experience_expert_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Experience expert"), QStringLiteral("staff")));
        t.fields.append(
            FieldDef::make(QStringLiteral("plan_version"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Plan version")));
        t.fields.append(FieldDef::make(QStringLiteral("signed_by"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Signed by"),
                                       {}, {QStringLiteral("client"), QStringLiteral("legal_representative")}));
        t.fields.append(FieldDef::make(QStringLiteral("representative_name"), Text, P,
                                       QT_TRANSLATE_NOOP("Schema", "Legal representative")));
        t.fields.append(FieldDef::make(QStringLiteral("client_signed_date"), Date, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Signed by client on")));
        t.fields.append(FieldDef::make(QStringLiteral("manager_signed_date"), Date, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Signed by case manager on")));
        t.fields.append(FieldDef::make(QStringLiteral("expert_signed_date"), Date, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Signed by experience expert on")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("plan_need");
        t.label = QT_TRANSLATE_NOOP("Schema", "Plan need");
        t.fields.append(FieldDef::make(QStringLiteral("plan_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Plan"),
                                       QStringLiteral("plan")));
        t.fields.append(
            FieldDef::make(QStringLiteral("area"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Intervention area"), {},
                           {QStringLiteral("education"), QStringLiteral("employment"), QStringLiteral("health"),
                            QStringLiteral("housing"), QStringLiteral("income_debt"), QStringLiteral("children_family"),
                            QStringLiteral("documents"), QStringLiteral("community")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("description"), LongText, R | P, QT_TRANSLATE_NOOP("Schema", "Description")));
        t.fields.append(FieldDef::make(QStringLiteral("priority"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Priority"), {},
                                       {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("plan_goal");
        t.label = QT_TRANSLATE_NOOP("Schema", "Plan goal");
        t.fields.append(FieldDef::make(QStringLiteral("plan_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Plan"),
                                       QStringLiteral("plan")));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(
            FieldDef::make(QStringLiteral("area"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Intervention area"), {},
                           {QStringLiteral("education"), QStringLiteral("employment"), QStringLiteral("health"),
                            QStringLiteral("housing"), QStringLiteral("income_debt"), QStringLiteral("children_family"),
                            QStringLiteral("documents"), QStringLiteral("community")}));
        t.fields.append(FieldDef::make(QStringLiteral("title"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Goal")));
        t.fields.append(FieldDef::make(QStringLiteral("steps"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Steps")));
        t.fields.append(FieldDef::make(QStringLiteral("owner"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Who does it")));
        t.fields.append(FieldDef::make(QStringLiteral("owner_staff_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Responsible staff member"),
                                       QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("deadline"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Deadline")));
        t.fields.append(FieldDef::make(QStringLiteral("status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Status"), {},
                                       {QStringLiteral("planned"), QStringLiteral("in_progress"),
                                        QStringLiteral("achieved"), QStringLiteral("partly_achieved"),
                                        QStringLiteral("not_achieved"), QStringLiteral("dropped")}));
        t.fields.append(FieldDef::make(QStringLiteral("sort_order"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Order")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("plan_action");
        t.label = QT_TRANSLATE_NOOP("Schema", "Plan action");
        t.fields.append(FieldDef::make(QStringLiteral("plan_id"), Ref, R | O, QT_TRANSLATE_NOOP("Schema", "Plan"),
                                       QStringLiteral("plan")));
        t.fields.append(FieldDef::make(QStringLiteral("goal_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Goal"),
                                       QStringLiteral("plan_goal")));
        t.fields.append(
            FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                           {QStringLiteral("service"), QStringLiteral("referral"), QStringLiteral("task")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("description"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Description")));
        t.fields.append(FieldDef::make(QStringLiteral("provider"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Provider")));
        t.fields.append(FieldDef::make(QStringLiteral("due_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Due date")));
        t.fields.append(FieldDef::make(QStringLiteral("status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Status"), {},
                                       {QStringLiteral("planned"), QStringLiteral("in_progress"),
                                        QStringLiteral("done"), QStringLiteral("cancelled")}));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("plan_review");
        t.label = QT_TRANSLATE_NOOP("Schema", "Plan review");
        t.appendOnly = true;
        t.fields.append(FieldDef::make(QStringLiteral("plan_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Plan"),
                                       QStringLiteral("plan")));
        t.fields.append(
            FieldDef::make(QStringLiteral("review_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Review date")));
        t.fields.append(FieldDef::make(QStringLiteral("reviewed_by"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Reviewed by"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("summary"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Summary")));
        t.fields.append(
            FieldDef::make(QStringLiteral("next_review_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Next review")));
        t.fields.append(
            FieldDef::make(QStringLiteral("plan_version"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Plan version")));
        t.fields.append(
            FieldDef::make(QStringLiteral("snapshot"), Json, P, QT_TRANSLATE_NOOP("Schema", "Plan as reviewed")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("activity");
        t.label = QT_TRANSLATE_NOOP("Schema", "Activity");
        t.appendOnly = true;
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("home_visit"), QStringLiteral("consultation"),
                                        QStringLiteral("service"), QStringLiteral("case_conference"),
                                        QStringLiteral("phone_call"), QStringLiteral("accompaniment")}));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("household_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Household"),
                                       QStringLiteral("household")));
        t.fields.append(FieldDef::make(QStringLiteral("staff_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Recorded by"),
                                       QStringLiteral("staff")));
        t.fields.append(
            FieldDef::make(QStringLiteral("happened_at"), DateTime, R, QT_TRANSLATE_NOOP("Schema", "Date and time")));
        t.fields.append(FieldDef::make(QStringLiteral("place"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Place")));
        t.fields.append(FieldDef::make(QStringLiteral("planned"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Planned")));
        t.fields.append(FieldDef::make(QStringLiteral("purpose"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Purpose")));
        t.fields.append(
            FieldDef::make(QStringLiteral("service_type"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Service")));
        t.fields.append(
            FieldDef::make(QStringLiteral("observations"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Observations")));
        t.fields.append(
            FieldDef::make(QStringLiteral("agreements"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Agreements")));
        t.fields.append(
            FieldDef::make(QStringLiteral("minutes"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Minutes spent")));
        t.fields.append(FieldDef::make(QStringLiteral("risk_flag"), Bool, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Child protection or risk concern")));
        t.fields.append(
            FieldDef::make(QStringLiteral("risk_note"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Risk note")));
        t.fields.append(
            FieldDef::make(QStringLiteral("next_visit_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Next visit")));
        t.fields.append(FieldDef::make(QStringLiteral("supersedes_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Corrects"),
                                       QStringLiteral("activity")));
        t.fields.append(FieldDef::make(QStringLiteral("voided"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Withdrawn")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("activity_participant");
        t.label = QT_TRANSLATE_NOOP("Schema", "Activity participant");
        t.appendOnly = true;
        t.fields.append(FieldDef::make(QStringLiteral("activity_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Activity"),
                                       QStringLiteral("activity")));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("staff_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Staff member"),
                                       QStringLiteral("staff")));
        t.fields.append(
            FieldDef::make(QStringLiteral("role"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Role"), {},
                           {QStringLiteral("client"), QStringLiteral("household_member"), QStringLiteral("staff"),
                            QStringLiteral("experience_expert"), QStringLiteral("other")}));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("activity_goal");
        t.label = QT_TRANSLATE_NOOP("Schema", "Activity goal link");
        t.appendOnly = true;
        t.fields.append(FieldDef::make(QStringLiteral("activity_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Activity"),
                                       QStringLiteral("activity")));
        t.fields.append(FieldDef::make(QStringLiteral("goal_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Goal"),
                                       QStringLiteral("plan_goal")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("task");
        t.label = QT_TRANSLATE_NOOP("Schema", "Task");
        t.fields.append(FieldDef::make(QStringLiteral("activity_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Activity"),
                                       QStringLiteral("activity")));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("household_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Household"),
                                       QStringLiteral("household")));
        t.fields.append(FieldDef::make(QStringLiteral("goal_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Goal"),
                                       QStringLiteral("plan_goal")));
        t.fields.append(
            FieldDef::make(QStringLiteral("description"), Text, R | P, QT_TRANSLATE_NOOP("Schema", "Description")));
        t.fields.append(FieldDef::make(QStringLiteral("owner"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Who does it")));
        t.fields.append(FieldDef::make(QStringLiteral("owner_staff_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Responsible staff member"),
                                       QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("deadline"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Deadline")));
        t.fields.append(FieldDef::make(QStringLiteral("status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Status"), {},
                                       {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("cancelled")}));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("referral");
        t.label = QT_TRANSLATE_NOOP("Schema", "Referral");
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("referral"), QStringLiteral("handover")}));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("household_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Household"),
                                       QStringLiteral("household")));
        t.fields.append(
            FieldDef::make(QStringLiteral("from_service"), Text, R, QT_TRANSLATE_NOOP("Schema", "From service")));
        t.fields.append(
            FieldDef::make(QStringLiteral("to_service"), Text, R, QT_TRANSLATE_NOOP("Schema", "To service")));
        t.fields.append(FieldDef::make(QStringLiteral("from_facility_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "From facility"), QStringLiteral("facility")));
        t.fields.append(FieldDef::make(QStringLiteral("to_facility_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "To facility"), QStringLiteral("facility")));
        t.fields.append(FieldDef::make(QStringLiteral("reason"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Reason")));
        t.fields.append(FieldDef::make(QStringLiteral("consent_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Consent"),
                                       QStringLiteral("consent")));
        t.fields.append(FieldDef::make(QStringLiteral("sent_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date sent")));
        t.fields.append(FieldDef::make(QStringLiteral("status"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Status"), {},
                                       {QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("declined"),
                                        QStringLiteral("completed"), QStringLiteral("cancelled")}));
        t.fields.append(
            FieldDef::make(QStringLiteral("status_date"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Status since")));
        t.fields.append(FieldDef::make(QStringLiteral("outcome"), LongText, P, QT_TRANSLATE_NOOP("Schema", "Outcome")));
        t.fields.append(FieldDef::make(QStringLiteral("referred_by"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Referred by"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("receiving_staff_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Receiving staff member"), QStringLiteral("staff")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("event");
        t.label = QT_TRANSLATE_NOOP("Schema", "Group event");
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Kind"), {},
                                       {QStringLiteral("forum"), QStringLiteral("thematic_day"),
                                        QStringLiteral("training"), QStringLiteral("community_event"),
                                        QStringLiteral("volunteering"), QStringLiteral("community_meeting")}));
        t.fields.append(FieldDef::make(QStringLiteral("title"), Text, R, QT_TRANSLATE_NOOP("Schema", "Topic")));
        t.fields.append(FieldDef::make(QStringLiteral("event_date"), Date, R, QT_TRANSLATE_NOOP("Schema", "Date")));
        t.fields.append(FieldDef::make(QStringLiteral("hours"), Real, 0, QT_TRANSLATE_NOOP("Schema", "Hours")));
        t.fields.append(FieldDef::make(QStringLiteral("place"), Text, 0, QT_TRANSLATE_NOOP("Schema", "Place")));
        t.fields.append(FieldDef::make(QStringLiteral("locality_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Locality"),
                                       QStringLiteral("locality")));
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(FieldDef::make(QStringLiteral("organiser_staff_id"), Ref, 0,
                                       QT_TRANSLATE_NOOP("Schema", "Organiser"), QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("external_guests"), Integer, 0,
                                       QT_TRANSLATE_NOOP("Schema", "External guests")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, 0, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("attendance");
        t.label = QT_TRANSLATE_NOOP("Schema", "Attendance");
        t.appendOnly = true;
        t.fields.append(FieldDef::make(QStringLiteral("event_id"), Ref, R, QT_TRANSLATE_NOOP("Schema", "Event"),
                                       QStringLiteral("event")));
        t.fields.append(FieldDef::make(QStringLiteral("person_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Person"),
                                       QStringLiteral("person")));
        t.fields.append(FieldDef::make(QStringLiteral("staff_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Staff member"),
                                       QStringLiteral("staff")));
        t.fields.append(FieldDef::make(QStringLiteral("role"), Enum, 0, QT_TRANSLATE_NOOP("Schema", "Role"), {},
                                       {QStringLiteral("participant"), QStringLiteral("staff"),
                                        QStringLiteral("volunteer"), QStringLiteral("speaker")}));
        t.fields.append(FieldDef::make(QStringLiteral("hours"), Real, 0, QT_TRANSLATE_NOOP("Schema", "Hours")));
        t.fields.append(FieldDef::make(QStringLiteral("present"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Present")));
        t.fields.append(FieldDef::make(QStringLiteral("supersedes_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Corrects"),
                                       QStringLiteral("attendance")));
        tables.append(t);
    }
    tables += buildMonitoringTables();
    return tables;
}

QHash<QString, const char*> Schema::buildEnumLabels() {
    QHash<QString, const char*> labels = {
        {QStringLiteral("catching_up"), QT_TRANSLATE_NOOP("Schema", "Catching-up settlements")},
        {QStringLiteral("social_services"), QT_TRANSLATE_NOOP("Schema", "Regional social services")},
        {QStringLiteral("community_centre"), QT_TRANSLATE_NOOP("Schema", "Community work centre")},
        {QStringLiteral("county_coordination"), QT_TRANSLATE_NOOP("Schema", "County inclusion coordination")},
        {QStringLiteral("HU"), QT_TRANSLATE_NOOP("Schema", "Hungary")},
        {QStringLiteral("CZ"), QT_TRANSLATE_NOOP("Schema", "Czechia")},
        {QStringLiteral("SK"), QT_TRANSLATE_NOOP("Schema", "Slovakia")},
        {QStringLiteral("BG"), QT_TRANSLATE_NOOP("Schema", "Bulgaria")},
        {QStringLiteral("RO"), QT_TRANSLATE_NOOP("Schema", "Romania")},
        {QStringLiteral("segregated_settlement"), QT_TRANSLATE_NOOP("Schema", "Segregated settlement")},
        {QStringLiteral("village"), QT_TRANSLATE_NOOP("Schema", "Village")},
        {QStringLiteral("town"), QT_TRANSLATE_NOOP("Schema", "Town")},
        {QStringLiteral("city_district"), QT_TRANSLATE_NOOP("Schema", "City district")},
        {QStringLiteral("rural"), QT_TRANSLATE_NOOP("Schema", "Rural")},
        {QStringLiteral("intermediate"), QT_TRANSLATE_NOOP("Schema", "Intermediate")},
        {QStringLiteral("urban"), QT_TRANSLATE_NOOP("Schema", "Urban")},
        {QStringLiteral("social_worker"), QT_TRANSLATE_NOOP("Schema", "Social worker")},
        {QStringLiteral("case_manager"), QT_TRANSLATE_NOOP("Schema", "Case manager")},
        {QStringLiteral("experience_expert"), QT_TRANSLATE_NOOP("Schema", "Experience expert")},
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("Schema", "Supervisor")},
        {QStringLiteral("health_mediator"), QT_TRANSLATE_NOOP("Schema", "Health mediator")},
        {QStringLiteral("education_mediator"), QT_TRANSLATE_NOOP("Schema", "Education mediator")},
        {QStringLiteral("assistant"), QT_TRANSLATE_NOOP("Schema", "Assistant")},
        {QStringLiteral("coordinator"), QT_TRANSLATE_NOOP("Schema", "Coordinator")},
        {QStringLiteral("municipal_staff"), QT_TRANSLATE_NOOP("Schema", "Municipal staff")},
        {QStringLiteral("owned"), QT_TRANSLATE_NOOP("Schema", "Owned")},
        {QStringLiteral("rented"), QT_TRANSLATE_NOOP("Schema", "Rented")},
        {QStringLiteral("social_rented"), QT_TRANSLATE_NOOP("Schema", "Social rented")},
        {QStringLiteral("informal"), QT_TRANSLATE_NOOP("Schema", "Informal")},
        {QStringLiteral("shelter"), QT_TRANSLATE_NOOP("Schema", "Shelter")},
        {QStringLiteral("homeless"), QT_TRANSLATE_NOOP("Schema", "Homeless")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Schema", "Other")},
        {QStringLiteral("female"), QT_TRANSLATE_NOOP("Schema", "Female")},
        {QStringLiteral("male"), QT_TRANSLATE_NOOP("Schema", "Male")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("Schema", "Unknown")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("Schema", "Head")},
        {QStringLiteral("spouse"), QT_TRANSLATE_NOOP("Schema", "Spouse")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("Schema", "Partner")},
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("Schema", "Child")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("Schema", "Parent")},
        {QStringLiteral("sibling"), QT_TRANSLATE_NOOP("Schema", "Sibling")},
        {QStringLiteral("grandchild"), QT_TRANSLATE_NOOP("Schema", "Grandchild")},
        {QStringLiteral("grandparent"), QT_TRANSLATE_NOOP("Schema", "Grandparent")},
        {QStringLiteral("other_relative"), QT_TRANSLATE_NOOP("Schema", "Other relative")},
        {QStringLiteral("case_work"), QT_TRANSLATE_NOOP("Schema", "Case work")},
        {QStringLiteral("data_sharing"), QT_TRANSLATE_NOOP("Schema", "Sharing with other services")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("Schema", "Referral")},
        {QStringLiteral("special_category"), QT_TRANSLATE_NOOP("Schema", "Special-category data")},
        {QStringLiteral("photos"), QT_TRANSLATE_NOOP("Schema", "Photos")},
        {QStringLiteral("monitoring"), QT_TRANSLATE_NOOP("Schema", "Monitoring")},
        {QStringLiteral("written"), QT_TRANSLATE_NOOP("Schema", "Written")},
        {QStringLiteral("oral_witnessed"), QT_TRANSLATE_NOOP("Schema", "Oral, witnessed")},
        {QStringLiteral("electronic"), QT_TRANSLATE_NOOP("Schema", "Electronic")},
        {QStringLiteral("self"), QT_TRANSLATE_NOOP("Schema", "Self")},
        {QStringLiteral("legal_representative"), QT_TRANSLATE_NOOP("Schema", "Legal representative")},
        {QStringLiteral("employed"), QT_TRANSLATE_NOOP("Schema", "Employed")},
        {QStringLiteral("self_employed"), QT_TRANSLATE_NOOP("Schema", "Self-employed")},
        {QStringLiteral("unemployed"), QT_TRANSLATE_NOOP("Schema", "Unemployed")},
        {QStringLiteral("long_term_unemployed"), QT_TRANSLATE_NOOP("Schema", "Long-term unemployed")},
        {QStringLiteral("inactive"), QT_TRANSLATE_NOOP("Schema", "Inactive")},
        {QStringLiteral("in_education"), QT_TRANSLATE_NOOP("Schema", "In education")},
        {QStringLiteral("isced0"), QT_TRANSLATE_NOOP("Schema", "ISCED 0: early childhood or none")},
        {QStringLiteral("isced1"), QT_TRANSLATE_NOOP("Schema", "ISCED 1: primary")},
        {QStringLiteral("isced2"), QT_TRANSLATE_NOOP("Schema", "ISCED 2: lower secondary")},
        {QStringLiteral("isced3"), QT_TRANSLATE_NOOP("Schema", "ISCED 3: upper secondary")},
        {QStringLiteral("isced4"), QT_TRANSLATE_NOOP("Schema", "ISCED 4: post-secondary non-tertiary")},
        {QStringLiteral("isced5"), QT_TRANSLATE_NOOP("Schema", "ISCED 5: short-cycle tertiary")},
        {QStringLiteral("isced6"), QT_TRANSLATE_NOOP("Schema", "ISCED 6: bachelor's or equivalent")},
        {QStringLiteral("isced7"), QT_TRANSLATE_NOOP("Schema", "ISCED 7: master's or equivalent")},
        {QStringLiteral("isced8"), QT_TRANSLATE_NOOP("Schema", "ISCED 8: doctoral")},
        {QStringLiteral("yes"), QT_TRANSLATE_NOOP("Schema", "Yes")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Schema", "No")},
        {QStringLiteral("declined"), QT_TRANSLATE_NOOP("Schema", "Declined to answer")},
        {QStringLiteral("job_searching"), QT_TRANSLATE_NOOP("Schema", "Job searching")},
        {QStringLiteral("in_training"), QT_TRANSLATE_NOOP("Schema", "In training")},
        {QStringLiteral("field_work"), QT_TRANSLATE_NOOP("Schema", "Field social work")},
        {QStringLiteral("counselling"), QT_TRANSLATE_NOOP("Schema", "Counselling")},
        {QStringLiteral("family_support"), QT_TRANSLATE_NOOP("Schema", "Family support service")},
        {QStringLiteral("job_centre"), QT_TRANSLATE_NOOP("Schema", "Job centre")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("Schema", "Health")},
        {QStringLiteral("school"), QT_TRANSLATE_NOOP("Schema", "School")},
        {QStringLiteral("individual"), QT_TRANSLATE_NOOP("Schema", "Individual")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("Schema", "Family")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("Schema", "Draft")},
        {QStringLiteral("awaiting_signature"), QT_TRANSLATE_NOOP("Schema", "Awaiting signature")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("Schema", "Active")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Schema", "Closed")},
        {QStringLiteral("client"), QT_TRANSLATE_NOOP("Schema", "Client")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("Schema", "Education")},
        {QStringLiteral("employment"), QT_TRANSLATE_NOOP("Schema", "Employment")},
        {QStringLiteral("housing"), QT_TRANSLATE_NOOP("Schema", "Housing")},
        {QStringLiteral("income_debt"), QT_TRANSLATE_NOOP("Schema", "Income and debt")},
        {QStringLiteral("children_family"), QT_TRANSLATE_NOOP("Schema", "Children and family")},
        {QStringLiteral("documents"), QT_TRANSLATE_NOOP("Schema", "Documents")},
        {QStringLiteral("community"), QT_TRANSLATE_NOOP("Schema", "Community")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("Schema", "High")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("Schema", "Medium")},
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("Schema", "Low")},
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("Schema", "Planned")},
        {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("Schema", "In progress")},
        {QStringLiteral("achieved"), QT_TRANSLATE_NOOP("Schema", "Achieved")},
        {QStringLiteral("partly_achieved"), QT_TRANSLATE_NOOP("Schema", "Partly achieved")},
        {QStringLiteral("not_achieved"), QT_TRANSLATE_NOOP("Schema", "Not achieved")},
        {QStringLiteral("dropped"), QT_TRANSLATE_NOOP("Schema", "Dropped")},
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("Schema", "Service")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("Schema", "Task")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Schema", "Done")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Schema", "Cancelled")},
        {QStringLiteral("home_visit"), QT_TRANSLATE_NOOP("Schema", "Home visit")},
        {QStringLiteral("consultation"), QT_TRANSLATE_NOOP("Schema", "Consultation")},
        {QStringLiteral("case_conference"), QT_TRANSLATE_NOOP("Schema", "Case conference")},
        {QStringLiteral("phone_call"), QT_TRANSLATE_NOOP("Schema", "Phone call")},
        {QStringLiteral("accompaniment"), QT_TRANSLATE_NOOP("Schema", "Accompaniment")},
        {QStringLiteral("household_member"), QT_TRANSLATE_NOOP("Schema", "Household member")},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("Schema", "Staff")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Schema", "Open")},
        {QStringLiteral("handover"), QT_TRANSLATE_NOOP("Schema", "Hand-over")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("Schema", "Sent")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("Schema", "Accepted")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Schema", "Completed")},
        {QStringLiteral("forum"), QT_TRANSLATE_NOOP("Schema", "Forum")},
        {QStringLiteral("thematic_day"), QT_TRANSLATE_NOOP("Schema", "Thematic day")},
        {QStringLiteral("training"), QT_TRANSLATE_NOOP("Schema", "Training")},
        {QStringLiteral("community_event"), QT_TRANSLATE_NOOP("Schema", "Community event")},
        {QStringLiteral("volunteering"), QT_TRANSLATE_NOOP("Schema", "Volunteering")},
        {QStringLiteral("community_meeting"), QT_TRANSLATE_NOOP("Schema", "Community meeting")},
        {QStringLiteral("participant"), QT_TRANSLATE_NOOP("Schema", "Participant")},
        {QStringLiteral("volunteer"), QT_TRANSLATE_NOOP("Schema", "Volunteer")},
        {QStringLiteral("speaker"), QT_TRANSLATE_NOOP("Schema", "Speaker")},
        {QStringLiteral("national"), QT_TRANSLATE_NOOP("Schema", "Citizen of this country")},
        {QStringLiteral("other_eu"), QT_TRANSLATE_NOOP("Schema", "Citizen of another EU country")},
        {QStringLiteral("third_country"), QT_TRANSLATE_NOOP("Schema", "Citizen of a country outside the EU")},
        {QStringLiteral("stateless"), QT_TRANSLATE_NOOP("Schema", "Stateless")},
    };
    labels.insert(buildMonitoringEnumLabels());
    return labels;
}

} // namespace fieldcase::core
