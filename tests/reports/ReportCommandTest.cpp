// SPDX-License-Identifier: GPL-3.0-or-later
// The report verb of fieldcase-cli: its options, its defaults and what it writes, over tables a
// test hands it in place of the report engine, so that these run in any build.
#include "Builders.h"
#include "CliRun.h"
#include "CommandsReports.h"
#include "PdfTools.h"
#include "ReportSamples.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <memory>

using namespace fieldcase;
using core::ReportScope;
using core::ReportTable;

namespace {

struct Calls {
    int esf = 0;
    int indicators = 0;
    core::EsfSet set = core::EsfSet::Esf2021;
    ReportScope scope;
    std::optional<core::Error> fail;
};

ReportTable smallEsf() {
    ReportTable table = test::esfTable();
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed"), 12, 3, 0, 5);
    return table;
}

cli::ReportMakers makers(const std::shared_ptr<Calls>& calls) {
    return {[calls](core::Database&, core::EsfSet set, const ReportScope& scope) -> core::Result<ReportTable> {
                ++calls->esf;
                calls->set = set;
                calls->scope = scope;
                if (calls->fail) {
                    return *calls->fail;
                }
                return smallEsf();
            },
            [calls](core::Database&, const ReportScope& scope) -> core::Result<ReportTable> {
                ++calls->indicators;
                calls->scope = scope;
                if (calls->fail) {
                    return *calls->fail;
                }
                return test::indicatorTable();
            }};
}

// A programme copy with one locality, closed so that the verb opens it as the batch tool does.
struct Office {
    test::TestDatabase tdb;
    QString programme;
    QString locality;
    std::shared_ptr<Calls> calls = std::make_shared<Calls>();

    explicit Office(const QVariantMap& programmeFields = {}) {
        test::Builders b(tdb.db());
        QVariantMap fields = {{QStringLiteral("name"), QStringLiteral("Felzárkózó települések programja")},
                              {QStringLiteral("kind"), QStringLiteral("catching_up")},
                              {QStringLiteral("funder_line"), QStringLiteral("Európai Szociális Alap Plusz")}};
        fields.insert(programmeFields);
        programme = b.create(QStringLiteral("programme"), fields);
        locality = b.locality(QStringLiteral("Csenyéte"));
        tdb.close();
    }

    QString file(const QString& name) const { return QDir(tdb.dir()).filePath(name); }

    test::CliRun run(const QStringList& args) {
        test::CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::CliIo io{out, err};
        r.code = cli::reportCommand(makers(calls)).run(QStringList{QStringLiteral("--db"), tdb.path()} + args, io);
        out.flush();
        err.flush();
        return r;
    }
};

} // namespace

