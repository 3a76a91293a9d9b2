// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of Merger (Merger.cpp, MergerFastPath.cpp, MergerReferences.cpp) share.
#pragma once

#include "exchange/Merger.h"
#include "exchange/RawStatement.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace fieldcase::core {

namespace merger {

inline const QString kOpCreate = QStringLiteral("create");
inline const QString kOpUpdate = QStringLiteral("update");
inline const QString kOpDelete = QStringLiteral("delete");

// "table/id", the key of a record in the merger's sets.
inline QString key(const QString& table, const QString& id) {
    return table + QLatin1Char('/') + id;
}

} // namespace merger

// The statements of one table: read a row, insert a whole row, and the updates of the fast path,
// one for each set of fields written (keyed by their indexes).
struct Merger::TableStatements {
    std::unique_ptr<RawStatement> select;
    std::unique_ptr<RawStatement> insert;
    std::unique_ptr<RawStatement> state;
    QHash<QByteArray, std::shared_ptr<RawStatement>> updates;
    // The slot of updates for a signature. Consecutive changes mostly write the same fields, so the
    // slot used last is kept; only this function adds to updates, and it takes the slot again when
    // it does, so the kept slot never points into storage a rehash has moved.
    std::shared_ptr<RawStatement>& updateSlot(const QByteArray& signature) {
        if (lastSlot == nullptr || signature != lastSignature) {
            lastSlot = &updates[signature];
            lastSignature = signature;
        }
        return *lastSlot;
    }
    QByteArray lastSignature;
    std::shared_ptr<RawStatement>* lastSlot = nullptr;
    // Records with special-category fields always fold from their history.
    bool sensitive = false;
    QList<int> sortIndexes; // of TableDef::sortFields in TableDef::fields
};

} // namespace fieldcase::core
