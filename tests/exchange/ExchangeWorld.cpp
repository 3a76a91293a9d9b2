// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeWorld.h"

#include "Builders.h"

#include "domain/Dump.h"
#include "domain/IntegrityCheck.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/PackageFile.h"
#include "exchange/Packages.h"
#include "exchange/Sodium.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace fieldcase::test {

const QString ExchangeWorld::kPassphrase = QStringLiteral("sárga tulipán 2026 Alsóberény");

ExchangeWorld::ExchangeWorld()
    : m_central(std::make_unique<TestDatabase>(QStringLiteral("central.db"))) {
    Builders make(m_central->db());
    make.create(QStringLiteral("programme"), {{QStringLiteral("name"), QStringLiteral("Felzárkózó települések")},
                                              {QStringLiteral("kind"), QStringLiteral("catching_up")}});
    m_locality = make.locality(QStringLiteral("Alsóberény"));
    m_household = make.household(m_locality, QStringLiteral("Lakatos"));
    m_people.append(make.person(m_household, QStringLiteral("Lakatos"), QStringLiteral("Erzsébet"),
                                QStringLiteral("1979-03-02"),
                                {{QStringLiteral("phone"), QStringLiteral("+36 30 111 2222")}}));
    m_people.append(
        make.person(m_household, QStringLiteral("Lakatos"), QStringLiteral("Gábor"), QStringLiteral("2005-11-20")));
    m_people.append(
        make.person(m_household, QStringLiteral("Lakatos"), QStringLiteral("Roland"), QStringLiteral("2008-07-01")));
}

ExchangeWorld::Laptop& ExchangeWorld::addLaptop(const QString& name, const QString& worker) {
    Builders make(m_central->db());
    const QString staff =
        make.create(QStringLiteral("staff"), {{QStringLiteral("full_name"), worker},
                                              {QStringLiteral("role"), QStringLiteral("social_worker")},
                                              {QStringLiteral("username"), name}});
    // Every worker manages the Lakatos household, so their caseloads overlap.
    auto household = make.store().get(QStringLiteral("household"), m_household);
    REQUIRE(household.ok());
    if (household->text(QStringLiteral("case_manager_id")).isEmpty()) {
        REQUIRE(make.store().update(QStringLiteral("household"), m_household,
                                    {{QStringLiteral("case_manager_id"), staff}}));
    } else {
        for (const QString& person : m_people) {
            auto p = make.store().get(QStringLiteral("person"), person);
            if (p->text(QStringLiteral("case_manager_id")).isEmpty()) {
                REQUIRE(make.store().update(QStringLiteral("person"), person,
                                            {{QStringLiteral("case_manager_id"), staff}}));
                break;
            }
        }
    }
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    auto enrolled = core::Packages::enrolTo(m_central->db(),
                                            {name, name, kPassphrase, core::sodium::PassphraseLimits::minimum()}, file);
    if (!enrolled) {
        FAIL(enrolled.error().toString().toStdString());
    }
    Laptop laptop;
    laptop.name = name;
    laptop.staffId = staff;
    laptop.deviceId = enrolled->deviceId;
    laptop.db = std::make_unique<TestDatabase>(name + QStringLiteral(".db"));
    laptop.db->clock().set(m_central->clock().nowMs());
    QBuffer in(&file.buffer());
    in.open(QIODevice::ReadOnly);
    auto joined = core::Packages::join(laptop.db->path(), in, kPassphrase);
    if (!joined) {
        FAIL(joined.error().toString().toStdString());
    }
    laptop.db->reopen();
    REQUIRE(laptop.db->db().deviceId() == enrolled->deviceId);
    m_laptops.push_back(std::move(laptop));
    return m_laptops.back();
}

QByteArray ExchangeWorld::exportFrom(Laptop& laptop) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto summary = core::Packages::exportTo(laptop.db->db(), out);
    if (!summary) {
        FAIL(summary.error().toString().toStdString());
    }
    return summary->changes == 0 ? QByteArray() : out.buffer();
}

