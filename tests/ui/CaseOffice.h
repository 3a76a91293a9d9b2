// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An office with a village and a worker, and the main window open on its database: the setting of
// the case-work GUI tests.
#include "Builders.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "CaseActions.h"
#include "MainWindow.h"
#include "dialogs/RecordDialog.h"
#include "domain/ChangeLog.h"
#include "storage/Statement.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPushButton>

namespace fieldcase::test {

struct Office {
    TestDatabase t;
    Builders make{t.db()};
    QString village = make.locality(QStringLiteral("Alsóberény"));
    QString erika = make.staff(QStringLiteral("Balogh Erika"));
    ui::MainWindow window{ui::AppContext{t.db(), erika}};

    Office() {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    template <typename D>
    D* dialog() {
        auto* d = qobject_cast<D*>(window.actions()->currentDialog());
        REQUIRE(d != nullptr);
        REQUIRE(d->isVisible());
        // Keystrokes and focus changes reach the form once it is the active window.
        REQUIRE(QTest::qWaitForWindowActive(d));
        test::activate(d);
        return d;
    }

    int count(const QString& sql) {
        core::Statement st(t.db(), sql);
        return st.scalar()->toInt();
    }

    QList<core::Change> changes(const QString& table, const QString& id) {
        auto log = core::ChangeLog(t.db()).forRecord(table, id);
        REQUIRE(log);
        return *log;
    }

    // After a form closes, the window takes the keyboard again (the form is gone at once).
    void backToWindow() {
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        activate();
    }
    void activate() { test::activate(&window); }

    static void save(ui::RecordDialog* d) {
        QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
};

inline QString newValue(const core::Change& c, const QString& field) {
    return c.fields.value(field).toArray().at(1).toVariant().toString();
}

} // namespace fieldcase::test
