// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/CaseLists.h"

#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

#include <functional>

namespace fieldcase::core {

namespace {

// Every list selects: id, sort key, subject table, subject id, then its raw cells. The key is
// never null, so that (key, id) orders rows totally and a page can start after any row.
struct ListSql {
    QString select; // SELECT ... FROM ... WHERE ...
    QString key;    // the sort key expression
    bool descending = false;
    QString idColumn;
    QString filter; // added, with its one placeholder, when the query names a filterId
    QString count;  // a cheaper count than counting the list's rows, where there is one
};

const QString kPersonName = QStringLiteral("trim(coalesce(pp.family_name, '') || ' ' || coalesce(pp.given_names, ''))");
const QString kSubjectName = QStringLiteral("coalesce(hh.name, ") + kPersonName + QStringLiteral(")");
// The visit or service is in force: not corrected or withdrawn by a later record.
const QString kInForce = QStringLiteral(
    " AND coalesce(a.voided, 0) = 0 AND NOT EXISTS (SELECT 1 FROM activity c WHERE c.supersedes_id = a.id) ");

const QHash<int, ListSql>& lists() {
    static const QHash<int, ListSql> all = {
        {int(CaseList::Households),
         {QStringLiteral("SELECT h.id, h.sort_key, 'household', h.id, h.name, h.address, l.name, "
                         "(SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.deleted = 0), s.full_name "
                         "FROM household h LEFT JOIN locality l ON l.id = h.locality_id "
                         "LEFT JOIN staff s ON s.id = h.case_manager_id WHERE h.deleted = 0 "),
          QStringLiteral("h.sort_key"),
          false,
          QStringLiteral("h.id"),
          QStringLiteral(" AND h.locality_id = ? "),
          {}}},
        {int(CaseList::Localities),
         {QStringLiteral("SELECT l.id, l.sort_key, 'locality', l.id, l.name, l.municipality, l.county, l.country, "
                         "(SELECT count(*) FROM household h WHERE h.locality_id = l.id AND h.deleted = 0) "
                         "FROM locality l WHERE l.deleted = 0 "),
          QStringLiteral("l.sort_key"),
          false,
          QStringLiteral("l.id"),
          {},
          {}}},
        {int(CaseList::Plans),
         {QStringLiteral("SELECT pl.id, pl.start_date, 'plan', pl.id, pl.start_date, pl.kind, ") + kSubjectName +
              QStringLiteral(", pl.title, pl.status, pl.next_review_date, s.full_name FROM plan pl "
                             "LEFT JOIN household hh ON hh.id = pl.household_id "
                             "LEFT JOIN person pp ON pp.id = pl.person_id "
                             "LEFT JOIN staff s ON s.id = pl.case_manager_id WHERE pl.deleted = 0 "),
          QStringLiteral("pl.start_date"),
          true,
          QStringLiteral("pl.id"),
          {},
          {}}},
        {int(CaseList::Visits),
         {QStringLiteral("SELECT a.id, a.happened_at, 'activity', a.id, a.happened_at, a.kind, ") + kSubjectName +
              QStringLiteral(", a.place, s.full_name, a.minutes, a.risk_flag FROM activity a "
                             "LEFT JOIN household hh ON hh.id = a.household_id "
                             "LEFT JOIN person pp ON pp.id = a.person_id "
                             "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.deleted = 0 ") +
              kInForce,
          QStringLiteral("a.happened_at"),
          true,
          QStringLiteral("a.id"),
          {},
          // In force: every visit, less the withdrawals and the records a later one supersedes;
          // counted from indexes instead of testing each of a million rows.
          QStringLiteral("SELECT (SELECT count(*) FROM activity WHERE deleted = 0) "
                         "- (SELECT count(*) FROM activity WHERE deleted = 0 AND voided = 1) "
                         "- (SELECT count(DISTINCT supersedes_id) FROM activity WHERE deleted = 0 "
                         "AND supersedes_id IS NOT NULL)")}},
        {int(CaseList::Events),
         {QStringLiteral("SELECT e.id, e.event_date, 'event', e.id, e.event_date, e.kind, e.title, e.place, "
                         "(SELECT count(*) FROM attendance t WHERE t.event_id = e.id AND t.deleted = 0 "
                         "AND coalesce(t.present, 1) = 1 AND NOT EXISTS (SELECT 1 FROM attendance c "
                         "WHERE c.supersedes_id = t.id)), e.external_guests FROM event e WHERE e.deleted = 0 "),
          QStringLiteral("e.event_date"),
          true,
          QStringLiteral("e.id"),
          {},
          {}}},
        {int(CaseList::Staff),
         {QStringLiteral("SELECT s.id, s.sort_key, 'staff', s.id, s.full_name, s.role, s.is_experience_expert, "
                         "(SELECT total(t.hours) FROM staff_training t WHERE t.staff_id = s.id AND t.deleted = 0), "
                         "s.active FROM staff s WHERE s.deleted = 0 "),
          QStringLiteral("s.sort_key"),
          false,
          QStringLiteral("s.id"),
          {},
          {}}},
        {int(CaseList::Referrals),
         {QStringLiteral("SELECT r.id, r.sent_date, 'referral', r.id, r.sent_date, r.kind, ") + kSubjectName +
              QStringLiteral(", r.from_service, r.to_service, r.status FROM referral r "
                             "LEFT JOIN household hh ON hh.id = r.household_id "
                             "LEFT JOIN person pp ON pp.id = r.person_id WHERE r.deleted = 0 "),
          QStringLiteral("r.sent_date"),
          true,
          QStringLiteral("r.id"),
          {},
          {}}},
        {int(CaseList::Caseload),
         {QStringLiteral("SELECT pp.id, pp.sort_key, 'person', pp.id, ") + kPersonName +
              QStringLiteral(", pp.birth_date, hh.name, l.name FROM person pp "
                             "LEFT JOIN household hh ON hh.id = pp.household_id "
                             "LEFT JOIN locality l ON l.id = hh.locality_id WHERE pp.deleted = 0 "
                             "AND (pp.case_manager_id = ? OR hh.case_manager_id = ?) "),
          QStringLiteral("pp.sort_key"),
          false,
          QStringLiteral("pp.id"),
          {},
          {}}},
        {int(CaseList::OverdueReviews),
         {QStringLiteral("SELECT pl.id, pl.next_review_date, 'plan', pl.id, pl.next_review_date, pl.kind, ") +
              kSubjectName +
              QStringLiteral(", pl.title, pl.status, s.full_name FROM plan pl "
                             "LEFT JOIN household hh ON hh.id = pl.household_id "
                             "LEFT JOIN person pp ON pp.id = pl.person_id "
                             "LEFT JOIN staff s ON s.id = pl.case_manager_id WHERE pl.deleted = 0 "
                             "AND pl.status IN ('active', 'awaiting_signature') AND pl.next_review_date < ? "),
          QStringLiteral("pl.next_review_date"),
          false,
          QStringLiteral("pl.id"),
          {},
          {}}},
        {int(CaseList::VisitsDue),
         {QStringLiteral("SELECT a.id, a.next_visit_date, coalesce(a.household_id, a.person_id) IS a.household_id, "
                         "coalesce(a.household_id, a.person_id), a.next_visit_date, ") +
              kSubjectName +
              QStringLiteral(", l.name, a.happened_at, s.full_name FROM activity a "
                             "LEFT JOIN household hh ON hh.id = a.household_id "
                             "LEFT JOIN person pp ON pp.id = a.person_id "
                             "LEFT JOIN locality l ON l.id = hh.locality_id "
                             "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.deleted = 0 "
                             "AND a.next_visit_date >= ? AND a.next_visit_date <= ? ") +
              kInForce +
              QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM activity b WHERE b.deleted = 0 "
                             "AND b.household_id = a.household_id AND b.happened_at > a.happened_at) "
                             "AND NOT EXISTS (SELECT 1 FROM activity b WHERE a.household_id IS NULL AND b.deleted = 0 "
                             "AND b.person_id = a.person_id AND b.happened_at > a.happened_at) "),
          QStringLiteral("a.next_visit_date"),
          false,
          QStringLiteral("a.id"),
          {},
          {}}},
    };
    return all;
}

QString filtered(const ListSql& l, bool withFilter) {
    return withFilter ? l.select + l.filter : l.select;
}

QString pageSql(const ListSql& l, bool withFilter) {
    const QString direction = l.descending ? QStringLiteral(" DESC") : QString();
    return filtered(l, withFilter) + QStringLiteral(" AND (") + l.key + QStringLiteral(", ") + l.idColumn +
           (l.descending ? QStringLiteral(") < (?, ?)") : QStringLiteral(") > (?, ?)")) + QStringLiteral(" ORDER BY ") +
           l.key + direction + QStringLiteral(", ") + l.idColumn + direction + QStringLiteral(" LIMIT ?");
}

QString countSql(const ListSql& l, bool withFilter) {
    if (!l.count.isEmpty() && !withFilter) {
        return l.count;
    }
    return QStringLiteral("SELECT count(*) FROM (") + filtered(l, withFilter) + QStringLiteral(")");
}

// The values of the list's own placeholders, in order, before the keyset ones.
void bindParameters(Statement& st, const CaseListQuery& query, const ListSql& l) {
    switch (query.list) {
    case CaseList::Caseload:
        st.bind(query.filterId).bind(query.filterId);
        break;
    case CaseList::OverdueReviews:
        st.bind(query.today.toString(Qt::ISODate));
        break;
    case CaseList::VisitsDue:
        st.bind(CaseLists::weekStart(query.today).toString(Qt::ISODate))
            .bind(CaseLists::weekStart(query.today).addDays(6).toString(Qt::ISODate));
        break;
    default:
        if (!l.filter.isEmpty() && !query.filterId.isEmpty()) {
            st.bind(query.filterId);
        }
        break;
    }
}

bool usesFilter(const CaseListQuery& query, const ListSql& l) {
    return !l.filter.isEmpty() && !query.filterId.isEmpty();
}

QString shown(const char* table, const char* field, const QVariant& value) {
    const TableDef* t = Schema::instance().table(QString::fromLatin1(table));
    const FieldDef* f = t ? t->field(QString::fromLatin1(field)) : nullptr;
    return f ? values::display(*f, value) : value.toString();
}

QString yesOrEmpty(const QVariant& v, const QString& yes) {
    return v.toInt() == 1 ? yes : QString();
}

} // namespace

