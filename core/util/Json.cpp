// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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

} // namespace fieldcase::core::json
