// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportActions.h"

#include "MainWindow.h"
#include "reports/Dashboard.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPointer>

namespace fieldcase::ui {

namespace {

// The context translators see for the menu, which lives in a free function.
class ReportActions {
    Q_DECLARE_TR_FUNCTIONS(ReportActions)
};

// The dashboard is a window of its own, not one kept above the main window, so that a record
// opened from it shows in front; it closes with the main window and goes with it.
class DashboardKeeper : public QObject {
public:
    DashboardKeeper(MainWindow& window, AppContext context)
        : QObject(&window)
        , m_window(window)
        , m_context(context) {
        window.installEventFilter(this);
    }
    ~DashboardKeeper() override { delete m_dashboard; }

    void show() {
        if (!m_dashboard) {
            m_dashboard = new Dashboard(m_context);
            m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_dashboard, &Dashboard::openRequested, &m_window, [this](const RecordRef& record) {
                m_window.openRecord(record);
                m_window.raise();
                m_window.activateWindow();
            });
        }
        m_dashboard->show();
        m_dashboard->raise();
        m_dashboard->activateWindow();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == &m_window && event->type() == QEvent::Close && m_dashboard) {
            m_dashboard->close();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow& m_window;
    AppContext m_context;
    QPointer<Dashboard> m_dashboard;
};

} // namespace

void installReportActions(MainWindow& window, QMenu* menu, AppContext context) {
    auto* keeper = new DashboardKeeper(window, context);
    QAction* dashboard = menu->addAction(ReportActions::tr("Programme &dashboard..."));
    dashboard->setObjectName(QStringLiteral("reports.dashboard"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QObject::connect(dashboard, &QAction::triggered, keeper, &DashboardKeeper::show);
}

} // namespace fieldcase::ui
