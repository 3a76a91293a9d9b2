// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/PdfReportWriter.h"

#include "documents/DocumentBuilder.h"
#include "documents/DocumentData.h"
#include "reports/export/ReportCellText.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace fieldcase::core {

namespace {

// The same resolution as the printed documents: exact text, sharp logos.
constexpr int kPdfResolution = 300;
// About how many characters of body text fit across the page body: A4 upright is 177 mm wide
// inside the margins, and a character of 9 pt DejaVu Sans takes about 1.8 mm.
constexpr qreal kUprightCharacters = 100;
// Longer text wraps within its column rather than widening the table.
constexpr qreal kWrapCharacters = 40;
// A cell's padding and borders, in characters.
constexpr qreal kCellRoom = 4;
// The labels are bold, which is wider.
constexpr qreal kBoldWidth = 1.2;

// How wide each column wants to be, in characters: the longest word of its label or its longest
// value, whichever is wider, up to where text wraps.
QList<qreal> characterWidths(const ReportTable& table) {
    const QLocale locale;
    QList<qreal> widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        qreal longest = 0;
        for (const QString& word : table.columns.at(c).label.split(QLatin1Char(' '))) {
            longest = std::max(longest, qreal(word.size()) * kBoldWidth); // a label breaks between words
        }
        for (const QList<ReportCell>& row : table.rows) {
            longest = std::max(longest, qreal(ReportCellText::shown(row.at(c), locale).size()));
        }
        widths.append(std::clamp<qreal>(longest, 3, kWrapCharacters) + kCellRoom);
    }
    return widths;
}

qreal sum(const QList<qreal>& widths) {
    qreal total = 0;
    for (qreal width : widths) {
        total += width;
    }
    return total;
}

bool numeric(const ReportTable& table, int column) {
    if (table.columns.at(column).countsPeople) {
        return true;
    }
    bool any = false;
    for (const QList<ReportCell>& row : table.rows) {
        const ReportCell& cell = row.at(column);
        if (cell.suppressed) {
            continue;
        }
        if (!cell.value.isNull() && !ReportCellText::isNumber(cell.value)) {
            return false;
        }
        any = any || !cell.value.isNull();
    }
    return any;
}

} // namespace

PdfReportWriter::PdfReportWriter(PageHeader header, QString printedLine)
    : m_header(std::move(header))
    , m_printedLine(std::move(printedLine)) {}

Result<PdfReportWriter> PdfReportWriter::forDatabase(Database& db) {
    DocumentData data(db);
    auto header = data.header({});
    if (!header) {
        return header.error();
    }
    return PdfReportWriter(*header, data.printedLine());
}

QPageLayout::Orientation PdfReportWriter::orientationFor(const ReportTable& table) {
    return sum(characterWidths(table)) > kUprightCharacters ? QPageLayout::Landscape : QPageLayout::Portrait;
}

Status PdfReportWriter::write(const ReportTable& table, QIODevice& device) {
    if (auto shape = checkShape(table); !shape) {
        return shape;
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Unsupported, tr("Printing needs the graphical part of Qt, which is not running."),
                         QStringLiteral("no QGuiApplication"));
    }
    // Made in memory and handed on whole, so that a device that fails is noticed.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Fieldcase %1").arg(QStringLiteral(FIELDCASE_VERSION)));
        writer.setTitle(table.title);
        PagedRenderer::preparePage(writer, orientationFor(table));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return makeError(ErrorCode::Io, tr("The PDF could not be started."));
        }
        const PagedRenderer renderer(writer);
        QTextDocument document;
        DocumentBuilder builder(document, renderer.unitsPerPoint());
        builder.title(table.title, table.subtitle);

        const QLocale locale;
        const QList<qreal> widths = characterWidths(table);
        const qreal total = sum(widths);
        TableSpec spec;
        for (int c = 0; c < table.columns.size(); ++c) {
            spec.headers.append(table.columns.at(c).label);
            spec.widths.append(std::max(1, qRound(widths.at(c) * 100 / total)));
            spec.alignments.append(numeric(table, c) ? Qt::AlignRight : Qt::AlignLeft);
        }
        for (const QList<ReportCell>& row : table.rows) {
            QStringList cells;
            for (const ReportCell& cell : row) {
                cells.append(ReportCellText::shown(cell, locale));
            }
            spec.rows.append(cells);
        }
        builder.table(spec);
        for (const QString& note : table.notes) {
            builder.note(note);
        }
        const QList<PagedRenderer::Slice> pages = renderer.paginate(document, builder.keepTogether());
        PageFrame frame;
        frame.header = m_header;
        frame.subject = table.title;
        frame.printedLine = m_printedLine;
        frame.versionLine = table.leavesProgramme ? tr("For use outside the programme: small counts suppressed")
                                                  : tr("Internal: holds small counts; not to leave the programme");
        renderer.paint(painter, document, pages, frame, true);
        m_lastPageCount = int(pages.size());
        if (!painter.end()) {
            return makeError(ErrorCode::Io, tr("The PDF could not be finished."));
        }
    }
    return put(device, pdf.data());
}

} // namespace fieldcase::core
