// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/RecordKey.h"

#include "domain/Schema.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace fieldcase::core {

namespace {

constexpr int kUuidLength = 36;

bool isDash(int i) {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

// Reads the 16 hex digits of one half from the given positions; false on anything but 0-9, a-f.
bool readHalf(const QChar* text, const int (&positions)[16], quint64* half) {
    quint64 value = 0;
    for (const int i : positions) {
        const char16_t c = text[i].unicode();
        quint64 digit = 0;
        if (c >= u'0' && c <= u'9') {
            digit = c - u'0';
        } else if (c >= u'a' && c <= u'f') {
            digit = c - u'a' + 10;
        } else {
            return false;
        }
        value = (value << 4) | digit;
    }
    *half = value;
    return true;
}

constexpr int kHighDigits[16] = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17};
constexpr int kLowDigits[16] = {19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35};

} // namespace

RecordKey::RecordKey(const TableDef* table, QStringView id)
    : m_table(table) {
    const QChar* text = id.data();
    m_uuid = id.size() == kUuidLength && text[8] == QLatin1Char('-') && text[13] == QLatin1Char('-') &&
             text[18] == QLatin1Char('-') && text[23] == QLatin1Char('-') && readHalf(text, kHighDigits, &m_high) &&
             readHalf(text, kLowDigits, &m_low);
    if (!m_uuid) {
        m_high = 0;
        m_low = 0;
        m_other = id.toString();
    }
}

QString RecordKey::id() const {
    if (!m_uuid) {
        return m_other;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    QString text(kUuidLength, Qt::Uninitialized);
    QChar* out = text.data();
    int digit = 0;
    for (int i = 0; i < kUuidLength; ++i) {
        if (isDash(i)) {
            out[i] = QLatin1Char('-');
            continue;
        }
        const quint64 half = digit < 16 ? m_high : m_low;
        const int shift = 4 * (15 - digit % 16);
        out[i] = QLatin1Char(kHex[(half >> shift) & 0xF]);
        ++digit;
    }
    return text;
}

bool RecordKey::operator<(const RecordKey& other) const {
    if (m_table != other.m_table) {
        return std::less<const TableDef*>()(m_table, other.m_table);
    }
    if (m_uuid != other.m_uuid) {
        return m_uuid; // UUIDs before other ids
    }
    if (m_uuid) {
        return std::tie(m_high, m_low) < std::tie(other.m_high, other.m_low);
    }
    return m_other < other.m_other;
}

void sortUnique(std::vector<RecordKey>* keys) {
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
}

QString RecordKey::text() const {
    return (m_table != nullptr ? m_table->name : QString()) + QLatin1Char('/') + id();
}

} // namespace fieldcase::core
