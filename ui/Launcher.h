// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

class MainWindow;

// Opens databases and the window over each; remembers the last one opened.
class Launcher : public QObject {
    Q_OBJECT

public:
    explicit Launcher(QObject* parent = nullptr);
    ~Launcher() override;

    // The database opened when none is named: the last one used, or fieldcase.db in the
    // user's data folder.
    static QString defaultDatabasePath();

    // Opens the database at path and shows a window over it, replacing the current one. On
    // failure the current window stays, and the error message is returned.
    bool open(const QString& path, QString* error);

    MainWindow* window() const { return m_window.get(); }

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<core::Database> m_db;
};

} // namespace fieldcase::ui
