// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Packages.h"

#include "exchange/Caseload.h"
#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Merger.h"
#include "exchange/PackageFile.h"
#include "exchange/RawStatement.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Text.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fieldcase::core {

namespace {

const QString kChangeColumns =
    QStringLiteral("SELECT c.seq, c.change_id, c.table_name, c.record_id, c.op, c.fields, c.base_version, c.hlc, "
                   "c.device, c.user, c.note, c.action, c.settles, c.redirect FROM change_log c ");
const QString kOwnChanges = kChangeColumns + QStringLiteral("WHERE c.device = ? AND c.seq > ? ORDER BY c.seq");
const QString kCountOwnChanges =
    QStringLiteral("SELECT count(*), max(seq) FROM change_log WHERE device = ? AND seq > ?");
// What a laptop lacks: changes of its records made elsewhere, since the last return package, and
// the whole history of records it did not hold before.
const QString kReturnWhere =
    QStringLiteral("JOIN temp.exchange_caseload k ON k.table_name = c.table_name AND k.id = c.record_id "
                   "WHERE c.device != ?1 AND (c.seq > ?2 OR NOT EXISTS (SELECT 1 FROM exchange_shipped s "
                   "WHERE s.device_id = ?1 AND s.table_name = c.table_name AND s.record_id = c.record_id))");
const QString kEnrolWhere =
    QStringLiteral("JOIN temp.exchange_caseload k ON k.table_name = c.table_name AND k.id = c.record_id ");
const QString kMarkShipped = QStringLiteral("INSERT OR IGNORE INTO exchange_shipped(device_id, table_name, record_id) "
                                            "SELECT ?, table_name, id FROM temp.exchange_caseload");
const QString kFindStaff = QStringLiteral(
    "SELECT id, username, full_name FROM staff WHERE deleted = 0 AND (username = ? OR sort_key = ?) ORDER BY id");
const QString kMaxSeq = QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log");

WireChange readChange(const RawStatement& st) {
    WireChange c;
    c.changeId = st.textAt(1);
    c.table = st.textAt(2);
    c.recordId = st.textAt(3);
    c.op = st.textAt(4);
    c.fields = st.utf8At(5);
    c.baseVersion = st.intAt(6);
    c.hlc = quint64(st.intAt(7));
    c.device = st.textAt(8);
    c.user = st.textAt(9);
    c.note = st.textAt(10);
    c.action = st.textAt(11);
    c.settles = st.textAt(12);
    c.redirect = st.textAt(13);
    return c;
}

// Streams the rows of a change query into the writer.
Status writeChanges(Database& db, RawStatement& st, PackageWriter& writer, qint64* count, qint64* maxSeq) {
    Q_UNUSED(db);
    Status s;
    while (st.step(&s)) {
        *maxSeq = std::max(*maxSeq, st.intAt(0));
        ++*count;
        if (auto w = writer.addChange(readChange(st)); !w) {
            return w;
        }
    }
    return s;
}

Result<qint64> scalarInt(Database& db, const QString& sql, const QVariantList& args = {}) {
    Statement st(db, sql);
    for (const QVariant& a : args) {
        st.bind(a);
    }
    auto v = st.scalar();
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

Result<qint64> rawScalar(Database& db, const QString& sql, const QString& device, qint64 watermark) {
    RawStatement st(db.handle(), sql);
    st.bindText(1, device);
    st.bindInt(2, watermark);
    Status s;
    if (!st.step(&s)) {
        return s.ok() ? Result<qint64>(0) : Result<qint64>(s.error());
    }
    return st.intAt(0);
}

Error ioError(const QString& path, const QString& detail) {
    return makeError(
        ErrorCode::Io,
        Packages::tr("%1 could not be written. Check that the stick or folder is writable and has room.").arg(path),
        detail);
}

// Runs a writer of a package into path: the file appears only when the writer and the database
// bookkeeping both succeeded.
Result<PackageSummary> toFile(Database& db, const QString& path,
                              const std::function<Result<PackageSummary>(QIODevice&)>& write) {
    Transaction tx(db);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(path, file.errorString());
    }
    auto summary = write(file);
    if (!summary) {
        file.cancelWriting();
        return summary.error();
    }
    if (summary->changes == 0 && summary->records == 0) {
        file.cancelWriting();
        return summary;
    }
    if (!file.commit()) {
        return ioError(path, file.errorString());
    }
    if (auto s = tx.commit(); !s) {
        QFile::remove(path);
        return s.error();
    }
    return summary;
}

} // namespace

