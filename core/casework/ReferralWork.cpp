// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/ReferralWork.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace fieldcase::core {

namespace {

const QString kConsent = QStringLiteral(
    "SELECT id FROM consent WHERE person_id = ? AND deleted = 0 AND purpose IN ('referral', 'data_sharing') "
    "AND given_date <= ? AND (withdrawn_date IS NULL OR withdrawn_date > ?) ORDER BY given_date DESC LIMIT 1");
const QString kConsentValid =
    QStringLiteral("SELECT count(*) FROM consent WHERE id = ? AND person_id = ? AND deleted = 0 "
                   "AND purpose IN ('referral', 'data_sharing') AND (withdrawn_date IS NULL OR withdrawn_date > ?)");
const QString kPlansInForce =
    QStringLiteral("SELECT id FROM plan WHERE deleted = 0 AND status IN ('draft', 'awaiting_signature', 'active') "
                   "AND ((person_id = ? AND ? <> '') OR (household_id = ? AND ? <> ''))");
const QString kTable = QStringLiteral("referral");

QString label(const QString& field) {
    return Schema::instance().table(kTable)->field(field)->displayLabel();
}

} // namespace

ReferralWork::ReferralWork(Database& db)
    : m_db(db) {}

Result<QString> ReferralWork::referralConsent(const QString& personId, const QDate& on) {
    Statement st(m_db, kConsent);
    const QString day = on.toString(Qt::ISODate);
    st.bind(personId).bind(day).bind(day);
    auto id = st.scalar();
    if (!id) {
        return id.error();
    }
    return id->toString();
}

Result<QString> ReferralWork::refer(const QVariantMap& input) {
    QVariantMap fields = input;
    fields.insert(QStringLiteral("kind"), QStringLiteral("referral"));
    fields.insert(QStringLiteral("status"), QStringLiteral("sent"));
    if (values::isEmpty(fields.value(QStringLiteral("status_date")))) {
        fields.insert(QStringLiteral("status_date"), fields.value(QStringLiteral("sent_date")));
    }
    const QString person = fields.value(QStringLiteral("person_id")).toString();
    if (!person.isEmpty()) {
        const QString consent = fields.value(QStringLiteral("consent_id")).toString();
        const QString day = fields.value(QStringLiteral("sent_date")).toString();
        Statement st(m_db, kConsentValid);
        st.bind(consent).bind(person).bind(day);
        auto valid = st.scalar();
        if (!valid) {
            return valid.error();
        }
        if (consent.isEmpty() || valid->toInt() == 0) {
            return makeError(ErrorCode::InvalidInput,
                             tr("A referral passes the person's data to another service: choose their consent for "
                                "referrals or for sharing with other services. If there is none, record it first."),
                             {}, QStringLiteral("consent_id"));
        }
    }
    RecordStore store(m_db);
    return store.create(kTable, fields);
}

QStringList ReferralWork::nextStatuses(const QString& status) {
    if (status == QStringLiteral("sent")) {
        return {QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("cancelled")};
    }
    if (status == QStringLiteral("accepted")) {
        return {QStringLiteral("completed"), QStringLiteral("cancelled")};
    }
    return {};
}

Status ReferralWork::setStatus(const QString& referralId, const QString& status, const QDate& date,
                               const QString& outcome) {
    RecordStore store(m_db);
    auto referral = store.get(kTable, referralId);
    if (!referral) {
        return referral.error();
    }
    const QString current = referral->text(QStringLiteral("status"));
    if (!nextStatuses(current).contains(status)) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("A referral that is %1 cannot become %2.")
                .arg(Schema::instance().enumLabel(current).toLower(), Schema::instance().enumLabel(status).toLower()),
            {}, QStringLiteral("status"));
    }
    const QDate sent = QDate::fromString(referral->text(QStringLiteral("sent_date")), Qt::ISODate);
    if (!date.isValid() || (sent.isValid() && date < sent)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 cannot be before the referral was sent.").arg(label(QStringLiteral("status_date"))), {},
                         QStringLiteral("status_date"));
    }
    if (date > m_db.clock().today()) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("%1 is in the future; record the answer when it comes.").arg(label(QStringLiteral("status_date"))), {},
            QStringLiteral("status_date"));
    }
    QVariantMap changes = {{QStringLiteral("status"), status},
                           {QStringLiteral("status_date"), date.toString(Qt::ISODate)}};
    if (!outcome.trimmed().isEmpty()) {
        changes.insert(QStringLiteral("outcome"), outcome);
    }
    return store.update(kTable, referralId, changes);
}

Result<QString> ReferralWork::handOver(const QVariantMap& input) {
    QVariantMap fields = input;
    fields.insert(QStringLiteral("kind"), QStringLiteral("handover"));
    fields.insert(QStringLiteral("status"), QStringLiteral("accepted"));
    fields.insert(QStringLiteral("status_date"), fields.value(QStringLiteral("sent_date")));
    const QString receiving = fields.value(QStringLiteral("receiving_staff_id")).toString();
    if (receiving.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose the staff member who takes over; they become the case manager."), {},
                         QStringLiteral("receiving_staff_id"));
    }
    const QString person = fields.value(QStringLiteral("person_id")).toString();
    const QString household = fields.value(QStringLiteral("household_id")).toString();
    RecordStore store(m_db);
    Transaction tx(m_db);
    auto id = store.create(kTable, fields);
    if (!id) {
        return id.error();
    }
    const QVariantMap manager = {{QStringLiteral("case_manager_id"), receiving}};
    if (!person.isEmpty()) {
        if (auto s = store.update(QStringLiteral("person"), person, manager); !s) {
            return s.error();
        }
    }
    if (!household.isEmpty()) {
        if (auto s = store.update(QStringLiteral("household"), household, manager); !s) {
            return s.error();
        }
    }
    QStringList plans;
    {
        Statement st(m_db, kPlansInForce);
        st.bind(person).bind(person).bind(household).bind(household);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        while (st.next()) {
            plans.append(st.value(0).toString());
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    for (const QString& plan : plans) {
        if (auto s = store.update(QStringLiteral("plan"), plan, manager); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return *id;
}

} // namespace fieldcase::core
