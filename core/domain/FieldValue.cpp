// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FieldValue.h"

#include "util/UuidV7.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace fieldcase::core::values {

namespace {

// Gives the free functions of this file a translation context of their own.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(FieldValue)
};

Error invalid(const FieldDef& field, const QString& message) {
    return makeError(ErrorCode::InvalidInput, field.displayLabel() + QStringLiteral(": ") + message, {}, field.name);
}

bool isNumber(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isIntegral(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
    }
    default:
        return false;
    }
}

// The control characters (Unicode's category Cc, fixed for good by its stability policy) are
// U+0000-U+001F and U+007F-U+009F.
bool hasControlCharacters(const QString& text, bool allowLineBreaks) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            if (allowLineBreaks && (u == u'\n' || u == u'\t' || u == u'\r')) {
                continue;
            }
            return true;
        }
    }
    return false;
}

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

// Digits at [from, from + count) of text, as a number; -1 if any is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Whether text starts with "dddd-dd-dd". Dates are read by hand: this runs for every date of every
// merged change.
bool hasDateForm(QStringView text) {
    return text.size() >= 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
           digitsAt(text, 0, 4) >= 0 && digitsAt(text, 5, 2) >= 0 && digitsAt(text, 8, 2) >= 0;
}

// The date at the start of text, which hasDateForm(); invalid if there is no such day.
QDate dateIn(QStringView text) {
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

Result<QVariant> normalizeDate(const FieldDef& field, const QVariant& input) {
    QDate date;
    QString written; // the value as typed, when it was typed as year-month-day
    if (input.typeId() == QMetaType::QDate) {
        date = input.toDate();
    } else if (input.typeId() == QMetaType::QString) {
        written = input.toString().trimmed();
        if (written.isEmpty()) {
            return QVariant();
        }
        if (written.size() != 10 || !hasDateForm(written)) {
            return invalid(field, Msg::tr("\"%1\" is not a date; write it as year-month-day, for example 2024-03-31.")
                                      .arg(written.left(40)));
        }
        date = dateIn(written);
        if (!date.isValid()) {
            return invalid(field, Msg::tr("%1 is not a real date. Check the day and the month.").arg(written));
        }
    } else {
        return invalid(field, Msg::tr("a date is expected here."));
    }
    if (!date.isValid()) {
        return invalid(field, Msg::tr("the date is not valid."));
    }
    if (date.year() < kMinYear || date.year() > kMaxYear) {
        return invalid(field, Msg::tr("the year %1 is outside %2-%3. Write the year with four digits.")
                                  .arg(date.year())
                                  .arg(kMinYear)
                                  .arg(kMaxYear));
    }
    return QVariant(written.isEmpty() ? date.toString(Qt::ISODate) : written);
}

// A date and time is stored as the wall-clock time it was written with, "yyyy-MM-ddTHH:mm", the
// same on every computer whatever its time zone (seconds, when given, are dropped).
Result<QVariant> normalizeDateTime(const FieldDef& field, const QVariant& input) {
    QDate date;
    QTime time;
    QString written; // the stored form, when the value was typed as text
    if (input.typeId() == QMetaType::QDateTime) {
        const QDateTime at = input.toDateTime();
        if (!at.isValid()) {
            return invalid(field, Msg::tr("the date and time is not valid."));
        }
        date = at.date();
        time = at.time();
    } else if (input.typeId() == QMetaType::QString) {
        const QString text = input.toString().trimmed();
        if (text.isEmpty()) {
            return QVariant();
        }
        const bool withSeconds = text.size() == 19;
        const bool wellFormed = (text.size() == 16 || withSeconds) && hasDateForm(text) &&
                                (text.at(10) == QLatin1Char('T') || text.at(10) == QLatin1Char(' ')) &&
                                text.at(13) == QLatin1Char(':') && digitsAt(text, 11, 2) >= 0 &&
                                digitsAt(text, 14, 2) >= 0 &&
                                (!withSeconds || (text.at(16) == QLatin1Char(':') && digitsAt(text, 17, 2) >= 0));
        if (!wellFormed) {
            return invalid(field,
                           Msg::tr("\"%1\" is not a date and time; write it as 2024-03-31T14:30.").arg(text.left(40)));
        }
        date = dateIn(text);
        time = QTime(digitsAt(text, 11, 2), digitsAt(text, 14, 2), withSeconds ? digitsAt(text, 17, 2) : 0);
        if (!date.isValid() || !time.isValid()) {
            return invalid(field, Msg::tr("%1 is not a real date and time.").arg(text));
        }
        written = text.left(16);
        written[10] = QLatin1Char('T');
    } else {
        return invalid(field, Msg::tr("a date and time is expected here."));
    }
    if (date.year() < kMinYear || date.year() > kMaxYear) {
        return invalid(field, Msg::tr("the year %1 is outside %2-%3.").arg(date.year()).arg(kMinYear).arg(kMaxYear));
    }
    if (written.isEmpty()) {
        written = date.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
    }
    return QVariant(written);
}

} // namespace

bool isEmpty(const QVariant& stored) {
    if (!stored.isValid() || stored.isNull()) {
        return true;
    }
    return stored.typeId() == QMetaType::QString && stored.toString().isEmpty();
}

