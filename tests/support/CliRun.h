// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fieldcase::test {

// What one in-process run of fieldcase-cli printed, and its exit code.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args) {
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::CliIo io{out, err};
    r.code = cli::Cli::run(args, io);
    out.flush();
    err.flush();
    return r;
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace fieldcase::test
