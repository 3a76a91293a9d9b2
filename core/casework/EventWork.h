// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QStringList>

namespace fieldcase::core {

class Database;

// Who attended a group event. Attendance is a fact: taking someone off the list records a
// correction (present = no) that supersedes their attendance, never a deletion.
class EventWork {
public:
    explicit EventWork(Database& db);

    struct Attendance {
        QStringList personIds;
        QStringList staffIds;
    };

    // The registered people and staff currently recorded as present.
    Result<Attendance> attendance(const QString& eventId);
    // Records the difference between the current attendance and the one given, in one
    // transaction; hours (when above zero) are recorded with each new attendance.
    Status setAttendance(const QString& eventId, const Attendance& present, double hours = 0);

private:
    Database& m_db;
};

} // namespace fieldcase::core
