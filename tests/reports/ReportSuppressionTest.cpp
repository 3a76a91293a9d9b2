// SPDX-License-Identifier: GPL-3.0-or-later
// Small-cell suppression of tables that leave the programme, on tables made by hand.
#include "ReportSamples.h"

#include "reports/export/CsvReportWriter.h"
#include "reports/export/ReportSuppression.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QRandomGenerator>

#include <functional>

using namespace fieldcase;
using core::ReportCell;
using core::ReportSuppression;
using core::ReportTable;

namespace {

const ReportCell& at(const ReportTable& table, int row, const char* key) {
    const int column = table.column(QString::fromLatin1(key));
    REQUIRE(column >= 0);
    return table.rows.at(row).at(column);
}

bool small(const ReportCell& c) {
    return c.suppressed && !c.secondary && c.value.isNull();
}
bool secondary(const ReportCell& c) {
    return c.suppressed && c.secondary && c.value.isNull();
}
bool shows(const ReportCell& c, int value) {
    return !c.suppressed && c.value.toInt() == value;
}

QByteArray csv(const ReportTable& table) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(core::CsvReportWriter().write(table, buffer).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("Counts of 1 to 4 people are suppressed for outside the programme; zero, 5 and other numbers are shown",
          "[reports]") {
    ReportTable table = test::esfTable();
    table.columns[0].countsPeople = false;
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed"), 0, 5, 0, 0);
    test::addEsfRow(table, QStringLiteral("EECO02"), QStringLiteral("Long-term unemployed"), 40, 1, 0, 0);
    test::addEsfRow(table, QStringLiteral("4"), QStringLiteral("Inactive"), 0, 0, 0, 4);
    // Without sums declared, each cell stands on its own.
    for (core::ReportColumn& column : table.columns) {
        column.partOf.clear();
    }
    const ReportTable out = ReportSuppression::forOutside(table);

    CHECK(out.leavesProgramme);
    CHECK(shows(at(out, 0, "women"), 0));
    CHECK(shows(at(out, 0, "men"), 5));
    CHECK(shows(at(out, 0, "total"), 5));
    CHECK(shows(at(out, 1, "women"), 40));
    CHECK(small(at(out, 1, "men")));
    CHECK(shows(at(out, 1, "total"), 41));
    CHECK(small(at(out, 2, "declined")));
    CHECK(small(at(out, 2, "total")));
    // A code that happens to be 4 is not a count of people.
    CHECK(at(out, 2, "code").value == QVariant(QStringLiteral("4")));
    CHECK(ReportSuppression::mark(at(out, 1, "men")) == QStringLiteral("<5"));
    REQUIRE(!out.notes.isEmpty());
    CHECK(out.notes.first().contains(QStringLiteral("1 to 4")));
    CHECK(out.notes.first().contains(QStringLiteral("\"<5\"")));
    CHECK(out.notes.first().contains(QStringLiteral("Zero is shown")));
    // The internal table is left as it was.
    CHECK(!table.leavesProgramme);
    CHECK(at(table, 1, "men").value.toInt() == 1);
}

TEST_CASE("A suppressed part that the total would give away takes the next-smallest part with it, written x",
          "[reports]") {
    ReportTable table = test::esfTable();
    // 20 = 12 + 3 + 0 + 5: with the 3 alone hidden, 20 - 12 - 0 - 5 gives it back.
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed"), 12, 3, 0, 5);
    // Two small parts, 1 and 1, of a known 22: each could only be 1; the 20 goes too.
    test::addEsfRow(table, QStringLiteral("EECO02"), QStringLiteral("Long-term unemployed"), 20, 1, 0, 1);
    // 3 and 4 of a known 25: 7 between them, each 3 or 4; nobody is pinned down.
    test::addEsfRow(table, QStringLiteral("EECO03"), QStringLiteral("Inactive"), 18, 3, 0, 4);
    // Four 1s make a total of 4: with the total "<5" too, a reader could still work out 1 each.
    test::addEsfRow(table, QStringLiteral("EECO04"), QStringLiteral("Employed"), 1, 1, 1, 1);
    const ReportTable out = ReportSuppression::forOutside(table);

    CHECK(shows(at(out, 0, "women"), 12));
    CHECK(small(at(out, 0, "men")));
    CHECK(shows(at(out, 0, "non_binary"), 0)); // a zero protects nothing and reveals no one
    CHECK(secondary(at(out, 0, "declined")));
    CHECK(shows(at(out, 0, "total"), 20));
    CHECK(ReportSuppression::mark(at(out, 0, "declined")) == QStringLiteral("x"));

    CHECK(secondary(at(out, 1, "women")));
    CHECK(small(at(out, 1, "men")));
    CHECK(small(at(out, 1, "declined")));
    CHECK(shows(at(out, 1, "total"), 22));

    CHECK(shows(at(out, 2, "women"), 18));
    CHECK(small(at(out, 2, "men")));
    CHECK(small(at(out, 2, "declined")));

    CHECK(small(at(out, 3, "women")));
    CHECK(secondary(at(out, 3, "total")));

    CHECK(out.notes.join(QLatin1Char(' ')).contains(QStringLiteral("\"x\"")));
    CHECK(csv(out) == QByteArray("code,label,women,men,non_binary,total,declined\n"
                                 "EECO01,Unemployed,12,<5,0,20,x\n"
                                 "EECO02,Long-term unemployed,x,<5,0,22,<5\n"
                                 "EECO03,Inactive,18,<5,0,25,<5\n"
                                 "EECO04,Employed,<5,<5,<5,x,<5\n"));
}

TEST_CASE("Rows that add up into a total row are protected down each column too", "[reports]") {
    ReportTable table = test::esfTable();
    test::addEsfRow(table, QStringLiteral("ALL"), QStringLiteral("All participants"), 20, 10, 0, 0);
    test::addEsfRow(table, QStringLiteral("UNEMP"), QStringLiteral("Unemployed"), 13, 6, 0, 0);
    test::addEsfRow(table, QStringLiteral("INACT"), QStringLiteral("Inactive"), 5, 2, 0, 0);
    test::addEsfRow(table, QStringLiteral("EMPL"), QStringLiteral("Employed"), 2, 2, 0, 0);
    table.rowSums = {{0, {1, 2, 3}}};
    const ReportTable out = ReportSuppression::forOutside(table);
    // Down the women's column, 20 = 13 + 5 + 2: the 2 alone would come back, so the 5 goes too.
    CHECK(small(at(out, 3, "women")));
    CHECK(secondary(at(out, 2, "women")));
    CHECK(shows(at(out, 1, "women"), 13));
    // Men: 10 = 6 + 2 + 2, both 2s are hidden, and they sum to 4: each could be 1 to 3.
    CHECK(small(at(out, 2, "men")));
    CHECK(small(at(out, 3, "men")));
    CHECK(shows(at(out, 1, "men"), 6));
    // The employed row's total, 4, is small; across its row, <5 = <5 + <5 pins nothing, but down
    // the totals, 30 = 19 + 7 + <5 would give it back: the 7 goes too.
    CHECK(small(at(out, 3, "total")));
    CHECK(secondary(at(out, 2, "total")));
    CHECK(shows(at(out, 1, "total"), 19));
    CHECK(shows(at(out, 0, "total"), 30));
    // Without the declaration, nothing ties the rows together: the 7 stays.
    table.rowSums.clear();
    CHECK(shows(at(ReportSuppression::forOutside(table), 2, "total"), 7));
}

TEST_CASE("A share or a gap to the target computed from a suppressed count is hidden with it", "[reports]") {
    const ReportTable out = ReportSuppression::forOutside(test::indicatorTable());
    CHECK(shows(at(out, 0, "target"), 40));
    CHECK(small(at(out, 0, "achieved")));
    CHECK(secondary(at(out, 0, "share")));
    CHECK(secondary(at(out, 0, "behind")));
    CHECK(shows(at(out, 1, "achieved"), 12));
    CHECK(at(out, 1, "share").value.toDouble() == 1.2);
    CHECK(shows(at(out, 1, "behind"), 0));
}

TEST_CASE("Columns and rows that name people are left out of a table for outside the programme", "[reports]") {
    ReportTable table = test::esfTable();
    core::ReportColumn person{QStringLiteral("case_manager"), QStringLiteral("Case manager")};
    person.identifies = true;
    table.columns.insert(2, person);
    const auto add = [&](const QString& code, const QString& manager, int women) {
        test::addEsfRow(table, code, code, women, 10, 0, 0);
        table.rows.last().insert(2, test::cell(manager));
    };
    add(QStringLiteral("ALL"), {}, 30);
    add(QStringLiteral("A"), QStringLiteral("Lakatosné Szűcs Erzsébet"), 20);
    add(QStringLiteral("B"), {}, 10);
    // A row whose label is somebody's name.
    add(QStringLiteral("C"), {}, 7);
    table.rows.last()[1].identifies = true;
    table.rowSums = {{0, {1, 2}}, {2, {3}}};

    const ReportTable out = ReportSuppression::forOutside(table);
    CHECK(out.column(QStringLiteral("case_manager")) < 0);
    CHECK(out.columns.size() == 7);
    REQUIRE(out.rows.size() == 3);
    for (const QList<ReportCell>& row : out.rows) {
        CHECK(row.size() == 7);
    }
    CHECK(at(out, 2, "code").value == QVariant(QStringLiteral("B")));
    // The sum that named the dropped row is gone; the other now points at the rows' new places.
    REQUIRE(out.rowSums.size() == 1);
    CHECK(out.rowSums.first().total == 0);
    CHECK(out.rowSums.first().parts == QList<int>{1, 2});
    CHECK(!csv(out).contains("Lakatosné"));
    CHECK(out.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Names and identifiers")));
}

TEST_CASE("Suppressing a suppressed table again changes nothing", "[reports]") {
    ReportTable table = test::esfTable();
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed"), 12, 3, 0, 5);
    test::addEsfRow(table, QStringLiteral("EECO02"), QStringLiteral("Employed"), 1, 1, 1, 1);
    const ReportTable once = ReportSuppression::forOutside(table);
    const ReportTable twice = ReportSuppression::forOutside(once);
    CHECK(csv(twice) == csv(once));
    CHECK(twice.notes == once.notes);
}

// Reads a suppressed row as a reader would, by trying every value each hidden cell could hold:
// "<5" is 1 to 4, "x" anything from 0 up to the shown total (or to a bound well above any count
// here when the total is hidden too). Independent of how ReportSuppression decides.
static QList<QSet<int>> possibleValues(const ReportTable& table, int row) {
    const QList<int> parts = {table.column(QStringLiteral("women")), table.column(QStringLiteral("men")),
                              table.column(QStringLiteral("non_binary")), table.column(QStringLiteral("declined"))};
    const ReportCell& total = table.rows.at(row).at(table.column(QStringLiteral("total")));
    constexpr int kBound = 160;
    const int totalMax = total.suppressed ? (total.secondary ? kBound : 4) : total.value.toInt();
    const int totalMin = total.suppressed ? (total.secondary ? 0 : 1) : total.value.toInt();
    QList<QSet<int>> seen(parts.size() + 1);
    QList<int> values(parts.size(), 0);
    const std::function<void(int, int)> walk = [&](int i, int sum) {
        if (sum > totalMax) {
            return;
        }
        if (i == parts.size()) {
            if (sum >= totalMin) {
                for (int p = 0; p < parts.size(); ++p) {
                    seen[p].insert(values.at(p));
                }
                seen[parts.size()].insert(sum);
            }
            return;
        }
        const ReportCell& c = table.rows.at(row).at(parts.at(i));
        const int lo = c.suppressed ? (c.secondary ? 0 : 1) : c.value.toInt();
        const int hi = c.suppressed ? (c.secondary ? totalMax : 4) : c.value.toInt();
        for (int v = lo; v <= hi; ++v) {
            values[i] = v;
            walk(i + 1, sum + v);
        }
    };
    walk(0, 0);
    return seen;
}

TEST_CASE("No suppressed cell of a random table can be worked out from the rest of its row", "[reports]") {
    QRandomGenerator random(20260615);
    ReportTable table = test::esfTable();
    const auto count = [&] {
        // Mostly small counts, where suppression has work to do.
        const int kind = random.bounded(10);
        return kind < 3 ? 0 : kind < 7 ? random.bounded(1, 5) : random.bounded(5, 30);
    };
    for (int i = 0; i < 400; ++i) {
        test::addEsfRow(table, QString::number(i), QStringLiteral("row"), count(), count(), count(), count());
    }
    const ReportTable out = ReportSuppression::forOutside(table);
    int hidden = 0;
    int secondaries = 0;
    for (int r = 0; r < out.rows.size(); ++r) {
        INFO("row " << r << ": " << csv(out).split('\n').at(r + 1).toStdString());
        const QList<QSet<int>> possible = possibleValues(out, r);
        int index = 0;
        for (const char* key : {"women", "men", "non_binary", "declined", "total"}) {
            const ReportCell& before = at(table, r, key);
            const ReportCell& after = at(out, r, key);
            const int original = before.value.toInt();
            if (original >= 1 && original <= 4) {
                CHECK(after.suppressed); // every small count is hidden
            }
            if (!after.suppressed) {
                CHECK(after.value.toInt() == original); // a shown count is the true one
            } else {
                ++hidden;
                secondaries += after.secondary ? 1 : 0;
                CHECK(after.value.isNull());
                CHECK(possible.at(index).contains(original)); // the truth is among what a reader can think
                CHECK(possible.at(index).size() > 1);         // and not the only thing
                if (!after.secondary) {
                    CHECK((original >= 1 && original <= 4)); // "<5" never stands for 5 or more
                }
            }
            ++index;
        }
    }
    // The sample did exercise both kinds.
    CHECK(hidden > 400);
    CHECK(secondaries > 50);
}
