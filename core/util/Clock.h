// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace fieldcase::core {

// The source of "now" for everything in core, so that tests and the demo generator
// can run on a clock they control.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 ms = 0)
        : m_ms(ms) {}
    explicit ManualClock(const QDateTime& at)
        : m_ms(at.toMSecsSinceEpoch()) {}

    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void set(const QDateTime& at) { m_ms = at.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace fieldcase::core
