// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace fieldcase::core::text {

// Lower case without diacritics: "Lakatosné Kovács Ágnes" -> "lakatosne kovacs agnes".
// Letters that do not decompose (ł, ø, đ, ß, ı) are mapped to their plain Latin forms.
// Cyrillic stays Cyrillic (lower case), so that Cyrillic queries find Cyrillic names.
QString fold(const QString& text);

// The words of a search query as typed (NFC); anything but letters and digits separates words.
QStringList searchTokens(const QString& query);

// An FTS5 MATCH expression that finds rows containing every token as a word prefix;
// empty when the query has no word characters. Case and diacritics are left to the index's
// tokenizer, which folds the query exactly as it folded the indexed names.
QString ftsPrefixQuery(const QString& query);

} // namespace fieldcase::core::text
