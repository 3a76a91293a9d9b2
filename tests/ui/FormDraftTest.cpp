// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose work: what a form holds besides its fields (ticked people, a plan's goals, a visit's
// tasks) counts as a change, is kept in the draft and comes back after a crash; small dialogs ask
// before Esc throws typed text away; a task's deadline is a real date or nothing is saved.
#include "CaseOffice.h"

#include "MessageBox.h"
#include "casework/DraftStore.h"
#include "casework/ReferralWork.h"
#include "casework/VisitWork.h"
#include "dialogs/EventDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/StatusDialog.h"
#include "dialogs/VisitDialog.h"
#include "widgets/DateField.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace fieldcase;
using test::choose;
using test::typeInto;

namespace {

void addGoal(ui::PlanDialog* plan, const QString& title, const QString& area) {
    QTest::mouseClick(plan->addGoalButton(), Qt::LeftButton);
    ui::RecordDialog* goal = plan->partDialog();
    REQUIRE(goal != nullptr);
    test::activate(goal);
    typeInto(goal->form(), QStringLiteral("title"), title);
    choose(goal->form(), QStringLiteral("area"), area);
    test::Office::save(goal);
    REQUIRE(QTest::qWaitFor([&] { return plan->partDialog() == nullptr; }));
    test::activate(plan);
}

// Adds a task line as a user does: Add task, then type what, Tab, who, Tab, by when, Enter.
void addTask(ui::VisitDialog* visit, const QString& what, const QString& who, const QString& deadline) {
    test::activate(visit);
    QTest::mouseClick(visit->addTaskButton(), Qt::LeftButton);
    test::typeIntoFocus(what);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    test::typeIntoFocus(who);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // The deadline is typed like every date of the forms, with a four-digit year.
    auto* date = qobject_cast<ui::DateField*>(QApplication::focusWidget());
    REQUIRE(date != nullptr);
    CHECK(date->placeholderText() == QStringLiteral("YYYY-MM-DD"));
    test::typeIntoFocus(deadline);
    QTest::keyClick(date, Qt::Key_Return);
    // Enter finishes the line, not the whole visit.
    CHECK(visit->isVisible());
}

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

bool hasDraft(core::Database& db, const QString& table, const QString& extra, int size) {
    auto drafts = core::DraftStore(db).all();
    if (!drafts) {
        return false;
    }
    for (const core::Draft& d : *drafts) {
        if (d.form == table && d.values.value(QStringLiteral("@extras")).toMap().value(extra).toList().size() == size) {
            return true;
        }
    }
    return false;
}

bool isChecked(QListWidget* list, const QString& text) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(text)) {
            return list->item(i)->checkState() == Qt::Checked;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Esc after only ticking an attendee asks before the event is closed", "[ui][drafts]") {
    test::Office o;
    o.make.staff(QStringLiteral("Oláh József"), QStringLiteral("experience_expert"));
    REQUIRE(o.window.actions()->newEvent() != nullptr);
    auto* event = o.dialog<ui::EventDialog>();
    CHECK(!event->isDirty());
    test::toggleEntry(event->staffList(), QStringLiteral("Oláh József"));
    CHECK(event->isDirty());
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(event, Qt::Key_Escape);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("Save the changes")));
    CHECK(event->isVisible());
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(event, Qt::Key_Escape);
    CHECK(!event->isVisible());
    CHECK(core::DraftStore(o.t.db()).all()->isEmpty());
}

TEST_CASE("Esc after only adding a goal asks before the plan is closed", "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Rostás"));
    REQUIRE(o.window.actions()->run(QStringLiteral("plan"), {QStringLiteral("household"), household}));
    auto* plan = o.dialog<ui::PlanDialog>();
    CHECK(!plan->isDirty());
    addGoal(plan, QStringLiteral("Birth certificates for the children"), QStringLiteral("documents"));
    CHECK(plan->isDirty());
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(plan, Qt::Key_Escape);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("Save the changes")));
    CHECK(plan->isVisible());
    CHECK(plan->goalList()->count() == 1);
}

