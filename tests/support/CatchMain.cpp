// SPDX-License-Identifier: GPL-3.0-or-later
// Runs Catch2 inside a Qt application, offscreen unless a platform was chosen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef FIELDCASE_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#elif defined(FIELDCASE_TESTS_WITH_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "util/Language.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QFile::setPermissions(runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }
    // Tests and the batch tool they start speak English, whatever the machine's language; the
    // language tests choose their languages themselves.
    qputenv("FIELDCASE_LANG", "en");
    // Tests never touch the user's own settings or data folder.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("fieldcase-tests"));
    // English as the application installs it, plural forms included ("1 goal", "3 goals").
    fieldcase::core::Language::install(QStringLiteral("en"), QLocale::system());
    return Catch::Session().run(argc, argv);
}