QString Packages::suggestedName(const QString& who, quint64 sequence) {
    QString safe = text::fold(who);
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char('-');
        }
    }
    return QStringLiteral("fieldcase-%1-%2.fcx").arg(safe.isEmpty() ? QStringLiteral("package") : safe).arg(sequence);
}

Result<PackageSummary> Packages::exportTo(Database& db, QIODevice& out, bool again) {
    auto me = ExchangeIdentity::laptop(db);
    if (!me) {
        return me.error();
    }
    Transaction tx(db);
    const qint64 watermark = again ? 0 : ExchangeIdentity::counter(db, ExchangeIdentity::kExportWatermark);
    PackageSummary summary;
    summary.deviceId = me->deviceId;
    summary.deviceName = me->deviceName;
    {
        Statement count(db, kCountOwnChanges);
        count.bind(me->deviceId).bind(watermark);
        if (auto s = count.exec(); !s) {
            return s.error();
        }
        if (count.next()) {
            summary.changes = count.value(0).toLongLong();
            summary.watermark = count.value(1).toLongLong();
        }
    }
    if (summary.changes == 0) {
        return summary;
    }
    summary.sequence = quint64(ExchangeIdentity::counter(db, ExchangeIdentity::kExportSequence)) + 1;
    // Everything made here since the start is in it, so it stands in for every earlier file.
    summary.firstSequence = again ? 1 : summary.sequence;
    PackageHeader header;
    header.kind = PackageKind::Export;
    header.programmeId = uuidBytes(me->programmeId);
    header.senderId = uuidBytes(me->deviceId);
    header.sequence = summary.sequence;
    header.firstSequence = summary.firstSequence;
    header.acknowledged = quint64(ExchangeIdentity::counter(db, ExchangeIdentity::kReturnSequence));
    header.createdMs = db.clock().nowMs();
    header.changeCount = quint64(summary.changes);
    auto writer = PackageWriter::sealed(out, header, me->centralBoxPublic, me->signSecret);
    if (!writer) {
        return writer.error();
    }
    RawStatement st(db.handle(), kOwnChanges);
    st.bindText(1, me->deviceId);
    st.bindInt(2, watermark);
    qint64 written = 0;
    qint64 maxSeq = 0;
    if (auto s = writeChanges(db, st, **writer, &written, &maxSeq); !s) {
        return s.error();
    }
    if (auto s = (*writer)->finish(); !s) {
        return s.error();
    }
    summary.changes = written;
    summary.watermark = std::max(maxSeq, ExchangeIdentity::counter(db, ExchangeIdentity::kExportWatermark));
    if (auto s = ExchangeIdentity::setCounter(db, ExchangeIdentity::kExportSequence, qint64(summary.sequence)); !s) {
        return s.error();
    }
    if (auto s = ExchangeIdentity::setCounter(db, ExchangeIdentity::kExportWatermark, summary.watermark); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return summary;
}

Result<PackageSummary> Packages::exportFile(Database& db, const QString& path, bool again) {
    return toFile(db, path, [&](QIODevice& out) { return exportTo(db, out, again); });
}

Result<PackageSummary> Packages::returnTo(Database& db, const QString& deviceName, QIODevice& out, bool again) {
    auto central = ExchangeIdentity::central(db, false);
    if (!central) {
        return central.error();
    }
    DeviceRegistry registry(db);
    auto device = registry.find(deviceName);
    if (!device) {
        return device.error();
    }
    if (device->revoked) {
        return makeError(ErrorCode::Security,
                         tr("The laptop \"%1\" was revoked; it gets no more data.").arg(device->name));
    }
    Transaction tx(db);
    auto records = Caseload::fill(db, device->staffId, device->deviceId);
    if (!records) {
        return records.error();
    }
    PackageSummary summary;
    summary.deviceId = device->deviceId;
    summary.deviceName = device->name;
    summary.records = *records;
    // Again: from the start, so that the file holds what every earlier return package held.
    const qint64 watermark = again ? 0 : device->returnWatermark;
    auto count =
        rawScalar(db, QStringLiteral("SELECT count(*) FROM change_log c ") + kReturnWhere, device->deviceId, watermark);
    if (!count) {
        return count.error();
    }
    auto top = scalarInt(db, kMaxSeq);
    if (!top) {
        return top.error();
    }
    summary.changes = *count;
    summary.watermark = *top;
    if (summary.changes == 0) {
        summary.records = 0;
        Caseload::drop(db).ok();
        return summary;
    }
    summary.sequence = quint64(device->returnSequence) + 1;
    summary.firstSequence = again ? 1 : summary.sequence;
    PackageHeader header;
    header.kind = PackageKind::Return;
    header.programmeId = uuidBytes(central->programmeId);
    header.senderId = uuidBytes(central->deviceId);
    header.sequence = summary.sequence;
    header.firstSequence = summary.firstSequence;
    header.acknowledged = quint64(device->lastSequence);
    header.createdMs = db.clock().nowMs();
    header.changeCount = quint64(summary.changes);
    auto writer = PackageWriter::sealed(out, header, device->boxPublic, central->signSecret);
    if (!writer) {
        return writer.error();
    }
    RawStatement st(db.handle(), kChangeColumns + kReturnWhere + QStringLiteral(" ORDER BY c.seq"));
    st.bindText(1, device->deviceId);
    st.bindInt(2, watermark);
    qint64 written = 0;
    qint64 maxSeq = 0;
    if (auto s = writeChanges(db, st, **writer, &written, &maxSeq); !s) {
        return s.error();
    }
    if (auto s = (*writer)->finish(); !s) {
        return s.error();
    }
    Statement mark(db, kMarkShipped);
    mark.bind(device->deviceId);
    if (auto s = mark.exec(); !s) {
        return s.error();
    }
    if (auto s = registry.setReturned(device->deviceId, qint64(summary.sequence), summary.watermark); !s) {
        return s.error();
    }
    Caseload::drop(db).ok();
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return summary;
}

Result<PackageSummary> Packages::returnFile(Database& db, const QString& device, const QString& path, bool again) {
    return toFile(db, path, [&](QIODevice& out) { return returnTo(db, device, out, again); });
}

Result<PackageSummary> Packages::enrolTo(Database& db, const EnrolRequest& request, QIODevice& out) {
    const QString name = request.deviceName.simplified();
    if (name.isEmpty() || name.size() > 100) {
        return makeError(ErrorCode::InvalidInput, tr("Give the laptop a name of 1 to 100 characters."));
    }
    if (request.passphrase.trimmed().size() < 12) {
        return makeError(ErrorCode::InvalidInput, tr("The passphrase must have at least 12 characters."));
    }
    Transaction tx(db);
    auto central = ExchangeIdentity::central(db, true);
    if (!central) {
        return central.error();
    }
    QString staffId;
    QString worker = request.worker.simplified();
    {
        Statement st(db, kFindStaff);
        st.bind(worker).bind(text::fold(worker));
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        if (!st.next()) {
            return makeError(ErrorCode::NotFound,
                             tr("There is no staff member with the account or name \"%1\". Add the worker as a "
                                "staff member first.")
                                 .arg(worker.left(60)));
        }
        staffId = st.value(0).toString();
        if (!st.value(1).toString().isEmpty()) {
            worker = st.value(1).toString();
        }
    }
    if (auto existing = DeviceRegistry(db).find(name); existing.ok() && !existing->revoked) {
        return makeError(ErrorCode::Conflict, tr("A laptop called \"%1\" is already enrolled. Choose another name, "
                                                 "or revoke the old enrolment first.")
                                                  .arg(name));
    }
    const sodium::KeyPair sign = sodium::signKeyPair();
    const sodium::KeyPair box = sodium::boxKeyPair();
    DeviceInfo device;
    device.deviceId = db.ids().next();
    device.name = name;
    device.staffId = staffId;
    device.worker = worker;
    device.signPublic = sign.publicKey;
    device.boxPublic = box.publicKey;
    device.enrolledAt = db.clock().now().toString(Qt::ISODate);
    DeviceRegistry registry(db);
    if (auto s = registry.add(device); !s) {
        return s.error();
    }
    auto records = Caseload::fill(db, staffId, device.deviceId);
    if (!records) {
        return records.error();
    }
    auto count = scalarInt(db, QStringLiteral("SELECT count(*) FROM change_log c ") + kEnrolWhere);
    auto top = scalarInt(db, kMaxSeq);
    if (!count || !top) {
        return (!count ? count : top).error();
    }
    PackageHeader header;
    header.kind = PackageKind::Enrolment;
    header.programmeId = uuidBytes(central->programmeId);
    header.senderId = uuidBytes(central->deviceId);
    header.recipientKeyId = sodium::keyId(box.publicKey);
    header.createdMs = db.clock().nowMs();
    header.changeCount = quint64(*count);
    auto writer =
        PackageWriter::withPassphrase(out, header, request.passphrase, request.keyLimits, central->signSecret);
    if (!writer) {
        return writer.error();
    }
    const QJsonObject meta{
        {QStringLiteral("programme_id"), central->programmeId},
        {QStringLiteral("device_id"), device.deviceId},
        {QStringLiteral("device_name"), device.name},
        {QStringLiteral("worker"), device.worker},
        {QStringLiteral("staff_id"), device.staffId},
        {QStringLiteral("sign_public"), QString::fromLatin1(sign.publicKey.toBase64())},
        {QStringLiteral("sign_secret"), QString::fromLatin1(sign.secretKey.toBase64())},
        {QStringLiteral("box_public"), QString::fromLatin1(box.publicKey.toBase64())},
        {QStringLiteral("box_secret"), QString::fromLatin1(box.secretKey.toBase64())},
        {QStringLiteral("central_device_id"), central->deviceId},
        {QStringLiteral("central_sign_public"), QString::fromLatin1(central->signPublic.toBase64())},
        {QStringLiteral("central_box_public"), QString::fromLatin1(central->boxPublic.toBase64())},
    };
    if (auto s = (*writer)->addMeta(QJsonDocument(meta).toJson(QJsonDocument::Compact)); !s) {
        return s.error();
    }
    RawStatement st(db.handle(), kChangeColumns + kEnrolWhere + QStringLiteral(" ORDER BY c.seq"));
    qint64 written = 0;
    qint64 maxSeq = 0;
    if (auto s = writeChanges(db, st, **writer, &written, &maxSeq); !s) {
        return s.error();
    }
    if (auto s = (*writer)->finish(); !s) {
        return s.error();
    }
    Statement mark(db, kMarkShipped);
    mark.bind(device.deviceId);
    if (auto s = mark.exec(); !s) {
        return s.error();
    }
    if (auto s = registry.setReturned(device.deviceId, 0, *top); !s) {
        return s.error();
    }
    Caseload::drop(db).ok();
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    PackageSummary summary;
    summary.deviceId = device.deviceId;
    summary.deviceName = device.name;
    summary.changes = written;
    summary.records = *records;
    summary.watermark = *top;
    summary.centralKey = sodium::keyFingerprint(central->signPublic);
    return summary;
}

Result<PackageSummary> Packages::enrolFile(Database& db, const EnrolRequest& request, const QString& path) {
    return toFile(db, path, [&](QIODevice& out) { return enrolTo(db, request, out); });
}

Result<PackageSummary> Packages::join(const QString& databasePath, QIODevice& in, const QString& passphrase,
                                      const QString& centralKey) {
    const QString expectedKey = sodium::normalizedFingerprint(centralKey);
    if (!centralKey.trimmed().isEmpty() && expectedKey.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a key fingerprint: it has 32 letters and digits in 8 groups, as the "
                            "supervisor's enrolment printed it.")
                             .arg(centralKey.left(60)));
    }
    PackageReader reader;
    if (auto s = reader.open(in); !s) {
        return s.error();
    }
    if (reader.header().kind != PackageKind::Enrolment) {
        return reader.refuse(Refusal::WrongKind);
    }
    if (auto s = reader.unlockWithPassphrase(passphrase); !s) {
        Error e = s.error();
        e.message = tr("The passphrase does not open this enrolment file. Check it with your supervisor.");
        return e;
    }
    QJsonObject meta;
    QList<WireChange> changes;
    auto read = reader.read(
        [&](const WireChange& c) -> Status {
            changes.append(c);
            return {};
        },
        [&](const QByteArray& json) -> Status {
            meta = QJsonDocument::fromJson(json).object();
            return {};
        });
    if (!read) {
        Error e = read.error();
        if (reader.refusal() == Refusal::CannotDecrypt) {
            e.message = tr("The passphrase does not open this enrolment file. Check it with your supervisor.");
        }
        return e;
    }
    const auto bytes = [&](const char* key) {
        return QByteArray::fromBase64(meta.value(QLatin1String(key)).toString().toLatin1());
    };
    LaptopIdentity id;
    id.programmeId = meta.value(QStringLiteral("programme_id")).toString();
    id.deviceId = meta.value(QStringLiteral("device_id")).toString();
    id.deviceName = meta.value(QStringLiteral("device_name")).toString();
    id.worker = meta.value(QStringLiteral("worker")).toString();
    id.staffId = meta.value(QStringLiteral("staff_id")).toString();
    id.signPublic = bytes("sign_public");
    id.signSecret = bytes("sign_secret");
    id.boxPublic = bytes("box_public");
    id.boxSecret = bytes("box_secret");
    id.centralDeviceId = meta.value(QStringLiteral("central_device_id")).toString();
    id.centralSignPublic = bytes("central_sign_public");
    id.centralBoxPublic = bytes("central_box_public");
    if (id.deviceId.isEmpty() || id.signSecret.size() != sodium::kSignSecretBytes ||
        id.boxSecret.size() != sodium::kBoxSecretBytes || uuidBytes(id.programmeId) != reader.header().programmeId) {
        return reader.refuse(Refusal::CorruptPayload, QStringLiteral("enrolment details"));
    }
    // The key that signed the file is inside it (the file is encrypted with the passphrase, and
    // the laptop knows no key of the central copy yet): the signature proves no more than that the
    // file is whole, unless the key is the one the supervisor gave.
    if (auto s = reader.verify(id.centralSignPublic); !s) {
        return s.error();
    }
    const QString fingerprint = sodium::keyFingerprint(id.centralSignPublic);
    if (!expectedKey.isEmpty() && fingerprint != expectedKey) {
        return makeError(ErrorCode::Security,
                         tr("This enrolment file was not made by the central copy whose key you were given (%1): it "
                            "was signed with the key %2. Do not use it, and tell your supervisor.")
                             .arg(expectedKey, fingerprint));
    }

    DatabaseOptions options;
    auto db = Database::open(databasePath, options);
    if (!db) {
        return db.error();
    }
    const auto role = ExchangeIdentity::role(**db);
    if (role == ExchangeIdentity::Role::Central) {
        return makeError(ErrorCode::Conflict,
                         tr("%1 is a central copy; a laptop joins with a database of its own.").arg(databasePath));
    }
    if (role == ExchangeIdentity::Role::Laptop) {
        const QString programme = (*db)->meta(QStringLiteral("exchange.programme_id")).toString();
        if (programme != id.programmeId) {
            return makeError(ErrorCode::Conflict,
                             tr("This laptop's database already belongs to another programme. Use a new database "
                                "file to join this one."));
        }
        return makeError(ErrorCode::Conflict, tr("This laptop's database has already joined the programme (as \"%1\").")
                                                  .arg((*db)->meta(QStringLiteral("exchange.device.name")).toString()));
    }
    auto logged = scalarInt(**db, QStringLiteral("SELECT count(*) FROM change_log"));
    if (!logged) {
        return logged.error();
    }
    if (*logged > 0) {
        return makeError(ErrorCode::Conflict, tr("%1 already holds records. A laptop joins with a new, empty "
                                                 "database file.")
                                                  .arg(databasePath));
    }
    if (auto s = ExchangeIdentity::saveLaptop(**db, id); !s) {
        return s.error();
    }
    db->reset();
    // Opened again, so that every change made here from now on carries the enrolled device id.
    db = Database::open(databasePath, options);
    if (!db) {
        return db.error();
    }
    Transaction tx(**db);
    Merger merger(**db);
    if (auto s = merger.begin(QStringLiteral("central"), 0); !s) {
        return s.error();
    }
    for (const WireChange& c : std::as_const(changes)) {
        if (auto s = merger.add(c); !s) {
            return s.error();
        }
    }
    if (auto s = merger.finish(); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    PackageSummary summary;
    summary.deviceId = id.deviceId;
    summary.deviceName = id.deviceName;
    summary.changes = changes.size();
    summary.records = merger.counts().newRecords;
    summary.centralKey = fingerprint;
    summary.centralKeyChecked = !expectedKey.isEmpty();
    return summary;
}

} // namespace fieldcase::core
