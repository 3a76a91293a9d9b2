// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "SetAsideRow.h"
#include "StoredData.h"

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
    // The central copy's key, printed at enrolment, is what the laptop checks the file's signature
    // against.
    const QString key =
        enrolElena.out.section(QStringLiteral("Central copy's key: "), 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(key.size() == 39);
    const Run forged = cli({QStringLiteral("join"), QStringLiteral("--db"), path("elena.db"), path("elena-enrol.fcx"),
                            QStringLiteral("--passphrase-file"), path("made.txt"), QStringLiteral("--central-key"),
                            QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")});
    CHECK(forged.code == kExitFailure);
    CHECK(forged.err.contains(QStringLiteral("Do not use it")));
    CHECK_FALSE(QFileInfo::exists(path("elena.db")));
    const Run elena =
        cli({QStringLiteral("join"), QStringLiteral("--db"), path("elena.db"), path("elena-enrol.fcx"),
             QStringLiteral("--passphrase-file"), path("made.txt"), QStringLiteral("--central-key"), key.toLower()});
    REQUIRE(elena.code == kExitOk);
    CHECK(elena.out.contains(QStringLiteral("(the key given: checked)")));
    const Run ivan = cli({QStringLiteral("join"), QStringLiteral("--db"), path("ivan.db"), path("ivan-enrol.fcx"),
                          QStringLiteral("--passphrase-file"), path("pass.txt")});
    REQUIRE(ivan.code == kExitOk);
    CHECK(ivan.out.contains(QStringLiteral("Central copy's key: ") + key + QStringLiteral(" (not checked)")));
    CHECK(ivan.out.contains(QStringLiteral("Compare it with the key your supervisor")));
    CHECK(cli({QStringLiteral("devices"), QStringLiteral("--db"), central}).err.contains(key));

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

TEST_CASE("A lost export and a lost return package are replaced with --again, and the files that waited land",
          "[cli][exchange]") {
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    const QString central = path("central.db");
    const QString laptop = path("elena.db");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), central, QStringLiteral("--programme"),
                 QStringLiteral("Közösségi ház, Kameno")})
                .code == kExitOk);
    writeFile(
        path("seed.jsonl"),
        R"({"op":"create","table":"staff","id":"0190f5c2-0000-7000-8000-000000000010","fields":{"full_name":"Petrova Elena","role":"health_mediator","username":"elena"}}
{"op":"create","table":"locality","id":"0190f5c2-0000-7000-8000-000000000001","fields":{"name":"Kameno","country":"BG"}}
{"op":"create","table":"household","id":"0190f5c2-0000-7000-8000-000000000002","fields":{"locality_id":"0190f5c2-0000-7000-8000-000000000001","name":"Asenovi","case_manager_id":"0190f5c2-0000-7000-8000-000000000010"}}
{"op":"create","table":"person","id":"0190f5c2-0000-7000-8000-000000000003","fields":{"household_id":"0190f5c2-0000-7000-8000-000000000002","family_name":"Asenova","given_names":"Maria","birth_date":"1988-04-09"}}
)");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), central, path("seed.jsonl")}).code == kExitOk);
    writeFile(path("pass.txt"), "Kameno 2026 zelena vrata\n");
    REQUIRE(cli({QStringLiteral("enrol"), QStringLiteral("--db"), central, QStringLiteral("--device"),
                 QStringLiteral("Elena laptop"), QStringLiteral("--worker"), QStringLiteral("elena"),
                 QStringLiteral("--out"), path("enrol.fcx"), QStringLiteral("--passphrase-file"), path("pass.txt")})
                .code == kExitOk);
    REQUIRE(cli({QStringLiteral("join"), QStringLiteral("--db"), laptop, path("enrol.fcx"),
                 QStringLiteral("--passphrase-file"), path("pass.txt")})
                .code == kExitOk);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--help")}).out.contains(QStringLiteral("--again")));
    CHECK(cli({QStringLiteral("return"), QStringLiteral("--help")}).out.contains(QStringLiteral("--again")));

    const auto edit = [&](const QString& db, const char* field, const char* value) {
        writeFile(path("edit.jsonl"), QByteArray(R"({"op":"update","table":"person","id":")") + kPerson +
                                          R"(","fields":{")" + field + R"(":")" + value + R"("}})");
        REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), db, path("edit.jsonl")}).code == kExitOk);
    };
    const auto write = [&](const QString& verb, const QString& db, const char* out, bool again) {
        QStringList args{verb, QStringLiteral("--db"), db, QStringLiteral("--out"), path(out)};
        if (verb == QStringLiteral("return")) {
            args << QStringLiteral("--device") << QStringLiteral("Elena laptop");
        }
        if (again) {
            args << QStringLiteral("--again");
        }
        const Run run = cli(args);
        REQUIRE(run.code == kExitOk);
        return run.out;
    };
    const auto merge = [&](const QString& db, const char* file) {
        return cli({QStringLiteral("merge"), QStringLiteral("--db"), db, QStringLiteral("--no-backup"), path(file)});
    };

    // The laptop's second file is lost; the third waits and says what to do.
    edit(laptop, "phone", "+359 88 000 0001");
    write(QStringLiteral("export"), laptop, "e1.fcx", false);
    edit(laptop, "phone", "+359 88 000 0002");
    write(QStringLiteral("export"), laptop, "e2.fcx", false);
    edit(laptop, "languages", "bălgarski");
    write(QStringLiteral("export"), laptop, "e3.fcx", false);
    CHECK(merge(central, "e1.fcx").out.contains(QStringLiteral("e1.fcx: merged")));
    const Run waiting = merge(central, "e3.fcx");
    CHECK(waiting.code == kExitOk);
    CHECK(waiting.out.contains(QStringLiteral("e3.fcx: waiting")));
    CHECK(waiting.out.contains(QStringLiteral("file 2 of Elena laptop")));
    CHECK(waiting.out.contains(QStringLiteral("export --again")));
    CHECK(write(QStringLiteral("export"), laptop, "e4.fcx", true)
              .contains(QStringLiteral("with everything since file 1")));
    const Run recovered = merge(central, "e4.fcx");
    CHECK(recovered.out.contains(QStringLiteral("e4.fcx: merged (file 4 from Elena laptop, with everything since "
                                                "file 1)")));
    CHECK(merge(central, "e2.fcx").out.contains(QStringLiteral("e2.fcx: already merged")));
    const Run dump = cli({QStringLiteral("dump"), QStringLiteral("--db"), central});
    CHECK(dump.out.contains(QStringLiteral("+359 88 000 0002")));
    CHECK(dump.out.contains(QStringLiteral("bălgarski")));

    // The central copy's second return package is lost; the third waits until one is written again.
    edit(central, "phone", "+359 88 000 0011");
    write(QStringLiteral("return"), central, "r1.fcx", false);
    edit(central, "phone", "+359 88 000 0012");
    write(QStringLiteral("return"), central, "r2.fcx", false);
    edit(central, "languages", "romanes");
    write(QStringLiteral("return"), central, "r3.fcx", false);
    CHECK(merge(laptop, "r1.fcx").out.contains(QStringLiteral("r1.fcx: merged")));
    const Run returnWaits = merge(laptop, "r3.fcx");
    CHECK(returnWaits.out.contains(QStringLiteral("r3.fcx: waiting")));
    CHECK(returnWaits.out.contains(QStringLiteral("return package again")));
    CHECK(write(QStringLiteral("return"), central, "r4.fcx", true)
              .contains(QStringLiteral("with everything since return package 1")));
    CHECK(merge(laptop, "r4.fcx").out.contains(QStringLiteral("r4.fcx: merged")));
    CHECK(merge(laptop, "r2.fcx").out.contains(QStringLiteral("r2.fcx: already merged")));
    const Run laptopDump = cli({QStringLiteral("dump"), QStringLiteral("--db"), laptop});
    CHECK(laptopDump.out.contains(QStringLiteral("+359 88 000 0012")));
    CHECK(laptopDump.out.contains(QStringLiteral("romanes")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), laptop}).code == kExitOk);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), central}).code == kExitOk);
}

