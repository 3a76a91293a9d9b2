// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the package reader. The first byte chooses what the rest is:
//   0: a whole package file (header, signature, sealed key, decryption), as the central copy reads one;
//   1: one decrypted block (compressed records), what only a validly signed and encrypted file reaches;
//   2: the records of a block before compression, compressed here, so that every mutation reaches the
//      record parser instead of stopping at zlib;
//   3: a change's field values, read by the merge's hand reader and by QJsonDocument: any difference
//      between the two stops the fuzzer as a crash.
// The keys are fixed, so that a valid package written with them (the seed the target writes into the
// folder named by FIELDCASE_FUZZ_SEEDS at start) verifies and decrypts, and its mutations start from
// a file that gets past every check.
#include "FieldPairsReference.h"
#include "exchange/PackageFile.h"
#include "exchange/Sodium.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

#include <sodium.h>

#include <cstddef>
#include <cstdint>

using namespace fieldcase::core;

namespace {

struct Keys {
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;
};

QByteArray fixedSeed(char fill) {
    return QByteArray(32, fill);
}

const Keys& keys() {
    static const Keys k = [] {
        sodium::init();
        Keys made;
        made.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
        made.signSecret.resize(crypto_sign_SECRETKEYBYTES);
        const QByteArray signSeed = fixedSeed('s');
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(made.signPublic.data()),
                                 reinterpret_cast<unsigned char*>(made.signSecret.data()),
                                 reinterpret_cast<const unsigned char*>(signSeed.constData()));
        made.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
        made.boxSecret.resize(crypto_box_SECRETKEYBYTES);
        const QByteArray boxSeed = fixedSeed('b');
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(made.boxPublic.data()),
                                reinterpret_cast<unsigned char*>(made.boxSecret.data()),
                                reinterpret_cast<const unsigned char*>(boxSeed.constData()));
        return made;
    }();
    return k;
}

Status countChange(const WireChange& c) {
    return c.changeId.size() > 1000000 ? makeError(ErrorCode::Format, QString()) : Status();
}

Status countMeta(const QByteArray& json) {
    return json.size() > 100000000 ? makeError(ErrorCode::Format, QString()) : Status();
}

// A valid export package of a few changes, signed and sealed with the fixed keys.
QByteArray validPackage() {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    PackageHeader header;
    header.kind = PackageKind::Export;
    header.programmeId = QUuid::fromString(QStringLiteral("0190f5c2-0000-7000-8000-0000000000aa")).toRfc4122();
    header.senderId = QUuid::fromString(QStringLiteral("0190f5c2-0000-7000-8000-0000000000bb")).toRfc4122();
    header.recipientKeyId = sodium::keyId(keys().boxPublic);
    header.sequence = 3;
    header.firstSequence = 1;
    header.acknowledged = 2;
    header.createdMs = 1764460800000;
    header.changeCount = 3;
    auto writer = PackageWriter::sealed(out, header, keys().boxPublic, keys().signSecret);
    if (!writer) {
        return {};
    }
    const char* tables[] = {"person", "household", "activity"};
    const char* ops[] = {"create", "update", "delete"};
    for (int i = 0; i < 3; ++i) {
        WireChange c;
        c.changeId = QStringLiteral("0190f5c2-0000-7000-8000-00000000010%1").arg(i);
        c.table = QString::fromLatin1(tables[i]);
        c.recordId = QStringLiteral("0190f5c2-0000-7000-8000-00000000020%1").arg(i);
        c.op = QString::fromLatin1(ops[i]);
        c.fields = R"({"family_name":[null,"Lakatosné Kovács"],"birth_date":[null,"1987-03-12"]})";
        c.baseVersion = i;
        c.hlc = (quint64(1764460800000) << 16) + quint64(i);
        c.device = QStringLiteral("0190f5c2-0000-7000-8000-0000000000bb");
        c.user = QStringLiteral("erika");
        c.note = i == 1 ? QStringLiteral("certificate seen") : QString();
        if (!(*writer)->addChange(c)) {
            return {};
        }
    }
    if (!(*writer)->addMeta(R"({"worker":"Balogh Erika"})") || !(*writer)->finish()) {
        return {};
    }
    return out.data();
}

void writeSeed(const QString& folder, const QString& name, const QByteArray& bytes) {
    QFile file(QDir(folder).filePath(name));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
}

void writeSeeds(const QString& folder) {
    QDir().mkpath(folder);
    writeSeed(folder, QStringLiteral("field-values"),
              QByteArray(1, '\3') +
                  R"({"minutes":[null,35],"notes":["Látogatás","Látogatás \"2\""],)"
                  R"("person_id":[null,"0190f5c2-0000-7000-8000-0000000000aa"],"planned":[true,false]})");
    const QByteArray package = validPackage();
    if (package.isEmpty()) {
        return;
    }
    writeSeed(folder, QStringLiteral("valid-export-package"), QByteArray(1, '\0') + package);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    keys();
    const QString seeds = qEnvironmentVariable("FIELDCASE_FUZZ_SEEDS");
    if (!seeds.isEmpty()) {
        writeSeeds(seeds);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    Refusal refusal = Refusal::None;
    switch (data[0] % 4) {
    case 0: {
        PackageReader reader;
        if (!reader.openBytes(bytes)) {
            return 0;
        }
        // A failed signature does not stop the fuzzer here: the later steps must refuse on their own.
        reader.verify(keys().signPublic).ok();
        if (reader.header().kind != PackageKind::Enrolment && reader.unlockSealed(keys().boxPublic, keys().boxSecret)) {
            reader.read(&countChange, &countMeta).ok();
        }
        return 0;
    }
    case 1:
        PackageReader::decodeBlock(bytes, &countChange, &countMeta, &refusal).ok();
        return 0;
    case 2:
        PackageReader::decodeBlock(qCompress(bytes, 1), &countChange, &countMeta, &refusal).ok();
        return 0;
    default:
        if (!fieldcase::test::fieldPairsDifference(bytes).empty()) {
            __builtin_trap();
        }
        return 0;
    }
}
