// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QString>

class QMainWindow;
class QMenu;
class QWidget;

namespace fieldcase::ui {

// The one hook of the exchange into the main window: fills the (empty) "Exchange" menu the window
// made for it with actions that fit the
// database's role (a laptop exports and merges its return packages; the central copy enrols
// laptops, merges their files, decides conflicts and duplicates, writes return packages; a new
// database can join a programme), and exchange files dropped on the window open the merge dialog.
void installExchangeActions(QMainWindow& window, QMenu* menu, AppContext context);

// Writes the laptop's export to path; returns the message for the user (also when there was
// nothing new). Shown in the status bar by the menu action. With again, every change made on the
// laptop, in a file that stands in for all earlier ones (when one was lost).
QString exportChanges(AppContext context, const QString& path, bool* ok = nullptr, bool again = false);

} // namespace fieldcase::ui