TEST_CASE("quarantine lists the changes set aside, and --retry merges those this copy can use", "[cli][exchange]") {
    QTemporaryDir tmp;
    const QString db = fieldcase::test::storedCopy(tmp, QStringLiteral("schema-v4.db"));
    const QString erikaLaptop = QStringLiteral("01a22d19-b16b-7467-8415-6f1756c4a68f");
    const QString bela = QStringLiteral("0190f5c2-0000-7000-8000-000000000031");
    const QString kevin = QStringLiteral("0190f5c2-0000-7000-8000-000000000032");
    // Set aside by the schema-4 version: one this version can use (it knows the field), one it cannot.
    fieldcase::test::SetAsideRow usable;
    usable.changeId = QStringLiteral("01a22d1a-0000-7000-8000-00000000a001");
    usable.sender = erikaLaptop;
    usable.reason = QStringLiteral("person has no field \"languages\"");
    usable.table = QStringLiteral("person");
    usable.recordId = bela;
    usable.fields = QStringLiteral(R"({"languages":[null,"hu, rom"]})");
    usable.hlc = 117706128890265600ULL + 65536;
    usable.device = erikaLaptop;
    usable.user = QStringLiteral("erika");
    fieldcase::test::writeSetAside(db, usable);
    fieldcase::test::SetAsideRow unknown = usable;
    unknown.changeId = QStringLiteral("01a22d1a-0000-7000-8000-00000000a002");
    unknown.sequence = 2;
    unknown.reason = QStringLiteral("person has no field \"nickname\"");
    unknown.fields = QStringLiteral(R"({"nickname":[null,"Béci"]})");
    unknown.hlc += 65536;
    fieldcase::test::writeSetAside(db, unknown);

    // Opening it upgrades it, and the change this version can use is merged on the way.
    const Run upgraded = cli({QStringLiteral("quarantine"), QStringLiteral("--db"), db});
    REQUIRE(upgraded.code == kExitOk);
    CHECK(upgraded.err.contains(QStringLiteral("upgraded; 1 change")));
    const QStringList lines = upgraded.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QStringLiteral("Received\tFrom\tFile\tTable\tRecord\tReason"));
    CHECK(lines.at(1) == QStringLiteral("2026-06-01T09:00:00Z\tErika laptopja\t2\tperson\t%1\tperson has no field "
                                        "\"nickname\"")
                             .arg(bela));
    CHECK(upgraded.err.contains(QStringLiteral("1 change set aside.")));
    CHECK(cli({QStringLiteral("dump"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("hu, rom")));

    // Another, left by the earlier version too (the file was at schema 4 when it was set aside).
    fieldcase::test::SetAsideRow later = usable;
    later.changeId = QStringLiteral("01a22d1a-0000-7000-8000-00000000a003");
    later.recordId = kevin;
    later.fields = QStringLiteral(R"({"languages":[null,"romanes"]})");
    later.hlc += 3 * 65536;
    fieldcase::test::writeSetAside(db, later);
    CHECK(cli({QStringLiteral("quarantine"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')) == 3);

    const Run retried = cli({QStringLiteral("quarantine"), QStringLiteral("--db"), db, QStringLiteral("--retry")});
    REQUIRE(retried.code == kExitOk);
    CHECK(retried.out.contains(QStringLiteral("1 change merged (0 new, 1 changed, 0 conflicting")));
    CHECK(retried.out.contains(QStringLiteral("1 change still set aside.")));
    CHECK(
        retried.out.contains(QStringLiteral("still set aside: person %1: person has no field \"nickname\"").arg(bela)));
    CHECK(retried.out.contains(QStringLiteral("backup before merging: ")));
    CHECK(cli({QStringLiteral("dump"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("romanes")));

    // Again: nothing more can go, and nothing is written (no backup either).
    const Run twice = cli({QStringLiteral("quarantine"), QStringLiteral("--db"), db, QStringLiteral("--retry")});
    CHECK(twice.out.contains(QStringLiteral("0 changes merged")));
    CHECK(twice.out.contains(QStringLiteral("1 change still set aside.")));
    CHECK_FALSE(twice.out.contains(QStringLiteral("backup")));
    CHECK(cli({QStringLiteral("quarantine"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')) == 2);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).code == kExitOk);
}

TEST_CASE("merge-persons says how many differing values wait in the conflict inbox, and resolve takes the "
          "duplicate's",
          "[cli][exchange]") {
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const auto path = [&](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    const QString central = path("central.db");
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), central, QStringLiteral("--programme"),
                 QStringLiteral("Közösségi ház, Kameno")})
                .code == kExitOk);
    const QString kept = QStringLiteral("0190f5c2-0000-7000-8000-000000000003");
    const QString duplicate = QStringLiteral("0190f5c2-0000-7000-8000-000000000004");
    writeFile(
        path("seed.jsonl"),
        R"({"op":"create","table":"locality","id":"0190f5c2-0000-7000-8000-000000000001","fields":{"name":"Kameno","country":"BG"}}
{"op":"create","table":"household","id":"0190f5c2-0000-7000-8000-000000000002","fields":{"locality_id":"0190f5c2-0000-7000-8000-000000000001","name":"Asenovi"}}
{"op":"create","table":"person","id":"0190f5c2-0000-7000-8000-000000000003","fields":{"household_id":"0190f5c2-0000-7000-8000-000000000002","family_name":"Asenova","given_names":"Maria","birth_date":"1988-04-09","phone":"+359 88 111 2222","notes":"Asked about the literacy course."}}
{"op":"create","table":"person","id":"0190f5c2-0000-7000-8000-000000000004","fields":{"household_id":"0190f5c2-0000-7000-8000-000000000002","family_name":"Asenova","given_names":"Maria","birth_date":"1988-04-09","phone":"+359 89 777 8888","notes":"Works in the greenhouses in summer.","email":"maria@example.org"}}
)");
    REQUIRE(cli({QStringLiteral("apply"), QStringLiteral("--db"), central, path("seed.jsonl")}).code == kExitOk);

    const Run merged = cli({QStringLiteral("merge-persons"), QStringLiteral("--db"), central, QStringLiteral("--keep"),
                            kept, QStringLiteral("--merge"), duplicate});
    REQUIRE(merged.code == kExitOk);
    CHECK(merged.out.contains(QStringLiteral("2 differing value")));
    CHECK(merged.out.contains(QStringLiteral("await a decision in the conflict inbox")));
    CHECK(merged.out.contains(QStringLiteral("1 detail")));

    const Run list = cli({QStringLiteral("conflicts"), QStringLiteral("--db"), central});
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList phone = lines.filter(QStringLiteral("\tphone\t"));
    REQUIRE(phone.size() == 1);
    CHECK(phone.first().contains(QStringLiteral("a=+359 89 777 8888")));
    CHECK(phone.first().contains(QStringLiteral("of the merged duplicate")));
    CHECK(phone.first().contains(QStringLiteral("b=+359 88 111 2222")));
    CHECK(lines.filter(QStringLiteral("Works in the greenhouses in summer.")).size() == 1);
    CHECK(cli({QStringLiteral("dump"), QStringLiteral("--db"), central})
              .out.contains(QStringLiteral("+359 88 111 2222")));

    const Run resolved =
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), central, QStringLiteral("--conflict"),
             phone.first().section(QLatin1Char('\t'), 0, 0), QStringLiteral("--take"), QStringLiteral("a")});
    CHECK(resolved.code == kExitOk);
    const Run dump = cli({QStringLiteral("dump"), QStringLiteral("--db"), central});
    CHECK(dump.out.contains(QStringLiteral("+359 89 777 8888")));
    CHECK(dump.out.contains(QStringLiteral("maria@example.org")));
    CHECK(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), central})
              .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
              .size() == 1);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), central}).code == kExitOk);
}
