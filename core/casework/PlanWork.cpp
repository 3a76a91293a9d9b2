// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/PlanWork.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kReviewMonths = QStringLiteral("SELECT review_months FROM programme WHERE deleted = 0 AND "
                                             "(id = ? OR ? = '') AND review_months IS NOT NULL ORDER BY rid LIMIT 1");
// Children of a plan, tombstones included: their history belongs to the plan's.
const QString kChildren = QStringLiteral("SELECT 'plan_need', id FROM plan_need WHERE plan_id = ? UNION ALL "
                                         "SELECT 'plan_goal', id FROM plan_goal WHERE plan_id = ? UNION ALL "
                                         "SELECT 'plan_action', id FROM plan_action WHERE plan_id = ? UNION ALL "
                                         "SELECT 'plan_review', id FROM plan_review WHERE plan_id = ?");
constexpr int kDefaultReviewMonths = 3;

QJsonObject recordJson(const Record& r) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    const TableDef* t = Schema::instance().table(r.table);
    for (const FieldDef& f : t->fields) {
        const QVariant v = r.value(f.name);
        if (!values::isEmpty(v)) {
            o.insert(f.name, values::toJson(f, v));
        }
    }
    return o;
}

} // namespace

PlanWork::PlanWork(Database& db)
    : m_db(db) {}

int PlanWork::reviewMonths(const QString& programmeId) {
    Statement st(m_db, kReviewMonths);
    st.bind(programmeId).bind(programmeId);
    auto months = st.scalar();
    if (!months || months->isNull() || months->toInt() < 1) {
        return kDefaultReviewMonths;
    }
    return months->toInt();
}

QDate PlanWork::defaultNextReview(const QDate& from, const QString& programmeId) {
    return from.addMonths(reviewMonths(programmeId));
}

