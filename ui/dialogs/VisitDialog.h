// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casework/VisitWork.h"
#include "dialogs/RecordDialog.h"

class QListWidget;
class QPushButton;
class QTableWidget;

namespace fieldcase::ui {

// The quick home-visit (or service) form, filled in within a minute: kind, when (now by
// default), where, planned or not, purpose, who was present (ticked from the household and the
// team), observations, agreements, tasks with owner and deadline, the plan goals worked on,
// minutes, a risk flag and the next visit. Saving records a fact; opened on a recorded visit it
// records a correction that supersedes it.
class VisitDialog : public RecordDialog {
    Q_OBJECT

public:
    // A new visit to a household or person, or (correctsId) a correction of a recorded one.
    VisitDialog(AppContext context, const QString& subjectTable, const QString& subjectId,
                const QString& correctsId = {}, QWidget* parent = nullptr);

    QListWidget* presentList() const { return m_present; }
    QListWidget* goalList() const { return m_goals; }
    QTableWidget* taskTable() const { return m_tasks; }
    QPushButton* addTaskButton() const { return m_addTask; }
    // Ticks a person, staff member or goal by id.
    bool tick(QListWidget* list, const QString& id, bool on = true);
    // Adds a line to the tasks.
    void addTask(const QString& description, const QString& owner, const QString& deadline);

    bool riskFlagged() const;
    QString subjectTable() const { return m_subjectTable; }
    QString subjectId() const { return m_subjectId; }

protected:
    bool confirmSave(const QVariantMap& fields) override;
    core::Result<QString> write(const QVariantMap& fields) override;
    QVariantMap extraState() const override;
    void setExtraState(const QVariantMap& state) override;

private:
    void fillPresent();
    void fillGoals();
    core::VisitInput input(const QVariantMap& fields) const;
    QStringList ticked(QListWidget* list) const;
    QList<QVariantMap> typedTasks() const;

    QString m_subjectTable;
    QString m_subjectId;
    QString m_correctsId;
    QListWidget* m_present = nullptr;
    QListWidget* m_goals = nullptr;
    QTableWidget* m_tasks = nullptr;
    QPushButton* m_addTask = nullptr;
    QList<QVariantMap> m_carriedTasks;
};

} // namespace fieldcase::ui
