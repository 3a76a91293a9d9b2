// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char** argv) {
    // Printing lays out text with the fonts of QtGui, which needs a QGuiApplication; the batch
    // tool never opens a window, so it needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCASE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    fieldcase::cli::CliIo io{out, err};
    const int code = fieldcase::cli::Cli::run(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
