// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/PlanBuilder.h"

#include "demo/DemoWriter.h"
#include "demo/TextPools.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr int kReviewMonths = 3;
// The chance that a review falls due and is held; the rest leave the plan overdue.
constexpr int kReviewHeldPercent = 93;

bool hasChildren(const Household& h, const Member& m) {
    if (m.relationship != u"head"_s && m.relationship != u"spouse"_s && m.relationship != u"partner"_s) {
        return false;
    }
    for (const Member& other : h.members) {
        if (other.relationship == u"child"_s && other.birth.daysTo(m.entry) < 18 * 365) {
            return true;
        }
    }
    return false;
}

// How likely each intervention area (in texts::areas() order) is to be a need of this client.
QList<int> areaWeights(const Household& h, const Member& m) {
    const bool lowEducation = m.isced == u"isced0"_s || m.isced == u"isced1"_s;
    const bool noWork =
        m.labour == u"unemployed"_s || m.labour == u"long_term_unemployed"_s || m.labour == u"inactive"_s;
    const bool badHousing = h.housing == u"informal"_s || h.housing == u"homeless"_s || h.housing == u"shelter"_s;
    return {lowEducation ? 30 : (m.isced == u"isced2"_s ? 12 : 3),
            noWork ? 30 : 6,
            12,
            badHousing ? 22 : 8,
            14,
            hasChildren(h, m) ? 18 : 2,
            12,
            6};
}

int pickArea(DemoRandom& rng, QList<int> weights, const QSet<int>& exclude) {
    int total = 0;
    for (int i = 0; i < weights.size(); ++i) {
        if (exclude.contains(i)) {
            weights[i] = 0;
        }
        total += weights.at(i);
    }
    if (total == 0) {
        return int(rng.below(quint64(weights.size())));
    }
    int roll = int(rng.below(quint64(total)));
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i)) {
            return i;
        }
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

QString statusFor(DemoRandom& rng, const QStringList& statuses, std::initializer_list<int> weights) {
    return statuses.at(rng.weighted(weights));
}

} // namespace

void PlanBuilder::write(DemoContext& ctx, Household& h) {
    DemoRandom& rng = ctx.rng;
    QList<int> chosen;
    for (int i = 0; i < h.members.size(); ++i) {
        const Member& m = h.members.at(i);
        const int age = m.ageOn(ctx.today);
        const bool stayed = !m.exit.isValid() || m.entry.daysTo(m.exit) >= 45;
        if (m.client && age >= 16 && age <= 55 && stayed && rng.percent(85)) {
            chosen.append(i);
        }
    }
    if (chosen.isEmpty()) {
        return;
    }
    QList<Plan> plans;
    if (chosen.size() >= 2 && rng.percent(35)) {
        Plan p;
        p.family = true;
        p.members = chosen;
        plans.append(p);
    } else {
        for (int i : chosen) {
            Plan p;
            p.members = {i};
            plans.append(p);
        }
    }
    for (Plan& p : plans) {
        writePlan(ctx, h, p);
    }
}

bool PlanBuilder::schedule(DemoContext& ctx, const Household& h, Plan& p, QList<QDate>& reviews, QList<int>& versions,
                           QDate& nextReview) {
    DemoRandom& rng = ctx.rng;
    QDate lastEntry;
    QDate lastExit;
    bool everyoneLeft = true;
    for (int i : p.members) {
        const Member& m = h.members.at(i);
        lastEntry = qMax(lastEntry, m.entry);
        everyoneLeft = everyoneLeft && m.exit.isValid();
        lastExit = m.exit.isValid() ? qMax(lastExit, m.exit) : lastExit;
    }
    const QDate planned = qMin(lastEntry.addDays(rng.between(10, 60)), ctx.today);
    p.start = ctx.workday(planned, lastEntry, ctx.today);
    const QDate left = everyoneLeft ? lastExit : QDate();
    if (left.isValid() && left <= p.start) {
        return false;
    }
    const qint64 age = p.start.daysTo(ctx.today);
    if (left.isValid()) {
        p.status = u"closed"_s;
        p.end = left;
    } else if (age < 21) {
        p.status = rng.percent(50) ? u"draft"_s : u"awaiting_signature"_s;
    } else if (age > 450 && rng.percent(15)) {
        p.status = u"closed"_s;
        p.end = ctx.workday(rng.date(p.start.addDays(365), ctx.today), p.start, ctx.today);
    } else if (rng.percent(4)) {
        p.status = u"awaiting_signature"_s;
    } else {
        p.status = u"active"_s;
    }

    nextReview = p.start.addMonths(kReviewMonths);
    if (p.status != u"active"_s && p.status != u"closed"_s) {
        return true;
    }
    const QDate limit = p.end.isValid() ? p.end : ctx.today;
    QDate previous = p.start;
    int version = 1;
    while (nextReview <= limit && rng.percent(kReviewHeldPercent)) {
        QDate held = qBound(previous.addDays(1), nextReview.addDays(rng.between(-7, 14)), limit);
        held = ctx.workday(held, previous.addDays(1), limit);
        if (rng.percent(35)) {
            ++version;
        }
        reviews.append(held);
        versions.append(version);
        previous = held;
        nextReview = held.addMonths(kReviewMonths);
    }
    return true;
}

