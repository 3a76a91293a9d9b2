// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTable.h"
#include "util/Result.h"

namespace fieldcase::core {

class Database;

// The two sets of ESF common indicators on participants: ESF+ 2021-2027 and ESF 2014-2020.
enum class EsfSet { Esf2021, Esf2014 };

// The ESF common indicators on participants for a period and place: columns code, label, women,
// men, non_binary, total, declined; the number columns count people.
class EsfReport {
public:
    static Result<ReportTable> table(Database& db, EsfSet set, const ReportScope& scope);
};

} // namespace fieldcase::core
