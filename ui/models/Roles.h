// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

namespace fieldcase::ui {

// Item data roles shared by the list models, so that a page can open any row's record.
enum ListRole {
    IdRole = Qt::UserRole + 1, // the id of the row's record
    TableRole,                 // the table of the row's record
    SubjectTableRole,          // what opening the row shows (a visit due opens its household)
    SubjectIdRole,
};

// A record the user is looking at.
struct RecordRef {
    QString table;
    QString id;
    bool isValid() const { return !table.isEmpty() && !id.isEmpty(); }
    bool operator==(const RecordRef&) const = default;
};

} // namespace fieldcase::ui
