// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

namespace fieldcase::test {

// Reads a PDF back through poppler's command-line tools, as a person's viewer would see it.
namespace pdf {

// The text of the whole file, or of one page (1-based) when page > 0; -layout keeps columns.
QString text(const QString& path, int page = 0, bool layout = false);
int pageCount(const QString& path);
// The size of the first page in points (A4 upright is about 595 x 842); empty when unreadable.
QSizeF pageSize(const QString& path);
// The rows of pdffonts after its two header lines.
QStringList fonts(const QString& path);
// How many images the file holds (pdfimages -list).
int imageCount(const QString& path);
// Renders page 1 to a PNG next to path, when FIELDCASE_KEEP_PAGES names a folder (for looking).
void keepPageImages(const QString& path, const QString& name);

} // namespace pdf
} // namespace fieldcase::test
