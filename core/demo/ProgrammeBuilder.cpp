// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ProgrammeBuilder.h"

#include "demo/DemoContext.h"
#include "demo/DemoWriter.h"
#include "demo/PlacePools.h"
#include "demo/TextPools.h"

#include <QSet>

#include <algorithm>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPeoplePerLocality = 400;
constexpr int kPeoplePerStaff = 150;
constexpr int kStaffPerSupervisor = 25;

// The order in which a locality's team grows: a case manager first, then a social worker and an
// experience expert from the community, then the health and education mediators, then more
// field workers. Which of them comes first changes from one locality to the next.
QString teamRole(int locality, int position) {
    const QString expert = u"experience_expert"_s;
    const QString social = u"social_worker"_s;
    const QString health = u"health_mediator"_s;
    const QString education = u"education_mediator"_s;
    const bool expertFirst = locality % 2 == 0;
    const bool healthFirst = (locality / 4) % 2 == 0;
    const QStringList order = {u"case_manager"_s, expertFirst ? expert : social,
                               locality % 4 < 2 ? (expertFirst ? social : expert) : (healthFirst ? health : education),
                               locality % 4 < 2 ? (healthFirst ? health : education) : (expertFirst ? social : expert),
                               healthFirst ? education : health};
    static const QStringList later = {u"social_worker"_s, u"case_manager"_s, u"experience_expert"_s,
                                      u"social_worker"_s};
    if (position < order.size()) {
        return order.at(position);
    }
    return later.at((position - order.size()) % later.size());
}

struct PlannedStaff {
    QString role;
    int locality;
    int position; // in the team; the first member of a team stays its case manager
};

// Small programmes still show every role: a missing role takes the place of a member whose role
// the programme has more than once.
void coverEveryRole(QList<PlannedStaff>& planned) {
    const QStringList required = {u"social_worker"_s, u"experience_expert"_s, u"health_mediator"_s,
                                  u"education_mediator"_s, u"case_manager"_s};
    const auto countOf = [&](const QString& role) {
        return std::count_if(planned.cbegin(), planned.cend(), [&](const PlannedStaff& p) { return p.role == role; });
    };
    for (const QString& role : required) {
        if (countOf(role) > 0) {
            continue;
        }
        for (qsizetype i = planned.size() - 1; i >= 0; --i) {
            PlannedStaff& p = planned[i];
            if (p.position > 0 && p.role != u"supervisor"_s && countOf(p.role) > 1) {
                p.role = role;
                break;
            }
        }
    }
}

QString facilityName(const QString& kind, const QString& municipality) {
    if (kind == u"field_work"_s) {
        return u"Field social work team, "_s + municipality;
    }
    if (kind == u"shelter"_s) {
        return u"Family shelter, "_s + municipality;
    }
    if (kind == u"counselling"_s) {
        return u"Counselling centre, "_s + municipality;
    }
    if (kind == u"family_support"_s) {
        return u"Family support service, "_s + municipality;
    }
    return u"Job centre, "_s + municipality;
}

} // namespace

void ProgrammeBuilder::write(DemoContext& ctx, int people) {
    writeProgramme(ctx);
    writeLocalities(ctx, people);
    writeStaff(ctx);
    writeFacilities(ctx);
}

void ProgrammeBuilder::writeProgramme(DemoContext& ctx) {
    ctx.programmeId =
        ctx.writer.create(u"programme"_s, {{u"name"_s, u"Catching-up Settlements Programme (demonstration data)"_s},
                                           {u"kind"_s, u"catching_up"_s},
                                           {u"funder_line"_s, u"Co-financed by the European Union, ESF+"_s},
                                           {u"start_date"_s, ctx.start},
                                           {u"end_date"_s, ctx.start.addYears(4).addDays(-1)},
                                           {u"special_categories"_s, true},
                                           {u"review_months"_s, 3}});
}

