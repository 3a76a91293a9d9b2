// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-bench [--suite storage|exchange|gui|documents|reports|all] [--sizes 10000,100000] [--batch 500]
//                 [--json FILE] [--dir WORKDIR]
#include "BenchReport.h"
#include "DocumentsBench.h"
#include "ExchangeBench.h"
#include "GuiBench.h"
#include "ReportsBench.h"
#include "StorageBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    // The documents suite lays out text and the GUI suite builds real windows; without a display
    // both are drawn off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fieldcase benchmarks: figures against a baseline measured in the same run."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("suite"),
         QStringLiteral("storage (default), exchange (sizes are changes merged), gui, documents, reports or all."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("sizes"),
                      QStringLiteral("Programme sizes in people, or changes for exchange (default 10000,100000)."),
                      QStringLiteral("N,N")});
    parser.addOption(
        {QStringLiteral("batch"), QStringLiteral("Plans in the documents batch (default 500)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Also write the figures to FILE as JSON."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.process(app);

    const QString suite =
        parser.isSet(QStringLiteral("suite")) ? parser.value(QStringLiteral("suite")) : QStringLiteral("storage");
    const QStringList suites = {QStringLiteral("storage"),   QStringLiteral("exchange"), QStringLiteral("gui"),
                                QStringLiteral("documents"), QStringLiteral("reports"),  QStringLiteral("all")};
    if (!suites.contains(suite)) {
        std::fprintf(stderr, "fieldcase-bench: --suite is storage, exchange, gui, documents, reports or all\n");
        return 2;
    }
    QList<int> sizes = {10000, 100000};
    if (parser.isSet(QStringLiteral("sizes"))) {
        sizes.clear();
        for (const QString& s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
            bool ok = false;
            const int size = s.toInt(&ok);
            if (!ok || size < 1) {
                std::fprintf(stderr, "fieldcase-bench: --sizes takes positive whole numbers\n");
                return 2;
            }
            sizes.append(size);
        }
    }
    const int batch = parser.isSet(QStringLiteral("batch")) ? parser.value(QStringLiteral("batch")).toInt() : 500;
    if (batch < 1) {
        std::fprintf(stderr, "fieldcase-bench: --batch must be a positive number\n");
        return 2;
    }
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    const auto runs = [&suite](const char* name) {
        return suite == QStringLiteral("all") || suite == QLatin1String(name);
    };

    fieldcase::bench::BenchReport report;
    try {
        for (int size : sizes) {
            if (runs("storage")) {
                fieldcase::bench::runStorageBench(size, dir, report);
            }
            if (runs("exchange")) {
                fieldcase::bench::runExchangeBench(size, dir, report);
            }
            if (runs("gui")) {
                fieldcase::bench::runGuiBench(size, dir, report);
            }
            if (runs("reports")) {
                fieldcase::bench::runReportsBench(size, dir, report);
            }
        }
        if (runs("documents")) {
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
