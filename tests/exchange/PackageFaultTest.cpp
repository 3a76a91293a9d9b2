// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"
#include "StoredData.h"

#include "domain/RecordStore.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/PackageFile.h"
#include "exchange/Packages.h"
#include "exchange/Sodium.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <random>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

// Offsets in the cleartext header (see docs/exchange.md).
constexpr int kVersionAt = 8;
constexpr int kProgrammeAt = 12;
constexpr int kSenderAt = 28;
constexpr int kRecipientAt = 44;
constexpr int kSequenceAt = 60;
constexpr int kFirstSequenceAt = 84;
constexpr int kAcknowledgedAt = 92;

// The Argon2id limits (passes, bytes) in an enrolment file's key block: after the 16-byte salt.
std::pair<quint64, quint64> passphraseLimitsOf(const QByteArray& bytes) {
    PackageReader reader;
    REQUIRE(reader.openBytes(bytes).ok());
    const QByteArray block = reader.header().keyBlock;
    REQUIRE(block.size() == 32);
    return {qFromLittleEndian<quint64>(block.constData() + 16), qFromLittleEndian<quint64>(block.constData() + 24)};
}

struct Fixture {
    ExchangeWorld world;
    ExchangeWorld::Laptop& erika;
    ExchangeWorld::Laptop& peter;
    QByteArray package;
    QByteArray before;

    Fixture()
        : erika(world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika")))
        , peter(world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"))) {
        RecordStore store(erika.db->db());
        REQUIRE(store.update(QStringLiteral("person"), world.people().at(0),
                             {{QStringLiteral("phone"), QStringLiteral("+36 30 246 8100")},
                              {QStringLiteral("notes"), QStringLiteral("Beiratkozott a felzárkóztató tanfolyamra.")}}));
        test::Builders(erika.db->db())
            .person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Kitti"),
                    QStringLiteral("2012-09-09"));
        package = world.exportFrom(erika);
        REQUIRE_FALSE(package.isEmpty());
        before = ExchangeWorld::dumpHash(world.central().db());
    }

    ImportReport merge(const QByteArray& bytes) { return world.mergeIntoCentral(bytes, QStringLiteral("stick.fcx")); }

    void expectRefused(const QByteArray& bytes, Refusal reason) {
        const ImportReport r = merge(bytes);
        INFO(r.message.toStdString());
        CHECK(r.status == ImportStatus::Refused);
        CHECK(int(r.refusal) == int(reason));
        CHECK_FALSE(r.message.isEmpty());
        CHECK(ExchangeWorld::dumpHash(world.central().db()) == before);
    }

    // Signs bytes again (everything but the old signature) with a laptop's key.
    QByteArray resigned(QByteArray bytes, ExchangeWorld::Laptop& signer) {
        const QByteArray body = bytes.left(bytes.size() - sodium::kSignatureBytes);
        sodium::Signer s;
        s.update(body);
        return body + s.sign(ExchangeIdentity::laptop(signer.db->db())->signSecret);
    }
};

QByteArray patched(QByteArray bytes, int at, const QByteArray& with) {
    bytes.replace(at, with.size(), with);
    return bytes;
}

} // namespace

TEST_CASE("A file cut short at any point is refused and changes nothing", "[exchange]") {
    Fixture f;
    int cuts = 0;
    for (qsizetype n = 0; n < f.package.size(); n += (n < 600 ? 1 : 37)) {
        const ImportReport r = f.merge(f.package.left(n));
        REQUIRE(r.status == ImportStatus::Refused);
        ++cuts;
    }
    CHECK(cuts >= std::min<qsizetype>(f.package.size(), 600));
    CHECK(ExchangeWorld::dumpHash(f.world.central().db()) == f.before);
    CHECK(f.merge(f.package).status == ImportStatus::Applied);
}

TEST_CASE("Random bit flips anywhere in a file are refused and change nothing", "[exchange]") {
    Fixture f;
    std::mt19937 random(20260615);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = f.package;
        const auto at = qsizetype(random() % quint32(bytes.size()));
        bytes[at] = char(bytes.at(at) ^ char(1 << (random() % 8)));
        const ImportReport r = f.merge(bytes);
        INFO("flip at " << at);
        REQUIRE(r.status == ImportStatus::Refused);
    }
    CHECK(ExchangeWorld::dumpHash(f.world.central().db()) == f.before);
}

