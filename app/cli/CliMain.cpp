// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
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
