// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace fieldcase::core {

namespace {

const QString kSettingsKey = QStringLiteral("language");
const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("fieldcase_");

// Owned by the application object, so that they go when it goes; QPointer notices that.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_current = QString::fromLatin1(Language::kSourceLanguage);

void removeTranslator(QPointer<QTranslator>& translator) {
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator.data();
    }
    translator.clear();
}

// The locale for dates and numbers: the language with the system's territory where that pair
// exists (Hungarian as written in Romania or Slovakia), else Qt picks the language's main territory.
QLocale localeFor(const QString& code, const QLocale& system) {
    const QLocale language(code);
    if (system.language() == language.language()) {
        return system;
    }
    if (system.language() == QLocale::C) {
        return language;
    }
    return QLocale(language.language(), system.territory());
}

} // namespace

QStringList Language::supported() {
    QStringList codes;
    const QStringList files = QDir(kResourceFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (code != QLatin1String(kSourceLanguage)) {
            codes.append(code);
        }
    }
    codes.sort();
    codes.prepend(QString::fromLatin1(kSourceLanguage));
    return codes;
}

QString Language::nativeName(const QString& code) {
    if (code == QLatin1String(kSourceLanguage)) {
        return QStringLiteral("English");
    }
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

QString Language::normalise(const QString& requested) {
    static const QRegularExpression separators(QStringLiteral("[_.@-]"));
    const QString code = requested.trimmed().section(separators, 0, 0).toLower();
    return !code.isEmpty() && supported().contains(code) ? code : QString();
}

QString Language::choose(const QString& saved, const QLocale& system) {
    const QString forced = qEnvironmentVariable(kEnvironmentVariable);
    if (!forced.trimmed().isEmpty()) {
        const QString code = normalise(forced);
        return code.isEmpty() ? QString::fromLatin1(kSourceLanguage) : code;
    }
    const QString savedCode = normalise(saved);
    if (!savedCode.isEmpty()) {
        return savedCode;
    }
    // uiLanguages lists what the user reads in order of preference ("hu-HU", "hu", "en-US", ...).
    const QStringList wanted = system.uiLanguages();
    for (const QString& language : wanted) {
        const QString code = normalise(language);
        if (!code.isEmpty()) {
            return code;
        }
    }
    return QString::fromLatin1(kSourceLanguage);
}

QString Language::savedChoice() {
    return QSettings().value(kSettingsKey).toString();
}

void Language::saveChoice(const QString& code) {
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kSettingsKey);
    } else {
        settings.setValue(kSettingsKey, code);
    }
}

QString Language::install(const QString& code, const QLocale& system) {
    removeTranslator(g_appTranslator);
    removeTranslator(g_qtTranslator);
    QString effective = normalise(code);
    if (effective.isEmpty()) {
        effective = QString::fromLatin1(kSourceLanguage);
    }
    if (effective != QLatin1String(kSourceLanguage)) {
        auto* app = new QTranslator(QCoreApplication::instance());
        if (app->load(kPrefix + effective, kResourceFolder) && QCoreApplication::installTranslator(app)) {
            g_appTranslator = app;
        } else {
            delete app;
            effective = QString::fromLatin1(kSourceLanguage);
        }
    }
    if (effective == QLatin1String(kSourceLanguage)) {
        // English needs a translation too, for its plurals alone: "%n record(s)" reads
        // "1 record" and "3 records" only through the numerus forms of fieldcase_en.ts.
        auto* plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(kPrefix + effective, kResourceFolder) && QCoreApplication::installTranslator(plurals)) {
            g_appTranslator = plurals;
        } else {
            delete plurals;
        }
    }
    if (effective != QLatin1String(kSourceLanguage)) {
        // Qt's translations come from the distribution (qt6-translations-l10n); without them the
        // standard buttons stay English, which is no reason to refuse the language.
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_") + effective, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
            QCoreApplication::installTranslator(qt)) {
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(effective == QLatin1String(kSourceLanguage) &&
                                (system.language() == QLocale::English || system.language() == QLocale::C)
                            ? system
                            : localeFor(effective, system));
    g_current = effective;
    return effective;
}

QString Language::current() {
    return g_current;
}

} // namespace fieldcase::core
