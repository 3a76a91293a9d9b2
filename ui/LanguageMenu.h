// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace fieldcase::ui {

// The choice of the interface language: "follow the system" or one of the languages Fieldcase
// exists in, each named in itself. The choice is saved and takes effect at the next start; the
// menu says so, because nothing on screen changes when it is picked.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& code);
};

} // namespace fieldcase::ui
