// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace fieldcase::core::json {

QByteArray quoted(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0x0F]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray canonical(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15) {
            return QByteArray::number(qint64(d));
        }
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array: {
        QByteArray out = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out.append(',');
            }
            out.append(canonical(array.at(i)));
        }
        out.append(']');
        return out;
    }
    case QJsonValue::Object: {
        QByteArray out = "{";
        const QJsonObject object = value.toObject();
        bool first = true;
        // QJsonObject keeps its keys sorted.
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(quoted(it.key()));
            out.append(':');
            out.append(canonical(it.value()));
        }
        out.append('}');
        return out;
    }
    }
    return QByteArrayLiteral("null");
}

namespace {

// The hand reader of readFieldPairs(): gives up (false) on anything outside the common shape.
class PairReader {
public:
    explicit PairReader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size()) {}

    bool read(FieldPairs* out) {
        if (!take('{')) {
            return false;
        }
        if (take('}')) {
            return atEnd();
        }
        do {
            FieldPair pair;
            if (!name(&pair.name) || !take(':') || !take('[') || !scalar(&pair.before) || !take(',') ||
                !scalar(&pair.after) || !take(']')) {
                return false;
            }
            out->append(pair);
        } while (take(','));
        return take('}') && atEnd();
    }

private:
    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
            ++m_p;
        }
    }

    bool take(char c) {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool atEnd() {
        skipSpace();
        return m_p == m_end;
    }

    // A string without escapes or control characters; its bytes in [*begin, *end).
    bool rawString(const char** begin, const char** end, bool* ascii) {
        if (!take('"')) {
            return false;
        }
        *begin = m_p;
        *ascii = true;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '\\' || c < 0x20) {
                return false;
            }
            *ascii = *ascii && c < 0x80;
            ++m_p;
        }
        if (m_p == m_end) {
            return false;
        }
        *end = m_p++;
        return true;
    }

    bool name(QString* out) {
        const char* begin = nullptr;
        const char* end = nullptr;
        bool ascii = true;
        if (!rawString(&begin, &end, &ascii) || !ascii) {
            return false;
        }
        // Field names repeat from change to change: a name read lately is shared, not copied again.
        const QByteArrayView bytes(begin, end - begin);
        thread_local std::array<std::pair<QByteArray, QString>, 32> recent;
        thread_local size_t next = 0;
        for (const auto& [knownBytes, known] : recent) {
            if (!knownBytes.isNull() && QByteArrayView(knownBytes) == bytes) {
                *out = known;
                return true;
            }
        }
        *out = QString::fromLatin1(bytes);
        recent[next] = {bytes.toByteArray(), *out};
        next = (next + 1) % recent.size();
        return true;
    }

    bool scalar(QJsonValue* out) {
        skipSpace();
        if (m_p == m_end) {
            return false;
        }
        const char c = *m_p;
        if (c == '"') {
            const char* begin = nullptr;
            const char* end = nullptr;
            bool ascii = true;
            if (!rawString(&begin, &end, &ascii)) {
                return false;
            }
            const QByteArrayView bytes(begin, end - begin);
            if (!ascii && !bytes.isValidUtf8()) {
                return false;
            }
            *out = QJsonValue(ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes));
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const bool negative = c == '-';
            const char* digits = negative ? m_p + 1 : m_p;
            const char* q = digits;
            qint64 value = 0;
            while (q < m_end && *q >= '0' && *q <= '9') {
                value = value * 10 + (*q - '0');
                ++q;
            }
            const qsizetype count = q - digits;
            // JSON has no leading zeros; fractions and exponents are left to QJsonDocument.
            if (count == 0 || count > 15 || (count > 1 && *digits == '0') ||
                (q < m_end && (*q == '.' || *q == 'e' || *q == 'E'))) {
                return false;
            }
            if (negative && value == 0) {
                return false; // -0 is a double in QJsonDocument
            }
            m_p = q;
            *out = QJsonValue(negative ? -value : value);
            return true;
        }
        if (word("null")) {
            *out = QJsonValue(QJsonValue::Null);
            return true;
        }
        if (word("true")) {
            *out = QJsonValue(true);
            return true;
        }
        if (word("false")) {
            *out = QJsonValue(false);
            return true;
        }
        return false;
    }

    bool word(QByteArrayView literal) {
        if (m_end - m_p < literal.size() || QByteArrayView(m_p, literal.size()) != literal) {
            return false;
        }
        m_p += literal.size();
        return true;
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

bool readFieldPairs(const QByteArray& text, FieldPairs* out) {
    out->clear();
    if (PairReader(text).read(out)) {
        std::sort(out->begin(), out->end(), [](const FieldPair& a, const FieldPair& b) { return a.name < b.name; });
        const bool repeated =
            std::adjacent_find(out->cbegin(), out->cend(),
                               [](const FieldPair& a, const FieldPair& b) { return a.name == b.name; }) != out->cend();
        if (!repeated) {
            return true;
        }
    }
    return readFieldPairsWithQJsonDocument(text, out);
}

bool readFieldPairsWithQJsonDocument(const QByteArray& text, FieldPairs* out) {
    out->clear();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        FieldPair pair;
        pair.name = it.key();
        const QJsonValue value = it.value();
        const QJsonArray array = value.toArray();
        pair.isPair = value.isArray() && array.size() == 2;
        if (pair.isPair) {
            pair.before = array.at(0);
            pair.after = array.at(1);
        }
        out->append(pair);
    }
    return true;
}

} // namespace fieldcase::core::json
