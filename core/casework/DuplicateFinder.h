// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fieldcase::core {

class Database;

// What a new person is going to be saved as, for the duplicate check.
struct PersonIdentity {
    QString familyName;
    QString givenNames;
    QString birthName;
    QString birthDate; // yyyy-MM-dd or empty
};

struct DuplicateCandidate {
    enum class Strength { Possible, Likely, Certain };
    QString id;
    QString name;
    QString birthDate; // stored form
    QString household;
    QString locality;
    Strength strength = Strength::Possible;
    QString reason; // translated: why this person looks like the same one
};

// People already on this laptop who may be the one about to be registered: same or similar
// name (spelling variants ignored, see names::wordKey; given and family name in either order;
// a married or feminine form against the birth name) and the same or a nearly the same birth
// date (one digit mistyped, day and month swapped). Candidates come from the birth-date index
// and the name search index, never from a scan of everyone.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Database& db);

    // Strongest first; the person with excludeId (the one being edited) is left out.
    Result<QList<DuplicateCandidate>> find(const PersonIdentity& who, const QString& excludeId = {}, int limit = 8);

private:
    Database& m_db;
};

} // namespace fieldcase::core
