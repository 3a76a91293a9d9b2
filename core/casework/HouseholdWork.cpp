// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/HouseholdWork.h"

#include "domain/RecordStore.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace fieldcase::core {

namespace {
const QString kHead = QStringLiteral("head");
const QString kHeadField = QStringLiteral("head_person_id");
const QString kRelationship = QStringLiteral("relationship");
} // namespace

HouseholdWork::HouseholdWork(Database& db)
    : m_db(db) {}

Status HouseholdWork::syncHead(const QString& personId) {
    RecordStore store(m_db);
    auto person = store.get(QStringLiteral("person"), personId);
    if (!person) {
        return person.error();
    }
    const QString household = person->text(QStringLiteral("household_id"));
    const bool isHead = !person->deleted && !household.isEmpty() && person->text(kRelationship) == kHead;
    Transaction tx(m_db);
    // Households that still name the person as head although the person no longer heads them.
    auto headed = store.findBy(QStringLiteral("household"), kHeadField, personId);
    if (!headed) {
        return headed.error();
    }
    for (const Record& h : *headed) {
        if (!isHead || h.id != household) {
            if (auto s = store.update(QStringLiteral("household"), h.id, {{kHeadField, QVariant()}}); !s) {
                return s.error();
            }
        }
    }
    if (isHead) {
        // A household has one head: whoever was the head before is not any more.
        auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), household);
        if (!members) {
            return members.error();
        }
        for (const Record& m : *members) {
            if (m.id != personId && m.text(kRelationship) == kHead) {
                if (auto s = store.update(QStringLiteral("person"), m.id, {{kRelationship, QVariant()}}); !s) {
                    return s.error();
                }
            }
        }
        if (auto s = store.update(QStringLiteral("household"), household, {{kHeadField, personId}}); !s) {
            return s.error();
        }
    }
    return tx.commit();
}

Status HouseholdWork::syncMembers(const QString& householdId) {
    RecordStore store(m_db);
    auto household = store.get(QStringLiteral("household"), householdId);
    if (!household) {
        return household.error();
    }
    if (household->deleted) {
        return {};
    }
    const QString head = household->text(kHeadField);
    auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), householdId);
    if (!members) {
        return members.error();
    }
    const bool headIsMember =
        std::any_of(members->cbegin(), members->cend(), [&](const Record& m) { return !m.deleted && m.id == head; });
    if (!headIsMember) {
        // No head chosen, or someone outside the household: no member's relationship is touched.
        return {};
    }
    Transaction tx(m_db);
    for (const Record& m : *members) {
        if (m.deleted) {
            continue;
        }
        const bool marked = m.text(kRelationship) == kHead;
        if (m.id == head && !marked) {
            if (auto s = store.update(QStringLiteral("person"), m.id, {{kRelationship, kHead}}); !s) {
                return s.error();
            }
        } else if (m.id != head && marked) {
            if (auto s = store.update(QStringLiteral("person"), m.id, {{kRelationship, QVariant()}}); !s) {
                return s.error();
            }
        }
    }
    return tx.commit();
}

} // namespace fieldcase::core
