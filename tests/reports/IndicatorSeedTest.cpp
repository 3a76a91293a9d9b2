// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue a new database starts with, for each kind of programme, and the demo's, with its
// targets and the new entry answers.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "domain/EsfCatalogue.h"
#include "domain/IndicatorSeed.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorReport.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;

namespace {

qint64 scalar(Database& db, const QString& sql) {
    Statement st(db, sql);
    auto v = st.scalar();
    REQUIRE(v.ok());
    return v->toLongLong();
}

QStringList codes(Database& db, const QString& where) {
    Statement st(db,
                 QStringLiteral("SELECT code FROM indicator WHERE deleted = 0 AND %1 ORDER BY sort_order").arg(where));
    REQUIRE(st.exec());
    QStringList out;
    while (st.next()) {
        out.append(st.value(0).toString());
    }
    return out;
}

} // namespace

TEST_CASE("Every kind of programme starts with the ESF+ indicators and its own examples", "[reports]") {
    const QHash<QString, QStringList> examples = {
        {QStringLiteral("catching_up"),
         {QStringLiteral("CU-1"), QStringLiteral("CU-2"), QStringLiteral("CU-3"), QStringLiteral("CU-4"),
          QStringLiteral("CU-5")}},
        {QStringLiteral("county_coordination"),
         {QStringLiteral("CC-1"), QStringLiteral("CC-2"), QStringLiteral("CC-3")}},
        {QStringLiteral("social_services"), {QStringLiteral("SS-1"), QStringLiteral("SS-2")}},
        {QStringLiteral("community_centre"), {QStringLiteral("CW-1"), QStringLiteral("CW-2")}},
    };
    for (auto it = examples.cbegin(); it != examples.cend(); ++it) {
        INFO(it.key().toStdString());
        test::TestDatabase t;
        RecordStore store(t.db());
        auto programme =
            store.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("P")},
                                                       {QStringLiteral("kind"), it.key()},
                                                       {QStringLiteral("start_date"), QStringLiteral("2025-01-01")},
                                                       {QStringLiteral("end_date"), QStringLiteral("2027-12-31")}});
        REQUIRE(programme.ok());
        auto written = IndicatorSeed::write(
            store, *programme, IndicatorSeed::forProgramme(it.key(), QDate(2025, 1, 1), QDate(2027, 12, 31)));
        REQUIRE(written.ok());
        CHECK(codes(t.db(), QStringLiteral("built_in = 0")) == it.value());
        QStringList esf;
        for (const EsfIndicator& i : EsfCatalogue::indicators(EsfSet::Esf2021)) {
            esf.append(QLatin1String(i.code));
        }
        CHECK(codes(t.db(), QStringLiteral("built_in = 1")) == esf);
        // Every one of them can be computed.
        auto table = IndicatorReport::table(t.db(), {QDate(2025, 1, 1), QDate(2027, 12, 31), {}});
        REQUIRE(table.ok());
        CHECK(table->rows.size() == esf.size() + it.value().size());
        auto problems = IntegrityCheck::run(t.db());
        REQUIRE(problems.ok());
        CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");
    }
}

TEST_CASE("The county's forums and thematic days come with the targets of its description", "[reports]") {
    test::TestDatabase t;
    RecordStore store(t.db());
    auto programme =
        store.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("Jász")},
                                                   {QStringLiteral("kind"), QStringLiteral("county_coordination")}});
    REQUIRE(programme.ok());
    // Without programme dates, only the targets for the whole programme: 6 forums, 12 thematic days.
    REQUIRE(IndicatorSeed::write(store, *programme,
                                 IndicatorSeed::forProgramme(QStringLiteral("county_coordination"), {}, {}))
                .ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT t.target FROM indicator_target t JOIN indicator i ON i.id = "
                                        "t.indicator_id WHERE i.code = 'CC-1' AND t.period = 'whole_programme'")) == 6);
    CHECK(scalar(t.db(), QStringLiteral("SELECT t.target FROM indicator_target t JOIN indicator i ON i.id = "
                                        "t.indicator_id WHERE i.code = 'CC-2' AND t.period = 'whole_programme'")) ==
          12);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM indicator_target WHERE period = 'year'")) == 0);
    // With dates, two forums and four thematic days a year as well.
    const auto seeds =
        IndicatorSeed::forProgramme(QStringLiteral("county_coordination"), QDate(2025, 3, 1), QDate(2027, 8, 31));
    REQUIRE(seeds.first().targets.size() == 4);
    CHECK(seeds.first().targets.first().periodStart == QDate(2025, 1, 1));
    CHECK(seeds.first().targets.first().target == 2);
}

