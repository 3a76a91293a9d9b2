// SPDX-License-Identifier: GPL-3.0-or-later
// Page breaks, batches, logos and what happens when printing cannot be done.
#include "DocumentScenario.h"
#include "PdfTools.h"
#include "StoredData.h"
#include "TestDatabase.h"

#include "documents/DocumentLogos.h"
#include "documents/DocumentPrinter.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace fieldcase;
using core::DocumentKind;
using core::DocumentPrinter;
using core::DocumentRequest;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plan with many goals, each with long steps, that cannot fit on one page.
QStringList addLongGoals(test::DocumentScenario& s, int count) {
    QStringList markers;
    const QString steps = QStringLiteral(
        "Meet the class teacher, agree on the timetable of the catch-up lessons, collect the books from the "
        "school library, arrange the bus pass with the municipality and check attendance every Friday with the "
        "experience expert. ");
    for (int i = 1; i <= count; ++i) {
        const QString marker = QStringLiteral("End of goal %1.").arg(i);
        markers.append(marker);
        s.build.create(QStringLiteral("plan_goal"),
                       QVariantMap{{QStringLiteral("plan_id"), s.plan},
                                   {QStringLiteral("area"), QStringLiteral("education")},
                                   {QStringLiteral("title"), QStringLiteral("Long goal number %1").arg(i)},
                                   {QStringLiteral("steps"), QString(steps.repeated(1 + i % 3) + marker)},
                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                   {QStringLiteral("sort_order"), 10 + i}});
    }
    return markers;
}

int pageOf(const QStringList& pages, const QString& text) {
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(text)) {
            return i + 1;
        }
    }
    return 0;
}

// A household of eight adults and two children with a family plan of `shared` shared goals with
// long steps and one goal for each adult. Returns the plan; the adults' names in adults.
QString addLargeFamily(test::DocumentScenario& s, int shared, QStringList& adults) {
    const QString household = s.build.household(s.locality, QStringLiteral("Rostás"));
    const QList<QStringList> names = {
        {QStringLiteral("Rostás"), QStringLiteral("Mihály"), QStringLiteral("1961-02-03")},
        {QStringLiteral("Rostásné Ónodi"), QStringLiteral("Zsófia"), QStringLiteral("1964-07-21")},
        {QStringLiteral("Rostás"), QStringLiteral("Ágnes Tímea"), QStringLiteral("1984-01-30")},
        {QStringLiteral("Rostás"), QStringLiteral("Győző"), QStringLiteral("1986-05-12")},
        {QStringLiteral("Rostásné Kőszegi"), QStringLiteral("Éva"), QStringLiteral("1987-09-09")},
        {QStringLiteral("Rostás"), QStringLiteral("Ödön"), QStringLiteral("1990-12-01")},
        {QStringLiteral("Rostás"), QStringLiteral("Béla Ürmös"), QStringLiteral("1995-03-17")},
        {QStringLiteral("Rostás"), QStringLiteral("Csilla"), QStringLiteral("2001-06-06")},
        {QStringLiteral("Rostás"), QStringLiteral("Dávid"), QStringLiteral("2013-04-04")},
        {QStringLiteral("Rostás"), QStringLiteral("Nikolett"), QStringLiteral("2016-10-10")}};
    QStringList ids;
    adults.clear();
    for (const QStringList& n : names) {
        ids.append(s.build.person(household, n.at(0), n.at(1), n.at(2)));
        if (n.at(2) < QStringLiteral("2008")) {
            adults.append(n.at(0) + QLatin1Char(' ') + n.at(1));
        }
    }
    const QString plan = s.build.create(QStringLiteral("plan"),
                                        QVariantMap{{QStringLiteral("kind"), QStringLiteral("family")},
                                                    {QStringLiteral("household_id"), household},
                                                    {QStringLiteral("programme_id"), s.programme},
                                                    {QStringLiteral("status"), QStringLiteral("awaiting_signature")},
                                                    {QStringLiteral("start_date"), QStringLiteral("2026-05-01")},
                                                    {QStringLiteral("case_manager_id"), s.caseManager},
                                                    {QStringLiteral("plan_version"), 1}});
    const QString steps =
        QStringLiteral("Collect the bills of the last six months, agree an instalment plan with the provider at the "
                       "municipality office and keep the receipts in the family folder. ");
    for (int i = 1; i <= shared; ++i) {
        s.build.create(QStringLiteral("plan_goal"),
                       QVariantMap{{QStringLiteral("plan_id"), plan},
                                   {QStringLiteral("area"), QStringLiteral("housing")},
                                   {QStringLiteral("title"), QStringLiteral("Shared goal number %1").arg(i)},
                                   {QStringLiteral("steps"), steps.repeated(1 + i % 2)},
                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                   {QStringLiteral("sort_order"), i}});
    }
    for (int i = 0; i < 8; ++i) {
        s.build.create(QStringLiteral("plan_goal"),
                       QVariantMap{{QStringLiteral("plan_id"), plan},
                                   {QStringLiteral("person_id"), ids.at(i)},
                                   {QStringLiteral("area"), QStringLiteral("employment")},
                                   {QStringLiteral("title"), QStringLiteral("Register at the job centre")},
                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                   {QStringLiteral("sort_order"), 100 + i}});
    }
    return plan;
}

} // namespace

