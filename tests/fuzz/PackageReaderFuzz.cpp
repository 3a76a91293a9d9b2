// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the package reader. The first byte chooses what the rest is: a whole
// package file (header, signature, decryption, as the central copy reads one), or one decrypted
// block of records (what only a validly signed and encrypted file would reach).
#include "exchange/PackageFile.h"
#include "exchange/Sodium.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace fieldcase::core;

namespace {

struct Keys {
    QByteArray signPublic;
    QByteArray boxPublic;
    QByteArray boxSecret;
};

const Keys& keys() {
    static const Keys k = [] {
        sodium::init();
        const sodium::KeyPair sign = sodium::signKeyPair();
        const sodium::KeyPair box = sodium::boxKeyPair();
        return Keys{sign.publicKey, box.publicKey, box.secretKey};
    }();
    return k;
}

Status countChange(const WireChange& c) {
    return c.changeId.size() > 1000000 ? makeError(ErrorCode::Format, QString()) : Status();
}

Status countMeta(const QByteArray& json) {
    return json.size() > 100000000 ? makeError(ErrorCode::Format, QString()) : Status();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0) {
        PackageReader reader;
        if (!reader.openBytes(bytes)) {
            return 0;
        }
        reader.verify(keys().signPublic).ok();
        if (reader.header().kind != PackageKind::Enrolment && reader.unlockSealed(keys().boxPublic, keys().boxSecret)) {
            reader.read(&countChange, &countMeta).ok();
        }
        return 0;
    }
    Refusal refusal = Refusal::None;
    PackageReader::decodeBlock(bytes, &countChange, &countMeta, &refusal).ok();
    return 0;
}
