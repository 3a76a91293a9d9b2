// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace fieldcase::core {

class Database;

namespace demo {

struct DemoContext;

// The demo programme's catalogue of indicators: the ESF+ ones and the catching-up programme's example
// set (IndicatorSeed), with targets such a programme would set for its size: near what its teams
// manage, a little above it in some years and below it in others, so that a dashboard shows indicators
// both behind and ahead. Written after everything else, from what the demo holds by then.
class IndicatorBuilder {
public:
    static Status write(DemoContext& ctx, Database& db);
};

} // namespace demo

} // namespace fieldcase::core
