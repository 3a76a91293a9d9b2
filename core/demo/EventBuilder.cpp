// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/EventBuilder.h"

#include "demo/DemoContext.h"
#include "demo/DemoWriter.h"
#include "demo/TextPools.h"

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

int ageOn(const QDate& birth, const QDate& day) {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

bool suits(const QString& kind, int age) {
    if (kind == u"volunteering"_s) {
        return age >= 6 && age <= 15; // the homework club is for school children
    }
    if (kind == u"community_event"_s) {
        return age >= 0;
    }
    return age >= 16;
}

double hoursFor(DemoRandom& rng, const QString& kind) {
    if (kind == u"forum"_s) {
        return 3;
    }
    if (kind == u"thematic_day"_s) {
        return 5;
    }
    if (kind == u"training"_s) {
        static const QList<int> lengths = {2, 3, 4, 6, 10};
        return rng.pick(lengths);
    }
    if (kind == u"community_event"_s) {
        return rng.between(3, 4);
    }
    return 2;
}

int guestsFor(DemoRandom& rng, const QString& kind) {
    if (kind == u"forum"_s) {
        return rng.between(3, 15);
    }
    if (kind == u"thematic_day"_s) {
        return rng.between(0, 8);
    }
    if (kind == u"volunteering"_s) {
        return rng.between(2, 10); // the secondary-school volunteers
    }
    return rng.between(0, 5);
}

} // namespace

void EventBuilder::write(DemoContext& ctx, int locality, const QList<Resident>& residents) {
    DemoRandom& rng = ctx.rng;
    const QStringList& trainings = texts::eventTitles(u"training"_s);
    const QStringList& themes = texts::eventTitles(u"thematic_day"_s);
    const QStringList& community = texts::eventTitles(u"community_event"_s);
    const QStringList& volunteering = texts::eventTitles(u"volunteering"_s);
    const QStringList& meetings = texts::eventTitles(u"community_meeting"_s);
    const auto on = [&](int year, int month, int low, int high) { return QDate(year, month, rng.between(low, high)); };
    // Titles and dates are drawn in separate statements: the order in which function arguments
    // are evaluated is unspecified, and the same seed must give the same events with every compiler.
    const auto event = [&](const QString& kind, const QString& title, const QDate& day) {
        writeEvent(ctx, locality, residents, kind, title, day);
    };
    for (int year = ctx.start.year(); year <= ctx.today.year(); ++year) {
        event(u"forum"_s, u"Inclusion forum: expectations and achievements (spring %1)"_s.arg(year),
              on(year, 4, 8, 26));
        event(u"forum"_s, u"Inclusion forum: expectations and achievements (autumn %1)"_s.arg(year),
              on(year, 10, 8, 26));
        for (int month : {2, 5, 9, 11}) {
            const QString title = rng.pick(themes);
            event(u"thematic_day"_s, title, on(year, month, 5, 25));
        }
        for (int n = 0; n < 3; ++n) {
            const QString title = rng.pick(trainings);
            const int month = rng.between(1, 11);
            event(u"training"_s, title, on(year, month, 3, 26));
        }
        // Community events keep to their days: Roma Day on 8 April, Children's Day around 1 June.
        event(u"community_event"_s, community.at(texts::kRomaDay), QDate(year, 4, 8));
        event(u"community_event"_s, community.at(texts::kChildrensDay), QDate(year, 6, 1));
        event(u"community_event"_s, community.at(texts::kCleanUpDay), on(year, 5, 2, 20));
        event(u"community_event"_s, community.at(texts::kChristmas), on(year, 12, 14, 21));
        if (rng.percent(30)) {
            event(u"community_event"_s, community.at(texts::kHolocaustMemorialDay), QDate(year, 8, 2));
        }
        for (int month : {3, 5, 10, 12}) {
            const QString title = volunteering.at(rng.between(0, 1));
            event(u"volunteering"_s, title, on(year, month, 3, 24));
        }
        if (rng.percent(40)) {
            event(u"volunteering"_s, volunteering.at(2), on(year, 7, 6, 24));
        }
        for (int n = 0; n < 2; ++n) {
            const QString title = rng.pick(meetings);
            const int month = rng.between(1, 11);
            event(u"community_meeting"_s, title, on(year, month, 3, 26));
        }
    }
}

void EventBuilder::writeEvent(DemoContext& ctx, int localityIndex, const QList<Resident>& residents,
                              const QString& kind, const QString& title, const QDate& planned) {
    if (planned < ctx.start || planned > ctx.today) {
        return;
    }
    DemoRandom& rng = ctx.rng;
    const Locality& locality = ctx.localities.at(localityIndex);
    // Celebrations keep their date, even on a weekend; everything else moves to a working day.
    const QDate day = kind == u"community_event"_s ? planned : ctx.workday(planned, ctx.start, ctx.today);
    const double hours = hoursFor(rng, kind);
    const QList<int> staff = rng.sample(int(locality.team.size()), rng.between(1, 3));
    const int organiser = locality.team.at(staff.first());
    QVariantMap fields = {{u"kind"_s, kind},
                          {u"title"_s, title},
                          {u"event_date"_s, day},
                          {u"hours"_s, hours},
                          {u"place"_s, rng.pick(texts::eventPlaces())},
                          {u"locality_id"_s, locality.id},
                          {u"programme_id"_s, ctx.programmeId},
                          {u"organiser_staff_id"_s, ctx.staffId(organiser)},
                          {u"external_guests"_s, guestsFor(rng, kind)}};
    if (rng.percent(25)) {
        fields.insert(u"notes"_s, rng.pick(texts::eventNotes()));
    }
    const QString event = ctx.writer.create(u"event"_s, fields);

    QList<int> eligible;
    for (int i = 0; i < residents.size(); ++i) {
        const Resident& r = residents.at(i);
        if (r.since <= day && r.birth <= day && suits(kind, ageOn(r.birth, day))) {
            eligible.append(i);
        }
    }
    const QList<int> chosen = rng.sample(int(eligible.size()), rng.between(5, 40));
    for (int n = 0; n < chosen.size(); ++n) {
        const bool present = rng.percent(92);
        QString role = u"participant"_s;
        if (n == 0 && kind == u"forum"_s && rng.percent(30)) {
            role = u"speaker"_s;
        } else if (kind == u"community_event"_s && ageOn(residents.at(eligible.at(chosen.at(n))).birth, day) >= 18 &&
                   rng.percent(10)) {
            role = u"volunteer"_s;
        }
        ctx.writer.create(u"attendance"_s, {{u"event_id"_s, event},
                                            {u"person_id"_s, residents.at(eligible.at(chosen.at(n))).id},
                                            {u"role"_s, role},
                                            {u"hours"_s, present ? hours : 0.0},
                                            {u"present"_s, present}});
    }
    for (int n = 0; n < staff.size(); ++n) {
        const bool speaks = n == 0 && (kind == u"forum"_s || kind == u"thematic_day"_s) && rng.percent(50);
        ctx.writer.create(u"attendance"_s, {{u"event_id"_s, event},
                                            {u"staff_id"_s, ctx.staffId(locality.team.at(staff.at(n)))},
                                            {u"role"_s, speaks ? u"speaker"_s : u"staff"_s},
                                            {u"hours"_s, hours},
                                            {u"present"_s, true}});
    }
}

} // namespace fieldcase::core::demo
