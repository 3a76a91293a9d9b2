// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer, byte for byte, on a table made by hand.
#include "ReportSamples.h"

#include "reports/export/CsvReportWriter.h"
#include "reports/export/ReportSuppression.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace fieldcase;
using core::ReportCell;
using core::ReportColumn;
using core::ReportTable;
using test::cell;

namespace {

ReportTable awkwardTable() {
    ReportTable table;
    table.title = QStringLiteral("Participants by case manager");
    table.notes = {QStringLiteral("A note that CSV leaves out.")};
    table.columns = {ReportColumn{QStringLiteral("code"), QStringLiteral("Code")},
                     ReportColumn{QStringLiteral("label"), QStringLiteral("Label")},
                     ReportColumn{QStringLiteral("people"), QStringLiteral("People"), true},
                     ReportColumn{QStringLiteral("share"), QStringLiteral("Share")}};
    ReportCell suppressed;
    suppressed.suppressed = true;
    ReportCell hidden = suppressed;
    hidden.secondary = true;
    table.rows = {
        {cell(QStringLiteral("EECO01")), cell(QStringLiteral("Unemployed, including long-term unemployed")), cell(12),
         cell(0.6)},
        {cell(QStringLiteral("EECO02")), cell(QStringLiteral("Lakatosné Szűcs Erzsébet")), cell(0), cell(0.125)},
        {cell(QStringLiteral("Q\"7")), cell(QStringLiteral("She said \"yes\", then \"no\"")), cell(1234567),
         cell(1234567.5)},
        {cell(QStringLiteral("Горно Поле")), cell(QStringLiteral("line one\nline two")), suppressed, cell(QVariant())},
        {cell(QStringLiteral("")), cell(QVariant()), hidden, cell(-0.0)},
        {cell(QStringLiteral("dates")), cell(QDate(2026, 1, 31)), cell(qlonglong(3000000000)), cell(1.0 / 3)},
    };
    return table;
}

const QByteArray kExpected = "code,label,people,share\n"
                             "EECO01,\"Unemployed, including long-term unemployed\",12,0.6\n"
                             "EECO02,Lakatosné Szűcs Erzsébet,0,0.125\n"
                             "\"Q\"\"7\",\"She said \"\"yes\"\", then \"\"no\"\"\",1234567,1234567.5\n"
                             "Горно Поле,\"line one\nline two\",<5,\n"
                             ",,x,0\n"
                             "dates,2026-01-31,3000000000,0.3333333333333333\n";

} // namespace

TEST_CASE("CSV is UTF-8 without a BOM, quoted as RFC 4180 says, with plain numbers and a final newline", "[reports]") {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(core::CsvReportWriter().write(awkwardTable(), buffer).ok());
    CHECK(buffer.data() == kExpected);
    CHECK(!buffer.data().startsWith("\xEF\xBB\xBF"));
    CHECK(buffer.data().endsWith('\n'));
}

TEST_CASE("CSV numbers do not follow the language of the machine", "[reports]") {
    const QLocale before;
    // Hungarian writes 1 234 567,5.
    QLocale::setDefault(QLocale(QLocale::Hungarian, QLocale::Hungary));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool written = core::CsvReportWriter().write(awkwardTable(), buffer).ok();
    QLocale::setDefault(before);
    REQUIRE(written);
    CHECK(buffer.data() == kExpected);
}

TEST_CASE("CSV of a table for outside the programme writes its suppressed cells as <5", "[reports]") {
    ReportTable table = test::esfTable();
    test::addEsfRow(table, QStringLiteral("EECO01"), QStringLiteral("Unemployed"), 12, 3, 0, 5);
    const ReportTable out = core::ReportSuppression::forOutside(table);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(core::CsvReportWriter().write(out, buffer).ok());
    CHECK(buffer.data() == "code,label,women,men,non_binary,total,declined\n"
                           "EECO01,Unemployed,12,<5,0,20,x\n");
}

TEST_CASE("A CSV file is written whole or not at all", "[reports]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("esf.csv"));
    core::CsvReportWriter writer;
    REQUIRE(writer.writeFile(awkwardTable(), path).ok());
    CHECK(test::readAll(path) == kExpected);

    // A table whose rows do not fit its columns is refused, and the earlier file stays.
    ReportTable broken = awkwardTable();
    broken.rows[2].removeLast();
    const core::Status refused = writer.writeFile(broken, path);
    REQUIRE(!refused);
    CHECK(refused.error().code == core::ErrorCode::InvalidInput);
    CHECK(test::readAll(path) == kExpected);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("esf.csv")});

    // A folder that does not exist.
    const QString nowhere = dir.filePath(QStringLiteral("no such folder/esf.csv"));
    const core::Status missing = writer.writeFile(awkwardTable(), nowhere);
    REQUIRE(!missing);
    CHECK(missing.error().code == core::ErrorCode::Io);
    CHECK(missing.error().message.contains(QStringLiteral("no such folder")));
    CHECK(missing.error().message.contains(QStringLiteral("Choose a folder you can write to")));
    CHECK(!QFile::exists(nowhere));

    // A folder given as the file.
    const core::Status folder = writer.writeFile(awkwardTable(), dir.path());
    REQUIRE(!folder);
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
}

namespace {

// A device that takes a few bytes and then reports the disk full, as a file on a full disk does.
class FullDisk : public QIODevice {
public:
    explicit FullDisk(qint64 room)
        : m_room(room) {}

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override {
        if (m_room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 taken = std::min(length, m_room);
        m_room -= taken;
        return taken;
    }

private:
    qint64 m_room;
};

} // namespace

TEST_CASE("A device that fills up stops the CSV with an error that says why", "[reports]") {
    FullDisk device(40);
    device.open(QIODevice::WriteOnly);
    const core::Status written = core::CsvReportWriter().write(awkwardTable(), device);
    REQUIRE(!written);
    CHECK(written.error().code == core::ErrorCode::Io);
    CHECK(written.error().detail == QStringLiteral("No space left on device"));
}
