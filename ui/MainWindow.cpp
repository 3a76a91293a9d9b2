// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CaseActions.h"
#include "LanguageMenu.h"
#include "casework/CaseLists.h"
#include "casework/Choices.h"
#include "casework/DraftStore.h"
#include "documents/DocumentActions.h"
#include "domain/Search.h"
#include "exchange/ExchangeActions.h"
#include "models/CaseListModel.h"
#include "models/PersonListModel.h"
#include "pages/ListPage.h"
#include "reports/ReportActions.h"
#include "storage/Database.h"
#include "views/RecordDetailView.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace fieldcase::ui {

namespace {
// Typing pauses shorter than this do not start a search; the search itself takes a few ms.
constexpr int kSearchDelayMs = 60;
constexpr int kMatchLimit = 30;
constexpr int kMinMatchLength = 2;
} // namespace

MainWindow::MainWindow(AppContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context) {
    if (m_context.staffId.isEmpty() && !context.db.user().isEmpty()) {
        auto me =
            core::Choices(context.db).list(QStringLiteral("staff"), QStringLiteral("username"), context.db.user(), 1);
        if (me && !me->isEmpty()) {
            m_context.staffId = me->first().id;
        }
    }
    setWindowTitle(tr("%1 - Fieldcase").arg(QFileInfo(context.db.path()).fileName()));
    resize(1280, 800);
    m_actions = new CaseActions(m_context, this);

    auto* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("search"));
    toolbar->setMovable(false);
    auto* findLabel = new QLabel(tr("&Find:"), toolbar);
    m_search = new QLineEdit(toolbar);
    m_search->setPlaceholderText(tr("A person, household or locality, e.g. kovacs (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search people, households and localities"));
    m_search->setMinimumWidth(420);
    findLabel->setBuddy(m_search);
    toolbar->addWidget(findLabel);
    toolbar->addWidget(m_search);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_search);
    m_completer->setMaxVisibleItems(14);

    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Lists"));
    m_sidebar->setMaximumWidth(230);
    m_stack = new QStackedWidget(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    buildPages();
    buildMenus();

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    // Enter without choosing a match lists every matching person.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        m_completer->popup()->hide();
        showSection(PeopleSection);
        page(PeopleSection)->focusFirstRow();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const RecordRef record{index.data(TableRole).toString(), index.data(IdRole).toString()};
        QTimer::singleShot(0, this, [this, record] { openRecord(record); });
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(Section(row));
        }
    });
    connect(m_actions, &CaseActions::saved, this, &MainWindow::openRecord);
    connect(m_actions, &CaseActions::showList, this, [this](const QString& list, const QString& filterId) {
        if (list == QStringLiteral("households")) {
            m_householdLocality->setId(filterId);
            showSection(HouseholdsSection);
        } else if (list == QStringLiteral("caseload")) {
            m_caseloadStaff->setId(filterId);
            showSection(CaseloadSection);
        }
    });
    connect(&context.db.events(), &core::DatabaseEvents::tablesChanged, this, &MainWindow::onTablesChanged);

    m_sidebar->setCurrentRow(PeopleSection);
    updateCounts();
    if (m_people->totalCount() == 0) {
        detailView()->showMessage(
            tr("No people yet"),
            tr("This database holds no people. Register a household (Ctrl+Shift+H) and its members, or try Fieldcase "
               "with a synthetic programme: <tt>fieldcase-cli demo --db FILE --people 2000</tt>."));
    } else {
        detailView()->showMessage(tr("Choose a person"),
                                  tr("Pick someone in the list, or type a name in the search box (Ctrl+F): "
                                     "<i>kovacs</i> finds Kovács."));
    }
    auto drafts = core::DraftStore(context.db).all();
    if (drafts && !drafts->isEmpty()) {
        statusBar()->showMessage(tr("%n form(s) were not saved last time; open the same form again to continue "
                                    "where you left off.",
                                    nullptr, int(drafts->size())),
                                 20000);
    }
    m_search->setFocus();
}

