// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Quarantine.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fieldcase::core {

namespace {

// The row number orders the changes as they were set aside: rows are only ever added at the end
// and taken out, never moved.
const QString kList = QStringLiteral(
    "SELECT change_id, received_at, sender, sequence, reason, change FROM exchange_quarantine ORDER BY rowid");
const QString kSetReason = QStringLiteral("UPDATE exchange_quarantine SET reason = ? WHERE change_id = ?");
const QString kRemove = QStringLiteral("DELETE FROM exchange_quarantine WHERE change_id = ?");

constexpr int kMaxReasons = 20;

// The change as Merger::quarantine() stored it. Rows set aside before the change was kept whole
// have no base version, settles, redirect or note: those were empty or zero for nearly every change.
WireChange changeFrom(const QByteArray& json) {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    WireChange c;
    c.changeId = o.value(QStringLiteral("change_id")).toString();
    c.table = o.value(QStringLiteral("table")).toString();
    c.recordId = o.value(QStringLiteral("record_id")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    c.action = o.value(QStringLiteral("action")).toString();
    c.settles = o.value(QStringLiteral("settles")).toString();
    c.redirect = o.value(QStringLiteral("redirect")).toString();
    c.fields = o.value(QStringLiteral("fields")).toString().toUtf8();
    c.baseVersion = o.value(QStringLiteral("base_version")).toString().toLongLong();
    c.hlc = o.value(QStringLiteral("hlc")).toString().toULongLong();
    c.device = o.value(QStringLiteral("device")).toString();
    c.user = o.value(QStringLiteral("user")).toString();
    c.note = o.value(QStringLiteral("note")).toString();
    return c;
}

void addCounts(MergeCounts& total, const MergeCounts& batch) {
    total.changes += batch.changes;
    total.alreadyPresent += batch.alreadyPresent;
    total.newRecords += batch.newRecords;
    total.changedRecords += batch.changedRecords;
    total.conflicts += batch.conflicts;
    total.newPeople += batch.newPeople;
}

} // namespace

Quarantine::Quarantine(Database& db, const Schema& schema)
    : m_db(db)
    , m_schema(schema) {}

Result<QList<QuarantinedChange>> Quarantine::list() {
    Statement st(m_db, kList);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<QuarantinedChange> out;
    while (st.next()) {
        QuarantinedChange q;
        q.id = st.value(0).toString();
        q.receivedAt = st.value(1).toString();
        q.sender = st.value(2).toString();
        q.sequence = st.value(3).toLongLong();
        q.reason = st.value(4).toString();
        q.change = changeFrom(st.value(5).toString().toUtf8());
        out.append(q);
    }
    if (!st.error().message.isEmpty()) {
        return st.error();
    }
    return out;
}

Status Quarantine::setReason(const QString& id, const QString& reason) {
    Statement st(m_db, kSetReason);
    st.bind(reason).bind(id);
    return st.exec();
}

Status Quarantine::remove(const QString& id) {
    Statement st(m_db, kRemove);
    st.bind(id);
    return st.exec();
}

Status Quarantine::merge(const QList<QuarantinedChange>& changes, QuarantineRetry& out) {
    Transaction tx(m_db);
    Merger merger(m_db, m_schema);
    if (auto s = merger.begin(); !s) {
        return s;
    }
    QStringList merged;
    for (const QuarantinedChange& q : changes) {
        const qint64 setAside = merger.counts().quarantined;
        if (auto s = merger.add(q.change); !s) {
            return s;
        }
        if (merger.counts().quarantined == setAside) {
            merged.append(q.id);
        }
    }
    if (auto s = merger.finish(); !s) {
        return s;
    }
    auto duplicates = Duplicates(m_db).detect(merger.counts().newPeople);
    if (!duplicates) {
        return duplicates.error();
    }
    for (const QString& id : std::as_const(merged)) {
        if (auto s = remove(id); !s) {
            return s;
        }
    }
    if (auto s = tx.commit(); !s) {
        return s;
    }
    out.applied += merged.size();
    addCounts(out.counts, merger.counts());
    out.duplicates += *duplicates;
    return {};
}

Result<QuarantineRetry> Quarantine::retry(const std::function<Status()>& beforeMerging) {
    auto all = list();
    if (!all) {
        return all.error();
    }
    QuarantineRetry out;
    if (all->isEmpty()) {
        return out;
    }
    // Which can go is decided before anything is written, so that the backup comes first.
    Merger checker(m_db, m_schema);
    QList<QuarantinedChange> ready;
    QList<QuarantinedChange> refused;
    for (QuarantinedChange& q : *all) {
        const QString reason = checker.check(q.change);
        if (reason.isEmpty()) {
            ready.append(q);
        } else {
            q.reason = reason;
            refused.append(q);
        }
    }
    if (!ready.isEmpty() && beforeMerging) {
        if (auto s = beforeMerging(); !s) {
            return s.error();
        }
    }
    Transaction tx(m_db);
    for (const QuarantinedChange& q : std::as_const(refused)) {
        if (auto s = setReason(q.id, q.reason); !s) {
            return s.error();
        }
    }
    if (!ready.isEmpty()) {
        const Status together = merge(ready, out);
        if (!together && together.error().code != ErrorCode::NotFound) {
            return together.error();
        }
        if (!together) {
            // Some refer to records this copy does not have: each is tried on its own, in order, so
            // that those that can go do, and the others wait, saying which records they need.
            for (const QuarantinedChange& q : std::as_const(ready)) {
                const Status alone = merge({q}, out);
                if (alone) {
                    continue;
                }
                if (alone.error().code != ErrorCode::NotFound) {
                    return alone.error();
                }
                QuarantinedChange waiting = q;
                waiting.reason = alone.error().toString();
                if (auto s = setReason(q.id, waiting.reason); !s) {
                    return s.error();
                }
                refused.append(waiting);
            }
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    out.kept = refused.size();
    for (const QuarantinedChange& q : std::as_const(refused)) {
        if (out.reasons.size() == kMaxReasons) {
            break;
        }
        out.reasons.append(tr("%1 %2: %3").arg(q.change.table.left(40), q.change.recordId.left(40), q.reason));
    }
    return out;
}

Result<QuarantineRetry> Quarantine::retryAfterUpgrade(Database& db) {
    if (db.upgradedFrom() == 0) {
        return QuarantineRetry{};
    }
    return Quarantine(db).retry();
}

} // namespace fieldcase::core
