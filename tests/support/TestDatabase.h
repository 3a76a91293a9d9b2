// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace fieldcase::test {

// The day every test lives on, unless it moves the clock.
inline QDateTime testNow() {
    return QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC);
}

// A freshly migrated database in a temporary folder, on a clock the test controls.
class TestDatabase {
public:
    explicit TestDatabase(const QString& fileName = QStringLiteral("test.db"));

    core::Database& db() { return *m_db; }
    core::Database* operator->() { return m_db.get(); }
    core::ManualClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes and opens the file again, as a restart of the application would.
    void reopen();
    // Closes the database (for tests that then work on the file).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    core::ManualClock m_clock;
    std::unique_ptr<core::Database> m_db;
};

} // namespace fieldcase::test
