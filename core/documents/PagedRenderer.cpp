// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PagedRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace fieldcase::core {

namespace {

QFont pageFont(qreal points, bool bold = false) {
    QFont font(DocumentBuilder::fontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    DocumentBuilder::avoidLigatures(font);
    return font;
}

// Measures the scale rather than assuming it: it depends on the screen's resolution (or its
// absence in the batch tool) as well as on the device's.
qreal measureUnitsPerPoint(QPagedPaintDevice& device) {
    constexpr qreal kProbe = 100;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(&device);
    probe.setDocumentMargin(kProbe);
    probe.setPlainText(QStringLiteral("x"));
    const qreal devicePixels = probe.documentLayout()->blockBoundingRect(probe.begin()).left();
    const qreal devicePixelsPerPoint = device.logicalDpiY() / 72.0;
    if (devicePixels <= 0) {
        return devicePixelsPerPoint;
    }
    return devicePixelsPerPoint * kProbe / devicePixels;
}

} // namespace

void PagedRenderer::preparePage(QPagedPaintDevice& device, QPageLayout::Orientation orientation) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                     QMarginsF(kMarginLeftMm, kMarginTopMm, kMarginRightMm, kMarginBottomMm),
                                     QPageLayout::Millimeter));
}

PagedRenderer::PagedRenderer(QPagedPaintDevice& device)
    : m_device(device)
    , m_dpi(device.logicalDpiY())
    , m_unitsPerPoint(measureUnitsPerPoint(device))
    , m_width(device.width())
    , m_height(device.height()) {}

QList<PagedRenderer::Slice> PagedRenderer::paginate(QTextDocument& document, const QList<KeepTogether>& units) const {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    layout->setPaintDevice(&m_device);
    document.setPageSize(QSizeF(m_width, -1)); // one long page; cut below
    const qreal pageHeight = bodyHeight();
    const qreal end = layout->documentSize().height();

    struct Span {
        qreal from;
        qreal to;
        qreal slack = 0.5; // how far a cut may reach into it: rows and stretches meet with some overlap
    };
    // The edges of rows and stretches are estimated from the text inside them, so neighbours
    // overlap by a few pixels; without slack one cut would slide up through all of them.
    const qreal blockSlack = mm(1);
    // Where a page must not end: inside a line, a table row or a short keep-together stretch.
    QList<Span> keep;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout* text = block.layout();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            keep.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
    }
    // Tables with a header row, which is repeated on the pages they continue on.
    QList<Span> headers;
    QList<Span> headedTables;
    const auto tables = [&](const auto& self, QTextFrame* frame) -> void {
        for (QTextFrame* child : frame->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(child)) {
                // A row runs from just above its first text to just above the next row's.
                const qreal padding = table->format().cellPadding() * m_dpi / 72.0 / m_unitsPerPoint;

                QList<qreal> rowTops;
                for (int row = 0; row < table->rows(); ++row) {
                    qreal top = end;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                    }
                    rowTops.append(top - padding);
                }
                // The frame's rectangle takes in its outer margins; a row ends at the border.
                const qreal unit = m_dpi / 72.0 / m_unitsPerPoint;
                QRectF box = layout->frameBoundingRect(table);
                box.adjust(0, table->format().topMargin() * unit, 0, -table->format().bottomMargin() * unit);
                rowTops.append(box.bottom());
                for (int row = 0; row + 1 < rowTops.size(); ++row) {
                    keep.append({rowTops.at(row), rowTops.at(row + 1), blockSlack});
                }
                if (table->format().headerRowCount() > 0 && rowTops.size() > 2) {
                    headers.append({box.top(), rowTops.at(1)});
                    headedTables.append({rowTops.at(1), box.bottom()});
                    // The header never ends a page on its own.
                    keep.append({box.top(), rowTops.at(std::min<qsizetype>(2, rowTops.size() - 1)), blockSlack});
                }
            }
            self(self, child);
        }
    };
    tables(tables, document.rootFrame());
    for (const KeepTogether& unit : units) {
        const QTextBlock first = document.findBlockByNumber(unit.firstBlock);
        const QTextBlock last = document.findBlockByNumber(unit.endBlock);
        if (!first.isValid()) {
            continue;
        }
        const qreal top = layout->blockBoundingRect(first).top();
        const qreal bottom = last.isValid() ? layout->blockBoundingRect(last).top() : end;
        if (bottom - top <= pageHeight) {
            keep.append({top, bottom, blockSlack});
        }
    }

    QList<Slice> pages;
    qreal start = 0;
    while (true) {
        Slice page{start, end, 0, 0};
        for (int i = 0; i < headedTables.size(); ++i) {
            if (start > headedTables.at(i).from + 0.5 && start < headedTables.at(i).to - 0.5) {
                page.headerFrom = headers.at(i).from;
                page.headerTo = headers.at(i).to;
            }
        }
        const qreal room = pageHeight - (page.headerTo - page.headerFrom);
        if (end - start <= room) {
            pages.append(page);
            break;
        }
        qreal cut = start + room;
        // Move the cut up to the start of whatever it would split, until it splits nothing.
        for (bool moved = true; moved;) {
            moved = false;
            for (const Span& span : std::as_const(keep)) {
                if (span.from > start + 0.5 && span.from < cut - 0.5 && span.to > cut + span.slack) {
                    cut = span.from;
                    moved = true;
                }
            }
        }
        if (cut <= start + 1) {
            cut = start + room; // something taller than a page: cut it where the page ends
        }
        page.to = cut;
        pages.append(page);
        start = cut;
    }
    return pages;
}

