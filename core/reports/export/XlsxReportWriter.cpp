// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/XlsxReportWriter.h"

#include "reports/export/ReportCellText.h"
#include "reports/export/ReportSuppression.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace fieldcase::core {

namespace {

constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;

// Column widths in Excel's units (about one digit each): wide enough for the label and the
// longest value, within limits; longer text wraps.
QList<double> columnWidths(const ReportTable& table) {
    QList<double> widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        qsizetype longest = table.columns.at(c).label.size();
        for (const QList<ReportCell>& row : table.rows) {
            longest = std::max(longest, ReportCellText::plain(row.at(c)).size());
        }
        widths.append(std::clamp(double(longest) + 2, kMinWidth, kMaxWidth));
    }
    return widths;
}

} // namespace

QString XlsxReportWriter::sheetName(const QString& title) {
    const auto tidy = [](QString name) {
        // Excel refuses a name that starts or ends with an apostrophe.
        while (!name.isEmpty() && (name.front() == QLatin1Char('\'') || name.front() == QLatin1Char(' '))) {
            name.remove(0, 1);
        }
        while (!name.isEmpty() && (name.back() == QLatin1Char('\'') || name.back() == QLatin1Char(' '))) {
            name.chop(1);
        }
        return name;
    };
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    name = tidy(tidy(name.simplified()).left(31));
    return name.isEmpty() ? tr("Report") : name;
}

Status XlsxReportWriter::write(const ReportTable& table, QIODevice& device) {
    if (auto shape = checkShape(table); !shape) {
        return shape;
    }
    // libxlsxwriter writes to a named file only; it is made in a private folder, then copied.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return makeError(ErrorCode::Io, tr("No temporary folder could be made for the spreadsheet."),
                         scratch.errorString());
    }
    const QByteArray file = QFile::encodeName(scratch.filePath(QStringLiteral("report.xlsx")));
    QByteArray tmpdir = QFile::encodeName(QDir::toNativeSeparators(scratch.path()));
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        return makeError(ErrorCode::Io, tr("The spreadsheet could not be started."), QStringLiteral("workbook_new"));
    }
    const QByteArray sheetTitle = sheetName(table.title).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetTitle.constData());
    if (!sheet) {
        workbook_close(workbook);
        return makeError(ErrorCode::Io, tr("The spreadsheet could not be started."),
                         QStringLiteral("workbook_add_worksheet"));
    }
    const QByteArray title = table.title.toUtf8();
    const QByteArray creator = QStringLiteral("Fieldcase %1").arg(QStringLiteral(FIELDCASE_VERSION)).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>(creator.constData());
    workbook_set_properties(workbook, &properties);

    lxw_format* titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    format_set_font_color(titleFormat, 0x1F3A60);
    lxw_format* subtitleFormat = workbook_add_format(workbook);
    format_set_font_color(subtitleFormat, 0x5A5A5A);
    lxw_format* headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xE8ECF1);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* textFormat = workbook_add_format(workbook);
    format_set_text_wrap(textFormat);
    format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* numberFormat = workbook_add_format(workbook);
    format_set_align(numberFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* markFormat = workbook_add_format(workbook);
    format_set_align(markFormat, LXW_ALIGN_RIGHT);
    format_set_align(markFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* noteFormat = workbook_add_format(workbook);
    format_set_italic(noteFormat);
    format_set_font_color(noteFormat, 0x5A5A5A);

    lxw_error failed = LXW_NO_ERROR;
    const auto keep = [&](lxw_error error) {
        if (failed == LXW_NO_ERROR) {
            failed = error;
        }
    };
    const auto text = [&](int row, int column, const QString& value, lxw_format* format) {
        keep(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format));
    };
    text(kTitleRow, 0, table.title, titleFormat);
    if (!table.subtitle.isEmpty()) {
        text(kSubtitleRow, 0, table.subtitle, subtitleFormat);
    }
    const QList<double> widths = columnWidths(table);
    for (int c = 0; c < table.columns.size(); ++c) {
        keep(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));
        text(kHeaderRow, c, table.columns.at(c).label, headerFormat);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const int row = kFirstDataRow + r;
        for (int c = 0; c < table.columns.size(); ++c) {
            const ReportCell& cell = table.rows.at(r).at(c);
            if (cell.suppressed) {
                text(row, c, ReportSuppression::mark(cell), markFormat);
            } else if (ReportCellText::isNumber(cell.value)) {
                keep(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(c), cell.value.toDouble(), numberFormat));
            } else if (const QString value = ReportCellText::plain(cell.value); !value.isEmpty()) {
                text(row, c, value, textFormat);
            }
        }
    }
    int noteRow = kFirstDataRow + int(table.rows.size()) + 1;
    for (const QString& note : table.notes) {
        text(noteRow++, 0, note, noteFormat);
    }
    worksheet_freeze_panes(sheet, lxw_row_t(kFirstDataRow), 0);
    worksheet_set_paper(sheet, 9); // A4
    if (table.columns.size() > 5) {
        worksheet_set_landscape(sheet);
    }
    worksheet_fit_to_pages(sheet, 1, 0);
    keep(worksheet_repeat_rows(sheet, lxw_row_t(kHeaderRow), lxw_row_t(kHeaderRow)));

    const lxw_error closed = workbook_close(workbook);
    keep(closed);
    if (failed != LXW_NO_ERROR) {
        return makeError(ErrorCode::Io, tr("The spreadsheet could not be made."),
                         QString::fromUtf8(lxw_strerror(failed)));
    }
    QFile made(QFile::decodeName(file));
    if (!made.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("The spreadsheet could not be made."), made.errorString());
    }
    return put(device, made.readAll());
}

} // namespace fieldcase::core
