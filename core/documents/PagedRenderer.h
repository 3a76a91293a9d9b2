// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentBuilder.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace fieldcase::core {

// The letterhead: from the programme settings and the logos stored on this machine.
struct PageHeader {
    QString programmeName;
    QString municipality;
    QString funderLine;
    QImage leftLogo;
    QImage rightLogo;
};

// What every page of one document says around its body.
struct PageFrame {
    PageHeader header;
    QString subject;     // the document and whom it is about, repeated in the footer
    QString printedLine; // "Printed by ... on ..."
    QString versionLine; // which version of the record this is
};

// Lays a document body out on A4 pages and paints it with the letterhead and footer: page
// X of Y, who printed it and when, the record's version. Stretches marked keep-together (goals,
// signature blocks) move whole to the next page rather than split, when they fit on one.
// Pages are cut here rather than by QTextDocument's own pagination, which in Qt 6.4 can cut a
// heading line in two or leave a blank page when asked to break before a block.
class PagedRenderer {
    Q_DECLARE_TR_FUNCTIONS(PagedRenderer)

public:
    // Margins of the sheet, and the room the letterhead and footer take inside them.
    static constexpr qreal kMarginLeftMm = 18;
    static constexpr qreal kMarginRightMm = 15;
    static constexpr qreal kMarginTopMm = 10;
    static constexpr qreal kMarginBottomMm = 10;
    static constexpr qreal kHeaderMm = 22;
    static constexpr qreal kFooterMm = 12;

    // Sets A4 (portrait unless asked otherwise: a wide report table) and the margins on the
    // device; call before the painter begins.
    static void preparePage(QPagedPaintDevice& device, QPageLayout::Orientation orientation = QPageLayout::Portrait);

    explicit PagedRenderer(QPagedPaintDevice& device);

    // Qt's text layout reads the lengths of text formats (margins, padding, borders) as screen
    // pixels and scales them to the device; this is how many such units make one point here.
    qreal unitsPerPoint() const { return m_unitsPerPoint; }

    // One page of a document: the stretch [from, to) of the laid-out document, below the header
    // row [headerFrom, headerTo) of a table that continues from the page before (empty when
    // none).
    struct Slice {
        qreal from = 0;
        qreal to = 0;
        qreal headerFrom = 0;
        qreal headerTo = 0;
    };

    // Lays the document out at the width of the page body and chooses where each page ends:
    // never inside a line of text or a table row, nor inside a keep-together stretch that fits
    // on a page. A table that goes on to the next page repeats its header row there.
    QList<Slice> paginate(QTextDocument& document, const QList<KeepTogether>& units) const;

    // Paints every page of a paginated document. firstDocument false starts a new sheet first
    // (the next document of a batch).
    void paint(QPainter& painter, QTextDocument& document, const QList<Slice>& pages, const PageFrame& frame,
               bool firstDocument) const;

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal bodyHeight() const { return m_height - mm(kHeaderMm) - mm(kFooterMm); }
    void paintHeader(QPainter& painter, const PageHeader& header) const;
    void paintFooter(QPainter& painter, const PageFrame& frame, int page, int pages) const;

    QPagedPaintDevice& m_device;
    qreal m_dpi;
    qreal m_unitsPerPoint;
    qreal m_width;
    qreal m_height;
};

} // namespace fieldcase::core
