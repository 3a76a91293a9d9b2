// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/UuidV7.h"

#include "util/Clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace fieldcase::core {

namespace {
constexpr quint32 kCounterMax = 0xFFF;
// A fresh millisecond starts the counter at a random value in its lower half, which leaves
// room for at least 2,048 more ids in the same millisecond.
constexpr quint32 kCounterSeedMask = 0x7FF;
} // namespace

UuidV7Generator::UuidV7Generator(const Clock& clock)
    : m_clock(clock)
    , m_random(QRandomGenerator::system()->generate64()) {}

void UuidV7Generator::reseed(quint64 seed) {
    m_random.seed(seed);
    m_lastMs = -1;
    m_counter = 0;
}

QString UuidV7Generator::next() {
    qint64 ms = std::max<qint64>(m_clock.nowMs(), 0);
    if (ms > m_lastMs) {
        m_lastMs = ms;
        m_counter = quint32(m_random()) & kCounterSeedMask;
    } else if (m_counter < kCounterMax) {
        ++m_counter;
    } else {
        // Counter exhausted, or the clock went back: run ahead on our own millisecond.
        ++m_lastMs;
        m_counter = quint32(m_random()) & kCounterSeedMask;
    }
    ms = m_lastMs;

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = quint8(quint64(ms) >> (8 * (5 - i)));
    }
    bytes[6] = quint8(0x70 | ((m_counter >> 8) & 0x0F));
    bytes[7] = quint8(m_counter & 0xFF);
    const quint64 random = m_random();
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(8 + i)] = quint8(random >> (8 * (7 - i)));
    }
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F));

    static constexpr char kHex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.append(QLatin1Char('-'));
        }
        text.append(QLatin1Char(kHex[bytes[i] >> 4]));
        text.append(QLatin1Char(kHex[bytes[i] & 0x0F]));
    }
    return text;
}

bool isUuidText(QStringView text) {
    if (text.size() != 36) {
        return false;
    }
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

bool UuidV7Generator::isValid(const QString& id) {
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

qint64 UuidV7Generator::timestampMs(const QString& id) {
    if (!isValid(id)) {
        return -1;
    }
    const QString hex = id.left(8) + id.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace fieldcase::core
