// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CaseWorkBuilder.h"

#include "demo/DemoWriter.h"
#include "demo/TextPools.h"

#include <algorithm>
#include <utility>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

struct GoalRef {
    const Plan* plan;
    const Goal* goal;
};

// Goals that someone could work on that day: of plans running then, not yet finished, and
// belonging to the person the activity is about (any goal of the household for a home visit).
QList<GoalRef> openGoals(const Household& h, int subject, const QDate& day) {
    QList<GoalRef> refs;
    for (const Plan& plan : h.plans) {
        if (!plan.runningOn(day) || (subject >= 0 && !plan.members.contains(subject))) {
            continue;
        }
        for (const Goal& goal : plan.goals) {
            if (goal.openOn(day) && (subject < 0 || goal.member < 0 || goal.member == subject)) {
                refs.append({&plan, &goal});
            }
        }
    }
    return refs;
}

int minutesFor(DemoRandom& rng, const QString& kind, bool intake) {
    if (intake) {
        return rng.between(12, 24) * 5;
    }
    if (kind == u"home_visit"_s) {
        return rng.between(4, 18) * 5;
    }
    if (kind == u"consultation"_s) {
        return rng.between(4, 12) * 5;
    }
    if (kind == u"service"_s) {
        return rng.between(6, 24) * 5;
    }
    if (kind == u"case_conference"_s) {
        return rng.between(9, 24) * 5;
    }
    if (kind == u"phone_call"_s) {
        return rng.between(3, 6) * 5;
    }
    return rng.between(12, 24) * 5;
}

// A referral shares the client's data with another service, so it needs a consent of its own.
QString writeReferralConsent(DemoContext& ctx, const Household& h, const Member& m, const QDate& day,
                             const QString& staff) {
    const QString representative = h.legalRepresentative(m, day);
    return ctx.writer.create(u"consent"_s,
                             {{u"person_id"_s, m.id},
                              {u"purpose"_s, u"referral"_s},
                              {u"text_version"_s, u"Referral consent v1"_s},
                              {u"given_date"_s, day},
                              {u"method"_s, u"written"_s},
                              {u"given_by"_s, representative.isEmpty() ? u"self"_s : u"legal_representative"_s},
                              {u"representative_name"_s, representative},
                              {u"recorded_by"_s, staff}});
}

QDate statusDate(DemoContext& ctx, const QDate& sent, int low, int high) {
    return qMin(sent.addDays(ctx.rng.between(low, high)), ctx.today);
}

} // namespace

void CaseWorkBuilder::write(DemoContext& ctx, const Household& h) {
    DemoRandom& rng = ctx.rng;
    QDate first;
    QDate last;
    bool everyoneLeft = true;
    for (const Member& m : h.members) {
        if (!m.client) {
            continue;
        }
        first = first.isValid() ? qMin(first, m.entry) : m.entry;
        everyoneLeft = everyoneLeft && m.exit.isValid();
        last = m.exit.isValid() ? qMax(last, m.exit) : last;
    }
    if (!first.isValid()) {
        return;
    }
    if (!everyoneLeft) {
        last = ctx.today;
    }
    QList<Visit> visits = {{first, -1, true}};
    // Some families need a visit every week or two, others one every couple of months.
    const int intensity = rng.between(50, 160);
    for (QDate day = first;;) {
        const int gap = qMax(2, 4500 / intensity * rng.between(50, 150) / 100);
        day = day.addDays(gap);
        if (day > last) {
            break;
        }
        day = ctx.workday(day, day.addDays(-2), last);
        visits.append({day, -1, false});
    }
    for (int p = 0; p < h.plans.size(); ++p) {
        for (const QDate& day : h.plans.at(p).reviews) {
            visits.append({day, p, false});
        }
    }
    std::stable_sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.day < b.day; });
    for (const Visit& visit : std::as_const(visits)) {
        writeActivity(ctx, h, visit);
    }

    for (const Member& m : h.members) {
        if (m.client && rng.percent(15)) {
            writeReferral(ctx, h, m);
        }
        if (m.client && rng.permille(15)) {
            writeHandover(ctx, h, m);
        }
    }
}

