// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of document printed from the synthetic demo programme, read back from the PDF.
#include "PdfTools.h"
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "documents/DocumentPrinter.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fieldcase;
using core::DocumentKind;
using core::DocumentRequest;

namespace {

// Records to print, each the richest of its kind, so that the checks have something to find.
const QString kIndividualPlan =
    QStringLiteral("SELECT p.id FROM plan p JOIN plan_goal g ON g.plan_id = p.id AND g.deleted = 0 "
                   "WHERE p.deleted = 0 AND p.kind = 'individual' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1");
const QString kFamilyPlan =
    QStringLiteral("SELECT p.id FROM plan p JOIN plan_goal g ON g.plan_id = p.id AND g.deleted = 0 "
                   "WHERE p.deleted = 0 AND p.kind = 'family' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1");
const QString kReview =
    QStringLiteral("SELECT id FROM plan_review WHERE deleted = 0 ORDER BY length(snapshot) DESC, id LIMIT 1");
const QString kVisit =
    QStringLiteral("SELECT id FROM activity WHERE deleted = 0 AND kind = 'home_visit' AND person_id IS NOT NULL "
                   "ORDER BY length(agreements) DESC, id LIMIT 1");
const QString kEvent =
    QStringLiteral("SELECT event_id FROM attendance WHERE deleted = 0 AND person_id IS NOT NULL GROUP BY event_id "
                   "ORDER BY count(*) DESC, event_id LIMIT 1");
const QString kConsent = QStringLiteral("SELECT id FROM consent WHERE deleted = 0 ORDER BY id LIMIT 1");
// A person whose name is not plain ASCII, to see the diacritics or Cyrillic come through.
const QString kPerson =
    QStringLiteral("SELECT id FROM person WHERE deleted = 0 AND (family_name || given_names) GLOB '*[^ -~]*' "
                   "ORDER BY id LIMIT 1");
const QString kGoals = QStringLiteral("SELECT title FROM plan_goal WHERE deleted = 0 AND plan_id = ?");
const QString kAttendees = QStringLiteral(
    "SELECT DISTINCT p.family_name || ' ' || p.given_names FROM attendance a JOIN person p ON p.id = a.person_id "
    "WHERE a.deleted = 0 AND p.deleted = 0 AND a.event_id = ?");

QString scalar(core::Database& db, const QString& sql) {
    core::Statement st(db, sql);
    auto value = st.scalar();
    REQUIRE(value.ok());
    REQUIRE_FALSE(value->isNull());
    return value->toString();
}

QStringList column(core::Database& db, const QString& sql, const QString& id) {
    core::Statement st(db, sql);
    st.bind(id);
    REQUIRE(st.exec().ok());
    QStringList values;
    while (st.next()) {
        values.append(st.value(0).toString());
    }
    return values;
}

QString personName(core::RecordStore& store, const QString& id) {
    auto person = store.get(QStringLiteral("person"), id);
    REQUIRE(person.ok());
    return person->text(QStringLiteral("family_name")) + QLatin1Char(' ') + person->text(QStringLiteral("given_names"));
}

QString shownDate(const QString& table, const QString& field, const QString& iso) {
    return core::values::display(*core::Schema::instance().table(table)->field(field), iso);
}

struct Printed {
    QString text; // whitespace made single spaces
    int pages = 0;
};

Printed print(test::TestDatabase& tdb, DocumentKind kind, const QString& id) {
    const QString name = QStringLiteral("demo-") + core::DocumentKinds::name(kind);
    const QString path = QDir(tdb.dir()).filePath(name + QStringLiteral(".pdf"));
    core::DocumentPrinter printer(tdb.db());
    const core::Status status = printer.writePdf(path, {DocumentRequest{kind, id}});
    INFO((status ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    test::pdf::keepPageImages(path, name);
    Printed printed;
    printed.pages = test::pdf::pageCount(path);
    CHECK(printed.pages == printer.lastPageCount());
    printed.text = test::pdf::text(path).simplified();
    // Every page says which of how many it is, and the last is the last.
    for (int page = 1; page <= printed.pages; ++page) {
        CHECK(printed.text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(printed.pages)));
    }
    CHECK_FALSE(printed.text.contains(QStringLiteral("Page %1 of").arg(printed.pages + 1)));
    // No page is left blank between its letterhead and its footer.
    core::Statement programme(tdb.db(), QStringLiteral("SELECT name, funder_line FROM programme LIMIT 1"));
    REQUIRE(programme.exec().ok());
    REQUIRE(programme.next());
    const QStringList frame = {programme.value(0).toString(), programme.value(1).toString()};
    for (int page = 1; page <= printed.pages; ++page) {
        int body = 0;
        for (const QString& line : test::pdf::text(path, page).split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !frame.contains(t) && !t.startsWith(core::DocumentKinds::title(kind)) &&
                !t.startsWith(QStringLiteral("Printed by")) && !t.startsWith(QStringLiteral("Page ")) &&
                !t.contains(QStringLiteral("version"))) {
                ++body;
            }
        }
        INFO("page " << page << " of " << printed.pages);
        CHECK(body > 0);
    }
    return printed;
}

void requireAll(const Printed& printed, const QStringList& expected) {
    for (const QString& s : expected) {
        INFO("expected in the PDF: " << s.toStdString());
        CHECK(printed.text.contains(s.simplified()));
    }
}

const QStringList kSignatureLabels = {QStringLiteral("Signatures"), QStringLiteral("Name"), QStringLiteral("Signature"),
                                      QStringLiteral("Date"), QStringLiteral("Place")};

} // namespace

