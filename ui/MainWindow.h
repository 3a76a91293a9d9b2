// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "models/Roles.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace fieldcase::ui {

class CaseActions;
class CaseListModel;
class ListPage;
class PersonListModel;
class RecordDetailView;
class RecordPicker;

// The window of one open database: a sidebar of lists (people, households, localities, plans,
// visits, referrals, events, staff, my caseload, overdue reviews, visits due this week), the
// chosen list with the chosen record's details beside it, and one search field over people,
// households and localities.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Section {
        PeopleSection,
        HouseholdsSection,
        LocalitiesSection,
        PlansSection,
        VisitsSection,
        ReferralsSection,
        EventsSection,
        StaffSection,
        CaseloadSection,
        OverdueReviewsSection,
        VisitsDueSection,
        SectionCount
    };

    explicit MainWindow(AppContext context, QWidget* parent = nullptr);

    // The record the user is looking at (table and id), or an invalid one. The print preview
    // asks this.
    RecordRef currentRecord() const;
    // Adds a menu before Help (the exchange and print features hook in here).
    QMenu* addExtensionMenu(const QString& title);

    QLineEdit* searchField() const { return m_search; }
    QCompleter* searchCompleter() const { return m_completer; }
    QListWidget* sidebar() const { return m_sidebar; }
    ListPage* page(Section section) const { return m_pages.at(section); }
    Section currentSection() const;
    void showSection(Section section);
    // Runs the search typed so far at once, without waiting for the pause in typing.
    void searchNow();
    // Shows a record on the page of its kind.
    void openRecord(const RecordRef& record);
    CaseActions* actions() const { return m_actions; }
    const AppContext& context() const { return m_context; }
    RecordPicker* caseloadStaffPicker() const { return m_caseloadStaff; }
    RecordPicker* householdLocalityPicker() const { return m_householdLocality; }

    // The people list and its model (the first page).
    QTableView* personView() const;
    PersonListModel* personModel() const { return m_people; }
    RecordDetailView* detailView() const;

Q_SIGNALS:
    // The user asked for another database; the application decides how to open it.
    void openDatabaseRequested(const QString& path);
    void currentRecordChanged(const fieldcase::ui::RecordRef& record);

private:
    void buildPages();
    void buildMenus();
    ListPage* addCaseList(Section section, const QString& label, int list);
    void applySearch();
    void updateSearchMatches(const QString& text);
    void updateCounts();
    QString emptyHint(Section section) const;
    void onTablesChanged(const QStringList& tables);
    void newInSection();
    RecordRef currentSubject() const;
    void openDatabase();
    void newDatabase();
    void about();

    AppContext m_context;
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<ListPage*> m_pages;
    QList<CaseListModel*> m_caseModels; // by section, null for people
    PersonListModel* m_people = nullptr;
    RecordPicker* m_caseloadStaff = nullptr;
    RecordPicker* m_householdLocality = nullptr;
    CaseActions* m_actions = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_reloadDelay = nullptr;
    QSet<int> m_staleSections; // lists read again when next shown
};

} // namespace fieldcase::ui
