// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fieldcase::ui {

class MainWindow;

// Walks through the main screens of an open window (the lists, a person, a household, a plan,
// the quick visit form, the duplicate warning, the plan form, the programme dashboard) and saves a picture of each into
// a folder: the pictures of the README, made from the real app on demo data.
class ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)

public:
    // Returns the files written, or an error message in error.
    static QStringList run(MainWindow& window, const QString& folder, QString* error);
};

} // namespace fieldcase::ui