Result<QVariant> normalize(const FieldDef& field, const QVariant& input) {
    if (!input.isValid() || input.isNull()) {
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        if (input.typeId() != QMetaType::QString) {
            return invalid(field, Msg::tr("text is expected here."));
        }
        const bool isLong = field.type == FieldType::LongText;
        QString text = input.toString().normalized(QString::NormalizationForm_C);
        text = isLong ? text.trimmed() : text.simplified();
        if (text.isEmpty()) {
            return QVariant();
        }
        if (hasControlCharacters(text, isLong)) {
            return invalid(field,
                           Msg::tr("the text holds control characters. Type it again or paste it as plain text."));
        }
        const int max = isLong ? FieldDef::kMaxLongText : FieldDef::kMaxText;
        if (text.size() > max) {
            return invalid(field,
                           Msg::tr("the text is %1 characters long; at most %2 fit here.").arg(text.size()).arg(max));
        }
        return QVariant(text);
    }
    case FieldType::Integer:
        if (!isIntegral(input)) {
            return invalid(field, Msg::tr("a whole number is expected here."));
        }
        return QVariant(input.toLongLong());
    case FieldType::Real: {
        if (!isNumber(input) || !std::isfinite(input.toDouble())) {
            return invalid(field, Msg::tr("a number is expected here."));
        }
        return QVariant(input.toDouble());
    }
    case FieldType::Bool:
        if (input.typeId() == QMetaType::Bool) {
            return QVariant(qlonglong(input.toBool() ? 1 : 0));
        }
        if (isIntegral(input) && (input.toLongLong() == 0 || input.toLongLong() == 1)) {
            return QVariant(input.toLongLong());
        }
        return invalid(field, Msg::tr("yes or no (true or false) is expected here."));
    case FieldType::Date:
        return normalizeDate(field, input);
    case FieldType::DateTime:
        return normalizeDateTime(field, input);
    case FieldType::Enum: {
        if (input.typeId() != QMetaType::QString) {
            return invalid(field,
                           Msg::tr("one of %1 is expected here.").arg(field.enumValues.join(QStringLiteral(", "))));
        }
        const QString value = input.toString().trimmed();
        if (value.isEmpty()) {
            return QVariant();
        }
        if (!field.enumValues.contains(value)) {
            return invalid(field, Msg::tr("\"%1\" is not one of the choices (%2).")
                                      .arg(value.left(40), field.enumValues.join(QStringLiteral(", "))));
        }
        return QVariant(value);
    }
    case FieldType::Ref: {
        if (input.typeId() != QMetaType::QString) {
            return invalid(field, Msg::tr("a record id is expected here."));
        }
        const QString id = input.toString().trimmed();
        if (id.isEmpty()) {
            return QVariant();
        }
        if (!isUuidText(id)) {
            return invalid(field, Msg::tr("\"%1\" is not a record id.").arg(id.left(40)));
        }
        return QVariant(id);
    }
    case FieldType::Json: {
        QJsonDocument doc;
        if (input.typeId() == QMetaType::QString) {
            QJsonParseError error{};
            doc = QJsonDocument::fromJson(input.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError) {
                return invalid(field, Msg::tr("the structured data is not valid JSON."));
            }
        } else if (input.typeId() == QMetaType::QJsonObject) {
            doc = QJsonDocument(input.toJsonObject());
        } else if (input.typeId() == QMetaType::QJsonArray) {
            doc = QJsonDocument(input.toJsonArray());
        } else if (input.typeId() == QMetaType::QVariantMap) {
            doc = QJsonDocument(QJsonObject::fromVariantMap(input.toMap()));
        } else if (input.typeId() == QMetaType::QVariantList) {
            doc = QJsonDocument(QJsonArray::fromVariantList(input.toList()));
        } else {
            return invalid(field, Msg::tr("structured data (a JSON object or list) is expected here."));
        }
        if (doc.isNull()) {
            return QVariant();
        }
        return QVariant(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    }
    }
    return invalid(field, Msg::tr("this value cannot be stored."));
}

QJsonValue toJson(const FieldDef& field, const QVariant& stored) {
    if (isEmpty(stored)) {
        return QJsonValue::Null;
    }
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(stored.toLongLong());
    case FieldType::Real:
        return QJsonValue(stored.toDouble());
    case FieldType::Bool:
        return QJsonValue(stored.toLongLong() != 0);
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(stored.toString().toUtf8());
        if (doc.isObject()) {
            return doc.object();
        }
        if (doc.isArray()) {
            return doc.array();
        }
        return QJsonValue::Null;
    }
    default:
        return QJsonValue(stored.toString());
    }
}

QVariant fromJson(const FieldDef& field, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return QVariant(value.toBool());
    case QJsonValue::Double:
        return QVariant(value.toDouble());
    case QJsonValue::String:
        return QVariant(value.toString());
    case QJsonValue::Object:
        return field.type == FieldType::Json ? QVariant(value.toObject()) : QVariant(QVariantMap());
    case QJsonValue::Array:
        return field.type == FieldType::Json ? QVariant(value.toArray()) : QVariant(QVariantList());
    }
    return {};
}

QString display(const FieldDef& field, const QVariant& stored) {
    if (isEmpty(stored)) {
        return {};
    }
    const QLocale locale;
    switch (field.type) {
    case FieldType::Date: {
        const QDate d = QDate::fromString(stored.toString(), Qt::ISODate);
        // Short locale formats often print two-digit years; dates here always show four.
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy"))) {
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        }
        return locale.toString(d, format);
    }
    case FieldType::DateTime: {
        const QDateTime at = QDateTime::fromString(stored.toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy"))) {
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        }
        // Visits are recorded to the minute; some locales' short time format has seconds.
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(QStringLiteral(":ss"));
        return locale.toString(at, format + QLatin1Char(' ') + timeFormat);
    }
    case FieldType::Bool:
        return stored.toLongLong() != 0 ? Msg::tr("Yes") : Msg::tr("No");
    case FieldType::Enum:
        return Schema::instance().enumLabel(stored.toString());
    case FieldType::Real:
        return locale.toString(stored.toDouble(), 'g', 6);
    case FieldType::Integer:
        return locale.toString(stored.toLongLong());
    default:
        return stored.toString();
    }
}

} // namespace fieldcase::core::values