TEST_CASE("report writes ESF indicators for outside the programme unless --internal is given", "[reports][cli]") {
    Office office;
    const QString out = office.file(QStringLiteral("esf.csv"));
    const test::CliRun outside =
        office.run({QStringLiteral("--esf"), QStringLiteral("2014"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), out});
    INFO(outside.err.toStdString());
    REQUIRE(outside.code == cli::kExitOk);
    CHECK(office.calls->set == core::EsfSet::Esf2014);
    CHECK(test::readAll(out) == "code,label,women,men,non_binary,total,declined\n"
                                "EECO01,Unemployed,12,<5,0,20,x\n");
    CHECK(outside.out.contains(QStringLiteral("for outside the programme")));
    CHECK(outside.out.contains(QStringLiteral("cells suppressed: 2")));

    const test::CliRun internal =
        office.run({QStringLiteral("--esf"), QStringLiteral("2021"), QStringLiteral("--internal"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    REQUIRE(internal.code == cli::kExitOk);
    CHECK(office.calls->set == core::EsfSet::Esf2021);
    CHECK(test::readAll(out) == "code,label,women,men,non_binary,total,declined\n"
                                "EECO01,Unemployed,12,3,0,20,5\n");
    CHECK(internal.out.contains(QStringLiteral("must not leave the programme")));
}

TEST_CASE("report writes planned against achieved as it is unless --outside is given", "[reports][cli]") {
    Office office;
    const QString out = office.file(QStringLiteral("indicators.csv"));
    const QStringList args = {QStringLiteral("--indicators"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), out};
    REQUIRE(office.run(args).code == cli::kExitOk);
    CHECK(office.calls->indicators == 1);
    CHECK(test::readAll(out).contains("P1,People with a development plan,people,40,3,0.075,37\n"));
    REQUIRE(office.run(args + QStringList{QStringLiteral("--outside")}).code == cli::kExitOk);
    CHECK(test::readAll(out).contains("P1,People with a development plan,people,40,<5,x,x\n"));
    CHECK(test::readAll(out).contains("P2,People back in work,people,10,12,1.2,0\n"));
}

TEST_CASE("report's period is the programme's unless given, else this year; a locality must exist", "[reports][cli]") {
    const QStringList base = {QStringLiteral("--esf"), QStringLiteral("2021"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out")};
    SECTION("a programme without dates: this year") {
        Office office;
        REQUIRE(office.run(base + QStringList{office.file(QStringLiteral("a.csv"))}).code == cli::kExitOk);
        const int year = QDate::currentDate().year();
        CHECK(office.calls->scope.from == QDate(year, 1, 1));
        CHECK(office.calls->scope.to == QDate(year, 12, 31));
        CHECK(office.calls->scope.localityId.isEmpty());
    }
    SECTION("a programme with dates, and a day given on one side") {
        Office office({{QStringLiteral("start_date"), QStringLiteral("2024-03-01")},
                       {QStringLiteral("end_date"), QStringLiteral("2027-02-28")}});
        const QString out = office.file(QStringLiteral("b.csv"));
        REQUIRE(office.run(base + QStringList{out}).code == cli::kExitOk);
        CHECK(office.calls->scope.from == QDate(2024, 3, 1));
        CHECK(office.calls->scope.to == QDate(2027, 2, 28));
        const test::CliRun run =
            office.run(base + QStringList{out, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                          QStringLiteral("--locality"), office.locality});
        REQUIRE(run.code == cli::kExitOk);
        CHECK(office.calls->scope.from == QDate(2026, 1, 1));
        CHECK(office.calls->scope.to == QDate(2027, 2, 28));
        CHECK(office.calls->scope.localityId == office.locality);
        CHECK(run.out.contains(QStringLiteral("2026-01-01 to 2027-02-28")));
        // A first day after the programme's end, with no last day given.
        const test::CliRun late =
            office.run(base + QStringList{out, QStringLiteral("--from"), QStringLiteral("2028-01-01")});
        CHECK(late.code == cli::kExitFailure);
        CHECK(late.err.contains(QStringLiteral("before it starts on 2028-01-01")));
    }
}

TEST_CASE("report refuses wrong options with a clear message, without making a report or a file", "[reports][cli]") {
    Office office;
    const QString out = office.file(QStringLiteral("out.csv"));
    const QStringList csv = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out};
    const QStringList esf = {QStringLiteral("--esf"), QStringLiteral("2021")};
    struct Case {
        QStringList args;
        int code;
        QString message;
    };
    const QList<Case> cases = {
        {csv, cli::kExitUsage, QStringLiteral("--esf 2021, --esf 2014 or --indicators")},
        {esf + QStringList{QStringLiteral("--indicators")} + csv, cli::kExitUsage,
         QStringLiteral("either --esf or --indicators")},
        {QStringList{QStringLiteral("--esf"), QStringLiteral("2020")} + csv, cli::kExitUsage,
         QStringLiteral("Unknown ESF indicator set \"2020\"")},
        {esf + QStringList{QStringLiteral("--out"), out}, cli::kExitUsage, QStringLiteral("needs --format")},
        {esf + QStringList{QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), out},
         cli::kExitUsage, QStringLiteral("Unknown format \"docx\". The formats are: csv, xlsx, pdf.")},
        {esf + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, cli::kExitUsage,
         QStringLiteral("needs --out FILE")},
        {esf + csv + QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30")}, cli::kExitUsage,
         QStringLiteral("--from must be a day that exists")},
        {esf + csv + QStringList{QStringLiteral("--to"), QStringLiteral("31.12.2026")}, cli::kExitUsage,
         QStringLiteral("\"31.12.2026\" is not")},
        {esf + csv + QStringList{QStringLiteral("--internal"), QStringLiteral("--outside")}, cli::kExitUsage,
         QStringLiteral("either --internal or --outside")},
        {esf + csv +
             QStringList{QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
                         QStringLiteral("2026-06-30")},
         cli::kExitFailure, QStringLiteral("The period would end on 2026-06-30, before it starts on 2026-07-01")},
        {esf + csv + QStringList{QStringLiteral("--locality"), QStringLiteral("0190f5c2-0000-7000-8000-0000000000aa")},
         cli::kExitFailure, QStringLiteral("no locality with the id 0190f5c2-0000-7000-8000-0000000000aa")},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const test::CliRun run = office.run(c.args);
        INFO(run.err.toStdString());
        CHECK(run.code == c.code);
        CHECK(run.err.contains(c.message));
    }
    CHECK(office.calls->esf == 0);
    CHECK(office.calls->indicators == 0);
    CHECK(!QFile::exists(out));
}

TEST_CASE("report passes on the report's own error and keeps an earlier file", "[reports][cli]") {
    Office office;
    const QString out = office.file(QStringLiteral("esf.csv"));
    test::writeFile(out, "earlier\n");
    office.calls->fail =
        core::makeError(core::ErrorCode::Storage, QStringLiteral("The entry records could not be read."));
    const test::CliRun run = office.run({QStringLiteral("--esf"), QStringLiteral("2021"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--out"), out});
    CHECK(run.code == cli::kExitFailure);
    CHECK(run.err.contains(QStringLiteral("The entry records could not be read.")));
    CHECK(test::readAll(out) == "earlier\n");
}

TEST_CASE("report writes XLSX, and PDF on the programme's letterhead", "[reports][cli]") {
    Office office;
    const QString xlsx = office.file(QStringLiteral("esf.xlsx"));
    REQUIRE(office
                .run({QStringLiteral("--esf"), QStringLiteral("2021"), QStringLiteral("--format"),
                      QStringLiteral("XLSX"), QStringLiteral("--out"), xlsx})
                .code == cli::kExitOk);
    CHECK(test::readAll(xlsx).startsWith("PK")); // a zip, as every XLSX is; its content is tested apart

    const QString pdf = office.file(QStringLiteral("esf.pdf"));
    const test::CliRun run = office.run({QStringLiteral("--esf"), QStringLiteral("2021"), QStringLiteral("--format"),
                                         QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::kExitOk);
    const QString text = test::pdf::text(pdf);
    CHECK(text.contains(QStringLiteral("Felzárkózó települések programja")));
    CHECK(text.contains(QStringLiteral("Európai Szociális Alap Plusz")));
    CHECK(text.contains(QStringLiteral("Printed by")));
    CHECK(text.contains(QStringLiteral("<5")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
}
