// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace fieldcase::core {

class Database;

// Keeps a household's head of household (household.head_person_id) in step with its members'
// relationship to the head: a member saved as "head" becomes the head, and a member who was
// the head before loses that relationship; a head who leaves the household, or is saved with
// another relationship, is no longer its head. Every change goes through RecordStore, so the
// change log holds it.
class HouseholdWork {
    Q_DECLARE_TR_FUNCTIONS(HouseholdWork)

public:
    explicit HouseholdWork(Database& db);

    // Brings the households the person belongs to or headed in line with the person as stored.
    // Call it in the transaction that saved the person.
    Status syncHead(const QString& personId);
    // The other way round, after the household itself was saved with a head chosen: the member
    // named head gets the relationship "head", and any other member who had it loses it. No head,
    // or a head who is not a member of the household, changes no one. Call it in the transaction
    // that saved the household.
    Status syncMembers(const QString& householdId);

private:
    Database& m_db;
};

} // namespace fieldcase::core