void ProgrammeBuilder::writeLocalities(DemoContext& ctx, int people) {
    DemoRandom& rng = ctx.rng;
    const int count = qMax(3, (people + kPeoplePerLocality / 2) / kPeoplePerLocality);
    QList<Country> countries;
    if (count >= kCountryCount) {
        for (int c = 0; c < kCountryCount; ++c) {
            countries.append(Country(c));
        }
        while (countries.size() < count) {
            countries.append(Country(rng.weighted({30, 15, 25, 15, 15})));
        }
    } else {
        for (int c : rng.sample(kCountryCount, count)) {
            countries.append(Country(c));
        }
    }

    QList<int> weights;
    qint64 weightSum = 0;
    for (int i = 0; i < count; ++i) {
        weights.append(rng.between(60, 140));
        weightSum += weights.last();
    }
    int assigned = 0;
    QSet<QString> usedNames;
    static const QStringList kinds = {u"segregated_settlement"_s, u"village"_s, u"town"_s, u"city_district"_s};
    for (int i = 0; i < count; ++i) {
        Locality l;
        l.country = countries.at(i);
        l.targetPeople = i == count - 1 ? people - assigned : int(qint64(people) * weights.at(i) / weightSum);
        assigned += l.targetPeople;
        l.kind = kinds.at(rng.weighted({50, 32, 13, 5}));
        const bool part = l.kind == u"segregated_settlement"_s || l.kind == u"city_district"_s;
        for (int attempt = 0; attempt < 200 && (l.name.isEmpty() || usedNames.contains(l.name)); ++attempt) {
            l.municipality = places::municipality(rng, l.country);
            l.name = part ? l.municipality + u" – "_s + places::settlementPart(rng, l.country) : l.municipality;
        }
        // With a million people the morphemes can run out in one country; a number keeps names apart.
        for (int n = 2; usedNames.contains(l.name); ++n) {
            l.name = l.municipality + u' ' + QString::number(n);
        }
        usedNames.insert(l.name);

        QString urban;
        if (l.kind == u"town"_s) {
            urban = rng.percent(80) ? u"intermediate"_s : u"urban"_s;
        } else if (l.kind == u"city_district"_s) {
            urban = rng.percent(85) ? u"urban"_s : u"intermediate"_s;
        } else {
            urban = rng.percent(85) ? u"rural"_s : u"intermediate"_s;
        }
        QVariantMap fields = {{u"programme_id"_s, ctx.programmeId},
                              {u"name"_s, l.name},
                              {u"municipality"_s, l.municipality},
                              {u"county"_s, places::county(rng, l.country)},
                              {u"country"_s, countryCode(l.country)},
                              {u"settlement_kind"_s, l.kind},
                              {u"urban_class"_s, urban},
                              {u"postal_code"_s, places::postalCode(rng, l.country)}};
        if (rng.percent(30)) {
            fields.insert(u"notes"_s, rng.pick(texts::localityNotes()));
        }
        l.id = ctx.writer.create(u"locality"_s, fields);
        ctx.localities.append(l);
    }
}

