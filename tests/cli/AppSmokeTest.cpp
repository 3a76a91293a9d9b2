// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI executable as a user starts it: --version, and --screenshot on a demo database.
#include "CliRun.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

using namespace fieldcase;

namespace {

struct AppRun {
    int code = -1;
    QString out;
    QString err;
};

AppRun runApp(const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FIELDCASE_GUI_PATH), args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("fieldcase --version prints the version of the build", "[cli][app]") {
    const AppRun run = runApp({QStringLiteral("--version")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral(FIELDCASE_VERSION)));
}

TEST_CASE("fieldcase --screenshot saves a picture of the window with the demo people listed", "[cli][app]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const auto demo = test::cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--people"),
                                 QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3"),
                                 QStringLiteral("--today"), QStringLiteral("2026-11-30")});
    REQUIRE(demo.code == 0);
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const AppRun run = runApp({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 500);
    // A window with lists and text has many colours; an empty or failed grab has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    CHECK(colours.size() > 20);
}

TEST_CASE("fieldcase --screenshot on a database that cannot be opened says so and exits non-zero", "[cli][app]") {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("not-a-database.db"));
    test::writeFile(bad, QByteArray(4096, 'x'));
    const AppRun run = runApp(
        {QStringLiteral("--db"), bad, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("window.png"))});
    CHECK(run.code != 0);
    CHECK(run.err.startsWith(QStringLiteral("fieldcase: ")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("window.png"))));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray(4096, 'x'));
}
