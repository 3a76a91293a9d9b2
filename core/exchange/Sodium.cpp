// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Sodium.h"

#include <sodium.h>

#include <QStringList>

#include <cstring>

namespace fieldcase::core::sodium {

static_assert(kSignPublicBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSignSecretBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);
static_assert(kBoxPublicBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kBoxSecretBytes == crypto_box_SECRETKEYBYTES);
static_assert(kStreamKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kStreamABytes == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(kSealBytes == crypto_box_SEALBYTES);
static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);

namespace {

unsigned char* bytes(QByteArray& a) {
    return reinterpret_cast<unsigned char*>(a.data());
}

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

const unsigned char* bytes(const char* p) {
    return reinterpret_cast<const unsigned char*>(p);
}

} // namespace

bool init() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

KeyPair signKeyPair() {
    init();
    KeyPair k{QByteArray(kSignPublicBytes, Qt::Uninitialized), QByteArray(kSignSecretBytes, Qt::Uninitialized)};
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

KeyPair boxKeyPair() {
    init();
    KeyPair k{QByteArray(kBoxPublicBytes, Qt::Uninitialized), QByteArray(kBoxSecretBytes, Qt::Uninitialized)};
    crypto_box_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray randomBytes(int size) {
    init();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray keyId(const QByteArray& publicKey) {
    init();
    QByteArray out(kKeyIdBytes, Qt::Uninitialized);
    crypto_generichash(bytes(out), kKeyIdBytes, bytes(publicKey), size_t(publicKey.size()), nullptr, 0);
    return out;
}

QByteArray sha256(const QByteArray& data) {
    init();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytes(out), bytes(data), quint64(data.size()));
    return out;
}

QByteArray signDetached(const QByteArray& message, const QByteArray& secretKey) {
    init();
    if (secretKey.size() != kSignSecretBytes) {
        return {};
    }
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), size_t(message.size()), bytes(secretKey));
    return sig;
}

bool verifyDetached(const QByteArray& signature, const char* message, qsizetype size, const QByteArray& publicKey) {
    init();
    if (signature.size() != kSignatureBytes || publicKey.size() != kSignPublicBytes || size < 0) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(size), bytes(publicKey)) == 0;
}

QByteArray seal(const QByteArray& message, const QByteArray& publicKey) {
    init();
    if (publicKey.size() != kBoxPublicBytes) {
        return {};
    }
    QByteArray out(message.size() + kSealBytes, Qt::Uninitialized);
    crypto_box_seal(bytes(out), bytes(message), size_t(message.size()), bytes(publicKey));
    return out;
}

QByteArray openSealed(const QByteArray& box, const QByteArray& publicKey, const QByteArray& secretKey) {
    init();
    if (box.size() < kSealBytes || publicKey.size() != kBoxPublicBytes || secretKey.size() != kBoxSecretBytes) {
        return {};
    }
    QByteArray out(box.size() - kSealBytes, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(out), bytes(box), size_t(box.size()), bytes(publicKey), bytes(secretKey)) != 0) {
        return {};
    }
    return out;
}

PassphraseLimits PassphraseLimits::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PassphraseLimits PassphraseLimits::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PassphraseLimits PassphraseLimits::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PassphraseParams newPassphraseParams(const PassphraseLimits& limits) {
    return {randomBytes(kSaltBytes), limits.opsLimit, limits.memLimit};
}

bool passphraseParamsAcceptable(const PassphraseParams& params) {
    // A file must not make the reader spend more than the moderate limits: a forged header
    // could otherwise ask for gigabytes of memory before anything is checked.
    return params.salt.size() == kSaltBytes && params.opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           params.opsLimit <= crypto_pwhash_OPSLIMIT_MODERATE && params.memLimit >= crypto_pwhash_MEMLIMIT_MIN &&
           params.memLimit <= crypto_pwhash_MEMLIMIT_MODERATE;
}

QByteArray passphraseKey(const QString& passphrase, const PassphraseParams& params) {
    init();
    if (!passphraseParamsAcceptable(params)) {
        return {};
    }
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_KC).trimmed().toUtf8();
    QByteArray key(kStreamKeyBytes, Qt::Uninitialized);
    const int rc =
        crypto_pwhash(bytes(key), size_t(key.size()), secret.constData(), size_t(secret.size()), bytes(params.salt),
                      params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    if (rc != 0) {
        return {};
    }
    return key;
}

