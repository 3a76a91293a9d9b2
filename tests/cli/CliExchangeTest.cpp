// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include "exchange/Sodium.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace fieldcase::cli;
using fieldcase::test::cli;
using fieldcase::test::writeFile;
using Run = fieldcase::test::CliRun;

namespace {

const char* kPerson = "0190f5c2-0000-7000-8000-000000000003";

} // namespace

TEST_CASE("The exchange verbs take two laptops through enrol, join, export, merge, conflicts, resolve and return",
          "[cli][exchange]") {
    fieldcase::core::sodium::useCheapPassphraseKeysForTests();
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString central = dir.filePath(QStringLiteral("central.db"));
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), central, QStringLiteral("--programme"),
                 QStringLiteral("Közösségi ház, Kameno")})
                .code == kExitOk);
    writeFile(
        path("seed.jsonl"),
        R"({"op":"create","table":"staff","id":"0190f5c2-0000-7000-8000-000000000010","fields":{"full_name":"Petrova Elena","role":"health_mediator","username":"elena"}}
{"op":"create","table":"staff","id":"0190f5c2-0000-7000-8000-000000000011","fields":{"full_name":"Dimitrov Ivan","role":"social_worker","username":"ivan"}}
{"op":"create","table":"locality","id":"0190f5c2-0000-7000-8000-000000000001","fields":{"name":"Kameno","country":"BG"}}
{"op":"create","table":"household","id":"0190f5c2-0000-7000-8000-000000000002","fields":{"locality_id":"0190f5c2-0000-7000-8000-000000000001","name":"Asenovi","case_manager_id":"0190f5c2-0000-7000-8000-000000000010"}}
{"op":"create","table":"person","id":"0190f5c2-0000-7000-8000-000000000003","fields":{"household_id":"0190f5c2-0000-7000-8000-000000000002","family_name":"Asenova","given_names":"Maria","birth_date":"1988-04-09","phone":"+359 88 111 2222","case_manager_id":"0190f5c2-0000-7000-8000-000000000011"}}
)");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), central, path("seed.jsonl")}).code == kExitOk);
    writeFile(path("pass.txt"), "Kameno 2026 zelena vrata\n");

    // No passphrase given: one is made and printed, to be told to the worker separately.
    const Run enrolElena = cli({QStringLiteral("enrol"), QStringLiteral("--db"), central, QStringLiteral("--device"),
                                QStringLiteral("Elena laptop"), QStringLiteral("--worker"), QStringLiteral("elena"),
                                QStringLiteral("--out"), path("elena-enrol.fcx")});
    REQUIRE(enrolElena.code == kExitOk);
    const QString made = enrolElena.out.section(QStringLiteral("Passphrase: "), 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(made.size() == 29);
    writeFile(path("made.txt"), made.toUtf8());
    REQUIRE(
        cli({QStringLiteral("enrol"), QStringLiteral("--db"), central, QStringLiteral("--device"),
             QStringLiteral("Ivan laptop"), QStringLiteral("--worker"), QStringLiteral("Dimitrov Ivan"),
             QStringLiteral("--out"), path("ivan-enrol.fcx"), QStringLiteral("--passphrase-file"), path("pass.txt")})
            .code == kExitOk);
    const Run wrong = cli({QStringLiteral("join"), QStringLiteral("--db"), path("ivan.db"), path("ivan-enrol.fcx"),
                           QStringLiteral("--passphrase-file"), path("made.txt")});
    CHECK(wrong.code == kExitFailure);
    CHECK(wrong.err.contains(QStringLiteral("passphrase")));
    REQUIRE(cli({QStringLiteral("join"), QStringLiteral("--db"), path("elena.db"), path("elena-enrol.fcx"),
                 QStringLiteral("--passphrase-file"), path("made.txt")})
                .code == kExitOk);
    REQUIRE(cli({QStringLiteral("join"), QStringLiteral("--db"), path("ivan.db"), path("ivan-enrol.fcx"),
                 QStringLiteral("--passphrase-file"), path("pass.txt")})
                .code == kExitOk);

    // Both change the same phone number.
    writeFile(path("e.jsonl"), QByteArray(R"({"op":"update","table":"person","id":")") + kPerson +
                                   R"(","fields":{"phone":"+359 88 333 4444"}})");
    writeFile(path("i.jsonl"), QByteArray(R"({"op":"update","table":"person","id":")") + kPerson +
                                   R"(","fields":{"phone":"+359 89 555 6666"}})");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), path("elena.db"), path("e.jsonl")}).code == kExitOk);
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), path("ivan.db"), path("i.jsonl")}).code == kExitOk);
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), path("elena.db"), QStringLiteral("--out"),
                 path("e1.fcx")})
                .code == kExitOk);
    const Run nothing = cli(
        {QStringLiteral("export"), QStringLiteral("--db"), path("elena.db"), QStringLiteral("--out"), path("e2.fcx")});
    CHECK(nothing.out.contains(QStringLiteral("Nothing new")));
    CHECK_FALSE(QFileInfo::exists(path("e2.fcx")));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), path("ivan.db"), QStringLiteral("--out"),
                 path("i1.fcx")})
                .code == kExitOk);

    const Run preview = cli({QStringLiteral("merge"), QStringLiteral("--db"), central, path("i1.fcx"), path("e1.fcx"),
                             QStringLiteral("--dry-run")});
    CHECK(preview.code == kExitOk);
    CHECK(preview.out.contains(QStringLiteral("ready to merge")));
    CHECK(preview.out.contains(QStringLiteral("Dry run")));
    CHECK(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), central}).out.isEmpty());
    writeFile(path("junk.fcx"), "FIELDCX\n\x01\x00 cut short");
    const Run merged = cli(
        {QStringLiteral("merge"), QStringLiteral("--db"), central, path("i1.fcx"), path("junk.fcx"), path("e1.fcx")});
    CHECK(merged.code == kExitFailure);
    CHECK(merged.out.contains(QStringLiteral("junk.fcx: refused")));
    CHECK(merged.out.count(QStringLiteral(": merged")) == 2);

    const Run list = cli({QStringLiteral("conflicts"), QStringLiteral("--db"), central});
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().contains(QStringLiteral("phone")));
    CHECK(lines.first().contains(QStringLiteral("a=+359 88 333 4444")));
    CHECK(lines.first().contains(QStringLiteral("b=+359 89 555 6666")));
    CHECK(lines.first().contains(QStringLiteral("Elena laptop")));
    const QString id = lines.first().section(QLatin1Char('\t'), 0, 0);
    const Run resolved = cli({QStringLiteral("resolve"), QStringLiteral("--db"), central, QStringLiteral("--conflict"),
                              id, QStringLiteral("--take"), QStringLiteral("a")});
    CHECK(resolved.code == kExitOk);
    CHECK(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), central}).out.isEmpty());

    REQUIRE(cli({QStringLiteral("return"), QStringLiteral("--db"), central, QStringLiteral("--device"),
                 QStringLiteral("Ivan laptop"), QStringLiteral("--out"), path("r-ivan.fcx")})
                .code == kExitOk);
    REQUIRE(cli({QStringLiteral("merge"), QStringLiteral("--db"), path("ivan.db"), path("r-ivan.fcx")}).code ==
            kExitOk);
    const Run dump = cli({QStringLiteral("dump"), QStringLiteral("--db"), path("ivan.db")});
    CHECK(dump.out.contains(QStringLiteral("+359 88 333 4444")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("ivan.db")}).code == kExitOk);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), central}).code == kExitOk);

    // A revoked laptop's next file is refused.
    REQUIRE(cli({QStringLiteral("revoke"), QStringLiteral("--db"), central, QStringLiteral("--device"),
                 QStringLiteral("Ivan laptop")})
                .code == kExitOk);
    writeFile(path("i2.jsonl"), QByteArray(R"({"op":"update","table":"person","id":")") + kPerson +
                                    R"(","fields":{"languages":"bălgarski, romanes"}})");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), path("ivan.db"), path("i2.jsonl")}).code == kExitOk);
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), path("ivan.db"), QStringLiteral("--out"),
                 path("i2.fcx")})
                .code == kExitOk);
    const Run revoked = cli({QStringLiteral("merge"), QStringLiteral("--db"), central, path("i2.fcx")});
    CHECK(revoked.code == kExitFailure);
    CHECK(revoked.out.contains(QStringLiteral("withdrawn")));
}
