// SPDX-License-Identifier: GPL-3.0-or-later
// Changes a merge sets aside because this copy cannot use them are kept, listed, and merged once it
// can: after Fieldcase is updated (the database upgraded), or at the start of a later merge.
#include "ExchangeWorld.h"
#include "QtStringMaker.h"
#include "SetAsideRow.h"
#include "StoredData.h"

#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "exchange/ConflictStore.h"
#include "exchange/Importer.h"
#include "exchange/Quarantine.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

// The schema of a later version, whose person has a nickname. With the column its migration would
// add, this copy then knows the field as that version would.
Schema laterSchema() {
    QList<TableDef> tables = Schema::instance().tables();
    for (TableDef& t : tables) {
        if (t.name == QStringLiteral("person")) {
            t.fields.append(
                FieldDef::make(QStringLiteral("nickname"), FieldType::Text, FieldDef::Personal, "Nickname"));
        }
    }
    return Schema(tables);
}

QStringList idsOf(const QList<QuarantinedChange>& changes) {
    QStringList ids;
    for (const QuarantinedChange& q : changes) {
        ids.append(q.change.changeId);
    }
    return ids;
}

QVariant column(Database& db, const QString& sql, const QString& id) {
    Statement st(db, sql);
    st.bind(id);
    auto v = st.scalar();
    REQUIRE(v.ok());
    return *v;
}

qint64 logged(Database& db, const QString& changeId) {
    return column(db, QStringLiteral("SELECT count(*) FROM change_log WHERE change_id = ?"), changeId).toLongLong();
}

} // namespace

TEST_CASE("A change to a field this version does not know is kept, listed, and merged once the copy knows it",
          "[exchange][quarantine]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    Database& central = world.central().db();
    const QString mother = world.people().at(0);
    const QString son = world.people().at(1);
    const QString younger = world.people().at(2);
    // Made on a laptop of a later version: a nickname (and with it an e-mail address, one change),
    // a nickname and another new field, and, unusable in any version, an impossible date.
    WireChange nickname =
        ExchangeWorld::personChange(erika, mother, R"({"email":[null,"erzsi@example.org"],"nickname":[null,"Erzsi"]})");
    nickname.baseVersion = 3;
    nickname.note = QStringLiteral("asked at the visit");
    const WireChange impossible = ExchangeWorld::personChange(erika, son, R"({"birth_date":[null,"31.02.2004"]})");
    const WireChange good = ExchangeWorld::personChange(erika, son, R"({"languages":[null,"romani"]})");
    const WireChange twoNew =
        ExchangeWorld::personChange(erika, younger, R"({"nickname":[null,"Roli"],"pronouns":[null,"he"]})");
    const QByteArray package = ExchangeWorld::handMadeExport(erika, {nickname, impossible, good, twoNew});

    const ImportReport report = world.mergeIntoCentral(package);
    REQUIRE(report.status == ImportStatus::Applied);
    CHECK(report.counts.quarantined == 3);
    // The rest of the file is merged at once; a change set aside is set aside whole.
    RecordStore store(central);
    CHECK(store.get(QStringLiteral("person"), son)->text(QStringLiteral("languages")) == QStringLiteral("romani"));
    CHECK(store.get(QStringLiteral("person"), mother)->text(QStringLiteral("email")).isEmpty());

    // Kept and listed, in the order they came, with where they came from and why.
    Quarantine quarantine(central);
    auto kept = quarantine.list();
    REQUIRE(kept.ok());
    REQUIRE(idsOf(*kept) == QStringList{nickname.changeId, impossible.changeId, twoNew.changeId});
    for (const QuarantinedChange& q : *kept) {
        CHECK(q.sender == erika.deviceId);
        CHECK(q.sequence == 1);
        CHECK(q.change.table == QStringLiteral("person"));
        CHECK_FALSE(q.receivedAt.isEmpty());
    }
    // The whole change, to be merged as it was made.
    const WireChange& first = kept->at(0).change;
    CHECK(first.recordId == mother);
    CHECK(first.op == nickname.op);
    CHECK(first.fields == nickname.fields);
    CHECK(first.hlc == nickname.hlc);
    CHECK(first.device == nickname.device);
    CHECK(first.user == nickname.user);
    CHECK(first.baseVersion == 3);
    CHECK(first.note == nickname.note);
    CHECK(kept->at(0).reason.contains(QStringLiteral("nickname")));
    CHECK(kept->at(1).reason.contains(QStringLiteral("31.02.2004")));
    CHECK(kept->at(2).reason.contains(QStringLiteral("nickname")));

    // Tried again by this version: nothing can go, nothing changes.
    const QByteArray before = ExchangeWorld::dumpHash(central);
    auto retried = quarantine.retry();
    REQUIRE(retried.ok());
    CHECK(retried->applied == 0);
    CHECK(retried->kept == 3);
    CHECK(ExchangeWorld::dumpHash(central) == before);
    CHECK(idsOf(*quarantine.list()) == idsOf(*kept));

    // Meanwhile the supervisor writes another e-mail address: the late change is concurrent with it.
    world.tick();
    REQUIRE(store.update(QStringLiteral("person"), mother,
                         {{QStringLiteral("email"), QStringLiteral("lakatos@example.org")}}));

    // The copy learns the field, as an update of Fieldcase would teach it.
    REQUIRE(central.exec(QStringLiteral("ALTER TABLE person ADD COLUMN nickname TEXT")));
    const Schema later = laterSchema();
    Quarantine learned(central, later);
    retried = learned.retry();
    REQUIRE(retried.ok());
    CHECK(retried->applied == 1);
    CHECK(retried->kept == 2);
    CHECK(retried->counts.changedRecords == 1);
    CHECK(retried->counts.conflicts == 1);
    CHECK(column(central, QStringLiteral("SELECT nickname FROM person WHERE id = ?"), mother).toString() ==
          QStringLiteral("Erzsi"));
    CHECK(logged(central, nickname.changeId) == 1);
    CHECK(column(central, QStringLiteral("SELECT note FROM change_log WHERE change_id = ?"), nickname.changeId)
              .toString() == nickname.note);
    // Merged like any change: both e-mail addresses are kept in a conflict, the later one shows.
    auto conflicts = ConflictStore(central).open();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().field == QStringLiteral("email"));
    QStringList values;
    for (const Candidate& c : conflicts->first().candidates) {
        values.append(c.value.toString());
    }
    CHECK(values == QStringList{QStringLiteral("erzsi@example.org"), QStringLiteral("lakatos@example.org")});
    CHECK(store.get(QStringLiteral("person"), mother)->text(QStringLiteral("email")) ==
          QStringLiteral("lakatos@example.org"));
    // The others stay, with the reason of this try.
    kept = learned.list();
    REQUIRE(kept.ok());
    REQUIRE(idsOf(*kept) == QStringList{impossible.changeId, twoNew.changeId});
    CHECK(kept->at(0).reason.contains(QStringLiteral("31.02.2004")));
    CHECK(kept->at(1).reason.contains(QStringLiteral("pronouns")));
    CHECK_FALSE(kept->at(1).reason.contains(QStringLiteral("nickname")));

    // A second try changes nothing.
    const QByteArray once = ExchangeWorld::dumpHash(central);
    const QStringList conflictsOnce = ExchangeWorld::conflictSet(central);
    retried = learned.retry();
    REQUIRE(retried.ok());
    CHECK(retried->applied == 0);
    CHECK(retried->kept == 2);
    CHECK(ExchangeWorld::dumpHash(central) == once);
    CHECK(ExchangeWorld::conflictSet(central) == conflictsOnce);
    CHECK(logged(central, nickname.changeId) == 1);

    // The same file again changes nothing: the merged change is known by its id, the others are kept.
    const ImportReport again = world.mergeIntoCentral(package);
    CHECK(again.status == ImportStatus::Unchanged);
    CHECK(again.counts.alreadyPresent == 4);
    CHECK(again.counts.quarantined == 0);
    CHECK(ExchangeWorld::dumpHash(central) == once);
    CHECK(idsOf(*learned.list()) == QStringList{impossible.changeId, twoNew.changeId});
    auto problems = IntegrityCheck::run(central);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("Changes set aside by an earlier version are merged when the database is upgraded",
          "[exchange][quarantine][migration]") {
    QTemporaryDir dir;
    const QString path = test::storedCopy(dir, QStringLiteral("schema-v4.db"));
    const QString bela = QStringLiteral("0190f5c2-0000-7000-8000-000000000031");
    const QString erikaLaptop = QStringLiteral("01a22d19-b16b-7467-8415-6f1756c4a68f");
    // What the schema-4 version would have written had it not known the field (this one knows it).
    test::SetAsideRow row;
    row.changeId = QStringLiteral("01a22d1a-0000-7000-8000-00000000abcd");
    row.sender = erikaLaptop;
    row.reason = QStringLiteral("person has no field \"languages\"");
    row.table = QStringLiteral("person");
    row.recordId = bela;
    row.fields = QStringLiteral(R"({"languages":[null,"hu, rom"]})");
    row.hlc = 117706128890265600ULL + 65536;
    row.device = erikaLaptop;
    row.user = QStringLiteral("erika");
    test::writeSetAside(path, row);
    // One that this version cannot use either stays.
    test::SetAsideRow unknown = row;
    unknown.changeId = QStringLiteral("01a22d1a-0000-7000-8000-00000000abce");
    unknown.reason = QStringLiteral("person has no field \"nickname\"");
    unknown.fields = QStringLiteral(R"({"nickname":[null,"Béci"]})");
    unknown.hlc += 65536;
    test::writeSetAside(path, unknown);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->upgradedFrom() == 4);
    auto retried = Quarantine::retryAfterUpgrade(**db);
    REQUIRE(retried.ok());
    CHECK(retried->applied == 1);
    CHECK(retried->kept == 1);
    CHECK(RecordStore(**db).get(QStringLiteral("person"), bela)->text(QStringLiteral("languages")) ==
          QStringLiteral("hu, rom"));
    CHECK(logged(**db, row.changeId) == 1);
    auto kept = Quarantine(**db).list();
    REQUIRE(kept.ok());
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().change.changeId == unknown.changeId);
    CHECK(kept->first().reason.contains(QStringLiteral("nickname")));
    auto problems = IntegrityCheck::run(**db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // Opened again, at this version already: nothing to do.
    db->reset();
    db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->upgradedFrom() == 0);
    retried = Quarantine::retryAfterUpgrade(**db);
    REQUIRE(retried.ok());
    CHECK(retried->applied == 0);
    CHECK(retried->kept == 0);
}

