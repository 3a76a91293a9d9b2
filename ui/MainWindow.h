// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fieldcase::ui {

class PersonDetailView;
class PersonListModel;

// The window of one open database: the person list with its search box on the left and the
// selected person on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AppContext context, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* personView() const { return m_people; }
    PersonListModel* personModel() const { return m_model; }
    PersonDetailView* detailView() const { return m_detail; }

Q_SIGNALS:
    // The user asked for another database; the application decides how to open it.
    void openDatabaseRequested(const QString& path);

private:
    void buildMenus();
    void applySearch();
    void showSelected();
    void updateCount(int total);
    void openDatabase();
    void newDatabase();
    void about();

    AppContext m_context;
    QLineEdit* m_search = nullptr;
    QTableView* m_people = nullptr;
    PersonListModel* m_model = nullptr;
    PersonDetailView* m_detail = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace fieldcase::ui
