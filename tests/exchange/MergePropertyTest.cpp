// SPDX-License-Identifier: GPL-3.0-or-later
// Random scenarios of three laptops and a central copy: creates, edits and deletes (the same fields
// on several laptops, deletes against edits, deletes of records that another laptop points new
// records at), visits, consents, tasks and plan goals, the catalogue of indicators and their targets
// (reference data the central copy made and edits too), exports at random moments and return
// packages in between. The packages are then merged into copies of the central copy in many random
// orders, with repeats. Every order must give the same content and the same conflicts, a second
// merge of any file must change nothing, no value written on a laptop may vanish without a
// conflict, every copy must pass `check`, and laptops that merge their return packages must hold
// exactly the central copy's version of the records they share, with the same open conflicts. The
// run must have made field conflicts, deletes against edits and deleted records kept for their
// references, or it did not test what it claims.
//
// FIELDCASE_PROPERTY_SCENARIOS sets the number of scenarios (kDefaultScenarios, sized for the test
// suite; raise it for a longer local run); FIELDCASE_PROPERTY_SEED the first seed.
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/FieldValue.h"
#include "domain/IntegrityCheck.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "exchange/Caseload.h"
#include "exchange/Fold.h"
#include "exchange/Merger.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

constexpr int kDefaultScenarios = 20;

struct Package {
    int laptop = 0;
    QByteArray bytes;
};

struct Outcome {
    QByteArray hash;
    QStringList conflicts;
};

const QStringList kPhones = {QStringLiteral("+36 30 100 0001"), QStringLiteral("+36 30 100 0002"),
                             QStringLiteral("+36 70 200 0003")};
const QStringList kNotes = {QStringLiteral("Dolgozik a helyi pékségben."), QStringLiteral("Igazolás hiányzik."),
                            QStringLiteral("Orvosi vizsgálat kérve.")};
const QStringList kGiven = {QStringLiteral("Erzsébet"), QStringLiteral("Erzsi"), QStringLiteral("Zsófia")};
const QStringList kLanguages = {QStringLiteral("magyar"), QStringLiteral("magyar, romani")};
const QStringList kNewNames = {QStringLiteral("Kitti"), QStringLiteral("Bence"), QStringLiteral("Dzsenifer")};
const QStringList kIndicatorNames = {QStringLiteral("Fórumok"), QStringLiteral("Megtartott fórumok"),
                                     QStringLiteral("Fórumok száma")};
const QList<double> kTargets = {2, 3, 4};

