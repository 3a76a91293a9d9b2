// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DocumentKind.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fieldcase::core {

class Database;
class DocumentData;
struct KeepTogether;
struct PageFrame;

// Called after each document of a batch with the number done and the total; return false to
// stop (the print then fails with ErrorCode::Cancelled and a PDF is not written).
using PrintProgress = std::function<bool(int done, int total)>;

// Prints documents from the records of a database: to a PDF file, or onto any paged device a
// front end hands in (a QPrinter of the print dialog or preview is one). Each document starts
// on a new sheet and numbers its own pages. Needs a QGuiApplication (fonts).
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    explicit DocumentPrinter(Database& db);
    ~DocumentPrinter();
    DocumentPrinter(const DocumentPrinter&) = delete;
    DocumentPrinter& operator=(const DocumentPrinter&) = delete;

    // Whether the record exists, is live and is of the kind asked for; nothing is rendered.
    Status check(const DocumentRequest& request);

    // Paints the documents, one after another, onto the device. Every request is checked before
    // the first page is painted, so a wrong id never leaves half a print job.
    Status print(QPagedPaintDevice& device, const QList<DocumentRequest>& requests, const PrintProgress& progress = {});

    // Writes the documents as one PDF (A4, fonts embedded). The file appears only when every
    // document was written; an existing file is replaced only then.
    Status writePdf(const QString& path, const QList<DocumentRequest>& requests, const PrintProgress& progress = {});

    // Every plan of the people of a locality whose status is awaiting signature, as requests
    // of the right kind (individual or family), in the order of household and person names.
    Result<QList<DocumentRequest>> plansAwaitingSignature(const QString& localityId);

    // The localities with plans awaiting signature, for municipality staff to choose from.
    Result<QList<SignatureQueue>> signatureQueues();

    // What printing means for a person who is on screen: their newest plan that is not closed
    // (their own, or their household's family plan), else their case summary.
    Result<DocumentRequest> defaultForPerson(const QString& personId);

    // What printing means for the record on screen: a plan, plan review, visit or service, event
    // (its attendance sheet) and consent print as themselves, a household its current family
    // plan, a person as defaultForPerson. Other records have no document of their own.
    Result<DocumentRequest> forRecord(const QString& table, const QString& id);

    // The case summary of the person a record is about: the person, the one a plan, visit or
    // consent names, else the head of the household it belongs to.
    Result<DocumentRequest> summaryFor(const QString& table, const QString& id);

    // The number of pages of the last document painted (for tests and the batch tool).
    int lastPageCount() const { return m_lastPageCount; }
    int totalPageCount() const { return m_totalPageCount; }

private:
    struct Built;
    Result<QList<Record>> familyPlans(const QString& householdId);
    Result<Built> build(const DocumentRequest& request, QTextDocument& document, qreal unitsPerPoint);

    Database& m_db;
    std::unique_ptr<DocumentData> m_data;
    int m_lastPageCount = 0;
    int m_totalPageCount = 0;
};

} // namespace fieldcase::core