void CaseWorkBuilder::writeActivity(DemoContext& ctx, const Household& h, const Visit& visit) {
    DemoRandom& rng = ctx.rng;
    const QDate& day = visit.day;
    const bool review = visit.reviewedPlan >= 0;
    static const QStringList kinds = {u"home_visit"_s,      u"consultation"_s, u"service"_s,
                                      u"case_conference"_s, u"phone_call"_s,   u"accompaniment"_s};
    QString kind = visit.intake || review ? kinds.first() : kinds.at(rng.weighted({58, 12, 11, 3, 9, 7}));
    int subject = -1;
    QList<GoalRef> candidates;
    if (review) {
        const Plan& plan = h.plans.at(visit.reviewedPlan);
        subject = plan.family ? -1 : plan.members.first();
        for (const Goal& goal : plan.goals) {
            if (goal.openOn(day)) {
                candidates.append({&plan, &goal});
            }
        }
    } else if (kind != u"home_visit"_s) {
        QList<int> active;
        for (int i = 0; i < h.members.size(); ++i) {
            if (h.members.at(i).activeOn(day)) {
                active.append(i);
            }
        }
        if (active.isEmpty()) {
            kind = u"home_visit"_s;
        } else {
            subject = rng.pick(active);
        }
    }
    if (!visit.intake && !review) {
        candidates = openGoals(h, subject, day);
    }
    QList<const Goal*> linked;
    if (!candidates.isEmpty() && (review || rng.percent(65))) {
        linked.append(rng.pick(candidates).goal);
        const Goal* second = rng.pick(candidates).goal;
        if (second != linked.first() && rng.percent(review ? 60 : 15)) {
            linked.append(second);
        }
    }

    // Reviews are held by the case manager, who signs the plan.
    const int staff = review && h.caseManager >= 0 ? h.caseManager : ctx.fieldWorker(h);
    QVariantMap fields = {{u"kind"_s, kind},
                          {u"household_id"_s, h.id},
                          {u"staff_id"_s, ctx.staffId(staff)},
                          {u"happened_at"_s, ctx.workingTime(day)},
                          {u"minutes"_s, minutesFor(rng, kind, visit.intake || review)},
                          {u"planned"_s, rng.percent(kind == u"phone_call"_s ? 40 : 75)}};
    if (subject >= 0) {
        fields.insert(u"person_id"_s, h.members.at(subject).id);
    }
    if (visit.intake) {
        fields.insert(u"purpose"_s, texts::intakePurpose());
        fields.insert(u"place"_s, u"Client's home"_s);
    } else if (review) {
        fields.insert(u"purpose"_s, texts::reviewPurpose());
        fields.insert(u"place"_s, u"Client's home"_s);
    } else if (kind == u"home_visit"_s && (day.month() >= 9 || day.month() == 1) && rng.percent(20)) {
        fields.insert(u"purpose"_s, texts::winterPurpose());
        fields.insert(u"place"_s, u"Client's home"_s);
    } else {
        const texts::Purpose& purpose = rng.pick(texts::purposes(kind));
        fields.insert(u"purpose"_s, purpose.text);
        fields.insert(u"place"_s, purpose.place);
    }
    if (kind == u"service"_s) {
        fields.insert(u"service_type"_s, rng.pick(texts::serviceTypes()));
    }
    QStringList observed;
    if (visit.intake) {
        observed.append(rng.pick(texts::observations(u"intake"_s)));
    }
    if (!linked.isEmpty()) {
        observed.append(rng.pick(texts::progressNotes(linked.first()->area)));
    }
    if (!visit.intake && rng.percent(linked.isEmpty() ? (kind == u"phone_call"_s ? 50 : 85) : 35)) {
        observed.append(rng.pick(texts::observations(kind)));
    }
    fields.insert(u"observations"_s, observed.join(u' '));
    if (visit.intake || rng.percent(60)) {
        fields.insert(u"agreements"_s, rng.pick(texts::agreements(visit.intake)));
    }
    const bool risk = rng.permille(kind == u"home_visit"_s ? 12 : 3);
    fields.insert(u"risk_flag"_s, risk);
    if (risk) {
        fields.insert(u"risk_note"_s, rng.pick(texts::riskNotes()));
    }
    if (rng.percent(35)) {
        fields.insert(u"next_visit_date"_s, day.addDays(rng.between(7, 35)));
    }
    const QString activity = ctx.writer.create(u"activity"_s, fields);

    const auto participant = [&](const QString& column, const QString& id, const QString& role) {
        ctx.writer.create(u"activity_participant"_s, {{u"activity_id"_s, activity}, {column, id}, {u"role"_s, role}});
    };
    if (subject >= 0) {
        participant(u"person_id"_s, h.members.at(subject).id, u"client"_s);
    } else {
        QList<int> present;
        for (int i = 0; i < h.members.size(); ++i) {
            if (h.members.at(i).birth <= day) {
                present.append(i);
            }
        }
        const int seen = qMin(1 + rng.weighted({50, 35, 15}), int(present.size()));
        for (int i : rng.sample(int(present.size()), seen)) {
            const Member& m = h.members.at(present.at(i));
            participant(u"person_id"_s, m.id, m.activeOn(day) ? u"client"_s : u"household_member"_s);
        }
    }
    participant(u"staff_id"_s, ctx.staffId(staff), u"staff"_s);
    const Locality& locality = ctx.localities.at(h.locality);
    if (!locality.experts.isEmpty() && rng.percent(kind == u"home_visit"_s ? 20 : 8)) {
        participant(u"staff_id"_s, ctx.staffId(rng.pick(locality.experts)), u"experience_expert"_s);
    }
    if (kind == u"case_conference"_s) {
        const int colleague = rng.pick(locality.team);
        if (colleague != staff) {
            participant(u"staff_id"_s, ctx.staffId(colleague), u"staff"_s);
        }
    }
    for (const Goal* goal : std::as_const(linked)) {
        ctx.writer.create(u"activity_goal"_s, {{u"activity_id"_s, activity}, {u"goal_id"_s, goal->id}});
    }

    if (!visit.intake && rng.percent(12)) {
        const QDate deadline = day.addDays(rng.between(7, 30));
        QString status = u"open"_s;
        if (deadline.daysTo(ctx.today) > 7) {
            status = QStringList{u"done"_s, u"cancelled"_s, u"open"_s}.at(rng.weighted({80, 7, 13}));
        }
        QVariantMap task = {{u"activity_id"_s, activity},
                            {u"description"_s, rng.pick(texts::taskDescriptions())},
                            {u"owner"_s, rng.pick(texts::taskOwners())},
                            {u"deadline"_s, deadline},
                            {u"status"_s, status}};
        task.insert(subject >= 0 ? u"person_id"_s : u"household_id"_s, subject >= 0 ? h.members.at(subject).id : h.id);
        if (!linked.isEmpty() && rng.percent(50)) {
            task.insert(u"goal_id"_s, linked.first()->id);
        }
        if (rng.percent(40)) {
            task.insert(u"owner_staff_id"_s, ctx.staffId(staff));
        }
        ctx.writer.create(u"task"_s, task);
    }
}

