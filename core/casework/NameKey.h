// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace fieldcase::core::names {

// A spelling-insensitive key of one name word, so that the ways one name is written across
// Hungarian, Czech, Slovak, Romanian and Bulgarian records compare equal: diacritics dropped
// (Kovács, Kovacs), Cyrillic transliterated (Петров, Petrov), Hungarian digraphs read as their
// sound (Csonka, Čonka; Szabó, Sabo; Zsigó, Žigo; Gulyás, Gujaš), y as i, w as v, doubled
// letters once (Kollár, Kolár), and the feminine or married endings removed (Horváthová,
// Petrova, Lakatosné all compare with Horváth, Petrov, Lakatos).
QString wordKey(const QString& word);

// The keys of every word of a name, in the order written.
QStringList nameKeys(const QString& name);

// Levenshtein distance, stopping early once it exceeds limit (then returns limit + 1).
int editDistance(const QString& a, const QString& b, int limit);

} // namespace fieldcase::core::names
