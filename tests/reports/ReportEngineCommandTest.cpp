// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-cli report over the real report engine (EsfReport, IndicatorReport) on a demo
// programme. Built only where the engine is (see tests/CMakeLists.txt).
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace fieldcase;
using Run = test::CliRun;

namespace {

QStringList csvLines(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("fieldcase-cli report makes the ESF indicators of a demo programme, suppressed for outside",
          "[reports][needs-engine]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(test::cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"),
                       QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                       QStringLiteral("2026-06-15")})
                .code == cli::kExitOk);
    const QString outside = dir.filePath(QStringLiteral("esf.csv"));
    const QString internal = dir.filePath(QStringLiteral("esf-internal.csv"));
    const QStringList base = {QStringLiteral("report"),     QStringLiteral("--db"), db,
                              QStringLiteral("--esf"),      QStringLiteral("2021"), QStringLiteral("--from"),
                              QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-15"),
                              QStringLiteral("--format"),   QStringLiteral("csv"),  QStringLiteral("--out")};
    const Run run = test::cli(base + QStringList{outside});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::kExitOk);
    REQUIRE(test::cli(base + QStringList{internal, QStringLiteral("--internal")}).code == cli::kExitOk);

    const QStringList out = csvLines(outside);
    const QStringList in = csvLines(internal);
    REQUIRE(out.first() == QStringLiteral("code,label,women,men,non_binary,total,declined"));
    REQUIRE(out.size() == in.size());
    REQUIRE(out.size() > 1);
    // Column by column: every small count of the internal table is hidden outside, and every count
    // shown outside is the internal one.
    for (int r = 1; r < out.size(); ++r) {
        const QStringList o = out.at(r).split(QLatin1Char(','));
        const QStringList i = in.at(r).split(QLatin1Char(','));
        for (int c = o.size() - 5; c < o.size(); ++c) {
            const int count = i.at(c).toInt();
            if (count >= 1 && count <= 4) {
                CHECK(o.at(c) == QStringLiteral("<5"));
            } else if (o.at(c) != QStringLiteral("x")) {
                CHECK(o.at(c) == i.at(c));
            }
        }
    }
}

TEST_CASE("fieldcase-cli report makes planned against achieved of a demo programme", "[reports][needs-engine]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(test::cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"),
                       QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("7")})
                .code == cli::kExitOk);
    const QString out = dir.filePath(QStringLiteral("indicators.csv"));
    const Run run = test::cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--indicators"),
                               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::kExitOk);
    CHECK(csvLines(out).first() == QStringLiteral("code,name,unit,target,achieved,share,behind"));
}
