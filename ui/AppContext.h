// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// What the widgets of one open database need; handed down through constructors.
struct AppContext {
    core::Database& db;
    // The staff member using the laptop (whose account name is the database user), when known:
    // "my caseload", the author of new visits, the case manager of new plans.
    QString staffId = {};
};

} // namespace fieldcase::ui
