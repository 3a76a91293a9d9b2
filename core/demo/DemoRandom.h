// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <utility>

namespace fieldcase::core::demo {

// xoshiro256** seeded through splitmix64, with integer helpers of our own. The standard
// distributions are not used on purpose: their output differs between standard libraries, and
// the demo data must be the same on every platform for the same seed.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) {
        quint64 x = seed;
        for (quint64& s : m_state) {
            x += 0x9E3779B97F4A7C15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next() {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); rejection sampling keeps it free of modulo bias.
    quint64 below(quint64 n) {
        if (n <= 1) {
            return 0;
        }
        const quint64 limit = ~quint64{0} - (~quint64{0} % n);
        quint64 x = next();
        while (x >= limit) {
            x = next();
        }
        return x % n;
    }

    // Uniform in [low, high], both included; low when the range is empty.
    int between(int low, int high) {
        if (high <= low) {
            return low;
        }
        return low + int(below(quint64(qint64(high) - low + 1)));
    }

    bool percent(int p) { return int(below(100)) < p; }
    bool permille(int p) { return int(below(1000)) < p; }

    // The index of one of the weights, chosen in proportion to it.
    int weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = int(below(quint64(total)));
        int index = 0;
        for (int w : weights) {
            if (roll < w) {
                return index;
            }
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    template <typename T>
    const T& pick(const QList<T>& items) {
        Q_ASSERT(!items.isEmpty());
        return items.at(qsizetype(below(quint64(items.size()))));
    }

    // A day in [from, to], both included; from when the range is empty.
    QDate date(const QDate& from, const QDate& to) { return from.addDays(between(0, int(from.daysTo(to)))); }

    // Picks count distinct indexes of [0, n) in random order (a partial Fisher-Yates shuffle).
    QList<int> sample(int n, int count) {
        QList<int> all(n);
        for (int i = 0; i < n; ++i) {
            all[i] = i;
        }
        count = qMin(count, n);
        for (int i = 0; i < count; ++i) {
            const int j = between(i, n - 1);
            std::swap(all[i], all[j]);
        }
        all.resize(count);
        return all;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4] = {};
};

} // namespace fieldcase::core::demo
