// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <vector>

namespace fieldcase::core {

struct TableDef;

// A record in the merger's sets of records (touched, pointed at, to fold again): its table and its
// id. An id in the canonical UUID form, which is every id a package may carry, is held as its 16
// bytes, so that a set of a million records is a set of small values, not of a million strings.
// Any other id is held as its text.
class RecordKey {
public:
    RecordKey() = default;
    RecordKey(const TableDef* table, QStringView id);

    const TableDef* table() const { return m_table; }
    // The id as written: for a UUID, its canonical lower-case text.
    QString id() const;
    // "table/id", as the merge's reports and conflicts name a record.
    QString text() const;

    bool operator==(const RecordKey& other) const = default;
    // An order for sorting lists of keys: by table, then UUIDs in id order, then other ids.
    bool operator<(const RecordKey& other) const;
    friend size_t qHash(const RecordKey& key, size_t seed = 0) noexcept {
        return key.m_uuid ? qHashMulti(seed, key.m_table, key.m_high, key.m_low)
                          : qHashMulti(seed, key.m_table, key.m_other);
    }

private:
    const TableDef* m_table = nullptr;
    quint64 m_high = 0;
    quint64 m_low = 0;
    bool m_uuid = false;
    QString m_other; // an id that is not a canonical UUID
};

// Sorts keys and drops the repeated ones.
void sortUnique(std::vector<RecordKey>* keys);

} // namespace fieldcase::core
