// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace fieldcase::core {

class Database;

// The records a laptop holds: the reference data of the programme (programme, localities, staff,
// facilities, group events), the households and people its worker manages, the records the laptop
// created, everything that belongs to those (plans, visits, consents...), and whatever those point
// at. Written to the temporary table temp.exchange_caseload(table_name, id) of the connection.
class Caseload {
public:
    static Result<qint64> fill(Database& db, const QString& staffId, const QString& deviceId);
    static Status drop(Database& db);
    static constexpr const char* kTable = "temp.exchange_caseload";
};

} // namespace fieldcase::core
