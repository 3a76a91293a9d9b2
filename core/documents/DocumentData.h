// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentKind.h"
#include "documents/PagedRenderer.h"
#include "domain/Record.h"
#include "domain/RecordStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

class Database;

// What the document builders read: records through RecordStore, names looked up once and
// kept, the letterhead, and who prints when. Read-only.
class DocumentData {
    Q_DECLARE_TR_FUNCTIONS(DocumentData)

public:
    explicit DocumentData(Database& db);

    Database& db() { return m_db; }

    // A live record; NotFound, with a message that names what was asked for, otherwise.
    Result<Record> record(const QString& table, const QString& id);
    // Live records of table whose field holds id, ordered by orderBy.
    Result<QList<Record>> children(const QString& table, const QString& field, const QString& id,
                                   const QString& orderBy = {}, bool descending = false, int limit = -1);

    // The value of a field as a reader sees it (dates with four-digit years, labels of choices).
    static QString show(const Record& record, const QString& field);
    // The label of a field of a table, translated.
    static QString label(const QString& table, const QString& field);

    QString personName(const QString& personId);
    QString staffName(const QString& staffId);
    QString localityName(const QString& localityId);
    // A person's household, when they have one (an empty record otherwise).
    Record householdOf(const Record& person);

    // The letterhead of the programme (the first programme of the database when none is given).
    Result<PageHeader> header(const QString& programmeId);
    // The programme of a locality, for records that reach their programme through a place.
    QString programmeOfLocality(const QString& localityId);

    QString printedLine();
    // "Plan version N" for plans; for other records the time of their last change, which the
    // record carries everywhere it travels, and a short form of its clock stamp.
    QString versionLine(const Record& record);

    // Plans awaiting signature of the people of a locality, individual and family, in the
    // order of the household and person names.
    Result<QList<Record>> plansAwaitingSignature(const QString& localityId);
    // The localities that have plans awaiting signature, with how many, by name.
    Result<QList<SignatureQueue>> signatureQueues();

private:
    const Record* cached(const QString& table, const QString& id);

    Database& m_db;
    RecordStore m_store;
    QHash<QString, Record> m_cache; // table + '/' + id
    QHash<QString, PageHeader> m_headers;
};

// A date or date-time for print, always with a four-digit year.
QString printDate(const QDate& date);
QString printDateTime(const QDateTime& dateTime);

} // namespace fieldcase::core
