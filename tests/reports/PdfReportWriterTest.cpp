// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF writer, read back with poppler's pdftotext and pdfinfo.
#include "PdfTools.h"
#include "ReportSamples.h"

#include "reports/export/PdfReportWriter.h"
#include "reports/export/ReportSuppression.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fieldcase;
using core::ReportTable;

namespace {

core::PdfReportWriter writer() {
    core::PageHeader header;
    header.programmeName = QStringLiteral("Felzárkózó települések programja");
    header.municipality = QStringLiteral("Hetes község önkormányzata");
    header.funderLine = QStringLiteral("Széchenyi Terv Plusz, az Európai Szociális Alap Plusz támogatásával");
    return core::PdfReportWriter(header, QStringLiteral("Printed by Kovács Anna on 15/06/2026 10:00"));
}

// English numbers (1,234) whatever the machine's language, and back afterwards.
struct EnglishNumbers {
    QLocale before;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishNumbers() { QLocale::setDefault(before); }
};

ReportTable esfSample() {
    ReportTable table = test::esfTable();
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed, including long-term unemployed"), 12,
                    3, 0, 5);
    test::addEsfRow(table, QStringLiteral("EECO02"), QStringLiteral("Participants of Lakatosné Szűcs Erzsébet's group"),
                    1234, 56, 7, 0);
    return table;
}

} // namespace

TEST_CASE("A report PDF has the letterhead, the table with its marks, the notes, and page X of Y", "[reports]") {
    const EnglishNumbers english;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("esf.pdf"));
    const ReportTable table = core::ReportSuppression::forOutside(esfSample());
    core::PdfReportWriter pdf = writer();
    REQUIRE(pdf.writeFile(table, path).ok());
    CHECK(pdf.lastPageCount() == 1);
    CHECK(test::pdf::pageCount(path) == 1);
    test::pdf::keepPageImages(path, QStringLiteral("report-esf"));

    const QString text = test::pdf::text(path).simplified();
    for (const QString& expected : {
             QStringLiteral("Felzárkózó települések programja"),
             QStringLiteral("Hetes község önkormányzata"),
             QStringLiteral("Széchenyi Terv Plusz"),
             table.title,
             table.subtitle,
             QStringLiteral("Gender not given"),
             QStringLiteral("Lakatosné Szűcs Erzsébet"),
             QStringLiteral("EECO01"),
             QStringLiteral("1,234"),
             QStringLiteral("1,297"),
             QStringLiteral("56"),
             QStringLiteral("<5"),
             QStringLiteral("Page 1 of 1"),
             QStringLiteral("Printed by Kovács Anna on 15/06/2026 10:00"),
             QStringLiteral("For use outside the programme"),
             QStringLiteral("are suppressed and shown as"),
         }) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    // The row of the first indicator as a reader sees it: 12, <5, 0, 20, x.
    const QString layout = test::pdf::text(path, 1, true);
    CHECK(layout.contains(QRegularExpression(QStringLiteral("12\\s+<5\\s+0\\s+20\\s+x"))));
    // Seven columns with long labels: the page is turned.
    const QSizeF size = test::pdf::pageSize(path);
    CHECK(size.width() > size.height());
}

TEST_CASE("A narrow report prints upright, an internal one says it must not leave the programme", "[reports]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("narrow.pdf"));
    ReportTable table;
    table.title = QStringLiteral("People by locality");
    table.columns = {core::ReportColumn{QStringLiteral("locality"), QStringLiteral("Locality")},
                     core::ReportColumn{QStringLiteral("people"), QStringLiteral("People"), true}};
    table.rows = {{test::cell(QStringLiteral("Hetes")), test::cell(3)},
                  {test::cell(QStringLiteral("Csenyéte")), test::cell(41)}};
    core::PdfReportWriter pdf = writer();
    REQUIRE(pdf.writeFile(table, path).ok());
    const QSizeF size = test::pdf::pageSize(path);
    CHECK(size.width() < size.height());
    const QString text = test::pdf::text(path);
    CHECK(text.contains(QStringLiteral("Internal: holds small counts")));
    CHECK(text.contains(QStringLiteral("Csenyéte")));
    // Inside the programme a small count is shown as it is.
    CHECK(test::pdf::text(path, 1, true).contains(QRegularExpression(QStringLiteral("Hetes\\s+3\\b"))));
    CHECK(!text.contains(QStringLiteral("<5")));
}

TEST_CASE("A long report goes on over pages, repeating the column labels", "[reports]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ReportTable table = test::esfTable();
    for (int i = 0; i < 120; ++i) {
        test::addEsfRow(table, QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Row %1").arg(i),
                        10 + i, 20, 0, 5);
    }
    core::PdfReportWriter pdf = writer();
    REQUIRE(pdf.writeFile(table, path).ok());
    const int pages = test::pdf::pageCount(path);
    REQUIRE(pages > 1);
    CHECK(pdf.lastPageCount() == pages);
    const QString second = test::pdf::text(path, 2).simplified();
    CHECK(second.contains(QStringLiteral("Gender not given")));
    CHECK(second.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    CHECK(second.contains(QStringLiteral("Felzárkózó települések programja")));
    // Every row is somewhere, once.
    const QString all = test::pdf::text(path);
    for (int i = 0; i < 120; ++i) {
        CHECK(all.count(QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    }
}