TEST_CASE("Each kind of bad file is refused with its own reason", "[exchange]") {
    Fixture f;
    SECTION("not a package") {
        f.expectRefused(QByteArray("PK\x03\x04 this is a zip file, not a package"), Refusal::NotAPackage);
    }
    SECTION("made by a newer Fieldcase") {
        f.expectRefused(patched(f.package, kVersionAt, QByteArray("\x03\x00", 2)), Refusal::NewerFormat);
    }
    SECTION("from another programme") {
        f.expectRefused(patched(f.package, kProgrammeAt, QByteArray(16, '\x11')), Refusal::WrongProgramme);
    }
    SECTION("addressed to another central copy") {
        f.expectRefused(patched(f.package, kRecipientAt, sodium::keyId(sodium::boxKeyPair().publicKey)),
                        Refusal::WrongRecipient);
    }
    SECTION("from a laptop that was never enrolled") {
        f.expectRefused(patched(f.package, kSenderAt, QByteArray(16, '\x42')), Refusal::UnknownSender);
    }
    SECTION("from a revoked laptop") {
        REQUIRE(DeviceRegistry(f.world.central().db()).revoke(f.erika.deviceId));
        f.expectRefused(f.package, Refusal::RevokedSender);
    }
    SECTION("header altered (sequence number)") {
        f.expectRefused(patched(f.package, kSequenceAt, QByteArray("\x07\x00\x00\x00\x00\x00\x00\x00", 8)),
                        Refusal::BadSignature);
    }
    SECTION("header altered (the first file it stands in for)") {
        f.expectRefused(patched(f.package, kFirstSequenceAt, QByteArray(8, '\0')), Refusal::BadSignature);
    }
    SECTION("header altered (the acknowledgement)") {
        f.expectRefused(patched(f.package, kAcknowledgedAt, QByteArray("\x09\x00\x00\x00\x00\x00\x00\x00", 8)),
                        Refusal::BadSignature);
    }
    SECTION("signed by another laptop") {
        f.expectRefused(f.resigned(f.package, f.peter), Refusal::BadSignature);
    }
    SECTION("another laptop's file claiming to be from this one") {
        RecordStore(f.peter.db->db())
            .update(QStringLiteral("person"), f.world.people().at(1),
                    {{QStringLiteral("languages"), QStringLiteral("romani")}})
            .ok();
        const QByteArray peters = f.world.exportFrom(f.peter);
        f.expectRefused(f.resigned(patched(peters, kSenderAt, uuidBytes(f.erika.deviceId)), f.peter),
                        Refusal::BadSignature);
    }
    SECTION("encrypted with a key this central copy does not hold") {
        // Written honestly by the laptop, but sealed to a stranger's key and then re-addressed.
        auto me = ExchangeIdentity::laptop(f.erika.db->db());
        PackageHeader header;
        header.programmeId = uuidBytes(me->programmeId);
        header.senderId = uuidBytes(me->deviceId);
        header.sequence = 1;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto writer = PackageWriter::sealed(out, header, sodium::boxKeyPair().publicKey, me->signSecret);
        REQUIRE(writer.ok());
        REQUIRE((*writer)->finish());
        auto central = ExchangeIdentity::central(f.world.central().db(), false);
        const QByteArray readdressed = patched(out.buffer(), kRecipientAt, sodium::keyId(central->boxPublic));
        f.expectRefused(f.resigned(readdressed, f.erika), Refusal::CannotDecrypt);
    }
    SECTION("a return package given to the central copy") {
        REQUIRE(RecordStore(f.world.central().db())
                    .update(QStringLiteral("person"), f.world.people().at(0),
                            {{QStringLiteral("notes"), QStringLiteral("Új lakcím a hivatal szerint.")}}));
        f.before = ExchangeWorld::dumpHash(f.world.central().db());
        const QByteArray back = f.world.returnTo(f.erika);
        REQUIRE_FALSE(back.isEmpty());
        f.expectRefused(back, Refusal::WrongKind);
    }
}

