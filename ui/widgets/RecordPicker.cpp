// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RecordPicker.h"

#include "casework/Choices.h"
#include "domain/Search.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace fieldcase::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

RecordPicker::RecordPicker(core::Database& db, const QString& table, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(table) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (table == QStringLiteral("person") || table == QStringLiteral("household")) {
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(table == QStringLiteral("person") ? tr("Type a name to find the person")
                                                                     : tr("Type a name to find the household"));
        m_line->setClearButtonEnabled(true);
        m_matches = new QStandardItemModel(this);
        m_completer = new QCompleter(m_matches, this);
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_line->setCompleter(m_completer);
        layout->addWidget(m_line);
        setFocusProxy(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &RecordPicker::searchFor);
        connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
                [this](const QModelIndex& index) {
                    m_id = index.data(kIdRole).toString();
                    m_line->setText(index.data().toString());
                    Q_EMIT changed();
                });
    } else {
        m_combo = new QComboBox(this);
        m_combo->setMinimumContentsLength(18);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        layout->addWidget(m_combo);
        setFocusProxy(m_combo);
        reloadList();
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
            m_id = m_combo->currentData(kIdRole).toString();
            Q_EMIT changed();
        });
    }
}

QWidget* RecordPicker::focusTarget() const {
    return m_line ? static_cast<QWidget*>(m_line) : static_cast<QWidget*>(m_combo);
}

void RecordPicker::reloadList() {
    const QString keep = m_id;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(m_noneText.isEmpty() ? tr("(none)") : m_noneText);
    auto choices = core::Choices(m_db).list(m_table, m_filterField, m_filterValue);
    if (choices) {
        for (const core::Choice& c : *choices) {
            m_combo->addItem(c.label);
            m_combo->setItemData(m_combo->count() - 1, c.id, kIdRole);
        }
    }
    const int at = keep.isEmpty() ? 0 : m_combo->findData(keep, kIdRole);
    if (at < 0 && !keep.isEmpty()) {
        // A record outside the filter or already deleted stays chosen, so that nothing changes
        // unless the user changes it.
        m_combo->addItem(core::Choices(m_db).label(m_table, keep));
        m_combo->setItemData(m_combo->count() - 1, keep, kIdRole);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    } else {
        m_combo->setCurrentIndex(std::max(0, at));
    }
    m_id = m_combo->currentData(kIdRole).toString();
}

void RecordPicker::setNoneText(const QString& text) {
    m_noneText = text;
    if (m_combo) {
        m_combo->setItemText(0, text);
    }
}

void RecordPicker::setFilter(const QString& field, const QString& value) {
    m_filterField = field;
    m_filterValue = value;
    if (m_combo) {
        reloadList();
    }
}

void RecordPicker::searchFor(const QString& text) {
    m_id.clear();
    m_matches->clear();
    core::Search search(m_db);
    auto hits = m_table == QStringLiteral("person") ? search.people(text, 20) : search.households(text, 20);
    if (hits) {
        for (const core::SearchHit& hit : *hits) {
            auto* item = new QStandardItem(
                hit.subtitle.isEmpty() ? hit.title : QStringLiteral("%1 (%2)").arg(hit.title, hit.subtitle));
            item->setData(hit.id, kIdRole);
            m_matches->appendRow(item);
        }
    }
    if (m_matches->rowCount() > 0 && m_line->hasFocus()) {
        m_completer->complete();
    }
    Q_EMIT changed();
}

QString RecordPicker::id() const {
    return m_id;
}

void RecordPicker::setId(const QString& id) {
    m_id = id;
    if (m_line) {
        m_line->setText(core::Choices(m_db).label(m_table, id));
    } else {
        reloadList();
    }
    Q_EMIT changed();
}

} // namespace fieldcase::ui