void PagedRenderer::paint(QPainter& painter, QTextDocument& document, const QList<Slice>& pages, const PageFrame& frame,
                          bool firstDocument) const {
    const qreal bodyTop = mm(kHeaderMm);
    // The layout paints every line that touches the clip; a hair's margin keeps a line that
    // begins exactly at a cut from also being painted (clipped, but still in the PDF's text) on
    // the page before.
    const qreal hair = mm(0.2);
    const auto paintStretch = [&](qreal from, qreal to, qreal at) {
        painter.save();
        painter.translate(0, at - from);
        const QRectF clip(0, from, m_width, to - from);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip.adjusted(0, hair, 0, -hair);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    for (int i = 0; i < pages.size(); ++i) {
        if (!firstDocument || i > 0) {
            m_device.newPage();
        }
        const Slice& page = pages.at(i);
        paintHeader(painter, frame.header);
        const qreal header = page.headerTo - page.headerFrom;
        if (header > 0) {
            paintStretch(page.headerFrom, page.headerTo, bodyTop);
        }
        paintStretch(page.from, page.to, bodyTop + header);
        paintFooter(painter, frame, i + 1, int(pages.size()));
    }
}

void PagedRenderer::paintHeader(QPainter& painter, const PageHeader& header) const {
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal logoHeight = mm(15);
    const qreal logoMaxWidth = mm(40);
    const auto logoRect = [&](const QImage& image) {
        QSizeF size = image.size();
        size.scale(logoMaxWidth, logoHeight, Qt::KeepAspectRatio);
        return size;
    };
    qreal textLeft = 0;
    qreal textRight = m_width;
    if (!header.leftLogo.isNull()) {
        const QSizeF size = logoRect(header.leftLogo);
        painter.drawImage(QRectF(QPointF(0, 0), size), header.leftLogo);
        textLeft = size.width() + mm(4);
    }
    if (!header.rightLogo.isNull()) {
        const QSizeF size = logoRect(header.rightLogo);
        painter.drawImage(QRectF(QPointF(m_width - size.width(), 0), size), header.rightLogo);
        textRight = m_width - size.width() - mm(4);
    }
    const qreal textWidth = std::max<qreal>(textRight - textLeft, mm(20));
    qreal y = 0;
    const auto line = [&](const QFont& font, const QColor& color, const QString& text, int maxLines) {
        if (text.isEmpty()) {
            return;
        }
        painter.setFont(font);
        painter.setPen(color);
        const QFontMetricsF metrics(font, &m_device);
        const qreal height = metrics.lineSpacing() * maxLines;
        QRectF box(textLeft, y, textWidth, height);
        QRectF used;
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        y += std::min(used.height(), height) + mm(0.6);
    };
    line(pageFont(10.5, true), QColor(31, 58, 96), header.programmeName, 1);
    line(pageFont(8.5), Qt::black, header.municipality, 1);
    line(pageFont(7.5), QColor(90, 90, 90), header.funderLine, 2);
    const qreal ruleY = mm(kHeaderMm) - mm(4);
    painter.setPen(QPen(QColor(120, 120, 120), mm(0.25)));
    painter.drawLine(QPointF(0, ruleY), QPointF(m_width, ruleY));
    painter.restore();
}

void PagedRenderer::paintFooter(QPainter& painter, const PageFrame& frame, int page, int pages) const {
    painter.save();
    const qreal top = m_height - mm(kFooterMm) + mm(3);
    painter.setPen(QPen(QColor(120, 120, 120), mm(0.25)));
    painter.drawLine(QPointF(0, top), QPointF(m_width, top));
    const QFont font = pageFont(7.5);
    const QFontMetricsF metrics(font, &m_device);
    painter.setFont(font);
    painter.setPen(QColor(60, 60, 60));
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pages);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + mm(2);
    const qreal lineHeight = metrics.lineSpacing();
    const qreal leftWidth = m_width - pageWidth - mm(4);
    const qreal y1 = top + mm(1);
    const qreal y2 = y1 + lineHeight;
    painter.drawText(QRectF(0, y1, leftWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(frame.subject, Qt::ElideRight, leftWidth));
    const qreal half = m_width / 2 - mm(2);
    painter.drawText(QRectF(0, y2, half, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(frame.printedLine, Qt::ElideRight, half));
    painter.setFont(pageFont(7.5, true));
    painter.drawText(QRectF(m_width - pageWidth, y1, pageWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                     pageText);
    painter.setFont(font);
    painter.drawText(QRectF(m_width - half, y2, half, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(frame.versionLine, Qt::ElideRight, half));
    painter.restore();
}

} // namespace fieldcase::core
