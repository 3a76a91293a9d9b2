// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/EventWork.h"

#include "domain/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QHash>

namespace fieldcase::core {

namespace {

// Attendance in force: present, and not superseded by a later correction.
const QString kCurrent = QStringLiteral(
    "SELECT t.id, t.person_id, t.staff_id FROM attendance t WHERE t.event_id = ? AND t.deleted = 0 "
    "AND coalesce(t.present, 1) = 1 AND NOT EXISTS (SELECT 1 FROM attendance c WHERE c.supersedes_id = t.id)");

} // namespace

EventWork::EventWork(Database& db)
    : m_db(db) {}

Result<EventWork::Attendance> EventWork::attendance(const QString& eventId) {
    Statement st(m_db, kCurrent);
    st.bind(eventId);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    Attendance a;
    while (st.next()) {
        if (!st.value(1).isNull()) {
            a.personIds.append(st.value(1).toString());
        } else {
            a.staffIds.append(st.value(2).toString());
        }
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return a;
}

Status EventWork::setAttendance(const QString& eventId, const Attendance& present, double hours) {
    QHash<QString, QString> currentPeople; // person id -> attendance id
    QHash<QString, QString> currentStaff;
    {
        Statement st(m_db, kCurrent);
        st.bind(eventId);
        if (auto s = st.exec(); !s) {
            return s;
        }
        while (st.next()) {
            if (!st.value(1).isNull()) {
                currentPeople.insert(st.value(1).toString(), st.value(0).toString());
            } else {
                currentStaff.insert(st.value(2).toString(), st.value(0).toString());
            }
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    RecordStore store(m_db);
    Transaction tx(m_db);
    const auto sync = [&](const QHash<QString, QString>& current, const QStringList& wanted, const QString& field,
                          const QString& role) -> Status {
        for (const QString& id : wanted) {
            if (current.contains(id)) {
                continue;
            }
            QVariantMap fields = {{QStringLiteral("event_id"), eventId},
                                  {field, id},
                                  {QStringLiteral("role"), role},
                                  {QStringLiteral("present"), true}};
            if (hours > 0) {
                fields.insert(QStringLiteral("hours"), hours);
            }
            if (auto r = store.create(QStringLiteral("attendance"), fields); !r) {
                return r.error();
            }
        }
        for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
            if (wanted.contains(it.key())) {
                continue;
            }
            if (auto r = store.create(QStringLiteral("attendance"), {{QStringLiteral("event_id"), eventId},
                                                                     {field, it.key()},
                                                                     {QStringLiteral("role"), role},
                                                                     {QStringLiteral("present"), false},
                                                                     {QStringLiteral("supersedes_id"), it.value()}});
                !r) {
                return r.error();
            }
        }
        return {};
    };
    if (auto s = sync(currentPeople, present.personIds, QStringLiteral("person_id"), QStringLiteral("participant"));
        !s) {
        return s;
    }
    if (auto s = sync(currentStaff, present.staffIds, QStringLiteral("staff_id"), QStringLiteral("staff")); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace fieldcase::core
