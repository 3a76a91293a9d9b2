// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-bench [--suite storage|documents|all] [--sizes 10000,100000] [--batch 500] [--json FILE]
//                 [--dir WORKDIR]
#include "BenchReport.h"
#include "DocumentsBench.h"
#include "StorageBench.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    // The documents suite lays out text, which needs QtGui; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fieldcase benchmarks: figures against raw SQLite in the same run."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Programme sizes in people (default 10000,100000)."),
                      QStringLiteral("N,N")});
    parser.addOption({QStringLiteral("suite"), QStringLiteral("storage, documents or all (default storage)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Plans in the documents batch (default 500)."), QStringLiteral("N")});
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

    const QString suite =
        parser.isSet(QStringLiteral("suite")) ? parser.value(QStringLiteral("suite")) : QStringLiteral("storage");
    if (suite != QStringLiteral("storage") && suite != QStringLiteral("documents") && suite != QStringLiteral("all")) {
        std::fprintf(stderr, "fieldcase-bench: --suite is storage, documents or all\n");
        return 2;
    }
    const int batch = parser.isSet(QStringLiteral("batch")) ? parser.value(QStringLiteral("batch")).toInt() : 500;
    if (batch < 1) {
        std::fprintf(stderr, "fieldcase-bench: --batch must be a positive number\n");
        return 2;
    }

    fieldcase::bench::BenchReport report;
    try {
        if (suite != QStringLiteral("documents")) {
            for (int people : sizes) {
                fieldcase::bench::runStorageBench(people, dir, report);
            }
        }
        if (suite != QStringLiteral("storage")) {
            fieldcase::bench::runDocumentsBench(batch, dir, report);
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
