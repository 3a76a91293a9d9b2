// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Search.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Text.h"

namespace fieldcase::core {

namespace {

const QString kPeople = QStringLiteral("SELECT p.id, p.family_name, p.given_names, p.birth_date, h.name, l.name "
                                       "FROM person_fts f JOIN person p ON p.rid = f.rowid "
                                       "LEFT JOIN household h ON h.id = p.household_id "
                                       "LEFT JOIN locality l ON l.id = h.locality_id "
                                       "WHERE person_fts MATCH ? ORDER BY p.sort_key, p.id LIMIT ?");

const QString kHouseholds =
    QStringLiteral("SELECT h.id, h.name, h.address, l.name FROM household_fts f JOIN household h ON h.rid = f.rowid "
                   "LEFT JOIN locality l ON l.id = h.locality_id "
                   "WHERE household_fts MATCH ? ORDER BY h.sort_key, h.id LIMIT ?");

const QString kLocalities =
    QStringLiteral("SELECT l.id, l.name, l.municipality, l.county, l.country FROM locality_fts f "
                   "JOIN locality l ON l.rid = f.rowid WHERE locality_fts MATCH ? ORDER BY l.sort_key, l.id LIMIT ?");

QString joinNonEmpty(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty()) {
            kept.append(p);
        }
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace

Search::Search(Database& db)
    : m_db(db) {}

Result<QList<SearchHit>> Search::people(const QString& query, int limit) {
    const QString match = text::ftsPrefixQuery(query);
    if (match.isEmpty()) {
        return QList<SearchHit>();
    }
    Statement st(m_db, kPeople);
    st.bind(match).bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    const FieldDef* birth = Schema::instance().table(QStringLiteral("person"))->field(QStringLiteral("birth_date"));
    QList<SearchHit> hits;
    while (st.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Person;
        hit.id = st.value(0).toString();
        hit.title = st.value(1).toString() + QLatin1Char(' ') + st.value(2).toString();
        hit.subtitle =
            joinNonEmpty({values::display(*birth, st.value(3)), st.value(4).toString(), st.value(5).toString()});
        hits.append(hit);
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return hits;
}

Result<QList<SearchHit>> Search::households(const QString& query, int limit) {
    const QString match = text::ftsPrefixQuery(query);
    if (match.isEmpty()) {
        return QList<SearchHit>();
    }
    Statement st(m_db, kHouseholds);
    st.bind(match).bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<SearchHit> hits;
    while (st.next()) {
        hits.append({SearchHit::Kind::Household, st.value(0).toString(), st.value(1).toString(),
                     joinNonEmpty({st.value(2).toString(), st.value(3).toString()})});
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return hits;
}

Result<QList<SearchHit>> Search::localities(const QString& query, int limit) {
    const QString match = text::ftsPrefixQuery(query);
    if (match.isEmpty()) {
        return QList<SearchHit>();
    }
    Statement st(m_db, kLocalities);
    st.bind(match).bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<SearchHit> hits;
    while (st.next()) {
        const QString municipality = st.value(2).toString();
        hits.append({SearchHit::Kind::Locality, st.value(0).toString(), st.value(1).toString(),
                     joinNonEmpty({municipality == st.value(1).toString() ? QString() : municipality,
                                   st.value(3).toString(), Schema::instance().enumLabel(st.value(4).toString())})});
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return hits;
}

Result<QList<SearchHit>> Search::everything(const QString& query, int limit) {
    auto found = people(query, limit);
    if (!found) {
        return found;
    }
    auto homes = households(query, std::max(5, limit / 5));
    if (!homes) {
        return homes;
    }
    auto places = localities(query, std::max(5, limit / 10));
    if (!places) {
        return places;
    }
    QList<SearchHit> all = *found;
    all += *homes;
    all += *places;
    return all;
}

} // namespace fieldcase::core
