// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "documents/DocumentActions.h"
#include "exchange/ExchangeActions.h"
#include "models/PersonListModel.h"
#include "storage/Database.h"
#include "views/PersonDetailView.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {
// Typing pauses shorter than this do not start a search; the search itself takes a few ms.
constexpr int kSearchDelayMs = 60;
} // namespace

MainWindow::MainWindow(AppContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context) {
    setWindowTitle(tr("%1 - Fieldcase").arg(QFileInfo(context.db.path()).fileName()));
    resize(1200, 760);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search people by name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people"));
    leftLayout->addWidget(m_search);

    m_model = new PersonListModel(context.db, this);
    m_people = new QTableView(left);
    m_people->setModel(m_model);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setAlternatingRowColors(true);
    m_people->verticalHeader()->hide();
    m_people->verticalHeader()->setDefaultSectionSize(m_people->fontMetrics().height() + 8);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->setColumnWidth(PersonListModel::NameColumn, 230);
    m_people->setColumnWidth(PersonListModel::BirthDateColumn, 95);
    m_people->setColumnWidth(PersonListModel::HouseholdColumn, 150);
    m_people->setAccessibleName(tr("People"));
    leftLayout->addWidget(m_people);

    m_detail = new PersonDetailView(context.db, this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    // Enter in the search box goes straight to the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applySearch();
        if (m_model->rowCount() > 0) {
            m_people->setFocus();
            m_people->selectRow(0);
        }
    });
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_model, &PersonListModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &PersonListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(&context.db.events(), &core::DatabaseEvents::tablesChanged, this, [this](const QStringList& tables) {
        if (tables.contains(QStringLiteral("person")) || tables.contains(QStringLiteral("household")) ||
            tables.contains(QStringLiteral("locality"))) {
            const QString current = m_detail->personId();
            m_model->reload();
            if (!current.isEmpty()) {
                m_detail->showPerson(current);
            }
        }
    });

    buildMenus();
    updateCount(m_model->totalCount());
    m_detail->showEmpty(m_model->totalCount());
    m_search->setFocus();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New database..."), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find person"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    (new DocumentActions(m_context, this, [this] { return m_detail->personId(); }))->addMenu(menuBar());
    installExchangeActions(*this, menuBar(), m_context);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fieldcase"), this, &MainWindow::about);
}

void MainWindow::applySearch() {
    m_model->setQuery(m_search->text());
    if (m_model->rowCount() == 0) {
        m_detail->showEmpty(m_model->totalCount());
    }
}

void MainWindow::showSelected() {
    const QModelIndex current = m_people->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_detail->showPerson(current.data(PersonListModel::IdRole).toString());
}

void MainWindow::updateCount(int total) {
    if (m_model->query().trimmed().isEmpty()) {
        m_count->setText(tr("%n people", nullptr, total));
    } else {
        m_count->setText(tr("%n match(es)", nullptr, total));
    }
}

void MainWindow::openDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_context.db.path()).path(),
                                                      tr("Fieldcase databases (*.db *.fieldcase);;All files (*)"));
    if (!path.isEmpty()) {
        Q_EMIT openDatabaseRequested(path);
    }
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_context.db.path()).path(),
                                                      tr("Fieldcase databases (*.db)"));
    if (!path.isEmpty()) {
        Q_EMIT openDatabaseRequested(path);
    }
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Fieldcase"),
                       tr("<h3>Fieldcase %1</h3><p>Case management and programme monitoring for social inclusion "
                          "work.</p><p>Database: %2<br>Schema version %3</p><p>Licensed under the GNU General Public "
                          "License, version 3 or later.</p>")
                           .arg(QStringLiteral(FIELDCASE_VERSION), m_context.db.path().toHtmlEscaped())
                           .arg(m_context.db.schemaVersion()));
}

} // namespace fieldcase::ui