ListPage* MainWindow::addCaseList(Section section, const QString& label, int list) {
    const core::CaseListQuery query{core::CaseList(list), {}, m_context.db.clock().today()};
    // A list is read when it is first shown, so that the window opens as fast as the people list.
    auto* model = new CaseListModel(m_context.db, query, false);
    m_staleSections.insert(section);
    auto* page = new ListPage(core::CaseLists::title(core::CaseList(list)), model, new RecordDetailView(m_context.db));
    m_caseModels[section] = model;
    m_pages[section] = page;
    m_sidebar->addItem(label);
    connect(model, &CaseListModel::totalCountChanged, this, &MainWindow::updateCounts);
    connect(model, &CaseListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    return page;
}

void MainWindow::buildPages() {
    m_pages.resize(SectionCount);
    m_caseModels.resize(SectionCount);
    m_people = new PersonListModel(m_context.db);
    m_pages[PeopleSection] = new ListPage(tr("People"), m_people, new RecordDetailView(m_context.db));
    m_sidebar->addItem(tr("People"));
    connect(m_people, &PersonListModel::totalCountChanged, this, &MainWindow::updateCounts);
    connect(m_people, &PersonListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    QTableView* people = m_pages[PeopleSection]->view();
    people->setColumnWidth(PersonListModel::NameColumn, 230);
    people->setColumnWidth(PersonListModel::BirthDateColumn, 95);
    people->setColumnWidth(PersonListModel::HouseholdColumn, 150);

    ListPage* households = addCaseList(HouseholdsSection, tr("Households"), int(core::CaseList::Households));
    m_householdLocality = new RecordPicker(m_context.db, QStringLiteral("locality"), households);
    m_householdLocality->setNoneText(tr("(all localities)"));
    auto* localityLabel = new QLabel(tr("in &locality:"), households);
    localityLabel->setBuddy(m_householdLocality->focusTarget());
    households->toolbar()->addWidget(localityLabel);
    households->toolbar()->addWidget(m_householdLocality);
    connect(m_householdLocality, &RecordPicker::changed, this, [this] {
        core::CaseListQuery q = m_caseModels[HouseholdsSection]->query();
        q.filterId = m_householdLocality->id();
        m_caseModels[HouseholdsSection]->setQuery(q);
    });
    addCaseList(LocalitiesSection, tr("Localities"), int(core::CaseList::Localities));
    addCaseList(PlansSection, tr("Development plans"), int(core::CaseList::Plans));
    addCaseList(VisitsSection, tr("Visits and services"), int(core::CaseList::Visits));
    addCaseList(ReferralsSection, tr("Referrals"), int(core::CaseList::Referrals));
    addCaseList(EventsSection, tr("Group events"), int(core::CaseList::Events));
    addCaseList(StaffSection, tr("Staff"), int(core::CaseList::Staff));
    ListPage* caseload = addCaseList(CaseloadSection, tr("My caseload"), int(core::CaseList::Caseload));
    m_caseloadStaff = new RecordPicker(m_context.db, QStringLiteral("staff"), caseload);
    m_caseloadStaff->setNoneText(tr("(choose)"));
    auto* staffLabel = new QLabel(tr("of &staff member:"), caseload);
    staffLabel->setBuddy(m_caseloadStaff->focusTarget());
    caseload->toolbar()->addWidget(staffLabel);
    caseload->toolbar()->addWidget(m_caseloadStaff);
    connect(m_caseloadStaff, &RecordPicker::changed, this, [this] {
        core::CaseListQuery q = m_caseModels[CaseloadSection]->query();
        q.filterId = m_caseloadStaff->id();
        m_caseModels[CaseloadSection]->setQuery(q);
    });
    if (!m_context.staffId.isEmpty()) {
        m_caseloadStaff->setId(m_context.staffId);
    }
    addCaseList(OverdueReviewsSection, tr("Overdue plan reviews"), int(core::CaseList::OverdueReviews));
    addCaseList(VisitsDueSection, tr("Visits due this week"), int(core::CaseList::VisitsDue));

    for (int i = 0; i < SectionCount; ++i) {
        ListPage* p = m_pages.at(i);
        m_stack->addWidget(p);
        connect(p->detail(), &RecordDetailView::openRequested, this, &MainWindow::openRecord);
        connect(p->detail(), &RecordDetailView::actionRequested, m_actions,
                [this](const QString& action, const RecordRef& record) { m_actions->run(action, record); });
        connect(p, &ListPage::currentRecordChanged, this, [this, p](const RecordRef& record) {
            if (p == m_stack->currentWidget()) {
                Q_EMIT currentRecordChanged(record);
            }
        });
    }
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+Shift+N is a new person, which is done far more often than a new database.
    file->addAction(tr("&New database..."), this, &MainWindow::newDatabase);
    QAction* open = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addMenu(new LanguageMenu(this));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find person, household or locality"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* editRecord = edit->addAction(tr("&Edit the record shown"), this, [this] {
        if (currentRecord().isValid()) {
            m_actions->run(QStringLiteral("edit"), currentRecord());
        }
    });
    editRecord->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    QAction* history = edit->addAction(tr("&History of the record shown"), this, [this] {
        if (currentRecord().isValid()) {
            m_actions->history(currentRecord());
        }
    });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu* work = menuBar()->addMenu(tr("&Case work"));
    QAction* newAction = work->addAction(tr("&New in this list"), this, &MainWindow::newInSection);
    newAction->setShortcut(QKeySequence::New);
    QAction* person = work->addAction(tr("New &person"), this, [this] {
        const RecordRef s = currentSubject();
        m_actions->newPerson(s.table == QStringLiteral("household") ? s.id : QString());
    });
    person->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* household = work->addAction(tr("New &household"), this, [this] {
        const RecordRef r = currentRecord();
        m_actions->newHousehold(r.table == QStringLiteral("locality") ? r.id : m_householdLocality->id());
    });
    household->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    work->addSeparator();
    QAction* visit = work->addAction(tr("Record &visit or service"), this, [this] {
        if (!m_actions->recordVisit(currentSubject())) {
            statusBar()->showMessage(tr("Choose a person or household first."), 5000);
        }
    });
    visit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction* plan = work->addAction(tr("New development p&lan"), this, [this] {
        if (!m_actions->newPlan(currentSubject())) {
            statusBar()->showMessage(tr("Choose a person (individual plan) or household (family plan) first."), 5000);
        }
    });
    plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction* refer = work->addAction(tr("&Refer"), this, [this] {
        if (!m_actions->refer(currentSubject())) {
            statusBar()->showMessage(tr("Choose a person or household first."), 5000);
        }
    });
    refer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    work->addAction(tr("Hand &over to another facility"), this, [this] {
        if (!m_actions->refer(currentSubject(), true)) {
            statusBar()->showMessage(tr("Choose a person or household first."), 5000);
        }
    });
    QAction* event = work->addAction(tr("New group &event"), this, [this] { m_actions->newEvent(); });
    event->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < SectionCount; ++i) {
        QAction* a = go->addAction(m_sidebar->item(i)->text(), this, [this, i] {
            showSection(Section(i));
            page(Section(i))->view()->setFocus();
        });
        if (i < 9) {
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        } else if (i == 9) {
            a->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
        }
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Fieldcase"), this, &MainWindow::about);
    // The Print menu goes before Help; it prints the record the window shows, and the detail
    // panes' print links go to it.
    auto* documents = new DocumentActions(m_context, this, [this] { return currentRecord(); });
    documents->addMenu(menuBar());
    for (ListPage* p : std::as_const(m_pages)) {
        connect(p->detail(), &RecordDetailView::actionRequested, documents, &DocumentActions::run);
    }
    installExchangeActions(*this, addExtensionMenu(tr("E&xchange")), m_context);
    installReportActions(*this, addExtensionMenu(tr("&Reports")), m_context);
}

QMenu* MainWindow::addExtensionMenu(const QString& title) {
    auto* menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

MainWindow::Section MainWindow::currentSection() const {
    return Section(m_stack->currentIndex());
}

void MainWindow::showSection(Section section) {
    if (m_sidebar->currentRow() != section) {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(section);
    }
    ListPage* p = page(section);
    if (m_stack->currentWidget() != p) {
        if (m_staleSections.remove(section)) {
            if (CaseListModel* model = m_caseModels.at(section)) {
                model->reload();
            } else {
                m_people->reload();
            }
        }
        m_stack->setCurrentWidget(p);
    }
    if (section == OverdueReviewsSection || section == VisitsDueSection) {
        // These lists depend on the day; a laptop left open overnight shows the new day's.
        core::CaseListQuery q = m_caseModels.at(section)->query();
        if (q.today != m_context.db.clock().today()) {
            q.today = m_context.db.clock().today();
            m_caseModels.at(section)->setQuery(q);
        }
    }
    updateCounts();
    Q_EMIT currentRecordChanged(p->currentRecord());
}

RecordRef MainWindow::currentRecord() const {
    return page(currentSection())->currentRecord();
}

RecordRef MainWindow::currentSubject() const {
    const RecordRef r = currentRecord();
    if (r.table == QStringLiteral("person") || r.table == QStringLiteral("household")) {
        return r;
    }
    return {};
}

QTableView* MainWindow::personView() const {
    return page(PeopleSection)->view();
}

RecordDetailView* MainWindow::detailView() const {
    return page(currentSection())->detail();
}

void MainWindow::openRecord(const RecordRef& record) {
    static const QHash<QString, Section> sections = {
        {QStringLiteral("person"), PeopleSection},       {QStringLiteral("household"), HouseholdsSection},
        {QStringLiteral("locality"), LocalitiesSection}, {QStringLiteral("plan"), PlansSection},
        {QStringLiteral("activity"), VisitsSection},     {QStringLiteral("referral"), ReferralsSection},
        {QStringLiteral("event"), EventsSection},        {QStringLiteral("staff"), StaffSection},
    };
    if (!record.isValid()) {
        return;
    }
    // Parts of a record (a goal, a consent, a training) are shown on the page of what they belong
    // to, in the detail pane of the list the user is on.
    const Section section = sections.value(record.table, currentSection());
    if (section == HouseholdsSection && !m_householdLocality->id().isEmpty()) {
        m_householdLocality->setId({});
    }
    showSection(section);
    page(section)->showRecord(record);
}

void MainWindow::newInSection() {
    const RecordRef r = currentRecord();
    switch (currentSection()) {
    case PeopleSection:
    case CaseloadSection:
        m_actions->newPerson();
        break;
    case HouseholdsSection:
        m_actions->newHousehold(m_householdLocality->id());
        break;
    case LocalitiesSection:
        m_actions->newRecord(QStringLiteral("locality"));
        break;
    case PlansSection:
    case OverdueReviewsSection:
        if (!m_actions->newPlan(currentSubject())) {
            statusBar()->showMessage(tr("Open a person or household, then make a plan for them (Ctrl+Shift+L)."), 8000);
        }
        break;
    case VisitsSection:
    case VisitsDueSection:
        if (!m_actions->recordVisit(r.table == QStringLiteral("activity") ? RecordRef{} : currentSubject())) {
            statusBar()->showMessage(tr("Open a person or household, then record the visit (Ctrl+Shift+V)."), 8000);
        }
        break;
    case ReferralsSection:
        statusBar()->showMessage(tr("Open a person or household, then refer them (Ctrl+Shift+R)."), 8000);
        break;
    case EventsSection:
        m_actions->newEvent();
        break;
    case StaffSection:
        m_actions->newRecord(QStringLiteral("staff"));
        break;
    case SectionCount:
        break;
    }
}

void MainWindow::searchNow() {
    m_searchDelay->stop();
    applySearch();
}

void MainWindow::applySearch() {
    const QString text = m_search->text();
    m_people->setQuery(text);
    updateSearchMatches(text);
}

void MainWindow::updateSearchMatches(const QString& text) {
    // One letter matches too many to offer; the person list is narrowed all the same.
    if (text.trimmed().size() < kMinMatchLength) {
        m_matches->clear();
        m_completer->popup()->hide();
        return;
    }
    QList<QStandardItem*> items;
    const auto add = [this, &items](const QString& kind, const QString& table, const QString& id, const QString& title,
                                    const QString& subtitle) {
        auto* item = new QStandardItem(subtitle.isEmpty() ? tr("%1: %2").arg(kind, title)
                                                          : tr("%1: %2 (%3)").arg(kind, title, subtitle));
        item->setData(id, IdRole);
        item->setData(table, TableRole);
        items.append(item);
    };
    // The people are the person list's first rows, which this keystroke has just read; only
    // households and localities need a search of their own.
    const int people = std::min(m_people->rowCount(), kMatchLimit / 2);
    for (int row = 0; row < people; ++row) {
        const QModelIndex name = m_people->index(row, PersonListModel::NameColumn);
        QStringList about;
        for (int column : {int(PersonListModel::BirthDateColumn), int(PersonListModel::HouseholdColumn),
                           int(PersonListModel::LocalityColumn)}) {
            const QString cell = m_people->index(row, column).data().toString();
            if (!cell.isEmpty()) {
                about.append(cell);
            }
        }
        add(tr("Person"), QStringLiteral("person"), name.data(IdRole).toString(), name.data().toString(),
            about.join(QStringLiteral(", ")));
    }
    core::Search search(m_context.db);
    auto households = search.households(text, kMatchLimit / 4);
    auto localities = search.localities(text, kMatchLimit / 4);
    if (!households || !localities) {
        qDeleteAll(items);
        statusBar()->showMessage((!households ? households.error() : localities.error()).message, 10000);
        return;
    }
    for (const core::SearchHit& hit : *households) {
        add(tr("Household"), QStringLiteral("household"), hit.id, hit.title, hit.subtitle);
    }
    for (const core::SearchHit& hit : *localities) {
        add(tr("Locality"), QStringLiteral("locality"), hit.id, hit.title, hit.subtitle);
    }
    // One reset and one insertion, so that the open list of matches is laid out once.
    m_matches->clear();
    if (!items.isEmpty()) {
        m_matches->invisibleRootItem()->appendRows(items);
    }
    if (m_matches->rowCount() == 0 || !m_search->hasFocus()) {
        m_completer->popup()->hide();
    } else if (!m_completer->popup()->isVisible()) {
        m_completer->complete();
    }
}

void MainWindow::updateCounts() {
    const Section section = currentSection();
    if (section == PeopleSection) {
        const int total = m_people->totalCount();
        const QString text = m_people->query().trimmed().isEmpty() ? tr("%n people", nullptr, total)
                                                                   : tr("%n match(es)", nullptr, total);
        m_pages[PeopleSection]->setCountText(text);
        m_status->setText(text);
        return;
    }
    if (CaseListModel* model = m_caseModels.value(section)) {
        const QString text = tr("%n record(s)", nullptr, model->totalCount());
        m_pages[section]->setCountText(text);
        m_status->setText(text);
        if (model->totalCount() == 0 && !m_pages[section]->currentRecord().isValid()) {
            m_pages[section]->detail()->showMessage(m_pages[section]->title(), emptyHint(section));
        }
    }
}

QString MainWindow::emptyHint(Section section) const {
    switch (section) {
    case CaseloadSection:
        return m_caseloadStaff->id().isEmpty()
                   ? tr("Choose a staff member above to see the people they are case manager of.")
                   : tr("Nobody is in this caseload yet. A person joins it when this staff member becomes their "
                        "case manager, or their household's.");
    case OverdueReviewsSection:
        return tr("No plan is waiting for its review. Plans in force whose next review date has passed show here.");
    case VisitsDueSection:
        return tr("No visit is due this week. When a visit is recorded with a next visit date in this week, the "
                  "household shows here until it is visited.");
    case HouseholdsSection:
        return tr("No households here yet. Register one with Ctrl+Shift+H.");
    default:
        return tr("Nothing here yet. Ctrl+N makes a new one where that is possible.");
    }
}

void MainWindow::onTablesChanged(const QStringList& tables) {
    Q_UNUSED(tables);
    // The list on screen is read again now; the others when they are next shown.
    const Section section = currentSection();
    for (int i = 0; i < SectionCount; ++i) {
        if (i != section) {
            m_staleSections.insert(i);
        }
    }
    ListPage* p = page(section);
    const RecordRef shown = p->currentRecord();
    if (CaseListModel* model = m_caseModels.at(section)) {
        model->reload();
    } else {
        m_people->reload();
    }
    if (shown.isValid()) {
        p->showRecord(shown);
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
