// SPDX-License-Identifier: GPL-3.0-or-later
#include "Launcher.h"

#include "MainWindow.h"
#include "exchange/Quarantine.h"
#include "storage/Database.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace fieldcase::ui {

namespace {
const QString kLastDatabaseKey = QStringLiteral("lastDatabase");
}

Launcher::Launcher(QObject* parent)
    : QObject(parent) {}

Launcher::~Launcher() {
    // The window's models read the database until they are gone.
    m_window.reset();
    m_db.reset();
}

QString Launcher::defaultDatabasePath() {
    const QString last = QSettings().value(kLastDatabaseKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        return last;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("fieldcase.db"));
}

bool Launcher::open(const QString& path, QString* error) {
    auto db = core::Database::open(path);
    if (!db) {
        if (error != nullptr) {
            *error = db.error().message;
        }
        return false;
    }
    std::unique_ptr<core::Database> opened = std::move(*db);
    // Upgraded, this copy may now use changes that earlier merges set aside. Should that fail, they
    // stay set aside and the next merge tries them again.
    if (auto retried = core::Quarantine::retryAfterUpgrade(*opened); !retried) {
        qWarning().noquote() << "Changes set aside could not be tried again after the upgrade:"
                             << retried.error().toString();
    }
    auto window = std::make_unique<MainWindow>(AppContext{*opened});
    connect(window.get(), &MainWindow::openDatabaseRequested, this, [this](const QString& next) {
        QString message;
        if (!open(next, &message)) {
            QMessageBox::warning(m_window.get(), tr("Database not opened"), message);
        }
    });
    if (m_window) {
        window->setGeometry(m_window->geometry());
        m_window->hide();
        // The old window may be inside its own signal handler: delete it later, then its
        // database.
        MainWindow* old = m_window.release();
        core::Database* oldDb = m_db.release();
        connect(old, &QObject::destroyed, this, [oldDb] { delete oldDb; });
        old->deleteLater();
    }
    m_db = std::move(opened);
    m_window = std::move(window);
    m_window->show();
    QSettings().setValue(kLastDatabaseKey, QFileInfo(path).absoluteFilePath());
    return true;
}

} // namespace fieldcase::ui
