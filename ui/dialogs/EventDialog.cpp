// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EventDialog.h"

#include "casework/Choices.h"
#include "casework/EventWork.h"
#include "dialogs/FormFields.h"
#include "domain/FieldValue.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "widgets/FieldForm.h"
#include "widgets/RecordPicker.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace fieldcase::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

void addChecked(QListWidget* list, const QString& id, const QString& text, bool checked) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(kIdRole).toString() == id) {
            list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(kIdRole, id);
}

} // namespace

EventDialog::EventDialog(AppContext context, const QString& id, QWidget* parent)
    : RecordDialog(context, QStringLiteral("event"), formFields(QStringLiteral("event")), id, parent) {
    auto* box = new QGroupBox(tr("Attendance"), this);
    auto* grid = new QGridLayout(box);
    auto* findLabel = new QLabel(tr("&Find a registered person"), box);
    m_picker = new RecordPicker(context.db, QStringLiteral("person"), box);
    findLabel->setBuddy(m_picker->focusTarget());
    m_add = new QPushButton(tr("Add to the &list"), box);
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_picker, 0, 1);
    grid->addWidget(m_add, 0, 2);
    auto* peopleLabel = new QLabel(tr("Registered &people present"), box);
    m_people = new QListWidget(box);
    peopleLabel->setBuddy(m_people);
    auto* staffLabel = new QLabel(tr("S&taff present"), box);
    m_staff = new QListWidget(box);
    staffLabel->setBuddy(m_staff);
    grid->addWidget(peopleLabel, 1, 0, 1, 2);
    grid->addWidget(staffLabel, 1, 2);
    grid->addWidget(m_people, 2, 0, 1, 2);
    grid->addWidget(m_staff, 2, 2);
    extraLayout()->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_picker->id().isEmpty()) {
            addAttendee(m_picker->id());
            m_picker->setId({});
            m_picker->focusTarget()->setFocus();
        }
    });
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, m_add, &QPushButton::click);

    core::Choices choices(context.db);
    if (auto staff = choices.list(QStringLiteral("staff"))) {
        for (const core::Choice& s : *staff) {
            addChecked(m_staff, s.id, s.label, false);
        }
    }
    if (!id.isEmpty()) {
        if (auto present = core::EventWork(context.db).attendance(id)) {
            for (const QString& person : present->personIds) {
                addChecked(m_people, person, choices.label(QStringLiteral("person"), person), true);
            }
            for (const QString& staff : present->staffIds) {
                addChecked(m_staff, staff, choices.label(QStringLiteral("staff"), staff), true);
            }
        }
    } else if (core::values::isEmpty(form()->value(QStringLiteral("event_date")))) {
        form()->setValue(QStringLiteral("event_date"), context.db.clock().today().toString(Qt::ISODate));
        if (!context.staffId.isEmpty()) {
            form()->setValue(QStringLiteral("organiser_staff_id"), context.staffId);
        }
    }
    markClean();
    if (id.isEmpty()) {
        setPreset({});
    }
    restoreDraftExtras();
    for (QListWidget* list : {m_people, m_staff}) {
        connect(list->model(), &QAbstractItemModel::dataChanged, this, &EventDialog::extrasEdited);
        connect(list->model(), &QAbstractItemModel::rowsInserted, this, &EventDialog::extrasEdited);
    }
    resize(760, 760);
}

void EventDialog::addAttendee(const QString& personId) {
    addChecked(m_people, personId, core::Choices(context().db).label(QStringLiteral("person"), personId), true);
}

QVariantMap EventDialog::extraState() const {
    if (!m_people || !m_staff) {
        return {};
    }
    // People stay on the list unticked (a correction of the attendance), so all of them are kept.
    QStringList listed;
    for (int i = 0; i < m_people->count(); ++i) {
        listed.append(m_people->item(i)->data(kIdRole).toString());
    }
    return {{QStringLiteral("listed"), listed},
            {QStringLiteral("people"), ticked(m_people)},
            {QStringLiteral("staff"), ticked(m_staff)}};
}

void EventDialog::setExtraState(const QVariantMap& state) {
    core::Choices choices(context().db);
    const QStringList people = state.value(QStringLiteral("people")).toStringList();
    for (const QString& person : state.value(QStringLiteral("listed")).toStringList()) {
        addChecked(m_people, person, choices.label(QStringLiteral("person"), person), people.contains(person));
    }
    const QStringList staff = state.value(QStringLiteral("staff")).toStringList();
    for (int i = 0; i < m_staff->count(); ++i) {
        m_staff->item(i)->setCheckState(staff.contains(m_staff->item(i)->data(kIdRole).toString()) ? Qt::Checked
                                                                                                   : Qt::Unchecked);
    }
}

QStringList EventDialog::ticked(QListWidget* list) const {
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids.append(list->item(i)->data(kIdRole).toString());
        }
    }
    return ids;
}

core::Result<QString> EventDialog::write(const QVariantMap& fields) {
    // The event and its attendance are saved together or not at all.
    core::Transaction tx(context().db);
    auto id = RecordDialog::write(fields);
    if (!id) {
        return id;
    }
    const double hours = core::values::isEmpty(fields.value(QStringLiteral("hours")))
                             ? 0
                             : fields.value(QStringLiteral("hours")).toDouble();
    if (auto s = core::EventWork(context().db).setAttendance(*id, {ticked(m_people), ticked(m_staff)}, hours); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

} // namespace fieldcase::ui
