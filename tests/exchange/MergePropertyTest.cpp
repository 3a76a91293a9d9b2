// SPDX-License-Identifier: GPL-3.0-or-later
// Random scenarios of three laptops and a central copy: creates, edits and deletes (the same fields
// on several laptops, deletes against edits), visits, tasks, exports at random moments and return
// packages in between. The packages are then merged into copies of the central copy in many random
// orders, with repeats. Every order must give the same content and the same conflicts, a second
// merge of any file must change nothing, no value written on a laptop may vanish without a conflict,
// and laptops that merge their return packages must hold exactly what the central copy holds.
//
// FIELDCASE_PROPERTY_SCENARIOS sets the number of scenarios (default 10); FIELDCASE_PROPERTY_SEED
// the first seed.
#include "Builders.h"
#include "ExchangeWorld.h"
#include "QtStringMaker.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "exchange/Fold.h"
#include "exchange/Merger.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace fieldcase;
using namespace fieldcase::core;
using fieldcase::test::ExchangeWorld;

namespace {

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

QStringList livePeople(Database& db) {
    Statement st(db, QStringLiteral("SELECT id FROM person WHERE deleted = 0 ORDER BY id"));
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

void randomEdits(std::mt19937& random, ExchangeWorld& world, ExchangeWorld::Laptop& laptop) {
    Database& db = laptop.db->db();
    RecordStore store(db);
    test::Builders make(db);
    const int ops = 1 + int(random() % 4);
    for (int i = 0; i < ops; ++i) {
        const QStringList people = livePeople(db);
        const int kind = int(random() % 10);
        if (people.isEmpty() || kind == 0) {
            make.person(world.householdId(), QStringLiteral("Lakatos"), pick(random, kNewNames),
                        QStringLiteral("2015-01-0%1").arg(1 + random() % 3));
            continue;
        }
        const QString person = pick(random, people);
        switch (kind) {
        case 1:
            // Fails while visits or consents point at the person; that is part of the game.
            store.remove(QStringLiteral("person"), person).ok();
            break;
        case 2:
            make.create(QStringLiteral("activity"),
                        {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                         {QStringLiteral("person_id"), person},
                         {QStringLiteral("happened_at"), QStringLiteral("2026-06-1%1T09:00").arg(random() % 5)},
                         {QStringLiteral("minutes"), int(10 + random() % 50)}});
            break;
        case 3:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("given_names"), pick(random, kGiven)}}));
            break;
        case 4:
        case 5:
            REQUIRE(store.update(QStringLiteral("person"), person, {{QStringLiteral("phone"), pick(random, kPhones)}}));
            break;
        case 6:
            REQUIRE(store.update(QStringLiteral("person"), person, {{QStringLiteral("notes"), pick(random, kNotes)}}));
            break;
        case 7:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("languages"), pick(random, kLanguages)},
                                  {QStringLiteral("phone"), pick(random, kPhones)}}));
            break;
        case 8:
            REQUIRE(store.update(QStringLiteral("household"), world.householdId(),
                                 {{QStringLiteral("address"), QStringLiteral("Petőfi utca %1.").arg(random() % 3)}}));
            break;
        default:
            REQUIRE(store.update(QStringLiteral("person"), person,
                                 {{QStringLiteral("phone"), QVariant()},
                                  {QStringLiteral("email"), QStringLiteral("x%1@example.org").arg(random() % 2)}}));
            break;
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
                              : 10;
    const int firstSeed = qEnvironmentVariableIntValue("FIELDCASE_PROPERTY_SEED");
    constexpr int kOrders = 6;
    int orders = 0;
    int packages = 0;
    int conflicts = 0;
    for (int scenario = 0; scenario < scenarios; ++scenario) {
        const int seed = firstSeed + scenario;
        INFO("scenario seed " << seed);
        std::mt19937 random{quint32(seed)};
        ExchangeWorld world;
        world.addLaptop(QStringLiteral("erika"), QStringLiteral("Balogh Erika"));
        world.addLaptop(QStringLiteral("peter"), QStringLiteral("Kovács Péter"));
        world.addLaptop(QStringLiteral("ildiko"), QStringLiteral("Szabó Ildikó"));
        // The supervisor edits too, before any file arrives.
        REQUIRE(
            RecordStore(world.central().db())
                .update(QStringLiteral("person"), world.people().at(0), {{QStringLiteral("phone"), kPhones.at(2)}}));
        Database& central = world.central().db();
        REQUIRE(central.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString snapshot = QDir(world.central().dir()).filePath(QStringLiteral("snapshot.db"));
        REQUIRE(QFile::copy(world.central().path(), snapshot));

        QList<Package> all;
        for (int round = 0; round < 3; ++round) {
            for (int l = 0; l < world.laptopCount(); ++l) {
                randomEdits(random, world, world.laptop(l));
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
            // Some laptops hear back between rounds, so later edits build on others' work.
            for (int l = 0; l < world.laptopCount(); ++l) {
                if (random() % 2 == 0) {
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
        packages += int(all.size());
        const Outcome natural{ExchangeWorld::dumpHash(central), ExchangeWorld::conflictSet(central)};
        conflicts += int(natural.conflicts.size());

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
            ++orders;
        }

        QSet<QString> devices;
        for (int l = 0; l < world.laptopCount(); ++l) {
            devices.insert(world.laptop(l).deviceId);
        }
        checkNothingLost(central, devices);

        // A full round: every laptop merges its return package and then holds what the central has.
        const QStringList centralLines = ExchangeWorld::dumpLines(central);
        const QStringList centralConflicts = ExchangeWorld::conflictSet(central);
        for (int l = 0; l < world.laptopCount(); ++l) {
            auto& laptop = world.laptop(l);
            const QByteArray back = world.returnTo(laptop);
            if (!back.isEmpty()) {
                const ImportReport r = world.mergeIntoLaptop(laptop, back);
                INFO(r.message.toStdString() << ' ' << r.detail.toStdString());
                REQUIRE(r.status == ImportStatus::Applied);
            }
            const QStringList lines = ExchangeWorld::dumpLines(laptop.db->db());
            for (const QString& line : lines) {
                const QString idPart = line.section(QLatin1Char(','), 0, 1);
                QString centralLine;
                for (const QString& c : centralLines) {
                    if (c.startsWith(idPart)) {
                        centralLine = c;
                    }
                }
                INFO("laptop " << laptop.name.toStdString() << ": " << line.toStdString()
                               << "\ncentral: " << centralLine.toStdString());
                CHECK(centralLines.contains(line));
            }
            for (const QString& c : ExchangeWorld::conflictSet(laptop.db->db())) {
                CHECK(centralConflicts.contains(c));
            }
        }
    }
    std::printf("[property] %d scenarios, %d packages, %d merge orders, %d conflicts in the final copies\n", scenarios,
                packages, orders, conflicts);
    CHECK(orders == scenarios * kOrders);
}
