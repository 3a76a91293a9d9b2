// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "util/Language.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv) {
    // Printing documents and reports to PDF lays out text with the fonts of QtGui, which needs a
    // QGuiApplication (without a display: the batch tool never opens a window). The other verbs
    // keep to QtCore.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "report") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCASE_VERSION));
    // The same choice as the window's (FIELDCASE_LANG, the saved setting, the system), so that
    // messages and printed documents come out in the language the user works in.
    using fieldcase::core::Language;
    Language::install(Language::choose(Language::savedChoice()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fieldcase::cli::CliIo io{out, err};
    const int code = fieldcase::cli::Cli::run(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