QByteArray ExchangeWorld::handMadeExport(Laptop& laptop, const QList<core::WireChange>& changes, quint64 sequence) {
    auto me = core::ExchangeIdentity::laptop(laptop.db->db());
    REQUIRE(me.ok());
    core::PackageHeader header;
    header.programmeId = core::uuidBytes(me->programmeId);
    header.senderId = core::uuidBytes(me->deviceId);
    header.sequence = sequence;
    header.changeCount = quint64(changes.size());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto writer = core::PackageWriter::sealed(out, header, me->centralBoxPublic, me->signSecret);
    REQUIRE(writer.ok());
    for (const core::WireChange& c : changes) {
        REQUIRE((*writer)->addChange(c));
    }
    REQUIRE((*writer)->finish());
    return out.buffer();
}

core::WireChange ExchangeWorld::personChange(Laptop& laptop, const QString& person, const QByteArray& fields) {
    core::WireChange c;
    c.changeId = laptop.db->db().ids().next();
    c.table = QStringLiteral("person");
    c.recordId = person;
    c.op = QStringLiteral("update");
    c.fields = fields;
    c.hlc = laptop.db->db().hlc().now();
    c.device = laptop.deviceId;
    c.user = laptop.name;
    return c;
}

core::ImportReport ExchangeWorld::mergeIntoCentral(const QByteArray& package, const QString& name, bool dryRun) {
    core::Importer importer(m_central->db());
    core::ImportOptions options;
    options.dryRun = dryRun;
    options.backup = false;
    return importer.importBytes(package, name, options);
}

QByteArray ExchangeWorld::returnTo(Laptop& laptop) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto summary = core::Packages::returnTo(m_central->db(), laptop.deviceId, out);
    if (!summary) {
        FAIL(summary.error().toString().toStdString());
    }
    return summary->changes == 0 ? QByteArray() : out.buffer();
}

core::ImportReport ExchangeWorld::mergeIntoLaptop(Laptop& laptop, const QByteArray& package) {
    core::Importer importer(laptop.db->db());
    core::ImportOptions options;
    options.backup = false;
    return importer.importBytes(package, QStringLiteral("return"), options);
}

ExchangeWorld::CopyOutcome ExchangeWorld::mergeIntoCopy(const QList<QByteArray>& files) {
    REQUIRE(m_central->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
    REQUIRE(QFile::copy(m_central->path(), path));
    core::ManualClock clock(m_central->clock().nowMs());
    core::DatabaseOptions options;
    options.clock = &clock;
    options.user = QStringLiteral("supervisor");
    auto db = core::Database::open(path, options);
    REQUIRE(db.ok());
    core::Importer importer(**db);
    core::ImportOptions noBackup;
    noBackup.backup = false;
    for (const QByteArray& file : files) {
        const core::ImportReport r = importer.importBytes(file, QStringLiteral("file"), noBackup);
        INFO(r.message.toStdString() << ' ' << r.detail.toStdString());
        REQUIRE(r.status != core::ImportStatus::Refused);
    }
    auto problems = core::IntegrityCheck::run(**db);
    REQUIRE(problems.ok());
    return {dumpHash(**db), conflictSet(**db), *problems, path};
}

void ExchangeWorld::tick(qint64 ms) {
    m_central->clock().advance(ms);
    for (Laptop& l : m_laptops) {
        l.db->clock().advance(ms);
    }
}

QByteArray ExchangeWorld::dumpHash(core::Database& db) {
    auto hash = core::Dump::hash(db);
    REQUIRE(hash.ok());
    return *hash;
}

QStringList ExchangeWorld::dumpLines(core::Database& db) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(core::Dump::write(db, out));
    return QString::fromUtf8(out.buffer()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList ExchangeWorld::conflictSet(core::Database& db) {
    core::Statement st(db, QStringLiteral("SELECT table_name, record_id, field, base, candidates FROM "
                                          "exchange_conflict ORDER BY table_name, record_id, field"));
    REQUIRE(st.exec());
    QStringList out;
    while (st.next()) {
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(st.value(4).toString().toUtf8()).array()) {
            ids.append(v.toObject().value(QStringLiteral("change_id")).toString());
        }
        out.append(QStringList{st.value(0).toString(), st.value(1).toString(), st.value(2).toString(),
                               st.value(3).toString(), ids.join(QLatin1Char(','))}
                       .join(QLatin1Char('|')));
    }
    return out;
}

} // namespace fieldcase::test
