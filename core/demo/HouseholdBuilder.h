// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoContext.h"

namespace fieldcase::core::demo {

// Households of realistic composition (a head, often a spouse or partner, children, sometimes a
// grandparent or grandchildren, with ages that fit together), named the way each country names
// people, and written with their consents, ESF+ entry records and exit records.
class HouseholdBuilder {
public:
    static Household compose(DemoContext& ctx, int locality, int size);
    static void write(DemoContext& ctx, Household& household);

private:
    static void writeMembers(DemoContext& ctx, Household& household);
    static void writeClientRecords(DemoContext& ctx, Household& household, int member);
    static void writeExit(DemoContext& ctx, const Member& member);
};

} // namespace fieldcase::core::demo
