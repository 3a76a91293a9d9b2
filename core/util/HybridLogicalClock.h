// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>

namespace fieldcase::core {

class Clock;

// A hybrid logical clock stamp: 48 bits of Unix milliseconds, 16 bits of counter.
// Stamps from one clock strictly increase, even when the wall clock stands still or goes
// back, and a stamp received from another device moves this clock past it, so that the
// order of stamps never contradicts the order in which changes could have seen each other.
class HybridLogicalClock {
    Q_DECLARE_TR_FUNCTIONS(HybridLogicalClock)

public:
    static constexpr quint64 kCounterBits = 16;
    static constexpr quint64 kCounterMask = (quint64{1} << kCounterBits) - 1;
    // How far ahead of our wall clock a received stamp may be before we refuse to follow it:
    // a laptop with its clock set years ahead must not drag every other clock with it.
    static constexpr qint64 kMaxDriftMs = qint64{24} * 60 * 60 * 1000;

    explicit HybridLogicalClock(const Clock& clock, quint64 last = 0);

    // A stamp for a local event (a change made here).
    quint64 now();
    // Takes in a stamp seen on another device; the next local stamp is greater than both.
    // Refused, leaving the clock unchanged, when the stamp is too far ahead of the wall clock.
    Status observe(quint64 remote);

    // Continues from a stamp this clock issued before (persisted in the database); never refused.
    void restore(quint64 last) { m_last = std::max(m_last, last); }
    quint64 last() const { return m_last; }

    static quint64 make(qint64 ms, quint64 counter) { return (quint64(ms) << kCounterBits) | (counter & kCounterMask); }
    static qint64 physicalMs(quint64 stamp) { return qint64(stamp >> kCounterBits); }
    static quint64 counter(quint64 stamp) { return stamp & kCounterMask; }

private:
    const Clock& m_clock;
    quint64 m_last;
};

} // namespace fieldcase::core
