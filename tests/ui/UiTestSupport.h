// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/FieldForm.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace fieldcase::test {

// Keystrokes for any text: QTest::keyClicks only knows ASCII, and names here have accents.
inline void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Types into whatever has the keyboard focus now (an editor a table or list opened itself).
inline void typeIntoFocus(const QString& text) {
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    typeText(focus, text);
}

// Makes the widget's window the active one, as a user's click into it would.
inline void activate(QWidget* widget) {
    QWidget* window = widget->window();
    if (QApplication::activeWindow() != window) {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        // The offscreen platform may leave the application's active window on the window a
        // form was opened over; keys and Tab follow that one.
        QApplication::setActiveWindow(window);
    }
    REQUIRE(QApplication::activeWindow() == window);
}

// Types into a form's field as a user would: focus, then keystrokes.
inline void typeInto(ui::FieldForm* form, const QString& field, const QString& text) {
    QWidget* editor = form->editor(field);
    REQUIRE(editor != nullptr);
    activate(editor);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setFocus();
        line->selectAll();
        typeText(line, text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        plain->setFocus();
        typeText(plain, text);
    } else {
        FAIL("not a text field: " << field.toStdString());
    }
}

// Chooses an entry of a drop-down field by its stored value, with the keyboard.
inline void choose(ui::FieldForm* form, const QString& field, const QString& value) {
    auto* combo = qobject_cast<QComboBox*>(form->editor(field));
    REQUIRE(combo != nullptr);
    const int at = combo->findData(value);
    REQUIRE(at >= 0);
    combo->setFocus();
    while (combo->currentIndex() < at) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    while (combo->currentIndex() > at) {
        QTest::keyClick(combo, Qt::Key_Up);
    }
    REQUIRE(combo->currentIndex() == at);
}

// Chooses a record in a drop-down reference field (staff, locality), with the keyboard.
inline void pick(ui::FieldForm* form, const QString& field, const QString& id) {
    auto* picker = qobject_cast<ui::RecordPicker*>(form->editor(field));
    REQUIRE(picker != nullptr);
    auto* combo = qobject_cast<QComboBox*>(picker->focusTarget());
    REQUIRE(combo != nullptr);
    const int at = combo->findData(id, Qt::UserRole + 1);
    REQUIRE(at >= 0);
    combo->setFocus();
    while (combo->currentIndex() < at) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    REQUIRE(picker->id() == id);
}

// Finds a person or household in a searchable reference field by typing part of the name and
// taking the first match offered.
inline void findAndPick(ui::RecordPicker* picker, const QString& typed) {
    REQUIRE(picker->searchable());
    picker->lineEdit()->setFocus();
    typeText(picker->lineEdit(), typed);
    QAbstractItemView* popup = picker->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(!picker->id().isEmpty());
}

// Ticks or unticks the entry of a check list whose text starts with the given text, with the
// keyboard: the list takes the focus, the arrow keys go to the entry, Space ticks it.
inline void toggleEntry(QListWidget* list, const QString& text) {
    int row = -1;
    for (int i = 0; i < list->count() && row < 0; ++i) {
        if (list->item(i)->text().startsWith(text)) {
            row = i;
        }
    }
    REQUIRE(row >= 0);
    activate(list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    while (list->currentRow() < row) {
        QTest::keyClick(list, Qt::Key_Down);
    }
    REQUIRE(list->currentRow() == row);
    const Qt::CheckState before = list->item(row)->checkState();
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(list->item(row)->checkState() != before);
}

} // namespace fieldcase::test