void ProgrammeBuilder::writeStaff(DemoContext& ctx) {
    DemoRandom& rng = ctx.rng;
    QList<PlannedStaff> planned;
    for (int li = 0; li < ctx.localities.size(); ++li) {
        const int size = qMax(1, (ctx.localities.at(li).targetPeople + kPeoplePerStaff / 2) / kPeoplePerStaff);
        for (int p = 0; p < size; ++p) {
            planned.append({teamRole(li, p), li, p});
        }
    }
    if (planned.size() >= 5) {
        coverEveryRole(planned);
    }
    const int supervisors = qMax(1, (int(planned.size()) + kStaffPerSupervisor / 2) / kStaffPerSupervisor);
    for (int s = 0; s < supervisors; ++s) {
        planned.append({u"supervisor"_s, -1, 0});
    }

    QSet<QString> usernames;
    for (int i = 0; i < planned.size(); ++i) {
        const PlannedStaff& p = planned.at(i);
        // Supervisors take the country of the localities they oversee, for their names.
        const int home = p.locality >= 0 ? p.locality : (i * int(ctx.localities.size())) / int(planned.size());
        const Country country = ctx.localities.at(home).country;
        const bool expert = p.role == u"experience_expert"_s;
        const bool female = rng.percent(expert ? 70 : 75);
        const bool roma = expert || rng.percent(20);
        const int birthYear = ctx.today.year() - rng.between(24, 62);
        QString family;
        QString given;
        QString fullName;
        do {
            const Surname s = names::surname(rng, country, roma);
            family = female ? s.female : s.male;
            given = names::givenName(rng, country, female, birthYear);
            fullName = names::fullName(country, family, given);
        } while (names::isKnownPerson(fullName));
        QString username = names::ascii(given) + u'.' + names::ascii(family);
        for (int n = 2; usernames.contains(username); ++n) {
            username = names::ascii(given) + u'.' + names::ascii(family) + QString::number(n);
        }
        usernames.insert(username);

        StaffMember member;
        member.role = p.role;
        member.locality = p.locality;
        member.id = ctx.writer.create(u"staff"_s, {{u"programme_id"_s, ctx.programmeId},
                                                   {u"full_name"_s, fullName},
                                                   {u"role"_s, p.role},
                                                   {u"is_experience_expert"_s, expert},
                                                   {u"username"_s, username},
                                                   {u"email"_s, QString(username + u"@demo.fieldcase.invalid"_s)},
                                                   {u"phone"_s, places::mobilePhone(rng, country)},
                                                   {u"active"_s, true}});
        const int index = int(ctx.staff.size());
        ctx.staff.append(member);
        if (p.locality >= 0) {
            Locality& l = ctx.localities[p.locality];
            l.team.append(index);
            if (p.role == u"case_manager"_s) {
                l.caseManagers.append(index);
            }
            if (expert) {
                l.experts.append(index);
            } else {
                l.fieldWorkers.append(index);
            }
        }

        const auto& trainings = texts::staffTrainings();
        QList<int> chosen = rng.sample(int(trainings.size()), rng.between(1, 4));
        // The 10-hour equal opportunities training (the first in the pool) reaches most of the staff.
        if (!chosen.contains(0) && rng.percent(50)) {
            chosen[0] = 0;
        }
        for (int t : chosen) {
            const texts::TrainingText& training = trainings.at(t);
            const QDate day = ctx.workday(rng.date(ctx.start, ctx.today), ctx.start, ctx.today);
            ctx.writer.create(u"staff_training"_s, {{u"staff_id"_s, member.id},
                                                    {u"title"_s, training.title},
                                                    {u"training_date"_s, day},
                                                    {u"hours"_s, training.hours},
                                                    {u"provider"_s, training.provider}});
        }
    }
    // A locality whose only member was reassigned still needs someone to manage its cases.
    for (Locality& l : ctx.localities) {
        if (l.caseManagers.isEmpty() && !l.team.isEmpty()) {
            l.caseManagers.append(l.team.first());
        }
    }
}

void ProgrammeBuilder::writeFacilities(DemoContext& ctx) {
    DemoRandom& rng = ctx.rng;
    QList<Country> seen;
    for (int li = 0; li < ctx.localities.size(); ++li) {
        const Locality& l = ctx.localities.at(li);
        if (seen.contains(l.country)) {
            continue;
        }
        const int order = int(seen.size());
        seen.append(l.country);
        QStringList kinds = {u"field_work"_s, u"family_support"_s, u"job_centre"_s};
        kinds.append(order % 2 == 0 ? u"shelter"_s : u"counselling"_s);
        if (order == 0) {
            kinds.append(u"counselling"_s);
        }
        for (const QString& kind : kinds) {
            QVariantMap fields = {{u"programme_id"_s, ctx.programmeId},
                                  {u"locality_id"_s, l.id},
                                  {u"name"_s, facilityName(kind, l.municipality)},
                                  {u"kind"_s, kind},
                                  {u"address"_s, places::streetAddress(rng, l.country)},
                                  {u"phone"_s, places::mobilePhone(rng, l.country)}};
            if (kind == u"shelter"_s) {
                fields.insert(u"beds"_s, rng.between(12, 40));
            }
            ctx.facilities.append({ctx.writer.create(u"facility"_s, fields), kind, l.country});
        }
    }
}

} // namespace fieldcase::core::demo
