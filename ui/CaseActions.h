// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "models/Roles.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QDialog;
class QWidget;

namespace fieldcase::ui {

// The case-work actions of the window (new person, record visit, refer, review plan, ...),
// each opening its form over the window. Forms open window-modal and report back when saved,
// so that the window can show what was saved.
class CaseActions : public QObject {
    Q_OBJECT

public:
    CaseActions(AppContext context, QWidget* window);

    // Runs an action named in a detail page link ("edit", "visit", "refer", ...) on a record.
    // False when the action does not apply to that record.
    bool run(const QString& action, const RecordRef& record);

    QDialog* newPerson(const QString& householdId = {});
    QDialog* newHousehold(const QString& localityId = {});
    QDialog* newRecord(const QString& table, const QVariantMap& preset = {});
    QDialog* edit(const RecordRef& record);
    QDialog* recordVisit(const RecordRef& subject);
    QDialog* correctVisit(const QString& activityId);
    QDialog* withdrawVisit(const QString& activityId);
    QDialog* newPlan(const RecordRef& subject);
    QDialog* reviewPlan(const QString& planId);
    QDialog* refer(const RecordRef& subject, bool handOver = false);
    QDialog* changeReferralStatus(const QString& referralId);
    QDialog* newEvent();
    QDialog* history(const RecordRef& record);

    // The form opened last, while it is open.
    QDialog* currentDialog() const { return m_current; }

Q_SIGNALS:
    // A form saved a record: the window shows it.
    void saved(const fieldcase::ui::RecordRef& record);
    // Show another list (a locality's households, a staff member's caseload).
    void showList(const QString& list, const QString& filterId);

private:
    QDialog* present(QDialog* dialog, const QString& table);
    // The person or household a visit, plan or referral is about.
    static RecordRef subjectOf(const RecordRef& record);

    AppContext m_context;
    QWidget* m_window;
    QPointer<QDialog> m_current;
};

} // namespace fieldcase::ui
