// SPDX-License-Identifier: GPL-3.0-or-later
// Every form of the case work is usable from the keyboard: each Alt+letter of a dialog is used
// once and moves to its field, and Tab walks the fields in the order the form shows them.
#include "CaseOffice.h"

#include "MessageBox.h"
#include "casework/ReferralWork.h"
#include "casework/VisitWork.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/StatusDialog.h"
#include "widgets/Mnemonics.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>

using namespace fieldcase;

namespace {

struct Mnemonic {
    QWidget* widget;
    QString text;
};

// Labels, buttons and group boxes of the dialog itself (not of a dialog opened over it), shown
// or not yet shown, that carry an Alt+letter.
QHash<QChar, QList<Mnemonic>> mnemonics(QDialog* dialog) {
    QHash<QChar, QList<Mnemonic>> found;
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (w->window() != dialog) {
            continue;
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            text = box->title();
        }
        if (const QChar letter = ui::mnemonicLetter(text); !letter.isNull()) {
            found[letter].append({w, text});
        }
    }
    return found;
}

void checkMnemonics(QDialog* dialog) {
    const auto found = mnemonics(dialog);
    CHECK(!found.isEmpty());
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        QStringList texts;
        for (const Mnemonic& m : it.value()) {
            texts.append(m.text);
        }
        INFO("Alt+" << QString(it.key()).toStdString() << ": " << texts.join(QStringLiteral(" | ")).toStdString());
        CHECK(it.value().size() == 1);
        for (const Mnemonic& m : it.value()) {
            if (auto* label = qobject_cast<QLabel*>(m.widget)) {
                CHECK(label->buddy() != nullptr);
                // Alt+letter takes the keyboard to the field the label names.
                if (label->buddy() && label->isVisible() && label->buddy()->isEnabled() && it.value().size() == 1) {
                    QTest::keyClick(dialog, char(it.key().unicode()), Qt::AltModifier);
                    QWidget* focus = QApplication::focusWidget();
                    CHECK((focus == label->buddy() || label->buddy()->isAncestorOf(focus) ||
                           focus == label->buddy()->focusProxy()));
                }
            }
        }
    }
}

// Where each widget that takes the keyboard sits in the dialog, before anything scrolls.
QHash<QWidget*, QRect> places(QDialog* dialog) {
    QHash<QWidget*, QRect> at;
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (w->window() == dialog && w->isVisible() && (w->focusPolicy() & Qt::TabFocus)) {
            at.insert(w, QRect(w->mapTo(dialog, QPoint(0, 0)), w->size()));
        }
    }
    return at;
}

// The widgets Tab visits from the first one until it comes back to it.
QList<QWidget*> tabWalk(QWidget* first) {
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget*> walk = {QApplication::focusWidget()};
    REQUIRE(walk.first() != nullptr);
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == walk.first()) {
            return walk;
        }
        REQUIRE(!walk.contains(now));
        walk.append(now);
    }
    FAIL("Tab never came back to the first field");
    return walk;
}

// Tab goes down the dialog: each next widget is below the one before, or in a column to its
// right (side-by-side lists, the buttons of a row).
void checkTabOrder(QDialog* dialog, QWidget* first, ui::FieldForm* form = nullptr) {
    const auto at = places(dialog);
    const QList<QWidget*> walk = tabWalk(first);
    for (qsizetype i = 1; i < walk.size(); ++i) {
        const QRect before = at.value(walk.at(i - 1));
        const QRect now = at.value(walk.at(i));
        INFO(walk.at(i - 1)->metaObject()->className()
             << " " << walk.at(i - 1)->accessibleName().toStdString() << " -> " << walk.at(i)->metaObject()->className()
             << " " << walk.at(i)->accessibleName().toStdString());
        CHECK((now.top() >= before.top() || now.left() >= before.right()));
    }
    if (!form) {
        return;
    }
    // The form's fields come first, each once, in the form's order.
    QStringList fields;
    for (QWidget* w : walk) {
        for (const QString& field : form->fields()) {
            QWidget* editor = form->editor(field);
            if (w == editor || editor->isAncestorOf(w)) {
                fields.append(field);
            }
        }
    }
    CHECK(fields == form->fields());
    CHECK(walk.size() > fields.size());
}

void close(QDialog* dialog, bool dirty) {
    if (dirty) {
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    }
    dialog->reject();
    REQUIRE(!dialog->isVisible());
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void checkForm(ui::RecordDialog* dialog) {
    INFO("Form: " << dialog->windowTitle().toStdString());
    test::activate(dialog);
    checkMnemonics(dialog);
    ui::FieldForm* form = dialog->form();
    checkTabOrder(dialog, form->editor(form->fields().first()), form);
}

} // namespace

