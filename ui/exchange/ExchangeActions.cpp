// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeActions.h"

#include "ConflictInbox.h"
#include "DuplicateReview.h"
#include "EnrolDialog.h"
#include "MergeDialog.h"

#include "exchange/DeviceRegistry.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/Importer.h"
#include "exchange/Packages.h"
#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace fieldcase::ui {

namespace {

// The context translators see for the exchange menu and its messages, which live in free
// functions without a class of their own.
class ExchangeActions {
    Q_DECLARE_TR_FUNCTIONS(ExchangeActions)
};

const QString kLastFolder = QStringLiteral("exchange/lastFolder");

QString lastFolder() {
    const QString folder = QSettings().value(kLastFolder).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

QStringList exchangeFiles(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".fcx"), Qt::CaseInsensitive)) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

// Exchange files dropped anywhere on the window go to the merge dialog.
class DropFilter : public QObject {
public:
    DropFilter(QMainWindow& window, AppContext context)
        : QObject(&window)
        , m_window(window)
        , m_context(context) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::DragEnter) {
            auto* drag = static_cast<QDragEnterEvent*>(event);
            if (!exchangeFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList files = exchangeFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                MergeDialog dialog(m_context, &m_window);
                dialog.addFiles(files);
                dialog.exec();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QMainWindow& m_window;
    AppContext m_context;
};

// With again, the laptop's whole caseload history, standing in for every earlier return package.
void writeReturnPackage(QMainWindow& window, AppContext context, bool again) {
    auto devices = core::DeviceRegistry(context.db).list();
    QStringList names;
    if (devices.ok()) {
        for (const core::DeviceInfo& d : *devices) {
            if (!d.revoked) {
                names.append(d.name);
            }
        }
    }
    if (names.isEmpty()) {
        QMessageBox::information(&window, ExchangeActions::tr("Return package"),
                                 ExchangeActions::tr("No laptop is enrolled yet. Enrol one first."));
        return;
    }
    bool ok = false;
    const QString device =
        QInputDialog::getItem(&window, ExchangeActions::tr("Return package"),
                              ExchangeActions::tr("Which laptop is the package for?"), names, 0, false, &ok);
    if (!ok) {
        return;
    }
    const QString suggested =
        QDir(lastFolder()).filePath(core::Packages::suggestedName(QStringLiteral("return-") + device, 0));
    const QString path =
        QFileDialog::getSaveFileName(&window, ExchangeActions::tr("Save the return package"), suggested,
                                     ExchangeActions::tr("Fieldcase exchange files (*.fcx)"));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
    auto summary = core::Packages::returnFile(context.db, device, path, again);
    if (!summary) {
        QMessageBox::warning(&window, ExchangeActions::tr("Return package"), summary.error().message);
        return;
    }
    window.statusBar()->showMessage(
        summary->changes == 0
            ? ExchangeActions::tr("Nothing new for \"%1\": the laptop has everything already. No file was written.")
                  .arg(device)
            : ExchangeActions::tr("Return package %1 for \"%2\" written: %n change(s).", nullptr, int(summary->changes))
                  .arg(summary->sequence)
                  .arg(device),
        15000);
}

} // namespace

QString exportChanges(AppContext context, const QString& path, bool* ok, bool again) {
    auto summary = core::Packages::exportFile(context.db, path, again);
    if (ok != nullptr) {
        *ok = summary.ok();
    }
    if (!summary) {
        return summary.error().message;
    }
    if (summary->changes == 0) {
        return ExchangeActions::tr("Nothing new to export: every change is in an earlier file. No file was written.");
    }
    if (summary->firstSequence < summary->sequence) {
        return ExchangeActions::tr(
                   "Exported %n change(s) as file %1 to %2, with everything since file %3. Give the file "
                   "to your supervisor.",
                   nullptr, int(summary->changes))
            .arg(summary->sequence)
            .arg(QDir::toNativeSeparators(path))
            .arg(summary->firstSequence);
    }
    return ExchangeActions::tr("Exported %n change(s) as file %1 to %2. Give the file to your supervisor.", nullptr,
                               int(summary->changes))
        .arg(summary->sequence)
        .arg(QDir::toNativeSeparators(path));
}

