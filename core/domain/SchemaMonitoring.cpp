// SPDX-License-Identifier: GPL-3.0-or-later
// The programme office's synced tables: the catalogue of indicators and their targets. They are
// reference data, made on the central copy and sent to every laptop with its caseload. Keep in
// step with the migrations (V006Monitoring.cpp).
#include "domain/Schema.h"

#include <QtGlobal>

namespace fieldcase::core {

namespace {

using enum FieldType;

constexpr int R = FieldDef::Required;
constexpr int O = FieldDef::Owner;

} // namespace

QList<TableDef> Schema::buildMonitoringTables() {
    QList<TableDef> tables;
    {
        TableDef t;
        t.name = QStringLiteral("indicator");
        t.label = QT_TRANSLATE_NOOP("Schema", "Indicator");
        t.sortFields = {QStringLiteral("code")};
        t.fields.append(FieldDef::make(QStringLiteral("programme_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Programme"),
                                       QStringLiteral("programme")));
        t.fields.append(FieldDef::make(QStringLiteral("code"), Text, R, QT_TRANSLATE_NOOP("Schema", "Code")));
        t.fields.append(FieldDef::make(QStringLiteral("name"), Text, R, QT_TRANSLATE_NOOP("Schema", "Name")));
        t.fields.append(FieldDef::make(QStringLiteral("unit"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Unit"), {},
                                       {QStringLiteral("people"), QStringLiteral("households"),
                                        QStringLiteral("events"), QStringLiteral("hours"), QStringLiteral("staff"),
                                        QStringLiteral("referrals"), QStringLiteral("records")}));
        // How core computes it; the parameters (JSON) narrow it down, for example
        // {"labour_status": ["inactive"], "age_min": 16, "age_max": 55}.
        t.fields.append(FieldDef::make(QStringLiteral("kind"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Computed as"), {},
                                       {QStringLiteral("esf_common"), QStringLiteral("participants"),
                                        QStringLiteral("leavers"), QStringLiteral("signed_plans"),
                                        QStringLiteral("events_held"), QStringLiteral("event_hours"),
                                        QStringLiteral("staff_active"), QStringLiteral("staff_trained"),
                                        QStringLiteral("households_served"), QStringLiteral("handovers")}));
        t.fields.append(FieldDef::make(QStringLiteral("params"), Json, 0, QT_TRANSLATE_NOOP("Schema", "Parameters")));
        t.fields.append(
            FieldDef::make(QStringLiteral("description"), LongText, 0, QT_TRANSLATE_NOOP("Schema", "Definition")));
        t.fields.append(
            FieldDef::make(QStringLiteral("built_in"), Bool, 0, QT_TRANSLATE_NOOP("Schema", "Shipped with Fieldcase")));
        t.fields.append(FieldDef::make(QStringLiteral("sort_order"), Integer, 0, QT_TRANSLATE_NOOP("Schema", "Order")));
        tables.append(t);
    }
    {
        TableDef t;
        t.name = QStringLiteral("indicator_target");
        t.label = QT_TRANSLATE_NOOP("Schema", "Indicator target");
        t.fields.append(FieldDef::make(QStringLiteral("indicator_id"), Ref, R | O,
                                       QT_TRANSLATE_NOOP("Schema", "Indicator"), QStringLiteral("indicator")));
        t.fields.append(FieldDef::make(QStringLiteral("period"), Enum, R, QT_TRANSLATE_NOOP("Schema", "Period"), {},
                                       {QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year"),
                                        QStringLiteral("whole_programme")}));
        // The first day of the month, quarter or year; empty for the whole programme.
        t.fields.append(
            FieldDef::make(QStringLiteral("period_start"), Date, 0, QT_TRANSLATE_NOOP("Schema", "Period from")));
        // Empty for the whole programme.
        t.fields.append(FieldDef::make(QStringLiteral("locality_id"), Ref, 0, QT_TRANSLATE_NOOP("Schema", "Locality"),
                                       QStringLiteral("locality")));
        t.fields.append(FieldDef::make(QStringLiteral("target"), Real, R, QT_TRANSLATE_NOOP("Schema", "Target")));
        t.fields.append(FieldDef::make(QStringLiteral("notes"), LongText, 0, QT_TRANSLATE_NOOP("Schema", "Notes")));
        tables.append(t);
    }
    return tables;
}

QHash<QString, const char*> Schema::buildMonitoringEnumLabels() {
    return {
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("Schema", "People")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("Schema", "Households")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("Schema", "Events")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("Schema", "Hours")},
        {QStringLiteral("referrals"), QT_TRANSLATE_NOOP("Schema", "Referrals")},
        {QStringLiteral("records"), QT_TRANSLATE_NOOP("Schema", "Records")},
        {QStringLiteral("esf_common"), QT_TRANSLATE_NOOP("Schema", "ESF+ common indicator")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("Schema", "Participants entering in the period")},
        {QStringLiteral("leavers"), QT_TRANSLATE_NOOP("Schema", "Participants leaving in the period")},
        {QStringLiteral("signed_plans"), QT_TRANSLATE_NOOP("Schema", "People with a signed development plan")},
        {QStringLiteral("events_held"), QT_TRANSLATE_NOOP("Schema", "Events held")},
        {QStringLiteral("event_hours"), QT_TRANSLATE_NOOP("Schema", "Hours of events")},
        {QStringLiteral("staff_active"), QT_TRANSLATE_NOOP("Schema", "Staff active in the period")},
        {QStringLiteral("staff_trained"), QT_TRANSLATE_NOOP("Schema", "Staff who completed training hours")},
        {QStringLiteral("households_served"), QT_TRANSLATE_NOOP("Schema", "Households served")},
        {QStringLiteral("handovers"), QT_TRANSLATE_NOOP("Schema", "Clients handed over between facilities")},
        {QStringLiteral("month"), QT_TRANSLATE_NOOP("Schema", "Month")},
        {QStringLiteral("quarter"), QT_TRANSLATE_NOOP("Schema", "Quarter")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("Schema", "Year")},
        {QStringLiteral("whole_programme"), QT_TRANSLATE_NOOP("Schema", "Whole programme")},
    };
}

} // namespace fieldcase::core
