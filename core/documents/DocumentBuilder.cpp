// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentBuilder.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QColor kMuted(90, 90, 90);
const QColor kAccent(31, 58, 96);
const QColor kRule(120, 120, 120);
const QColor kHeaderFill(232, 236, 241);

} // namespace

DocumentBuilder::DocumentBuilder(QTextDocument& document, qreal unitsPerPoint)
    : m_document(document)
    , m_cursor(&document)
    , m_unitsPerPoint(unitsPerPoint) {
    QFont font(fontFamily());
    font.setPointSizeF(kBodyPt);
    // Hinting to a printer's grid distorts letter spacing in PDF viewers.
    font.setHintingPreference(QFont::PreferNoHinting);
    avoidLigatures(font);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    m_document.setUndoRedoEnabled(false);
}

QString DocumentBuilder::fontFamily() {
    return QStringLiteral("DejaVu Sans");
}

void DocumentBuilder::avoidLigatures(QFont& font) {
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
}

QTextCharFormat DocumentBuilder::charFormat(qreal points, bool bold, const QColor& color) const {
    QTextCharFormat format;
    format.setFontFamilies({fontFamily()});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(0.02);
    format.setFontHintingPreference(QFont::PreferNoHinting);
    return format;
}

QTextBlockFormat DocumentBuilder::blockFormat(qreal topPt, qreal bottomPt) const {
    QTextBlockFormat format;
    format.setTopMargin(px(topPt));
    format.setBottomMargin(px(bottomPt));
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    return format;
}

void DocumentBuilder::startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars, Role role) {
    if (m_fresh) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
    } else {
        m_cursor.insertBlock(block, chars);
    }
    m_fresh = false;
    // A heading keeps with what follows it up to and including its first content; a note under
    // it (an explanation above a table) goes along, and a note that is all the section says
    // ends the stretch at the next heading.
    const int here = m_cursor.block().blockNumber();
    if (m_headingStart >= 0) {
        const bool close = role == Role::Heading ? (m_headingHasContent || m_headingHasNote) : m_headingHasContent;
        if (close) {
            m_units.append({m_headingStart, here});
            m_headingStart = -1;
        }
    }
    if (role == Role::Heading) {
        if (m_headingStart < 0) {
            m_headingStart = here;
            m_headingHasContent = false;
            m_headingHasNote = false;
        }
    } else if (m_headingStart >= 0) {
        (role == Role::Content ? m_headingHasContent : m_headingHasNote) = true;
    }
}

QList<KeepTogether> DocumentBuilder::keepTogether() const {
    QList<KeepTogether> units = m_units;
    std::sort(units.begin(), units.end(), [](const KeepTogether& a, const KeepTogether& b) {
        return a.firstBlock != b.firstBlock ? a.firstBlock < b.firstBlock : a.endBlock > b.endBlock;
    });
    return units;
}

void DocumentBuilder::afterTable() {
    m_cursor = m_document.rootFrame()->lastCursorPosition();
    // The block Qt keeps after a table takes no room unless something is written into it.
    QTextBlockFormat spacer;
    spacer.setLineHeight(px(1), QTextBlockFormat::FixedHeight);
    QTextCharFormat tiny = charFormat(1);
    m_cursor.setBlockFormat(spacer);
    m_cursor.setBlockCharFormat(tiny);
    m_fresh = true;
}

void DocumentBuilder::title(const QString& title, const QString& subtitle) {
    QTextBlockFormat block = blockFormat(0, subtitle.isEmpty() ? 8 : 1);
    startBlock(block, charFormat(15, true, kAccent));
    m_cursor.insertText(title);
    if (!subtitle.isEmpty()) {
        startBlock(blockFormat(0, 8), charFormat(10.5, false, kMuted));
        m_cursor.insertText(subtitle);
    }
}

void DocumentBuilder::heading(const QString& text) {
    startBlock(blockFormat(10, 4), charFormat(11, true, kAccent), Role::Heading);
    m_cursor.insertText(text);
}

void DocumentBuilder::subheading(const QString& text) {
    startBlock(blockFormat(7, 3), charFormat(9.5, true), Role::Heading);
    m_cursor.insertText(text);
}

void DocumentBuilder::paragraph(const QString& text) {
    startBlock(blockFormat(0, 4), charFormat(kBodyPt));
    m_cursor.insertText(text);
}

void DocumentBuilder::note(const QString& text) {
    startBlock(blockFormat(0, 4), charFormat(8, false, kMuted), Role::Note);
    m_cursor.insertText(text);
}