QStringList liveIds(Database& db, const QString& table, const QString& where = {}) {
    Statement st(db, QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 %2 ORDER BY id").arg(table, where));
    REQUIRE(st.exec());
    QStringList out;
    while (st.next()) {
        out.append(st.value(0).toString());
    }
    return out;
}

template <typename T>
const T& pick(std::mt19937& random, const QList<T>& list) {
    return list.at(qsizetype(random() % quint32(list.size())));
}

// What the scenarios did, so that the test can tell it exercised what it claims.
struct Tally {
    int scenarios = 0;
    int packages = 0;
    int orders = 0;
    QMap<QString, int> deletes; // table -> deletes that succeeded on a laptop
    int fieldConflicts = 0;
    int deleteEditConflicts = 0;
    int keptForReferences = 0;
    int specialCategoryConflicts = 0;
    int catalogueConflicts = 0; // on indicators and their targets
};

// Deletes one record the schema lets a worker delete: a consent, a task, a plan goal, a person
// nothing but owned records points at, a household without members. The newest records are
// preferred, since other laptops are adding references to them at the same time.
void deleteSomething(std::mt19937& random, Database& db, Tally& tally) {
    RecordStore store(db);
    static const QStringList kTables = {QStringLiteral("person"), QStringLiteral("household"),
                                        QStringLiteral("consent"), QStringLiteral("task"), QStringLiteral("plan_goal")};
    const int first = int(random() % quint32(kTables.size()));
    for (int t = 0; t < kTables.size(); ++t) {
        const QString& table = kTables.at((first + t) % kTables.size());
        QStringList ids = liveIds(db, table);
        std::shuffle(ids.begin(), ids.end(), random);
        for (const QString& id : std::as_const(ids)) {
            if (store.remove(table, id)) {
                ++tally.deletes[table];
                return;
            }
        }
    }
}

// The catalogue: a target changed, added or removed, an indicator renamed or removed with its targets.
void editCatalogue(std::mt19937& random, Database& db, Tally& tally) {
    RecordStore store(db);
    const QStringList targets = liveIds(db, QStringLiteral("indicator_target"));
    const QStringList indicators = liveIds(db, QStringLiteral("indicator"));
    const int what = int(random() % 6);
    if (what <= 1 && !targets.isEmpty()) {
        REQUIRE(store.update(QStringLiteral("indicator_target"), pick(random, targets),
                             {{QStringLiteral("target"), pick(random, kTargets)}}));
    } else if (what == 2 && !indicators.isEmpty()) {
        REQUIRE(store.update(QStringLiteral("indicator"), pick(random, indicators),
                             {{QStringLiteral("name"), pick(random, kIndicatorNames)}}));
    } else if (what == 3 && !indicators.isEmpty()) {
        test::Builders(db).create(
            QStringLiteral("indicator_target"),
            {{QStringLiteral("indicator_id"), pick(random, indicators)},
             {QStringLiteral("period"), QStringLiteral("quarter")},
             {QStringLiteral("period_start"), QStringLiteral("2026-0%1-01").arg(1 + 3 * (random() % 3))},
             {QStringLiteral("target"), pick(random, kTargets)}});
    } else if (what == 4 && !targets.isEmpty()) {
        if (store.remove(QStringLiteral("indicator_target"), pick(random, targets))) {
            ++tally.deletes[QStringLiteral("indicator_target")];
        }
    } else if (what == 5 && !indicators.isEmpty() && random() % 2 == 0) {
        if (store.remove(QStringLiteral("indicator"), pick(random, indicators))) {
            ++tally.deletes[QStringLiteral("indicator")];
        }
    }
}

// The catalogue draws from a stream of its own (catalogue), so that the scenarios of each seed are
// otherwise the ones they were before indicators existed.
void randomEdits(std::mt19937& random, std::mt19937& catalogue, ExchangeWorld& world, ExchangeWorld::Laptop& laptop,
                 Tally& tally) {
    Database& db = laptop.db->db();
    if (catalogue() % 2 == 0) {
        editCatalogue(catalogue, db, tally);
    }
    RecordStore store(db);
    test::Builders make(db);
    const int ops = 1 + int(random() % 4);
    for (int i = 0; i < ops; ++i) {
        const QStringList people = liveIds(db, QStringLiteral("person"));
        const QStringList households = liveIds(db, QStringLiteral("household"));
        const int kind = int(random() % 17);
        if (people.isEmpty() || kind == 0) {
            // Often in a household another laptop made, which may be deleted there meanwhile.
            const QString household = households.isEmpty() ? QString()
                                      : random() % 2 == 0 && households.contains(world.householdId())
                                          ? world.householdId()
                                          : pick(random, households);
            make.person(household, QStringLiteral("Lakatos"), pick(random, kNewNames),
                        QStringLiteral("2015-01-0%1").arg(1 + random() % 3));
            continue;
        }
        const QString person = pick(random, people);
        switch (kind) {
        case 1:
        case 2:
            deleteSomething(random, db, tally);
            break;
        case 3:
            // A visit is a fact: it cannot be deleted, and keeps what it points at alive.
            make.create(QStringLiteral("activity"),
                        {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                         {QStringLiteral("person_id"), person},
                         {QStringLiteral("household_id"), households.isEmpty() ? QVariant() : pick(random, households)},
                         {QStringLiteral("happened_at"), QStringLiteral("2026-06-1%1T09:00").arg(random() % 5)},
                         {QStringLiteral("minutes"), int(10 + random() % 50)}});
            break;
        case 4:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("given_names"), pick(random, kGiven)}}));
            break;
        case 5:
            REQUIRE(store.update(QStringLiteral("person"), person, {{QStringLiteral("phone"), pick(random, kPhones)}}));
            break;
        case 6:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("languages"), pick(random, kLanguages)},
                                  {QStringLiteral("notes"), pick(random, kNotes)}}));
            break;
        case 7:
            if (households.isEmpty()) {
                break;
            }
            REQUIRE(store.update(QStringLiteral("household"), pick(random, households),
                                 {{QStringLiteral("address"), QStringLiteral("Petőfi utca %1.").arg(random() % 3)}}));
            break;
        case 8:
            make.create(QStringLiteral("consent"), {{QStringLiteral("person_id"), person},
                                                    {QStringLiteral("purpose"), QStringLiteral("case_work")},
                                                    {QStringLiteral("text_version"), QStringLiteral("2026-1")},
                                                    {QStringLiteral("given_date"), QStringLiteral("2026-05-02")},
                                                    {QStringLiteral("method"), QStringLiteral("written")}});
            break;
        case 9:
            make.create(QStringLiteral("task"), {{QStringLiteral("person_id"), person},
                                                 {QStringLiteral("description"), pick(random, kNotes)},
                                                 {QStringLiteral("status"), QStringLiteral("open")}});
            break;
        case 10: {
            const QStringList plans = liveIds(db, QStringLiteral("plan"));
            const QString plan =
                plans.isEmpty() || random() % 3 == 0 ? make.individualPlan(person) : pick(random, plans);
            make.goal(plan, pick(random, kNotes));
            break;
        }
        case 11: {
            // A household of its own, managed by one of the workers this laptop knows of, without
            // members yet.
            QStringList workers;
            for (int l = 0; l < world.laptopCount(); ++l) {
                if (RecordStore(db).get(QStringLiteral("staff"), world.laptop(l).staffId).ok()) {
                    workers.append(world.laptop(l).staffId);
                }
            }
            make.create(QStringLiteral("household"), {{QStringLiteral("locality_id"), world.localityId()},
                                                      {QStringLiteral("name"), pick(random, kNewNames)},
                                                      {QStringLiteral("case_manager_id"), pick(random, workers)}});
            break;
        }
        case 12: {
            // Edits of records that other laptops may delete.
            const QStringList tasks = liveIds(db, QStringLiteral("task"));
            const QStringList goals = liveIds(db, QStringLiteral("plan_goal"));
            if (!tasks.isEmpty()) {
                REQUIRE(store.update(QStringLiteral("task"), pick(random, tasks),
                                     {{QStringLiteral("status"), QStringLiteral("done")}}));
            }
            if (!goals.isEmpty()) {
                REQUIRE(store.update(QStringLiteral("plan_goal"), pick(random, goals),
                                     {{QStringLiteral("title"), pick(random, kNotes)}}));
            }
            break;
        }
        case 13: {
            const QStringList consents = liveIds(db, QStringLiteral("consent"));
            if (!consents.isEmpty()) {
                REQUIRE(store.update(QStringLiteral("consent"), pick(random, consents),
                                     {{QStringLiteral("withdrawn_date"), QStringLiteral("2026-07-01")}}));
            }
            break;
        }
        case 15: {
            // Special-category answers asked again on several laptops; refused while a conflict on
            // the field waits for a decision.
            const QStringList entries = liveIds(db, QStringLiteral("entry_record"));
            if (!entries.isEmpty()) {
                static const QStringList kAnswers = {QStringLiteral("yes"), QStringLiteral("no"),
                                                     QStringLiteral("declined")};
                store
                    .update(QStringLiteral("entry_record"), pick(random, entries),
                            {{random() % 2 == 0 ? QStringLiteral("minority") : QStringLiteral("disability"),
                              pick(random, kAnswers)}},
                            QStringLiteral("asked again"))
                    .ok();
            }
            break;
        }
        case 14:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("languages"), pick(random, kLanguages)},
                                  {QStringLiteral("phone"), pick(random, kPhones)}}));
            break;
        default:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("phone"), QVariant()},
                                  {QStringLiteral("email"), QStringLiteral("x%1@example.org").arg(random() % 2)}}));
            break;
        }
    }
}