void PlanBuilder::composeGoals(DemoContext& ctx, const Household& h, Plan& p) {
    DemoRandom& rng = ctx.rng;
    const QStringList& areas = texts::areas();
    QSet<QString> titles;
    const auto addGoal = [&](int member, const QString& area) {
        Goal g;
        g.member = member;
        g.area = area;
        const QStringList& pool = texts::goalTitles(area);
        for (int attempt = 0; attempt < 5 && (g.title.isEmpty() || titles.contains(g.title)); ++attempt) {
            g.title = rng.pick(pool);
        }
        if (titles.contains(g.title)) {
            return;
        }
        titles.insert(g.title);
        p.goals.append(g);
    };
    if (p.family) {
        for (int i : p.members) {
            const QList<int> weights = areaWeights(h, h.members.at(i));
            QSet<int> used;
            for (int n = rng.between(1, 2); n > 0; --n) {
                const int area = pickArea(rng, weights, used);
                used.insert(area);
                addGoal(i, areas.at(area));
            }
        }
        static const QStringList shared = {u"housing"_s, u"income_debt"_s, u"children_family"_s, u"documents"_s};
        for (int n = rng.between(1, 2); n > 0; --n) {
            addGoal(-1, rng.pick(shared));
        }
    } else {
        const QList<int> weights = areaWeights(h, h.members.at(p.members.first()));
        QSet<int> used;
        for (int n = rng.between(2, 4); n > 0; --n) {
            const int area = pickArea(rng, weights, used.size() < 3 ? used : QSet<int>());
            used.insert(area);
            addGoal(-1, areas.at(area));
        }
    }

    static const QStringList outcomes = {u"achieved"_s, u"partly_achieved"_s, u"not_achieved"_s, u"in_progress"_s,
                                         u"dropped"_s};
    static const QStringList ongoing = {u"in_progress"_s, u"achieved"_s, u"planned"_s};
    static const QStringList unfinished = {u"partly_achieved"_s, u"not_achieved"_s, u"dropped"_s};
    const bool signedPlan = p.status == u"active"_s || p.status == u"closed"_s;
    const QDate limit = p.end.isValid() ? p.end : ctx.today;
    for (Goal& g : p.goals) {
        g.deadline = p.start.addDays(rng.between(60, 300));
        g.startedAt = qMin(p.start.addDays(rng.between(0, 30)), limit);
        if (!signedPlan) {
            g.finalStatus = u"planned"_s;
            continue;
        }
        g.finalStatus =
            g.deadline <= limit ? statusFor(rng, outcomes, {45, 20, 12, 18, 5}) : statusFor(rng, ongoing, {65, 15, 20});
        if (p.status == u"closed"_s && (g.finalStatus == u"in_progress"_s || g.finalStatus == u"planned"_s)) {
            g.finalStatus = statusFor(rng, unfinished, {40, 35, 25});
        }
        if (g.finalStatus != u"in_progress"_s && g.finalStatus != u"planned"_s) {
            const QDate earliest = qMin(g.startedAt.addDays(14), limit);
            const QDate latest = qMax(earliest, qMin(g.deadline.addDays(30), limit));
            g.finalAt = rng.date(earliest, latest);
        }
    }
}

