// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentKind.h"

namespace fieldcase::core {

QList<DocumentKind> DocumentKinds::all() {
    return {DocumentKind::IndividualPlan, DocumentKind::FamilyPlan, DocumentKind::PlanReview, DocumentKind::Visit,
            DocumentKind::Attendance,     DocumentKind::Consent,    DocumentKind::CaseSummary};
}

QString DocumentKinds::name(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::IndividualPlan:
        return QStringLiteral("plan");
    case DocumentKind::FamilyPlan:
        return QStringLiteral("family-plan");
    case DocumentKind::PlanReview:
        return QStringLiteral("review");
    case DocumentKind::Visit:
        return QStringLiteral("visit");
    case DocumentKind::Attendance:
        return QStringLiteral("attendance");
    case DocumentKind::Consent:
        return QStringLiteral("consent");
    case DocumentKind::CaseSummary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<DocumentKind> DocumentKinds::fromName(const QString& name) {
    for (DocumentKind kind : all()) {
        if (DocumentKinds::name(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString DocumentKinds::title(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::IndividualPlan:
        return tr("Individual development plan");
    case DocumentKind::FamilyPlan:
        return tr("Family development plan");
    case DocumentKind::PlanReview:
        return tr("Plan review record");
    case DocumentKind::Visit:
        return tr("Home visit record");
    case DocumentKind::Attendance:
        return tr("Attendance sheet");
    case DocumentKind::Consent:
        return tr("Consent form");
    case DocumentKind::CaseSummary:
        return tr("Case summary");
    }
    return {};
}

QString DocumentKinds::table(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::IndividualPlan:
    case DocumentKind::FamilyPlan:
        return QStringLiteral("plan");
    case DocumentKind::PlanReview:
        return QStringLiteral("plan_review");
    case DocumentKind::Visit:
        return QStringLiteral("activity");
    case DocumentKind::Attendance:
        return QStringLiteral("event");
    case DocumentKind::Consent:
        return QStringLiteral("consent");
    case DocumentKind::CaseSummary:
        return QStringLiteral("person");
    }
    return {};
}

} // namespace fieldcase::core
