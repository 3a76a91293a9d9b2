// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace fieldcase::core {

class Database;

// A write transaction (or, when one is already open, a savepoint inside it) that is rolled
// back when the guard goes out of scope without commit():
//     Transaction tx(db); ...; return tx.commit();
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Fails when the transaction could not begin or SQLite refuses the commit; in both cases
    // nothing of it is stored.
    Status commit();
    void rollback();

    // Whether the transaction began; when it did not, the database refuses writes until commit() or
    // the end of the guard, and commit() returns this error.
    const Status& began() const { return m_began; }

private:
    void endRefusal();

    Database& m_db;
    Status m_began;
    bool m_open = false;
    bool m_refusing = false;
};

} // namespace fieldcase::core
