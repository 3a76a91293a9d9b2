// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace fieldcase::core::json {

// Compact JSON with object keys in sorted order and numbers in their shortest exact form:
// the same value always gives the same bytes, so dumps can be compared with diff or a hash.
QByteArray canonical(const QJsonValue& value);

// A JSON string literal, quotes included; non-ASCII text stays UTF-8.
QByteArray quoted(const QString& text);

} // namespace fieldcase::core::json
