// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "MessageBox.h"
#include "util/Language.h"

#include <QActionGroup>

namespace fieldcase::ui {

using core::Language;

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent) {
    QAction* note = addAction(tr("Takes effect at the next start"));
    note->setEnabled(false);
    addSeparator();

    auto* group = new QActionGroup(this);
    const QString saved = Language::normalise(Language::savedChoice());
    QAction* system = addAction(tr("&System language"));
    system->setCheckable(true);
    system->setChecked(saved.isEmpty());
    group->addAction(system);
    connect(system, &QAction::triggered, this, [this] { choose({}); });
    const QStringList codes = Language::supported();
    for (const QString& code : codes) {
        QAction* action = addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

void LanguageMenu::choose(const QString& code) {
    Language::saveChoice(code);
    const QString name = code.isEmpty() ? tr("the system language") : Language::nativeName(code);
    QString text = tr("Fieldcase will use %1 the next time it starts.").arg(name);
    if (!qEnvironmentVariableIsEmpty(Language::kEnvironmentVariable)) {
        text += QLatin1Char('\n') + tr("The %1 environment variable is set on this computer and takes precedence.")
                                        .arg(QString::fromLatin1(Language::kEnvironmentVariable));
    }
    MessageBox::information(parentWidget(), tr("Language"), text);
}

} // namespace fieldcase::ui
