// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace fieldcase::test::pdf {

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString text(const QString& path, int page, bool layout) {
    QStringList args;
    if (layout) {
        args << QStringLiteral("-layout");
    }
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

int pageCount(const QString& path) {
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSizeF pageSize(const QString& path) {
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

QStringList fonts(const QString& path) {
    QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

int imageCount(const QString& path) {
    const QStringList lines =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(std::max<qsizetype>(0, lines.size() - 2));
}

void keepPageImages(const QString& path, const QString& name) {
    const QString folder = qEnvironmentVariable("FIELDCASE_KEEP_PAGES");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    QFile::remove(QDir(folder).filePath(name + QStringLiteral(".pdf")));
    QFile::copy(path, QDir(folder).filePath(name + QStringLiteral(".pdf")));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path, QDir(folder).filePath(name)});
}

} // namespace fieldcase::test::pdf
