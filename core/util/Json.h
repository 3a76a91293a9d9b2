// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

namespace fieldcase::core::json {

// Compact JSON with object keys in sorted order and numbers in their shortest exact form:
// the same value always gives the same bytes, so dumps can be compared with diff or a hash.
QByteArray canonical(const QJsonValue& value);

// A JSON string literal, quotes included; non-ASCII text stays UTF-8.
QByteArray quoted(const QString& text);

// One member of a change's field values, {"name": [old, new], ...}.
struct FieldPair {
    QString name;
    QJsonValue before;
    QJsonValue after;
    bool isPair = true; // false: the member is not an array of two values (before and after unset)
};
using FieldPairs = QVarLengthArray<FieldPair, 8>;

// Reads a change's field values, members sorted by name (as QJsonObject keeps them); false when the
// text is not a JSON object. The common shape is read by hand, as QJsonDocument would read it: plain
// ASCII names, each with an array of two scalars (strings without escapes, whole numbers of up to
// 15 digits, true, false, null). Anything else (escapes, fractions, nested values, a repeated
// name) goes to QJsonDocument itself, so the outcome is always QJsonDocument's.
bool readFieldPairs(const QByteArray& text, FieldPairs* out);
// The same, read by QJsonDocument alone (what readFieldPairs() falls back to).
bool readFieldPairsWithQJsonDocument(const QByteArray& text, FieldPairs* out);

} // namespace fieldcase::core::json
