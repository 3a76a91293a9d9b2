// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-bench [--sizes 10000,100000] [--suite storage|gui|all] [--json FILE] [--dir WORKDIR]
#include "BenchReport.h"
#include "GuiBench.h"
#include "StorageBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    // The GUI bench builds real windows; without a display they are drawn off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fieldcase benchmarks: figures against raw SQLite in the same run."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Programme sizes in people (default 10000,100000)."),
                      QStringLiteral("N,N")});
    parser.addOption(
        {QStringLiteral("suite"), QStringLiteral("storage, gui or all (default all)."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Also write the figures to FILE as JSON."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.process(app);

    QList<int> sizes = {10000, 100000};
    if (parser.isSet(QStringLiteral("sizes"))) {
        sizes.clear();
        for (const QString& s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
            sizes.append(s.toInt());
        }
    }
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();

    fieldcase::bench::BenchReport report;
    try {
        const QString suite =
            parser.isSet(QStringLiteral("suite")) ? parser.value(QStringLiteral("suite")) : QStringLiteral("all");
        if (suite != QStringLiteral("all") && suite != QStringLiteral("storage") && suite != QStringLiteral("gui")) {
            std::fprintf(stderr, "fieldcase-bench: unknown suite (storage, gui or all)\n");
            return 2;
        }
        for (int people : sizes) {
            if (suite != QStringLiteral("gui")) {
                fieldcase::bench::runStorageBench(people, dir, report);
            }
            if (suite != QStringLiteral("storage")) {
                fieldcase::bench::runGuiBench(people, dir, report);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fieldcase-bench: %s\n", e.what());
        return 1;
    }
    QTextStream out(stdout);
    report.print(out);
    if (parser.isSet(QStringLiteral("json")) && !report.writeJson(parser.value(QStringLiteral("json")))) {
        std::fprintf(stderr, "fieldcase-bench: cannot write the JSON file\n");
        return 1;
    }
    return 0;
}
