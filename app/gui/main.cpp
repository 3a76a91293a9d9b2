// SPDX-License-Identifier: GPL-3.0-or-later
#include "Launcher.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "models/PersonListModel.h"
#include "util/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fieldcase"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fieldcase"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDCASE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fieldcase"));
    using fieldcase::core::Language;
    Language::install(Language::choose(Language::savedChoice()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Case management for social inclusion work."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The database to open."),
                      QApplication::translate("main", "PATH")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a picture of the main window to FILE and quit."),
                      QApplication::translate("main", "FILE")});
    parser.addOption({QStringLiteral("screenshots"),
                      QApplication::translate("main", "Save pictures of the main screens into FOLDER and quit."),
                      QApplication::translate("main", "FOLDER")});
    parser.process(app);

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : fieldcase::ui::Launcher::defaultDatabasePath();
    fieldcase::ui::Launcher launcher;
    QString error;
    if (!launcher.open(path, &error)) {
        QTextStream(stderr) << "fieldcase: " << error << '\n';
        if (!parser.isSet(QStringLiteral("screenshot")) && !parser.isSet(QStringLiteral("screenshots"))) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Fieldcase"), error);
        }
        return 1;
    }

    if (parser.isSet(QStringLiteral("screenshots"))) {
        QString tourError;
        const QStringList files = fieldcase::ui::ScreenshotTour::run(
            *launcher.window(), parser.value(QStringLiteral("screenshots")), &tourError);
        for (const QString& file : files) {
            QTextStream(stdout) << file << '\n';
        }
        if (!tourError.isEmpty()) {
            QTextStream(stderr) << "fieldcase: " << tourError << '\n';
            return 1;
        }
        return 0;
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        fieldcase::ui::MainWindow* window = launcher.window();
        // The picture shows the first person in the list, so that both panes have content.
        if (window->personModel()->rowCount() > 0) {
            window->personView()->selectRow(0);
        }
        QApplication::processEvents();
        if (!window->grab().save(file)) {
            QTextStream(stderr) << "fieldcase: "
                                << QApplication::translate("main", "%1 could not be written.").arg(file) << '\n';
            return 1;
        }
        return 0;
    }
    return app.exec();
}
