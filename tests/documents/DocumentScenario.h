// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Builders.h"

#include <QString>
#include <QStringList>

namespace fieldcase::test {

// One settlement's worth of case work to print: a Hungarian household with an individual and a
// family plan, a review, a home visit, a consent, and a forum whose registered participants
// come from all five countries (names in Latin with diacritics and in Cyrillic).
struct DocumentScenario {
    explicit DocumentScenario(core::Database& db);

    Builders build;
    QString programme;
    QString locality;
    QString otherLocality;
    QString household;
    QString gabor;     // Lakatos Gábor Ödön, 19
    QString erzsebet;  // his mother
    QString dzsenifer; // his sister, 12
    QString caseManager;
    QString socialWorker; // whose account is the test database's user
    QString expert;
    QString plan;       // Gábor's individual plan, awaiting signature
    QStringList goals;  // its goal titles, in order
    QString familyPlan; // the household's family plan, awaiting signature
    QString review;
    QString visit;
    QString consent;
    QString event;
    QStringList attendees; // the registered participants' names as printed
    QString otherPlan;     // awaiting signature, in the other locality
    QString activePlan;    // in the first locality, but already signed
};

} // namespace fieldcase::test
