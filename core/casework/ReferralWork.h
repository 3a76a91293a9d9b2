// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace fieldcase::core {

class Database;

// Referrals from one service or facility to another, followed through sent, accepted or
// declined, completed (or cancelled); and hand-overs between facilities, which move the
// responsibility for a person or household to the receiving key worker. Every step is a logged
// change of the referral, so its history stays readable.
class ReferralWork {
    Q_DECLARE_TR_FUNCTIONS(ReferralWork)

public:
    explicit ReferralWork(Database& db);

    // Sends a referral. A person's data leaves the service only with their consent: a consent
    // for referrals or for sharing with other services, given and not withdrawn, is required.
    Result<QString> refer(const QVariantMap& fields);

    // The statuses a referral can move to from the given one.
    static QStringList nextStatuses(const QString& status);
    Status setStatus(const QString& referralId, const QString& status, const QDate& date, const QString& outcome = {});

    // Hands a person or household over to another facility: records the hand-over (accepted on
    // the day) and makes the receiving staff member the case manager of the person or household
    // and of their plans in force.
    Result<QString> handOver(const QVariantMap& fields);

    // A consent of the person that allows a referral, if there is one.
    Result<QString> referralConsent(const QString& personId, const QDate& on);

private:
    Database& m_db;
};

} // namespace fieldcase::core
