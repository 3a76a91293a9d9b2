// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IndicatorEngine.h"

#include "domain/EsfCatalogue.h"
#include "domain/IndicatorKinds.h"
#include "domain/RecordStore.h"
#include "reports/EsfReport.h"
#include "reports/EsfRules.h"
#include "reports/ReportQuery.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace fieldcase::core {

using namespace reports;

namespace {

// The bounds of the scope as placeholders, bound once and used wherever a statement needs them.
struct Bound {
    QString from, to, nextDay, today, locality;
    bool placed = false;
};

Bound bindScope(ReportQuery& q, const ScopeBounds& b, const QDate& today) {
    Bound p;
    p.from = q.bind(b.from);
    p.to = q.bind(b.to);
    p.nextDay = q.bind(b.nextDay);
    p.today = q.bind(today.toString(Qt::ISODate));
    p.placed = !b.locality.isEmpty();
    if (p.placed) {
        p.locality = q.bind(b.locality);
    }
    return p;
}

QString choiceIn(ReportQuery& q, const QJsonObject& params, const QString& name, const QString& column) {
    if (!params.contains(name)) {
        return {};
    }
    return QStringLiteral(" AND %1 IN %2").arg(column, q.list(params.value(name).toArray()));
}

QString genderIn(ReportQuery& q, const QJsonObject& params, const QString& column) {
    return choiceIn(q, params, QStringLiteral("gender"), QStringLiteral("coalesce(%1, 'unknown')").arg(column));
}

QString ageRange(ReportQuery& q, const QJsonObject& params, const QString& ageExpression) {
    QString out;
    if (params.contains(QStringLiteral("age_min"))) {
        out +=
            QStringLiteral(" AND %1 >= %2").arg(ageExpression, q.bind(params.value(QStringLiteral("age_min")).toInt()));
    }
    if (params.contains(QStringLiteral("age_max"))) {
        out +=
            QStringLiteral(" AND %1 <= %2").arg(ageExpression, q.bind(params.value(QStringLiteral("age_max")).toInt()));
    }
    return out;
}

// A visit or service that still stands: not withdrawn, not corrected by a later record.
QString liveActivity(const QString& a) {
    return QStringLiteral("%1.deleted = 0 AND coalesce(%1.voided, 0) = 0 AND NOT EXISTS (SELECT 1 FROM activity c "
                          "WHERE c.supersedes_id = %1.id AND c.deleted = 0)")
        .arg(a);
}

QString activityWindow(const Bound& p, const QString& a) {
    return QStringLiteral("%1.happened_at >= %2 AND %1.happened_at < %3").arg(a, p.from, p.nextDay);
}

// The locality of a visit: its household's, or else its person's household's.
QString activityPlace(const Bound& p, const QString& a) {
    if (!p.placed) {
        return {};
    }
    return QStringLiteral(" AND coalesce((SELECT hx.locality_id FROM household hx WHERE hx.id = %1.household_id), "
                          "(SELECT hy.locality_id FROM person py JOIN household hy ON hy.id = py.household_id "
                          "WHERE py.id = %1.person_id)) = %2")
        .arg(a, p.locality);
}

QString liveAttendance(const QString& t) {
    return QStringLiteral("%1.deleted = 0 AND coalesce(%1.present, 1) = 1 AND NOT EXISTS (SELECT 1 FROM attendance c "
                          "WHERE c.supersedes_id = %1.id AND c.deleted = 0)")
        .arg(t);
}

QString heldEvent(const Bound& p, const QString& e) {
    QString out = QStringLiteral("%1.deleted = 0 AND %1.event_date BETWEEN %2 AND %3 AND %1.event_date <= %4")
                      .arg(e, p.from, p.to, p.today);
    if (p.placed) {
        out += QStringLiteral(" AND %1.locality_id = %2").arg(e, p.locality);
    }
    return out;
}

QString expertFilter(const QJsonObject& params) {
    if (!params.contains(QStringLiteral("experience_expert"))) {
        return {};
    }
    const QString expert = QStringLiteral("(coalesce(s.is_experience_expert, 0) = 1 OR s.role = 'experience_expert')");
    return params.value(QStringLiteral("experience_expert")).toBool() ? QStringLiteral(" AND ") + expert
                                                                      : QStringLiteral(" AND NOT ") + expert;
}

QString householdPlace(const Bound& p, const QString& h) {
    return p.placed ? QStringLiteral(" AND %1.locality_id = %2").arg(h, p.locality) : QString();
}

Error notRecorded() {
    return makeError(ErrorCode::Unsupported,
                     IndicatorEngine::tr("This indicator rests on special-category data, which this programme does "
                                         "not record."));
}

} // namespace

