// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWriter.h"

#include "util/Clock.h"

namespace fieldcase::core::demo {

DemoWriter::DemoWriter(Database& db, ManualClock& clock)
    : m_clock(clock)
    , m_store(db) {}

QString DemoWriter::create(const QString& table, const QVariantMap& fields) {
    if (!m_status.ok()) {
        return {};
    }
    m_clock.advance(1);
    auto id = m_store.create(table, fields);
    if (!id) {
        fail(table, id.error());
        return {};
    }
    ++m_records;
    ++m_perTable[table];
    return *id;
}

void DemoWriter::update(const QString& table, const QString& id, const QVariantMap& changes) {
    if (!m_status.ok()) {
        return;
    }
    m_clock.advance(1);
    if (auto s = m_store.update(table, id, changes); !s) {
        fail(table, s.error());
    }
}

void DemoWriter::fail(const QString& table, const Error& error) {
    Error e = error;
    // The message stays RecordStore's; the detail says which demo record it refused.
    e.detail = QStringLiteral("demo %1: %2%3")
                   .arg(table, error.field.isEmpty() ? QString() : error.field + QStringLiteral(": "),
                        error.detail.isEmpty() ? error.message : error.detail);
    m_status = e;
}

} // namespace fieldcase::core::demo
