// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

class Database;

// Two people who may be one person registered twice (on two laptops, or twice on one).
struct DuplicatePair {
    QString personA; // the one registered first (smaller id)
    QString personB;
    QString nameA;
    QString nameB;
    QString birthDateA;
    QString birthDateB;
    QString reason; // translated: "same name and date of birth", "similar name, same date of birth", ...
};

// What merging two persons did.
struct PersonMergeResult {
    int repointed = 0; // records that pointed at the duplicate and now point at the survivor
    int filled = 0;    // fields the survivor lacked, taken from the duplicate
    // Fields where both had a value and the values differ: each is an open conflict on the survivor,
    // the survivor's value in use and the duplicate's the other version, for a person to decide in
    // the conflict inbox.
    int toDecide = 0;
};

// Finds possible duplicate persons, keeps the list for review, and merges two persons into one:
// every record that points at the duplicate (visits, plans, consents, attendance...) is pointed at
// the survivor through logged changes, the survivor takes the details it lacked, a detail both have
// with different values becomes a conflict in the inbox (nothing of either is dropped), and the
// duplicate becomes a tombstone with a redirect, so later packages that name it still land.
class Duplicates {
    Q_DECLARE_TR_FUNCTIONS(Duplicates)

public:
    explicit Duplicates(Database& db);

    // Looks for people like the given ones and records the pairs found for review.
    Result<QList<DuplicatePair>> detect(const QStringList& people);
    // Pairs waiting for review, both people still live.
    Result<QList<DuplicatePair>> open();
    Status dismiss(const QString& personA, const QString& personB);
    Result<PersonMergeResult> merge(const QString& survivor, const QString& duplicate);

private:
    Database& m_db;
};

} // namespace fieldcase::core