IndicatorEngine::IndicatorEngine(Database& db)
    : m_db(db) {}

Result<Record> IndicatorEngine::indicator(const QString& id) {
    auto r = RecordStore(m_db).get(QStringLiteral("indicator"), id);
    if (!r) {
        return r.error();
    }
    if (r->deleted) {
        return makeError(ErrorCode::NotFound, tr("The indicator was deleted."), id);
    }
    return r;
}

Result<IndicatorEngine::Members> IndicatorEngine::membersQuery(const Record& indicator, const ReportScope& scope) {
    const QString kind = indicator.text(QStringLiteral("kind"));
    const QString paramsText = indicator.text(QStringLiteral("params"));
    if (auto s = IndicatorKinds::validate(kind, paramsText); !s) {
        return s.error();
    }
    const QJsonObject params = IndicatorKinds::read(paramsText);
    const ScopeBounds bounds = boundsOf(scope);
    const bool special = params.contains(QStringLiteral("disability")) || params.contains(QStringLiteral("minority")) ||
                         (kind == QStringLiteral("esf_common") &&
                          EsfCatalogue::find(params.value(QStringLiteral("code")).toString())->specialCategory);
    if (special) {
        auto recorded = EsfReport::recordsSpecialCategories(m_db);
        if (!recorded) {
            return recorded.error();
        }
        if (!*recorded) {
            return notRecorded();
        }
    }

    Members m;
    ReportQuery q;
    if (kind == QStringLiteral("esf_common")) {
        m.table = QStringLiteral("person");
        QString inner;
        EsfReport::memberQuery(params.value(QStringLiteral("code")).toString(), scope, &inner, &m.values);
        m.sql = QStringLiteral("SELECT person_id AS id, 1 AS weight FROM (%1)").arg(inner);
        return m;
    }
    if (kind == QStringLiteral("participants")) {
        m.table = QStringLiteral("person");
        QString sql = participantCte(q, bounds) + QStringLiteral("SELECT person_id AS id, 1 AS weight FROM participant "
                                                                 "WHERE 1");
        sql += ageRange(q, params, QStringLiteral("age"));
        if (params.contains(QStringLiteral("gender"))) {
            static const QHash<QString, int> buckets = {{QStringLiteral("female"), 0},
                                                        {QStringLiteral("male"), 1},
                                                        {QStringLiteral("other"), 2},
                                                        {QStringLiteral("unknown"), 3}};
            QStringList marks;
            for (const QJsonValue& v : params.value(QStringLiteral("gender")).toArray()) {
                marks.append(q.bind(buckets.value(v.toString())));
            }
            sql += QStringLiteral(" AND g IN (%1)").arg(marks.join(QStringLiteral(", ")));
        }
        for (const QString& field :
             {QStringLiteral("labour_status"), QStringLiteral("isced"), QStringLiteral("disability"),
              QStringLiteral("minority"), QStringLiteral("homeless"), QStringLiteral("jobless_household"),
              QStringLiteral("single_adult_with_children"), QStringLiteral("foreign_background"),
              QStringLiteral("citizenship"), QStringLiteral("urban_class")}) {
            sql += choiceIn(q, params, field, field);
        }
        m.sql = sql;
    } else if (kind == QStringLiteral("leavers")) {
        m.table = QStringLiteral("person");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString sql = QStringLiteral("SELECT DISTINCT x.person_id AS id, 1 AS weight FROM exit_record x "
                                     "JOIN person p ON p.id = x.person_id AND p.deleted = 0 "
                                     "LEFT JOIN household h ON h.id = p.household_id "
                                     "WHERE x.deleted = 0 AND x.exit_date BETWEEN %1 AND %2%3 AND EXISTS (SELECT 1 "
                                     "FROM entry_record e WHERE e.person_id = x.person_id AND e.deleted = 0)")
                          .arg(p.from, p.to, householdPlace(p, QStringLiteral("h")));
        sql += choiceIn(q, params, QStringLiteral("situation"), QStringLiteral("x.situation"));
        if (params.contains(QStringLiteral("qualification_gained"))) {
            sql += QStringLiteral(" AND coalesce(x.qualification_gained, 0) = %1")
                       .arg(q.bind(params.value(QStringLiteral("qualification_gained")).toBool() ? 1 : 0));
        }
        sql += genderIn(q, params, QStringLiteral("p.gender"));
        m.sql = sql;
    } else if (kind == QStringLiteral("signed_plans")) {
        m.table = QStringLiteral("person");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        const QJsonArray kinds = params.contains(QStringLiteral("plan_kind"))
                                     ? params.value(QStringLiteral("plan_kind")).toArray()
                                     : QJsonArray{QStringLiteral("individual"), QStringLiteral("family")};
        QStringList parts;
        if (kinds.contains(QStringLiteral("individual"))) {
            parts.append(QStringLiteral("SELECT pl.person_id AS person_id, pl.client_signed_date AS day FROM plan pl "
                                        "WHERE pl.deleted = 0 AND pl.kind = 'individual' AND pl.client_signed_date "
                                        "BETWEEN %1 AND %2")
                             .arg(p.from, p.to));
        }
        if (kinds.contains(QStringLiteral("family"))) {
            parts.append(QStringLiteral("SELECT m.id AS person_id, pl.client_signed_date AS day FROM plan pl "
                                        "JOIN person m ON m.household_id = pl.household_id AND m.deleted = 0 "
                                        "WHERE pl.deleted = 0 AND pl.kind = 'family' AND pl.client_signed_date "
                                        "BETWEEN %1 AND %2")
                             .arg(p.from, p.to));
        }
        m.sql = QStringLiteral("WITH signed AS (%1) SELECT DISTINCT s.person_id AS id, 1 AS weight FROM signed s "
                               "JOIN person p ON p.id = s.person_id AND p.deleted = 0 "
                               "LEFT JOIN household h ON h.id = p.household_id WHERE 1%2")
                    .arg(parts.join(QStringLiteral(" UNION ALL ")), householdPlace(p, QStringLiteral("h"))) +
                ageRange(q, params, ageSql(QStringLiteral("p.birth_date"), QStringLiteral("s.day")));
    } else if (kind == QStringLiteral("events_held") || kind == QStringLiteral("event_hours")) {
        m.table = QStringLiteral("event");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString sql = QStringLiteral("SELECT e.id AS id, %1 AS weight FROM event e WHERE %2")
                          .arg(kind == QStringLiteral("event_hours") ? QStringLiteral("coalesce(e.hours, 0)")
                                                                     : QStringLiteral("1"),
                               heldEvent(p, QStringLiteral("e")));
        sql += choiceIn(q, params, QStringLiteral("event_kind"), QStringLiteral("e.kind"));
        if (params.contains(QStringLiteral("min_hours"))) {
            sql += QStringLiteral(" AND coalesce(e.hours, 0) >= %1")
                       .arg(q.bind(params.value(QStringLiteral("min_hours")).toDouble()));
        }
        m.sql = sql;
    } else if (kind == QStringLiteral("staff_active")) {
        m.table = QStringLiteral("staff");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString sql = QStringLiteral("SELECT s.id AS id, 1 AS weight FROM staff s WHERE s.deleted = 0");
        sql += choiceIn(q, params, QStringLiteral("role"), QStringLiteral("s.role"));
        sql += expertFilter(params);
        QStringList ways = {
            QStringLiteral("EXISTS (SELECT 1 FROM activity a WHERE a.staff_id = s.id AND %1 AND %2%3)")
                .arg(liveActivity(QStringLiteral("a")), activityWindow(p, QStringLiteral("a")),
                     activityPlace(p, QStringLiteral("a"))),
            QStringLiteral("EXISTS (SELECT 1 FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id "
                           "WHERE ap.staff_id = s.id AND ap.deleted = 0 AND %1 AND %2%3)")
                .arg(liveActivity(QStringLiteral("a")), activityWindow(p, QStringLiteral("a")),
                     activityPlace(p, QStringLiteral("a"))),
            QStringLiteral("EXISTS (SELECT 1 FROM event e WHERE e.organiser_staff_id = s.id AND %1)")
                .arg(heldEvent(p, QStringLiteral("e"))),
            QStringLiteral("EXISTS (SELECT 1 FROM attendance t JOIN event e ON e.id = t.event_id WHERE t.staff_id = "
                           "s.id AND %1 AND %2)")
                .arg(liveAttendance(QStringLiteral("t")), heldEvent(p, QStringLiteral("e")))};
        if (!p.placed) {
            ways.append(QStringLiteral("EXISTS (SELECT 1 FROM staff_training st WHERE st.staff_id = s.id AND "
                                       "st.deleted = 0 AND st.training_date BETWEEN %1 AND %2 AND "
                                       "st.training_date <= %3)")
                            .arg(p.from, p.to, p.today));
        }
        m.sql = sql + QStringLiteral(" AND (") + ways.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    } else if (kind == QStringLiteral("staff_trained")) {
        m.table = QStringLiteral("staff");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString hours =
            QStringLiteral("(SELECT total(coalesce(t.hours, e.hours)) FROM attendance t JOIN event e ON e.id = "
                           "t.event_id WHERE t.staff_id = s.id AND %1 AND coalesce(t.role, '') != 'speaker' AND "
                           "e.kind = 'training' AND coalesce(e.organiser_staff_id, '') != s.id AND %2)")
                .arg(liveAttendance(QStringLiteral("t")), heldEvent(p, QStringLiteral("e")));
        if (!p.placed) {
            hours += QStringLiteral(" + (SELECT total(st.hours) FROM staff_training st WHERE st.staff_id = s.id AND "
                                    "st.deleted = 0 AND st.training_date BETWEEN %1 AND %2 AND st.training_date <= %3)")
                         .arg(p.from, p.to, p.today);
        }
        QString sql = QStringLiteral("SELECT s.id AS id, %1 AS hours FROM staff s WHERE s.deleted = 0").arg(hours);
        sql += choiceIn(q, params, QStringLiteral("role"), QStringLiteral("s.role"));
        m.sql = QStringLiteral("SELECT id, 1 AS weight FROM (%1) WHERE hours >= %2")
                    .arg(sql, q.bind(params.value(QStringLiteral("min_hours")).toDouble()));
    } else if (kind == QStringLiteral("households_served")) {
        m.table = QStringLiteral("household");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString visits = QStringLiteral("SELECT DISTINCT coalesce(a.household_id, pa.household_id) AS household_id "
                                        "FROM activity a LEFT JOIN person pa ON pa.id = a.person_id WHERE %1 AND %2")
                             .arg(liveActivity(QStringLiteral("a")), activityWindow(p, QStringLiteral("a")));
        visits += choiceIn(q, params, QStringLiteral("activity_kind"), QStringLiteral("a.kind"));
        if (params.contains(QStringLiteral("min_staff"))) {
            visits += QStringLiteral(" AND ((a.staff_id IS NOT NULL) + (SELECT count(DISTINCT ap.staff_id) FROM "
                                     "activity_participant ap WHERE ap.activity_id = a.id AND ap.deleted = 0 AND "
                                     "ap.staff_id IS NOT NULL AND ap.staff_id IS NOT a.staff_id)) >= %1")
                          .arg(q.bind(params.value(QStringLiteral("min_staff")).toInt()));
        }
        m.sql = QStringLiteral("SELECT h.id AS id, 1 AS weight FROM (%1) v JOIN household h ON h.id = v.household_id "
                               "AND h.deleted = 0%2")
                    .arg(visits, householdPlace(p, QStringLiteral("h")));
    } else if (kind == QStringLiteral("handovers")) {
        m.table = QStringLiteral("referral");
        const Bound p = bindScope(q, bounds, m_db.clock().today());
        QString sql = QStringLiteral("SELECT r.id AS id, 1 AS weight FROM referral r LEFT JOIN person p ON p.id = "
                                     "r.person_id LEFT JOIN household h ON h.id = coalesce(r.household_id, "
                                     "p.household_id) WHERE r.deleted = 0 AND r.kind = 'handover' AND r.sent_date "
                                     "BETWEEN %1 AND %2%3")
                          .arg(p.from, p.to, householdPlace(p, QStringLiteral("h")));
        sql += choiceIn(q, params, QStringLiteral("status"), QStringLiteral("r.status"));
        m.sql = sql;
    } else {
        return makeError(ErrorCode::Unsupported,
                         tr("Indicators computed as \"%1\" are not known to this version.").arg(kind));
    }
    m.values = q.values();
    return m;
}

