// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// What the widgets of one open database need; handed down through constructors.
struct AppContext {
    core::Database& db;
};

} // namespace fieldcase::ui