TEST_CASE("A plan's goals typed before a crash come back when the plan is opened again", "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Rostás"));
    const ui::RecordRef subject{QStringLiteral("household"), household};
    {
        REQUIRE(o.window.actions()->run(QStringLiteral("plan"), subject));
        auto* plan = o.dialog<ui::PlanDialog>();
        typeInto(plan->form(), QStringLiteral("title"), QStringLiteral("Rostás family plan"));
        addGoal(plan, QStringLiteral("Kevin finishes primary school"), QStringLiteral("education"));
        addGoal(plan, QStringLiteral("Birth certificates for the children"), QStringLiteral("documents"));
        // A pause writes the draft, goals included.
        REQUIRE(QTest::qWaitFor(
            [&] { return hasDraft(o.t.db(), QStringLiteral("plan"), QStringLiteral("plan_goal"), 2); }));
        // The power goes: the dialog is gone without being closed.
        delete plan;
    }
    o.backToWindow();
    REQUIRE(o.window.actions()->run(QStringLiteral("plan"), subject));
    auto* plan = o.dialog<ui::PlanDialog>();
    CHECK(plan->bannerText().contains(QStringLiteral("Restored")));
    CHECK(plan->form()->value(QStringLiteral("title")).toString() == QStringLiteral("Rostás family plan"));
    REQUIRE(plan->goalList()->count() == 2);
    CHECK(plan->goalList()->item(1)->text().startsWith(QStringLiteral("Birth certificates for the children")));
    test::Office::save(plan);
    REQUIRE(!plan->isVisible());
    core::RecordStore store(o.t.db());
    auto goals = store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), plan->savedId(),
                              QStringLiteral("sort_order"));
    REQUIRE(goals->size() == 2);
    CHECK(goals->at(0).text(QStringLiteral("title")) == QStringLiteral("Kevin finishes primary school"));
    CHECK(core::DraftStore(o.t.db()).all()->isEmpty());
}

TEST_CASE("Who was present, the goals and the tasks of a visit come back after a crash", "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Kolompár"));
    const QString mother =
        o.make.person(household, QStringLiteral("Kolompár"), QStringLiteral("Rozália"), QStringLiteral("1979-11-02"));
    const QString goal = o.make.goal(o.make.individualPlan(mother), QStringLiteral("Register at the job centre"));
    const ui::RecordRef subject{QStringLiteral("household"), household};
    {
        REQUIRE(o.window.actions()->run(QStringLiteral("visit"), subject));
        auto* visit = o.dialog<ui::VisitDialog>();
        test::toggleEntry(visit->presentList(), QStringLiteral("Kolompár Rozália"));
        test::toggleEntry(visit->goalList(), QStringLiteral("Register at the job centre"));
        addTask(visit, QStringLiteral("Bring the ID card"), QStringLiteral("Rozália"), QStringLiteral("2026.06.19"));
        REQUIRE(QTest::qWaitFor(
            [&] { return hasDraft(o.t.db(), QStringLiteral("activity"), QStringLiteral("tasks"), 1); }));
        delete visit;
    }
    o.backToWindow();
    REQUIRE(o.window.actions()->run(QStringLiteral("visit"), subject));
    auto* visit = o.dialog<ui::VisitDialog>();
    CHECK(visit->bannerText().contains(QStringLiteral("Restored")));
    CHECK(isChecked(visit->presentList(), QStringLiteral("Kolompár Rozália")));
    CHECK(isChecked(visit->presentList(), QStringLiteral("Balogh Erika")));
    CHECK(isChecked(visit->goalList(), QStringLiteral("Register at the job centre")));
    REQUIRE(visit->taskTable()->rowCount() == 1);
    CHECK(cell(visit->taskTable(), 0, 0) == QStringLiteral("Bring the ID card"));
    CHECK(cell(visit->taskTable(), 0, 2) == QStringLiteral("2026-06-19"));
    test::Office::save(visit);
    REQUIRE(!visit->isVisible());
    core::RecordStore store(o.t.db());
    auto tasks = store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), visit->savedId());
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().text(QStringLiteral("deadline")) == QStringLiteral("2026-06-19"));
    CHECK(tasks->first().text(QStringLiteral("owner")) == QStringLiteral("Rozália"));
    auto linked = store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), visit->savedId());
    REQUIRE(linked->size() == 1);
    CHECK(linked->first().text(QStringLiteral("goal_id")) == goal);
    CHECK(
        store.findBy(QStringLiteral("activity_participant"), QStringLiteral("activity_id"), visit->savedId())->size() ==
        2);
}

