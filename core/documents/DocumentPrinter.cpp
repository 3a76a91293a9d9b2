// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentPrinter.h"

#include "documents/DocumentContent.h"
#include "documents/DocumentData.h"
#include "documents/PagedRenderer.h"
#include "domain/Schema.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace fieldcase::core {

namespace {

// Text positions in the PDF are exact at any resolution; 300 dpi keeps logos sharp on paper.
constexpr int kPdfResolution = 300;

QString planKindFor(DocumentKind kind) {
    return kind == DocumentKind::FamilyPlan ? QStringLiteral("family") : QStringLiteral("individual");
}

// The newest plan that is not closed: the one in force or about to be signed.
const Record* newestOpenPlan(const QList<Record>& plans) {
    const Record* best = nullptr;
    for (const Record& plan : plans) {
        if (plan.text(QStringLiteral("status")) == QStringLiteral("closed")) {
            continue;
        }
        if (!best || plan.text(QStringLiteral("start_date")) > best->text(QStringLiteral("start_date"))) {
            best = &plan;
        }
    }
    return best;
}

DocumentRequest planRequest(const Record& plan) {
    const bool family = plan.text(QStringLiteral("kind")) == QStringLiteral("family");
    return DocumentRequest{family ? DocumentKind::FamilyPlan : DocumentKind::IndividualPlan, plan.id};
}

} // namespace

struct DocumentPrinter::Built {
    PageFrame frame;
    QList<KeepTogether> units;
};

DocumentPrinter::DocumentPrinter(Database& db)
    : m_db(db)
    , m_data(std::make_unique<DocumentData>(db)) {}

DocumentPrinter::~DocumentPrinter() = default;

Status DocumentPrinter::check(const DocumentRequest& request) {
    auto record = m_data->record(DocumentKinds::table(request.kind), request.id);
    if (!record) {
        return record.error();
    }
    if (request.kind == DocumentKind::IndividualPlan || request.kind == DocumentKind::FamilyPlan) {
        const QString kind = record->text(QStringLiteral("kind"));
        if (kind != planKindFor(request.kind)) {
            const DocumentKind actual =
                kind == QStringLiteral("family") ? DocumentKind::FamilyPlan : DocumentKind::IndividualPlan;
            return makeError(ErrorCode::InvalidInput,
                             tr("The plan %1 is of the kind \"%2\", not \"%3\". Print it as \"%2\".")
                                 .arg(request.id, DocumentKinds::name(actual), DocumentKinds::name(request.kind)));
        }
    }
    return {};
}

Result<DocumentPrinter::Built> DocumentPrinter::build(const DocumentRequest& request, QTextDocument& document,
                                                      qreal unitsPerPoint) {
    auto record = m_data->record(DocumentKinds::table(request.kind), request.id);
    if (!record) {
        return record.error();
    }
    DocumentBuilder builder(document, unitsPerPoint);
    Result<content::BodyInfo> body = makeError(ErrorCode::InvalidInput, QString());
    switch (request.kind) {
    case DocumentKind::IndividualPlan:
        body = content::individualPlan(*m_data, *record, builder);
        break;
    case DocumentKind::FamilyPlan:
        body = content::familyPlan(*m_data, *record, builder);
        break;
    case DocumentKind::PlanReview:
        body = content::planReview(*m_data, *record, builder);
        break;
    case DocumentKind::Visit:
        body = content::visit(*m_data, *record, builder);
        break;
    case DocumentKind::Attendance:
        body = content::attendance(*m_data, *record, builder);
        break;
    case DocumentKind::Consent:
        body = content::consent(*m_data, *record, builder);
        break;
    case DocumentKind::CaseSummary:
        body = content::caseSummary(*m_data, *record, builder);
        break;
    }
    if (!body) {
        return body.error();
    }
    auto header = m_data->header(body->programmeId);
    if (!header) {
        return header.error();
    }
    Built built;
    built.frame.header = *header;
    built.frame.subject = body->subject;
    built.frame.printedLine = m_data->printedLine();
    built.frame.versionLine = m_data->versionLine(*record);
    built.units = builder.keepTogether();
    return built;
}

Status DocumentPrinter::print(QPagedPaintDevice& device, const QList<DocumentRequest>& requests,
                              const PrintProgress& progress) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Unsupported, tr("Printing needs the graphical part of Qt, which is not running."),
                         QStringLiteral("no QGuiApplication"));
    }
    if (requests.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("There is nothing to print."));
    }
    for (const DocumentRequest& request : requests) {
        if (auto s = check(request); !s) {
            return s;
        }
    }
    PagedRenderer::preparePage(device);
    QPainter painter;
    if (!painter.begin(&device)) {
        return makeError(ErrorCode::Io, tr("The printer or file could not be opened for printing."));
    }
    const PagedRenderer renderer(device);
    m_totalPageCount = 0;
    for (int i = 0; i < requests.size(); ++i) {
        QTextDocument document;
        auto built = build(requests.at(i), document, renderer.unitsPerPoint());
        if (!built) {
            painter.end();
            return built.error();
        }
        const QList<PagedRenderer::Slice> pages = renderer.paginate(document, built->units);
        m_lastPageCount = int(pages.size());
        m_totalPageCount += m_lastPageCount;
        renderer.paint(painter, document, pages, built->frame, i == 0);
        if (progress && !progress(i + 1, int(requests.size()))) {
            painter.end();
            return makeError(ErrorCode::Cancelled, tr("Printing was stopped."));
        }
    }
    if (!painter.end()) {
        return makeError(ErrorCode::Io, tr("The printer or file did not accept the pages."));
    }
    return {};
}

Status DocumentPrinter::writePdf(const QString& path, const QList<DocumentRequest>& requests,
                                 const PrintProgress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         tr("%1 cannot be written. Choose a folder you can write to.").arg(QFileInfo(path).filePath()),
                         file.errorString());
    }
    Status printed;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Fieldcase %1").arg(QStringLiteral(FIELDCASE_VERSION)));
        if (requests.size() == 1) {
            writer.setTitle(DocumentKinds::title(requests.first().kind));
        }
        printed = print(writer, requests, progress);
    }
    if (!printed) {
        file.cancelWriting();
        return printed;
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         tr("%1 cannot be written. Choose a folder you can write to.").arg(QFileInfo(path).filePath()),
                         file.errorString());
    }
    return {};
}

Result<QList<DocumentRequest>> DocumentPrinter::plansAwaitingSignature(const QString& localityId) {
    auto plans = m_data->plansAwaitingSignature(localityId);
    if (!plans) {
        return plans.error();
    }
    QList<DocumentRequest> requests;
    for (const Record& plan : *plans) {
        const bool family = plan.text(QStringLiteral("kind")) == QStringLiteral("family");
        requests.append({family ? DocumentKind::FamilyPlan : DocumentKind::IndividualPlan, plan.id});
    }
    return requests;
}

Result<QList<SignatureQueue>> DocumentPrinter::signatureQueues() {
    return m_data->signatureQueues();
}

Result<QList<Record>> DocumentPrinter::familyPlans(const QString& householdId) {
    auto plans = m_data->children(QStringLiteral("plan"), QStringLiteral("household_id"), householdId);
    if (!plans) {
        return plans.error();
    }
    QList<Record> family;
    for (const Record& plan : *plans) {
        if (plan.text(QStringLiteral("kind")) == QStringLiteral("family")) {
            family.append(plan);
        }
    }
    return family;
}

Result<DocumentRequest> DocumentPrinter::defaultForPerson(const QString& personId) {
    auto person = m_data->record(QStringLiteral("person"), personId);
    if (!person) {
        return person.error();
    }
    auto own = m_data->children(QStringLiteral("plan"), QStringLiteral("person_id"), personId,
                                QStringLiteral("start_date"), true);
    if (!own) {
        return own.error();
    }
    QList<Record> candidates = *own;
    const QString householdId = person->text(QStringLiteral("household_id"));
    if (!householdId.isEmpty()) {
        auto family = familyPlans(householdId);
        if (!family) {
            return family.error();
        }
        candidates += *family;
    }
    const Record* best = newestOpenPlan(candidates);
    if (!best) {
        return DocumentRequest{DocumentKind::CaseSummary, personId};
    }
    return planRequest(*best);
}

Result<DocumentRequest> DocumentPrinter::forRecord(const QString& table, const QString& id) {
    if (table == QStringLiteral("person")) {
        return defaultForPerson(id);
    }
    auto record = m_data->record(table, id);
    if (!record) {
        return record.error();
    }
    if (table == QStringLiteral("plan")) {
        return planRequest(*record);
    }
    for (DocumentKind kind :
         {DocumentKind::PlanReview, DocumentKind::Visit, DocumentKind::Attendance, DocumentKind::Consent}) {
        if (table == DocumentKinds::table(kind)) {
            return DocumentRequest{kind, id};
        }
    }
    if (table == QStringLiteral("household")) {
        auto family = familyPlans(id);
        if (!family) {
            return family.error();
        }
        if (const Record* current = newestOpenPlan(*family)) {
            return planRequest(*current);
        }
        return makeError(ErrorCode::NotFound,
                         tr("The %1 household has no family plan in force or awaiting signature, so there is "
                            "nothing to print for it. Open one of its members to print their plan or case summary.")
                             .arg(record->text(QStringLiteral("name"))));
    }
    const TableDef* def = Schema::instance().table(table);
    return makeError(ErrorCode::InvalidInput,
                     tr("There is no printed document for a %1. Open a person, household, plan, plan review, "
                        "visit, group event or consent, then print.")
                         .arg((def ? def->displayLabel() : table).toLower()));
}

Result<DocumentRequest> DocumentPrinter::summaryFor(const QString& table, const QString& id) {
    auto record = m_data->record(table, id);
    if (!record) {
        return record.error();
    }
    if (table == QStringLiteral("person")) {
        return DocumentRequest{DocumentKind::CaseSummary, id};
    }
    QString person = record->text(QStringLiteral("person_id"));
    if (person.isEmpty() && table == QStringLiteral("plan_review")) {
        // A review is about its plan's person, or its household's head.
        if (auto plan = m_data->record(QStringLiteral("plan"), record->text(QStringLiteral("plan_id")))) {
            record = *plan;
            person = record->text(QStringLiteral("person_id"));
        }
    }
    if (person.isEmpty()) {
        const QString householdId =
            table == QStringLiteral("household") ? id : record->text(QStringLiteral("household_id"));
        if (!householdId.isEmpty()) {
            if (auto household = m_data->record(QStringLiteral("household"), householdId)) {
                person = household->text(QStringLiteral("head_person_id"));
            }
        }
    }
    if (person.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This record is not about one person. Open a person, or a record about them, to print "
                            "their case summary."));
    }
    return DocumentRequest{DocumentKind::CaseSummary, person};
}

} // namespace fieldcase::core
