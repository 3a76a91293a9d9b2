// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

// One parameter of an indicator kind, as it is written in the indicator's params (JSON).
struct IndicatorParam {
    enum class Type {
        Integer,   // a whole number between min and max
        Number,    // any number between min and max
        Bool,      // true or false
        Choice,    // one text of choices
        ChoiceList // a list of texts, each one of choices, none twice
    };
    QString name;
    Type type = Type::ChoiceList;
    bool required = false;
    QStringList choices;
    double min = 0;
    double max = 0;
};

// How core computes an indicator: a small set of kinds, each narrowed down by parameters, never free
// SQL. The kinds are the values of indicator.kind; their parameters are checked whenever an indicator is
// saved through RecordStore (the window, `apply`), and again by the reports, which show an indicator
// whose parameters they cannot read (merged from a machine that checked otherwise) as not computed.
// What each kind counts is described in README.md ("Programme monitoring") and computed by core/reports
// (IndicatorEngine).
class IndicatorKinds {
    Q_DECLARE_TR_FUNCTIONS(IndicatorKinds)

public:
    static QStringList kinds();
    // The parameters a kind takes; empty for an unknown kind.
    static QList<IndicatorParam> params(const QString& kind);
    // The unit an indicator of the kind is counted in ("people", "events", ...).
    static QString unit(const QString& kind);

    // Checks the parameters (the stored JSON text; empty for none) of an indicator of that kind. The
    // error says, in the user's language, which parameter is wrong and what it may hold.
    static Status validate(const QString& kind, const QString& paramsJson);
    // The parameters as an object, once validate() has passed; an empty object for none.
    static QJsonObject read(const QString& paramsJson);
};

} // namespace fieldcase::core
