// SPDX-License-Identifier: GPL-3.0-or-later
// Files that never arrive: a lost USB stick, a lost return package, a file that waits for records
// another file brings. Nothing must stay blocked, and the result must be what it would have been.
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Importer.h"
#include "exchange/PackageFile.h"
#include "exchange/Packages.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <utility>

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::Builders;
using fieldcase::test::ExchangeWorld;

namespace {

const QString kPerson = QStringLiteral("person");
const QString kPhone = QStringLiteral("phone");

Status setPhone(Database& db, const QString& person, const QString& phone) {
    return RecordStore(db).update(kPerson, person, {{kPhone, phone}});
}

QString phoneOf(Database& db, const QString& person) {
    return RecordStore(db).get(kPerson, person)->text(kPhone);
}

QByteArray exportAgain(ExchangeWorld::Laptop& laptop) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto summary = Packages::exportTo(laptop.db->db(), out, true);
    REQUIRE(summary.ok());
    REQUIRE(summary->changes > 0);
    return out.buffer();
}

QByteArray returnAgain(ExchangeWorld& world, ExchangeWorld::Laptop& laptop) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto summary = Packages::returnTo(world.central().db(), laptop.deviceId, out, true);
    REQUIRE(summary.ok());
    REQUIRE(summary->changes > 0);
    return out.buffer();
}

// The database as it is now, copied aside (as a backup would be), to merge the same files into it
// another way.
std::unique_ptr<Database> copyOf(test::TestDatabase& db) {
    auto path = Importer::backup(db.db(), QStringLiteral("copy"));
    REQUIRE(path.ok());
    DatabaseOptions options;
    options.clock = &db.clock();
    options.user = QStringLiteral("tester");
    auto opened = Database::open(*path, options);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

ImportReport mergeInto(Database& db, const QByteArray& package, const QString& name) {
    Importer importer(db);
    ImportOptions options;
    options.backup = false;
    return importer.importBytes(package, name, options);
}

qint64 waitingFiles(Database& db) {
    Statement st(db, QStringLiteral("SELECT count(*) FROM exchange_pending"));
    return st.scalar()->toLongLong();
}

QStringList checkProblems(Database& db) {
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems.ok());
    return *problems;
}

} // namespace

TEST_CASE("A lost file is replaced by exporting everything again, the later files land, and the copy is as if "
          "nothing was lost",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString gabor = world.people().at(1);
    const auto reference = copyOf(world.central());

    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0001")));
    const QByteArray first = world.exportFrom(erika);
    world.tick();
    const QString zsanett = Builders(erika.db->db())
                                .person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Zsanett"),
                                        QStringLiteral("2019-05-05"));
    const QByteArray lost = world.exportFrom(erika);
    world.tick();
    // The third file builds on the lost one: it edits the person registered there.
    REQUIRE(setPhone(erika.db->db(), zsanett, QStringLiteral("+36 30 000 0003")));
    const QByteArray third = world.exportFrom(erika);

    REQUIRE(world.mergeIntoCentral(first, QStringLiteral("erika-1")).status == ImportStatus::Applied);
    const QByteArray beforeWaiting = ExchangeWorld::dumpHash(world.central().db());
    const ImportReport waiting = world.mergeIntoCentral(third, QStringLiteral("erika-3"));
    CHECK(waiting.status == ImportStatus::Pending);
    CHECK(waiting.missingFrom == 2);
    CHECK(waiting.missingTo == 2);
    CHECK(waiting.message.contains(QStringLiteral("file 2 of erika")));
    CHECK(waiting.message.contains(QStringLiteral("export --again")));
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == beforeWaiting);

    const QByteArray again = exportAgain(erika);
    const ImportReport recovered = world.mergeIntoCentral(again, QStringLiteral("erika-4-again"));
    CHECK(recovered.status == ImportStatus::Applied);
    CHECK(recovered.sequence == 4);
    CHECK(recovered.firstSequence == 1);
    CHECK(recovered.counts.alreadyPresent > 0);
    CHECK(phoneOf(world.central().db(), zsanett) == QStringLiteral("+36 30 000 0003"));
    CHECK(DeviceRegistry(world.central().db()).find(erika.deviceId)->lastSequence == 4);
    CHECK(waitingFiles(world.central().db()) == 0);

    // The same files, none lost, merged into the copy made at the start: the same result.
    CHECK(mergeInto(*reference, first, QStringLiteral("erika-1")).status == ImportStatus::Applied);
    CHECK(mergeInto(*reference, lost, QStringLiteral("erika-2")).status == ImportStatus::Applied);
    CHECK(mergeInto(*reference, third, QStringLiteral("erika-3")).status == ImportStatus::Applied);
    CHECK(ExchangeWorld::dumpHash(*reference) == ExchangeWorld::dumpHash(world.central().db()));
    CHECK(ExchangeWorld::conflictSet(*reference) == ExchangeWorld::conflictSet(world.central().db()));

    // The laptop goes on as usual after the file sent again.
    world.tick();
    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0005")));
    const QByteArray fifth = world.exportFrom(erika);
    CHECK(world.mergeIntoCentral(fifth, QStringLiteral("erika-5")).status == ImportStatus::Applied);
    CHECK(phoneOf(world.central().db(), gabor) == QStringLiteral("+36 30 000 0005"));

    // The lost stick turns up: its file, and the one that waited, change nothing.
    const QByteArray after = ExchangeWorld::dumpHash(world.central().db());
    CHECK(world.mergeIntoCentral(lost, QStringLiteral("erika-2")).status == ImportStatus::Unchanged);
    CHECK(world.mergeIntoCentral(third, QStringLiteral("erika-3")).status == ImportStatus::Unchanged);
    CHECK(world.mergeIntoCentral(again, QStringLiteral("erika-4-again")).status == ImportStatus::Unchanged);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == after);
    CHECK(DeviceRegistry(world.central().db()).find(erika.deviceId)->lastSequence == 5);
    CHECK(checkProblems(world.central().db()).isEmpty());
}

