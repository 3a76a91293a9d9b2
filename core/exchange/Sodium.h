// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fieldcase::core::sodium {

// Thin, checked wrappers over the libsodium calls the exchange uses. Keys are raw bytes.

struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

// Initialises libsodium once; false when the library cannot start (no entropy source).
bool init();

KeyPair signKeyPair(); // Ed25519
KeyPair boxKeyPair();  // X25519
QByteArray randomBytes(int size);

// A short id of a public key (16 bytes of BLAKE2b), written in file headers to say whom a
// package is for without naming anyone.
QByteArray keyId(const QByteArray& publicKey);
// SHA-256 of data (libsodium's, nearly twice as fast as QCryptographicHash's on a whole package).
QByteArray sha256(const QByteArray& data);

QByteArray signDetached(const QByteArray& message, const QByteArray& secretKey);
bool verifyDetached(const QByteArray& signature, const char* message, qsizetype size, const QByteArray& publicKey);

// Sealed box: anyone can seal to a public key; only the holder of the secret key opens it.
QByteArray seal(const QByteArray& message, const QByteArray& publicKey);
// Empty when the box was not sealed to this key pair or was altered.
QByteArray openSealed(const QByteArray& box, const QByteArray& publicKey, const QByteArray& secretKey);

// The cost of a key made from a passphrase (Argon2id): passes over the memory, and bytes of memory.
struct PassphraseLimits {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    // libsodium's "moderate" limits (about 0.7 s and 256 MiB): every enrolment file is written with
    // them, as it holds a laptop's long-term keys.
    static PassphraseLimits moderate();
    // libsodium's "interactive" limits (64 MiB), which enrolment files were written with before;
    // such files still open, since a file carries its limits.
    static PassphraseLimits interactive();
    // The least libsodium allows: for test suites that enrol many laptops, never for a real file.
    static PassphraseLimits minimum();
};

// A key from a passphrase (Argon2id); empty when the machine lacks the memory it asks for.
struct PassphraseParams {
    QByteArray salt;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
};
// A new random salt with the given limits.
PassphraseParams newPassphraseParams(const PassphraseLimits& limits);
QByteArray passphraseKey(const QString& passphrase, const PassphraseParams& params);
bool passphraseParamsAcceptable(const PassphraseParams& params);

// A random passphrase that is easy to read aloud or type: 6 groups of 4 letters and digits
// without look-alikes (about 120 bits).
QString randomPassphrase();

// The fingerprint of a public key, to be compared by people over another channel than the file that
// carries the key (read out on the phone, printed): 160 bits of BLAKE2b of the key, as 8 groups of 4
// of the passphrase's letters and digits ("K7QF-2M9X-...").
QString keyFingerprint(const QByteArray& publicKey);
// A fingerprint as a person typed it (any case, with or without spaces and dashes) in the form
// keyFingerprint() writes; empty when it cannot be one (a letter that is never used, too short).
QString normalizedFingerprint(const QString& typed);

constexpr int kSignPublicBytes = 32;
constexpr int kSignSecretBytes = 64;
constexpr int kSignatureBytes = 64;
constexpr int kBoxPublicBytes = 32;
constexpr int kBoxSecretBytes = 32;
constexpr int kKeyIdBytes = 16;
constexpr int kStreamKeyBytes = 32;
constexpr int kStreamHeaderBytes = 24;
constexpr int kStreamABytes = 17;
constexpr int kSealBytes = 48;
constexpr int kSaltBytes = 16;

// Incremental authenticated encryption (secretstream xchacha20poly1305). The last chunk carries
// the final tag, so a stream cut short is noticed.
class StreamEncryptor {
public:
    // The header to store before the first chunk.
    StreamEncryptor(const QByteArray& key, QByteArray* header);
    QByteArray push(const QByteArray& plain, bool final, const QByteArray& associated = {});

private:
    alignas(16) unsigned char m_state[64];
};

class StreamDecryptor {
public:
    StreamDecryptor() = default;
    bool init(const QByteArray& key, const char* header);
    // False when the chunk was altered, reordered or belongs to another stream.
    bool pull(const char* cipher, qsizetype size, QByteArray* plain, bool* final, const QByteArray& associated = {});

private:
    alignas(16) unsigned char m_state[64];
};

// Ed25519 over a message fed in parts (the pre-hashed variant), so that a large package is signed
// and checked without a second copy of it in memory.
class Signer {
public:
    Signer();
    void update(const char* data, qsizetype size);
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    QByteArray sign(const QByteArray& secretKey);
    bool verify(const QByteArray& signature, const QByteArray& publicKey);

private:
    alignas(16) unsigned char m_state[256];
};

void wipe(QByteArray& secret);

} // namespace fieldcase::core::sodium
