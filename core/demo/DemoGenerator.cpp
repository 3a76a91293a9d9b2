// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "demo/CaseWorkBuilder.h"
#include "demo/DemoContext.h"
#include "demo/DemoWriter.h"
#include "demo/EventBuilder.h"
#include "demo/HouseholdBuilder.h"
#include "demo/IndicatorBuilder.h"
#include "demo/PlanBuilder.h"
#include "demo/ProgrammeBuilder.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QTimeZone>

#include <initializer_list>

namespace fieldcase::core {

using namespace Qt::StringLiterals;

namespace {

const QString kAnyPerson = u"SELECT EXISTS (SELECT 1 FROM person)"_s;

constexpr int kProgressEvery = 1000;

// Household sizes 1 to 11 in per cent: many large families, a mean of about 4.5.
constexpr std::initializer_list<int> kHouseholdSizes = {9, 13, 16, 17, 14, 10, 8, 5, 4, 2, 2};

// Puts the database on the demo clock for as long as the generator runs, and back on the system
// clock afterwards, however the run ends.
class ClockGuard {
public:
    ClockGuard(Database& db, const Clock& clock)
        : m_db(db)
        , m_previous(db.clockOverride()) {
        m_db.setClock(&clock);
    }
    ~ClockGuard() { m_db.setClock(m_previous); }
    ClockGuard(const ClockGuard&) = delete;
    ClockGuard& operator=(const ClockGuard&) = delete;

private:
    Database& m_db;
    const Clock* m_previous;
};

Error writeFailed(const Error& error) {
    Error e = error;
    e.message = DemoGenerator::tr("The demo data could not be written; nothing was saved. %1").arg(error.message);
    return e;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& options) {
    if (options.people < 1 || options.people > kMaxPeople) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Demo data can be made for 1 to %1 people; %2 is outside that range.")
                             .arg(kMaxPeople)
                             .arg(options.people));
    }
    const QDate today = options.today.isValid() ? options.today : db.clock().today();
    // The records are stamped on the demo's clock; a day in the future would put them ahead of
    // every other computer's clock, and merges refuse such stamps.
    if (today > db.clock().today()) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The demo's history must end today or earlier; %1 is in the future.").arg(today.toString(Qt::ISODate)));
    }
    {
        Statement st(db, kAnyPerson);
        auto any = st.scalar();
        if (!any) {
            return any.error();
        }
        if (any->toLongLong() != 0) {
            return makeError(ErrorCode::Conflict, tr("Demo data is only added to a database without people, so "
                                                     "that it is never mixed with real cases. Create a new, empty "
                                                     "database for the demo."));
        }
    }

    // Anchored in UTC, so that the ids (which carry the time) are the same in every time zone.
    ManualClock clock(QDateTime(today, QTime(20, 0), QTimeZone::utc()));
    ClockGuard guard(db, clock);
    db.ids().reseed(options.seed);

    demo::DemoWriter writer(db, clock);
    demo::DemoContext ctx(writer, options.seed, today);
    // One transaction for the whole run: a failed or cancelled run leaves the database as it was.
    Transaction tx(db);

    demo::ProgrammeBuilder::write(ctx, options.people);
    if (!writer.ok()) {
        return writeFailed(writer.status().error());
    }

    int done = 0;
    int nextReport = 0;
    for (int li = 0; li < ctx.localities.size(); ++li) {
        QList<demo::Resident> residents;
        int remaining = ctx.localities.at(li).targetPeople;
        while (remaining > 0) {
            const int size = qMin(remaining, ctx.rng.weighted(kHouseholdSizes) + 1);
            demo::Household household = demo::HouseholdBuilder::compose(ctx, li, size);
            demo::HouseholdBuilder::write(ctx, household);
            demo::PlanBuilder::write(ctx, household);
            demo::CaseWorkBuilder::write(ctx, household);
            if (!writer.ok()) {
                return writeFailed(writer.status().error());
            }
            for (const demo::Member& m : std::as_const(household.members)) {
                residents.append({m.id, m.birth, household.entry});
            }
            remaining -= size;
            done += size;
            if (options.progress && done >= nextReport) {
                if (!options.progress(done, options.people)) {
                    return makeError(ErrorCode::Cancelled, tr("Making the demo data was stopped; nothing was saved."));
                }
                nextReport = done + kProgressEvery;
            }
        }
        demo::EventBuilder::write(ctx, li, residents);
        if (!writer.ok()) {
            return writeFailed(writer.status().error());
        }
    }
    if (auto s = demo::IndicatorBuilder::write(ctx, db); !s) {
        return writeFailed(s.error());
    }
    if (auto s = tx.commit(); !s) {
        return writeFailed(s.error());
    }
    // Everything is stored by now. A checkpoint that cannot run yet (another connection is
    // reading) only leaves the log large until the next one, so it does not fail the run.
    db.checkpoint().ok();
    if (options.progress) {
        options.progress(options.people, options.people);
    }

    DemoSummary summary;
    summary.programmes = int(writer.count(u"programme"_s));
    summary.localities = int(writer.count(u"locality"_s));
    summary.staff = int(writer.count(u"staff"_s));
    summary.households = int(writer.count(u"household"_s));
    summary.people = int(writer.count(u"person"_s));
    summary.plans = int(writer.count(u"plan"_s));
    summary.goals = int(writer.count(u"plan_goal"_s));
    summary.activities = int(writer.count(u"activity"_s));
    summary.events = int(writer.count(u"event"_s));
    summary.attendances = int(writer.count(u"attendance"_s));
    summary.referrals = int(writer.count(u"referral"_s));
    summary.records = writer.records();
    summary.perTable = writer.perTable();
    return summary;
}

} // namespace fieldcase::core
