// SPDX-License-Identifier: GPL-3.0-or-later
// The body of each kind of document. Internal to the documents library: DocumentPrinter picks
// the function, loads the record and frames the pages.
#pragma once

#include "documents/DocumentBuilder.h"
#include "documents/DocumentData.h"
#include "documents/DocumentKind.h"
#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace fieldcase::core::content {

// The translation context of the document bodies.
class Documents {
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

// What a body tells the frame around it.
struct BodyInfo {
    QString subject;     // whom or what the document is about, for the footer
    QString programmeId; // whose letterhead; empty for the database's programme
};

Result<BodyInfo> individualPlan(DocumentData& data, const Record& plan, DocumentBuilder& out);
Result<BodyInfo> familyPlan(DocumentData& data, const Record& plan, DocumentBuilder& out);
Result<BodyInfo> planReview(DocumentData& data, const Record& review, DocumentBuilder& out);
Result<BodyInfo> visit(DocumentData& data, const Record& activity, DocumentBuilder& out);
Result<BodyInfo> attendance(DocumentData& data, const Record& event, DocumentBuilder& out);
Result<BodyInfo> consent(DocumentData& data, const Record& consent, DocumentBuilder& out);
Result<BodyInfo> caseSummary(DocumentData& data, const Record& person, DocumentBuilder& out);

// Shared by the plan documents and the case summary.
QString planPeriod(const Record& plan);
QString goalResponsible(DocumentData& data, const Record& goal);
QString ageOn(const Record& person, const QDate& day);

} // namespace fieldcase::core::content
