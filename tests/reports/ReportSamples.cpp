// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSamples.h"

#include <QFile>

namespace fieldcase::test {

using core::ReportCell;
using core::ReportColumn;
using core::ReportTable;

ReportCell cell(const QVariant& value) {
    return ReportCell{value};
}

ReportTable esfTable() {
    ReportTable table;
    table.title = QStringLiteral("ESF+ common indicators on participants (2021-2027)");
    table.subtitle = QStringLiteral("1 January 2026 to 31 December 2026, the whole programme");
    const auto part = [](const QString& key, const QString& label) {
        ReportColumn column{key, label, true};
        column.partOf = QStringLiteral("total");
        return column;
    };
    table.columns = {
        ReportColumn{QStringLiteral("code"), QStringLiteral("Code")},
        ReportColumn{QStringLiteral("label"), QStringLiteral("Indicator")},
        part(QStringLiteral("women"), QStringLiteral("Women")),
        part(QStringLiteral("men"), QStringLiteral("Men")),
        part(QStringLiteral("non_binary"), QStringLiteral("Non-binary")),
        ReportColumn{QStringLiteral("total"), QStringLiteral("Total"), true},
        part(QStringLiteral("declined"), QStringLiteral("Gender not given")),
    };
    return table;
}

void addEsfRow(ReportTable& table, const QString& code, const QString& label, int women, int men, int nonBinary,
               int declined) {
    table.rows.append({cell(code), cell(label), cell(women), cell(men), cell(nonBinary),
                       cell(women + men + nonBinary + declined), cell(declined)});
}

ReportTable indicatorTable() {
    ReportTable table;
    table.title = QStringLiteral("Planned and achieved");
    table.subtitle = QStringLiteral("2026, Hetes");
    ReportColumn achieved{QStringLiteral("achieved"), QStringLiteral("Achieved"), true};
    ReportColumn share{QStringLiteral("share"), QStringLiteral("Share of target")};
    share.derivedFrom = QStringLiteral("achieved");
    ReportColumn behind{QStringLiteral("behind"), QStringLiteral("Behind target")};
    behind.derivedFrom = QStringLiteral("achieved");
    table.columns = {
        ReportColumn{QStringLiteral("code"), QStringLiteral("Code")},
        ReportColumn{QStringLiteral("name"), QStringLiteral("Indicator")},
        ReportColumn{QStringLiteral("unit"), QStringLiteral("Unit")},
        ReportColumn{QStringLiteral("target"), QStringLiteral("Target")},
        achieved,
        share,
        behind,
    };
    table.rows = {
        {cell(QStringLiteral("P1")), cell(QStringLiteral("People with a development plan")),
         cell(QStringLiteral("people")), cell(40), cell(3), cell(0.075), cell(37)},
        {cell(QStringLiteral("P2")), cell(QStringLiteral("People back in work")), cell(QStringLiteral("people")),
         cell(10), cell(12), cell(1.2), cell(0)},
    };
    return table;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace fieldcase::test