void requireSound(Database& db, const std::string& which) {
    auto problems = IntegrityCheck::run(db);
    REQUIRE(problems.ok());
    INFO(which << ": " << problems->join(QLatin1Char('\n')).toStdString());
    CHECK(problems->isEmpty());
}

// The records the central copy shares with a laptop: what its return packages cover.
QSet<QString> shareOf(Database& central, const ExchangeWorld::Laptop& laptop) {
    REQUIRE(Caseload::fill(central, laptop.staffId, laptop.deviceId).ok());
    Statement st(central, QStringLiteral("SELECT table_name, id FROM temp.exchange_caseload"));
    REQUIRE(st.exec());
    QSet<QString> out;
    while (st.next()) {
        out.insert(st.value(0).toString() + QLatin1Char('/') + st.value(1).toString());
    }
    REQUIRE(Caseload::drop(central).ok());
    return out;
}

QString recordKeyOfLine(const QString& line) {
    const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
    return o.value(QStringLiteral("table")).toString() + QLatin1Char('/') + o.value(QStringLiteral("id")).toString();
}

QStringList onlyShared(const QStringList& lines, const QSet<QString>& share, bool conflicts) {
    QStringList out;
    for (const QString& line : lines) {
        const QString k =
            conflicts ? line.section(QLatin1Char('|'), 0, 0) + QLatin1Char('/') + line.section(QLatin1Char('|'), 1, 1)
                      : recordKeyOfLine(line);
        if (share.contains(k)) {
            out.append(line);
        }
    }
    return out;
}