TEST_CASE("Files chosen together with a file sent again do not wait for the lost one", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString gabor = world.people().at(1);
    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0001")));
    world.exportFrom(erika); // lost
    world.tick();
    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0002")));
    const QByteArray second = world.exportFrom(erika);
    const QByteArray again = exportAgain(erika);

    QTemporaryDir dir;
    const QString secondPath = dir.filePath(QStringLiteral("erika-2.fcx"));
    const QString againPath = dir.filePath(QStringLiteral("erika-3.fcx"));
    for (const auto& [path, bytes] : {std::pair{secondPath, second}, std::pair{againPath, again}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    Importer importer(world.central().db());
    ImportOptions options;
    options.backup = false;
    const QList<ImportReport> reports = importer.importFiles({secondPath, againPath}, options);
    REQUIRE(reports.size() == 2);
    CHECK(reports.at(0).file == QStringLiteral("erika-3.fcx"));
    CHECK(reports.at(0).status == ImportStatus::Applied);
    CHECK(reports.at(1).file == QStringLiteral("erika-2.fcx"));
    CHECK(reports.at(1).status == ImportStatus::Unchanged);
    CHECK(phoneOf(world.central().db(), gabor) == QStringLiteral("+36 30 000 0002"));
    CHECK(waitingFiles(world.central().db()) == 0);
}

TEST_CASE("A lost return package is replaced by one with everything, and the laptop ends as the central copy",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    Database& central = world.central().db();
    const QString gabor = world.people().at(1);

    REQUIRE(setPhone(central, gabor, QStringLiteral("+36 30 100 0001")));
    REQUIRE(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    world.tick();
    const QString zsanett = Builders(central).person(world.householdId(), QStringLiteral("Lakatos"),
                                                     QStringLiteral("Zsanett"), QStringLiteral("2019-05-05"));
    const QByteArray lost = world.returnTo(erika);
    world.tick();
    REQUIRE(setPhone(central, zsanett, QStringLiteral("+36 30 100 0003")));
    const QByteArray third = world.returnTo(erika);

    const QByteArray before = ExchangeWorld::dumpHash(erika.db->db());
    const ImportReport waiting = world.mergeIntoLaptop(erika, third);
    CHECK(waiting.status == ImportStatus::Pending);
    CHECK(waiting.missingFrom == 2);
    CHECK(waiting.missingTo == 2);
    CHECK(waiting.message.contains(QStringLiteral("return package again")));
    CHECK(ExchangeWorld::dumpHash(erika.db->db()) == before);

    const QByteArray again = returnAgain(world, erika);
    const ImportReport recovered = world.mergeIntoLaptop(erika, again);
    CHECK(recovered.status == ImportStatus::Applied);
    CHECK(recovered.firstSequence == 1);
    CHECK(phoneOf(erika.db->db(), zsanett) == QStringLiteral("+36 30 100 0003"));
    CHECK(waitingFiles(erika.db->db()) == 0);
    const QStringList centralLines = ExchangeWorld::dumpLines(central);
    for (const QString& line : ExchangeWorld::dumpLines(erika.db->db())) {
        CHECK(centralLines.contains(line));
    }

    // The lost package turns up late: nothing changes; the next ordinary package lands.
    const QByteArray after = ExchangeWorld::dumpHash(erika.db->db());
    CHECK(world.mergeIntoLaptop(erika, lost).status == ImportStatus::Unchanged);
    CHECK(world.mergeIntoLaptop(erika, third).status == ImportStatus::Unchanged);
    CHECK(ExchangeWorld::dumpHash(erika.db->db()) == after);
    world.tick();
    REQUIRE(setPhone(central, gabor, QStringLiteral("+36 30 100 0005")));
    CHECK(world.mergeIntoLaptop(erika, world.returnTo(erika)).status == ImportStatus::Applied);
    CHECK(phoneOf(erika.db->db(), gabor) == QStringLiteral("+36 30 100 0005"));
    CHECK(checkProblems(erika.db->db()).isEmpty());
}

TEST_CASE("A file that waits for records says which, holds back the later files of its laptop, and all land once "
          "the file that brings the records is merged",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    // The central copy as it was before Erika's file: restored from a backup, say.
    const auto restored = copyOf(world.central());

    const QString zsanett = Builders(erika.db->db())
                                .person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Zsanett"),
                                        QStringLiteral("2019-05-05"));
    const QByteArray erikas = world.exportFrom(erika);
    REQUIRE(world.mergeIntoCentral(erikas, QStringLiteral("erika-1")).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoLaptop(peter, world.returnTo(peter)).status == ImportStatus::Applied);
    world.tick();
    const QString task = Builders(peter.db->db())
                             .create(QStringLiteral("task"), {{QStringLiteral("person_id"), zsanett},
                                                              {QStringLiteral("household_id"), world.householdId()},
                                                              {QStringLiteral("description"), QStringLiteral("Oltás")},
                                                              {QStringLiteral("status"), QStringLiteral("open")}});
    const QByteArray peters1 = world.exportFrom(peter);
    world.tick();
    REQUIRE(setPhone(peter.db->db(), world.people().at(2), QStringLiteral("+36 30 200 0002")));
    const QByteArray peters2 = world.exportFrom(peter);
    REQUIRE(world.mergeIntoCentral(peters1, QStringLiteral("peter-1")).status == ImportStatus::Applied);
    REQUIRE(world.mergeIntoCentral(peters2, QStringLiteral("peter-2")).status == ImportStatus::Applied);

    const QByteArray before = ExchangeWorld::dumpHash(*restored);
    const ImportReport waiting = mergeInto(*restored, peters1, QStringLiteral("peter-1"));
    CHECK(waiting.status == ImportStatus::Pending);
    CHECK(waiting.missingFrom == 0);
    CHECK(waiting.message.contains(QStringLiteral("not here yet")));
    CHECK(waiting.detail.contains(QStringLiteral("person/") + zsanett));
    const ImportReport behind = mergeInto(*restored, peters2, QStringLiteral("peter-2"));
    CHECK(behind.status == ImportStatus::Pending);
    CHECK(behind.message.contains(QStringLiteral("waits behind file 1 (peter-1)")));
    CHECK(ExchangeWorld::dumpHash(*restored) == before);

    const ImportReport brings = mergeInto(*restored, erikas, QStringLiteral("erika-1"));
    CHECK(brings.status == ImportStatus::Applied);
    CHECK(brings.released == QStringList{QStringLiteral("peter-1"), QStringLiteral("peter-2")});
    CHECK(RecordStore(*restored).get(QStringLiteral("task"), task).ok());
    CHECK(phoneOf(*restored, world.people().at(2)) == QStringLiteral("+36 30 200 0002"));
    CHECK(waitingFiles(*restored) == 0);
    CHECK(ExchangeWorld::dumpHash(*restored) == ExchangeWorld::dumpHash(world.central().db()));
}

TEST_CASE("A file of the first format is still read, and a file claiming to stand in for later files is refused",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto me = ExchangeIdentity::laptop(erika.db->db());
    REQUIRE(me.ok());
    auto central = ExchangeIdentity::central(world.central().db(), false);
    REQUIRE(central.ok());
    const auto write = [&](quint16 format, quint64 sequence, quint64 firstSequence) {
        PackageHeader header;
        header.formatVersion = format;
        header.programmeId = uuidBytes(me->programmeId);
        header.senderId = uuidBytes(me->deviceId);
        header.sequence = sequence;
        header.firstSequence = firstSequence;
        header.changeCount = 1;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto writer = PackageWriter::sealed(out, header, central->boxPublic, me->signSecret);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->finish());
        return out.buffer();
    };

    PackageReader old;
    REQUIRE(old.openBytes(write(1, 3, 0)));
    CHECK(old.header().formatVersion == 1);
    CHECK(old.header().firstSequence == 3);
    PackageReader current;
    REQUIRE(current.openBytes(write(PackageHeader::kFormatVersion, 3, 1)));
    CHECK(current.header().firstSequence == 1);

    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());
    const ImportReport forged = world.mergeIntoCentral(write(PackageHeader::kFormatVersion, 2, 5));
    CHECK(forged.status == ImportStatus::Refused);
    CHECK(forged.refusal == Refusal::BadSignature);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == before);
}

