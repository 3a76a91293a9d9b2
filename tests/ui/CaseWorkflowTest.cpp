// SPDX-License-Identifier: GPL-3.0-or-later
// The case-work workflows driven through the real widgets, each checked against the database and
// the change log afterwards.
#include "Builders.h"
#include "CaseOffice.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "CaseActions.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "casework/DraftStore.h"
#include "casework/VisitWork.h"
#include "dialogs/EventDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/RecordDialog.h"
#include "dialogs/StatusDialog.h"
#include "dialogs/VisitDialog.h"
#include "domain/ChangeLog.h"
#include "models/PersonListModel.h"
#include "pages/ListPage.h"
#include "storage/Statement.h"
#include "views/RecordDetailView.h"
#include "widgets/DateField.h"
#include "widgets/RecordPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace fieldcase;
using test::choose;
using test::newValue;
using test::Office;
using test::pick;
using test::typeInto;

TEST_CASE("A worker registers a household with two people", "[ui][workflow]") {
    Office o;
    QTest::keyClick(&o.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto* household = o.dialog<ui::RecordDialog>();
    typeInto(household->form(), QStringLiteral("name"), QStringLiteral("Lakatos"));
    pick(household->form(), QStringLiteral("locality_id"), o.village);
    typeInto(household->form(), QStringLiteral("address"), QStringLiteral("Petőfi utca 12."));
    choose(household->form(), QStringLiteral("housing"), QStringLiteral("informal"));
    QTest::keyClick(household->form()->editor(QStringLiteral("address")), Qt::Key_Return);
    REQUIRE(!household->isVisible());
    const QString householdId = household->savedId();
    REQUIRE(o.window.currentRecord() == ui::RecordRef{QStringLiteral("household"), householdId});

    const auto addMember = [&](const QString& family, const QString& given, const QString& born,
                               const QString& relationship) {
        REQUIRE(o.window.actions()->run(QStringLiteral("member"), {QStringLiteral("household"), householdId}));
        auto* person = o.dialog<ui::PersonDialog>();
        typeInto(person->form(), QStringLiteral("family_name"), family);
        typeInto(person->form(), QStringLiteral("given_names"), given);
        typeInto(person->form(), QStringLiteral("birth_date"), born);
        choose(person->form(), QStringLiteral("gender"),
               given == QStringLiteral("Ágnes") ? QStringLiteral("female") : QStringLiteral("male"));
        choose(person->form(), QStringLiteral("relationship"), relationship);
        typeInto(person->form(), QStringLiteral("languages"), QStringLiteral("Hungarian, Romani"));
        Office::save(person);
        REQUIRE(!person->isVisible());
        return person->savedId();
    };
    const QString agnes = addMember(QStringLiteral("Lakatos"), QStringLiteral("Ágnes"), QStringLiteral("1984-02-11"),
                                    QStringLiteral("head"));
    const QString bence = addMember(QStringLiteral("Lakatos"), QStringLiteral("Bence"), QStringLiteral("2007-09-03"),
                                    QStringLiteral("child"));

    core::RecordStore store(o.t.db());
    auto h = store.get(QStringLiteral("household"), householdId);
    CHECK(h->text(QStringLiteral("name")) == QStringLiteral("Lakatos"));
    CHECK(h->text(QStringLiteral("locality_id")) == o.village);
    CHECK(h->text(QStringLiteral("housing")) == QStringLiteral("informal"));
    CHECK(h->text(QStringLiteral("case_manager_id")) == o.erika);
    auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), householdId,
                                QStringLiteral("birth_date"));
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).id == agnes);
    CHECK(members->at(0).text(QStringLiteral("birth_date")) == QStringLiteral("1984-02-11"));
    CHECK(members->at(0).text(QStringLiteral("relationship")) == QStringLiteral("head"));
    // Saved as head, Ágnes is the household's head: the window shows her for the household.
    CHECK(h->text(QStringLiteral("head_person_id")) == agnes);
    const auto householdLog = o.changes(QStringLiteral("household"), householdId);
    REQUIRE(householdLog.size() == 2);
    CHECK(newValue(householdLog.last(), QStringLiteral("head_person_id")) == agnes);
    CHECK(members->at(1).id == bence);
    CHECK(members->at(1).text(QStringLiteral("languages")) == QStringLiteral("Hungarian, Romani"));

    const auto log = o.changes(QStringLiteral("person"), bence);
    REQUIRE(log.size() == 1);
    CHECK(log.first().op == QStringLiteral("create"));
    CHECK(newValue(log.first(), QStringLiteral("given_names")) == QStringLiteral("Bence"));
    CHECK(newValue(log.first(), QStringLiteral("household_id")) == householdId);
    CHECK(householdLog.first().op == QStringLiteral("create"));
    // The window shows the last person saved, with the household's members.
    CHECK(o.window.currentRecord() == ui::RecordRef{QStringLiteral("person"), bence});
    CHECK(o.window.detailView()->toPlainText().contains(QStringLiteral("Lakatos Ágnes")));

    // Years later Bence heads the household: chosen in the household's own form, the members'
    // relationships follow, logged.
    REQUIRE(o.window.actions()->edit({QStringLiteral("household"), householdId}));
    auto* edited = o.dialog<ui::RecordDialog>();
    auto* headPicker = qobject_cast<ui::RecordPicker*>(edited->form()->editor(QStringLiteral("head_person_id")));
    REQUIRE(headPicker != nullptr);
    // The field shows Ágnes; select it all so that typing replaces her name, as a user would.
    headPicker->lineEdit()->setFocus();
    QTest::keyClick(headPicker->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    test::findAndPick(headPicker, QStringLiteral("Lakatos Ben"));
    REQUIRE(headPicker->id() == bence);
    Office::save(edited);
    REQUIRE(!edited->isVisible());
    CHECK(store.get(QStringLiteral("household"), householdId)->text(QStringLiteral("head_person_id")) == bence);
    CHECK(store.get(QStringLiteral("person"), bence)->text(QStringLiteral("relationship")) == QStringLiteral("head"));
    CHECK(store.get(QStringLiteral("person"), agnes)->text(QStringLiteral("relationship")).isEmpty());
    CHECK(newValue(o.changes(QStringLiteral("person"), bence).last(), QStringLiteral("relationship")) ==
          QStringLiteral("head"));
}

