// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/FieldValue.h"
#include "domain/Schema.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace fieldcase::core;

namespace {

QString stored(const FieldDef& field, const QVariant& input) {
    auto v = values::normalize(field, input);
    REQUIRE(v.ok());
    return v->toString();
}

bool refused(const FieldDef& field, const QVariant& input) {
    auto v = values::normalize(field, input);
    return !v.ok() && v.error().code == ErrorCode::InvalidInput;
}

} // namespace

TEST_CASE("Dates are stored as year-month-day and impossible ones are refused", "[storage][values]") {
    const FieldDef f = FieldDef::make(QStringLiteral("birth_date"), FieldType::Date, 0, "Birth date");
    CHECK(stored(f, QStringLiteral("2019-02-28")) == QStringLiteral("2019-02-28"));
    CHECK(stored(f, QStringLiteral("  2020-02-29 ")) == QStringLiteral("2020-02-29"));
    CHECK(stored(f, QDate(1950, 1, 9)) == QStringLiteral("1950-01-09"));
    CHECK(values::normalize(f, QStringLiteral("  ")).value().isNull());
    for (const char* bad : {"2019-02-29", "2019-13-01", "2019-00-10", "2019-1-05", "19-01-05", "2019/01/05",
                            "2019-01-05T10:00", "1899-12-31", "2200-01-01", "２０１９-01-05", "2019-01-0x"}) {
        INFO(bad);
        CHECK(refused(f, QString::fromUtf8(bad)));
    }
    CHECK(refused(f, 20190105));
}

TEST_CASE("Dates and times are stored to the minute as written, the same in every time zone", "[storage][values]") {
    const FieldDef f = FieldDef::make(QStringLiteral("happened_at"), FieldType::DateTime, 0, "When");
    CHECK(stored(f, QStringLiteral("2026-05-04T10:30")) == QStringLiteral("2026-05-04T10:30"));
    CHECK(stored(f, QStringLiteral("2026-05-04 10:30")) == QStringLiteral("2026-05-04T10:30"));
    CHECK(stored(f, QStringLiteral("2026-05-04T10:30:59")) == QStringLiteral("2026-05-04T10:30"));
    CHECK(stored(f, QStringLiteral(" 2026-05-04T00:00 ")) == QStringLiteral("2026-05-04T00:00"));
    // The hour that daylight saving time skips in Central Europe is a time like any other here.
    CHECK(stored(f, QStringLiteral("2026-03-29T02:30")) == QStringLiteral("2026-03-29T02:30"));
    CHECK(stored(f, QDateTime(QDate(2026, 5, 4), QTime(9, 5, 30))) == QStringLiteral("2026-05-04T09:05"));
    CHECK(values::normalize(f, QString()).value().isNull());
    for (const char* bad : {"2026-05-04", "2026-05-04T24:00", "2026-05-04T10:60", "2026-02-30T10:00",
                            "2026-05-04T10:30:61", "2026-05-04X10:30", "2026-05-04T1030", "2026-05-04T10:30:5",
                            "1899-05-04T10:30", "2026-05-04T10:30Z", "2026-05-04T10:30+02:00"}) {
        INFO(bad);
        CHECK(refused(f, QString::fromUtf8(bad)));
    }
}

TEST_CASE("References are lower-case ids and nothing else", "[storage][values]") {
    const FieldDef f =
        FieldDef::make(QStringLiteral("person_id"), FieldType::Ref, 0, "Person", QStringLiteral("person"));
    const QString id = QStringLiteral("01923f6e-8b2a-7c4d-9e1f-0a1b2c3d4e5f");
    CHECK(stored(f, id) == id);
    CHECK(stored(f, QString(QStringLiteral(" ") + id + QStringLiteral(" "))) == id);
    CHECK(refused(f, id.toUpper()));
    CHECK(refused(f, id.left(35)));
    CHECK(refused(f, QString(id + QStringLiteral("0"))));
    CHECK(refused(f, QString(id).replace(8, 1, QStringLiteral("_"))));
    CHECK(refused(f, QString(id).replace(3, 1, QStringLiteral("g"))));
    CHECK(refused(f, 42));
}

TEST_CASE("Text with a control character is refused, and only such text", "[storage][values]") {
    const FieldDef longText = FieldDef::make(QStringLiteral("notes"), FieldType::LongText, 0, "Notes");
    const FieldDef text = FieldDef::make(QStringLiteral("phone"), FieldType::Text, 0, "Phone");
    int refusals = 0;
    for (char32_t u = 1; u <= 0xFFFF; ++u) {
        if (QChar::isSurrogate(u)) {
            continue;
        }
        const QString value = QStringLiteral("a") + QChar(char16_t(u)) + QStringLiteral("b");
        const bool control = QChar::category(u) == QChar::Other_Control;
        INFO(int(u));
        // Long text keeps line breaks and tabs; a one-line text makes every white space one space.
        CHECK(refused(longText, value) == (control && u != u'\n' && u != u'\t' && u != u'\r'));
        CHECK(refused(text, value) == (control && !QChar::isSpace(u)));
        refusals += refused(longText, value) ? 1 : 0;
    }
    CHECK(refusals == 28 + 33); // U+0001-U+001F less the tab and the two line breaks, U+007F-U+009F
}
