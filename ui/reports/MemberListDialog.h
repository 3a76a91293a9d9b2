// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/Roles.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace fieldcase::ui {

// One record behind a number of a report: a person, household, event, staff member or referral.
struct MemberRow {
    RecordRef record;
    QString label;
};

// The people or events behind a number of a report, in a list that can be narrowed by typing part
// of a name (case and diacritics ignored). Enter or a double-click asks the window to show that
// record; Esc closes the list.
class MemberListDialog : public QDialog {
    Q_OBJECT

public:
    MemberListDialog(const QString& title, const QString& about, const QList<MemberRow>& rows,
                     QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }
    // The rows shown, after the filter.
    int shownCount() const;
    int totalCount() const { return int(m_rows.size()); }

Q_SIGNALS:
    void openRequested(const fieldcase::ui::RecordRef& record);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();
    void updateCount();

    QList<MemberRow> m_rows;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace fieldcase::ui
