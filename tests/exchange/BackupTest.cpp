// SPDX-License-Identifier: GPL-3.0-or-later
// The backup a merge makes: one per merge, from before the first file that writes, and never let go
// by the merge that made it.
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/RecordStore.h"
#include "exchange/Importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

// Each of the laptop's exports, with one new phone number each, written to the world's folder.
QStringList exportsWithPhones(ExchangeWorld& world, ExchangeWorld::Laptop& laptop, int count) {
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        world.tick();
        REQUIRE(
            RecordStore(laptop.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 000 %1").arg(i, 4, 10, QLatin1Char('0'))}}));
        const QString path =
            QDir(world.central().dir()).filePath(QStringLiteral("%1-%2.fcx").arg(laptop.name).arg(i + 1));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(world.exportFrom(laptop));
        paths.append(path);
    }
    return paths;
}

QStringList backupsOf(ExchangeWorld& world) {
    return QDir(world.central().path() + QStringLiteral(".backups"))
        .entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
}

// The dump hash of a backup, opened as a copy so that the backup itself stays as it was.
QByteArray backupHash(ExchangeWorld& world, const QString& name) {
    const QString copy = QDir(world.central().dir()).filePath(QStringLiteral("opened-backup.db"));
    QFile::remove(copy);
    REQUIRE(QFile::copy(world.central().path() + QStringLiteral(".backups/") + name, copy));
    auto db = Database::open(copy);
    REQUIRE(db.ok());
    return ExchangeWorld::dumpHash(**db);
}

} // namespace

TEST_CASE("A merge of more files than backups are kept makes one backup, from before the first file", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const int files = Importer::kBackupsKept + 2;
    const QStringList paths = exportsWithPhones(world, erika, files);
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());

    Importer importer(world.central().db());
    const QList<ImportReport> reports = importer.importFiles(paths);
    REQUIRE(reports.size() == files);
    QStringList backupPaths;
    for (const ImportReport& r : reports) {
        CHECK(r.status == ImportStatus::Applied);
        if (!r.backupPath.isEmpty()) {
            backupPaths.append(r.backupPath);
        }
    }
    CHECK(RecordStore(world.central().db())
              .get(QStringLiteral("person"), world.people().at(0))
              ->text(QStringLiteral("phone")) ==
          QStringLiteral("+36 30 000 %1").arg(files - 1, 4, 10, QLatin1Char('0')));
    // One backup, named in the report of the first file, holding the copy from before the merge.
    REQUIRE(backupPaths.size() == 1);
    CHECK(reports.first().backupPath == backupPaths.first());
    const QStringList backups = backupsOf(world);
    REQUIRE(backups.size() == 1);
    CHECK(QFileInfo(backupPaths.first()).fileName() == backups.first());
    CHECK(backupHash(world, backups.first()) == before);
}

TEST_CASE("The backup a merge makes is kept even when older backups carry later names", "[exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString path = exportsWithPhones(world, erika, 1).first();
    // Backups made while the machine's clock ran a year ahead: their names sort after any made now.
    QDir folder(world.central().path() + QStringLiteral(".backups"));
    REQUIRE(folder.mkpath(QStringLiteral(".")));
    for (int i = 0; i < Importer::kBackupsKept; ++i) {
        QFile old(
            folder.filePath(QStringLiteral("20270615-1000%1-000-before-erika-%1.db").arg(i, 2, 10, QLatin1Char('0'))));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());

    const ImportReport report = Importer(world.central().db()).importFile(path);
    REQUIRE(report.status == ImportStatus::Applied);
    REQUIRE_FALSE(report.backupPath.isEmpty());
    CHECK(QFileInfo::exists(report.backupPath));
    CHECK(backupHash(world, QFileInfo(report.backupPath).fileName()) == before);
    // The oldest of the others made room for it.
    const QStringList backups = backupsOf(world);
    CHECK(backups.size() == Importer::kBackupsKept);
    CHECK_FALSE(backups.contains(QStringLiteral("20270615-100000-000-before-erika-00.db")));
}
