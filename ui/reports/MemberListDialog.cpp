// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/MemberListDialog.h"

#include "util/Text.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

// The label folded (lower case, no diacritics) for the filter to match: "kovacs" finds Kovács.
constexpr int FoldedRole = SubjectIdRole + 1;

} // namespace

MemberListDialog::MemberListDialog(const QString& title, const QString& about, const QList<MemberRow>& rows,
                                   QWidget* parent)
    : QDialog(parent)
    , m_rows(rows) {
    setWindowTitle(title);
    resize(520, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(about, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* findRow = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("&Find:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("part of a name, e.g. kovacs"));
    m_filter->setClearButtonEnabled(true);
    findLabel->setBuddy(m_filter);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_filter, 1);
    layout->addLayout(findRow);

    m_model = new QStandardItemModel(this);
    for (const MemberRow& row : std::as_const(m_rows)) {
        auto* item = new QStandardItem(row.label);
        item->setEditable(false);
        item->setData(row.record.table, TableRole);
        item->setData(row.record.id, IdRole);
        item->setData(core::text::fold(row.label), FoldedRole);
        m_model->appendRow(item);
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FoldedRole);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(title);
    layout->addWidget(m_list, 1);
    m_count = new QLabel(this);
    layout->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(this);
    auto* open = buttons->addButton(tr("&Show in the main window"), QDialogButtonBox::ActionRole);
    open->setAutoDefault(false);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(core::text::fold(text.trimmed()));
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        }
        updateCount();
    });
    connect(m_list, &QListView::activated, this, [this] { openCurrent(); });
    connect(open, &QPushButton::clicked, this, [this] { openCurrent(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);

    if (m_proxy->rowCount() > 0) {
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateCount();
    m_list->setFocus();
}

int MemberListDialog::shownCount() const {
    return m_proxy->rowCount();
}

bool MemberListDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // From the filter, Down goes to the list and Enter opens the first match.
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MemberListDialog::openCurrent() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const RecordRef record{index.data(TableRole).toString(), index.data(IdRole).toString()};
    if (record.isValid()) {
        Q_EMIT openRequested(record);
    }
}

void MemberListDialog::updateCount() {
    m_count->setText(shownCount() == totalCount() ? tr("%n record(s)", nullptr, totalCount())
                                                  : tr("%1 of %n record(s)", nullptr, totalCount()).arg(shownCount()));
}

} // namespace fieldcase::ui