TEST_CASE("An event's attendance comes back after a crash", "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Balogh"));
    o.make.person(household, QStringLiteral("Balogh"), QStringLiteral("Tímea"), QStringLiteral("1995-03-08"));
    o.make.staff(QStringLiteral("Oláh József"), QStringLiteral("experience_expert"));
    {
        REQUIRE(o.window.actions()->newEvent() != nullptr);
        auto* event = o.dialog<ui::EventDialog>();
        test::findAndPick(event->personPicker(), QStringLiteral("balogh tim"));
        QTest::mouseClick(event->addPersonButton(), Qt::LeftButton);
        REQUIRE(event->peopleList()->count() == 1);
        test::toggleEntry(event->staffList(), QStringLiteral("Oláh József"));
        REQUIRE(
            QTest::qWaitFor([&] { return hasDraft(o.t.db(), QStringLiteral("event"), QStringLiteral("staff"), 1); }));
        delete event;
    }
    o.backToWindow();
    REQUIRE(o.window.actions()->newEvent() != nullptr);
    auto* event = o.dialog<ui::EventDialog>();
    CHECK(event->bannerText().contains(QStringLiteral("Restored")));
    REQUIRE(event->peopleList()->count() == 1);
    CHECK(isChecked(event->peopleList(), QStringLiteral("Balogh Tímea")));
    CHECK(isChecked(event->staffList(), QStringLiteral("Oláh József")));
    CHECK(!isChecked(event->staffList(), QStringLiteral("Balogh Erika")));
    CHECK(event->isDirty());
}

TEST_CASE("A visit task with an impossible or unreadable deadline is refused and nothing is saved", "[ui][workflow]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Kolompár"));
    REQUIRE(o.window.actions()->run(QStringLiteral("visit"), {QStringLiteral("household"), household}));
    auto* visit = o.dialog<ui::VisitDialog>();
    const qint64 changes = *core::ChangeLog(o.t.db()).count();
    const QString deadline =
        GENERATE(QStringLiteral("2026-02-30"), QStringLiteral("next week"), QStringLiteral("26-6-19"));
    addTask(visit, QStringLiteral("Bring the ID card"), QStringLiteral("Rozália"), deadline);
    test::Office::save(visit);
    CHECK(visit->isVisible());
    CHECK(visit->bannerText().startsWith(QStringLiteral("Task 1 (Bring the ID card):")));
    CHECK(visit->taskTable()->hasFocus());
    CHECK(visit->taskTable()->currentColumn() == 2);
    CHECK(*core::ChangeLog(o.t.db()).count() == changes);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM activity")) == 0);

    // Corrected, the visit is saved with the task.
    QTest::keyClick(visit->taskTable(), Qt::Key_F2);
    auto* date = qobject_cast<ui::DateField*>(QApplication::focusWidget());
    REQUIRE(date != nullptr);
    date->selectAll();
    test::typeIntoFocus(QStringLiteral("2026-02-27"));
    QTest::keyClick(date, Qt::Key_Return);
    test::Office::save(visit);
    REQUIRE(!visit->isVisible());
    auto tasks =
        core::RecordStore(o.t.db()).findBy(QStringLiteral("task"), QStringLiteral("activity_id"), visit->savedId());
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().text(QStringLiteral("deadline")) == QStringLiteral("2026-02-27"));
}

