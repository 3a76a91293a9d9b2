// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PersonDirectory.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Text.h"

namespace fieldcase::core {

namespace {

const QString kColumns =
    QStringLiteral("SELECT p.id, p.sort_key, p.family_name, p.given_names, p.birth_date, h.name, l.name FROM ");
const QString kJoins =
    QStringLiteral(" LEFT JOIN household h ON h.id = p.household_id LEFT JOIN locality l ON l.id = h.locality_id ");
const QString kAllFirst = kColumns + QStringLiteral("person p") + kJoins +
                          QStringLiteral("WHERE p.deleted = 0 ORDER BY p.sort_key, p.id LIMIT ?");
const QString kAllAfter = kColumns + QStringLiteral("person p") + kJoins +
                          QStringLiteral("WHERE p.deleted = 0 AND (p.sort_key, p.id) > (?, ?) "
                                         "ORDER BY p.sort_key, p.id LIMIT ?");
const QString kMatchFirst = kColumns + QStringLiteral("person_fts f JOIN person p ON p.rid = f.rowid") + kJoins +
                            QStringLiteral("WHERE person_fts MATCH ? ORDER BY p.sort_key, p.id LIMIT ?");
const QString kMatchAfter = kColumns + QStringLiteral("person_fts f JOIN person p ON p.rid = f.rowid") + kJoins +
                            QStringLiteral("WHERE person_fts MATCH ? AND (p.sort_key, p.id) > (?, ?) "
                                           "ORDER BY p.sort_key, p.id LIMIT ?");
const QString kCountAll = QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0");
const QString kCountMatch = QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH ?");

} // namespace

PersonDirectory::PersonDirectory(Database& db)
    : m_db(db) {}

Result<QList<PersonRow>> PersonDirectory::page(const QString& query, const PersonRow* after, int limit) {
    const QString match = text::ftsPrefixQuery(query);
    if (match.isEmpty() && !query.trimmed().isEmpty()) {
        // Only punctuation was typed: nothing can match.
        return QList<PersonRow>();
    }
    const bool filtered = !match.isEmpty();
    Statement st(m_db, filtered ? (after ? kMatchAfter : kMatchFirst) : (after ? kAllAfter : kAllFirst));
    if (filtered) {
        st.bind(match);
    }
    if (after != nullptr) {
        st.bind(after->sortKey).bind(after->id);
    }
    st.bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<PersonRow> rows;
    rows.reserve(limit);
    while (st.next()) {
        rows.append({st.value(0).toString(), st.value(1).toString(), st.value(2).toString(), st.value(3).toString(),
                     st.value(4).toString(), st.value(5).toString(), st.value(6).toString()});
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return rows;
}

Result<int> PersonDirectory::count(const QString& query) {
    const QString match = text::ftsPrefixQuery(query);
    if (match.isEmpty() && !query.trimmed().isEmpty()) {
        return 0;
    }
    Statement st(m_db, match.isEmpty() ? kCountAll : kCountMatch);
    if (!match.isEmpty()) {
        st.bind(match);
    }
    auto n = st.scalar();
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

} // namespace fieldcase::core
