// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContext.h"

namespace fieldcase::core::demo {

// Individual and family development plans for most clients aged 16 to 55: needs, goals with
// an outcome that unfolds over time, actions, and the reviews held every three months with a
// snapshot of the goals as they stood then.
class PlanBuilder {
public:
    static void write(DemoContext& ctx, Household& household);

private:
    static bool schedule(DemoContext& ctx, const Household& household, Plan& plan, QList<QDate>& reviews,
                         QList<int>& versions, QDate& nextReview);
    static void composeGoals(DemoContext& ctx, const Household& household, Plan& plan);
    static void writePlan(DemoContext& ctx, Household& household, Plan& plan);
};

} // namespace fieldcase::core::demo
