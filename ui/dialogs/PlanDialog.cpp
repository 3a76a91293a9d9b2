// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PlanDialog.h"

#include "casework/PlanWork.h"
#include "dialogs/FormFields.h"
#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "widgets/FieldForm.h"
#include "widgets/RecordPicker.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

QStringList planFields() {
    return {QStringLiteral("title"),  QStringLiteral("start_date"),      QStringLiteral("next_review_date"),
            QStringLiteral("status"), QStringLiteral("case_manager_id"), QStringLiteral("experience_expert_id"),
            QStringLiteral("notes")};
}

} // namespace

PlanDialog::PlanDialog(AppContext context, const QString& subjectTable, const QString& subjectId, QWidget* parent)
    : RecordDialog(context, QStringLiteral("plan"), planFields(), {}, parent)
    , m_subjectTable(subjectTable)
    , m_subjectId(subjectId) {
    const bool family = subjectTable == QStringLiteral("household");
    setWindowTitle(family ? tr("New family development plan") : tr("New individual development plan"));
    setPreset({{QStringLiteral("kind"), family ? QStringLiteral("family") : QStringLiteral("individual")},
               {family ? QStringLiteral("household_id") : QStringLiteral("person_id"), subjectId}});
    if (core::values::isEmpty(form()->value(QStringLiteral("start_date")))) {
        form()->setValue(QStringLiteral("start_date"), context.db.clock().today().toString(Qt::ISODate));
        form()->setValue(QStringLiteral("status"), QStringLiteral("draft"));
        if (!context.staffId.isEmpty()) {
            form()->setValue(QStringLiteral("case_manager_id"), context.staffId);
        }
        suggestNextReview();
        markClean();
    }
    connect(form(), &FieldForm::edited, this, &PlanDialog::suggestNextReview);

    auto* parts = new QGroupBox(tr("Needs, goals and agreed services"), this);
    auto* grid = new QGridLayout(parts);
    const auto addSection = [&](int column, const QString& title, QListWidget*& list, QPushButton*& add,
                                const QString& table, QList<QVariantMap>& store) {
        auto* label = new QLabel(title, parts);
        list = new QListWidget(parts);
        list->setMinimumHeight(90);
        list->setMaximumHeight(160);
        list->setWordWrap(true);
        label->setBuddy(list);
        add = new QPushButton(tr("Add..."), parts);
        auto* remove = new QPushButton(tr("Remove"), parts);
        grid->addWidget(label, 0, column);
        grid->addWidget(list, 1, column);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        grid->addLayout(buttons, 2, column);
        connect(add, &QPushButton::clicked, this, [this, table] { openPart(table); });
        QListWidget* target = list;
        connect(remove, &QPushButton::clicked, this, [this, target, &store] { removeSelected(target, store); });
        auto* del = new QShortcut(QKeySequence::Delete, list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, [this, target, &store] { removeSelected(target, store); });
    };
    addSection(0, tr("N&eeds by area"), m_needs, m_addNeed, QStringLiteral("plan_need"), m_needParts);
    addSection(1, tr("&Goals"), m_goals, m_addGoal, QStringLiteral("plan_goal"), m_goalParts);
    addSection(2, tr("Agreed services and &referrals"), m_actions, m_addAction, QStringLiteral("plan_action"),
               m_actionParts);
    m_addNeed->setText(tr("Add &need..."));
    m_addGoal->setText(tr("Add g&oal..."));
    m_addAction->setText(tr("Add ser&vice..."));
    extraLayout()->addWidget(parts);
    restoreDraftExtras();
    resize(880, 720);
}

void PlanDialog::suggestNextReview() {
    const QString start = form()->value(QStringLiteral("start_date")).toString();
    const QString next = form()->value(QStringLiteral("next_review_date")).toString();
    const QDate startDate = QDate::fromString(start, Qt::ISODate);
    // Only a date the form suggested itself is moved; one the user typed stays.
    if (!startDate.isValid() || (!next.isEmpty() && next != m_autoReview)) {
        return;
    }
    m_autoReview = core::PlanWork(context().db).defaultNextReview(startDate).toString(Qt::ISODate);
    form()->setValue(QStringLiteral("next_review_date"), m_autoReview);
}

