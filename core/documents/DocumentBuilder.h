// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace fieldcase::core {

// A label and its value, printed side by side.
struct LabelledValue {
    QString label;
    QString value;
};

// Someone who signs: the role printed small above the name, the name pre-filled (empty for a
// line to write on).
struct Signatory {
    QString role;
    QString name;
};

// A table of data: header labels, rows of cells, relative column widths.
struct TableSpec {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> widths;               // percentages, one per column; even when empty
    qreal rowHeightPt = 0;           // minimum height of body rows, for lines people write on
    QList<Qt::Alignment> alignments; // one per column, header included; left when empty
};

// A stretch of the document that must stay on one page when it fits on one (a goal, a
// signature block). Block numbers: [firstBlock, endBlock) of the top-level flow.
struct KeepTogether {
    int firstBlock = 0;
    int endBlock = 0;
};

// Writes the body of a printed document into a QTextDocument, in the house style: DejaVu Sans
// (which has every Latin, Cyrillic and Greek glyph our names need), lengths given in points and
// converted for the device the document is laid out on.
class DocumentBuilder {
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    static constexpr qreal kBodyPt = 9.0;

    // unitsPerPoint: how many units of a text format's lengths make a point on the device the
    // document is laid out on (see PagedRenderer::unitsPerPoint).
    DocumentBuilder(QTextDocument& document, qreal unitsPerPoint);

    qreal px(qreal points) const { return points * m_unitsPerPoint; }
    static QString fontFamily();
    // Ligatures (fi, ff) are turned off: a PDF reader then finds "certificate" when searched for,
    // and copied text stays plain. Qt turns them off for any letter spacing that is set.
    static void avoidLigatures(QFont& font);

    void title(const QString& title, const QString& subtitle = {});
    void heading(const QString& text);
    void subheading(const QString& text);
    void paragraph(const QString& text);
    // Small grey text: explanations, "nothing recorded" lines.
    void note(const QString& text);
    // Pairs in a borderless grid, two pairs a row; pairs without a value are left out.
    void fields(const QList<LabelledValue>& pairs);
    void table(const TableSpec& spec);
    // Name, signature, date and place for each signatory; one keep-together unit.
    void signatureBlock(const QList<Signatory>& signatories, const QString& statement = {});

    // Marks the start and end of a stretch that must not be split across pages.
    void beginKeepTogether();
    void endKeepTogether();
    // In document order; a unit that holds another comes first.
    QList<KeepTogether> keepTogether() const;

private:
    // What a block is to the page cutter: a heading stays on the page of the first content that
    // follows it, and a note under a heading goes with them.
    enum class Role { Content, Heading, Note };
    // A block ready for new content: the current one when it is still unused, else a new one.
    void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars, Role role = Role::Content);
    // Leaves the cursor in the (tiny, unused) block after the last table.
    void afterTable();
    QTextCharFormat charFormat(qreal points, bool bold = false, const QColor& color = Qt::black) const;
    QTextBlockFormat blockFormat(qreal topPt, qreal bottomPt) const;

    QTextDocument& m_document;
    QTextCursor m_cursor;
    qreal m_unitsPerPoint;
    bool m_fresh = true;
    int m_unitStart = -1;
    int m_headingStart = -1; // first block of headings waiting for their content
    bool m_headingHasContent = false;
    bool m_headingHasNote = false;
    QList<KeepTogether> m_units;
};

} // namespace fieldcase::core
