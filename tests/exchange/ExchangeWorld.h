// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include "exchange/Importer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <deque>
#include <memory>

namespace fieldcase::test {

// A central copy and laptops enrolled in it, each a real database file on its own manual clock.
// The central copy starts with a programme, a locality, a household and the Lakatos family.
class ExchangeWorld {
public:
    struct Laptop {
        QString name;
        QString staffId;
        QString deviceId;
        std::unique_ptr<TestDatabase> db;
    };

    ExchangeWorld();

    TestDatabase& central() { return *m_central; }
    Laptop& addLaptop(const QString& name, const QString& worker);
    Laptop& laptop(int i) { return m_laptops.at(size_t(i)); }
    int laptopCount() const { return int(m_laptops.size()); }

    QString householdId() const { return m_household; }
    QString localityId() const { return m_locality; }
    const QStringList& people() const { return m_people; }

    // A laptop's export (empty when there is nothing new).
    QByteArray exportFrom(Laptop& laptop);
    // An export of the laptop made by hand, as another version might write it: these changes, as
    // file number `sequence`.
    static QByteArray handMadeExport(Laptop& laptop, const QList<core::WireChange>& changes, quint64 sequence = 1);
    // An update of a person on the laptop, stamped now, with fields as the change log writes them.
    static core::WireChange personChange(Laptop& laptop, const QString& person, const QByteArray& fields);
    core::ImportReport mergeIntoCentral(const QByteArray& package, const QString& name = QStringLiteral("file"),
                                        bool dryRun = false);
    QByteArray returnTo(Laptop& laptop);
    core::ImportReport mergeIntoLaptop(Laptop& laptop, const QByteArray& package);

    // Merges files, in the order given, into a copy of the central copy as it is now (the central
    // copy itself is left alone): what the supervisor would get from that order.
    struct CopyOutcome {
        QByteArray hash;
        QStringList conflicts;
        QStringList problems; // what `check` reports
        QString path;         // the copy, left in the world's folder
    };
    CopyOutcome mergeIntoCopy(const QList<QByteArray>& files);

    // Moves every clock on, as time passes between edits on different machines.
    void tick(qint64 ms = 1000);

    static QByteArray dumpHash(core::Database& db);
    static QStringList dumpLines(core::Database& db);
    // The open conflicts as comparable text: table, record, field and the candidates' change ids.
    static QStringList conflictSet(core::Database& db);
    static const QString kPassphrase;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_central;
    std::deque<Laptop> m_laptops; // a deque: references to laptops stay valid as more join
    QString m_household;
    QString m_locality;
    QStringList m_people;
    int m_copies = 0;
};

} // namespace fieldcase::test