TEST_CASE("A laptop refuses a return package that was altered, meant for another laptop or not from its central "
          "copy, and changes nothing",
          "[exchange]") {
    Fixture f;
    REQUIRE(f.merge(f.package).status == ImportStatus::Applied);
    REQUIRE(RecordStore(f.world.central().db())
                .update(QStringLiteral("person"), f.world.people().at(0),
                        {{QStringLiteral("notes"), QStringLiteral("Új lakcím a hivatal szerint.")}}));
    const QByteArray back = f.world.returnTo(f.erika);
    REQUIRE_FALSE(back.isEmpty());

    const auto expectRefusedOn = [&](ExchangeWorld::Laptop& laptop, const QByteArray& bytes, Refusal reason) {
        const QByteArray laptopBefore = ExchangeWorld::dumpHash(laptop.db->db());
        const ImportReport r = f.world.mergeIntoLaptop(laptop, bytes);
        INFO(r.message.toStdString());
        CHECK(r.status == ImportStatus::Refused);
        CHECK(int(r.refusal) == int(reason));
        CHECK_FALSE(r.message.isEmpty());
        CHECK(ExchangeWorld::dumpHash(laptop.db->db()) == laptopBefore);
    };
    SECTION("meant for another laptop") {
        expectRefusedOn(f.peter, back, Refusal::WrongRecipient);
    }
    SECTION("from another programme") {
        expectRefusedOn(f.erika, patched(back, kProgrammeAt, QByteArray(16, '\x11')), Refusal::WrongProgramme);
    }
    SECTION("header altered (sequence number)") {
        expectRefusedOn(f.erika, patched(back, kSequenceAt, QByteArray("\x05\x00\x00\x00\x00\x00\x00\x00", 8)),
                        Refusal::BadSignature);
    }
    SECTION("signed by a laptop instead of the central copy") {
        expectRefusedOn(f.erika, f.resigned(back, f.peter), Refusal::BadSignature);
    }
    SECTION("cut short") {
        expectRefusedOn(f.erika, back.left(back.size() - 100), Refusal::BadSignature);
    }
    SECTION("and the same package, untouched, is merged") {
        CHECK(f.world.mergeIntoLaptop(f.erika, back).status == ImportStatus::Applied);
        CHECK(RecordStore(f.erika.db->db())
                  .get(QStringLiteral("person"), f.world.people().at(0))
                  ->text(QStringLiteral("notes")) == QStringLiteral("Új lakcím a hivatal szerint."));
    }
}

TEST_CASE("Replayed and old files change nothing", "[exchange]") {
    Fixture f;
    REQUIRE(f.merge(f.package).status == ImportStatus::Applied);
    const QByteArray afterFirst = ExchangeWorld::dumpHash(f.world.central().db());
    RecordStore(f.erika.db->db())
        .update(QStringLiteral("person"), f.world.people().at(0),
                {{QStringLiteral("phone"), QStringLiteral("+36 30 246 8199")}})
        .ok();
    const QByteArray second = f.world.exportFrom(f.erika);
    REQUIRE(f.merge(second).status == ImportStatus::Applied);
    const QByteArray afterSecond = ExchangeWorld::dumpHash(f.world.central().db());
    CHECK(afterSecond != afterFirst);
    // The first file again, after the newer one: the phone number stays the newer one.
    CHECK(f.merge(f.package).status == ImportStatus::Unchanged);
    CHECK(f.merge(second).status == ImportStatus::Unchanged);
    CHECK(ExchangeWorld::dumpHash(f.world.central().db()) == afterSecond);
    CHECK(RecordStore(f.world.central().db())
              .get(QStringLiteral("person"), f.world.people().at(0))
              ->text(QStringLiteral("phone")) == QStringLiteral("+36 30 246 8199"));
}