void tallyConflicts(Database& db, Tally& tally) {
    Statement st(db, QStringLiteral("SELECT field, candidates, sensitive, table_name FROM exchange_conflict"));
    REQUIRE(st.exec());
    while (st.next()) {
        if (st.value(3).toString().startsWith(QStringLiteral("indicator"))) {
            ++tally.catalogueConflicts;
        }
        if (st.value(0).toString() != QLatin1String(Fold::kRecordField)) {
            ++tally.fieldConflicts;
            tally.specialCategoryConflicts += st.value(2).toInt();
            continue;
        }
        QSet<QString> ops;
        for (const QJsonValue& v : QJsonDocument::fromJson(st.value(1).toString().toUtf8()).array()) {
            ops.insert(v.toObject().value(QStringLiteral("op")).toString());
        }
        if (ops.contains(QLatin1String(Fold::kOpReference))) {
            ++tally.keptForReferences;
        }
        if (ops.contains(QStringLiteral("delete")) &&
            (ops.contains(QStringLiteral("update")) || ops.contains(QStringLiteral("create")))) {
            ++tally.deleteEditConflicts;
        }
    }
}

Outcome mergeInOrder(const QString& snapshot, const QString& path, qint64 nowMs, const QList<Package>& order,
                     std::mt19937& random) {
    QFile::remove(path);
    REQUIRE(QFile::copy(snapshot, path));
    ManualClock clock(nowMs);
    DatabaseOptions options;
    options.clock = &clock;
    options.user = QStringLiteral("supervisor");
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    Importer importer(**db);
    ImportOptions noBackup;
    noBackup.backup = false;
    for (const Package& p : order) {
        const ImportReport r = importer.importBytes(p.bytes, QStringLiteral("package"), noBackup);
        INFO(r.message.toStdString() << ' ' << r.detail.toStdString());
        REQUIRE(r.status != ImportStatus::Refused);
    }
    Outcome out{ExchangeWorld::dumpHash(**db), ExchangeWorld::conflictSet(**db)};
    // A second merge of any file changes nothing.
    const Package& again = order.at(qsizetype(random() % quint32(order.size())));
    const ImportReport r = importer.importBytes(again.bytes, QStringLiteral("again"), noBackup);
    CHECK(r.status == ImportStatus::Unchanged);
    CHECK(ExchangeWorld::dumpHash(**db) == out.hash);
    return out;
}

