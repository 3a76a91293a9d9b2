// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentLogos.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QImageReader>

namespace fieldcase::core {

namespace {

const QString kUpsert =
    QStringLiteral("INSERT INTO document_logo (programme_id, slot, mime, data, updated_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (programme_id, slot) DO UPDATE SET mime = excluded.mime, data = excluded.data, "
                   "updated_at = excluded.updated_at");
const QString kDelete = QStringLiteral("DELETE FROM document_logo WHERE programme_id = ? AND slot = ?");
const QString kSelect = QStringLiteral("SELECT mime, data FROM document_logo WHERE programme_id = ? AND slot = ?");

// Vector logos are drawn at this height, enough for a sharp print at 15 mm.
constexpr int kSvgRenderHeight = 600;

} // namespace

DocumentLogos::DocumentLogos(Database& db)
    : m_db(db) {}

QString DocumentLogos::slotName(Slot slot) {
    return slot == Slot::Left ? QStringLiteral("left") : QStringLiteral("right");
}

Status DocumentLogos::set(const QString& programmeId, Slot slot, const QByteArray& data) {
    if (data.size() > kMaxBytes) {
        return makeError(
            ErrorCode::InvalidInput,
            tr("The logo is larger than %1 MB. Save a smaller image and try again.").arg(kMaxBytes / (1024 * 1024)));
    }
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    QString mime;
    if (format == "png") {
        mime = QStringLiteral("image/png");
    } else if (format == "jpeg" || format == "jpg") {
        mime = QStringLiteral("image/jpeg");
    } else if (format == "svg") {
        mime = QStringLiteral("image/svg+xml");
    } else {
        return makeError(ErrorCode::Format, tr("A logo must be a PNG, JPEG or SVG image."),
                         QString::fromLatin1(format));
    }
    if (reader.read().isNull()) {
        return makeError(ErrorCode::Format, tr("The logo cannot be read as an image; it may be damaged."),
                         reader.errorString());
    }
    Statement st(m_db, kUpsert);
    st.bind(programmeId)
        .bind(slotName(slot))
        .bind(mime)
        .bind(data)
        .bind(QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), Qt::UTC).toString(Qt::ISODate));
    return st.exec();
}

Status DocumentLogos::clear(const QString& programmeId, Slot slot) {
    Statement st(m_db, kDelete);
    st.bind(programmeId).bind(slotName(slot));
    return st.exec();
}

Result<QImage> DocumentLogos::image(const QString& programmeId, Slot slot) {
    Statement st(m_db, kSelect);
    st.bind(programmeId).bind(slotName(slot));
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    if (!st.next()) {
        return QImage();
    }
    const QString mime = st.value(0).toString();
    QBuffer buffer;
    buffer.setData(st.value(1).toByteArray());
    QImageReader reader(&buffer);
    if (mime == QStringLiteral("image/svg+xml")) {
        const QSize size = reader.size();
        if (size.isValid() && size.height() > 0) {
            reader.setScaledSize(size.scaled(size.width() * kSvgRenderHeight, kSvgRenderHeight, Qt::KeepAspectRatio));
        }
    }
    // A logo that no longer decodes (a missing image plugin) leaves the letterhead without it
    // rather than stopping the print.
    return reader.read();
}

} // namespace fieldcase::core
