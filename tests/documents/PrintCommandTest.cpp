// SPDX-License-Identifier: GPL-3.0-or-later
// fieldcase-cli print and logo, run in-process as the batch tool runs them.
#include "CliRun.h"
#include "DocumentScenario.h"
#include "PdfTools.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>

using namespace fieldcase;
using Run = fieldcase::test::CliRun;

TEST_CASE("fieldcase-cli print writes one document, or every plan of a locality awaiting signature",
          "[documents][cli]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    tdb.close();
    const QString out = QDir(tdb.dir()).filePath(QStringLiteral("plan.pdf"));

    Run one = test::cli({QStringLiteral("print"), QStringLiteral("--db"), tdb.path(), QStringLiteral("--kind"),
                         QStringLiteral("plan"), QStringLiteral("--id"), s.plan, QStringLiteral("--out"), out});
    INFO(one.err.toStdString());
    REQUIRE(one.code == cli::kExitOk);
    CHECK(test::pdf::pageCount(out) == 1);
    CHECK(test::pdf::text(out).contains(QStringLiteral("Lakatos Gábor Ödön")));

    const QString batch = QDir(tdb.dir()).filePath(QStringLiteral("batch.pdf"));
    Run many = test::cli({QStringLiteral("print"), QStringLiteral("--db"), tdb.path(), QStringLiteral("--locality"),
                          s.locality, QStringLiteral("--awaiting-signature"), QStringLiteral("--out"), batch});
    INFO(many.err.toStdString());
    REQUIRE(many.code == cli::kExitOk);
    const QString text = test::pdf::text(batch);
    CHECK(text.contains(QStringLiteral("Family development plan")));
    CHECK(text.contains(QStringLiteral("Individual development plan")));
    CHECK(many.out.contains(QStringLiteral("documents 2")));
}

TEST_CASE("fieldcase-cli print refuses an unknown kind, a missing record and an unwritable path, writing nothing",
          "[documents][cli]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    tdb.close();
    const QString out = QDir(tdb.dir()).filePath(QStringLiteral("out.pdf"));
    const QStringList base = {QStringLiteral("print"), QStringLiteral("--db"), tdb.path()};

    Run kind = test::cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("letter"), QStringLiteral("--id"),
                                            s.plan, QStringLiteral("--out"), out});
    CHECK(kind.code == cli::kExitUsage);
    CHECK(kind.err.contains(QStringLiteral("Unknown document kind \"letter\"")));
    CHECK(kind.err.contains(QStringLiteral("family-plan")));

    const QString missingId = QStringLiteral("0190f5c2-0000-7000-8000-0000000000aa");
    Run missing = test::cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("consent"),
                                               QStringLiteral("--id"), missingId, QStringLiteral("--out"), out});
    CHECK(missing.code == cli::kExitFailure);
    CHECK(missing.err.contains(missingId));

    const QString nowhere = QDir(tdb.dir()).filePath(QStringLiteral("missing-folder/out.pdf"));
    Run unwritable = test::cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("plan"),
                                                  QStringLiteral("--id"), s.plan, QStringLiteral("--out"), nowhere});
    CHECK(unwritable.code == cli::kExitFailure);
    CHECK(unwritable.err.contains(QStringLiteral("cannot be written")));

    Run empty =
        test::cli(base + QStringList{QStringLiteral("--locality"), s.otherLocality, QStringLiteral("--out"), out});
    CHECK(empty.code == cli::kExitUsage); // a batch needs --awaiting-signature

    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(QDir(tdb.dir()).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
}

TEST_CASE("fieldcase-cli logo sets a letterhead logo and refuses a file that is not an image", "[documents][cli]") {
    test::TestDatabase tdb;
    test::DocumentScenario s(tdb.db());
    tdb.close();
    const QString png = QDir(tdb.dir()).filePath(QStringLiteral("crest.png"));
    QImage crest(120, 150, QImage::Format_RGB32);
    crest.fill(QColor(20, 80, 160));
    REQUIRE(crest.save(png));
    const QString text = QDir(tdb.dir()).filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
    notes.close();

    Run set = test::cli({QStringLiteral("logo"), QStringLiteral("--db"), tdb.path(), QStringLiteral("--right"), png});
    INFO(set.err.toStdString());
    REQUIRE(set.code == cli::kExitOk);
    Run refused =
        test::cli({QStringLiteral("logo"), QStringLiteral("--db"), tdb.path(), QStringLiteral("--left"), text});
    CHECK(refused.code == cli::kExitFailure);
    CHECK(refused.err.contains(QStringLiteral("PNG, JPEG or SVG")));

    const QString out = QDir(tdb.dir()).filePath(QStringLiteral("consent.pdf"));
    Run printed =
        test::cli({QStringLiteral("print"), QStringLiteral("--db"), tdb.path(), QStringLiteral("--kind"),
                   QStringLiteral("consent"), QStringLiteral("--id"), s.consent, QStringLiteral("--out"), out});
    REQUIRE(printed.code == cli::kExitOk);
    CHECK(test::pdf::imageCount(out) == 1);
}
