// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <stdexcept>

namespace fieldcase::test {

TestDatabase::TestDatabase(const QString& fileName)
    : m_path(m_dir.filePath(fileName))
    , m_clock(testNow()) {
    reopen();
}

void TestDatabase::reopen() {
    m_db.reset();
    core::DatabaseOptions options;
    options.clock = &m_clock;
    options.user = QStringLiteral("tester");
    auto opened = core::Database::open(m_path, options);
    if (!opened) {
        throw std::runtime_error(opened.error().toString().toStdString());
    }
    m_db = std::move(*opened);
}

} // namespace fieldcase::test
