// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/NamePools.h"

#include <QString>

namespace fieldcase::core::demo {

class DemoRandom;

// Synthetic places, addresses and contact details in the form each country writes them.
// Place names are built from morphemes that are common in the country's village names
// ("Alsó" + "nyír" + "falva", "Horní" + "Lhota", "Горно" + "Дъб" + "ово"), so that they look
// familiar without naming a real village on purpose.
namespace places {

// A village or town name.
QString municipality(DemoRandom& rng, Country country);
// The part of a municipality where a segregated settlement lies ("Alsótelep", "osada Pod lesom").
QString settlementPart(DemoRandom& rng, Country country);
QString county(DemoRandom& rng, Country country);
QString postalCode(DemoRandom& rng, Country country);
// Street and house number ("Petőfi Sándor utca 12.", "ул. „Шипка“ № 7", "Strada Morii nr. 3").
QString streetAddress(DemoRandom& rng, Country country);
// A mobile number in the country's international form.
QString mobilePhone(DemoRandom& rng, Country country);
// Languages a household speaks, as ISO 639 codes ("hu, rom", "bg, tr"); Romani mostly in Roma
// families.
QString languages(DemoRandom& rng, Country country, bool roma);

} // namespace places

} // namespace fieldcase::core::demo
