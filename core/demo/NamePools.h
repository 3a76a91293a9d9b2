// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fieldcase::core::demo {

class DemoRandom;

enum class Country { HU, CZ, SK, BG, RO };
inline constexpr int kCountryCount = 5;

// The value of the locality and programme country fields ("HU").
QString countryCode(Country country);

// A family name in its male and female form (the same in Hungarian and Romanian).
struct Surname {
    QString male;
    QString female;
};

// Names of people, drawn from pools of names that are common in each country, among Roma and
// among the majority. Only single names are pooled; whole names are combined at random, and
// combinations that belong to well-known people are refused (see isKnownPerson).
namespace names {

Surname surname(DemoRandom& rng, Country country, bool roma);
// Given names differ between generations (Erzsébet and József, Vivien and Bence).
QString givenName(DemoRandom& rng, Country country, bool female, int birthYear);
// The name as it is written in the country: "Lakatos János" in Hungary, "Jana Horváthová" elsewhere.
QString fullName(Country country, const QString& familyName, const QString& givenNames);
// The Hungarian married form: "Lakatos" -> "Lakatosné", "Varga" -> "Vargáné", "Gyula" -> "Gyuláné".
QString marriedForm(const QString& name);
// The Bulgarian patronymic from the father's given name: "Христо" -> "Христов" / "Христова".
QString patronymic(const QString& fatherGivenName, bool female);
// True for the few combinations of pooled names that a public figure is known by.
bool isKnownPerson(const QString& fullName);
// Lower-case ASCII (Cyrillic transliterated, diacritics dropped), for account names.
QString ascii(const QString& text);

} // namespace names

} // namespace fieldcase::core::demo
