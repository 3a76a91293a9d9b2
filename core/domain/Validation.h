// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Schema.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace fieldcase::core {

class Clock;

// The rules of each table beyond the types of its fields: a birth date is not in the future,
// a plan's review is not before its start, an attendance names a person or a staff member.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Checks a full record in stored form; the error names the field at fault.
    static Status checkRecord(const Clock& clock, const TableDef& table, const QVariantMap& record,
                              const QString& id = {});
};

} // namespace fieldcase::core