TEST_CASE("Every kind of document prints from demo data with names, goals, dates and signature lines",
          "[documents][demo]") {
    // One demo programme for every kind: generating it is the slow part.
    test::TestDatabase tdb;
    core::DemoOptions options;
    options.people = 120;
    options.seed = 7;
    options.today = QDate(2026, 6, 1);
    REQUIRE(core::DemoGenerator::generate(tdb.db(), options).ok());
    core::Database& db = tdb.db();
    core::RecordStore store(db);

    {
        INFO("individual plan");
        const QString id = scalar(db, kIndividualPlan);
        auto plan = store.get(QStringLiteral("plan"), id);
        REQUIRE(plan.ok());
        const Printed printed = print(tdb, DocumentKind::IndividualPlan, id);
        requireAll(printed, column(db, kGoals, id));
        requireAll(printed, kSignatureLabels);
        requireAll(printed, {personName(store, plan->text(QStringLiteral("person_id"))),
                             shownDate(QStringLiteral("plan"), QStringLiteral("start_date"),
                                       plan->text(QStringLiteral("start_date")))});
    }
    {
        INFO("family plan");
        const QString id = scalar(db, kFamilyPlan);
        auto plan = store.get(QStringLiteral("plan"), id);
        REQUIRE(plan.ok());
        auto household = store.get(QStringLiteral("household"), plan->text(QStringLiteral("household_id")));
        REQUIRE(household.ok());
        const Printed printed = print(tdb, DocumentKind::FamilyPlan, id);
        requireAll(printed, column(db, kGoals, id));
        requireAll(printed, kSignatureLabels);
        requireAll(printed, {household->text(QStringLiteral("name")),
                             shownDate(QStringLiteral("plan"), QStringLiteral("start_date"),
                                       plan->text(QStringLiteral("start_date")))});
    }
    {
        INFO("plan review");
        const QString id = scalar(db, kReview);
        auto review = store.get(QStringLiteral("plan_review"), id);
        REQUIRE(review.ok());
        const Printed printed = print(tdb, DocumentKind::PlanReview, id);
        const QJsonArray goals = QJsonDocument::fromJson(review->text(QStringLiteral("snapshot")).toUtf8())
                                     .object()
                                     .value(QStringLiteral("goals"))
                                     .toArray();
        REQUIRE_FALSE(goals.isEmpty());
        for (const QJsonValue& goal : goals) {
            requireAll(printed, {goal.toObject().value(QStringLiteral("title")).toString()});
        }
        requireAll(printed, kSignatureLabels);
        requireAll(printed, {shownDate(QStringLiteral("plan_review"), QStringLiteral("review_date"),
                                       review->text(QStringLiteral("review_date")))});
    }
    {
        INFO("home visit");
        const QString id = scalar(db, kVisit);
        auto visit = store.get(QStringLiteral("activity"), id);
        REQUIRE(visit.ok());
        const Printed printed = print(tdb, DocumentKind::Visit, id);
        requireAll(printed, kSignatureLabels);
        requireAll(printed, {personName(store, visit->text(QStringLiteral("person_id"))),
                             visit->text(QStringLiteral("agreements")),
                             shownDate(QStringLiteral("plan"), QStringLiteral("start_date"),
                                       visit->text(QStringLiteral("happened_at")).left(10))});
    }
    {
        INFO("attendance sheet");
        const QString id = scalar(db, kEvent);
        const Printed printed = print(tdb, DocumentKind::Attendance, id);
        const QStringList attendees = column(db, kAttendees, id);
        REQUIRE_FALSE(attendees.isEmpty());
        requireAll(printed, attendees);
        requireAll(printed, {QStringLiteral("Signature")});
    }
    {
        INFO("consent form");
        const QString id = scalar(db, kConsent);
        auto consent = store.get(QStringLiteral("consent"), id);
        REQUIRE(consent.ok());
        const Printed printed = print(tdb, DocumentKind::Consent, id);
        requireAll(printed, kSignatureLabels);
        requireAll(printed, {personName(store, consent->text(QStringLiteral("person_id"))),
                             consent->text(QStringLiteral("text_version")),
                             core::Schema::instance().enumLabel(consent->text(QStringLiteral("purpose")))});
    }
    {
        INFO("case summary of a person whose name has diacritics or Cyrillic letters");
        const QString id = scalar(db, kPerson);
        const QString name = personName(store, id);
        INFO(name.toStdString());
        const Printed printed = print(tdb, DocumentKind::CaseSummary, id);
        requireAll(printed, {name});
    }
}