Result<double> IndicatorEngine::achieved(const QString& indicatorId, const ReportScope& scope) {
    auto r = indicator(indicatorId);
    if (!r) {
        return r.error();
    }
    return achieved(*r, scope);
}

Result<double> IndicatorEngine::achieved(const Record& record, const ReportScope& scope) {
    auto m = membersQuery(record, scope);
    if (!m) {
        return m.error();
    }
    auto found = rows(m_db, QStringLiteral("SELECT total(weight) FROM (%1)").arg(m->sql), m->values);
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? 0.0 : found->first().at(0).toDouble();
}

Result<QList<DrillRow>> IndicatorEngine::members(const QString& indicatorId, const ReportScope& scope) {
    auto r = indicator(indicatorId);
    if (!r) {
        return r.error();
    }
    auto m = membersQuery(*r, scope);
    if (!m) {
        return m.error();
    }
    static const QHash<QString, QString> labels = {
        {QStringLiteral("person"),
         QStringLiteral("SELECT x.id, x.family_name || ' ' || x.given_names || coalesce(' (' || x.birth_date || ')', "
                        "'') FROM (%1) m JOIN person x ON x.id = m.id ORDER BY x.sort_key, x.id")},
        {QStringLiteral("household"),
         QStringLiteral("SELECT x.id, x.name FROM (%1) m JOIN household x ON x.id = m.id ORDER BY x.sort_key, x.id")},
        {QStringLiteral("event"), QStringLiteral("SELECT x.id, x.event_date || ' ' || x.title FROM (%1) m JOIN event x "
                                                 "ON x.id = m.id ORDER BY x.event_date, x.id")},
        {QStringLiteral("staff"),
         QStringLiteral("SELECT x.id, x.full_name FROM (%1) m JOIN staff x ON x.id = m.id ORDER BY x.sort_key, x.id")},
        {QStringLiteral("referral"),
         QStringLiteral("SELECT x.id, x.sent_date || ' ' || coalesce(p.family_name || ' ' || p.given_names || ': ', "
                        "'') || x.from_service || ' → ' || x.to_service FROM (%1) m JOIN referral x ON x.id = m.id "
                        "LEFT JOIN person p ON p.id = x.person_id ORDER BY x.sent_date, x.id")},
    };
    auto found = rows(m_db, labels.value(m->table).arg(m->sql), m->values);
    if (!found) {
        return found.error();
    }
    QList<DrillRow> out;
    out.reserve(found->size());
    for (const QVariantList& row : *found) {
        out.append({m->table, row.at(0).toString(), row.at(1).toString()});
    }
    return out;
}

} // namespace fieldcase::core