TEST_CASE("A near-identical new person is flagged as a possible duplicate before saving", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Lakatos"));
    const QString agnes =
        o.make.person(household, QStringLiteral("Lakatos"), QStringLiteral("Ágnes"), QStringLiteral("1984-02-11"));
    const int people = o.count(QStringLiteral("SELECT count(*) FROM person"));
    QTest::keyClick(&o.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* person = o.dialog<ui::PersonDialog>();
    typeInto(person->form(), QStringLiteral("family_name"), QStringLiteral("Lakatosné"));
    typeInto(person->form(), QStringLiteral("given_names"), QStringLiteral("Agnes"));
    typeInto(person->form(), QStringLiteral("birth_date"), QStringLiteral("1984-02-11"));
    // The check runs after a short pause in typing.
    REQUIRE(QTest::qWaitFor([&] { return person->duplicateList()->isVisible(); }));
    REQUIRE(person->duplicates().size() == 1);
    CHECK(person->duplicates().first().id == agnes);
    CHECK(person->duplicateList()->item(0)->text().contains(QStringLiteral("Lakatos Ágnes")));

    // Save is held back once, with the reason shown.
    Office::save(person);
    CHECK(person->isVisible());
    CHECK(person->bannerText().contains(QStringLiteral("may be the same person")));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM person")) == people);

    // The worker opens the existing record instead.
    QTest::mouseClick(person->openExistingButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(o.window.currentRecord() == ui::RecordRef{QStringLiteral("person"), agnes});
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM person")) == people);
    CHECK(core::DraftStore(o.t.db()).all()->isEmpty());
}

TEST_CASE("A family plan with two goals is created, and its history is readable", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Rostás"));
    const QString kevin =
        o.make.person(household, QStringLiteral("Rostás"), QStringLiteral("Kevin"), QStringLiteral("2006-05-20"));
    o.window.openRecord({QStringLiteral("household"), household});
    QTest::keyClick(&o.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto* plan = o.dialog<ui::PlanDialog>();
    // Next review defaults to three months after the start (the test day is 2026-06-15).
    CHECK(plan->form()->value(QStringLiteral("next_review_date")).toString() == QStringLiteral("2026-09-15"));
    typeInto(plan->form(), QStringLiteral("title"), QStringLiteral("Rostás family plan 2026"));

    const auto addGoal = [&](const QString& title, const QString& area, const QString& deadline) {
        QTest::mouseClick(plan->addGoalButton(), Qt::LeftButton);
        ui::RecordDialog* goal = plan->partDialog();
        REQUIRE(goal != nullptr);
        typeInto(goal->form(), QStringLiteral("title"), title);
        choose(goal->form(), QStringLiteral("area"), area);
        typeInto(goal->form(), QStringLiteral("owner"), QStringLiteral("Kevin and Erika"));
        typeInto(goal->form(), QStringLiteral("deadline"), deadline);
        Office::save(goal);
        QApplication::processEvents();
    };
    addGoal(QStringLiteral("Kevin finishes primary school"), QStringLiteral("education"), QStringLiteral("2027-06-30"));
    addGoal(QStringLiteral("Birth certificates for the children"), QStringLiteral("documents"),
            QStringLiteral("2026-08-31"));
    CHECK(plan->goalList()->count() == 2);
    Office::save(plan);
    REQUIRE(!plan->isVisible());
    const QString planId = plan->savedId();

    core::RecordStore store(o.t.db());
    auto p = store.get(QStringLiteral("plan"), planId);
    CHECK(p->text(QStringLiteral("kind")) == QStringLiteral("family"));
    CHECK(p->text(QStringLiteral("household_id")) == household);
    CHECK(p->text(QStringLiteral("next_review_date")) == QStringLiteral("2026-09-15"));
    CHECK(p->text(QStringLiteral("case_manager_id")) == o.erika);
    auto goals =
        store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), planId, QStringLiteral("sort_order"));
    REQUIRE(goals->size() == 2);
    CHECK(goals->at(0).text(QStringLiteral("title")) == QStringLiteral("Kevin finishes primary school"));
    CHECK(goals->at(1).text(QStringLiteral("deadline")) == QStringLiteral("2026-08-31"));
    CHECK(o.changes(QStringLiteral("plan_goal"), goals->at(1).id).first().op == QStringLiteral("create"));
    Q_UNUSED(kevin);

    // The plan's history shows the plan and both goals being created.
    CHECK(o.window.currentRecord() == ui::RecordRef{QStringLiteral("plan"), planId});
    o.backToWindow();
    QTest::keyClick(&o.window, Qt::Key_H, Qt::ControlModifier);
    REQUIRE(o.window.actions()->currentDialog() != nullptr);
    auto* historyView = o.window.actions()->currentDialog()->findChild<QTableView*>();
    REQUIRE(historyView != nullptr);
    QAbstractItemModel* history = historyView->model();
    QStringList what;
    for (int row = 0; row < history->rowCount(); ++row) {
        what.append(history->index(row, 2).data().toString());
    }
    CHECK(what.count(QStringLiteral("Development plan created")) + what.count(QStringLiteral("Plan created")) == 1);
    CHECK(what.filter(QStringLiteral("created")).size() == 3);
}

TEST_CASE("A visit is recorded with who was there, a linked goal and a task, and corrected later", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Kolompár"));
    const QString mother =
        o.make.person(household, QStringLiteral("Kolompár"), QStringLiteral("Rozália"), QStringLiteral("1979-11-02"));
    const QString plan = o.make.individualPlan(mother);
    const QString goal = o.make.goal(plan, QStringLiteral("Register at the job centre"), QStringLiteral("employment"));
    o.window.openRecord({QStringLiteral("household"), household});
    QTest::keyClick(&o.window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto* visit = o.dialog<ui::VisitDialog>();
    CHECK(visit->form()->value(QStringLiteral("happened_at")).toString() == QStringLiteral("2026-06-15T10:00"));
    test::toggleEntry(visit->presentList(), QStringLiteral("Kolompár Rozália"));
    test::toggleEntry(visit->goalList(), QStringLiteral("Register at the job centre"));
    typeInto(visit->form(), QStringLiteral("purpose"), QStringLiteral("Follow up the job centre registration"));
    typeInto(visit->form(), QStringLiteral("agreements"), QStringLiteral("Rozália goes to the job centre on Monday"));
    typeInto(visit->form(), QStringLiteral("minutes"), QStringLiteral("35"));
    typeInto(visit->form(), QStringLiteral("next_visit_date"), QStringLiteral("2026-06-22"));
    // A task line: Add task, what, Tab, who, Tab, by when, Enter.
    QTest::mouseClick(visit->addTaskButton(), Qt::LeftButton);
    test::typeIntoFocus(QStringLiteral("Bring the ID card"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    test::typeIntoFocus(QStringLiteral("Rozália"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    test::typeIntoFocus(QStringLiteral("2026-06-19"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    Office::save(visit);
    REQUIRE(!visit->isVisible());
    const QString visitId = visit->savedId();

    core::RecordStore store(o.t.db());
    auto a = store.get(QStringLiteral("activity"), visitId);
    CHECK(a->text(QStringLiteral("household_id")) == household);
    CHECK(a->value(QStringLiteral("minutes")).toInt() == 35);
    CHECK(a->text(QStringLiteral("staff_id")) == o.erika);
    auto linked = store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), visitId);
    REQUIRE(linked->size() == 1);
    CHECK(linked->first().text(QStringLiteral("goal_id")) == goal);
    auto present = store.findBy(QStringLiteral("activity_participant"), QStringLiteral("activity_id"), visitId);
    CHECK(present->size() == 2); // Rozália and Erika, who recorded it
    auto tasks = store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), visitId);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().text(QStringLiteral("deadline")) == QStringLiteral("2026-06-19"));
    CHECK(o.changes(QStringLiteral("activity_goal"), linked->first().id).first().op == QStringLiteral("create"));
    CHECK(newValue(o.changes(QStringLiteral("activity"), visitId).first(), QStringLiteral("minutes")) ==
          QStringLiteral("35"));

    // A correction is a new record that supersedes the first; the first stays as it was.
    REQUIRE(o.window.actions()->run(QStringLiteral("correct"), {QStringLiteral("activity"), visitId}));
    auto* correction = o.dialog<ui::VisitDialog>();
    typeInto(correction->form(), QStringLiteral("minutes"), QStringLiteral("50"));
    Office::save(correction);
    REQUIRE(!correction->isVisible());
    auto corrected = store.get(QStringLiteral("activity"), correction->savedId());
    CHECK(corrected->text(QStringLiteral("supersedes_id")) == visitId);
    CHECK(corrected->value(QStringLiteral("minutes")).toInt() == 50);
    CHECK(store.get(QStringLiteral("activity"), visitId)->value(QStringLiteral("minutes")).toInt() == 35);
    CHECK(store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), correction->savedId())->size() ==
          1);
    CHECK(o.changes(QStringLiteral("activity"), visitId).size() == 1);
}

TEST_CASE("A person is referred with consent and the referral is accepted", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Horváth"));
    const QString zsolt =
        o.make.person(household, QStringLiteral("Horváth"), QStringLiteral("Zsolt"), QStringLiteral("1990-01-15"));
    o.window.openRecord({QStringLiteral("person"), zsolt});

    // Consent to referrals first.
    REQUIRE(o.window.actions()->run(QStringLiteral("consent"), {QStringLiteral("person"), zsolt}));
    auto* consent = o.dialog<ui::RecordDialog>();
    choose(consent->form(), QStringLiteral("purpose"), QStringLiteral("referral"));
    typeInto(consent->form(), QStringLiteral("text_version"), QStringLiteral("HU-2026-1"));
    choose(consent->form(), QStringLiteral("method"), QStringLiteral("written"));
    Office::save(consent);
    REQUIRE(!consent->isVisible());
    const QString consentId = consent->savedId();

    o.window.openRecord({QStringLiteral("person"), zsolt});
    o.backToWindow();
    QTest::keyClick(&o.window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* referral = o.dialog<ui::RecordDialog>();
    typeInto(referral->form(), QStringLiteral("from_service"), QStringLiteral("Field social work"));
    typeInto(referral->form(), QStringLiteral("to_service"), QStringLiteral("Job centre, Szikszó"));
    typeInto(referral->form(), QStringLiteral("reason"), QStringLiteral("Registration as a job seeker"));
    CHECK(referral->form()->value(QStringLiteral("consent_id")).toString() == consentId);
    Office::save(referral);
    REQUIRE(!referral->isVisible());
    const QString referralId = referral->savedId();
    CHECK(o.window.currentRecord() == ui::RecordRef{QStringLiteral("referral"), referralId});

    REQUIRE(o.window.actions()->run(QStringLiteral("status"), {QStringLiteral("referral"), referralId}));
    auto* status = o.dialog<ui::StatusDialog>();
    CHECK(status->statusBox()->currentData().toString() == QStringLiteral("accepted"));
    test::typeText(status->outcomeField(), QStringLiteral("Appointment on 22 June"));
    QTest::keyClick(status->dateField(), Qt::Key_Return);
    REQUIRE(!status->isVisible());

    core::RecordStore store(o.t.db());
    auto r = store.get(QStringLiteral("referral"), referralId);
    CHECK(r->text(QStringLiteral("status")) == QStringLiteral("accepted"));
    CHECK(r->text(QStringLiteral("status_date")) == QStringLiteral("2026-06-15"));
    CHECK(r->text(QStringLiteral("person_id")) == zsolt);
    CHECK(r->text(QStringLiteral("consent_id")) == consentId);
    const auto log = o.changes(QStringLiteral("referral"), referralId);
    REQUIRE(log.size() == 2);
    CHECK(newValue(log.at(0), QStringLiteral("status")) == QStringLiteral("sent"));
    CHECK(newValue(log.at(1), QStringLiteral("status")) == QStringLiteral("accepted"));
    CHECK(o.window.detailView()->toPlainText().contains(QStringLiteral("Accepted")));
}

TEST_CASE("A group event is recorded with attendance and external guests", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Balogh"));
    const QString timea =
        o.make.person(household, QStringLiteral("Balogh"), QStringLiteral("Tímea"), QStringLiteral("1995-03-08"));
    const QString jozsef = o.make.staff(QStringLiteral("Oláh József"), QStringLiteral("experience_expert"));
    o.window.showSection(ui::MainWindow::EventsSection);
    QTest::keyClick(&o.window, Qt::Key_N, Qt::ControlModifier);
    auto* event = o.dialog<ui::EventDialog>();
    choose(event->form(), QStringLiteral("kind"), QStringLiteral("forum"));
    typeInto(event->form(), QStringLiteral("title"), QStringLiteral("Spring inclusion forum"));
    typeInto(event->form(), QStringLiteral("hours"), QStringLiteral("3"));
    typeInto(event->form(), QStringLiteral("place"), QStringLiteral("Community house"));
    typeInto(event->form(), QStringLiteral("external_guests"), QStringLiteral("4"));
    test::findAndPick(event->personPicker(), QStringLiteral("balogh tim"));
    QTest::mouseClick(event->addPersonButton(), Qt::LeftButton);
    REQUIRE(event->peopleList()->count() == 1);
    test::toggleEntry(event->staffList(), QStringLiteral("Oláh József"));
    Office::save(event);
    REQUIRE(!event->isVisible());
    const QString eventId = event->savedId();

    CHECK(o.count(QStringLiteral("SELECT count(*) FROM attendance WHERE present = 1")) == 2);
    core::RecordStore store(o.t.db());
    auto e = store.get(QStringLiteral("event"), eventId);
    CHECK(e->value(QStringLiteral("external_guests")).toInt() == 4);
    auto attendance = store.findBy(QStringLiteral("attendance"), QStringLiteral("event_id"), eventId);
    REQUIRE(attendance->size() == 2);
    QStringList who;
    for (const auto& a : *attendance) {
        who.append(a.text(QStringLiteral("person_id")) + a.text(QStringLiteral("staff_id")));
        CHECK(a.value(QStringLiteral("hours")).toDouble() == 3.0);
        CHECK(o.changes(QStringLiteral("attendance"), a.id).size() == 1);
    }
    who.sort();
    QStringList expected = {timea, jozsef};
    expected.sort();
    CHECK(who == expected);
    CHECK(o.window.detailView()->toPlainText().contains(QStringLiteral("1 registered people, 1 staff, 4 external")));
}

TEST_CASE("Bad input is refused at the field and nothing stored changes", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Rácz"));
    const qint64 changes = *core::ChangeLog(o.t.db()).count();
    QTest::keyClick(&o.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* person = o.dialog<ui::PersonDialog>();

    SECTION("an empty required name") {
        typeInto(person->form(), QStringLiteral("given_names"), QStringLiteral("Márió"));
        Office::save(person);
        CHECK(person->isVisible());
        CHECK(!person->form()->errorText(QStringLiteral("family_name")).isEmpty());
        // The field at fault takes the dialog's focus.
        CHECK(person->focusWidget() == person->form()->editor(QStringLiteral("family_name")));
    }
    SECTION("a birth date in the future") {
        typeInto(person->form(), QStringLiteral("family_name"), QStringLiteral("Rácz"));
        typeInto(person->form(), QStringLiteral("given_names"), QStringLiteral("Márió"));
        typeInto(person->form(), QStringLiteral("birth_date"), QStringLiteral("2031-01-01"));
        Office::save(person);
        CHECK(person->isVisible());
        CHECK(person->form()->errorText(QStringLiteral("birth_date")).contains(QStringLiteral("future")));
    }
    SECTION("an impossible date") {
        typeInto(person->form(), QStringLiteral("family_name"), QStringLiteral("Rácz"));
        typeInto(person->form(), QStringLiteral("given_names"), QStringLiteral("Márió"));
        typeInto(person->form(), QStringLiteral("birth_date"), QStringLiteral("2001-02-30"));
        Office::save(person);
        CHECK(person->isVisible());
        CHECK(person->form()->errorText(QStringLiteral("birth_date")).contains(QStringLiteral("not a real date")));
    }
    CHECK(*core::ChangeLog(o.t.db()).count() == changes);
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(person, Qt::Key_Escape);
    CHECK(!person->isVisible());

    SECTION("a plan review before the plan's start") {
        const QString child = o.make.person(household, QStringLiteral("Rácz"), QStringLiteral("Dávid"));
        const QString plan = o.make.individualPlan(child, QStringLiteral("2026-03-01"));
        const qint64 before = *core::ChangeLog(o.t.db()).count();
        REQUIRE(o.window.actions()->run(QStringLiteral("review"), {QStringLiteral("plan"), plan}));
        auto* review = o.dialog<ui::RecordDialog>();
        typeInto(review->form(), QStringLiteral("review_date"), QStringLiteral("2026-02-01"));
        Office::save(review);
        CHECK(review->isVisible());
        CHECK(review->form()->errorText(QStringLiteral("review_date")).contains(QStringLiteral("before the plan")));
        CHECK(*core::ChangeLog(o.t.db()).count() == before);
        CHECK(o.count(QStringLiteral("SELECT count(*) FROM plan_review")) == 0);
    }
}

TEST_CASE("What was typed survives a crash, and closing with changes asks first", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Sztojka"));
    {
        REQUIRE(o.window.actions()->run(QStringLiteral("member"), {QStringLiteral("household"), household}));
        auto* person = o.dialog<ui::PersonDialog>();
        typeInto(person->form(), QStringLiteral("family_name"), QStringLiteral("Sztojka"));
        typeInto(person->form(), QStringLiteral("given_names"), QStringLiteral("Ilona"));
        // A short pause in typing writes the draft.
        const auto typedSoFar = [&] {
            auto drafts = core::DraftStore(o.t.db()).all();
            return drafts->size() == 1 &&
                   drafts->first().values.value(QStringLiteral("given_names")).toString() == QStringLiteral("Ilona");
        };
        REQUIRE(QTest::qWaitFor(typedSoFar));
        auto drafts = core::DraftStore(o.t.db()).all();
        CHECK(drafts->first().values.value(QStringLiteral("given_names")).toString() == QStringLiteral("Ilona"));
        // The power goes: the dialog is gone without being closed.
        delete person;
    }
    o.t.reopen();
    ui::MainWindow window(ui::AppContext{o.t.db(), o.erika});
    REQUIRE(window.actions()->run(QStringLiteral("member"), {QStringLiteral("household"), household}));
    auto* person = qobject_cast<ui::PersonDialog*>(window.actions()->currentDialog());
    REQUIRE(person != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(person));
    CHECK(person->form()->value(QStringLiteral("given_names")).toString() == QStringLiteral("Ilona"));
    CHECK(person->bannerText().contains(QStringLiteral("Restored")));
    CHECK(person->isDirty());

    // Esc asks; Cancel keeps the form open, Discard throws the draft away.
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(person, Qt::Key_Escape);
    CHECK(person->isVisible());
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(person, Qt::Key_Escape);
    CHECK(!person->isVisible());
    CHECK(core::DraftStore(o.t.db()).all()->isEmpty());
    CHECK(window.personModel()->totalCount() == 0);
}

TEST_CASE("Entry data is frozen once saved and changes only with a logged correction", "[ui][workflow]") {
    Office o;
    const QString person = o.make.person({}, QStringLiteral("Gáspár"), QStringLiteral("Lenke"));
    REQUIRE(o.window.actions()->run(QStringLiteral("entry"), {QStringLiteral("person"), person}));
    auto* entry = o.dialog<ui::RecordDialog>();
    choose(entry->form(), QStringLiteral("labour_status"), QStringLiteral("long_term_unemployed"));
    choose(entry->form(), QStringLiteral("isced"), QStringLiteral("isced1"));
    choose(entry->form(), QStringLiteral("homeless"), QStringLiteral("no"));
    Office::save(entry);
    REQUIRE(!entry->isVisible());
    const QString entryId = entry->savedId();

    REQUIRE(o.window.actions()->run(QStringLiteral("entry"), {QStringLiteral("person"), person}));
    auto* correction = o.dialog<ui::RecordDialog>();
    REQUIRE(correction->correctionNote() != nullptr);
    choose(correction->form(), QStringLiteral("isced"), QStringLiteral("isced2"));
    Office::save(correction);
    CHECK(correction->isVisible());
    CHECK(correction->bannerText().contains(QStringLiteral("frozen")));
    test::typeText(correction->correctionNote(), QStringLiteral("School certificate seen"));
    Office::save(correction);
    REQUIRE(!correction->isVisible());
    const auto log = o.changes(QStringLiteral("entry_record"), entryId);
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).note == QStringLiteral("School certificate seen"));
    CHECK(newValue(log.at(1), QStringLiteral("isced")) == QStringLiteral("isced2"));
    CHECK(log.at(1).fields.size() == 1);
}

TEST_CASE("A risk flagged on a visit prompts a referral, and a review keeps the plan as it was", "[ui][workflow]") {
    Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Mižigár"));
    const QString child =
        o.make.person(household, QStringLiteral("Mižigár"), QStringLiteral("Dávid"), QStringLiteral("2015-04-02"));
    const QString plan = o.make.individualPlan(child, QStringLiteral("2026-03-01"));
    o.make.goal(plan, QStringLiteral("Regular school attendance"));
    o.window.openRecord({QStringLiteral("household"), household});
    o.backToWindow();
    QTest::keyClick(&o.window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto* visit = o.dialog<ui::VisitDialog>();
    auto* risk = qobject_cast<QCheckBox*>(visit->form()->editor(QStringLiteral("risk_flag")));
    REQUIRE(risk != nullptr);
    risk->setFocus();
    QTest::keyClick(risk, Qt::Key_Space);
    typeInto(visit->form(), QStringLiteral("risk_note"),
             QStringLiteral("The child has not been at school for two weeks"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    Office::save(visit);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("risk")));
    auto* referral = o.dialog<ui::RecordDialog>();
    CHECK(referral->table() == QStringLiteral("referral"));
    CHECK(referral->windowTitle().contains(QStringLiteral("Mižigár")));
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    referral->reject();

    REQUIRE(o.window.actions()->run(QStringLiteral("review"), {QStringLiteral("plan"), plan}));
    auto* review = o.dialog<ui::RecordDialog>();
    typeInto(review->form(), QStringLiteral("summary"), QStringLiteral("Attends school again since the visit"));
    Office::save(review);
    REQUIRE(!review->isVisible());
    core::RecordStore store(o.t.db());
    CHECK(store.get(QStringLiteral("plan"), plan)->value(QStringLiteral("plan_version")).toInt() == 2);
    auto reviews = store.findBy(QStringLiteral("plan_review"), QStringLiteral("plan_id"), plan);
    REQUIRE(reviews->size() == 1);
    CHECK(reviews->first().text(QStringLiteral("next_review_date")) == QStringLiteral("2026-09-15"));
    o.window.openRecord({QStringLiteral("plan_review"), reviews->first().id});
    CHECK(o.window.detailView()->toPlainText().contains(QStringLiteral("Regular school attendance")));
}

TEST_CASE("A hand-over moves the key worker and a mistaken visit is withdrawn with a reason", "[ui][workflow]") {
    Office o;
    const QString shelterWorker = o.make.staff(QStringLiteral("Dušková Petra"), QStringLiteral("case_manager"));
    const QString household = o.make.household(o.village, QStringLiteral("Gaži"));
    const QString person = o.make.person(household, QStringLiteral("Gaži"), QStringLiteral("Marek"),
                                         QStringLiteral("1988-10-10"), {{QStringLiteral("case_manager_id"), o.erika}});
    REQUIRE(o.window.actions()->run(QStringLiteral("handover"), {QStringLiteral("person"), person}));
    auto* handover = o.dialog<ui::RecordDialog>();
    typeInto(handover->form(), QStringLiteral("from_service"), QStringLiteral("Field social work"));
    typeInto(handover->form(), QStringLiteral("to_service"), QStringLiteral("Asylum house Javorník"));
    pick(handover->form(), QStringLiteral("receiving_staff_id"), shelterWorker);
    Office::save(handover);
    REQUIRE(!handover->isVisible());
    core::RecordStore store(o.t.db());
    CHECK(store.get(QStringLiteral("person"), person)->text(QStringLiteral("case_manager_id")) == shelterWorker);
    const auto log = o.changes(QStringLiteral("person"), person);
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).fields.value(QStringLiteral("case_manager_id")).toArray().at(0).toString() == o.erika);
    CHECK(newValue(log.at(1), QStringLiteral("case_manager_id")) == shelterWorker);

    core::VisitWork visits(o.t.db());
    auto visit = visits.record({{{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                 {QStringLiteral("household_id"), household},
                                 {QStringLiteral("happened_at"), QStringLiteral("2026-06-14T09:00")}},
                                {},
                                {},
                                {}});
    REQUIRE(visit);
    REQUIRE(o.window.actions()->run(QStringLiteral("withdraw"), {QStringLiteral("activity"), *visit}));
    auto* note = qobject_cast<ui::NoteDialog*>(o.window.actions()->currentDialog());
    REQUIRE(note != nullptr);
    note->accept();
    CHECK(note->isVisible());
    CHECK(note->errorText().contains(QStringLiteral("why")));
    note->textField()->setFocus();
    test::typeText(note->textField(), QStringLiteral("Recorded for the wrong family"));
    note->accept();
    CHECK(!note->isVisible());
    auto later = visits.supersededBy(*visit);
    REQUIRE(!later->isEmpty());
    auto withdrawal = store.get(QStringLiteral("activity"), *later);
    CHECK(withdrawal->value(QStringLiteral("voided")).toInt() == 1);
    CHECK(withdrawal->text(QStringLiteral("observations")) == QStringLiteral("Recorded for the wrong family"));
    CHECK(o.changes(QStringLiteral("activity"), *visit).size() == 1);
}
