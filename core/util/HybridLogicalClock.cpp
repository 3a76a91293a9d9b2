// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/HybridLogicalClock.h"

#include "util/Clock.h"

#include <algorithm>

namespace fieldcase::core {

HybridLogicalClock::HybridLogicalClock(const Clock& clock, quint64 last)
    : m_clock(clock)
    , m_last(last) {}

quint64 HybridLogicalClock::now() {
    const qint64 wall = std::max<qint64>(m_clock.nowMs(), 0);
    const qint64 lastMs = physicalMs(m_last);
    if (wall > lastMs) {
        m_last = make(wall, 0);
    } else if (counter(m_last) < kCounterMask) {
        m_last += 1;
    } else {
        // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
        m_last = make(lastMs + 1, 0);
    }
    return m_last;
}

Status HybridLogicalClock::observe(quint64 remote) {
    const qint64 wall = std::max<qint64>(m_clock.nowMs(), 0);
    if (physicalMs(remote) > wall + kMaxDriftMs) {
        return makeError(ErrorCode::InvalidInput,
                         tr("A change is stamped more than a day ahead of this computer's clock. "
                            "Check the date and time on both computers."),
                         QStringLiteral("remote hlc %1, wall %2 ms").arg(remote).arg(wall));
    }
    m_last = std::max(m_last, remote);
    return {};
}

} // namespace fieldcase::core
