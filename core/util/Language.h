// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace fieldcase::core {

// The language of the interface, the messages and the printed documents. English is the language
// of the sources; every other language is a .qm file embedded under :/i18n. The choice is made
// once at start (changing the language of open windows would leave half-translated screens):
// FIELDCASE_LANG, else the choice saved in the settings, else the system's languages.
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static constexpr const char* kEnvironmentVariable = "FIELDCASE_LANG";
    static constexpr const char* kSourceLanguage = "en";

    // The codes of the languages the application exists in ("en", "bg", "cs", ...), English first.
    static QStringList supported();
    // The name of a language in that language ("Magyar"), for a menu where each user finds their own.
    static QString nativeName(const QString& code);
    // The supported code for a request such as "hu", "hu_HU", "hu-HU" or "hu_HU.UTF-8"; empty when
    // the language is not supported.
    static QString normalise(const QString& requested);

    // The language to start in: FIELDCASE_LANG when set (English when it names an unsupported
    // language), else saved (empty: no choice saved), else the first supported language the
    // system lists, else English.
    static QString choose(const QString& saved, const QLocale& system = QLocale::system());
    // The choice saved in the user's settings; empty when the user follows the system.
    static QString savedChoice();
    // Saves the choice for the next start; an empty code means "follow the system".
    static void saveChoice(const QString& code);

    // Makes code the language of the running application: the application's translation, Qt's
    // own (dialog buttons, context menus) when installed on this machine, and the default QLocale
    // for dates and numbers. Replaces what an earlier call installed. Returns the code in effect,
    // which is English for an unsupported code.
    static QString install(const QString& code, const QLocale& system = QLocale::system());
    // The code install() put in effect last; English before any call.
    static QString current();
};

} // namespace fieldcase::core
