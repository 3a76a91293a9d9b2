// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordDialog.h"

class QListWidget;
class QPushButton;

namespace fieldcase::ui {

// A new individual or family development plan, agreed in one sitting: the plan (next review
// three months on unless the programme says otherwise), the needs by intervention area, the
// goals with who does what by when, and the agreed services and referrals. Saved as a whole.
class PlanDialog : public RecordDialog {
    Q_OBJECT

public:
    // For a person (an individual plan) or a household (a family plan).
    PlanDialog(AppContext context, const QString& subjectTable, const QString& subjectId, QWidget* parent = nullptr);

    QPushButton* addNeedButton() const { return m_addNeed; }
    QPushButton* addGoalButton() const { return m_addGoal; }
    QPushButton* addActionButton() const { return m_addAction; }
    QListWidget* needList() const { return m_needs; }
    QListWidget* goalList() const { return m_goals; }
    QListWidget* actionList() const { return m_actions; }
    // The dialog for the part being added (open while the user fills it in).
    RecordDialog* partDialog() const { return m_part; }

    // Adds a part from values (as if typed into its dialog); false with the error shown when they
    // are not valid.
    bool addPart(const QString& table, const QVariantMap& values);

protected:
    core::Result<QString> write(const QVariantMap& fields) override;
    QVariantMap extraState() const override;
    void setExtraState(const QVariantMap& state) override;

private:
    void openPart(const QString& table);
    void removeSelected(QListWidget* list, QList<QVariantMap>& parts);
    void suggestNextReview();
    QString describe(const QString& table, const QVariantMap& part) const;

    QString m_subjectTable;
    QString m_subjectId;
    QString m_autoReview;
    QListWidget* m_needs = nullptr;
    QListWidget* m_goals = nullptr;
    QListWidget* m_actions = nullptr;
    QPushButton* m_addNeed = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_addAction = nullptr;
    QList<QVariantMap> m_needParts;
    QList<QVariantMap> m_goalParts;
    QList<QVariantMap> m_actionParts;
    RecordDialog* m_part = nullptr;
};

} // namespace fieldcase::ui
