// SPDX-License-Identifier: GPL-3.0-or-later
// json::readFieldPairs() reads the common shape of field values by hand and must read them exactly as
// QJsonDocument does (readFieldPairsWithQJsonDocument()). Header-only, for the tests and the fuzz
// target alike.
#pragma once

#include "util/Json.h"

#include <string>

namespace fieldcase::test {

// Empty when readFieldPairs() and QJsonDocument read the text alike, else what differs.
inline std::string fieldPairsDifference(const QByteArray& text) {
    const auto same = [](const QJsonValue& a, const QJsonValue& b) { return a.type() == b.type() && a == b; };
    core::json::FieldPairs got;
    core::json::FieldPairs want;
    const bool read = core::json::readFieldPairs(text, &got);
    const bool expected = core::json::readFieldPairsWithQJsonDocument(text, &want);
    if (read != expected) {
        return "read " + std::to_string(read) + ", QJsonDocument " + std::to_string(expected);
    }
    if (!read) {
        return {};
    }
    if (got.size() != want.size()) {
        return "member count";
    }
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i].name != want[i].name || got[i].isPair != want[i].isPair || !same(got[i].before, want[i].before) ||
            !same(got[i].after, want[i].after)) {
            return "member " + want[i].name.toStdString();
        }
    }
    return {};
}

} // namespace fieldcase::test