TEST_CASE("A plan too long for one page breaks between goals and never inside the signature block", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QStringList markers = addLongGoals(s, 14);
    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("long.pdf"));
    DocumentPrinter printer(tdb.db());
    REQUIRE(printer.writePdf(path, {DocumentRequest{DocumentKind::IndividualPlan, s.plan}}).ok());
    test::pdf::keepPageImages(path, QStringLiteral("long-plan"));
    const int pages = test::pdf::pageCount(path);
    REQUIRE(pages >= 3);
    CHECK(printer.lastPageCount() == pages);
    QStringList text;
    for (int page = 1; page <= pages; ++page) {
        text.append(test::pdf::text(path, page, true));
        INFO("page " << page);
        CHECK(text.last().contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    for (int i = 1; i <= markers.size(); ++i) {
        INFO("goal " << i);
        const QString heading = QStringLiteral("Long goal number %1").arg(i);
        const int start = pageOf(text, heading);
        REQUIRE(start > 0);
        CHECK(pageOf(text, markers.at(i - 1)) == start);
        // A heading cut in two by the page end would show on both pages.
        CHECK(std::count_if(text.cbegin(), text.cend(), [&](const QString& page) {
                  return page.contains(QRegularExpression(heading + QStringLiteral("\\b")));
              }) == 1);
    }
    const int signatures = pageOf(text, QStringLiteral("Signatures"));
    REQUIRE(signatures > 0);
    CHECK(text.at(signatures - 1).contains(QStringLiteral("Kolompár Tünde")));
    CHECK(text.at(signatures - 1).contains(QStringLiteral("We drew up this plan together")));
    CHECK(signatures == pages);
}

TEST_CASE("A family plan with eight adults keeps every signatory row of its signature block on one page",
          "[documents]") {
    // Growing the plan one shared goal at a time moves the block down the page until it no longer
    // fits below the goals; whatever the size, the block is never cut.
    bool movedWhole = false;
    for (int shared = 0; shared <= 8; ++shared) {
        INFO("shared goals: " << shared);
        test::TestDatabase tdb;
        test::DocumentScenario s(tdb.db());
        QStringList adults;
        const QString plan = addLargeFamily(s, shared, adults);
        REQUIRE(adults.size() == 8);
        const QString path = QDir(tdb.dir()).filePath(QStringLiteral("large-family.pdf"));
        DocumentPrinter printer(tdb.db());
        REQUIRE(printer.writePdf(path, {DocumentRequest{DocumentKind::FamilyPlan, plan}}).ok());
        const int pages = test::pdf::pageCount(path);
        REQUIRE(pages >= 1);
        QStringList text;
        for (int page = 1; page <= pages; ++page) {
            text.append(test::pdf::text(path, page).simplified());
        }
        const int signatures = pageOf(text, QStringLiteral("Signatures"));
        REQUIRE(signatures == pages);
        const QString page = text.at(signatures - 1);
        const qsizetype block = page.indexOf(QStringLiteral("Signatures")) + qsizetype(qstrlen("Signatures"));
        for (const QString& column :
             {QStringLiteral("Name"), QStringLiteral("Signature"), QStringLiteral("Date"), QStringLiteral("Place")}) {
            CHECK(page.indexOf(column, block) >= block);
        }
        // Each adult's row, then the case manager's, the last row: all below the heading.
        for (const QString& name : adults + QStringList{QStringLiteral("Szabó Márta")}) {
            INFO("signatory " << name.toStdString());
            CHECK(page.indexOf(name, block) >= block);
        }
        // The children do not sign.
        CHECK(page.indexOf(QStringLiteral("Rostás Dávid"), block) < 0);
        if (pages > 1 && !page.left(block).contains(QStringLiteral("Register at the job centre"))) {
            movedWhole = true;
            test::pdf::keepPageImages(path, QStringLiteral("large-family-%1").arg(shared));
        }
    }
    // At least one size left room below the goals too small for the block, which went over whole.
    CHECK(movedWhole);
}

TEST_CASE("A family plan of known size has a known number of pages", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    QStringList adults;
    const QString plan = addLargeFamily(s, 6, adults);
    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("family-pages.pdf"));
    DocumentPrinter printer(tdb.db());
    REQUIRE(printer.writePdf(path, {DocumentRequest{DocumentKind::FamilyPlan, plan}}).ok());
    test::pdf::keepPageImages(path, QStringLiteral("large-family"));
    CHECK(test::pdf::pageCount(path) == 3);
    CHECK(printer.lastPageCount() == 3);
}

