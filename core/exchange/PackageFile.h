// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sodium.h"
#include "exchange/WireChange.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace fieldcase::core {

// The kinds of file the exchange writes.
enum class PackageKind : quint8 {
    Export = 1,    // a laptop's changes, for the central copy
    Return = 2,    // the central copy's changes, for one laptop
    Enrolment = 3, // a laptop's keys and caseload, protected by a passphrase
};

// Why a file was refused, in the order the reader checks. The UI and the tests decide on this.
enum class Refusal {
    None,
    Unreadable,     // the file could not be read
    TooLarge,       // larger than any package this version writes
    NotAPackage,    // wrong magic: not a Fieldcase exchange file
    NewerFormat,    // made by a newer Fieldcase
    WrongKind,      // an enrolment file given to merge, a return package given to the central copy...
    WrongProgramme, // from another programme
    WrongRecipient, // encrypted for another central copy or another laptop
    UnknownSender,  // from a laptop this central copy has not enrolled
    RevokedSender,  // from a laptop whose enrolment was revoked
    BadSignature,   // altered, cut short, or not made by the sender it names
    CannotDecrypt,  // the key does not open it (wrong passphrase, wrong key)
    CorruptPayload, // decrypted but not readable
};

// The cleartext part of a package: enough to route and check it, nothing about any person.
struct PackageHeader {
    // 2 added firstSequence and acknowledged; files of format 1 are still read (they stand in for
    // their own number only and acknowledge nothing).
    static constexpr quint16 kFormatVersion = 2;
    quint16 formatVersion = kFormatVersion;
    PackageKind kind = PackageKind::Export;
    QByteArray programmeId;    // 16 bytes (UUID)
    QByteArray senderId;       // 16 bytes (the sending device's UUID)
    QByteArray recipientKeyId; // 16 bytes: sodium::keyId of the recipient's public key
    quint64 sequence = 0;
    // The sender's first file whose changes this one holds as well: its own number for an ordinary
    // file, 1 for a file sent again with everything, so that it stands in for earlier files that
    // were lost. Never above sequence.
    quint64 firstSequence = 0;
    // The last of the recipient's files the sender had merged when writing this one, so that a
    // file that never arrived is noticed even when no later one comes.
    quint64 acknowledged = 0;
    qint64 createdMs = 0;
    quint64 changeCount = 0;
    // Sealed file key (export, return) or passphrase parameters (enrolment).
    QByteArray keyBlock;
};

// Writes a package: header, key block, payload encrypted in chunks (secretstream, final tag on the
// last), then an Ed25519 signature over everything before it. Records are compressed in blocks.
class PackageWriter {
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    // For export and return packages: a random file key sealed to the recipient's X25519 key.
    static Result<std::unique_ptr<PackageWriter>>
    sealed(QIODevice& out, PackageHeader header, const QByteArray& recipientBoxPublic, const QByteArray& signSecret);
    // For enrolment files: the key comes from a passphrase (Argon2id with the given limits, which the
    // key block records so that a reader derives the same key).
    static Result<std::unique_ptr<PackageWriter>> withPassphrase(QIODevice& out, PackageHeader header,
                                                                 const QString& passphrase,
                                                                 const sodium::PassphraseLimits& limits,
                                                                 const QByteArray& signSecret);
    ~PackageWriter();

    Status addChange(const WireChange& change);
    // A JSON document that says what the payload is (enrolment details).
    Status addMeta(const QByteArray& json);
    Status finish();

private:
    PackageWriter(QIODevice& out, const QByteArray& signSecret);
    Status start(const PackageHeader& header, const QByteArray& fileKey);
    Status flushBlock(bool final);
    Status write(const QByteArray& bytes);

    QIODevice& m_out;
    QByteArray m_signSecret;
    sodium::Signer m_signer;
    std::unique_ptr<sodium::StreamEncryptor> m_stream;
    QByteArray m_associated;
    QByteArray m_block;
    bool m_finished = false;
};

// Reads a package from any QIODevice (a file, a QBuffer in tests and the fuzzer). Every length is
// checked against what is left; nothing is trusted before the signature is verified.
class PackageReader {
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    static constexpr qint64 kMaxFileBytes = qint64(4) << 30;

    // Reads the whole file and its header.
    Status open(QIODevice& in, const QString& name = {});
    // Reads from bytes already in memory.
    Status openBytes(const QByteArray& bytes, const QString& name = {});
    const PackageHeader& header() const { return m_header; }
    const QByteArray& bytes() const { return m_bytes; }

    // Checks the signature over header and ciphertext.
    Status verify(const QByteArray& signPublic);
    // Opens the file key (sealed to our box key) or derives it from the passphrase.
    Status unlockSealed(const QByteArray& boxPublic, const QByteArray& boxSecret);
    Status unlockWithPassphrase(const QString& passphrase);

    // Decrypts and decodes the payload, calling back for each record; stops at the first error
    // (of the payload, or returned by a callback).
    Status read(const std::function<Status(const WireChange&)>& onChange,
                const std::function<Status(const QByteArray&)>& onMeta = {});

    Refusal refusal() const { return m_refusal; }
    // Refuses with a reason found outside the reader (wrong programme, unknown sender...).
    Error refuse(Refusal reason, const QString& detail = {});

    static QString explain(Refusal reason);

    // Decodes one decrypted block of records (the part of read() after decryption; the fuzzer
    // feeds it directly, since random bytes never pass authentication).
    static Status decodeBlock(const QByteArray& plain, const std::function<Status(const WireChange&)>& onChange,
                              const std::function<Status(const QByteArray&)>& onMeta, Refusal* refusal);

private:
    Status parseHeader();

    QString m_name;
    QByteArray m_bytes;
    PackageHeader m_header;
    qsizetype m_payloadStart = 0; // first chunk, after the stream header
    qsizetype m_headerEnd = 0;
    QByteArray m_fileKey;
    Refusal m_refusal = Refusal::None;
};

// UUID text <-> the 16 bytes of the header.
QByteArray uuidBytes(const QString& id);
QString uuidText(const QByteArray& bytes);

} // namespace fieldcase::core
