// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "models/Roles.h"

#include <QDialog>

class QTableView;

namespace fieldcase::ui {

class ChangeHistoryModel;

// Every change of a record, field by field, from the change log; a plan's history includes its
// needs, goals, services and reviews.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(AppContext context, const RecordRef& record, QWidget* parent = nullptr);

    ChangeHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    ChangeHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace fieldcase::ui