TEST_CASE("The batch holds every plan of the locality that awaits signature, and nothing else", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    DocumentPrinter printer(tdb.db());
    auto batch = printer.plansAwaitingSignature(s.locality);
    REQUIRE(batch.ok());
    REQUIRE(batch->size() == 2);
    CHECK(batch->at(0).kind == DocumentKind::FamilyPlan);
    CHECK(batch->at(0).id == s.familyPlan);
    CHECK(batch->at(1).kind == DocumentKind::IndividualPlan);
    CHECK(batch->at(1).id == s.plan);

    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("batch.pdf"));
    REQUIRE(printer.writePdf(path, *batch).ok());
    const int pages = test::pdf::pageCount(path);
    CHECK(pages == printer.totalPageCount());
    const QString text = test::pdf::text(path);
    CHECK(text.contains(QStringLiteral("Family development plan")));
    CHECK(text.contains(QStringLiteral("Individual development plan")));
    CHECK_FALSE(text.contains(QStringLiteral("Rostás Krisztián"))); // the other locality
    // Each plan numbers its own pages, so that the municipality can file them apart.
    CHECK(text.count(QStringLiteral("Page 1 of")) == 2);

    auto none = printer.plansAwaitingSignature(QStringLiteral("0190f5c2-0000-7000-8000-00000000dead"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == core::ErrorCode::NotFound);
}

TEST_CASE("A missing record, a wrong kind or an unwritable path fails clearly and leaves no file", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    DocumentPrinter printer(tdb.db());
    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("out.pdf"));

    SECTION("missing record") {
        auto status = printer.writePdf(
            path, {DocumentRequest{DocumentKind::Visit, QStringLiteral("0190f5c2-0000-7000-8000-00000000beef")}});
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == core::ErrorCode::NotFound);
        CHECK(status.error().message.contains(QStringLiteral("0190f5c2-0000-7000-8000-00000000beef")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a family plan asked for as an individual plan") {
        auto status = printer.writePdf(path, {DocumentRequest{DocumentKind::IndividualPlan, s.familyPlan}});
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("family-plan")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a bad record in the middle of a batch leaves the earlier file untouched") {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the plan printed yesterday");
        old.close();
        auto status = printer.writePdf(path, {DocumentRequest{DocumentKind::IndividualPlan, s.plan},
                                              DocumentRequest{DocumentKind::Consent, s.plan}});
        REQUIRE_FALSE(status.ok());
        CHECK(fileBytes(path) == QByteArray("the plan printed yesterday"));
        CHECK(QDir(tdb.dir()).entryList({QStringLiteral("out.pdf*")}, QDir::Files).size() == 1);
    }
    SECTION("unwritable path") {
        const QString nowhere = QDir(tdb.dir()).filePath(QStringLiteral("no-such-folder/out.pdf"));
        auto status = printer.writePdf(nowhere, {DocumentRequest{DocumentKind::IndividualPlan, s.plan}});
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == core::ErrorCode::Io);
        CHECK_FALSE(QFile::exists(nowhere));
    }
}