void CaseWorkBuilder::writeReferral(DemoContext& ctx, const Household& h, const Member& m) {
    DemoRandom& rng = ctx.rng;
    const QDate limit = m.exit.isValid() ? m.exit : ctx.today;
    const QDate planned = m.entry.addDays(rng.between(14, 240));
    if (planned > limit) {
        return;
    }
    const QDate sent = ctx.workday(planned, m.entry, limit);
    const bool badHousing = h.housing == u"informal"_s || h.housing == u"homeless"_s || h.housing == u"shelter"_s;
    const texts::ReferralTarget& target =
        texts::referralTargets().at(rng.weighted({25, 30, 15, badHousing ? 20 : 6, 22}));
    const QString staff = ctx.staffId(h.caseManager >= 0 ? h.caseManager : ctx.fieldWorker(h));
    const QString consent = writeReferralConsent(ctx, h, m, sent, staff);
    static const QStringList statuses = {u"sent"_s, u"accepted"_s, u"completed"_s, u"declined"_s, u"cancelled"_s};
    // Fresh referrals wait for an answer; a few older ones are still unanswered after weeks.
    const qint64 waited = sent.daysTo(ctx.today);
    const QString status = waited < 10   ? u"sent"_s
                           : waited < 60 ? statuses.at(rng.weighted({15, 30, 30, 15, 10}))
                                         : statuses.at(rng.weighted({0, 20, 58, 15, 7}));
    QVariantMap fields = {{u"kind"_s, u"referral"_s},
                          {u"person_id"_s, m.id},
                          {u"household_id"_s, h.id},
                          {u"from_service"_s, u"Field social work"_s},
                          {u"to_service"_s, target.service},
                          {u"from_facility_id"_s, ctx.facilityId(h.country, u"field_work"_s)},
                          {u"reason"_s, rng.pick(target.reasons)},
                          {u"consent_id"_s, consent},
                          {u"sent_date"_s, sent},
                          {u"status"_s, status},
                          {u"referred_by"_s, staff}};
    if (!target.facilityKind.isEmpty()) {
        fields.insert(u"to_facility_id"_s, ctx.facilityId(h.country, target.facilityKind));
    }
    if (status == u"sent"_s) {
        fields.insert(u"status_date"_s, sent);
    } else if (status == u"accepted"_s) {
        fields.insert(u"status_date"_s, statusDate(ctx, sent, 2, 20));
    } else if (status == u"completed"_s) {
        fields.insert(u"status_date"_s, statusDate(ctx, sent, 20, 120));
        fields.insert(u"outcome"_s, rng.pick(target.outcomes));
    } else if (status == u"declined"_s) {
        fields.insert(u"status_date"_s, statusDate(ctx, sent, 3, 30));
        fields.insert(u"outcome"_s, rng.pick(texts::declinedOutcomes()));
    } else {
        fields.insert(u"status_date"_s, statusDate(ctx, sent, 5, 60));
        fields.insert(u"outcome"_s, rng.pick(texts::cancelledOutcomes()));
    }
    ctx.writer.create(u"referral"_s, fields);
}

