// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/NameKey.h"

#include "util/Text.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace fieldcase::core::names {

namespace {

// Bulgarian transliteration into Latin letters with the diacritics that the Latin-script names
// of the region use for the same sounds, so that ч meets č and cs, ш meets š and s.
QString transliterate(const QString& word) {
    static const QHash<QChar, QString> table = {
        {QChar(0x0430), QStringLiteral("a")},    {QChar(0x0431), QStringLiteral("b")},
        {QChar(0x0432), QStringLiteral("v")},    {QChar(0x0433), QStringLiteral("g")},
        {QChar(0x0434), QStringLiteral("d")},    {QChar(0x0435), QStringLiteral("e")},
        {QChar(0x0436), QString(QChar(0x017E))}, {QChar(0x0437), QStringLiteral("z")},
        {QChar(0x0438), QStringLiteral("i")},    {QChar(0x0439), QStringLiteral("i")},
        {QChar(0x043A), QStringLiteral("k")},    {QChar(0x043B), QStringLiteral("l")},
        {QChar(0x043C), QStringLiteral("m")},    {QChar(0x043D), QStringLiteral("n")},
        {QChar(0x043E), QStringLiteral("o")},    {QChar(0x043F), QStringLiteral("p")},
        {QChar(0x0440), QStringLiteral("r")},    {QChar(0x0441), QStringLiteral("s")},
        {QChar(0x0442), QStringLiteral("t")},    {QChar(0x0443), QStringLiteral("u")},
        {QChar(0x0444), QStringLiteral("f")},    {QChar(0x0445), QStringLiteral("h")},
        {QChar(0x0446), QStringLiteral("c")},    {QChar(0x0447), QString(QChar(0x010D))},
        {QChar(0x0448), QString(QChar(0x0161))}, {QChar(0x0449), QString(QChar(0x0161)) + QLatin1Char('t')},
        {QChar(0x044A), QStringLiteral("a")},    {QChar(0x044C), QStringLiteral("i")},
        {QChar(0x044E), QStringLiteral("iu")},   {QChar(0x044F), QStringLiteral("ia")},
        {QChar(0x0451), QStringLiteral("io")},   {QChar(0x044B), QStringLiteral("i")},
        {QChar(0x044D), QStringLiteral("e")},
    };
    QString out;
    out.reserve(word.size() + 4);
    for (const QChar c : word) {
        const auto it = table.constFind(c);
        out += it == table.constEnd() ? QString(c) : *it;
    }
    return out;
}

struct Rewrite {
    const char* from;
    const char* to;
};

} // namespace

QString wordKey(const QString& word) {
    QString w = transliterate(word.toLower());
    // The Latin transliteration of Bulgarian and Romanian writes these sounds as digraphs.
    static const Rewrite kSoundSpellings[] = {
        {"ch", "\xC4\x8D"}, // ch in Bulgarian Latin spellings (Chonka) is č
        {"sh", "\xC5\xA1"}, // š
        {"zh", "\xC5\xBE"}, // ž
        {"tz", "c"},        // Hungarian and German tz is c
        {"cz", "c"},        // old Hungarian spelling (Czinka, Cinka)
        {"cs", "\xC4\x8D"}, // Hungarian cs is č
        {"zs", "\xC5\xBE"}, // Hungarian zs is ž
        {"sz", "s"},        // Hungarian sz is s
        {"gy", "\xC4\x8F"}, // Hungarian gy is ď
        {"ty", "\xC5\xA5"}, // Hungarian ty is ť
        {"ny", "\xC5\x88"}, // Hungarian ny is ň
        {"ly", "j"},        // Hungarian ly sounds j (Gulyás, Gujaš)
    };
    for (const Rewrite& r : kSoundSpellings) {
        w.replace(QString::fromUtf8(r.from), QString::fromUtf8(r.to));
    }
    // Hungarian s (š) and Czech s meet only once diacritics are gone, as do all the rest.
    w = text::fold(w);
    QString out;
    out.reserve(w.size());
    for (QChar c : w) {
        if (!c.isLetter()) {
            continue;
        }
        if (c == QLatin1Char('y')) {
            c = QLatin1Char('i');
        } else if (c == QLatin1Char('w')) {
            c = QLatin1Char('v');
        } else if (c == QLatin1Char('q')) {
            c = QLatin1Char('k');
        } else if (c == QLatin1Char('x')) {
            out += QLatin1Char('k');
            c = QLatin1Char('s');
        }
        if (!out.isEmpty() && out.back() == c) {
            continue;
        }
        out += c;
    }
    // Feminine and married forms of one family name compare with the plain one: Horváthová and
    // Horváth, Petrova and Petrov, Georgieva and Georgiev, Lakatosné and Lakatos, Nováková and
    // Novák, Kowalska and Kowalski.
    struct Ending {
        const char* ending;
        const char* replacement;
    };
    static const Ending kEndings[] = {{"ova", ""},    {"eva", ""},    {"ov", ""}, {"ev", ""},
                                      {"ska", "ski"}, {"cka", "cki"}, {"ne", ""}};
    for (const Ending& e : kEndings) {
        const QString ending = QString::fromLatin1(e.ending);
        if (out.size() > ending.size() + 2 && out.endsWith(ending)) {
            out.chop(ending.size());
            out += QString::fromLatin1(e.replacement);
            break;
        }
    }
    return out;
}

QStringList nameKeys(const QString& name) {
    QStringList keys;
    for (const QString& word : text::searchTokens(name)) {
        const QString key = wordKey(word);
        if (!key.isEmpty()) {
            keys.append(key);
        }
    }
    return keys;
}

int editDistance(const QString& a, const QString& b, int limit) {
    if (std::abs(int(a.size()) - int(b.size())) > limit) {
        return limit + 1;
    }
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (int j = 0; j <= int(b.size()); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= int(a.size()); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= int(b.size()); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            best = std::min(best, current[j]);
        }
        if (best > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

} // namespace fieldcase::core::names