CaseLists::CaseLists(Database& db)
    : m_db(db) {}

QString CaseLists::title(CaseList list) {
    switch (list) {
    case CaseList::Households:
        return tr("Households");
    case CaseList::Localities:
        return tr("Localities");
    case CaseList::Plans:
        return tr("Development plans");
    case CaseList::Visits:
        return tr("Visits and services");
    case CaseList::Events:
        return tr("Group events");
    case CaseList::Staff:
        return tr("Staff");
    case CaseList::Referrals:
        return tr("Referrals and hand-overs");
    case CaseList::Caseload:
        return tr("Caseload");
    case CaseList::OverdueReviews:
        return tr("Overdue plan reviews");
    case CaseList::VisitsDue:
        return tr("Visits due this week");
    }
    return {};
}

QStringList CaseLists::headers(CaseList list) {
    switch (list) {
    case CaseList::Households:
        return {tr("Household"), tr("Address"), tr("Locality"), tr("Members"), tr("Case manager")};
    case CaseList::Localities:
        return {tr("Locality"), tr("Municipality"), tr("County or region"), tr("Country"), tr("Households")};
    case CaseList::Plans:
        return {tr("Start"), tr("Kind"), tr("For"), tr("Title"), tr("Status"), tr("Next review"), tr("Case manager")};
    case CaseList::Visits:
        return {tr("When"),    tr("Kind"), tr("Household or person"), tr("Place"), tr("Recorded by"),
                tr("Minutes"), tr("Risk")};
    case CaseList::Events:
        return {tr("Date"), tr("Kind"), tr("Topic"), tr("Place"), tr("Attended"), tr("External guests")};
    case CaseList::Staff:
        return {tr("Name"), tr("Role"), tr("Experience expert"), tr("Training hours"), tr("Active")};
    case CaseList::Referrals:
        return {tr("Sent"), tr("Kind"), tr("Household or person"), tr("From"), tr("To"), tr("Status")};
    case CaseList::Caseload:
        return {tr("Name"), tr("Born"), tr("Household"), tr("Locality")};
    case CaseList::OverdueReviews:
        return {tr("Review was due"), tr("Kind"), tr("For"), tr("Title"), tr("Status"), tr("Case manager")};
    case CaseList::VisitsDue:
        return {tr("Next visit"), tr("Household or person"), tr("Locality"), tr("Last visit"), tr("By")};
    }
    return {};
}

