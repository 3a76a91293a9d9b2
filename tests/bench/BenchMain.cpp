// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-bench [--suite storage|exchange|all] [--sizes 10000,100000] [--json FILE] [--dir WORKDIR]
#include "BenchReport.h"
#include "ExchangeBench.h"
#include "StorageBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fieldcase benchmarks: figures against raw SQLite in the same run."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Programme sizes in people (default 10000,100000)."),
                      QStringLiteral("N,N")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Also write the figures to FILE as JSON."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("suite"),
                      QStringLiteral("storage (default), exchange (sizes are changes merged) or all."),
                      QStringLiteral("NAME")});
    parser.process(app);
    const QString suite = parser.value(QStringLiteral("suite")).isEmpty() ? QStringLiteral("storage")
                                                                          : parser.value(QStringLiteral("suite"));

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
        for (int size : sizes) {
            if (suite == QStringLiteral("storage") || suite == QStringLiteral("all")) {
                fieldcase::bench::runStorageBench(size, dir, report);
            }
            if (suite == QStringLiteral("exchange") || suite == QStringLiteral("all")) {
                fieldcase::bench::runExchangeBench(size, dir, report);
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
