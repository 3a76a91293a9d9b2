// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core::demo::texts {

// The English texts that field workers write into plans, visit notes and referrals, in pools
// per intervention area ("education", "employment", ... as in the schema) or per kind of record.

// The eight intervention areas in schema order.
const QStringList& areas();

const QStringList& needs(const QString& area);
const QStringList& goalTitles(const QString& area);
const QStringList& goalSteps(const QString& area);
// A sentence for a visit that worked on a goal of the area.
const QStringList& progressNotes(const QString& area);

struct PlanActionText {
    QString kind; // service, referral, task
    QString description;
    QString provider;
};
const QList<PlanActionText>& planActions(const QString& area);

const QStringList& goalOwners();
const QStringList& planNotes();
const QStringList& reviewSummaries();

struct Purpose {
    QString text;
    QString place;
};
// Purposes of an activity of the given kind (home_visit, consultation, ...), with where it happens.
const QList<Purpose>& purposes(const QString& activityKind);
const QString& intakePurpose();
const QString& reviewPurpose();
// A purpose of home visits between September and January only.
const QString& winterPurpose();
const QStringList& serviceTypes();
// What a worker notes after an activity of the given kind, or "intake" for the first visit.
const QStringList& observations(const QString& activityKind);
const QStringList& agreements(bool intake);
const QStringList& riskNotes();
const QStringList& taskDescriptions();
const QStringList& taskOwners();

struct ReferralTarget {
    QString service;
    QString facilityKind; // the facility kind that receives it, empty for services outside the programme
    QStringList reasons;
    QStringList outcomes; // when completed
};
const QList<ReferralTarget>& referralTargets();
const QStringList& declinedOutcomes();
const QStringList& cancelledOutcomes();
const QStringList& handoverReasons();

struct TrainingText {
    QString title;
    double hours;
    QString provider;
};
const QList<TrainingText>& staffTrainings();

// Titles of group events of the given kind (forum, thematic_day, training, ...).
const QStringList& eventTitles(const QString& kind);
// Community events that keep to a day of the year, as indexes into eventTitles("community_event").
enum CommunityEvent { kCleanUpDay, kChildrensDay, kRomaDay, kChristmas, kHolocaustMemorialDay };
const QStringList& eventPlaces();
const QStringList& eventNotes();

const QStringList& householdNotes();
const QStringList& personNotes();
const QStringList& localityNotes();
const QStringList& exitNotes();

} // namespace fieldcase::core::demo::texts
