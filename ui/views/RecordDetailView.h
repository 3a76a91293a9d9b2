// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/Roles.h"

#include <QTextBrowser>

namespace fieldcase::core {
class Database;
}

namespace fieldcase::ui {

// The detail pane: a read-only page about one record, with links to related records and to the
// actions that can be taken on it. Tab moves through the links and Enter follows one.
class RecordDetailView : public QTextBrowser {
    Q_OBJECT

public:
    explicit RecordDetailView(core::Database& db, QWidget* parent = nullptr);

    void showRecord(const RecordRef& record);
    // Renders the shown record again (after a change).
    void refresh();
    void showMessage(const QString& title, const QString& text);
    RecordRef record() const { return m_record; }

Q_SIGNALS:
    void openRequested(const fieldcase::ui::RecordRef& record);
    void actionRequested(const QString& action, const fieldcase::ui::RecordRef& record);

private:
    void follow(const QUrl& url);

    core::Database& m_db;
    RecordRef m_record;
};

} // namespace fieldcase::ui