namespace {

// 32 letters and digits without look-alikes (no I, O, 0, 1): 5 bits each.
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kFingerprintBytes = 20;
constexpr int kFingerprintGroups = kFingerprintBytes * 8 / 5 / 4;
// Hashed before the key, so that a fingerprint of a Fieldcase key is never the hash of the same
// bytes in another use.
constexpr char kFingerprintContext[] = "Fieldcase key fingerprint 1";

QString grouped(const QString& symbols) {
    QStringList groups;
    for (qsizetype i = 0; i < symbols.size(); i += 4) {
        groups.append(symbols.mid(i, 4));
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace

QString keyFingerprint(const QByteArray& publicKey) {
    init();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kFingerprintBytes);
    crypto_generichash_update(&state, bytes(kFingerprintContext), sizeof(kFingerprintContext) - 1);
    crypto_generichash_update(&state, bytes(publicKey), size_t(publicKey.size()));
    unsigned char hash[kFingerprintBytes];
    crypto_generichash_final(&state, hash, kFingerprintBytes);
    QString symbols;
    quint32 buffer = 0;
    int bits = 0;
    for (const unsigned char b : hash) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            symbols.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    return grouped(symbols);
}

QString normalizedFingerprint(const QString& typed) {
    QString symbols;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        const QChar upper = c.toUpper();
        if (upper.unicode() > 0x7f || std::strchr(kAlphabet, char(upper.unicode())) == nullptr ||
            upper.unicode() == 0) {
            return {};
        }
        symbols.append(upper);
    }
    if (symbols.size() != kFingerprintGroups * 4) {
        return {};
    }
    return grouped(symbols);
}

QString randomPassphrase() {
    init();
    QString out;
    for (int group = 0; group < 6; ++group) {
        if (group > 0) {
            out.append(QLatin1Char('-'));
        }
        for (int i = 0; i < 4; ++i) {
            out.append(QLatin1Char(kAlphabet[randombytes_uniform(32)]));
        }
    }
    return out;
}

StreamEncryptor::StreamEncryptor(const QByteArray& key, QByteArray* header) {
    static_assert(sizeof(m_state) >= sizeof(crypto_secretstream_xchacha20poly1305_state));
    init();
    header->resize(kStreamHeaderBytes);
    auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state);
    crypto_secretstream_xchacha20poly1305_init_push(state, bytes(*header), bytes(key));
}

QByteArray StreamEncryptor::push(const QByteArray& plain, bool final, const QByteArray& associated) {
    auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state);
    QByteArray out(plain.size() + kStreamABytes, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(
        state, bytes(out), &written, bytes(plain), size_t(plain.size()),
        associated.isEmpty() ? nullptr : bytes(associated), size_t(associated.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    out.resize(qsizetype(written));
    return out;
}

bool StreamDecryptor::init(const QByteArray& key, const char* header) {
    sodium::init();
    if (key.size() != kStreamKeyBytes) {
        return false;
    }
    auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state);
    return crypto_secretstream_xchacha20poly1305_init_pull(state, bytes(header), bytes(key)) == 0;
}

bool StreamDecryptor::pull(const char* cipher, qsizetype size, QByteArray* plain, bool* final,
                           const QByteArray& associated) {
    if (size < kStreamABytes) {
        return false;
    }
    auto* state = reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(m_state);
    plain->resize(size - kStreamABytes);
    unsigned long long written = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(state, bytes(*plain), &written, &tag, bytes(cipher), size_t(size),
                                                   associated.isEmpty() ? nullptr : bytes(associated),
                                                   size_t(associated.size())) != 0) {
        return false;
    }
    plain->resize(qsizetype(written));
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return true;
}

Signer::Signer() {
    static_assert(sizeof(m_state) >= sizeof(crypto_sign_state));
    init();
    crypto_sign_init(reinterpret_cast<crypto_sign_state*>(m_state));
}

void Signer::update(const char* data, qsizetype size) {
    crypto_sign_update(reinterpret_cast<crypto_sign_state*>(m_state), bytes(data), size_t(size));
}

QByteArray Signer::sign(const QByteArray& secretKey) {
    if (secretKey.size() != kSignSecretBytes) {
        return {};
    }
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_final_create(reinterpret_cast<crypto_sign_state*>(m_state), bytes(sig), nullptr, bytes(secretKey));
    return sig;
}

bool Signer::verify(const QByteArray& signature, const QByteArray& publicKey) {
    if (signature.size() != kSignatureBytes || publicKey.size() != kSignPublicBytes) {
        return false;
    }
    QByteArray sig = signature;
    return crypto_sign_final_verify(reinterpret_cast<crypto_sign_state*>(m_state), bytes(sig), bytes(publicKey)) == 0;
}

void wipe(QByteArray& secret) {
    if (!secret.isEmpty()) {
        sodium_memzero(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

} // namespace fieldcase::core::sodium
