// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Lets Catch print Qt strings in failed checks.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& s) { return '[' + s.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch
