// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"
#include "SetAsideRow.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictInbox.h"
#include "exchange/ConflictStore.h"
#include "exchange/DuplicateReview.h"
#include "exchange/EnrolDialog.h"
#include "exchange/ExchangeActions.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/MergeDialog.h"
#include "exchange/Packages.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace fieldcase;
using fieldcase::test::ExchangeWorld;

namespace {

// Pictures of the screens go to FIELDCASE_SCREENSHOTS when it is set, so that a person can look.
void keepPicture(QWidget& widget, const QString& name) {
    widget.show();
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("FIELDCASE_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        CHECK(widget.grab().save(QDir(dir).filePath(name)));
    }
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("The laptop exports its changes with one action, and says when there is nothing new", "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    REQUIRE(core::RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 555 6666")}}));
    ui::MainWindow window(ui::AppContext{erika.db->db()});
    QMenu* exchange = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->text().contains(QStringLiteral("xchange"))) {
            exchange = a->menu();
        }
    }
    REQUIRE(exchange != nullptr);
    QStringList actions;
    for (QAction* a : exchange->actions()) {
        actions.append(a->text());
    }
    CHECK(actions.contains(QStringLiteral("&Export changes...")));
    CHECK(actions.contains(QStringLiteral("Export everything &again (a file was lost)...")));
    keepPicture(window, QStringLiteral("exchange-laptop-window.png"));

    const QString path = QDir(erika.db->dir()).filePath(QStringLiteral("erika-1.fcx"));
    bool ok = false;
    const QString message = ui::exportChanges(ui::AppContext{erika.db->db()}, path, &ok);
    CHECK(ok);
    CHECK(message.startsWith(QStringLiteral("Exported 1 change")));
    CHECK(message.contains(QStringLiteral("as file 1")));
    CHECK(QFileInfo::exists(path));
    const QString again = ui::exportChanges(ui::AppContext{erika.db->db()},
                                            QDir(erika.db->dir()).filePath(QStringLiteral("erika-2.fcx")), &ok);
    CHECK(ok);
    CHECK(again.startsWith(QStringLiteral("Nothing new to export")));
    CHECK_FALSE(QFileInfo::exists(QDir(erika.db->dir()).filePath(QStringLiteral("erika-2.fcx"))));
    // The first file was lost: everything again, in a file that stands in for it.
    const QString everything = ui::exportChanges(
        ui::AppContext{erika.db->db()}, QDir(erika.db->dir()).filePath(QStringLiteral("erika-2.fcx")), &ok, true);
    CHECK(ok);
    CHECK(everything.contains(QStringLiteral("as file 2")));
    CHECK(everything.contains(QStringLiteral("with everything since file 1")));
    CHECK(QFileInfo::exists(QDir(erika.db->dir()).filePath(QStringLiteral("erika-2.fcx"))));
}

TEST_CASE("The merge dialog previews each file, writes nothing until Merge, then merges and reports",
          "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    test::Builders(erika.db->db())
        .person(world.householdId(), QStringLiteral("Lakatos"), QStringLiteral("Nikolett"),
                QStringLiteral("2017-02-02"));
    REQUIRE(core::RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 555 0001")}}));
    world.tick();
    REQUIRE(core::RecordStore(peter.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 555 0002")}}));
    const QString dir = world.central().dir();
    const QString a = writeFile(dir, QStringLiteral("fieldcase-erika-1.fcx"), world.exportFrom(erika));
    const QString b = writeFile(dir, QStringLiteral("fieldcase-peter-1.fcx"), world.exportFrom(peter));
    const QString bad = writeFile(dir, QStringLiteral("photo-from-the-stick.fcx"), QByteArray("not a package at all"));
    const QByteArray before = ExchangeWorld::dumpHash(world.central().db());

    ui::MergeDialog dialog(ui::AppContext{world.central().db()});
    dialog.addFiles({b, bad, a});
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    QStringList statuses;
    for (int row = 0; row < 3; ++row) {
        statuses.append(table->item(row, 7)->text());
    }
    CHECK(statuses.filter(QStringLiteral("ready to merge")).size() == 2);
    CHECK(statuses.filter(QStringLiteral("not a Fieldcase exchange file")).size() == 1);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) == before);
    CHECK(dialog.mergeButton()->isEnabled());
    keepPicture(dialog, QStringLiteral("exchange-merge-preview.png"));

    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    CHECK(ExchangeWorld::dumpHash(world.central().db()) != before);
    statuses.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        statuses.append(table->item(row, 7)->text());
    }
    CHECK(statuses.filter(QStringLiteral("merged")).size() == 2);
    CHECK(dialog.report()->toPlainText().contains(QStringLiteral("Backup before merging")));
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
    keepPicture(dialog, QStringLiteral("exchange-merge-done.png"));
}