TEST_CASE("Esc in the referral status and withdrawal dialogs asks before typed text is thrown away", "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Gaži"));
    const QString person = o.make.person(household, QStringLiteral("Gaži"), QStringLiteral("Marek"));
    const QString receiving = o.make.staff(QStringLiteral("Dušková Petra"), QStringLiteral("case_manager"));
    auto referral = core::ReferralWork(o.t.db()).handOver({{QStringLiteral("kind"), QStringLiteral("handover")},
                                                           {QStringLiteral("person_id"), person},
                                                           {QStringLiteral("from_service"), QStringLiteral("Field")},
                                                           {QStringLiteral("to_service"), QStringLiteral("Shelter")},
                                                           {QStringLiteral("sent_date"), QStringLiteral("2026-06-15")},
                                                           {QStringLiteral("receiving_staff_id"), receiving}});
    REQUIRE(referral);
    const qint64 changes = *core::ChangeLog(o.t.db()).count();

    REQUIRE(o.window.actions()->run(QStringLiteral("status"), {QStringLiteral("referral"), *referral}));
    auto* status = o.dialog<ui::StatusDialog>();
    status->outcomeField()->setFocus();
    test::typeText(status->outcomeField(), QStringLiteral("Moved in on Monday"));
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(status->outcomeField(), Qt::Key_Escape);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("Save the changes")));
    CHECK(status->isVisible());
    CHECK(status->outcomeField()->toPlainText() == QStringLiteral("Moved in on Monday"));
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(status->outcomeField(), Qt::Key_Escape);
    CHECK(!status->isVisible());
    CHECK(*core::ChangeLog(o.t.db()).count() == changes);
    o.backToWindow();

    auto visit =
        core::VisitWork(o.t.db()).record({{{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                           {QStringLiteral("household_id"), household},
                                           {QStringLiteral("happened_at"), QStringLiteral("2026-06-14T09:00")}},
                                          {},
                                          {},
                                          {}});
    REQUIRE(visit);
    REQUIRE(o.window.actions()->run(QStringLiteral("withdraw"), {QStringLiteral("activity"), *visit}));
    auto* note = o.dialog<ui::NoteDialog>();
    // Nothing typed: Esc closes without a question.
    CHECK(!note->isDirty());
    note->textField()->setFocus();
    test::typeText(note->textField(), QStringLiteral("Recorded for the wrong family"));
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(note->textField(), Qt::Key_Escape);
    CHECK(note->isVisible());
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(note->textField(), Qt::Key_Escape);
    CHECK(!note->isVisible());
    CHECK(core::VisitWork(o.t.db()).supersededBy(*visit)->isEmpty());
}

TEST_CASE("A draft that cannot be kept is shown at once, and the banner goes when drafts are kept again",
          "[ui][drafts]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Rostás"));
    REQUIRE(o.window.actions()->run(QStringLiteral("plan"), ui::RecordRef{QStringLiteral("household"), household}));
    auto* plan = o.dialog<ui::PlanDialog>();
    // What a full disk does to the draft's write.
    REQUIRE(o.t->exec(QStringLiteral("CREATE TEMP TRIGGER no_room BEFORE INSERT ON local_draft "
                                     "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    typeInto(plan->form(), QStringLiteral("title"), QStringLiteral("Rostás family plan"));
    REQUIRE(QTest::qWaitFor([&] { return plan->bannerText().contains(QStringLiteral("could not be kept")); }));
    CHECK(core::DraftStore(o.t.db()).all()->isEmpty());

    REQUIRE(o.t->exec(QStringLiteral("DROP TRIGGER no_room")));
    typeInto(plan->form(), QStringLiteral("title"), QStringLiteral("Rostás family plan 2027"));
    REQUIRE(QTest::qWaitFor([&] { return !core::DraftStore(o.t.db()).all()->isEmpty(); }));
    CHECK(plan->bannerText().isEmpty());
}