void CaseWorkBuilder::writeHandover(DemoContext& ctx, const Household& h, const Member& m) {
    DemoRandom& rng = ctx.rng;
    static const QStringList kinds = {u"shelter"_s, u"counselling"_s, u"family_support"_s};
    static const QStringList services = {u"Shelter"_s, u"Counselling centre"_s, u"Family support service"_s};
    const int choice = int(rng.below(3));
    const QString from = ctx.facilityId(h.country, u"field_work"_s);
    const QString to = ctx.facilityId(h.country, kinds.at(choice));
    const QDate limit = m.exit.isValid() ? m.exit : ctx.today;
    const QDate planned = m.entry.addDays(rng.between(30, 300));
    if (to.isEmpty() || from.isEmpty() || planned > limit) {
        return;
    }
    const QDate sent = ctx.workday(planned, m.entry, limit);
    const Locality& locality = ctx.localities.at(h.locality);
    int receiving = rng.pick(locality.team);
    if (receiving == h.caseManager && locality.team.size() > 1) {
        receiving = locality.team.at((locality.team.indexOf(receiving) + 1) % locality.team.size());
    }
    const QString staff = ctx.staffId(h.caseManager >= 0 ? h.caseManager : ctx.fieldWorker(h));
    const QString consent = writeReferralConsent(ctx, h, m, sent, staff);
    const bool answered = sent.daysTo(ctx.today) >= 10;
    const QString status = !answered ? u"sent"_s : (rng.percent(70) ? u"completed"_s : u"accepted"_s);
    ctx.writer.create(u"referral"_s, {{u"kind"_s, u"handover"_s},
                                      {u"person_id"_s, m.id},
                                      {u"household_id"_s, h.id},
                                      {u"from_service"_s, u"Field social work"_s},
                                      {u"to_service"_s, services.at(choice)},
                                      {u"from_facility_id"_s, from},
                                      {u"to_facility_id"_s, to},
                                      {u"reason"_s, texts::handoverReasons().at(choice)},
                                      {u"consent_id"_s, consent},
                                      {u"sent_date"_s, sent},
                                      {u"status"_s, status},
                                      {u"status_date"_s, answered ? statusDate(ctx, sent, 1, 10) : sent},
                                      {u"referred_by"_s, staff},
                                      {u"receiving_staff_id"_s, ctx.staffId(receiving)}});
}

} // namespace fieldcase::core::demo