TEST_CASE("The merge dialog says that changes set aside are kept, and when earlier ones are merged", "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    const QString dir = world.central().dir();
    // From a laptop of a later version: a field this one does not know.
    const QString file = writeFile(
        dir, QStringLiteral("fieldcase-erika-1.fcx"),
        ExchangeWorld::handMadeExport(
            erika, {ExchangeWorld::personChange(erika, world.people().at(0), R"({"nickname":[null,"Erzsi"]})")}));
    ui::MergeDialog dialog(ui::AppContext{world.central().db()});
    dialog.addFiles({file});
    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    CHECK(dialog.table()->item(0, 7)->text().contains(QStringLiteral("1 change set aside")));
    const QString report = dialog.report()->toPlainText();
    CHECK(report.contains(QStringLiteral("Set aside: person")));
    CHECK(report.contains(QStringLiteral("they are kept, and merged as soon as this copy can use them")));

    // One that an earlier version set aside and this one can use goes in with the next merge.
    test::SetAsideRow row;
    row.changeId = erika.db->db().ids().next();
    row.sender = erika.deviceId;
    row.reason = QStringLiteral("person has no field \"languages\"");
    row.table = QStringLiteral("person");
    row.recordId = world.people().at(1);
    row.fields = QStringLiteral(R"({"languages":[null,"romani"]})");
    row.hlc = erika.db->db().hlc().now();
    row.device = erika.deviceId;
    row.user = QStringLiteral("erika");
    test::writeSetAside(world.central().path(), row);
    const QString second =
        writeFile(dir, QStringLiteral("fieldcase-erika-2.fcx"),
                  ExchangeWorld::handMadeExport(
                      erika,
                      {ExchangeWorld::personChange(erika, world.people().at(0),
                                                   R"({"phone":["+36 30 111 2222","+36 30 555 0001"]})")},
                      2));
    ui::MergeDialog next(ui::AppContext{world.central().db()});
    next.addFiles({second});
    REQUIRE(next.mergeButton()->isEnabled());
    CHECK(next.report()->toPlainText().contains(
        QStringLiteral("1 change that an earlier merge had set aside will be merged first")));
    QTest::mouseClick(next.mergeButton(), Qt::LeftButton);
    CHECK(next.report()->toPlainText().contains(
        QStringLiteral("1 change that an earlier merge had set aside is merged now")));
    CHECK(core::RecordStore(world.central().db())
              .get(QStringLiteral("person"), world.people().at(1))
              ->text(QStringLiteral("languages")) == QStringLiteral("romani"));
}

TEST_CASE("The conflict inbox shows both versions side by side and resolves with one click", "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(core::RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 123 4567")}}));
    world.tick(60000);
    REQUIRE(core::RecordStore(peter.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 70 765 4321")}}));
    REQUIRE(core::RecordStore(peter.db->db()).remove(QStringLiteral("person"), world.people().at(2)));
    world.tick(60000);
    REQUIRE(core::RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(2),
                        {{QStringLiteral("notes"), QStringLiteral("Jelentkezett a tanfolyamra.")}}));
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));

    ui::ConflictInbox inbox(ui::AppContext{world.central().db()});
    REQUIRE(inbox.list()->count() == 2);
    inbox.list()->setCurrentRow(0);
    REQUIRE(inbox.takeButtons().size() == 2);
    keepPicture(inbox, QStringLiteral("exchange-conflict-inbox.png"));
    // Take Erika's number (version A), with one click.
    QTest::mouseClick(inbox.takeButtons().at(0), Qt::LeftButton);
    CHECK(inbox.list()->count() == 1);
    CHECK(core::RecordStore(world.central().db())
              .get(QStringLiteral("person"), world.people().at(0))
              ->text(QStringLiteral("phone")) == QStringLiteral("+36 30 123 4567"));
    CHECK(inbox.statusLabel()->text().startsWith(QStringLiteral("Decided.")));
    // The deleted-and-edited record: restoring brings it back with the edit.
    keepPicture(inbox, QStringLiteral("exchange-conflict-inbox-record.png"));
    QPushButton* restore = nullptr;
    for (QPushButton* b : inbox.takeButtons()) {
        if (b->text().startsWith(QStringLiteral("Take"))) {
            restore = b;
        }
    }
    REQUIRE(restore != nullptr);
    restore->click();
    CHECK(inbox.list()->count() == 0);
    auto son = core::RecordStore(world.central().db()).get(QStringLiteral("person"), world.people().at(2));
    CHECK_FALSE(son->deleted);
    CHECK(son->text(QStringLiteral("notes")) == QStringLiteral("Jelentkezett a tanfolyamra."));
}