TEST_CASE("An enrolment file opens only with its passphrase, and a laptop joins only one programme", "[exchange]") {
    ExchangeWorld world;
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    test::Builders(world.central().db()).staff(QStringLiteral("Szabó Ildikó"));
    auto enrolled =
        Packages::enrolTo(world.central().db(),
                          {QStringLiteral("ildiko"), QStringLiteral("Szabó Ildikó"), ExchangeWorld::kPassphrase}, file);
    REQUIRE(enrolled.ok());
    CHECK_FALSE(file.buffer().contains("Lakatos"));
    // The file holds the laptop's long-term keys: its passphrase key costs libsodium's moderate
    // Argon2id limits (3 passes over 256 MiB), written in the key block.
    CHECK(passphraseLimitsOf(file.buffer()) == std::pair<quint64, quint64>(3, quint64(256) << 20));
    test::TestDatabase laptop(QStringLiteral("ildiko.db"));
    QBuffer in(&file.buffer());
    in.open(QIODevice::ReadOnly);
    auto wrong = Packages::join(laptop.path(), in, QStringLiteral("not the passphrase"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("passphrase")));
    in.seek(0);
    REQUIRE(Packages::join(laptop.path(), in, ExchangeWorld::kPassphrase).ok());
    in.seek(0);
    auto again = Packages::join(laptop.path(), in, ExchangeWorld::kPassphrase);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("An enrolment file written with the earlier, interactive passphrase limits still joins", "[exchange]") {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, QStringLiteral("enrolment-v2-interactive.fcx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(passphraseLimitsOf(file.readAll()) == std::pair<quint64, quint64>(2, quint64(64) << 20));
    file.seek(0);
    // Its signature is checked against the key its central copy would have printed, too.
    auto joined =
        Packages::join(dir.filePath(QStringLiteral("elena.db")), file, QStringLiteral("Kameno 2026 zelena vrata"),
                       QStringLiteral("88u6 d65d m8j6 x7uz 9fe8 8994 6g2d m3ve"));
    REQUIRE(joined.ok());
    CHECK(joined->deviceName == QStringLiteral("Elena laptop"));
    CHECK(joined->centralKeyChecked);
    CHECK(joined->centralKey == QStringLiteral("88U6-D65D-M8J6-X7UZ-9FE8-8994-6G2D-M3VE"));
    auto laptop = Database::open(dir.filePath(QStringLiteral("elena.db")));
    REQUIRE(laptop.ok());
    CHECK(ExchangeIdentity::role(**laptop) == ExchangeIdentity::Role::Laptop);
    CHECK(RecordStore(**laptop)
              .get(QStringLiteral("person"), QStringLiteral("0190f5c2-0000-7000-8000-000000000003"))
              ->text(QStringLiteral("phone")) == QStringLiteral("+359 88 111 2222"));
}

TEST_CASE("An enrolment file signed by another central copy is refused when the worker gives the supervisor's key",
          "[exchange]") {
    ExchangeWorld supervisor;
    ExchangeWorld forger; // another central copy: anyone can make one and write an enrolment file
    test::Builders(supervisor.central().db()).staff(QStringLiteral("Szabó Ildikó"));
    test::Builders(forger.central().db()).staff(QStringLiteral("Szabó Ildikó"));
    const EnrolRequest request{QStringLiteral("ildiko"), QStringLiteral("Szabó Ildikó"), ExchangeWorld::kPassphrase,
                               sodium::PassphraseLimits::minimum()};
    QBuffer genuine;
    genuine.open(QIODevice::WriteOnly);
    auto enrolled = Packages::enrolTo(supervisor.central().db(), request, genuine);
    REQUIRE(enrolled.ok());
    QBuffer forged;
    forged.open(QIODevice::WriteOnly);
    auto made = Packages::enrolTo(forger.central().db(), request, forged);
    REQUIRE(made.ok());
    // What the supervisor prints or reads out.
    auto central = ExchangeIdentity::central(supervisor.central().db(), false);
    REQUIRE(central.ok());
    const QString key = sodium::keyFingerprint(central->signPublic);
    CHECK(enrolled->centralKey == key);
    CHECK(QRegularExpression(QStringLiteral("^([A-HJ-NP-Z2-9]{4}-){7}[A-HJ-NP-Z2-9]{4}$")).match(key).hasMatch());
    CHECK(made->centralKey != key);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ildiko.db"));
    QBuffer in(&forged.buffer());
    in.open(QIODevice::ReadOnly);
    auto refused = Packages::join(path, in, ExchangeWorld::kPassphrase, key);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Security);
    CHECK(refused.error().message.contains(key));
    CHECK(refused.error().message.contains(made->centralKey));
    CHECK_FALSE(QFile::exists(path));
    in.seek(0);
    auto notAKey = Packages::join(path, in, ExchangeWorld::kPassphrase, QStringLiteral("ABCD-0000"));
    REQUIRE_FALSE(notAKey.ok());
    CHECK(notAKey.error().code == ErrorCode::InvalidInput);

    // Without a key to check against, the forged file joins, and the worker sees the key to compare.
    in.seek(0);
    auto unchecked = Packages::join(path, in, ExchangeWorld::kPassphrase);
    REQUIRE(unchecked.ok());
    CHECK_FALSE(unchecked->centralKeyChecked);
    CHECK(unchecked->centralKey == made->centralKey);

    // The genuine file joins with the key, typed in any case and spacing.
    QBuffer real(&genuine.buffer());
    real.open(QIODevice::ReadOnly);
    auto joined = Packages::join(dir.filePath(QStringLiteral("ildiko-2.db")), real, ExchangeWorld::kPassphrase,
                                 key.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    REQUIRE(joined.ok());
    CHECK(joined->centralKeyChecked);
    CHECK(joined->centralKey == key);
}
