// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PackageFile.h"

#include <QIODevice>
#include <QUuid>
#include <QtEndian>

#include <cstring>

namespace fieldcase::core {

namespace {

constexpr char kMagic[8] = {'F', 'I', 'E', 'L', 'D', 'C', 'X', '\n'};
// Of format 1; format 2 adds 16 bytes (the first sequence number stood in for, the acknowledgement).
constexpr qsizetype kFixedHeaderBytes = 8 + 2 + 1 + 1 + 16 + 16 + 16 + 8 + 8 + 8 + 4;
constexpr quint32 kMaxKeyBlock = 1024;
// Plaintext records are gathered into blocks of about this size before compression.
constexpr qsizetype kBlockTarget = qsizetype(1) << 20;
// No block or chunk this version writes is larger; anything bigger is not ours.
constexpr quint32 kMaxChunk = quint32(8) << 20;
constexpr quint32 kMaxBlockPlain = quint32(32) << 20;
constexpr quint32 kMaxString = quint32(4) << 20;

constexpr quint8 kRecordChange = 1;
constexpr quint8 kRecordMeta = 2;

void putU16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
void putU32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void putU64(QByteArray& out, quint64 v) {
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}
void putVarint(QByteArray& out, quint64 v) {
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}
void putBytes(QByteArray& out, const QByteArray& bytes) {
    putVarint(out, quint64(bytes.size()));
    out.append(bytes);
}
void putString(QByteArray& out, const QString& text) {
    putBytes(out, text.toUtf8());
}

QByteArray fixed16(const QByteArray& b) {
    QByteArray out = b.left(16);
    out.resize(16, '\0');
    return out;
}

// A cursor over bytes that never reads past the end; every read says whether it fit.
class Cursor {
public:
    Cursor(const char* data, qsizetype size)
        : m_data(data)
        , m_size(size) {}
    qsizetype left() const { return m_size - m_pos; }
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }

    bool bytes(qsizetype n, const char** out) {
        if (n < 0 || n > left()) {
            return false;
        }
        *out = m_data + m_pos;
        m_pos += n;
        return true;
    }
    bool u8(quint8* v) {
        const char* p = nullptr;
        if (!bytes(1, &p)) {
            return false;
        }
        *v = quint8(*p);
        return true;
    }
    bool u16(quint16* v) {
        const char* p = nullptr;
        if (!bytes(2, &p)) {
            return false;
        }
        *v = qFromLittleEndian<quint16>(p);
        return true;
    }
    bool u32(quint32* v) {
        const char* p = nullptr;
        if (!bytes(4, &p)) {
            return false;
        }
        *v = qFromLittleEndian<quint32>(p);
        return true;
    }
    bool u64(quint64* v) {
        const char* p = nullptr;
        if (!bytes(8, &p)) {
            return false;
        }
        *v = qFromLittleEndian<quint64>(p);
        return true;
    }
    bool varint(quint64* v) {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            quint8 b = 0;
            if (!u8(&b)) {
                return false;
            }
            result |= quint64(b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                *v = result;
                return true;
            }
        }
        return false;
    }
    bool blob(QByteArray* out) {
        quint64 n = 0;
        const char* p = nullptr;
        if (!varint(&n) || n > kMaxString || !bytes(qsizetype(n), &p)) {
            return false;
        }
        *out = QByteArray(p, qsizetype(n));
        return true;
    }
    bool string(QString* out) {
        quint64 n = 0;
        const char* p = nullptr;
        if (!varint(&n) || n > kMaxString || !bytes(qsizetype(n), &p)) {
            return false;
        }
        *out = QString::fromUtf8(p, qsizetype(n));
        return true;
    }
    // A string that mostly repeats from record to record (table, operation, device, user): when its
    // bytes are those of the last one read into memo, the same QString is shared, not decoded again.
    struct Memo {
        QByteArray bytes;
        QString text;
    };
    bool string(QString* out, Memo* memo) {
        quint64 n = 0;
        const char* p = nullptr;
        if (!varint(&n) || n > kMaxString || !bytes(qsizetype(n), &p)) {
            return false;
        }
        const QByteArrayView view(p, qsizetype(n));
        if (memo->bytes.isNull() || QByteArrayView(memo->bytes) != view) {
            memo->bytes = view.toByteArray();
            memo->text = QString::fromUtf8(view);
        }
        *out = memo->text;
        return true;
    }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

QByteArray encodeHeader(const PackageHeader& h) {
    QByteArray out;
    out.append(kMagic, sizeof(kMagic));
    putU16(out, h.formatVersion);
    out.append(char(h.kind));
    out.append('\0');
    out.append(fixed16(h.programmeId));
    out.append(fixed16(h.senderId));
    out.append(fixed16(h.recipientKeyId));
    putU64(out, h.sequence);
    putU64(out, quint64(h.createdMs));
    putU64(out, h.changeCount);
    if (h.formatVersion >= 2) {
        putU64(out, h.firstSequence);
        putU64(out, h.acknowledged);
    }
    putU32(out, quint32(h.keyBlock.size()));
    out.append(h.keyBlock);
    return out;
}

QByteArray encodePassphraseBlock(const sodium::PassphraseParams& p) {
    QByteArray out = p.salt;
    putU64(out, p.opsLimit);
    putU64(out, p.memLimit);
    return out;
}

bool decodePassphraseBlock(const QByteArray& block, sodium::PassphraseParams* p) {
    if (block.size() != sodium::kSaltBytes + 16) {
        return false;
    }
    p->salt = block.left(sodium::kSaltBytes);
    p->opsLimit = qFromLittleEndian<quint64>(block.constData() + sodium::kSaltBytes);
    p->memLimit = qFromLittleEndian<quint64>(block.constData() + sodium::kSaltBytes + 8);
    return true;
}

} // namespace