TEST_CASE("Every case-work form has one field per Alt+letter and Tab walks it top to bottom", "[ui][keyboard]") {
    test::Office o;
    const QString household = o.make.household(o.village, QStringLiteral("Lakatos"));
    const QString person =
        o.make.person(household, QStringLiteral("Lakatos"), QStringLiteral("Ágnes"), QStringLiteral("1984-02-11"));
    const QString plan = o.make.individualPlan(person);
    o.make.goal(plan, QStringLiteral("Register at the job centre"), QStringLiteral("employment"));
    const QString staff = o.make.staff(QStringLiteral("Oláh József"), QStringLiteral("experience_expert"));
    ui::CaseActions* actions = o.window.actions();
    const ui::RecordRef theHousehold{QStringLiteral("household"), household};
    const ui::RecordRef thePerson{QStringLiteral("person"), person};
    const ui::RecordRef thePlan{QStringLiteral("plan"), plan};

    const QList<std::function<bool()>> opens = {
        [&] { return actions->newHousehold(o.village) != nullptr; },
        [&] { return actions->newPerson(household) != nullptr; },
        [&] { return actions->run(QStringLiteral("edit"), thePerson); },
        [&] { return actions->run(QStringLiteral("edit"), theHousehold); },
        [&] { return actions->run(QStringLiteral("plan"), theHousehold); },
        [&] { return actions->run(QStringLiteral("need"), thePlan); },
        [&] { return actions->run(QStringLiteral("goal"), thePlan); },
        [&] { return actions->run(QStringLiteral("action"), thePlan); },
        [&] { return actions->run(QStringLiteral("review"), thePlan); },
        [&] { return actions->run(QStringLiteral("visit"), theHousehold); },
        [&] { return actions->run(QStringLiteral("visit"), thePerson); },
        [&] { return actions->newEvent() != nullptr; },
        [&] { return actions->run(QStringLiteral("refer"), thePerson); },
        [&] { return actions->run(QStringLiteral("handover"), thePerson); },
        [&] { return actions->run(QStringLiteral("consent"), thePerson); },
        [&] { return actions->run(QStringLiteral("entry"), thePerson); },
        [&] { return actions->run(QStringLiteral("exit"), thePerson); },
        [&] { return actions->newRecord(QStringLiteral("staff")) != nullptr; },
        [&] {
            return actions->run(QStringLiteral("training"), {QStringLiteral("staff"), staff});
        },
        [&] { return actions->newRecord(QStringLiteral("locality")) != nullptr; },
    };
    for (const auto& open : opens) {
        REQUIRE(open());
        auto* dialog = qobject_cast<ui::RecordDialog*>(actions->currentDialog());
        REQUIRE(dialog != nullptr);
        checkForm(dialog);
        if (auto* planDialog = qobject_cast<ui::PlanDialog*>(dialog)) {
            // The need, goal and service forms the plan opens over itself.
            for (QPushButton* add :
                 {planDialog->addNeedButton(), planDialog->addGoalButton(), planDialog->addActionButton()}) {
                QTest::mouseClick(add, Qt::LeftButton);
                ui::RecordDialog* part = planDialog->partDialog();
                REQUIRE(part != nullptr);
                checkForm(part);
                close(part, part->isDirty());
            }
        }
        close(dialog, dialog->isDirty());
        o.backToWindow();
    }
}

TEST_CASE("The referral status and withdrawal dialogs have one field per Alt+letter and a top-to-bottom Tab",
          "[ui][keyboard]") {
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
    auto visit =
        core::VisitWork(o.t.db()).record({{{QStringLiteral("kind"), QStringLiteral("home_visit")},
                                           {QStringLiteral("household_id"), household},
                                           {QStringLiteral("happened_at"), QStringLiteral("2026-06-14T09:00")}},
                                          {},
                                          {},
                                          {}});
    REQUIRE(visit);

    REQUIRE(o.window.actions()->run(QStringLiteral("status"), {QStringLiteral("referral"), *referral}));
    auto* status = o.dialog<ui::StatusDialog>();
    checkMnemonics(status);
    checkTabOrder(status, status->statusBox());
    close(status, status->isDirty());
    o.backToWindow();

    REQUIRE(o.window.actions()->run(QStringLiteral("withdraw"), {QStringLiteral("activity"), *visit}));
    auto* note = o.dialog<ui::NoteDialog>();
    checkMnemonics(note);
    checkTabOrder(note, note->textField());
    close(note, note->isDirty());
}