TEST_CASE("Typing a value in the inbox decides a conflict, and a wrong value is refused with a reason",
          "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    REQUIRE(core::RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(1),
                        {{QStringLiteral("birth_date"), QStringLiteral("2005-11-21")}}));
    world.tick();
    REQUIRE(core::RecordStore(peter.db->db())
                .update(QStringLiteral("person"), world.people().at(1),
                        {{QStringLiteral("birth_date"), QStringLiteral("2005-12-20")}}));
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    ui::ConflictInbox inbox(ui::AppContext{world.central().db()});
    REQUIRE(inbox.list()->count() == 1);
    inbox.valueField()->setText(QStringLiteral("2005-13-45"));
    inbox.useValueButton()->click();
    CHECK(inbox.list()->count() == 1);
    CHECK(inbox.statusLabel()->text().contains(QStringLiteral("not a real date")));
    inbox.valueField()->setText(QStringLiteral("2005-11-20"));
    QTest::keyClick(inbox.valueField(), Qt::Key_Return);
    CHECK(inbox.list()->count() == 0);
    CHECK(core::RecordStore(world.central().db())
              .get(QStringLiteral("person"), world.people().at(1))
              ->text(QStringLiteral("birth_date")) == QStringLiteral("2005-11-20"));
}

TEST_CASE("Enrolment and duplicate review dialogs work from the central copy", "[ui][exchange]") {
    ExchangeWorld world;
    test::Builders(world.central().db())
        .create(QStringLiteral("staff"), {{QStringLiteral("full_name"), QStringLiteral("Rostás Mónika")},
                                          {QStringLiteral("role"), QStringLiteral("experience_expert")},
                                          {QStringLiteral("username"), QStringLiteral("monika")}});
    ui::EnrolDialog enrol(ui::AppContext{world.central().db()});
    enrol.deviceName()->setText(QStringLiteral("Laptop 4, Alsóberény"));
    enrol.worker()->setCurrentIndex(enrol.worker()->findData(QStringLiteral("monika")));
    enrol.output()->setText(QDir(world.central().dir()).filePath(QStringLiteral("enrol-monika.fcx")));
    CHECK(enrol.passphrase()->text().size() == 29);
    REQUIRE(enrol.enrol());
    CHECK(QFileInfo::exists(enrol.output()->text()));
    auto central = core::ExchangeIdentity::central(world.central().db(), false);
    REQUIRE(central.ok());
    CHECK(enrol.status()->text().contains(core::sodium::keyFingerprint(central->signPublic)));
    keepPicture(enrol, QStringLiteral("exchange-enrol.png"));

    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    test::Builders(erika.db->db())
        .person(world.householdId(), QStringLiteral("Sárközi"), QStringLiteral("Dávid"), QStringLiteral("2010-10-10"));
    test::Builders(peter.db->db())
        .person(world.householdId(), QStringLiteral("Sarkozi"), QStringLiteral("David"), QStringLiteral("2010-10-10"));
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    ui::DuplicateReview review(ui::AppContext{world.central().db()});
    CHECK(review.table()->rowCount() == 1);
    keepPicture(review, QStringLiteral("exchange-duplicates.png"));
}

