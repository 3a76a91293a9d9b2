// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace fieldcase::core {

class RecordStore;

struct SeedTarget {
    QString period;    // month, quarter, year or whole_programme
    QDate periodStart; // invalid for the whole programme
    double target = 0;
};

struct SeedIndicator {
    QString code;
    const char* name = nullptr;        // source text (context "IndicatorSeed")
    const char* description = nullptr; // source text (context "IndicatorSeed")
    QString kind;
    QJsonObject params;
    bool builtIn = false;
    QList<SeedTarget> targets;
};

// The indicators a new database starts with: every ESF+ 2021-2027 common indicator on participants
// (built in, computed as esf_common), and a ready example set for the kind of programme, with the
// targets its programme description gives. The supervisor adds, changes and removes the examples like
// any other record; built-in ones are marked so.
//
// Left out until their registers exist, rather than counted from something else: shelter beds in use
// (regional social services: needs the register of stays), complaints answered in time (community work
// centre: needs the complaints line) and the service route map finished by month 24 (county
// coordination: needs the map of local services).
class IndicatorSeed {
    Q_DECLARE_TR_FUNCTIONS(IndicatorSeed)

public:
    // programmeKind is a value of programme.kind; start and end are the programme's dates (when
    // either is not known, only targets for the whole programme are set).
    static QList<SeedIndicator> forProgramme(const QString& programmeKind, const QDate& start, const QDate& end);

    // The fields of the indicator record; names and descriptions in the user's language when
    // translated is true, otherwise as written in the source (the demo's data are the same everywhere).
    static QVariantMap indicatorFields(const SeedIndicator& seed, const QString& programmeId, int sortOrder,
                                       bool translated);
    static QVariantMap targetFields(const QString& indicatorId, const SeedTarget& target);

    // Writes the indicators and their targets through the store (one transaction is the caller's);
    // returns the number of records written.
    static Result<int> write(RecordStore& store, const QString& programmeId, const QList<SeedIndicator>& seeds);
};

} // namespace fieldcase::core