void DocumentBuilder::fields(const QList<LabelledValue>& pairs) {
    QList<LabelledValue> shown;
    for (const LabelledValue& pair : pairs) {
        if (!pair.value.trimmed().isEmpty()) {
            shown.append(pair);
        }
    }
    if (shown.isEmpty()) {
        return;
    }
    startBlock(blockFormat(0, 0), charFormat(1));
    const int rows = int((shown.size() + 1) / 2);
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(px(1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33),
         QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33)});
    format.setBottomMargin(px(4));
    QTextTable* table = m_cursor.insertTable(rows, 4, format);
    for (int i = 0; i < shown.size(); ++i) {
        const int row = i / 2;
        const int column = (i % 2) * 2;
        QTextCursor label = table->cellAt(row, column).firstCursorPosition();
        label.insertText(shown.at(i).label, charFormat(8, false, kMuted));
        QTextCursor value = table->cellAt(row, column + 1).firstCursorPosition();
        value.insertText(shown.at(i).value, charFormat(kBodyPt));
    }
    afterTable();
}

void DocumentBuilder::table(const TableSpec& spec) {
    const int columns = int(spec.headers.size());
    if (columns == 0) {
        return;
    }
    startBlock(blockFormat(0, 0), charFormat(1));
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(std::max<qreal>(1.0, px(0.75)));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1); // repeated by PagedRenderer on the pages the table continues on
    format.setBottomMargin(px(6));
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c) {
        const qreal share = c < spec.widths.size() ? spec.widths.at(c) : 100.0 / columns;
        widths.append(QTextLength(QTextLength::PercentageLength, share));
    }
    format.setColumnWidthConstraints(widths);
    QTextTable* table = m_cursor.insertTable(int(spec.rows.size()) + 1, columns, format);

    const auto align = [&](QTextCursor cursor, int column) {
        if (column < spec.alignments.size()) {
            QTextBlockFormat aligned;
            aligned.setAlignment(spec.alignments.at(column));
            cursor.mergeBlockFormat(aligned);
        }
        return cursor;
    };
    QTextTableCellFormat headerCell;
    headerCell.setBackground(kHeaderFill);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        align(cell.firstCursorPosition(), c).insertText(spec.headers.at(c), charFormat(8, true));
    }
    // Tall rows leave room to write by hand; the padding below the text makes up the height.
    const qreal extra = spec.rowHeightPt > 0 ? std::max<qreal>(0, spec.rowHeightPt - kBodyPt * 1.6) : 0;
    QTextTableCellFormat bodyCell;
    if (extra > 0) {
        bodyCell.setBottomPadding(px(extra));
    }
    for (int r = 0; r < spec.rows.size(); ++r) {
        const QStringList& row = spec.rows.at(r);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r + 1, c);
            if (extra > 0) {
                cell.setFormat(bodyCell);
            }
            const QString text = c < row.size() ? row.at(c) : QString();
            if (!text.isEmpty()) {
                align(cell.firstCursorPosition(), c).insertText(text, charFormat(kBodyPt));
            }
        }
    }
    afterTable();
}

void DocumentBuilder::signatureBlock(const QList<Signatory>& signatories, const QString& statement) {
    beginKeepTogether();
    heading(tr("Signatures"));
    if (!statement.isEmpty()) {
        paragraph(statement);
    }
    startBlock(blockFormat(0, 0), charFormat(1));
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(std::max<qreal>(1.0, px(0.75)));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 34), QTextLength(QTextLength::PercentageLength, 30),
         QTextLength(QTextLength::PercentageLength, 16), QTextLength(QTextLength::PercentageLength, 20)});
    QTextTable* table = m_cursor.insertTable(int(signatories.size()) + 1, 4, format);
    QTextTableCellFormat headerCell;
    headerCell.setBackground(kHeaderFill);
    const QStringList headers = {tr("Name"), tr("Signature"), tr("Date"), tr("Place")};
    for (int c = 0; c < 4; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        cell.firstCursorPosition().insertText(headers.at(c), charFormat(8, true));
    }
    QTextTableCellFormat signCell;
    signCell.setBottomPadding(px(16));
    for (int r = 0; r < signatories.size(); ++r) {
        for (int c = 0; c < 4; ++c) {
            table->cellAt(r + 1, c).setFormat(signCell);
        }
        QTextCursor name = table->cellAt(r + 1, 0).firstCursorPosition();
        name.insertText(signatories.at(r).role, charFormat(7.5, false, kMuted));
        name.insertBlock();
        name.insertText(signatories.at(r).name, charFormat(kBodyPt, true));
    }
    afterTable();
    endKeepTogether();
}

void DocumentBuilder::beginKeepTogether() {
    if (!m_fresh) {
        m_cursor.insertBlock(blockFormat(0, 0), charFormat(1));
        m_fresh = true;
    }
    m_unitStart = m_cursor.block().blockNumber();
}

void DocumentBuilder::endKeepTogether() {
    if (m_unitStart < 0) {
        return;
    }
    if (!m_fresh) {
        // The unit ends where the next block begins; make that block now.
        QTextBlockFormat spacer;
        spacer.setLineHeight(px(1), QTextBlockFormat::FixedHeight);
        m_cursor.insertBlock(spacer, charFormat(1));
        m_fresh = true;
    }
    m_units.append({m_unitStart, m_cursor.block().blockNumber()});
    m_unitStart = -1;
}

} // namespace fieldcase::core