TEST_CASE("Merging duplicates in the review says how many differing values wait, and the inbox offers both",
          "[ui][exchange]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    auto& peter = world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
    test::Builders(erika.db->db())
        .person(world.householdId(), QStringLiteral("Sárközi"), QStringLiteral("Dávid"), QStringLiteral("2010-10-10"),
                {{QStringLiteral("phone"), QStringLiteral("+36 30 222 3333")}});
    test::Builders(peter.db->db())
        .person(world.householdId(), QStringLiteral("Sárközi"), QStringLiteral("Dávid"), QStringLiteral("2010-10-10"),
                {{QStringLiteral("phone"), QStringLiteral("+36 70 444 5555")}});
    world.mergeIntoCentral(world.exportFrom(erika));
    world.mergeIntoCentral(world.exportFrom(peter));
    ui::DuplicateReview review(ui::AppContext{world.central().db()});
    REQUIRE(review.table()->rowCount() == 1);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(review.keepFirstButton(), Qt::LeftButton);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("conflict inbox")));
    CHECK(review.table()->rowCount() == 0);
    CHECK(review.status()->text().contains(QStringLiteral("Merged into Sárközi Dávid")));
    CHECK(review.status()->text().contains(QStringLiteral("1 differing value")));
    CHECK(review.status()->text().contains(
        QStringLiteral("1 differing value of the two awaits a decision in the conflict inbox")));

    ui::ConflictInbox inbox(ui::AppContext{world.central().db()});
    REQUIRE(inbox.list()->count() == 1);
    inbox.list()->setCurrentRow(0);
    CHECK(inbox.hintLabel()->text().contains(QStringLiteral("were merged")));
    REQUIRE(inbox.takeButtons().size() == 2);
    keepPicture(inbox, QStringLiteral("exchange-conflict-inbox-person-merge.png"));
}

TEST_CASE("The join dialog makes a new laptop database from an enrolment file and its passphrase", "[ui][exchange]") {
    ExchangeWorld world;
    test::Builders(world.central().db()).staff(QStringLiteral("Farkas Anita"));
    const QString file = QDir(world.central().dir()).filePath(QStringLiteral("enrol-anita.fcx"));
    REQUIRE(core::Packages::enrolFile(
        world.central().db(),
        {QStringLiteral("Anita laptop"), QStringLiteral("Farkas Anita"), ExchangeWorld::kPassphrase}, file));
    ui::JoinDialog dialog;
    dialog.file()->setText(file);
    dialog.database()->setText(QDir(world.central().dir()).filePath(QStringLiteral("anita.db")));
    dialog.passphrase()->setText(QStringLiteral("a guess"));
    CHECK_FALSE(dialog.join());
    CHECK(dialog.status()->text().contains(QStringLiteral("passphrase")));
    keepPicture(dialog, QStringLiteral("exchange-join.png"));
    dialog.passphrase()->setText(ExchangeWorld::kPassphrase);
    // A key that is not the one the file was signed with: refused, nothing made.
    dialog.centralKey()->setText(QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
    CHECK_FALSE(dialog.join());
    CHECK(dialog.status()->text().contains(QStringLiteral("Do not use it")));
    CHECK_FALSE(QFileInfo::exists(dialog.database()->text()));
    // Without a key, the worker is shown the file's key to compare with the supervisor's.
    dialog.centralKey()->clear();
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(dialog.join());
    auto central = core::ExchangeIdentity::central(world.central().db(), false);
    REQUIRE(central.ok());
    CHECK(ui::MessageBox::lastText().contains(core::sodium::keyFingerprint(central->signPublic)));
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("Compare it with the key your supervisor")));
    CHECK(dialog.joinedDatabase() == dialog.database()->text());
    auto laptop = core::Database::open(dialog.joinedDatabase());
    REQUIRE(laptop.ok());
    CHECK(core::ExchangeIdentity::role(**laptop) == core::ExchangeIdentity::Role::Laptop);
    // Anita manages no family yet: she gets the programme's reference data, not the Lakatos family.
    const QString dump = ExchangeWorld::dumpLines(**laptop).join(QLatin1Char('\n'));
    CHECK(dump.contains(QStringLiteral("Farkas Anita")));
    CHECK_FALSE(core::RecordStore(**laptop).get(QStringLiteral("person"), world.people().at(0)).ok());
}