void PlanBuilder::writePlan(DemoContext& ctx, Household& h, Plan& p) {
    DemoRandom& rng = ctx.rng;
    QList<QDate> reviews;
    QList<int> versions;
    QDate nextReview;
    if (!schedule(ctx, h, p, reviews, versions, nextReview)) {
        return;
    }
    composeGoals(ctx, h, p);
    const Locality& locality = ctx.localities.at(h.locality);
    const QString manager = ctx.staffId(h.caseManager);
    const QString expert =
        !locality.experts.isEmpty() && rng.percent(40) ? ctx.staffId(rng.pick(locality.experts)) : QString();
    const Member& first = h.members.at(p.members.first());
    QVariantMap fields = {
        {u"kind"_s, p.family ? u"family"_s : u"individual"_s},
        {u"programme_id"_s, ctx.programmeId},
        {u"title"_s,
         (p.family ? u"Family development plan (%1)"_s : u"Individual development plan (%1)"_s).arg(p.start.year())},
        {u"status"_s, p.status},
        {u"start_date"_s, p.start},
        {u"case_manager_id"_s, manager},
        {u"experience_expert_id"_s, expert},
        {u"plan_version"_s, versions.isEmpty() ? 1 : versions.last()},
    };
    fields.insert(p.family ? u"household_id"_s : u"person_id"_s, p.family ? h.id : first.id);
    if (p.end.isValid()) {
        fields.insert(u"end_date"_s, p.end);
    }
    if (p.status != u"closed"_s) {
        fields.insert(u"next_review_date"_s, nextReview);
    }
    if (p.status == u"active"_s || p.status == u"closed"_s) {
        const QDate signedOn = ctx.workday(qMin(p.start.addDays(rng.between(0, 7)), ctx.today), p.start, ctx.today);
        const QString representative = p.family ? QString() : h.legalRepresentative(first, signedOn);
        fields.insert(u"signed_by"_s, representative.isEmpty() ? u"client"_s : u"legal_representative"_s);
        fields.insert(u"representative_name"_s, representative);
        fields.insert(u"client_signed_date"_s, signedOn);
        fields.insert(u"manager_signed_date"_s, qMin(signedOn.addDays(rng.between(0, 3)), ctx.today));
        if (!expert.isEmpty()) {
            fields.insert(u"expert_signed_date"_s, signedOn);
        }
    } else if (p.status == u"awaiting_signature"_s) {
        fields.insert(u"manager_signed_date"_s, p.start);
    }
    if (rng.percent(15)) {
        fields.insert(u"notes"_s, rng.pick(texts::planNotes()));
    }
    p.id = ctx.writer.create(u"plan"_s, fields);

    static const QStringList priorities = {u"high"_s, u"medium"_s, u"low"_s};
    QSet<QString> needAreas;
    for (const Goal& g : std::as_const(p.goals)) {
        if (needAreas.size() < 3 && !needAreas.contains(g.area)) {
            needAreas.insert(g.area);
            ctx.writer.create(u"plan_need"_s, {{u"plan_id"_s, p.id},
                                               {u"area"_s, g.area},
                                               {u"description"_s, rng.pick(texts::needs(g.area))},
                                               {u"priority"_s, priorities.at(rng.weighted({45, 40, 15}))}});
        }
    }

    for (int i = 0; i < p.goals.size(); ++i) {
        Goal& g = p.goals[i];
        QVariantMap goal = {{u"plan_id"_s, p.id},        {u"area"_s, g.area},
                            {u"title"_s, g.title},       {u"owner"_s, rng.pick(texts::goalOwners())},
                            {u"deadline"_s, g.deadline}, {u"status"_s, g.statusOn(ctx.today)},
                            {u"sort_order"_s, i + 1}};
        if (g.member >= 0) {
            goal.insert(u"person_id"_s, h.members.at(g.member).id);
        }
        if (rng.percent(70)) {
            goal.insert(u"steps"_s, rng.pick(texts::goalSteps(g.area)));
        }
        if (rng.percent(40)) {
            goal.insert(u"owner_staff_id"_s, expert.isEmpty() || rng.percent(60) ? manager : expert);
        }
        g.id = ctx.writer.create(u"plan_goal"_s, goal);
    }

    static const QStringList overdueStatus = {u"done"_s, u"in_progress"_s, u"cancelled"_s};
    static const QStringList upcomingStatus = {u"planned"_s, u"in_progress"_s};
    for (int n = rng.between(0, 2); n > 0 && !p.goals.isEmpty(); --n) {
        const Goal& g = rng.pick(p.goals);
        const texts::PlanActionText& action = rng.pick(texts::planActions(g.area));
        const QDate due = p.start.addDays(rng.between(14, 120));
        QString status = u"planned"_s;
        if (p.status == u"closed"_s) {
            status = due <= p.end && rng.percent(70) ? u"done"_s : u"cancelled"_s;
        } else if (p.status == u"active"_s) {
            status = due < ctx.today ? statusFor(rng, overdueStatus, {70, 20, 10})
                                     : statusFor(rng, upcomingStatus, {55, 45});
        }
        ctx.writer.create(u"plan_action"_s, {{u"plan_id"_s, p.id},
                                             {u"goal_id"_s, g.id},
                                             {u"kind"_s, action.kind},
                                             {u"description"_s, action.description},
                                             {u"provider"_s, action.provider},
                                             {u"due_date"_s, due},
                                             {u"status"_s, status}});
    }

    for (int r = 0; r < reviews.size(); ++r) {
        const QDate held = reviews.at(r);
        QJsonArray goals;
        for (const Goal& g : std::as_const(p.goals)) {
            QJsonObject snapshot = {{u"goal_id"_s, g.id},
                                    {u"area"_s, g.area},
                                    {u"title"_s, g.title},
                                    {u"status"_s, g.statusOn(held)},
                                    {u"deadline"_s, g.deadline.toString(Qt::ISODate)}};
            if (g.member >= 0) {
                snapshot.insert(u"person_id"_s, h.members.at(g.member).id);
            }
            goals.append(snapshot);
        }
        ctx.writer.create(u"plan_review"_s,
                          {{u"plan_id"_s, p.id},
                           {u"review_date"_s, held},
                           {u"reviewed_by"_s, manager},
                           {u"summary"_s, rng.pick(texts::reviewSummaries())},
                           {u"next_review_date"_s, held.addMonths(kReviewMonths)},
                           {u"plan_version"_s, versions.at(r)},
                           {u"snapshot"_s, QJsonObject{{u"plan_version"_s, versions.at(r)}, {u"goals"_s, goals}}}});
    }
    p.reviews = reviews;
    const int index = int(h.plans.size());
    for (int i : p.members) {
        h.members[i].plan = index;
    }
    h.plans.append(p);
}

} // namespace fieldcase::core::demo
