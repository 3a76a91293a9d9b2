// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"
#include "MessageBox.h"
#include "util/Language.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QWidget>

using namespace fieldcase;
using core::Language;

namespace {

QAction* actionNamed(QMenu& menu, const QString& text) {
    const QList<QAction*> actions = menu.actions();
    for (QAction* a : actions) {
        if (a->text() == text) {
            return a;
        }
    }
    return nullptr;
}

// Leaves the tests' settings as they were: following the system.
struct FollowSystemAfterwards {
    ~FollowSystemAfterwards() { Language::saveChoice({}); }
};

} // namespace

TEST_CASE("Choosing a language in the menu saves it and says it applies at the next start", "[ui][language]") {
    FollowSystemAfterwards restore;
    Language::saveChoice({});
    QWidget window;
    ui::LanguageMenu menu(&window);
    QAction* system = actionNamed(menu, QStringLiteral("&System language"));
    REQUIRE(system != nullptr);
    CHECK(system->isChecked());
    QAction* hungarian = actionNamed(menu, QStringLiteral("Magyar"));
    REQUIRE(hungarian != nullptr);
    CHECK_FALSE(hungarian->isChecked());

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    hungarian->trigger();
    CHECK(Language::savedChoice() == QStringLiteral("hu"));
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("next time it starts")));
    // Nothing on screen changes before the restart: the menu is still in the language it started in.
    CHECK(menu.title() == QStringLiteral("&Language"));

    ui::LanguageMenu reopened(&window);
    CHECK(actionNamed(reopened, QStringLiteral("Magyar"))->isChecked());
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    actionNamed(reopened, QStringLiteral("&System language"))->trigger();
    CHECK(Language::savedChoice().isEmpty());
}
