// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"

namespace fieldcase::core {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_began(db.begin())
    , m_open(m_began.ok()) {
    if (!m_began) {
        // What the caller writes before it reaches commit() must not be stored piece by piece.
        if (m_db.m_refusals++ == 0) {
            m_db.m_refusal = m_began.error();
        }
        m_refusing = true;
    }
}

Transaction::~Transaction() {
    if (m_open) {
        m_db.rollback();
    }
    endRefusal();
}

void Transaction::endRefusal() {
    if (m_refusing) {
        m_refusing = false;
        --m_db.m_refusals;
    }
}

Status Transaction::commit() {
    if (!m_began) {
        endRefusal();
        return m_began;
    }
    if (!m_open) {
        return makeError(ErrorCode::Storage, Database::tr("The change was already undone; nothing was stored."),
                         QStringLiteral("commit after rollback"));
    }
    m_open = false;
    // Database::commit() closes this level also when it fails, rolling back what it held.
    return m_db.commit();
}

void Transaction::rollback() {
    if (m_open) {
        m_open = false;
        m_db.rollback();
    }
}

} // namespace fieldcase::core
