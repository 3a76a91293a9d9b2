// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Schema.h"

#include <QCoreApplication>

namespace fieldcase::core {

FieldDef FieldDef::make(const QString& name, FieldType type, int flags, const char* label, const QString& refTable,
                        const QStringList& enumValues) {
    FieldDef f;
    f.name = name;
    f.type = type;
    f.flags = flags;
    f.label = label;
    f.refTable = refTable;
    f.enumValues = enumValues;
    return f;
}

QString FieldDef::displayLabel() const {
    return QCoreApplication::translate("Schema", label);
}

const FieldDef* TableDef::field(const QString& fieldName) const {
    for (const FieldDef& f : fields) {
        if (f.name == fieldName) {
            return &f;
        }
    }
    return nullptr;
}

QStringList TableDef::fieldNames() const {
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef& f : fields) {
        names.append(f.name);
    }
    return names;
}

QStringList TableDef::rowColumns() const {
    QStringList columns = {QStringLiteral("id"),         QStringLiteral("version"), QStringLiteral("hlc"),
                           QStringLiteral("updated_by"), QStringLiteral("origin"),  QStringLiteral("deleted")};
    columns += fieldNames();
    if (!sortFields.isEmpty()) {
        columns.append(QStringLiteral("sort_key"));
    }
    return columns;
}

QString TableDef::displayLabel() const {
    return QCoreApplication::translate("Schema", label);
}

Schema::Schema()
    : Schema(buildTables()) {}

Schema::Schema(QList<TableDef> tables)
    : m_tables(std::move(tables))
    , m_enumLabels(buildEnumLabels()) {
    for (int i = 0; i < m_tables.size(); ++i) {
        m_index.insert(m_tables.at(i).name, i);
    }
}

const Schema& Schema::instance() {
    static const Schema schema;
    return schema;
}

const TableDef* Schema::table(const QString& name) const {
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_tables.at(*it);
}

QStringList Schema::tableNames() const {
    QStringList names = m_index.keys();
    names.sort();
    return names;
}

QString Schema::enumLabel(const QString& value) const {
    const auto it = m_enumLabels.constFind(value);
    return it == m_enumLabels.constEnd() ? value : QCoreApplication::translate("Schema", *it);
}

QList<QPair<const TableDef*, const FieldDef*>> Schema::referencesTo(const QString& tableName) const {
    QList<QPair<const TableDef*, const FieldDef*>> refs;
    for (const TableDef& t : m_tables) {
        for (const FieldDef& f : t.fields) {
            if (f.type == FieldType::Ref && f.refTable == tableName) {
                refs.append({&t, &f});
            }
        }
    }
    return refs;
}

} // namespace fieldcase::core
