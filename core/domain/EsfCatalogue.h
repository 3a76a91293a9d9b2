// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fieldcase::core {

// The two sets of common indicators on participants that funders ask for.
enum class EsfSet {
    Esf2021, // ESF+ 2021-2027, Regulation (EU) 2021/1057, Annex I: EECO01-EECO17, EECR01-EECR05
    Esf2014, // ESF 2014-2020, Regulation (EU) No 1304/2013, Annex I: CO01-CO19 (without CO13)
};

// One common indicator: its code, its wording in the regulation, and which answers it rests on.
// How each is computed from the entry and exit records is in core/reports (EsfReport).
struct EsfIndicator {
    const char* code;  // "EECO01"
    const char* label; // source text (context "EsfCatalogue"); see displayLabel()
    EsfSet set;
    // Counted from the exit records (situation on leaving, six months later) instead of the entry.
    bool result = false;
    // Rests on an answer the participant may decline; the report then has a count of declined answers.
    bool declinable = false;
    // Rests on special-category data (disability, minority): not recorded when the programme does not
    // record such data.
    bool specialCategory = false;

    QString displayLabel() const;
};

class EsfCatalogue {
    Q_DECLARE_TR_FUNCTIONS(EsfCatalogue)

public:
    // In the order of the regulation.
    static const QList<EsfIndicator>& indicators(EsfSet set);
    // Either set; null for an unknown code.
    static const EsfIndicator* find(const QString& code);
    // Every code of both sets, for validating an indicator's parameters.
    static QStringList codes();
    // "ESF+ 2021-2027" or "ESF 2014-2020", translated.
    static QString setName(EsfSet set);
};

} // namespace fieldcase::core