// Every value a laptop wrote is still the value, or was seen and replaced by a later change, or is
// held in an open conflict (by the change itself, or by a change that wrote the same value).
void checkNothingLost(Database& db, const QSet<QString>& laptopDevices) {
    QHash<QString, QList<Candidate>> conflicts; // table/record/field -> candidates
    {
        Statement st(db, QStringLiteral("SELECT table_name, record_id, field, candidates FROM exchange_conflict"));
        REQUIRE(st.exec());
        while (st.next()) {
            QList<Candidate> candidates;
            for (const QJsonValue& v : QJsonDocument::fromJson(st.value(3).toString().toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                Candidate c;
                c.changeId = o.value(QStringLiteral("change_id")).toString();
                c.value = o.value(QStringLiteral("value"));
                candidates.append(c);
            }
            conflicts.insert(st.value(0).toString() + QLatin1Char('/') + st.value(1).toString() + QLatin1Char('/') +
                                 st.value(2).toString(),
                             candidates);
        }
    }
    Merger merger(db);
    Statement records(db, QStringLiteral("SELECT DISTINCT table_name, record_id FROM change_log"));
    REQUIRE(records.exec());
    QList<QPair<QString, QString>> keys;
    while (records.next()) {
        keys.append({records.value(0).toString(), records.value(1).toString()});
    }
    int checked = 0;
    for (const auto& [tableName, id] : keys) {
        const TableDef* table = Schema::instance().table(tableName);
        if (table->appendOnly) {
            continue;
        }
        auto history = merger.history(tableName, id);
        REQUIRE(history.ok());
        auto record = RecordStore(db).get(tableName, id);
        REQUIRE(record.ok());
        const QString base = tableName + QLatin1Char('/') + id + QLatin1Char('/');
        for (int i = 0; i < history->size(); ++i) {
            const FoldChange& c = history->at(i);
            if (!laptopDevices.contains(c.device) || c.op == QStringLiteral("delete")) {
                continue;
            }
            for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
                const QString name = it.key();
                const QJsonValue written = it.value().toArray().at(1);
                const FieldDef* field = table->field(name);
                ++checked;
                const QJsonValue now = values::toJson(*field, record->fields.value(name));
                if (Fold::sameValue(now, written) && (!record->deleted || !field->personal())) {
                    continue;
                }
                bool held = false;
                for (const Candidate& k : conflicts.value(base + name)) {
                    held = held || k.changeId == c.changeId || Fold::sameValue(k.value, written);
                }
                for (const Candidate& k : conflicts.value(base + QLatin1Char('*'))) {
                    held = held || k.changeId == c.changeId ||
                           (k.value.isObject() && k.value.toObject().contains(name) &&
                            Fold::sameValue(k.value.toObject().value(name), written));
                }
                bool seen = false;
                for (int j = i + 1; j < history->size() && !seen; ++j) {
                    const FoldChange& later = history->at(j);
                    // A delete lists the non-empty values it saw; a field it leaves out, it saw empty.
                    const bool isDelete = later.op == QStringLiteral("delete");
                    if (later.fields.contains(name)) {
                        seen = Fold::sameValue(later.fields.value(name).toArray().at(0), written);
                    } else if (isDelete) {
                        seen = later.fields.isEmpty() || Fold::sameValue(QJsonValue::Null, written);
                    }
                }
                INFO(tableName.toStdString() << ' ' << id.toStdString() << ' ' << name.toStdString() << " written by "
                                             << c.changeId.toStdString());
                CHECK((held || seen));
            }
        }
    }
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("Merging the same packages in any order, any number of times, gives the same copy", "[exchange][merge]") {
    const int scenarios = qEnvironmentVariableIsSet("FIELDCASE_PROPERTY_SCENARIOS")
                              ? qEnvironmentVariableIntValue("FIELDCASE_PROPERTY_SCENARIOS")
                              : kDefaultScenarios;
    const int firstSeed = qEnvironmentVariableIntValue("FIELDCASE_PROPERTY_SEED");
    constexpr int kOrders = 5;
    Tally tally;
    for (int scenario = 0; scenario < scenarios; ++scenario) {
        const int seed = firstSeed + scenario;
        INFO("scenario seed " << seed);
        std::mt19937 random{quint32(seed)};
        std::mt19937 catalogue{quint32(seed) ^ 0x1d1ca702u};
        ExchangeWorld world;
        test::Builders(world.central().db())
            .create(QStringLiteral("entry_record"), {{QStringLiteral("person_id"), world.people().at(0)},
                                                     {QStringLiteral("entry_date"), QStringLiteral("2026-02-01")},
                                                     {QStringLiteral("labour_status"), QStringLiteral("unemployed")},
                                                     {QStringLiteral("isced"), QStringLiteral("isced1")},
                                                     {QStringLiteral("minority"), QStringLiteral("declined")}});
        // The catalogue the laptops receive with their caseloads: forums held, with two targets.
        {
            test::Builders make(world.central().db());
            const QString forums =
                make.create(QStringLiteral("indicator"),
                            {{QStringLiteral("code"), QStringLiteral("CU-4")},
                             {QStringLiteral("name"), QStringLiteral("Fórumok")},
                             {QStringLiteral("unit"), QStringLiteral("events")},
                             {QStringLiteral("kind"), QStringLiteral("events_held")},
                             {QStringLiteral("params"),
                              QVariantMap{{QStringLiteral("event_kind"), QStringList{QStringLiteral("forum")}}}}});
            make.create(QStringLiteral("indicator_target"),
                        {{QStringLiteral("indicator_id"), forums},
                         {QStringLiteral("period"), QStringLiteral("year")},
                         {QStringLiteral("period_start"), QStringLiteral("2026-01-01")},
                         {QStringLiteral("target"), 2}});
            make.create(QStringLiteral("indicator_target"),
                        {{QStringLiteral("indicator_id"), forums},
                         {QStringLiteral("period"), QStringLiteral("whole_programme")},
                         {QStringLiteral("target"), 6}});
        }
        world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
        world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
        world.addLaptop(QStringLiteral("ildiko"), QStringLiteral("Szabó Ildikó"));
        // The supervisor edits too, before any file arrives, the catalogue as well.
        REQUIRE(
            RecordStore(world.central().db())
                .update(QStringLiteral("person"), world.people().at(0), {{QStringLiteral("phone"), kPhones.at(2)}}));
        Tally bySupervisor; // not counted: the tally is of what the laptops did
        editCatalogue(catalogue, world.central().db(), bySupervisor);
        Database& central = world.central().db();
        REQUIRE(central.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString snapshot = QDir(world.central().dir()).filePath(QStringLiteral("snapshot.db"));
        REQUIRE(QFile::copy(world.central().path(), snapshot));

        QList<Package> all;
        for (int round = 0; round < 4; ++round) {
            for (int l = 0; l < world.laptopCount(); ++l) {
                randomEdits(random, catalogue, world, world.laptop(l), tally);
                world.tick(int(random() % 3000));
            }
            for (int l = 0; l < world.laptopCount(); ++l) {
                if (random() % 10 < 7) {
                    const QByteArray bytes = world.exportFrom(world.laptop(l));
                    if (!bytes.isEmpty()) {
                        all.append({l, bytes});
                        REQUIRE(world.mergeIntoCentral(bytes).status == ImportStatus::Applied);
                    }
                }
            }
            // Some laptops hear back between rounds, so later edits build on others' work (and
            // refer to records that others delete meanwhile).
            for (int l = 0; l < world.laptopCount(); ++l) {
                if (random() % 3 != 0) {
                    const QByteArray back = world.returnTo(world.laptop(l));
                    if (!back.isEmpty()) {
                        REQUIRE(world.mergeIntoLaptop(world.laptop(l), back).status == ImportStatus::Applied);
                    }
                }
            }
        }
        for (int l = 0; l < world.laptopCount(); ++l) {
            const QByteArray bytes = world.exportFrom(world.laptop(l));
            if (!bytes.isEmpty()) {
                all.append({l, bytes});
                REQUIRE(world.mergeIntoCentral(bytes).status == ImportStatus::Applied);
            }
        }
        REQUIRE_FALSE(all.isEmpty());
        tally.packages += int(all.size());
        const Outcome natural{ExchangeWorld::dumpHash(central), ExchangeWorld::conflictSet(central)};
        tallyConflicts(central, tally);
        requireSound(central, "central copy");

        for (int k = 0; k < kOrders; ++k) {
            QList<Package> order = all;
            std::shuffle(order.begin(), order.end(), random);
            const int repeats = int(random() % 3);
            for (int r = 0; r < repeats; ++r) {
                order.insert(qsizetype(random() % quint32(order.size() + 1)), pick(random, all));
            }
            const Outcome outcome =
                mergeInOrder(snapshot, QDir(world.central().dir()).filePath(QStringLiteral("order-%1.db").arg(k)),
                             world.central().clock().nowMs(), order, random);
            CHECK(outcome.hash == natural.hash);
            CHECK(outcome.conflicts == natural.conflicts);
            ++tally.orders;
        }

        QSet<QString> devices;
        for (int l = 0; l < world.laptopCount(); ++l) {
            devices.insert(world.laptop(l).deviceId);
        }
        checkNothingLost(central, devices);

        // A full round: every laptop merges its return package and then holds exactly the central
        // copy's version of the records it shares with it, and the same open conflicts on them.
        const QStringList centralLines = ExchangeWorld::dumpLines(central);
        const QStringList centralConflicts = ExchangeWorld::conflictSet(central);
        for (int l = 0; l < world.laptopCount(); ++l) {
            auto& laptop = world.laptop(l);
            // What the return package covers; a record it brings in for the first time (a household
            // a visit points at) brings its members only with the next return package.
            const QSet<QString> share = shareOf(central, laptop);
            const QByteArray back = world.returnTo(laptop);
            if (!back.isEmpty()) {
                const ImportReport r = world.mergeIntoLaptop(laptop, back);
                INFO(r.message.toStdString() << ' ' << r.detail.toStdString());
                REQUIRE(r.status == ImportStatus::Applied);
            }
            INFO("laptop " << laptop.name.toStdString());
            requireSound(laptop.db->db(), laptop.name.toStdString());
            const QStringList expected = onlyShared(centralLines, share, false);
            const QStringList lines = ExchangeWorld::dumpLines(laptop.db->db());
            const QSet<QString> expectedSet(expected.cbegin(), expected.cend());
            const QSet<QString> linesSet(lines.cbegin(), lines.cend());
            for (const QString& line : lines) {
                INFO("laptop holds: " << line.toStdString());
                CHECK(expectedSet.contains(line));
            }
            for (const QString& line : expected) {
                INFO("central shares: " << line.toStdString());
                CHECK(linesSet.contains(line));
            }
            CHECK(ExchangeWorld::conflictSet(laptop.db->db()) == onlyShared(centralConflicts, share, true));
        }
        ++tally.scenarios;
    }
    QStringList deletes;
    for (auto it = tally.deletes.cbegin(); it != tally.deletes.cend(); ++it) {
        deletes.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    }
    std::printf("[property] %d scenarios, %d packages, %d merge orders; deletes on laptops: %s; conflicts in the final "
                "copies: %d on fields (%d special-category), %d delete against edit, %d kept for references, %d on "
                "the catalogue of indicators\n",
                tally.scenarios, tally.packages, tally.orders, qPrintable(deletes.join(QStringLiteral(", "))),
                tally.fieldConflicts, tally.specialCategoryConflicts, tally.deleteEditConflicts,
                tally.keptForReferences, tally.catalogueConflicts);
    CHECK(tally.scenarios == scenarios);
    CHECK(tally.orders == scenarios * kOrders);
    // The run exercised what it claims: concurrent edits of the same field, deletes against edits,
    // and references to records deleted on another laptop.
    CHECK(tally.deletes.value(QStringLiteral("person")) > 0);
    CHECK(tally.deletes.size() >= 3);
    CHECK(tally.fieldConflicts > 0);
    CHECK(tally.specialCategoryConflicts > 0);
    CHECK(tally.deleteEditConflicts > 0);
    CHECK(tally.keptForReferences > 0);
    CHECK(tally.deletes.value(QStringLiteral("indicator_target")) > 0);
    CHECK(tally.deletes.value(QStringLiteral("indicator")) > 0);
    CHECK(tally.catalogueConflicts > 0);
}
