// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace fieldcase::cli;
using fieldcase::test::cli;
using fieldcase::test::writeFile;
using Run = fieldcase::test::CliRun;

TEST_CASE("fieldcase-cli prints its version and its verbs", "[cli]") {
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == kExitOk);
    CHECK(version.out.startsWith(QStringLiteral("fieldcase-cli ")));
    const Run help = cli({QStringLiteral("--help")});
    for (const char* verb : {"init", "demo", "dump", "check", "apply"}) {
        CHECK(help.out.contains(QString::fromLatin1(verb)));
    }
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == kExitUsage);
    CHECK(unknown.err.contains(QStringLiteral("unknown verb")));
}

TEST_CASE("init, apply, dump and check work together on a new database", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("central.db"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"),
                          QStringLiteral("Felzárkózó települések")});
    REQUIRE(init.code == kExitOk);
    CHECK(init.out.contains(QStringLiteral("Felzárkózó települések")));
    // A catching-up programme (the default kind): the 22 ESF+ indicators and its 5 examples.
    CHECK(init.out.contains(QStringLiteral("27 indicators")));

    const Run twice = cli(
        {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"), QStringLiteral("Other")});
    CHECK(twice.code == kExitFailure);
    CHECK(twice.err.contains(QStringLiteral("already holds")));

    const QString batch = dir.filePath(QStringLiteral("batch.jsonl"));
    writeFile(
        batch,
        R"({"op": "create", "table": "locality", "id": "0190f5c2-0000-7000-8000-000000000001", "fields": {"name": "Горно Поле", "country": "BG"}})"
        "\n");
    const Run apply = cli({QStringLiteral("apply"), QStringLiteral("--db"), db, batch});
    REQUIRE(apply.code == kExitOk);
    CHECK(apply.out.contains(QStringLiteral("1 created")));

    const Run dump = cli({QStringLiteral("dump"), QStringLiteral("--db"), db});
    REQUIRE(dump.code == kExitOk);
    // The programme, the locality, and the catalogue: 27 indicators and the two targets the programme's
    // description gives (110 professionals, 50 experience experts).
    CHECK(dump.out.count(QLatin1Char('\n')) == 2 + 27 + 2);
    CHECK(dump.out.count(QStringLiteral("{\"table\":\"indicator\",")) == 27);
    CHECK(dump.out.count(QStringLiteral("{\"table\":\"indicator_target\",")) == 2);
    CHECK(dump.out.contains(QStringLiteral("\"name\":\"Горно Поле\"")));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.code == kExitOk);
    CHECK(check.out.contains(QStringLiteral("no problems")));
}

TEST_CASE("apply reports the bad line, writes nothing and exits non-zero", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("laptop.db"));
    REQUIRE(
        cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"), QStringLiteral("P")})
            .code == kExitOk);
    const QString before = cli({QStringLiteral("dump"), QStringLiteral("--db"), db}).out;
    const QString batch = dir.filePath(QStringLiteral("bad.jsonl"));
    writeFile(batch, R"({"op": "create", "table": "locality", "fields": {"name": "Valea Ursului", "country": "RO"}})"
                     "\n"
                     R"({"op": "create", "table": "locality", "fields": {"name": "Satu Nou", "country": "XX"}})"
                     "\n");
    const Run apply = cli({QStringLiteral("apply"), QStringLiteral("--db"), db, batch});
    CHECK(apply.code == kExitFailure);
    CHECK(apply.err.contains(QStringLiteral("Line 2")));
    CHECK(apply.err.contains(QStringLiteral("Nothing of the batch was written")));
    CHECK(cli({QStringLiteral("dump"), QStringLiteral("--db"), db}).out == before);
}

TEST_CASE("Verbs refuse a missing database, a missing file and missing options with a clear message", "[cli]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere.db"));
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(check.code == kExitFailure);
    CHECK(check.err.contains(QStringLiteral("There is no database")));
    CHECK_FALSE(QFile::exists(missing));

    const Run noDb = cli({QStringLiteral("dump")});
    CHECK(noDb.code == kExitUsage);
    CHECK(noDb.err.contains(QStringLiteral("--db")));

    const QString db = dir.filePath(QStringLiteral("x.db"));
    REQUIRE(
        cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"), QStringLiteral("P")})
            .code == kExitOk);
    const Run noFile =
        cli({QStringLiteral("apply"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("none.jsonl"))});
    CHECK(noFile.code == kExitFailure);
    CHECK(noFile.err.contains(QStringLiteral("cannot be read")));

    const Run badPeople =
        cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"), QStringLiteral("lots")});
    CHECK(badPeople.code == kExitUsage);
}

TEST_CASE("check finds a damaged invariant and exits non-zero", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    REQUIRE(
        cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"), QStringLiteral("P")})
            .code == kExitOk);
    {
        auto opened = fieldcase::core::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE((*opened)->exec(QStringLiteral("UPDATE programme SET kind = 'unknown_kind'")));
    }
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.code == kExitFailure);
    CHECK(check.out.contains(QStringLiteral("programme: field kind")));
}

TEST_CASE("list and duplicates print the case-work lists and the duplicate check", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--programme"),
                 QStringLiteral("Felzárkózó települések")})
                .code == kExitOk);
    const QString batch = dir.filePath(QStringLiteral("batch.jsonl"));
    writeFile(
        batch,
        R"({"op": "create", "table": "locality", "id": "0190f5c2-0000-7000-8000-000000000001", "fields": {"name": "Alsóberény", "country": "HU"}}
{"op": "create", "table": "household", "id": "0190f5c2-0000-7000-8000-000000000002", "fields": {"locality_id": "0190f5c2-0000-7000-8000-000000000001", "name": "Lakatos"}}
{"op": "create", "table": "person", "id": "0190f5c2-0000-7000-8000-000000000003", "fields": {"household_id": "0190f5c2-0000-7000-8000-000000000002", "family_name": "Lakatos", "given_names": "Ágnes", "birth_date": "1984-02-11"}}
)");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), db, batch}).code == kExitOk);

    const Run households = cli(
        {QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--list"), QStringLiteral("households")});
    REQUIRE(households.code == kExitOk);
    const QStringList lines = households.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("id\tHousehold")));
    CHECK(lines.at(1) == QStringLiteral("0190f5c2-0000-7000-8000-000000000002\tLakatos\t\tAlsóberény\t1\t"));
    CHECK(cli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--list"), QStringLiteral("nope")})
              .code == kExitUsage);
    CHECK(
        cli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--list"), QStringLiteral("caseload")})
            .code == kExitUsage);

    const Run same = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), db, QStringLiteral("--family"),
                          QStringLiteral("Lakatosné"), QStringLiteral("--given"), QStringLiteral("Agnes"),
                          QStringLiteral("--born"), QStringLiteral("1984-02-11")});
    REQUIRE(same.code == kExitOk);
    CHECK(same.out.startsWith(QStringLiteral("0190f5c2-0000-7000-8000-000000000003\tLakatos Ágnes")));
    const Run bad = cli({QStringLiteral("duplicates"), QStringLiteral("--db"), db, QStringLiteral("--family"),
                         QStringLiteral("Lakatos"), QStringLiteral("--given"), QStringLiteral("Ágnes"),
                         QStringLiteral("--born"), QStringLiteral("1984-02-30")});
    CHECK(bad.code == kExitUsage);
}