void installExchangeActions(QMainWindow& window, QMenu* menu, AppContext context) {
    // A merge killed last time may have left pages in the journal; they go before anything else.
    core::Importer::scrubJournal(context.db);
    window.setAcceptDrops(true);
    window.installEventFilter(new DropFilter(window, context));

    QAction* exportAction = menu->addAction(ExchangeActions::tr("&Export changes..."));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction* exportAgainAction = menu->addAction(ExchangeActions::tr("Export everything &again (a file was lost)..."));
    QAction* mergeAction = menu->addAction(ExchangeActions::tr("&Merge files..."));
    mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction* inboxAction = menu->addAction(ExchangeActions::tr("&Conflict inbox..."));
    inboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* duplicatesAction = menu->addAction(ExchangeActions::tr("Possible &duplicates..."));
    menu->addSeparator();
    QAction* returnAction = menu->addAction(ExchangeActions::tr("&Return package for a laptop..."));
    QAction* returnAgainAction =
        menu->addAction(ExchangeActions::tr("Return package with e&verything (one was lost)..."));
    QAction* enrolAction = menu->addAction(ExchangeActions::tr("E&nrol a laptop..."));
    QAction* joinAction = menu->addAction(ExchangeActions::tr("&Join a programme..."));

    QObject::connect(menu, &QMenu::aboutToShow, &window, [=, &window] {
        const auto role = core::ExchangeIdentity::role(context.db);
        const bool laptop = role == core::ExchangeIdentity::Role::Laptop;
        const bool central = role == core::ExchangeIdentity::Role::Central;
        exportAction->setEnabled(laptop);
        exportAgainAction->setEnabled(laptop);
        mergeAction->setEnabled(laptop || central);
        returnAction->setEnabled(central);
        returnAgainAction->setEnabled(central);
        enrolAction->setEnabled(!laptop);
        joinAction->setEnabled(!central);
        auto open = core::ConflictStore(context.db).count();
        inboxAction->setText(open.ok() && *open > 0
                                 ? ExchangeActions::tr("&Conflict inbox (%n open)...", nullptr, int(*open))
                                 : ExchangeActions::tr("&Conflict inbox..."));
        Q_UNUSED(window);
    });
    const auto exportTo = [&window, context](bool again) {
        if (core::ExchangeIdentity::role(context.db) != core::ExchangeIdentity::Role::Laptop) {
            return;
        }
        const auto me = core::ExchangeIdentity::laptop(context.db);
        const quint64 next =
            quint64(core::ExchangeIdentity::counter(context.db, core::ExchangeIdentity::kExportSequence)) + 1;
        const QString suggested =
            QDir(lastFolder()).filePath(core::Packages::suggestedName(me.ok() ? me->deviceName : QString(), next));
        const QString path = QFileDialog::getSaveFileName(&window, ExchangeActions::tr("Export changes"), suggested,
                                                          ExchangeActions::tr("Fieldcase exchange files (*.fcx)"));
        if (path.isEmpty()) {
            return;
        }
        QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
        bool ok = false;
        const QString message = exportChanges(context, path, &ok, again);
        if (!ok) {
            QMessageBox::warning(&window, ExchangeActions::tr("Export changes"), message);
            return;
        }
        window.statusBar()->showMessage(message, 15000);
    };
    QObject::connect(exportAction, &QAction::triggered, &window, [exportTo] { exportTo(false); });
    QObject::connect(exportAgainAction, &QAction::triggered, &window, [exportTo] { exportTo(true); });
    QObject::connect(mergeAction, &QAction::triggered, &window, [&window, context] {
        MergeDialog dialog(context, &window);
        dialog.exec();
    });
    QObject::connect(inboxAction, &QAction::triggered, &window, [&window, context] {
        ConflictInbox dialog(context, &window);
        dialog.exec();
    });
    QObject::connect(duplicatesAction, &QAction::triggered, &window, [&window, context] {
        DuplicateReview dialog(context, &window);
        dialog.exec();
    });
    QObject::connect(returnAction, &QAction::triggered, &window,
                     [&window, context] { writeReturnPackage(window, context, false); });
    QObject::connect(returnAgainAction, &QAction::triggered, &window,
                     [&window, context] { writeReturnPackage(window, context, true); });
    QObject::connect(enrolAction, &QAction::triggered, &window, [&window, context] {
        EnrolDialog dialog(context, &window);
        dialog.exec();
    });
    QObject::connect(joinAction, &QAction::triggered, &window, [&window] {
        JoinDialog dialog(&window);
        if (dialog.exec() == QDialog::Accepted && !dialog.joinedDatabase().isEmpty()) {
            // The window's owner opens databases; MainWindow says so with this signal.
            QMetaObject::invokeMethod(&window, "openDatabaseRequested", Q_ARG(QString, dialog.joinedDatabase()));
        }
    });
}

} // namespace fieldcase::ui