Result<QString> PlanWork::create(const PlanInput& input) {
    RecordStore store(m_db);
    QVariantMap plan = input.plan;
    const QString programme = plan.value(QStringLiteral("programme_id")).toString();
    if (values::isEmpty(plan.value(QStringLiteral("status")))) {
        plan.insert(QStringLiteral("status"), QStringLiteral("draft"));
    }
    if (values::isEmpty(plan.value(QStringLiteral("plan_version")))) {
        plan.insert(QStringLiteral("plan_version"), 1);
    }
    const QDate start = QDate::fromString(plan.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    if (values::isEmpty(plan.value(QStringLiteral("next_review_date"))) && start.isValid()) {
        plan.insert(QStringLiteral("next_review_date"), defaultNextReview(start, programme).toString(Qt::ISODate));
    }
    Transaction tx(m_db);
    auto planId = store.create(QStringLiteral("plan"), plan);
    if (!planId) {
        return planId.error();
    }
    for (QVariantMap need : input.needs) {
        need.insert(QStringLiteral("plan_id"), *planId);
        if (auto id = store.create(QStringLiteral("plan_need"), need); !id) {
            return id.error();
        }
    }
    QStringList goalIds;
    int order = 0;
    for (QVariantMap goal : input.goals) {
        goal.insert(QStringLiteral("plan_id"), *planId);
        if (values::isEmpty(goal.value(QStringLiteral("status")))) {
            goal.insert(QStringLiteral("status"), QStringLiteral("planned"));
        }
        if (values::isEmpty(goal.value(QStringLiteral("sort_order")))) {
            goal.insert(QStringLiteral("sort_order"), ++order);
        }
        auto id = store.create(QStringLiteral("plan_goal"), goal);
        if (!id) {
            return id.error();
        }
        goalIds.append(*id);
    }
    for (QVariantMap action : input.actions) {
        action.insert(QStringLiteral("plan_id"), *planId);
        if (action.contains(QStringLiteral("goal_index"))) {
            action.insert(QStringLiteral("goal_id"), goalIds.value(action.take(QStringLiteral("goal_index")).toInt()));
        }
        if (values::isEmpty(action.value(QStringLiteral("status")))) {
            action.insert(QStringLiteral("status"), QStringLiteral("planned"));
        }
        if (auto id = store.create(QStringLiteral("plan_action"), action); !id) {
            return id.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *planId;
}

Result<QJsonObject> PlanWork::snapshot(const QString& planId) {
    RecordStore store(m_db);
    auto plan = store.get(QStringLiteral("plan"), planId);
    if (!plan) {
        return plan.error();
    }
    QJsonObject out;
    out.insert(QStringLiteral("plan"), recordJson(*plan));
    for (const auto& [table, order] : {std::pair{QStringLiteral("plan_need"), QStringLiteral("area")},
                                       std::pair{QStringLiteral("plan_goal"), QStringLiteral("sort_order")},
                                       std::pair{QStringLiteral("plan_action"), QStringLiteral("due_date")}}) {
        auto rows = store.findBy(table, QStringLiteral("plan_id"), planId, order);
        if (!rows) {
            return rows.error();
        }
        QJsonArray list;
        for (const Record& r : *rows) {
            list.append(recordJson(r));
        }
        out.insert(table.mid(5) + QLatin1Char('s'), list);
    }
    return out;
}

Result<QString> PlanWork::review(const QString& planId, const QVariantMap& review) {
    RecordStore store(m_db);
    auto plan = store.get(QStringLiteral("plan"), planId);
    if (!plan) {
        return plan.error();
    }
    if (plan->deleted) {
        return makeError(ErrorCode::Conflict, tr("This plan was deleted; it cannot be reviewed."));
    }
    const int version = std::max(1, plan->value(QStringLiteral("plan_version")).toInt());
    auto snap = snapshot(planId);
    if (!snap) {
        return snap.error();
    }
    QVariantMap fields = review;
    fields.insert(QStringLiteral("plan_id"), planId);
    fields.insert(QStringLiteral("plan_version"), version);
    fields.insert(QStringLiteral("snapshot"), QVariant(*snap));
    const QDate reviewed = QDate::fromString(fields.value(QStringLiteral("review_date")).toString(), Qt::ISODate);
    if (values::isEmpty(fields.value(QStringLiteral("next_review_date"))) && reviewed.isValid()) {
        fields.insert(QStringLiteral("next_review_date"),
                      defaultNextReview(reviewed, plan->text(QStringLiteral("programme_id"))).toString(Qt::ISODate));
    }
    // A review of a plan that started later than the review date is a typing mistake.
    const QString start = plan->text(QStringLiteral("start_date"));
    if (reviewed.isValid() && !start.isEmpty() && reviewed < QDate::fromString(start, Qt::ISODate)) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The review date is before the plan started (%1). Check the date.")
                .arg(values::display(
                    *Schema::instance().table(QStringLiteral("plan"))->field(QStringLiteral("start_date")), start)),
            {}, QStringLiteral("review_date"));
    }
    Transaction tx(m_db);
    auto id = store.create(QStringLiteral("plan_review"), fields);
    if (!id) {
        return id.error();
    }
    QVariantMap changes = {{QStringLiteral("plan_version"), version + 1}};
    if (!values::isEmpty(fields.value(QStringLiteral("next_review_date")))) {
        changes.insert(QStringLiteral("next_review_date"), fields.value(QStringLiteral("next_review_date")));
    }
    if (auto s = store.update(QStringLiteral("plan"), planId, changes); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *id;
}

Result<QList<Change>> PlanWork::history(const QString& planId) {
    ChangeLog log(m_db);
    auto all = log.forRecord(QStringLiteral("plan"), planId);
    if (!all) {
        return all.error();
    }
    QList<Change> changes = *all;
    QList<std::pair<QString, QString>> children;
    {
        Statement st(m_db, kChildren);
        st.bind(planId).bind(planId).bind(planId).bind(planId);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        while (st.next()) {
            children.append({st.value(0).toString(), st.value(1).toString()});
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    for (const auto& [table, id] : children) {
        auto more = log.forRecord(table, id);
        if (!more) {
            return more.error();
        }
        changes += *more;
    }
    std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.seq < b.seq; });
    return changes;
}

} // namespace fieldcase::core
