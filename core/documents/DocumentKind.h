// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fieldcase::core {

// The documents Fieldcase prints, each rendered from one record.
enum class DocumentKind {
    IndividualPlan, // a plan of kind individual
    FamilyPlan,     // a plan of kind family: household, members, goals per person and shared
    PlanReview,     // one plan_review
    Visit,          // one activity (home visit, consultation, case conference ...)
    Attendance,     // the sign-in sheet of one event
    Consent,        // one consent, with the text of its purpose
    CaseSummary,    // one person
};

class DocumentKinds {
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)

public:
    static QList<DocumentKind> all();
    // The name used on the command line: plan, family-plan, review, visit, attendance,
    // consent, summary.
    static QString name(DocumentKind kind);
    static std::optional<DocumentKind> fromName(const QString& name);
    // The translated title printed on the document.
    static QString title(DocumentKind kind);
    // The table whose record the document is printed from.
    static QString table(DocumentKind kind);
};

// One document to print: what kind, from which record.
struct DocumentRequest {
    DocumentKind kind = DocumentKind::IndividualPlan;
    QString id;
};

// A locality and the number of its plans that await signature.
struct SignatureQueue {
    QString localityId;
    QString name;
    int plans = 0;
};

} // namespace fieldcase::core
