// SPDX-License-Identifier: GPL-3.0-or-later
// Each kind of document, printed to PDF and read back through poppler as a reader would see it.
#include "DocumentScenario.h"
#include "PdfTools.h"
#include "TestDatabase.h"

#include "documents/DocumentData.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentPrinter.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "util/HybridLogicalClock.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace fieldcase;
using core::DocumentKind;
using core::DocumentPrinter;
using core::DocumentRequest;

namespace {

// The date as the documents print it (the locale's short form with four digits).
QString shown(const QString& isoDate) {
    const core::FieldDef* field =
        core::Schema::instance().table(QStringLiteral("plan"))->field(QStringLiteral("start_date"));
    return core::values::display(*field, isoDate);
}

QString printOne(test::TestDatabase& tdb, DocumentKind kind, const QString& id, const QString& name) {
    const QString path = QDir(tdb.dir()).filePath(name + QStringLiteral(".pdf"));
    DocumentPrinter printer(tdb.db());
    const core::Status status = printer.writePdf(path, {DocumentRequest{kind, id}});
    INFO((status ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    test::pdf::keepPageImages(path, name);
    return path;
}

// Compares with line breaks and runs of spaces made single spaces: a long value wraps in its cell.
void requireAll(const QString& text, const QStringList& expected) {
    const QString flat = text.simplified();
    for (const QString& s : expected) {
        INFO("expected on the page: " << s.toStdString());
        CHECK(flat.contains(s.simplified()));
    }
}

const QStringList kSignatureLabels = {QStringLiteral("Signatures"), QStringLiteral("Name"), QStringLiteral("Signature"),
                                      QStringLiteral("Date"), QStringLiteral("Place")};

} // namespace

TEST_CASE("An individual plan prints the person, goals, dates, letterhead, version and signature lines",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QString path = printOne(tdb, DocumentKind::IndividualPlan, s.plan, QStringLiteral("plan"));
    REQUIRE(test::pdf::pageCount(path) == 1);
    const QString text = test::pdf::text(path);
    requireAll(text, s.goals);
    requireAll(text, kSignatureLabels);
    requireAll(text, {QStringLiteral("Individual development plan"), QStringLiteral("Lakatos Gábor Ödön"),
                      QStringLiteral("Felzárkózó települések program – Észak-Alföld"),
                      QStringLiteral("Alsóberény Község Önkormányzata"), QStringLiteral("EFOP-1.6.2-16"),
                      shown(QStringLiteral("2026-12-15")), shown(QStringLiteral("2026-02-01")),
                      shown(QStringLiteral("2027-01-31")), QStringLiteral("Arany János Általános Iskola"),
                      QStringLiteral("Szabó Márta"), QStringLiteral("Kolompár Tünde"), QStringLiteral("Page 1 of 1"),
                      QStringLiteral("Printed by Balogh Erika on"), QStringLiteral("Plan version 2")});
}

TEST_CASE("A family plan lists the members, shared goals, each member's goals and every adult's signature",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QString path = printOne(tdb, DocumentKind::FamilyPlan, s.familyPlan, QStringLiteral("family-plan"));
    // Three members and three short goals fit on one sheet with their signature block.
    REQUIRE(test::pdf::pageCount(path) == 1);
    const QString text = test::pdf::text(path);
    requireAll(text, kSignatureLabels);
    requireAll(text, {QStringLiteral("Family development plan"), QStringLiteral("Lakatos Dzsenifer"),
                      QStringLiteral("Shared goals of the family"), QStringLiteral("Pay off the electricity debt"),
                      QStringLiteral("Goals of Lakatosné Szűcs Erzsébet"),
                      QStringLiteral("Attend the cervical screening"), QStringLiteral("Goals of Lakatos Dzsenifer"),
                      QStringLiteral("Go to school every day"), shown(QStringLiteral("2026-10-31"))});
    // The two adults sign; the twelve-year-old does not.
    const QString signatures = text.mid(text.lastIndexOf(QStringLiteral("Signatures")));
    CHECK(signatures.contains(QStringLiteral("Lakatos Gábor Ödön")));
    CHECK(signatures.contains(QStringLiteral("Lakatosné Szűcs Erzsébet")));
    CHECK_FALSE(signatures.contains(QStringLiteral("Lakatos Dzsenifer")));
}

TEST_CASE("A plan review record, a home visit record, a consent form and a case summary print their content",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());

    SECTION("plan review") {
        const QString text =
            test::pdf::text(printOne(tdb, DocumentKind::PlanReview, s.review, QStringLiteral("review")));
        requireAll(text, kSignatureLabels);
        requireAll(text, {QStringLiteral("Plan review record"), QStringLiteral("Lakatos Gábor Ödön"),
                          QStringLiteral("Gábor attends the course twice a week."), shown(QStringLiteral("2026-05-20")),
                          shown(QStringLiteral("2026-08-20")), s.goals.at(0), QStringLiteral("Reviewed by")});
    }
    SECTION("home visit") {
        const QString text = test::pdf::text(printOne(tdb, DocumentKind::Visit, s.visit, QStringLiteral("visit")));
        requireAll(text, kSignatureLabels);
        requireAll(text, {QStringLiteral("Home visit record"), QStringLiteral("Lakatos Gábor Ödön"),
                          QStringLiteral("Lakatosné Szűcs Erzsébet"), QStringLiteral("Kolompár Tünde"),
                          QStringLiteral("The family has a new tenancy contract."),
                          QStringLiteral("Gábor brings his school certificates."), s.goals.at(0),
                          QStringLiteral("Copy the school certificates"), shown(QStringLiteral("2026-06-24")),
                          QStringLiteral("45 min")});
    }
    SECTION("consent form") {
        const QString text =
            test::pdf::text(printOne(tdb, DocumentKind::Consent, s.consent, QStringLiteral("consent")));
        requireAll(text, kSignatureLabels);
        requireAll(text, {QStringLiteral("Consent form"), QStringLiteral("Sharing with other services"),
                          QStringLiteral("Lakatos Gábor Ödön"), QStringLiteral("2026-1"),
                          QStringLiteral("withdraw this consent"), shown(QStringLiteral("2026-02-01"))});
    }
    SECTION("case summary") {
        const QString text =
            test::pdf::text(printOne(tdb, DocumentKind::CaseSummary, s.gabor, QStringLiteral("summary")));
        requireAll(text, {QStringLiteral("Case summary"), QStringLiteral("Lakatos Gábor Ödön"),
                          QStringLiteral("Lakatos Dzsenifer"), QStringLiteral("Catching up on school and a first job"),
                          s.goals.at(2), QStringLiteral("Follow-up of the school enrolment"),
                          QStringLiteral("Sharing with other services"), QStringLiteral("Copy the school certificates"),
                          shown(QStringLiteral("2007-03-02")), QStringLiteral("Go to school every day")});
        // The family plan's health goal is his mother's: it is named on no one's summary.
        CHECK_FALSE(text.contains(QStringLiteral("cervical screening")));
        CHECK(text.contains(QStringLiteral("1 goal in the health area")));
    }
}

TEST_CASE("An attendance sheet pre-fills registered names in every script and leaves numbered lines for guests",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QString path = printOne(tdb, DocumentKind::Attendance, s.event, QStringLiteral("attendance"));
    const QString text = test::pdf::text(path);
    requireAll(text, s.attendees);
    requireAll(text, {QStringLiteral("Attendance sheet"), QStringLiteral("Spring inclusion forum"),
                      shown(QStringLiteral("2026-04-20")), QStringLiteral("Signature"), QStringLiteral("Organiser")});
    // Ten registered people, then at least eight empty numbered lines.
    const int pages = test::pdf::pageCount(path);
    QString layout;
    for (int page = 1; page <= pages; ++page) {
        layout += test::pdf::text(path, page, true);
    }
    for (int line = 11; line <= 18; ++line) {
        INFO("guest line " << line);
        CHECK(layout.contains(
            QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(line), QRegularExpression::MultilineOption)));
    }
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("Every kind of document says on every page who printed it, when, and which version of the record",
          "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    // Printed a week after the test day's records were made, so that the two dates differ.
    tdb.clock().advance(7LL * 24 * 3600 * 1000);
    const QString printedOn = core::printDateTime(QDateTime::fromMSecsSinceEpoch(tdb.clock().nowMs()).toLocalTime());
    const QList<DocumentRequest> requests = {
        {DocumentKind::IndividualPlan, s.plan}, {DocumentKind::FamilyPlan, s.familyPlan},
        {DocumentKind::PlanReview, s.review},   {DocumentKind::Visit, s.visit},
        {DocumentKind::Attendance, s.event},    {DocumentKind::Consent, s.consent},
        {DocumentKind::CaseSummary, s.gabor}};
    core::RecordStore store(tdb.db());
    for (const DocumentRequest& request : requests) {
        const QString name = core::DocumentKinds::name(request.kind);
        INFO("document " << name.toStdString());
        auto record = store.get(core::DocumentKinds::table(request.kind), request.id);
        REQUIRE(record.ok());
        const QString changed = core::printDateTime(
            QDateTime::fromMSecsSinceEpoch(core::HybridLogicalClock::physicalMs(record->hlc)).toLocalTime());
        const QString stamp = QString::number(record->hlc, 16).right(8);
        const QString version = record->table == QStringLiteral("plan")
                                    ? QStringLiteral("Plan version %1, last changed %2 (%3)")
                                          .arg(record->text(QStringLiteral("plan_version")), changed, stamp)
                                    : QStringLiteral("Record version of %1 (%2)").arg(changed, stamp);
        REQUIRE(changed != printedOn);
        const QString path = printOne(tdb, request.kind, request.id, QStringLiteral("footer-") + name);
        const int pages = test::pdf::pageCount(path);
        REQUIRE(pages >= 1);
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page << " of " << pages);
            requireAll(test::pdf::text(path, page),
                       {QStringLiteral("Printed by Balogh Erika on %1").arg(printedOn), version});
        }
    }
}

TEST_CASE("The PDF embeds its fonts", "[documents]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    const QString path = printOne(tdb, DocumentKind::Attendance, s.event, QStringLiteral("fonts"));
    const QStringList fonts = test::pdf::fonts(path);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& row : fonts) {
        INFO(row.toStdString());
        CHECK(row.contains(QStringLiteral("DejaVu")));
        // Columns: name type encoding emb sub uni object ID; emb is the fourth from the end.
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
}
