// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContext.h"

namespace fieldcase::core::demo {

// Two years of field work with a household: home visits and other activities from the intake on,
// with who was there, links to the plan goals worked on, follow-up tasks, and the referrals and
// hand-overs made for its clients.
class CaseWorkBuilder {
public:
    static void write(DemoContext& ctx, const Household& household);

private:
    // What brings the worker: the first visit, a review of a plan, or the regular work in between.
    struct Visit {
        QDate day;
        int reviewedPlan = -1; // index into Household::plans
        bool intake = false;
    };

    static void writeActivity(DemoContext& ctx, const Household& household, const Visit& visit);
    static void writeReferral(DemoContext& ctx, const Household& household, const Member& member);
    static void writeHandover(DemoContext& ctx, const Household& household, const Member& member);
};

} // namespace fieldcase::core::demo
