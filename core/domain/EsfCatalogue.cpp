// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/EsfCatalogue.h"

namespace fieldcase::core {

QString EsfIndicator::displayLabel() const {
    return QCoreApplication::translate("EsfCatalogue", label);
}

const QList<EsfIndicator>& EsfCatalogue::indicators(EsfSet set) {
    using enum EsfSet;
    // Field order: code, label, set, result, declinable, special category.
    static const QList<EsfIndicator> k2021 = {
        {"EECO01", QT_TRANSLATE_NOOP("EsfCatalogue", "Unemployed, including long-term unemployed"), Esf2021},
        {"EECO02", QT_TRANSLATE_NOOP("EsfCatalogue", "Long-term unemployed"), Esf2021},
        {"EECO03", QT_TRANSLATE_NOOP("EsfCatalogue", "Inactive"), Esf2021},
        {"EECO04", QT_TRANSLATE_NOOP("EsfCatalogue", "Employed, including self-employed"), Esf2021},
        {"EECO05", QT_TRANSLATE_NOOP("EsfCatalogue", "Children below 18 years of age"), Esf2021},
        {"EECO06", QT_TRANSLATE_NOOP("EsfCatalogue", "Young people between 18 and 29 years of age"), Esf2021},
        {"EECO07", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants of 55 years of age and above"), Esf2021},
        {"EECO08", QT_TRANSLATE_NOOP("EsfCatalogue", "With lower secondary education or less (ISCED 0-2)"), Esf2021},
        {"EECO09",
         QT_TRANSLATE_NOOP("EsfCatalogue", "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)"),
         Esf2021},
        {"EECO10", QT_TRANSLATE_NOOP("EsfCatalogue", "With tertiary education (ISCED 5 to 8)"), Esf2021},
        {"EECO11", QT_TRANSLATE_NOOP("EsfCatalogue", "Total number of participants"), Esf2021},
        {"EECO12", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants with disabilities"), Esf2021, false, true, true},
        {"EECO13", QT_TRANSLATE_NOOP("EsfCatalogue", "Third-country nationals"), Esf2021, false, true},
        {"EECO14", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants with a foreign background"), Esf2021, false, true},
        {"EECO15",
         QT_TRANSLATE_NOOP("EsfCatalogue", "Minorities (including marginalised communities such as the Roma)"), Esf2021,
         false, true, true},
        {"EECO16", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants facing homelessness or housing exclusion"), Esf2021,
         false, true},
        {"EECO17", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants from rural areas"), Esf2021},
        {"EECR01", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants engaged in job searching upon leaving"), Esf2021,
         true},
        {"EECR02", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants in education or training upon leaving"), Esf2021,
         true},
        {"EECR03", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants gaining a qualification upon leaving"), Esf2021,
         true},
        {"EECR04",
         QT_TRANSLATE_NOOP("EsfCatalogue", "Participants in employment, including self-employment, upon leaving"),
         Esf2021, true},
        {"EECR05",
         QT_TRANSLATE_NOOP("EsfCatalogue",
                           "Participants in employment, including self-employment, six months after leaving"),
         Esf2021, true},
    };
    // CO13 (jobless households with dependent children) is left out: the entry record says whether
    // the household is jobless, but not whether it has dependent children, and that is not guessed.
    static const QList<EsfIndicator> k2014 = {
        {"CO01", QT_TRANSLATE_NOOP("EsfCatalogue", "Unemployed, including long-term unemployed"), Esf2014},
        {"CO02", QT_TRANSLATE_NOOP("EsfCatalogue", "Long-term unemployed"), Esf2014},
        {"CO03", QT_TRANSLATE_NOOP("EsfCatalogue", "Inactive"), Esf2014},
        {"CO04", QT_TRANSLATE_NOOP("EsfCatalogue", "Inactive, not in education or training"), Esf2014},
        {"CO05", QT_TRANSLATE_NOOP("EsfCatalogue", "Employed, including self-employed"), Esf2014},
        {"CO06", QT_TRANSLATE_NOOP("EsfCatalogue", "Below 25 years of age"), Esf2014},
        {"CO07", QT_TRANSLATE_NOOP("EsfCatalogue", "Above 54 years of age"), Esf2014},
        {"CO08",
         QT_TRANSLATE_NOOP("EsfCatalogue", "Above 54 years of age who are unemployed, including long-term unemployed, "
                                           "or inactive not in education or training"),
         Esf2014},
        {"CO09", QT_TRANSLATE_NOOP("EsfCatalogue", "With primary (ISCED 1) or lower secondary education (ISCED 2)"),
         Esf2014},
        {"CO10",
         QT_TRANSLATE_NOOP("EsfCatalogue", "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)"),
         Esf2014},
        {"CO11", QT_TRANSLATE_NOOP("EsfCatalogue", "With tertiary education (ISCED 5 to 8)"), Esf2014},
        {"CO12", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants who live in jobless households"), Esf2014, false,
         true},
        {"CO14",
         QT_TRANSLATE_NOOP("EsfCatalogue", "Participants who live in a single adult household with dependent children"),
         Esf2014, false, true},
        {"CO15",
         QT_TRANSLATE_NOOP("EsfCatalogue", "Migrants, participants with a foreign background, minorities (including "
                                           "marginalised communities such as the Roma)"),
         Esf2014, false, true, true},
        {"CO16", QT_TRANSLATE_NOOP("EsfCatalogue", "Participants with disabilities"), Esf2014, false, true, true},
        {"CO17", QT_TRANSLATE_NOOP("EsfCatalogue", "Other disadvantaged"), Esf2014, false, true},
        {"CO18", QT_TRANSLATE_NOOP("EsfCatalogue", "Homeless or affected by housing exclusion"), Esf2014, false, true},
        {"CO19", QT_TRANSLATE_NOOP("EsfCatalogue", "From rural areas"), Esf2014},
    };
    return set == Esf2021 ? k2021 : k2014;
}

const EsfIndicator* EsfCatalogue::find(const QString& code) {
    for (EsfSet set : {EsfSet::Esf2021, EsfSet::Esf2014}) {
        for (const EsfIndicator& i : indicators(set)) {
            if (code == QLatin1String(i.code)) {
                return &i;
            }
        }
    }
    return nullptr;
}

QStringList EsfCatalogue::codes() {
    QStringList out;
    for (EsfSet set : {EsfSet::Esf2021, EsfSet::Esf2014}) {
        for (const EsfIndicator& i : indicators(set)) {
            out.append(QLatin1String(i.code));
        }
    }
    return out;
}

QString EsfCatalogue::setName(EsfSet set) {
    return set == EsfSet::Esf2021 ? tr("ESF+ 2021-2027") : tr("ESF 2014-2020");
}

} // namespace fieldcase::core
