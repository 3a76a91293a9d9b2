// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/HistoryDialog.h"

#include "casework/Choices.h"
#include "casework/PlanWork.h"
#include "domain/ChangeLog.h"
#include "domain/Schema.h"
#include "models/ChangeHistoryModel.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldcase::ui {

HistoryDialog::HistoryDialog(AppContext context, const RecordRef& record, QWidget* parent)
    : QDialog(parent) {
    const core::TableDef* def = core::Schema::instance().table(record.table);
    const QString label =
        core::Choices::knows(record.table) ? core::Choices(context.db).label(record.table, record.id) : QString();
    setWindowTitle(tr("History: %1 %2").arg(def ? def->displayLabel() : record.table, label));
    auto* layout = new QVBoxLayout(this);
    m_model = new ChangeHistoryModel(this);
    auto changes = record.table == QStringLiteral("plan")
                       ? core::PlanWork(context.db).history(record.id)
                       : core::ChangeLog(context.db).forRecord(record.table, record.id);
    if (changes) {
        m_model->setChanges(*changes);
    } else {
        layout->addWidget(new QLabel(changes.error().message, this));
    }
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 520);
}

} // namespace fieldcase::ui