TEST_CASE("A return package tells the laptop that the central copy lacks one of its files, and a file tells the "
          "central copy that the laptop lacks a return package",
          "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    Database& central = world.central().db();
    const QString gabor = world.people().at(1);
    const QString roland = world.people().at(2);

    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0001")));
    REQUIRE(world.mergeIntoCentral(world.exportFrom(erika)).status == ImportStatus::Applied);
    world.tick();
    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0002")));
    world.exportFrom(erika); // lost: the last file, so none waits for it
    REQUIRE(setPhone(central, roland, QStringLiteral("+36 30 100 0001")));
    const ImportReport told = world.mergeIntoLaptop(erika, world.returnTo(erika));
    CHECK(told.status == ImportStatus::Applied);
    CHECK(told.acknowledged == 1);
    CHECK(told.notice.contains(QStringLiteral("up to number 1 of the 2 exported")));

    world.tick();
    REQUIRE(world.mergeIntoCentral(exportAgain(erika)).status == ImportStatus::Applied);
    CHECK(phoneOf(central, gabor) == QStringLiteral("+36 30 000 0002"));
    REQUIRE(setPhone(central, roland, QStringLiteral("+36 30 100 0002")));
    const ImportReport quiet = world.mergeIntoLaptop(erika, world.returnTo(erika));
    CHECK(quiet.status == ImportStatus::Applied);
    CHECK(quiet.notice.isEmpty());

    // The central copy's third return package is lost; Erika's next file says she had merged two.
    world.tick();
    REQUIRE(setPhone(central, roland, QStringLiteral("+36 30 100 0003")));
    world.returnTo(erika);
    REQUIRE(setPhone(erika.db->db(), gabor, QStringLiteral("+36 30 000 0004")));
    const ImportReport fromLaptop = world.mergeIntoCentral(world.exportFrom(erika));
    CHECK(fromLaptop.status == ImportStatus::Applied);
    CHECK(fromLaptop.notice.contains(QStringLiteral("number 2 of the 3")));
    CHECK(world.mergeIntoLaptop(erika, returnAgain(world, erika)).status == ImportStatus::Applied);
    CHECK(phoneOf(erika.db->db(), roland) == QStringLiteral("+36 30 100 0003"));
}
