// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"

namespace fieldcase::core {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_began(db.begin())
    , m_open(m_began.ok()) {}

Transaction::~Transaction() {
    if (m_open) {
        m_db.rollback();
    }
}

Status Transaction::commit() {
    if (!m_began) {
        return m_began;
    }
    if (!m_open) {
        return makeError(ErrorCode::Storage, Database::tr("The change was already undone; nothing was stored."),
                         QStringLiteral("commit after rollback"));
    }
    m_open = false;
    if (auto s = m_db.commit(); !s) {
        // A failed COMMIT leaves SQLite's transaction open; undo it so the file is as before.
        ++m_db.m_depth;
        m_db.rollback();
        return s;
    }
    return {};
}

void Transaction::rollback() {
    if (m_open) {
        m_open = false;
        m_db.rollback();
    }
}

} // namespace fieldcase::core
