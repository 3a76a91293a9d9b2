// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <functional>

namespace fieldcase::core {

class Database;

struct DemoOptions {
    int people = 1000;
    quint64 seed = 1;
    // The last day of the two years of history; today when not set.
    QDate today;
    // Called now and then with the number of people written so far; return false to stop.
    std::function<bool(int done, int total)> progress;
};

struct DemoSummary {
    int programmes = 0;
    int localities = 0;
    int staff = 0;
    int households = 0;
    int people = 0;
    int plans = 0;
    int goals = 0;
    int activities = 0;
    int events = 0;
    int attendances = 0;
    int referrals = 0;
    qint64 records = 0;             // every row written, all tables
    QMap<QString, qint64> perTable; // rows written, by table name
};

// Fills an empty database with a realistic synthetic programme: localities in Hungary, Czechia,
// Slovakia, Bulgaria and Romania, households of realistic size, people of all ages with names
// from realistic pools (never real persons), entry records and consents, development plans for
// most people aged 16-55, two years of visits and services, group events with attendance.
// Everything goes through RecordStore, so the change log holds every record. The same seed,
// size and date give the same data (the same dump), on every platform and in every time zone.
// A database that already holds people is refused. The run is one transaction: when it is
// cancelled or fails, the database is left as it was. The file grows by about 28 KB a person,
// and needs about as much again while the run is in progress.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int kMaxPeople = 1000000;

    static Result<DemoSummary> generate(Database& db, const DemoOptions& options);
};

} // namespace fieldcase::core
