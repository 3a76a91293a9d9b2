// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace fieldcase::test {

Builders::Builders(core::Database& db)
    : m_store(db)
    , m_db(db) {}

QString Builders::create(const QString& table, const QVariantMap& fields) {
    auto id = m_store.create(table, fields);
    INFO(table.toStdString());
    if (!id) {
        FAIL(id.error().toString().toStdString());
    }
    return *id;
}

QString Builders::locality(const QString& name, const QString& country) {
    return create(QStringLiteral("locality"), {{QStringLiteral("name"), name}, {QStringLiteral("country"), country}});
}

QString Builders::household(const QString& localityId, const QString& name) {
    return create(QStringLiteral("household"), {{QStringLiteral("locality_id"), localityId},
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("address"), QStringLiteral("Petőfi utca 12.")}});
}

QString Builders::person(const QString& householdId, const QString& family, const QString& given,
                         const QString& birthDate, const QVariantMap& extra) {
    QVariantMap fields = {{QStringLiteral("family_name"), family},
                          {QStringLiteral("given_names"), given},
                          {QStringLiteral("birth_date"), birthDate}};
    if (!householdId.isEmpty()) {
        fields.insert(QStringLiteral("household_id"), householdId);
    }
    fields.insert(extra);
    return create(QStringLiteral("person"), fields);
}

QString Builders::staff(const QString& name, const QString& role) {
    return create(QStringLiteral("staff"), {{QStringLiteral("full_name"), name}, {QStringLiteral("role"), role}});
}

QString Builders::individualPlan(const QString& personId, const QString& start) {
    return create(QStringLiteral("plan"), {{QStringLiteral("kind"), QStringLiteral("individual")},
                                           {QStringLiteral("person_id"), personId},
                                           {QStringLiteral("status"), QStringLiteral("active")},
                                           {QStringLiteral("start_date"), start}});
}

QString Builders::goal(const QString& planId, const QString& title, const QString& area) {
    return create(QStringLiteral("plan_goal"), {{QStringLiteral("plan_id"), planId},
                                                {QStringLiteral("title"), title},
                                                {QStringLiteral("area"), area},
                                                {QStringLiteral("status"), QStringLiteral("planned")}});
}

QString Builders::event(const QString& title) {
    return create(QStringLiteral("event"), {{QStringLiteral("kind"), QStringLiteral("forum")},
                                            {QStringLiteral("title"), title},
                                            {QStringLiteral("event_date"), QStringLiteral("2026-04-20")}});
}

QVariantMap Builders::minimalFields(const QString& tableName) {
    const core::TableDef* table = core::Schema::instance().table(tableName);
    REQUIRE(table != nullptr);
    QVariantMap fields;
    for (const core::FieldDef& f : table->fields) {
        if (!f.required()) {
            continue;
        }
        switch (f.type) {
        case core::FieldType::Text:
        case core::FieldType::LongText:
            fields.insert(f.name, QStringLiteral("Próba %1").arg(f.name));
            break;
        case core::FieldType::Integer:
            fields.insert(f.name, 1);
            break;
        case core::FieldType::Real:
            fields.insert(f.name, 2.5);
            break;
        case core::FieldType::Bool:
            fields.insert(f.name, true);
            break;
        case core::FieldType::Date:
            fields.insert(f.name, QStringLiteral("2026-03-02"));
            break;
        case core::FieldType::DateTime:
            fields.insert(f.name, QStringLiteral("2026-03-02T09:30"));
            break;
        case core::FieldType::Enum:
            fields.insert(f.name, f.enumValues.first());
            break;
        case core::FieldType::Ref:
            fields.insert(f.name, create(f.refTable, minimalFields(f.refTable)));
            break;
        case core::FieldType::Json:
            fields.insert(f.name, QVariantMap{{QStringLiteral("k"), 1}});
            break;
        }
    }
    // Rules that ask for one of two references, or depend on the kind.
    if (tableName == QStringLiteral("indicator")) {
        fields.insert(QStringLiteral("params"), QVariantMap{{QStringLiteral("code"), QStringLiteral("EECO11")}});
    } else if (tableName == QStringLiteral("indicator_target")) {
        fields.insert(QStringLiteral("period_start"), QStringLiteral("2026-03-01"));
    } else if (tableName == QStringLiteral("plan")) {
        fields.insert(QStringLiteral("person_id"),
                      create(QStringLiteral("person"), minimalFields(QStringLiteral("person"))));
    } else if (tableName == QStringLiteral("activity") || tableName == QStringLiteral("task") ||
               tableName == QStringLiteral("referral") || tableName == QStringLiteral("activity_participant") ||
               tableName == QStringLiteral("attendance")) {
        fields.insert(QStringLiteral("person_id"),
                      create(QStringLiteral("person"), minimalFields(QStringLiteral("person"))));
    }
    return fields;
}

} // namespace fieldcase::test
