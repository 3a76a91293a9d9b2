// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace fieldcase::core::demo {

struct DemoContext;

// The programme and its reference data: localities in the five countries, the staff of each
// locality's team with their trainings, and the facilities that referrals and hand-overs go to.
class ProgrammeBuilder {
public:
    static void write(DemoContext& ctx, int people);

private:
    static void writeProgramme(DemoContext& ctx);
    static void writeLocalities(DemoContext& ctx, int people);
    static void writeStaff(DemoContext& ctx);
    static void writeFacilities(DemoContext& ctx);
};

} // namespace fieldcase::core::demo
