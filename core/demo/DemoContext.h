// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "demo/NamePools.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fieldcase::core::demo {

class DemoWriter;

// What the builders keep in memory while they write: the programme's reference data for the whole
// run, and one locality's households at a time, so that memory does not grow with the size.

struct StaffMember {
    QString id;
    QString role;
    int locality = -1; // -1 for programme-wide staff (supervisors)
};

struct Locality {
    QString id;
    Country country = Country::HU;
    QString name;
    QString municipality;
    QString kind;
    int targetPeople = 0;
    QList<int> team;         // indexes into DemoContext::staff
    QList<int> caseManagers; // of the team
    QList<int> fieldWorkers; // social workers, case managers and mediators of the team
    QList<int> experts;      // experience experts of the team
};

struct Facility {
    QString id;
    QString kind;
    Country country = Country::HU;
};

struct Member {
    QString id;
    QString familyName;
    QString givenNames;
    QString birthName; // only when it differs from the current name
    QString fullName;
    QString motherName; // the mother's birth name, recorded in Hungary
    bool female = false;
    QDate birth;
    QString relationship;
    QString phone;
    bool client = false;
    QDate entry; // clients: the day of entry into the programme
    QDate exit;  // clients who left: the day they left
    QString labour;
    QString isced;
    int plan = -1; // index into Household::plans

    int ageOn(const QDate& day) const;
    // A client who had entered and not yet left on that day.
    bool activeOn(const QDate& day) const {
        return client && entry.isValid() && entry <= day && (!exit.isValid() || day <= exit);
    }
};

struct Goal {
    QString id;
    int member = -1; // -1 for a goal the whole family shares
    QString area;
    QString title;
    QDate deadline;
    QDate startedAt;
    QDate finalAt; // when finalStatus was reached, for statuses that end the work
    QString finalStatus;

    // The status the goal had on that day, for review snapshots and for linking visits.
    QString statusOn(const QDate& day) const;
    bool openOn(const QDate& day) const;
};

struct Plan {
    QString id;
    bool family = false;
    QList<int> members; // indexes into Household::members
    QDate start;
    QDate end; // closed plans
    QString status;
    QList<Goal> goals;
    QList<QDate> reviews; // the days the plan was reviewed with the client or family

    bool runningOn(const QDate& day) const {
        return (status == QStringLiteral("active") || status == QStringLiteral("closed")) && start <= day &&
               (!end.isValid() || day <= end);
    }
};

struct Household {
    QString id;
    int locality = 0;
    Country country = Country::HU;
    bool roma = true;
    QString name;
    QString housing;
    QDate entry;
    int caseManager = -1; // index into DemoContext::staff
    QList<Member> members;
    QList<Plan> plans;

    // Who signs for a member under 18 on that day: the adult head of the household or their
    // partner. Empty for adults, and when no adult lives there.
    QString legalRepresentative(const Member& member, const QDate& day) const;
};

struct DemoContext {
    DemoContext(DemoWriter& writer, quint64 seed, const QDate& today);

    DemoWriter& writer;
    DemoRandom rng;
    // The entry answers added in schema 6 (unemployed since, citizenship, foreign background) come from
    // a stream of their own, so that adding them left every other record of a seed as it was.
    DemoRandom esf;
    QDate today;
    QDate start; // the first day of the two years of history
    QString programmeId;
    QList<StaffMember> staff;
    QList<Locality> localities;
    QList<Facility> facilities;

    // The facility of that kind in the country, empty when there is none.
    QString facilityId(Country country, const QString& kind) const;
    QString staffId(int index) const { return index >= 0 ? staff.at(index).id : QString(); }
    // A team member who does field work, the case manager more often than not.
    int fieldWorker(const Household& household);
    // The nearest working day to day within [earliest, latest]; day itself if there is none.
    QDate workday(const QDate& day, const QDate& earliest, const QDate& latest) const;
    // A time in working hours on that day, as the DateTime field stores it.
    QString workingTime(const QDate& day);
};

} // namespace fieldcase::core::demo
