// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX writer, read back by an independent reader (openpyxl, Debian's python3-openpyxl) and
// compared value by value with the CSV of the same table.
#include "ReportSamples.h"

#include "reports/export/CsvReportWriter.h"
#include "reports/export/ReportSuppression.h"
#include "reports/export/XlsxReportWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace fieldcase;
using core::ReportTable;

namespace {

const char* const kReader = R"py(
import csv, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
cells = [[c.value for c in row] for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, max_col=sheet.max_column)]
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f))
print(json.dumps({
    "sheet": sheet.title,
    "title": book.properties.title,
    "cells": cells,
    "csv": rows,
    "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
    "freeze": sheet.freeze_panes,
    "orientation": sheet.page_setup.orientation,
}, ensure_ascii=False))
)py";

// Debian's python3-openpyxl is installed for the system's Python, which a python3 earlier on the
// PATH (pyenv, a virtual environment) may not see.
QString python() {
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QJsonObject readBack(const QString& xlsx, const QString& csv) {
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QString::fromUtf8(kReader), xlsx, csv});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

void compare(const ReportTable& table) {
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(core::XlsxReportWriter().writeFile(table, xlsx).ok());
    REQUIRE(core::CsvReportWriter().writeFile(table, csv).ok());
    const QJsonObject book = readBack(xlsx, csv);

    const QJsonArray cells = book.value(QStringLiteral("cells")).toArray();
    const auto at = [&](int row, int column) { return cells.at(row).toArray().at(column); };
    CHECK(book.value(QStringLiteral("title")).toString() == table.title);
    CHECK(at(core::XlsxReportWriter::kTitleRow, 0).toString() == table.title);
    CHECK(at(core::XlsxReportWriter::kSubtitleRow, 0).toString() == table.subtitle);
    for (int c = 0; c < table.columns.size(); ++c) {
        CHECK(at(core::XlsxReportWriter::kHeaderRow, c).toString() == table.columns.at(c).label);
    }
    const QJsonArray lines = book.value(QStringLiteral("csv")).toArray();
    REQUIRE(lines.size() == table.rows.size() + 1);
    int numbers = 0;
    int marks = 0;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QJsonArray line = lines.at(r + 1).toArray();
        REQUIRE(line.size() == table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString text = line.at(c).toString();
            const QJsonValue value = at(core::XlsxReportWriter::kFirstDataRow + r, c);
            INFO("row " << r << ", column " << c << ": CSV \"" << text.toStdString() << "\"");
            if (text.isEmpty()) {
                CHECK(value.isNull());
            } else if (value.isDouble()) {
                ++numbers;
                bool ok = false;
                CHECK(text.toDouble(&ok) == value.toDouble());
                CHECK(ok);
            } else {
                REQUIRE(value.isString());
                CHECK(value.toString() == text);
                marks += text == QStringLiteral("<5") || text == QStringLiteral("x") ? 1 : 0;
            }
            // A cell that was a number is a number in the sheet, not text that looks like one.
            if (!table.rows.at(r).at(c).suppressed && (table.rows.at(r).at(c).value.typeId() == QMetaType::Int ||
                                                       table.rows.at(r).at(c).value.typeId() == QMetaType::Double)) {
                CHECK(value.isDouble());
            }
        }
    }
    CHECK(numbers > 0);
    if (table.leavesProgramme) {
        CHECK(marks > 0);
    }
    // The notes below the table, after an empty row.
    const int noteRow = core::XlsxReportWriter::kFirstDataRow + int(table.rows.size()) + 1;
    for (int i = 0; i < table.notes.size(); ++i) {
        CHECK(at(noteRow + i, 0).toString() == table.notes.at(i));
    }
    CHECK(cells.size() == (table.notes.isEmpty() ? noteRow - 1 : noteRow + table.notes.size()));
    CHECK(book.value(QStringLiteral("freeze")).toString() == QStringLiteral("A5"));

    // Widths: room for the long labels of column B, less for numbers, never a sliver.
    const QJsonObject widths = book.value(QStringLiteral("widths")).toObject();
    CHECK(widths.value(QStringLiteral("B")).toDouble() > 30);
    for (const QString& key : widths.keys()) {
        CHECK(widths.value(key).toDouble() >= 6);
        CHECK(widths.value(key).toDouble() <= 61);
    }
    CHECK(widths.value(QStringLiteral("D")).toDouble() < widths.value(QStringLiteral("B")).toDouble());
}

} // namespace

TEST_CASE("XLSX holds the same values as the CSV, numbers as numbers, suppressed cells as <5", "[reports]") {
    ReportTable esf = test::esfTable();
    test::addEsfRow(esf, QStringLiteral("EECO01"), QStringLiteral("Unemployed, including long-term unemployed"), 12, 3,
                    0, 5);
    test::addEsfRow(esf, QStringLiteral("EECO02"), QStringLiteral("Lakatosné Szűcs Erzsébet"), 1234, 56, 7, 0);
    test::addEsfRow(esf, QStringLiteral("EECO03"), QStringLiteral("Горно Поле \"Изток\""), 0, 0, 0, 0);
    esf.rows.last()[1].value = QVariant();
    SECTION("for outside the programme") {
        compare(core::ReportSuppression::forOutside(esf));
    }
    SECTION("internal") {
        esf.notes = {QStringLiteral("Internal: small counts are shown.")};
        compare(esf);
    }
    SECTION("planned against achieved, with decimals") {
        compare(core::ReportSuppression::forOutside(test::indicatorTable()));
        compare(test::indicatorTable());
    }
}

TEST_CASE("The sheet's name is the title, cut to what Excel accepts", "[reports]") {
    CHECK(core::XlsxReportWriter::sheetName(QStringLiteral("ESF+ common indicators on participants (2021-2027)")) ==
          QStringLiteral("ESF+ common indicators on parti"));
    CHECK(core::XlsxReportWriter::sheetName(QStringLiteral("Planned/achieved: [Hetes]")) ==
          QStringLiteral("Planned achieved Hetes"));
    CHECK(core::XlsxReportWriter::sheetName(QStringLiteral("'*?'")) == QStringLiteral("Report"));
}

TEST_CASE("An XLSX file that cannot be written leaves nothing behind and says where", "[reports]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.xlsx"));
    const core::Status written = core::XlsxReportWriter().writeFile(test::indicatorTable(), path);
    REQUIRE(!written);
    CHECK(written.error().code == core::ErrorCode::Io);
    CHECK(written.error().message.contains(QStringLiteral("report.xlsx")));
    CHECK(!QFile::exists(path));
}
