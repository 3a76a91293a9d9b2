// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ConsentTexts.h"

namespace fieldcase::core {

QStringList ConsentTexts::purposeText(const QString& purpose) {
    if (purpose == QStringLiteral("case_work")) {
        return {tr("I agree that the programme team records my personal data and the data of my household that are "
                   "needed for our work together: names, dates of birth, contact details, the development plan, "
                   "visits, services and agreements."),
                tr("The data are used only to plan and provide support to me and my family and to report to the "
                   "funder in a form that does not identify me.")};
    }
    if (purpose == QStringLiteral("data_sharing")) {
        return {tr("I agree that the programme team shares the data needed for my support with the services "
                   "named in my development plan (for example the family support service, the job centre, the "
                   "school or the district nurse)."),
                tr("Only the data that a service needs for the task are shared, and each sharing is recorded.")};
    }
    if (purpose == QStringLiteral("referral")) {
        return {tr("I agree that the programme team refers me to another service and sends that service my name, "
                   "contact details and the reason for the referral."),
                tr("The receiving service tells the team whether it accepted the referral and how it ended.")};
    }
    if (purpose == QStringLiteral("special_category")) {
        return {tr("I agree that the programme records data about my health, disability or ethnic origin, which "
                   "the law protects specially, because I want them taken into account in my support."),
                tr("These data are seen only by the staff who work with me and are never printed in reports "
                   "that leave the programme.")};
    }
    if (purpose == QStringLiteral("photos")) {
        return {tr("I agree that photographs or video in which I can be recognised are taken at programme events "
                   "and used in the programme's reports and publications."),
                tr("I can ask at any time that a picture of me is not used again.")};
    }
    if (purpose == QStringLiteral("monitoring")) {
        return {tr("I agree that the programme records the data the funder requires at entry and exit "
                   "(labour status, education, household situation) and contacts me up to six months after I "
                   "leave the programme to ask about my situation."),
                tr("The funder receives these data only as totals that do not identify anyone.")};
    }
    return {};
}

QStringList ConsentTexts::rights() {
    return {tr("My consent is voluntary. If I do not give it, or withdraw it later, I still receive the support "
               "that does not depend on it."),
            tr("I can withdraw this consent at any time, in writing or by telling a member of the team; the "
               "withdrawal applies from that day on."),
            tr("I have the right to see the data kept about me, to have mistakes corrected and, where the law "
               "allows, to have data erased. I can complain to the data protection authority.")};
}

} // namespace fieldcase::core
