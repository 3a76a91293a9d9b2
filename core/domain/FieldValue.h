// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Schema.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QVariant>

namespace fieldcase::core::values {

// Converts a value from a widget, a batch file or code into the form stored in the database:
// text trimmed (empty becomes null), dates as yyyy-MM-dd, booleans as 0/1, JSON as compact
// text. Refused with a translated message that names the field when the value does not fit.
Result<QVariant> normalize(const FieldDef& field, const QVariant& input);

// The stored value as it appears in the dump, the change log and batch files.
QJsonValue toJson(const FieldDef& field, const QVariant& stored);

// A JSON value from a batch file or change log, as input for normalize().
QVariant fromJson(const FieldDef& field, const QJsonValue& value);

// A stored value as the user sees it (dates in the locale's short form with a four-digit
// year, enum values by their label).
QString display(const FieldDef& field, const QVariant& stored);

bool isEmpty(const QVariant& stored);

} // namespace fieldcase::core::values