TEST_CASE("Logos from this machine appear in the letterhead and a file that is not an image is refused",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    core::DocumentLogos logos(tdb.db());

    QImage crest(240, 300, QImage::Format_ARGB32);
    crest.fill(Qt::transparent);
    {
        QPainter painter(&crest);
        painter.setBrush(QColor(200, 30, 40));
        painter.drawEllipse(10, 10, 220, 280);
    }
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(crest.save(&buffer, "PNG"));
    REQUIRE(logos.set(s.programme, core::DocumentLogos::Slot::Left, png).ok());

    auto refused = logos.set(s.programme, core::DocumentLogos::Slot::Left, QByteArray("GIF89a not really"));
    REQUIRE_FALSE(refused.ok());
    auto kept = logos.image(s.programme, core::DocumentLogos::Slot::Left);
    REQUIRE(kept.ok());
    CHECK(kept->size() == crest.size());

    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("logo.pdf"));
    DocumentPrinter printer(tdb.db());
    REQUIRE(printer.writePdf(path, {DocumentRequest{DocumentKind::Consent, s.consent}}).ok());
    CHECK(test::pdf::imageCount(path) >= 1);
    test::pdf::keepPageImages(path, QStringLiteral("logo"));

    REQUIRE(logos.clear(s.programme, core::DocumentLogos::Slot::Left).ok());
    DocumentPrinter again(tdb.db());
    REQUIRE(again.writePdf(path, {DocumentRequest{DocumentKind::Consent, s.consent}}).ok());
    CHECK(test::pdf::imageCount(path) == 0);
}

TEST_CASE("Printing a person means their current plan, else their case summary", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    DocumentPrinter printer(tdb.db());
    auto gabor = printer.defaultForPerson(s.gabor);
    REQUIRE(gabor.ok());
    // The family plan (March) is newer than his own (February).
    CHECK(gabor->kind == DocumentKind::FamilyPlan);
    CHECK(gabor->id == s.familyPlan);
    const QString loner = s.build.person(QString(), QStringLiteral("Horváth"), QStringLiteral("Béla"));
    auto summary = printer.defaultForPerson(loner);
    REQUIRE(summary.ok());
    CHECK(summary->kind == DocumentKind::CaseSummary);
}

TEST_CASE("An attendance sheet longer than a page repeats its column headings and numbers on", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QString household = s.build.household(s.locality, QStringLiteral("Kolompár"));
    for (int i = 1; i <= 40; ++i) {
        const QString person =
            s.build.person(household, QStringLiteral("Kolompár"), QStringLiteral("Vendel %1").arg(i));
        s.build.create(QStringLiteral("attendance"),
                       QVariantMap{{QStringLiteral("event_id"), s.event},
                                   {QStringLiteral("person_id"), person},
                                   {QStringLiteral("role"), QStringLiteral("participant")}});
    }
    const QString path = QDir(tdb.dir()).filePath(QStringLiteral("long-sheet.pdf"));
    DocumentPrinter printer(tdb.db());
    REQUIRE(printer.writePdf(path, {DocumentRequest{DocumentKind::Attendance, s.event}}).ok());
    test::pdf::keepPageImages(path, QStringLiteral("long-attendance"));
    const int pages = test::pdf::pageCount(path);
    REQUIRE(pages >= 2);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdf::text(path, page, true);
        all += text;
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Date of birth")));
    }
    // 50 registered and 8 empty lines, each number once.
    for (int line = 1; line <= 58; ++line) {
        INFO("line " << line);
        CHECK(all.count(QRegularExpression(QStringLiteral("^[ \\t]*%1(?:[ \\t]|$)").arg(line),
                                           QRegularExpression::MultilineOption)) == 1);
    }
}

TEST_CASE("A database of schema 1 gains the logo table and prints its family plan", "[documents][migration]") {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, QStringLiteral("schema-v1.db"));
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    const QString programme = QStringLiteral("any-programme");
    core::DocumentLogos logos(**db);
    QImage crest(40, 40, QImage::Format_RGB32);
    crest.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(crest.save(&buffer, "PNG"));
    REQUIRE(logos.set(programme, core::DocumentLogos::Slot::Right, png).ok());
    auto stored = logos.image(programme, core::DocumentLogos::Slot::Right);
    REQUIRE(stored.ok());
    CHECK(stored->size() == QSize(40, 40));

    const QString out = dir.filePath(QStringLiteral("family.pdf"));
    DocumentPrinter printer(**db);
    auto printed = printer.writePdf(
        out, {DocumentRequest{DocumentKind::FamilyPlan, QStringLiteral("0190f5c2-0000-7000-8000-000000000050")}});
    INFO((printed ? QString() : printed.error().toString()).toStdString());
    REQUIRE(printed.ok());
    const QString text = test::pdf::text(out).simplified();
    CHECK(text.contains(QStringLiteral("Complete primary education in a catch-up course")));
    CHECK(text.contains(QStringLiteral("Renew ID cards of the whole family")));
    CHECK(text.contains(QStringLiteral("Petőfi utca 12.")));
}
