// SPDX-License-Identifier: GPL-3.0-or-later
// The stored databases of tests/data (see its README), copied where a test may change them.
// For test suites only: FIELDCASE_TEST_DATA is defined per suite.
#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace fieldcase::test {

// A writable copy of tests/data/fileName in dir; the test stops if it cannot be made.
inline QString storedCopy(const QTemporaryDir& dir, const QString& fileName) {
    const QString path = dir.filePath(fileName);
    REQUIRE(QFile::copy(QStringLiteral(FIELDCASE_TEST_DATA "/") + fileName, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace fieldcase::test
