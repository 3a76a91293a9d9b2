// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/VisitDialog.h"

#include "casework/Choices.h"
#include "dialogs/FormFields.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/FieldForm.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2; // "person" or "staff"
constexpr int kRoleRole = Qt::UserRole + 3; // the participant role

enum TaskColumn { TaskDescription, TaskOwner, TaskDeadline, TaskColumnCount };

// A task's deadline is typed like every other date of the forms: year-month-day, four-digit year.
class DeadlineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* editor = new DateField(false, parent);
        editor->setAccessibleName(VisitDialog::tr("Deadline"));
        // The field's width limit would leave part of the cell uncovered.
        editor->setMaximumWidth(QWIDGETSIZE_MAX);
        return editor;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<DateField*>(editor)->setValue(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<DateField*>(editor)->value(), Qt::EditRole);
    }
};

QStringList visitFields() {
    QStringList fields = formFields(QStringLiteral("activity"));
    fields.removeAll(QStringLiteral("service_type"));
    fields.insert(fields.indexOf(QStringLiteral("purpose")) + 1, QStringLiteral("service_type"));
    return fields;
}

} // namespace

VisitDialog::VisitDialog(AppContext context, const QString& subjectTable, const QString& subjectId,
                         const QString& correctsId, QWidget* parent)
    : RecordDialog(context, QStringLiteral("activity"), visitFields(), {}, parent)
    , m_subjectTable(subjectTable)
    , m_subjectId(subjectId)
    , m_correctsId(correctsId) {
    const QString who = core::Choices(context.db).label(subjectTable, subjectId);
    setWindowTitle(correctsId.isEmpty() ? tr("Record a visit or service: %1").arg(who)
                                        : tr("Correct a visit: %1").arg(who));
    setPreset(
        {{subjectTable == QStringLiteral("household") ? QStringLiteral("household_id") : QStringLiteral("person_id"),
          subjectId},
         {QStringLiteral("corrects_id"), correctsId}});

    auto* extras = new QGroupBox(tr("Who was there, plan goals and tasks"), this);
    auto* grid = new QGridLayout(extras);
    auto* presentLabel = new QLabel(tr("&Present"), extras);
    m_present = new QListWidget(extras);
    m_present->setAccessibleName(tr("Present"));
    presentLabel->setBuddy(m_present);
    auto* goalsLabel = new QLabel(tr("Plan goals &worked on"), extras);
    m_goals = new QListWidget(extras);
    m_goals->setAccessibleName(tr("Plan goals worked on"));
    goalsLabel->setBuddy(m_goals);
    grid->addWidget(presentLabel, 0, 0);
    grid->addWidget(goalsLabel, 0, 1);
    grid->addWidget(m_present, 1, 0);
    grid->addWidget(m_goals, 1, 1);

    auto* tasksLabel = new QLabel(tr("Tas&ks agreed (what, who, by when as YYYY-MM-DD)"), extras);
    m_tasks = new QTableWidget(0, TaskColumnCount, extras);
    m_tasks->setAccessibleName(tr("Tasks agreed"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Who"), tr("Deadline")});
    m_tasks->horizontalHeader()->setSectionResizeMode(TaskDescription, QHeaderView::Stretch);
    m_tasks->setItemDelegateForColumn(TaskDeadline, new DeadlineDelegate(m_tasks));
    m_tasks->setColumnWidth(TaskDeadline, m_tasks->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00MMMM")));
    m_tasks->verticalHeader()->hide();
    m_tasks->setMinimumHeight(80);
    m_tasks->setMaximumHeight(96);
    m_present->setMaximumHeight(120);
    m_goals->setMaximumHeight(120);
    m_tasks->setTabKeyNavigation(true);
    tasksLabel->setBuddy(m_tasks);
    m_addTask = new QPushButton(tr("&Add task"), extras);
    connect(m_addTask, &QPushButton::clicked, this, [this] {
        addTask({}, {}, {});
        m_tasks->setCurrentCell(m_tasks->rowCount() - 1, TaskDescription);
        m_tasks->setFocus();
        m_tasks->editItem(m_tasks->currentItem());
    });
    grid->addWidget(tasksLabel, 2, 0, 1, 2);
    grid->addWidget(m_tasks, 3, 0, 1, 2);
    grid->addWidget(m_addTask, 4, 0, 1, 2, Qt::AlignLeft);
    extraLayout()->addWidget(extras);

    fillPresent();
    fillGoals();
    if (!correctsId.isEmpty()) {
        auto recorded = core::VisitWork(context.db).load(correctsId);
        if (recorded) {
            form()->setValues(recorded->activity);
            for (const QVariantMap& p : recorded->participants) {
                tick(m_present,
                     p.value(QStringLiteral("person_id")).toString() + p.value(QStringLiteral("staff_id")).toString());
            }
            for (const QString& goal : recorded->goalIds) {
                tick(m_goals, goal);
            }
            m_carriedTasks = recorded->tasks;
        }
    } else if (core::values::isEmpty(form()->value(QStringLiteral("happened_at")))) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.db.clock().nowMs());
        form()->setValue(QStringLiteral("kind"), QStringLiteral("home_visit"));
        form()->setValue(QStringLiteral("happened_at"), now.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        form()->setValue(QStringLiteral("planned"), true);
        if (!context.staffId.isEmpty()) {
            form()->setValue(QStringLiteral("staff_id"), context.staffId);
            tick(m_present, context.staffId);
        }
    }
    restoreDraftExtras();
    markClean();
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_present), static_cast<QAbstractItemView*>(m_goals),
          static_cast<QAbstractItemView*>(m_tasks)}) {
        connect(view->model(), &QAbstractItemModel::dataChanged, this, &VisitDialog::extrasEdited);
        connect(view->model(), &QAbstractItemModel::rowsInserted, this, &VisitDialog::extrasEdited);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &VisitDialog::extrasEdited);
    }
    resize(860, 880);
}

bool VisitDialog::tick(QListWidget* list, const QString& id, bool on) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(kIdRole).toString() == id) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void VisitDialog::fillPresent() {
    core::RecordStore store(context().db);
    const auto addItem = [this](const QString& text, const QString& id, const QString& kind, const QString& role) {
        auto* item = new QListWidgetItem(text, m_present);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, id);
        item->setData(kKindRole, kind);
        item->setData(kRoleRole, role);
    };
    QList<core::Record> people;
    if (m_subjectTable == QStringLiteral("household")) {
        if (auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), m_subjectId,
                                        QStringLiteral("birth_date"))) {
            people = *members;
        }
    } else if (auto person = store.get(QStringLiteral("person"), m_subjectId); person && !person->deleted) {
        people.append(*person);
    }
    for (const core::Record& p : people) {
        addItem(p.text(QStringLiteral("family_name")) + QLatin1Char(' ') + p.text(QStringLiteral("given_names")), p.id,
                QStringLiteral("person"),
                p.value(QStringLiteral("is_client")).toInt() == 1 ? QStringLiteral("client")
                                                                  : QStringLiteral("household_member"));
    }
    auto staff = core::Choices(context().db).list(QStringLiteral("staff"));
    if (!staff) {
        return;
    }
    for (const core::Choice& choice : *staff) {
        auto s = store.get(QStringLiteral("staff"), choice.id);
        if (!s || (!s->value(QStringLiteral("active")).isNull() && s->value(QStringLiteral("active")).toInt() == 0)) {
            continue;
        }
        const bool expert = s->value(QStringLiteral("is_experience_expert")).toInt() == 1 ||
                            s->text(QStringLiteral("role")) == QStringLiteral("experience_expert");
        addItem(expert ? tr("%1 (experience expert)").arg(choice.label) : tr("%1 (staff)").arg(choice.label), s->id,
                QStringLiteral("staff"), expert ? QStringLiteral("experience_expert") : QStringLiteral("staff"));
    }
}

void VisitDialog::fillGoals() {
    core::RecordStore store(context().db);
    QList<core::Record> plans;
    const auto inForce = [](const core::Record& p) {
        const QString status = p.text(QStringLiteral("status"));
        return status != QStringLiteral("closed");
    };
    const QString field =
        m_subjectTable == QStringLiteral("household") ? QStringLiteral("household_id") : QStringLiteral("person_id");
    if (auto found = store.findBy(QStringLiteral("plan"), field, m_subjectId)) {
        for (const core::Record& p : *found) {
            if (inForce(p)) {
                plans.append(p);
            }
        }
    }
    if (m_subjectTable == QStringLiteral("household")) {
        // Members' individual plans count too: a visit to the family often works on them.
        if (auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), m_subjectId)) {
            for (const core::Record& m : *members) {
                if (auto own = store.findBy(QStringLiteral("plan"), QStringLiteral("person_id"), m.id)) {
                    for (const core::Record& p : *own) {
                        if (inForce(p)) {
                            plans.append(p);
                        }
                    }
                }
            }
        }
    }
    for (const core::Record& plan : plans) {
        auto goals =
            store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), plan.id, QStringLiteral("sort_order"));
        if (!goals) {
            continue;
        }
        for (const core::Record& g : *goals) {
            auto* item = new QListWidgetItem(g.text(QStringLiteral("title")), m_goals);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(kIdRole, g.id);
        }
    }
    if (m_goals->count() == 0) {
        auto* item = new QListWidgetItem(tr("(no plan goals yet)"), m_goals);
        item->setFlags(Qt::NoItemFlags);
    }
}

void VisitDialog::addTask(const QString& description, const QString& owner, const QString& deadline) {
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    m_tasks->setItem(row, TaskDescription, new QTableWidgetItem(description));
    m_tasks->setItem(row, TaskOwner, new QTableWidgetItem(owner));
    m_tasks->setItem(row, TaskDeadline, new QTableWidgetItem(deadline));
}

