// SPDX-License-Identifier: GPL-3.0-or-later
// What json::readFieldPairs() must give: QJsonDocument's reading of a change's field values, as the
// merge read them before the hand reader. Header-only, for the tests and the fuzz target alike.
#pragma once

#include "util/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace fieldcase::test {

inline bool referenceFieldPairs(const QByteArray& text, core::json::FieldPairs* out) {
    out->clear();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        core::json::FieldPair pair;
        pair.name = it.key();
        const QJsonArray array = it.value().toArray();
        pair.isPair = it.value().isArray() && array.size() == 2;
        if (pair.isPair) {
            pair.before = array.at(0);
            pair.after = array.at(1);
        }
        out->append(pair);
    }
    return true;
}

// Empty when readFieldPairs() and QJsonDocument read the text alike, else what differs.
inline std::string fieldPairsDifference(const QByteArray& text) {
    const auto same = [](const QJsonValue& a, const QJsonValue& b) { return a.type() == b.type() && a == b; };
    core::json::FieldPairs got;
    core::json::FieldPairs want;
    const bool read = core::json::readFieldPairs(text, &got);
    const bool expected = referenceFieldPairs(text, &want);
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
