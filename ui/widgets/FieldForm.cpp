// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldForm.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "util/Result.h"
#include "widgets/DateField.h"
#include "widgets/Mnemonics.h"
#include "widgets/RecordPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fieldcase::ui {

FieldForm::FieldForm(core::Database& db, const QString& table, const QStringList& fields, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(core::Schema::instance().table(table))
    , m_fields(fields) {
    Q_ASSERT(m_table);
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    QStringList labels;
    for (const QString& name : fields) {
        const core::FieldDef* f = m_table->field(name);
        Q_ASSERT(f);
        labels.append(f->displayLabel() + (f->required() ? QStringLiteral(" *") : QString()));
    }
    // Letters unique within the form; the dialog that holds it makes them unique among its own
    // widgets and buttons too (assignMnemonics).
    labels = withMnemonics(labels);
    for (int i = 0; i < fields.size(); ++i) {
        const core::FieldDef* f = m_table->field(fields.at(i));
        QWidget* editor = makeEditor(*f);
        editor->setAccessibleName(f->displayLabel());
        auto* label = new QLabel(labels.at(i), this);
        // A picker takes no focus itself: Alt+letter has to reach its drop-down or search field.
        auto* picker = qobject_cast<RecordPicker*>(editor);
        label->setBuddy(picker ? picker->focusTarget() : editor);
        auto* error = new QLabel(this);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->hide();
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_layout->addRow(label, cell);
        m_editors.insert(f->name, editor);
        m_errors.insert(f->name, error);
        m_labels.insert(f->name, label);
        editor->installEventFilter(this);
        if (picker) {
            picker->focusTarget()->installEventFilter(this);
        }
    }
}

QWidget* FieldForm::makeEditor(const core::FieldDef& f) {
    using core::FieldType;
    switch (f.type) {
    case FieldType::LongText: {
        auto* e = new QPlainTextEdit(this);
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 14);
        connect(e, &QPlainTextEdit::textChanged, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Bool: {
        auto* e = new QCheckBox(this);
        connect(e, &QCheckBox::toggled, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        auto* e = new DateField(f.type == FieldType::DateTime, this);
        connect(e, &QLineEdit::textEdited, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Enum: {
        auto* e = new QComboBox(this);
        e->addItem(f.required() ? tr("(choose)") : tr("(not recorded)"), QString());
        for (const QString& v : f.enumValues) {
            e->addItem(core::Schema::instance().enumLabel(v), v);
        }
        connect(e, &QComboBox::currentIndexChanged, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Ref: {
        auto* e = new RecordPicker(m_db, f.refTable, this);
        connect(e, &RecordPicker::changed, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Integer:
    case FieldType::Real: {
        auto* e = new QLineEdit(this);
        if (f.type == FieldType::Integer) {
            e->setValidator(new QIntValidator(e));
        }
        e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("000000000")) + 16);
        connect(e, &QLineEdit::textEdited, this, &FieldForm::edited);
        return e;
    }
    case FieldType::Text:
    case FieldType::Json:
        break;
    }
    auto* e = new QLineEdit(this);
    e->setMaxLength(core::FieldDef::kMaxText);
    connect(e, &QLineEdit::textEdited, this, &FieldForm::edited);
    return e;
}

bool FieldForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        Q_EMIT fieldLeft();
    }
    return QWidget::eventFilter(watched, event);
}

void FieldForm::setValue(const QString& field, const QVariant& stored) {
    QWidget* e = m_editors.value(field);
    const core::FieldDef* f = m_table->field(field);
    if (!e || !f) {
        return;
    }
    const QSignalBlocker block(e);
    if (auto* date = qobject_cast<DateField*>(e)) {
        date->setValue(stored.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(e)) {
        if (f->type == core::FieldType::Real && !core::values::isEmpty(stored)) {
            line->setText(QLocale().toString(stored.toDouble(), 'g', 12));
        } else {
            line->setText(stored.toString());
        }
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(e)) {
        text->setPlainText(stored.toString());
    } else if (auto* check = qobject_cast<QCheckBox*>(e)) {
        check->setChecked(stored.toInt() == 1 || stored.toBool());
    } else if (auto* combo = qobject_cast<QComboBox*>(e)) {
        combo->setCurrentIndex(std::max(0, combo->findData(stored.toString())));
    } else if (auto* picker = qobject_cast<RecordPicker*>(e)) {
        picker->setId(stored.toString());
    }
}

void FieldForm::setValues(const QVariantMap& stored) {
    for (const QString& field : m_fields) {
        if (stored.contains(field)) {
            setValue(field, stored.value(field));
        }
    }
}

QVariant FieldForm::value(const QString& field) const {
    QWidget* e = m_editors.value(field);
    const core::FieldDef* f = m_table->field(field);
    if (!e || !f) {
        return {};
    }
    if (auto* date = qobject_cast<DateField*>(e)) {
        return date->value();
    }
    if (auto* line = qobject_cast<QLineEdit*>(e)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty()) {
            return QString();
        }
        if (f->type == core::FieldType::Integer || f->type == core::FieldType::Real) {
            bool ok = false;
            double number = QLocale().toDouble(text, &ok);
            if (!ok) {
                number = QLocale::c().toDouble(text, &ok);
            }
            if (!ok) {
                return text; // core says what is wrong with it
            }
            return f->type == core::FieldType::Integer ? QVariant(qlonglong(number)) : QVariant(number);
        }
        return text;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(e)) {
        return text->toPlainText();
    }
    if (auto* check = qobject_cast<QCheckBox*>(e)) {
        return check->isChecked();
    }
    if (auto* combo = qobject_cast<QComboBox*>(e)) {
        return combo->currentData().toString();
    }
    if (auto* picker = qobject_cast<RecordPicker*>(e)) {
        return picker->id();
    }
    return {};
}

QVariantMap FieldForm::values() const {
    QVariantMap out;
    for (const QString& field : m_fields) {
        out.insert(field, value(field));
    }
    return out;
}

QWidget* FieldForm::editor(const QString& field) const {
    return m_editors.value(field);
}

bool FieldForm::showError(const core::Error& error) {
    QLabel* label = m_errors.value(error.field);
    if (!label) {
        return false;
    }
    label->setText(error.message);
    label->show();
    QWidget* e = m_editors.value(error.field);
    e->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldForm::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString FieldForm::errorText(const QString& field) const {
    QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace fieldcase::ui