bool VisitDialog::riskFlagged() const {
    return form()->value(QStringLiteral("risk_flag")).toBool();
}

core::VisitInput VisitDialog::input(const QVariantMap& fields) const {
    core::VisitInput in;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() != QStringLiteral("corrects_id") &&
            (!core::values::isEmpty(it.value()) || it.value().typeId() == QMetaType::Bool)) {
            in.activity.insert(it.key(), it.value());
        }
    }
    for (int i = 0; i < m_present->count(); ++i) {
        const QListWidgetItem* item = m_present->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        const bool staff = item->data(kKindRole).toString() == QStringLiteral("staff");
        in.participants.append({{staff ? QStringLiteral("staff_id") : QStringLiteral("person_id"), item->data(kIdRole)},
                                {QStringLiteral("role"), item->data(kRoleRole)}});
    }
    in.goalIds = ticked(m_goals);
    in.tasks = m_carriedTasks + typedTasks();
    return in;
}

QStringList VisitDialog::ticked(QListWidget* list) const {
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids.append(list->item(i)->data(kIdRole).toString());
        }
    }
    return ids;
}

// Every line of the task table as typed, empty lines left out.
QList<QVariantMap> VisitDialog::typedTasks() const {
    QList<QVariantMap> tasks;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_tasks->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(TaskDescription).isEmpty() && text(TaskOwner).isEmpty() && text(TaskDeadline).isEmpty()) {
            continue;
        }
        QVariantMap task = {{QStringLiteral("description"), text(TaskDescription)},
                            {QStringLiteral("owner"), text(TaskOwner)}};
        if (!text(TaskDeadline).isEmpty()) {
            task.insert(QStringLiteral("deadline"), text(TaskDeadline));
        }
        tasks.append(task);
    }
    return tasks;
}

bool VisitDialog::confirmSave(const QVariantMap&) {
    static const core::TableDef* taskTable = core::Schema::instance().table(QStringLiteral("task"));
    int line = 0;
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const QTableWidgetItem* description = m_tasks->item(row, TaskDescription);
        const QTableWidgetItem* owner = m_tasks->item(row, TaskOwner);
        const QTableWidgetItem* deadline = m_tasks->item(row, TaskDeadline);
        const QString what = description ? description->text().trimmed() : QString();
        const QString when = deadline ? deadline->text().trimmed() : QString();
        if (what.isEmpty() && when.isEmpty() && (!owner || owner->text().trimmed().isEmpty())) {
            continue;
        }
        ++line;
        QString problem;
        int column = TaskDescription;
        if (what.isEmpty()) {
            problem = tr("Task %1 says who and by when but not what is to be done; write the task or clear the line.")
                          .arg(line);
        } else if (!when.isEmpty()) {
            auto normalized = core::values::normalize(*taskTable->field(QStringLiteral("deadline")), when);
            if (!normalized) {
                problem = tr("Task %1 (%2): %3").arg(line).arg(what, normalized.error().message);
                column = TaskDeadline;
            }
        }
        if (!problem.isEmpty()) {
            showBanner(problem, true);
            m_tasks->setCurrentCell(row, column);
            m_tasks->setFocus();
            return false;
        }
    }
    return true;
}

QVariantMap VisitDialog::extraState() const {
    if (!m_present || !m_goals || !m_tasks) {
        return {};
    }
    QVariantList tasks;
    for (const QVariantMap& task : typedTasks()) {
        tasks.append(task);
    }
    return {{QStringLiteral("present"), ticked(m_present)},
            {QStringLiteral("goals"), ticked(m_goals)},
            {QStringLiteral("tasks"), tasks}};
}

void VisitDialog::setExtraState(const QVariantMap& state) {
    const QStringList present = state.value(QStringLiteral("present")).toStringList();
    for (int i = 0; i < m_present->count(); ++i) {
        tick(m_present, m_present->item(i)->data(kIdRole).toString(),
             present.contains(m_present->item(i)->data(kIdRole).toString()));
    }
    const QStringList goals = state.value(QStringLiteral("goals")).toStringList();
    for (int i = 0; i < m_goals->count(); ++i) {
        if (m_goals->item(i)->flags() & Qt::ItemIsUserCheckable) {
            tick(m_goals, m_goals->item(i)->data(kIdRole).toString(),
                 goals.contains(m_goals->item(i)->data(kIdRole).toString()));
        }
    }
    m_tasks->setRowCount(0);
    for (const QVariant& task : state.value(QStringLiteral("tasks")).toList()) {
        const QVariantMap t = task.toMap();
        addTask(t.value(QStringLiteral("description")).toString(), t.value(QStringLiteral("owner")).toString(),
                t.value(QStringLiteral("deadline")).toString());
    }
}

core::Result<QString> VisitDialog::write(const QVariantMap& fields) {
    core::VisitWork visits(context().db);
    const core::VisitInput in = input(fields);
    return m_correctsId.isEmpty() ? visits.record(in) : visits.correct(m_correctsId, in);
}

} // namespace fieldcase::ui
