// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/VisitWork.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace fieldcase::core {

namespace {

const QString kSupersededBy =
    QStringLiteral("SELECT id FROM activity WHERE supersedes_id = ? AND deleted = 0 ORDER BY rid LIMIT 1");
const QString kTable = QStringLiteral("activity");

} // namespace

VisitWork::VisitWork(Database& db)
    : m_db(db) {}

Result<QString> VisitWork::record(const VisitInput& input) {
    RecordStore store(m_db);
    Transaction tx(m_db);
    auto id = store.create(kTable, input.activity);
    if (!id) {
        return id.error();
    }
    for (QVariantMap participant : input.participants) {
        participant.insert(QStringLiteral("activity_id"), *id);
        if (auto p = store.create(QStringLiteral("activity_participant"), participant); !p) {
            return p.error();
        }
    }
    for (const QString& goal : input.goalIds) {
        if (auto g = store.create(QStringLiteral("activity_goal"),
                                  {{QStringLiteral("activity_id"), *id}, {QStringLiteral("goal_id"), goal}});
            !g) {
            return g.error();
        }
    }
    for (QVariantMap task : input.tasks) {
        task.insert(QStringLiteral("activity_id"), *id);
        for (const QString& who : {QStringLiteral("person_id"), QStringLiteral("household_id")}) {
            if (values::isEmpty(task.value(QStringLiteral("person_id"))) &&
                values::isEmpty(task.value(QStringLiteral("household_id")))) {
                task.insert(who, input.activity.value(who));
            }
        }
        if (values::isEmpty(task.value(QStringLiteral("status")))) {
            task.insert(QStringLiteral("status"), QStringLiteral("open"));
        }
        // A task carried over from the visit being corrected moves to the correction.
        const QString existing = task.take(QStringLiteral("id")).toString();
        if (!existing.isEmpty()) {
            if (auto s = store.update(QStringLiteral("task"), existing, task); !s) {
                return s.error();
            }
        } else if (auto t = store.create(QStringLiteral("task"), task); !t) {
            return t.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *id;
}

Status VisitWork::checkInForce(const QString& activityId) {
    RecordStore store(m_db);
    auto original = store.get(kTable, activityId);
    if (!original) {
        return original.error();
    }
    auto later = supersededBy(activityId);
    if (!later) {
        return later.error();
    }
    if (!later->isEmpty()) {
        return makeError(ErrorCode::Conflict, tr("This visit was already corrected or withdrawn. Open the latest "
                                                 "version of it to correct it again."));
    }
    if (original->value(QStringLiteral("voided")).toInt() == 1) {
        return makeError(ErrorCode::Conflict, tr("This record withdraws a visit; it cannot be corrected."));
    }
    return {};
}

Result<QString> VisitWork::correct(const QString& activityId, const VisitInput& corrected) {
    if (auto s = checkInForce(activityId); !s) {
        return s.error();
    }
    VisitInput input = corrected;
    input.activity.insert(QStringLiteral("supersedes_id"), activityId);
    input.activity.remove(QStringLiteral("voided"));
    return record(input);
}

Result<QString> VisitWork::withdraw(const QString& activityId, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Say why the visit is withdrawn; the reason is kept with it."), {},
                         QStringLiteral("observations"));
    }
    if (auto s = checkInForce(activityId); !s) {
        return s.error();
    }
    RecordStore store(m_db);
    auto original = store.get(kTable, activityId);
    if (!original) {
        return original.error();
    }
    QVariantMap fields;
    for (const QString& keep : {QStringLiteral("kind"), QStringLiteral("person_id"), QStringLiteral("household_id"),
                                QStringLiteral("staff_id"), QStringLiteral("happened_at")}) {
        fields.insert(keep, original->value(keep));
    }
    fields.insert(QStringLiteral("supersedes_id"), activityId);
    fields.insert(QStringLiteral("voided"), true);
    fields.insert(QStringLiteral("observations"), reason.trimmed());
    return store.create(kTable, fields);
}

Result<VisitInput> VisitWork::load(const QString& activityId) {
    RecordStore store(m_db);
    auto activity = store.get(kTable, activityId);
    if (!activity) {
        return activity.error();
    }
    VisitInput input;
    input.activity = activity->fields;
    input.activity.remove(QStringLiteral("supersedes_id"));
    auto participants = store.findBy(QStringLiteral("activity_participant"), QStringLiteral("activity_id"), activityId);
    auto goals = store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), activityId);
    auto tasks = store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), activityId);
    if (!participants || !goals || !tasks) {
        return (!participants ? participants.error() : !goals ? goals.error() : tasks.error());
    }
    for (const Record& r : *participants) {
        QVariantMap p = r.fields;
        p.remove(QStringLiteral("activity_id"));
        input.participants.append(p);
    }
    for (const Record& r : *goals) {
        input.goalIds.append(r.text(QStringLiteral("goal_id")));
    }
    for (const Record& r : *tasks) {
        QVariantMap t = r.fields;
        t.remove(QStringLiteral("activity_id"));
        t.insert(QStringLiteral("id"), r.id);
        input.tasks.append(t);
    }
    return input;
}

Result<QString> VisitWork::supersededBy(const QString& activityId) {
    Statement st(m_db, kSupersededBy);
    st.bind(activityId);
    auto id = st.scalar();
    if (!id) {
        return id.error();
    }
    return id->toString();
}

} // namespace fieldcase::core
