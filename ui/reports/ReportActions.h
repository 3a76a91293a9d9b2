// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

class QMenu;

namespace fieldcase::ui {

class MainWindow;

// The one hook of the reports into the main window: fills the (empty) "Reports" menu the window
// made for them with the programme dashboard (Ctrl+Shift+D), which stays open beside the window
// and shows there the records behind its numbers.
void installReportActions(MainWindow& window, QMenu* menu, AppContext context);

} // namespace fieldcase::ui
