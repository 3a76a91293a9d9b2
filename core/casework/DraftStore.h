// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace fieldcase::core {

class Database;

// What a form held when it was last saved as a draft.
struct Draft {
    QString key;      // the form and what it is about: "person:new", "visit:new:<household id>"
    QString form;     // which form restores it ("person", "visit", ...)
    QString recordId; // the record being edited, empty for a new one
    QString title;    // what the user sees in the list of drafts
    QVariantMap values;
    QDateTime updatedAt;
};

// Unsaved form contents kept in the database file as the user types, so that a crash or a power
// cut loses at most the field being typed. Drafts are machine-local: never in the change log,
// never exported.
class DraftStore {
public:
    explicit DraftStore(Database& db);

    Status save(const Draft& draft);
    Result<std::optional<Draft>> load(const QString& key);
    Status discard(const QString& key);
    // Newest first.
    Result<QList<Draft>> all();

private:
    Database& m_db;
};

} // namespace fieldcase::core