TEST_CASE("A merge first merges the changes set aside earlier that this copy can use, after its backup",
          "[exchange][quarantine]") {
    ExchangeWorld world;
    auto& erika = world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
    Database& central = world.central().db();
    const QString son = world.people().at(1);
    // Left by an earlier version that did not know the field.
    test::SetAsideRow row;
    row.changeId = erika.db->db().ids().next();
    row.sender = erika.deviceId;
    row.reason = QStringLiteral("person has no field \"languages\"");
    row.table = QStringLiteral("person");
    row.recordId = son;
    row.fields = QStringLiteral(R"({"languages":[null,"romani"]})");
    row.hlc = erika.db->db().hlc().now();
    row.device = erika.deviceId;
    row.user = QStringLiteral("erika");
    test::writeSetAside(world.central().path(), row);
    const QByteArray before = ExchangeWorld::dumpHash(central);

    world.tick();
    REQUIRE(RecordStore(erika.db->db())
                .update(QStringLiteral("person"), world.people().at(0),
                        {{QStringLiteral("phone"), QStringLiteral("+36 30 999 0000")}}));
    const QString file = QDir(world.central().dir()).filePath(QStringLiteral("erika-1.fcx"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(world.exportFrom(erika));
    }
    Importer importer(central);
    const QList<ImportReport> reports = importer.importFiles({file});
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().status == ImportStatus::Applied);
    REQUIRE(importer.setAsideRetried().ok());
    CHECK(importer.setAsideRetried()->applied == 1);
    CHECK(importer.setAsideRetried()->kept == 0);
    RecordStore store(central);
    CHECK(store.get(QStringLiteral("person"), son)->text(QStringLiteral("languages")) == QStringLiteral("romani"));
    CHECK(store.get(QStringLiteral("person"), world.people().at(0))->text(QStringLiteral("phone")) ==
          QStringLiteral("+36 30 999 0000"));
    CHECK(Quarantine(central).list()->isEmpty());
    // One backup for the merge, made before the set-aside change went in.
    REQUIRE_FALSE(importer.setAsideBackupPath().isEmpty());
    CHECK(reports.first().backupPath.isEmpty());
    const QString copy = QDir(world.central().dir()).filePath(QStringLiteral("backup-copy.db"));
    REQUIRE(QFile::copy(importer.setAsideBackupPath(), copy));
    {
        auto backup = Database::open(copy);
        REQUIRE(backup.ok());
        CHECK(ExchangeWorld::dumpHash(**backup) == before);
    }

    // The next merge has nothing set aside to try.
    const QByteArray after = ExchangeWorld::dumpHash(central);
    importer.importFiles({file});
    REQUIRE(importer.setAsideRetried().ok());
    CHECK(importer.setAsideRetried()->applied == 0);
    CHECK(ExchangeWorld::dumpHash(central) == after);
}
