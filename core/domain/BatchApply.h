// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace fieldcase::core {

class Database;

struct BatchSummary {
    int created = 0;
    int updated = 0;
    int deleted = 0;
};

// Applies a batch file of operations, one JSON object a line:
//     {"op": "create"|"update"|"delete", "table": NAME, "id": ID, "fields": {...}}
// with the table and field names of the dump; an update of frozen entry data also needs
// "note": the reason for the correction. Every operation goes through RecordStore (the
// same validation and change log as the GUI), all in one transaction: a bad line is reported
// with its number and nothing of the batch is written.
class BatchApply {
    Q_DECLARE_TR_FUNCTIONS(BatchApply)

public:
    static Result<BatchSummary> apply(Database& db, QIODevice& input);
};

} // namespace fieldcase::core