Result<QList<CaseRow>> CaseLists::page(const CaseListQuery& query, const CaseRow* after, int limit) {
    const ListSql& l = lists().value(int(query.list));
    Statement st(m_db, pageSql(l, usesFilter(query, l)));
    bindParameters(st, query, l);
    if (after != nullptr) {
        st.bind(after->key).bind(after->id);
    } else if (l.descending) {
        st.bind(QString(QChar(0xFFFF))).bind(QString(QChar(0xFFFF)));
    } else {
        st.bind(QStringLiteral("")).bind(QStringLiteral(""));
    }
    st.bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<CaseRow> rows;
    while (st.next()) {
        CaseRow r;
        r.id = st.value(0).toString();
        r.key = st.value(1).toString();
        r.subjectTable = st.value(2).toString();
        r.subjectId = st.value(3).toString();
        r.table = r.subjectTable;
        const auto v = [&](int i) { return st.value(4 + i); };
        switch (query.list) {
        case CaseList::Households:
            r.cells = {v(0).toString(), v(1).toString(), v(2).toString(), QString::number(v(3).toInt()),
                       v(4).toString()};
            break;
        case CaseList::Localities:
            r.cells = {v(0).toString(), v(1).toString(), v(2).toString(), shown("locality", "country", v(3)),
                       QString::number(v(4).toInt())};
            break;
        case CaseList::Plans:
            r.cells = {shown("plan", "start_date", v(0)),
                       shown("plan", "kind", v(1)),
                       v(2).toString(),
                       v(3).toString(),
                       shown("plan", "status", v(4)),
                       shown("plan", "next_review_date", v(5)),
                       v(6).toString()};
            break;
        case CaseList::Visits:
            r.cells = {shown("activity", "happened_at", v(0)),
                       shown("activity", "kind", v(1)),
                       v(2).toString(),
                       v(3).toString(),
                       v(4).toString(),
                       v(5).isNull() ? QString() : QString::number(v(5).toInt()),
                       yesOrEmpty(v(6), tr("Risk"))};
            break;
        case CaseList::Events:
            r.cells = {
                shown("event", "event_date", v(0)), shown("event", "kind", v(1)), v(2).toString(), v(3).toString(),
                QString::number(v(4).toInt()),      QString::number(v(5).toInt())};
            break;
        case CaseList::Staff:
            r.cells = {v(0).toString(), shown("staff", "role", v(1)), yesOrEmpty(v(2), tr("Yes")),
                       QLocale().toString(v(3).toDouble(), 'g', 6),
                       v(4).isNull() || v(4).toInt() == 1 ? tr("Yes") : tr("No")};
            break;
        case CaseList::Referrals:
            r.cells = {shown("referral", "sent_date", v(0)),
                       shown("referral", "kind", v(1)),
                       v(2).toString(),
                       v(3).toString(),
                       v(4).toString(),
                       shown("referral", "status", v(5))};
            break;
        case CaseList::Caseload:
            r.cells = {v(0).toString(), shown("person", "birth_date", v(1)), v(2).toString(), v(3).toString()};
            break;
        case CaseList::OverdueReviews:
            r.cells = {shown("plan", "next_review_date", v(0)),
                       shown("plan", "kind", v(1)),
                       v(2).toString(),
                       v(3).toString(),
                       shown("plan", "status", v(4)),
                       v(5).toString()};
            break;
        case CaseList::VisitsDue:
            r.subjectTable = st.value(2).toInt() == 1 ? QStringLiteral("household") : QStringLiteral("person");
            r.table = QStringLiteral("activity");
            r.cells = {shown("activity", "next_visit_date", v(0)), v(1).toString(), v(2).toString(),
                       shown("activity", "happened_at", v(3)), v(4).toString()};
            break;
        }
        rows.append(r);
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return rows;
}

Result<int> CaseLists::count(const CaseListQuery& query) {
    const ListSql& l = lists().value(int(query.list));
    Statement st(m_db, countSql(l, usesFilter(query, l)));
    bindParameters(st, query, l);
    auto n = st.scalar();
    if (!n) {
        return n.error();
    }
    return n->toInt();
}

} // namespace fieldcase::core