TEST_CASE("The demo's catalogue has targets with indicators behind and ahead, and the new entry answers",
          "[reports][demo]") {
    test::TestDatabase t;
    DemoOptions options;
    options.people = 800;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoGenerator::generate(t.db(), options).ok());

    // 2025 is the demo's one whole calendar year.
    auto table = IndicatorReport::table(t.db(), {QDate(2025, 1, 1), QDate(2025, 12, 31), {}});
    REQUIRE(table.ok());
    int withTarget = 0;
    int behind = 0;
    for (int row = 0; row < table->rows.size(); ++row) {
        const QVariantMap& data = table->rowData.at(row);
        INFO(table->rows.at(row).at(0).value.toString().toStdString());
        CHECK(data.value(QStringLiteral("recorded")).toBool());
        CHECK_FALSE(table->rows.at(row).at(table->column(QStringLiteral("achieved"))).value.isNull());
        if (data.value(QStringLiteral("has_target")).toBool()) {
            ++withTarget;
            behind += data.value(QStringLiteral("behind")).toBool() ? 1 : 0;
        }
    }
    // Signed plans, forums, trainings and participants have yearly targets.
    CHECK(withTarget == 4);
    CHECK(behind > 0);
    CHECK(behind < withTarget);
    // The whole programme adds the staff targets: professionals behind, experience experts ahead.
    auto whole = IndicatorReport::table(t.db(), {});
    REQUIRE(whole.ok());
    for (int row = 0; row < whole->rows.size(); ++row) {
        const QString code = whole->rows.at(row).at(0).value.toString();
        if (code == QStringLiteral("CU-2")) {
            CHECK(whole->rowData.at(row).value(QStringLiteral("behind")).toBool());
        } else if (code == QStringLiteral("CU-3")) {
            CHECK_FALSE(whole->rowData.at(row).value(QStringLiteral("behind")).toBool());
            CHECK(whole->rowData.at(row).value(QStringLiteral("has_target")).toBool());
        }
    }

    // Every entry record has a citizenship and a foreign background; most unemployed a date since when.
    const qint64 entries = scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE deleted = 0"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE citizenship IS NOT NULL AND "
                                        "foreign_background IS NOT NULL")) == entries);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE citizenship = 'national'")) >
          entries * 8 / 10);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE citizenship = 'declined'")) > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE citizenship IN ('other_eu', "
                                        "'third_country')")) > 0);
    const qint64 unemployed = scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE labour_status IN "
                                                            "('unemployed', 'long_term_unemployed')"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE unemployed_since IS NOT NULL")) >
          unemployed * 8 / 10);
    // The dates agree with the recorded status: the computed long-term count is the recorded one, give or
    // take those without a date.
    auto esf = EsfReport::counts(t.db(), EsfSet::Esf2021, {});
    REQUIRE(esf.ok());
    const qint64 recordedLongTerm = scalar(
        t.db(), QStringLiteral("SELECT count(*) FROM entry_record WHERE labour_status = 'long_term_unemployed'"));
    CHECK(esf->value(QStringLiteral("EECO02")).total == recordedLongTerm);
    auto problems = IntegrityCheck::run(t.db());
    REQUIRE(problems.ok());
    CHECK(problems->join(QLatin1Char('\n')).toStdString() == "");
}
