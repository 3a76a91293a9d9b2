// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Text.h"

namespace fieldcase::core::text {

QString fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x0141: // Ł
        case 0x0142: // ł
            out.append(QLatin1Char('l'));
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            out.append(QLatin1Char('o'));
            continue;
        case 0x0110: // Đ
        case 0x0111: // đ
            out.append(QLatin1Char('d'));
            continue;
        case 0x00DF: // ß
            out.append(QStringLiteral("ss"));
            continue;
        case 0x0131: // dotless ı
            out.append(QLatin1Char('i'));
            continue;
        default:
            break;
        }
        out.append(c.toLower());
    }
    return out;
}

QStringList searchTokens(const QString& query) {
    QStringList tokens;
    QString current;
    const QString composed = query.normalized(QString::NormalizationForm_C);
    for (const QChar c : composed) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        tokens.append(current);
    }
    return tokens;
}

QString ftsPrefixQuery(const QString& query) {
    QStringList parts;
    for (const QString& token : searchTokens(query)) {
        // Tokens hold only letters and digits, so quoting cannot be escaped out of.
        parts.append(QLatin1Char('"') + token + QStringLiteral("\"*"));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace fieldcase::core::text
