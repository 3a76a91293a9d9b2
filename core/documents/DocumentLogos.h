// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace fieldcase::core {

class Database;

// The logos in the letterhead of printed documents, one on the left and one on the right, per
// programme. Stored in this database only (see the migration that adds document_logo).
class DocumentLogos {
    Q_DECLARE_TR_FUNCTIONS(DocumentLogos)

public:
    enum class Slot { Left, Right };
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;

    explicit DocumentLogos(Database& db);

    // Stores a PNG, JPEG or SVG image; anything else, or a file that does not decode, is
    // refused and the stored logo stays as it was.
    Status set(const QString& programmeId, Slot slot, const QByteArray& data);
    Status clear(const QString& programmeId, Slot slot);
    // The logo rendered to an image (null when there is none).
    Result<QImage> image(const QString& programmeId, Slot slot);

    static QString slotName(Slot slot);

private:
    Database& m_db;
};

} // namespace fieldcase::core
