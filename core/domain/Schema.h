// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

enum class FieldType {
    Text,     // one line, up to FieldDef::kMaxText characters
    LongText, // paragraphs
    Integer,
    Real,
    Bool,
    Date,     // yyyy-MM-dd
    DateTime, // yyyy-MM-ddTHH:mm, local time of the place where it happened
    Enum,     // one of FieldDef::enumValues
    Ref,      // the id of a record in FieldDef::refTable
    Json,     // a JSON object or array, stored as compact text
};

// One field of a synced table, as it travels in the change log, the dump and batch files.
struct FieldDef {
    enum Flag {
        Required = 1,  // must have a value on a live record
        Personal = 2,  // cleared when the record becomes a tombstone
        Sensitive = 4, // special-category data (GDPR art. 9): never resolved silently
        Owner = 8,     // a Ref to the record that owns this one: deleting the owner deletes it too
    };
    static constexpr int kMaxText = 500;
    static constexpr int kMaxLongText = 20000;

    QString name;
    FieldType type = FieldType::Text;
    int flags = 0;
    const char* label = nullptr; // source text; see displayLabel()
    QString refTable;
    QStringList enumValues;

    static FieldDef make(const QString& name, FieldType type, int flags, const char* label,
                         const QString& refTable = {}, const QStringList& enumValues = {});

    bool required() const { return flags & Required; }
    bool personal() const { return flags & Personal; }
    bool sensitive() const { return flags & Sensitive; }
    bool owner() const { return flags & Owner; }
    QString displayLabel() const;
};

struct TableDef {
    QString name;
    const char* label = nullptr;
    QList<FieldDef> fields;
    // Facts (visits, attendance): never edited or deleted, corrected by a superseding record.
    bool appendOnly = false;
    // Frozen once saved (ESF+ entry data): changed only by an explicit, logged correction.
    bool frozen = false;
    // Fields whose folded text orders lists (stored as the derived column sort_key).
    QStringList sortFields;

    const FieldDef* field(const QString& name) const;
    QStringList fieldNames() const;
    // Every column a row of the table is written with, in order: id, the sync metadata, the
    // fields, and the derived sort key when the table has one (not the local row number).
    QStringList rowColumns() const;
    QString displayLabel() const;
};

// The synced tables and their fields: the single description that validation, the change
// log, the dump and batch files, merging and the generic parts of the UI work from.
class Schema {
public:
    // The schema of this version.
    static const Schema& instance();
    // A schema of other tables, for code that checks changes against another version's schema than
    // this one (tests play a later version that knows more fields with it).
    explicit Schema(QList<TableDef> tables);

    const QList<TableDef>& tables() const { return m_tables; }
    const TableDef* table(const QString& name) const;
    // Table names in alphabetical order (the order of the dump).
    QStringList tableNames() const;
    // The translated label of an enum value ("long_term_unemployed" -> "Long-term unemployed").
    QString enumLabel(const QString& value) const;
    // Every (table, field) whose Ref points at the given table.
    QList<QPair<const TableDef*, const FieldDef*>> referencesTo(const QString& table) const;

private:
    Schema();
    static QList<TableDef> buildTables();
    static QHash<QString, const char*> buildEnumLabels();
    // The programme office's tables (SchemaMonitoring.cpp): indicators and their targets.
    static QList<TableDef> buildMonitoringTables();
    static QHash<QString, const char*> buildMonitoringEnumLabels();

    QList<TableDef> m_tables;
    QHash<QString, int> m_index;
    QHash<QString, const char*> m_enumLabels;
};

} // namespace fieldcase::core
