// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Schema.h"
#include "exchange/Fold.h"
#include "exchange/RecordKey.h"
#include "exchange/WireChange.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace fieldcase::core {

class Database;
class RawStatement;

// What one batch of changes did (or would do, in a dry run).
struct MergeCounts {
    qint64 changes = 0;        // in the batch
    qint64 alreadyPresent = 0; // known here before (same change id)
    qint64 newRecords = 0;
    qint64 changedRecords = 0;
    qint64 conflicts = 0; // conflicts opened by the batch
    qint64 quarantined = 0;
    QStringList quarantineReasons; // the first few, for the report
    QStringList newPeople;         // ids of people the batch created, for the duplicate check
};

// Folds incoming changes into the database, inside the caller's transaction. Each change is logged
// with its original change id (a second arrival is a no-op), device, user and stamp. A change that
// is later than everything known of its record continues the record's fold in place (the fast
// path); any other, and any that meets a different value, marks the record for a fold from its full
// history at finish(). A change that is not well formed (unknown table or field, a value of the
// wrong type) is set aside in quarantine with the reason, kept to be merged once the schema accepts
// it (Quarantine); the rest of the batch goes on.
class Merger {
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    // Changes are checked against the given schema: this version's, unless a caller knows better.
    explicit Merger(Database& db, const Schema& schema = Schema::instance());
    ~Merger();

    Status begin(const QString& sender = {}, quint64 sequence = 0);
    Status add(const WireChange& change);
    // Why add() would set the change aside, or nothing: it can be merged.
    QString check(const WireChange& change);
    Status finish();
    const MergeCounts& counts() const { return m_counts; }

    // Logs a change made here (a resolution, a restore, a person merge) and folds its record.
    struct LocalChange {
        QString table;
        QString recordId;
        QString op = QStringLiteral("update");
        QString action;
        QJsonObject fields; // field -> [old, new]
        QStringList settles;
        QString redirect;
        QString note;
    };
    Result<QString> addLocal(const LocalChange& change);

    // Folds one record again from its full history.
    Status refold(const TableDef& table, const QString& id);
    // The changes known for a record, in fold order.
    Result<QList<FoldChange>> history(const QString& table, const QString& id);

private:
    // One field of an incoming change, read and checked once.
    struct FieldChange {
        const FieldDef* def = nullptr;
        int index = 0;     // in TableDef::fields
        QJsonValue before; // the old value as sent
        QJsonValue after;  // the new value as sent
        QVariant stored;   // the new value as stored
    };
    using FieldChanges = QVarLengthArray<FieldChange, 8>;
    struct TableStatements;
    TableStatements& statementsFor(const TableDef& table);
    // SELECT deleted FROM the table WHERE id = ?, reset.
    RawStatement& stateStatement(const TableDef& table);
    RawStatement& cached(const QString& sql);
    Status quarantine(const WireChange& c, const QString& reason);
    // Checks a change; its fields, read and checked, go to *parsed. Returns why it cannot be used, or
    // nothing.
    QString validate(const WireChange& c, const TableDef** table, FieldChanges* parsed);
    Result<bool> tryGuardedUpdate(const TableDef& table, TableStatements& ts, const WireChange& c,
                                  const QByteArray& recordId, const FieldChanges& fields);
    Result<bool> tryFastPath(const TableDef& table, const WireChange& c, const QByteArray& recordId,
                             const FieldChanges& fields, bool* existed);
    Status writeFolded(const TableDef& table, const QString& id, const FoldResult& folded);
    Status writeConflicts(const TableDef& table, const QString& id, const FoldResult& folded);
    Status logChange(const WireChange& c, const QByteArray& recordId, const QByteArray& fields, bool* inserted);
    // Keeps alive the records deleted by their own history that live records point at, and lets
    // go of those nothing live points at any more (MergerReferences.cpp).
    Status holdReferenced();
    // The records the batch points at that this copy does not have, as "table/id", sorted.
    Result<QStringList> missingReferences();
    // Counts the new and the changed records, and lists the new people, from m_touched.
    void countTouched();
    Status writeHeld(const TableDef& table, const QString& id, const QStringList& referrers);
    Status loadHeld();
    void noteHeldTargets(const TableDef& table, const QList<QVariant>& row);
    struct RowState {
        bool exists = false;
        bool deleted = false;
    };
    Result<RowState> rowState(const TableDef& table, const QString& id);
    // The sort key of a row from its field values, in TableDef::fields order.
    static QVariant sortKey(const TableDef& table, const QList<QVariant>& values);
    // A statement every change runs, prepared once and rewound: each run binds all its values.
    RawStatement& statement(std::unique_ptr<RawStatement>& slot, const QString& sql);
    // The UTF-8 of text that repeats from change to change (table, operation, device, user).
    const QByteArray& utf8(const QString& text);
    // Schema::table(), remembering the last few names by their text's address: the package reader
    // and the schema hand out the same few strings again and again.
    const TableDef* tableNamed(const QString& name);

    Database& m_db;
    const Schema& m_schema;
    QString m_sender;
    quint64 m_sequence = 0;
    MergeCounts m_counts;
    qint64 m_conflictIdBefore = 0;
    std::unordered_map<QString, std::unique_ptr<RawStatement>> m_cache;
    std::unique_ptr<RawStatement> m_insertChange; // the statements every change runs
    std::unique_ptr<RawStatement> m_countChanges;
    std::array<std::pair<QString, QByteArray>, 8> m_recentUtf8; // see utf8()
    size_t m_nextRecent = 0;
    std::array<std::pair<QString, const TableDef*>, 8> m_recentTables{}; // see tableNamed()
    size_t m_nextTable = 0;
    QHash<const TableDef*, std::shared_ptr<TableStatements>> m_tables;
    QHash<QString, QString> m_redirects; // "table/old" -> new
    // Each change's record in batch order, with whether its row was there before: the counts of
    // new and changed records are taken from the first of each record, in finish(). A list, not a
    // set, as a batch of a million changes would otherwise spend its time in the set.
    struct Touched {
        RecordKey key;
        bool existed = false;
        size_t position = 0; // in the batch
    };
    std::vector<Touched> m_touched;
    QList<QPair<const TableDef*, QString>> m_dirty;
    QSet<RecordKey> m_dirtyKeys;
    QSet<QString> m_held;      // "table/id" kept alive because live records point at them
    QSet<QString> m_holdCheck; // records that may have to be kept or let go, and what they point at
    // Every record a change since the last check points at, repeats included until
    // holdReferenced() sorts them; in a batch, also the records that must exist at the end.
    std::vector<RecordKey> m_pointedAt;
};

} // namespace fieldcase::core