QByteArray uuidBytes(const QString& id) {
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? QByteArray(16, '\0') : uuid.toRfc4122();
}

QString uuidText(const QByteArray& bytes) {
    if (bytes.size() != 16) {
        return {};
    }
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// ---------------------------------------------------------------------------------------------

PackageWriter::PackageWriter(QIODevice& out, const QByteArray& signSecret)
    : m_out(out)
    , m_signSecret(signSecret) {}

PackageWriter::~PackageWriter() {
    sodium::wipe(m_signSecret);
}

Result<std::unique_ptr<PackageWriter>> PackageWriter::sealed(QIODevice& out, PackageHeader header,
                                                             const QByteArray& recipientBoxPublic,
                                                             const QByteArray& signSecret) {
    if (!sodium::init()) {
        return makeError(ErrorCode::Security, tr("The encryption library could not start."));
    }
    QByteArray fileKey = sodium::randomBytes(sodium::kStreamKeyBytes);
    header.keyBlock = sodium::seal(fileKey, recipientBoxPublic);
    if (header.keyBlock.isEmpty()) {
        return makeError(ErrorCode::Security, tr("The recipient's key is not valid; the package was not written."));
    }
    header.recipientKeyId = sodium::keyId(recipientBoxPublic);
    std::unique_ptr<PackageWriter> w(new PackageWriter(out, signSecret));
    const Status s = w->start(header, fileKey);
    sodium::wipe(fileKey);
    if (!s) {
        return s.error();
    }
    return w;
}

Result<std::unique_ptr<PackageWriter>> PackageWriter::withPassphrase(QIODevice& out, PackageHeader header,
                                                                     const QString& passphrase,
                                                                     const sodium::PassphraseLimits& limits,
                                                                     const QByteArray& signSecret) {
    if (!sodium::init()) {
        return makeError(ErrorCode::Security, tr("The encryption library could not start."));
    }
    const sodium::PassphraseParams params = sodium::newPassphraseParams(limits);
    QByteArray fileKey = sodium::passphraseKey(passphrase, params);
    if (fileKey.isEmpty()) {
        return makeError(ErrorCode::Security,
                         tr("The key could not be derived from the passphrase (not enough memory)."));
    }
    header.keyBlock = encodePassphraseBlock(params);
    std::unique_ptr<PackageWriter> w(new PackageWriter(out, signSecret));
    const Status s = w->start(header, fileKey);
    sodium::wipe(fileKey);
    if (!s) {
        return s.error();
    }
    return w;
}

Status PackageWriter::write(const QByteArray& bytes) {
    if (m_out.write(bytes) != bytes.size()) {
        return makeError(ErrorCode::Io, tr("The package could not be written. Check the disk or stick."),
                         m_out.errorString());
    }
    m_signer.update(bytes);
    return {};
}

Status PackageWriter::start(const PackageHeader& header, const QByteArray& fileKey) {
    QByteArray head = encodeHeader(header);
    QByteArray streamHeader;
    m_stream = std::make_unique<sodium::StreamEncryptor>(fileKey, &streamHeader);
    head.append(streamHeader);
    // The first chunk is bound to the header, so that even an unsigned reader (enrolment) notices
    // a header that was changed.
    m_associated = head;
    return write(head);
}

Status PackageWriter::flushBlock(bool final) {
    QByteArray plain;
    if (!m_block.isEmpty()) {
        plain = qCompress(m_block, 1);
    }
    m_block.clear();
    const QByteArray cipher = m_stream->push(plain, final, m_associated);
    m_associated.clear();
    QByteArray frame;
    putU32(frame, quint32(cipher.size()));
    frame.append(cipher);
    return write(frame);
}

Status PackageWriter::addChange(const WireChange& c) {
    Q_ASSERT(!m_finished);
    m_block.append(char(kRecordChange));
    putString(m_block, c.changeId);
    putString(m_block, c.table);
    putString(m_block, c.recordId);
    putString(m_block, c.op);
    putString(m_block, c.action);
    putString(m_block, c.settles);
    putString(m_block, c.redirect);
    putBytes(m_block, c.fields);
    putVarint(m_block, quint64(c.baseVersion));
    putU64(m_block, c.hlc);
    putString(m_block, c.device);
    putString(m_block, c.user);
    putString(m_block, c.note);
    if (m_block.size() >= kBlockTarget) {
        return flushBlock(false);
    }
    return {};
}

Status PackageWriter::addMeta(const QByteArray& json) {
    m_block.append(char(kRecordMeta));
    putBytes(m_block, json);
    if (m_block.size() >= kBlockTarget) {
        return flushBlock(false);
    }
    return {};
}

Status PackageWriter::finish() {
    if (m_finished) {
        return {};
    }
    m_finished = true;
    if (auto s = flushBlock(true); !s) {
        return s;
    }
    const QByteArray signature = m_signer.sign(m_signSecret);
    if (signature.isEmpty()) {
        return makeError(ErrorCode::Security, tr("The package could not be signed: the signing key is not valid."));
    }
    if (m_out.write(signature) != signature.size()) {
        return makeError(ErrorCode::Io, tr("The package could not be written. Check the disk or stick."),
                         m_out.errorString());
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

QString PackageReader::explain(Refusal reason) {
    switch (reason) {
    case Refusal::None:
        return {};
    case Refusal::Unreadable:
        return tr("The file could not be read.");
    case Refusal::TooLarge:
        return tr("The file is far larger than any Fieldcase package; it is not one.");
    case Refusal::NotAPackage:
        return tr("This is not a Fieldcase exchange file.");
    case Refusal::NewerFormat:
        return tr("This file was made by a newer version of Fieldcase. Install the newer version to read it.");
    case Refusal::WrongKind:
        return tr("This is a different kind of Fieldcase file (for example an enrolment file or a return package) "
                  "and cannot be merged here.");
    case Refusal::WrongProgramme:
        return tr("This file belongs to another programme.");
    case Refusal::WrongRecipient:
        return tr("This file was encrypted for another copy (another central copy or another laptop); this copy "
                  "cannot open it.");
    case Refusal::UnknownSender:
        return tr("This file comes from a laptop that this central copy has not enrolled.");
    case Refusal::RevokedSender:
        return tr("This file comes from a laptop whose enrolment was withdrawn; it is not accepted.");
    case Refusal::BadSignature:
        return tr("The file was altered or cut short after it was made, or it was not made by the device it "
                  "names. Ask for a new copy of the file.");
    case Refusal::CannotDecrypt:
        return tr("The file could not be decrypted with this copy's key or the passphrase given.");
    case Refusal::CorruptPayload:
        return tr("The file decrypted but its contents are damaged.");
    }
    return {};
}

Error PackageReader::refuse(Refusal reason, const QString& detail) {
    m_refusal = reason;
    ErrorCode code = ErrorCode::Security;
    switch (reason) {
    case Refusal::Unreadable:
        code = ErrorCode::Io;
        break;
    case Refusal::TooLarge:
    case Refusal::NotAPackage:
    case Refusal::CorruptPayload:
    case Refusal::WrongKind:
        code = ErrorCode::Format;
        break;
    case Refusal::NewerFormat:
        code = ErrorCode::Unsupported;
        break;
    case Refusal::WrongProgramme:
        code = ErrorCode::InvalidInput;
        break;
    default:
        break;
    }
    return makeError(code, explain(reason), detail);
}

Status PackageReader::open(QIODevice& in, const QString& name) {
    m_name = name;
    if (!in.isOpen() && !in.open(QIODevice::ReadOnly)) {
        return refuse(Refusal::Unreadable, in.errorString());
    }
    if (!in.isSequential() && in.size() > kMaxFileBytes) {
        return refuse(Refusal::TooLarge);
    }
    QByteArray bytes = in.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        return refuse(Refusal::TooLarge);
    }
    return openBytes(bytes, name);
}

Status PackageReader::openBytes(const QByteArray& bytes, const QString& name) {
    m_name = name;
    m_bytes = bytes;
    m_refusal = Refusal::None;
    return parseHeader();
}

Status PackageReader::parseHeader() {
    Cursor c(m_bytes.constData(), m_bytes.size());
    const char* magic = nullptr;
    if (!c.bytes(sizeof(kMagic), &magic) || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0) {
        return refuse(Refusal::NotAPackage);
    }
    quint16 version = 0;
    if (!c.u16(&version)) {
        return refuse(Refusal::BadSignature, QStringLiteral("header cut short"));
    }
    if (version > PackageHeader::kFormatVersion) {
        return refuse(Refusal::NewerFormat, QStringLiteral("format %1").arg(version));
    }
    if (version == 0) {
        return refuse(Refusal::NotAPackage, QStringLiteral("format 0"));
    }
    quint8 kind = 0;
    quint8 reserved = 0;
    const char* programme = nullptr;
    const char* sender = nullptr;
    const char* recipient = nullptr;
    quint64 created = 0;
    quint32 keyBlockSize = 0;
    const char* keyBlock = nullptr;
    const char* streamHeader = nullptr;
    if (!c.u8(&kind) || !c.u8(&reserved) || !c.bytes(16, &programme) || !c.bytes(16, &sender) ||
        !c.bytes(16, &recipient) || !c.u64(&m_header.sequence) || !c.u64(&created) || !c.u64(&m_header.changeCount) ||
        (version >= 2 && (!c.u64(&m_header.firstSequence) || !c.u64(&m_header.acknowledged))) ||
        !c.u32(&keyBlockSize)) {
        return refuse(Refusal::BadSignature, QStringLiteral("header cut short"));
    }
    if (version < 2) {
        m_header.firstSequence = m_header.sequence;
    }
    if (kind < quint8(PackageKind::Export) || kind > quint8(PackageKind::Enrolment) || reserved != 0 ||
        keyBlockSize > kMaxKeyBlock || m_header.firstSequence > m_header.sequence) {
        return refuse(Refusal::BadSignature, QStringLiteral("header altered"));
    }
    if (!c.bytes(qsizetype(keyBlockSize), &keyBlock) || !c.bytes(sodium::kStreamHeaderBytes, &streamHeader)) {
        return refuse(Refusal::BadSignature, QStringLiteral("header cut short"));
    }
    m_header.formatVersion = version;
    m_header.kind = PackageKind(kind);
    m_header.programmeId = QByteArray(programme, 16);
    m_header.senderId = QByteArray(sender, 16);
    m_header.recipientKeyId = QByteArray(recipient, 16);
    m_header.createdMs = qint64(created);
    m_header.keyBlock = QByteArray(keyBlock, qsizetype(keyBlockSize));
    m_headerEnd = c.pos();
    m_payloadStart = c.pos();
    Q_ASSERT(m_headerEnd >= kFixedHeaderBytes);
    if (c.left() < sodium::kSignatureBytes + 4 + sodium::kStreamABytes) {
        return refuse(Refusal::BadSignature, QStringLiteral("no payload"));
    }
    return {};
}

Status PackageReader::verify(const QByteArray& signPublic) {
    const qsizetype signedSize = m_bytes.size() - sodium::kSignatureBytes;
    if (signedSize < m_payloadStart) {
        return refuse(Refusal::BadSignature, QStringLiteral("no signature"));
    }
    sodium::Signer checker;
    checker.update(m_bytes.constData(), signedSize);
    if (!checker.verify(m_bytes.right(sodium::kSignatureBytes), signPublic)) {
        return refuse(Refusal::BadSignature);
    }
    return {};
}

Status PackageReader::unlockSealed(const QByteArray& boxPublic, const QByteArray& boxSecret) {
    if (m_header.keyBlock.size() != sodium::kSealBytes + sodium::kStreamKeyBytes) {
        return refuse(Refusal::CannotDecrypt, QStringLiteral("key block size"));
    }
    m_fileKey = sodium::openSealed(m_header.keyBlock, boxPublic, boxSecret);
    if (m_fileKey.size() != sodium::kStreamKeyBytes) {
        return refuse(Refusal::CannotDecrypt);
    }
    return {};
}

Status PackageReader::unlockWithPassphrase(const QString& passphrase) {
    sodium::PassphraseParams params;
    if (!decodePassphraseBlock(m_header.keyBlock, &params) || !sodium::passphraseParamsAcceptable(params)) {
        return refuse(Refusal::CannotDecrypt, QStringLiteral("passphrase parameters"));
    }
    m_fileKey = sodium::passphraseKey(passphrase, params);
    if (m_fileKey.isEmpty()) {
        return refuse(Refusal::CannotDecrypt, QStringLiteral("key derivation"));
    }
    return {};
}

Status PackageReader::read(const std::function<Status(const WireChange&)>& onChange,
                           const std::function<Status(const QByteArray&)>& onMeta) {
    if (m_fileKey.isEmpty()) {
        return refuse(Refusal::CannotDecrypt, QStringLiteral("not unlocked"));
    }
    const qsizetype end = m_bytes.size() - sodium::kSignatureBytes;
    if (end < m_payloadStart) {
        return refuse(Refusal::BadSignature, QStringLiteral("cut short"));
    }
    sodium::StreamDecryptor stream;
    if (!stream.init(m_fileKey, m_bytes.constData() + m_headerEnd - sodium::kStreamHeaderBytes)) {
        return refuse(Refusal::CannotDecrypt, QStringLiteral("stream header"));
    }
    Cursor chunks(m_bytes.constData() + m_payloadStart, end - m_payloadStart);
    QByteArray associated = m_bytes.left(m_headerEnd);
    bool final = false;
    QByteArray plain;
    while (!final) {
        quint32 size = 0;
        const char* cipher = nullptr;
        if (!chunks.u32(&size) || size > kMaxChunk || !chunks.bytes(qsizetype(size), &cipher)) {
            return refuse(Refusal::CannotDecrypt, QStringLiteral("chunk framing"));
        }
        if (!stream.pull(cipher, qsizetype(size), &plain, &final, associated)) {
            return refuse(Refusal::CannotDecrypt, QStringLiteral("chunk authentication"));
        }
        associated.clear();
        if (plain.isEmpty()) {
            continue;
        }
        Refusal reason = Refusal::None;
        const Status decoded = decodeBlock(plain, onChange, onMeta, &reason);
        sodium::wipe(plain);
        if (!decoded) {
            if (reason != Refusal::None) {
                return refuse(reason, decoded.error().detail);
            }
            return decoded;
        }
    }
    if (!chunks.atEnd()) {
        return refuse(Refusal::CorruptPayload, QStringLiteral("data after the final chunk"));
    }
    return {};
}

Status PackageReader::decodeBlock(const QByteArray& plain, const std::function<Status(const WireChange&)>& onChange,
                                  const std::function<Status(const QByteArray&)>& onMeta, Refusal* refusal) {
    const auto corrupt = [refusal](const char* what) {
        *refusal = Refusal::CorruptPayload;
        return makeError(ErrorCode::Format, explain(Refusal::CorruptPayload), QString::fromLatin1(what));
    };
    if (plain.size() < 4) {
        return corrupt("block header");
    }
    const quint32 expected = qFromBigEndian<quint32>(plain.constData());
    if (expected > kMaxBlockPlain) {
        return corrupt("block size");
    }
    const QByteArray block = qUncompress(plain);
    if (block.size() != qsizetype(expected)) {
        return corrupt("block compression");
    }
    Cursor r(block.constData(), block.size());
    Cursor::Memo table;
    Cursor::Memo op;
    Cursor::Memo device;
    Cursor::Memo user;
    while (!r.atEnd()) {
        quint8 tag = 0;
        r.u8(&tag);
        if (tag == kRecordChange) {
            WireChange ch;
            quint64 base = 0;
            if (!r.string(&ch.changeId) || !r.string(&ch.table, &table) || !r.string(&ch.recordId) ||
                !r.string(&ch.op, &op) || !r.string(&ch.action) || !r.string(&ch.settles) || !r.string(&ch.redirect) ||
                !r.blob(&ch.fields) || !r.varint(&base) || !r.u64(&ch.hlc) || !r.string(&ch.device, &device) ||
                !r.string(&ch.user, &user) || !r.string(&ch.note)) {
                return corrupt("change record");
            }
            ch.baseVersion = qint64(base);
            if (auto s = onChange(ch); !s) {
                return s;
            }
        } else if (tag == kRecordMeta) {
            QByteArray json;
            if (!r.blob(&json)) {
                return corrupt("meta record");
            }
            if (onMeta) {
                if (auto s = onMeta(json); !s) {
                    return s;
                }
            }
        } else {
            return corrupt("record tag");
        }
    }
    return {};
}

} // namespace fieldcase::core