QString PlanDialog::describe(const QString& table, const QVariantMap& part) const {
    const core::TableDef* def = core::Schema::instance().table(table);
    const auto shown = [&](const QString& field) {
        return core::values::display(*def->field(field), part.value(field));
    };
    if (table == QStringLiteral("plan_need")) {
        return tr("%1: %2").arg(shown(QStringLiteral("area")), part.value(QStringLiteral("description")).toString());
    }
    if (table == QStringLiteral("plan_goal")) {
        QString text = part.value(QStringLiteral("title")).toString();
        QStringList facts = {shown(QStringLiteral("area"))};
        if (!part.value(QStringLiteral("deadline")).toString().isEmpty()) {
            facts.append(tr("by %1").arg(shown(QStringLiteral("deadline"))));
        }
        if (!part.value(QStringLiteral("owner")).toString().isEmpty()) {
            facts.append(part.value(QStringLiteral("owner")).toString());
        }
        return tr("%1 (%2)").arg(text, facts.join(QStringLiteral(", ")));
    }
    return tr("%1: %2").arg(shown(QStringLiteral("kind")), part.value(QStringLiteral("description")).toString());
}

void PlanDialog::openPart(const QString& table) {
    m_part = new RecordDialog(context(), table, formFields(table), {}, this);
    m_part->setCollectOnly(true);
    m_part->setAttribute(Qt::WA_DeleteOnClose);
    if (table == QStringLiteral("plan_goal")) {
        if (auto* picker = qobject_cast<RecordPicker*>(m_part->form()->editor(QStringLiteral("person_id")));
            picker && m_subjectTable == QStringLiteral("person")) {
            picker->setId(m_subjectId);
        }
        m_part->form()->setValue(QStringLiteral("status"), QStringLiteral("planned"));
    }
    if (table == QStringLiteral("plan_action")) {
        m_part->form()->setValue(QStringLiteral("status"), QStringLiteral("planned"));
    }
    m_part->markClean();
    connect(m_part, &QDialog::accepted, this, [this, table, dialog = m_part] { addPart(table, dialog->collected()); });
    connect(m_part, &QObject::destroyed, this, [this] { m_part = nullptr; });
    m_part->open();
}

bool PlanDialog::addPart(const QString& table, const QVariantMap& values) {
    QListWidget* list = table == QStringLiteral("plan_need")   ? m_needs
                        : table == QStringLiteral("plan_goal") ? m_goals
                                                               : m_actions;
    QList<QVariantMap>& parts = table == QStringLiteral("plan_need")   ? m_needParts
                                : table == QStringLiteral("plan_goal") ? m_goalParts
                                                                       : m_actionParts;
    parts.append(values);
    list->addItem(describe(table, values));
    list->setCurrentRow(list->count() - 1);
    extrasEdited();
    return true;
}

void PlanDialog::removeSelected(QListWidget* list, QList<QVariantMap>& parts) {
    const int row = list->currentRow();
    if (row < 0 || row >= parts.size()) {
        return;
    }
    parts.removeAt(row);
    delete list->takeItem(row);
    extrasEdited();
}

namespace {

QVariantList asList(const QList<QVariantMap>& parts) {
    QVariantList out;
    for (const QVariantMap& part : parts) {
        out.append(part);
    }
    return out;
}

} // namespace

QVariantMap PlanDialog::extraState() const {
    return {{QStringLiteral("plan_need"), asList(m_needParts)},
            {QStringLiteral("plan_goal"), asList(m_goalParts)},
            {QStringLiteral("plan_action"), asList(m_actionParts)}};
}

void PlanDialog::setExtraState(const QVariantMap& state) {
    m_needParts.clear();
    m_goalParts.clear();
    m_actionParts.clear();
    m_needs->clear();
    m_goals->clear();
    m_actions->clear();
    for (const QString& table :
         {QStringLiteral("plan_need"), QStringLiteral("plan_goal"), QStringLiteral("plan_action")}) {
        for (const QVariant& part : state.value(table).toList()) {
            addPart(table, part.toMap());
        }
    }
}

core::Result<QString> PlanDialog::write(const QVariantMap& fields) {
    core::PlanInput input;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!core::values::isEmpty(it.value())) {
            input.plan.insert(it.key(), it.value());
        }
    }
    input.needs = m_needParts;
    input.goals = m_goalParts;
    input.actions = m_actionParts;
    return core::PlanWork(context().db).create(input);
}

} // namespace fieldcase::ui
