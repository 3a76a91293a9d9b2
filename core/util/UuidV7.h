// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <random>

namespace fieldcase::core {

class Clock;

// Whether the text is a UUID as ids are written here: lower-case hex in groups of 8-4-4-4-12,
// of any version. Checked by hand: the exchange calls it several times for every change merged.
bool isUuidText(QStringView text);

// Makes RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then a 12-bit counter that
// keeps ids made in the same millisecond in order, then 62 random bits. Ids from one
// generator sort (as text) in the order they were made, even if the wall clock steps back;
// reseed() starts a new, repeatable sequence (see there).
class UuidV7Generator {
public:
    explicit UuidV7Generator(const Clock& clock);

    QString next();

    // Starts a repeatable sequence, for demo data that must be the same for the same seed: from
    // here on the ids depend only on the seed and the clock, as those of a new generator would,
    // and sort in the order they are made. Repeatable means forgetting the last millisecond
    // used, so they sort after the ids made before the reseed only when the clock is past those.
    void reseed(quint64 seed);

    static bool isValid(const QString& id);
    // The millisecond timestamp encoded in an id, or -1 if it is not a v7 id.
    static qint64 timestampMs(const QString& id);

private:
    const Clock& m_clock;
    std::mt19937_64 m_random;
    qint64 m_lastMs = -1;
    quint32 m_counter = 0;
};

} // namespace fieldcase::core
