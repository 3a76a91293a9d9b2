// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace fieldcase::core {
class Database;
struct Error;
struct FieldDef;
struct TableDef;
} // namespace fieldcase::core

namespace fieldcase::ui {

// Editors for some fields of one table, built from the schema registry: labels with
// mnemonics, a star on required fields, the right editor for each type, and room under each
// editor for the message that says what is wrong with it.
class FieldForm : public QWidget {
    Q_OBJECT

public:
    FieldForm(core::Database& db, const QString& table, const QStringList& fields, QWidget* parent = nullptr);

    const core::TableDef& table() const { return *m_table; }
    QStringList fields() const { return m_fields; }

    // Fills the editors from a record's stored values (fields not shown are ignored).
    void setValues(const QVariantMap& stored);
    // What the editors hold, as input for core's normalisation: text as typed (dates in stored
    // form where they can be read), yes/no as bool; empty editors as empty text.
    QVariantMap values() const;
    void setValue(const QString& field, const QVariant& stored);
    QVariant value(const QString& field) const;

    QWidget* editor(const QString& field) const;

    // Shows the error next to its field and moves the focus there; false when the error is
    // about no field of this form.
    bool showError(const core::Error& error);
    void clearErrors();
    QString errorText(const QString& field) const;

Q_SIGNALS:
    // The user changed a value (typing, choosing, ticking).
    void edited();
    // The user left a field: the moment a draft is written.
    void fieldLeft();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeEditor(const core::FieldDef& field);

    core::Database& m_db;
    const core::TableDef* m_table;
    QStringList m_fields;
    QFormLayout* m_layout = nullptr;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_labels;
};

} // namespace fieldcase::ui
