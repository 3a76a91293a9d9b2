// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace fieldcase::core {
class Database;
struct Record;
} // namespace fieldcase::core

namespace fieldcase::ui {

// A read-only overview of one person: profile, household and its members, consents, entry data,
// development plans with their goals, and the latest visits and services.
class PersonDetailView : public QTextBrowser {
    Q_OBJECT

public:
    explicit PersonDetailView(core::Database& db, QWidget* parent = nullptr);

    void showPerson(const QString& id);
    QString personId() const { return m_personId; }
    // What the pane shows when nobody is selected, given how many people the database holds.
    void showEmpty(int peopleCount);

private:
    QString renderPerson(const core::Record& person);

    core::Database& m_db;
    QString m_personId;
};

} // namespace fieldcase::ui
