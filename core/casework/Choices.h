// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

struct Choice {
    QString id;
    QString label;
};

// Records offered in a pick list (a staff member, a locality, a household member, a plan's
// goals), each with the short label the user recognises it by.
class Choices {
    Q_DECLARE_TR_FUNCTIONS(Choices)

public:
    explicit Choices(Database& db);

    // Live records of the table, in label order; only those whose field holds the value when a
    // field (of the schema) is given.
    Result<QList<Choice>> list(const QString& table, const QString& field = {}, const QString& value = {},
                               int limit = 2000);
    // The label of one record, live or not (empty when there is none).
    QString label(const QString& table, const QString& id);
    // Whether the table has a label this class knows.
    static bool knows(const QString& table);

private:
    Database& m_db;
};

} // namespace fieldcase::core
