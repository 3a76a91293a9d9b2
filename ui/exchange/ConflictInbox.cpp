// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictInbox.h"

#include "domain/Schema.h"
#include "exchange/DeviceRegistry.h"
#include "storage/Database.h"
#include "util/HybridLogicalClock.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

QLabel* gridLabel(const QString& text, QWidget* parent, bool bold = false) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

QString stampText(quint64 hlc) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(core::HybridLogicalClock::physicalMs(hlc)).toLocalTime();
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return ConflictInbox::tr("%1 (by that device's clock)")
        .arg(locale.toString(at, format + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat)));
}

} // namespace

ConflictInbox::ConflictInbox(AppContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setWindowTitle(tr("Conflict inbox"));
    resize(1060, 560);
    if (auto devices = core::DeviceRegistry(context.db).list(); devices.ok()) {
        for (const core::DeviceInfo& d : *devices) {
            m_deviceNames.insert(d.deviceId, d.name);
        }
    }

    auto* splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("Open conflicts"));
    m_list->setMinimumWidth(280);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    rightLayout->addWidget(m_title);
    m_hint = new QLabel(right);
    m_hint->setWordWrap(true);
    rightLayout->addWidget(m_hint);
    m_grid = new QFrame(right);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setHorizontalSpacing(18);
    rightLayout->addWidget(m_grid);

    auto* typed = new QHBoxLayout;
    auto* typedLabel = new QLabel(tr("Or &type the right value:"), right);
    m_value = new QLineEdit(right);
    typedLabel->setBuddy(m_value);
    m_useValue = new QPushButton(tr("&Use this value"), right);
    typed->addWidget(typedLabel);
    typed->addWidget(m_value, 1);
    typed->addWidget(m_useValue);
    rightLayout->addLayout(typed);
    rightLayout->addStretch(1);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto* close = new QPushButton(tr("Close"), this);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictInbox::showConflict);
    connect(m_useValue, &QPushButton::clicked, this, &ConflictInbox::useTypedValue);
    connect(m_value, &QLineEdit::returnPressed, this, &ConflictInbox::useTypedValue);
    reload();
}

QString ConflictInbox::deviceName(const QString& deviceId) const {
    if (deviceId == m_context.db.deviceId()) {
        return tr("this copy");
    }
    const QString name = m_deviceNames.value(deviceId);
    return name.isEmpty() ? tr("central copy") : name;
}

void ConflictInbox::reload() {
    const int keep = std::max(0, m_list->currentRow());
    auto conflicts = core::ConflictStore(m_context.db).open();
    m_conflicts = conflicts.ok() ? *conflicts : QList<core::ConflictInfo>();
    m_list->clear();
    for (const core::ConflictInfo& c : std::as_const(m_conflicts)) {
        const core::TableDef* table = core::Schema::instance().table(c.table);
        const core::FieldDef* field = table ? table->field(c.field) : nullptr;
        QString text = tr("%1 - %2").arg(c.recordTitle, field                   ? field->displayLabel()
                                                        : c.keptForReferences() ? tr("deleted, still needed")
                                                                                : tr("deleted and edited"));
        if (c.sensitive) {
            text = tr("%1 [special category]").arg(text);
        }
        m_list->addItem(text);
    }
    if (m_conflicts.isEmpty()) {
        m_title->setText(tr("No open conflicts"));
        m_hint->setText(tr("Every change merged so far fitted together. Conflicts appear here when two devices change "
                           "the same thing, or one deletes what another edits."));
        showConflict(-1);
        return;
    }
    m_list->setCurrentRow(std::min(keep, int(m_conflicts.size()) - 1));
}

void ConflictInbox::showConflict(int row) {
    while (QLayoutItem* item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_takeButtons.clear();
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_value->setEnabled(valid && !m_conflicts.at(row).wholeRecord());
    m_useValue->setEnabled(m_value->isEnabled());
    m_value->clear();
    if (!valid) {
        return;
    }
    const core::ConflictInfo& c = m_conflicts.at(row);
    const core::TableDef* table = core::Schema::instance().table(c.table);
    const core::FieldDef* field = table ? table->field(c.field) : nullptr;
    m_title->setText(field ? tr("%1: %2").arg(c.recordTitle, field->displayLabel())
                     : c.keptForReferences()
                         ? tr("%1: deleted on one device, still needed by records from another").arg(c.recordTitle)
                         : tr("%1: deleted on one device, edited on another").arg(c.recordTitle));
    QString hint =
        c.keptForReferences()
            ? tr("Other records still point at this one, so it is kept for now with every value it had. Keep it, "
                 "or change those records first and then decide to delete it.")
        : c.wholeRecord() ? tr("The record stays deleted until you decide. Taking the edited version restores it with "
                               "every value it had.")
        : c.fromPersonMerge()
            ? tr("Two records of this person were merged, and they held different values. The value of the merged "
                 "record is offered beside the one in use for now (%1). Nothing is lost until you decide.")
                  .arg(core::ConflictStore::display(c, c.current))
            : tr("The value in use for now is the latest one (%1). Nothing is lost until you decide.")
                  .arg(core::ConflictStore::display(c, c.current));
    if (c.sensitive && !c.wholeRecord()) {
        hint = tr("This is special-category data (such as minority or disability): it is never decided "
                  "automatically, and the value from before the conflict (%1) stays in use until you decide.")
                   .arg(core::ConflictStore::display(c, c.current));
    } else if (c.sensitive) {
        hint += QLatin1Char(' ') + tr("This is special-category data (such as minority or disability): it is never "
                                      "decided automatically.");
    }
    m_hint->setText(hint);

    int r = 0;
    const QStringList headers = {tr("Version"), tr("Value"), tr("Changed by"), tr("Device"), tr("When"), QString()};
    for (int col = 0; col < headers.size(); ++col) {
        m_gridLayout->addWidget(gridLabel(headers.at(col), m_grid, true), r, col);
    }
    ++r;
    if (!c.wholeRecord()) {
        m_gridLayout->addWidget(gridLabel(tr("Before"), m_grid), r, 0);
        m_gridLayout->addWidget(gridLabel(core::ConflictStore::display(c, c.base), m_grid), r, 1);
        ++r;
    }
    for (int i = 0; i < c.candidates.size(); ++i) {
        const core::Candidate& v = c.candidates.at(i);
        const QChar letter(QLatin1Char('A').unicode() + i);
        m_gridLayout->addWidget(gridLabel(tr("Version %1").arg(letter), m_grid, true), r, 0);
        m_gridLayout->addWidget(gridLabel(core::ConflictStore::display(c, v.value), m_grid), r, 1);
        m_gridLayout->addWidget(gridLabel(v.user, m_grid), r, 2);
        m_gridLayout->addWidget(gridLabel(deviceName(v.device), m_grid), r, 3);
        m_gridLayout->addWidget(gridLabel(v.hlc ? stampText(v.hlc) : QString(), m_grid), r, 4);
        auto* button = new QPushButton(c.wholeRecord() && v.op == QStringLiteral("delete")
                                           ? tr("Keep &%1 (stays deleted)").arg(letter)
                                           : tr("Take &%1").arg(letter),
                                       m_grid);
        connect(button, &QPushButton::clicked, this, [this, i] { take(i); });
        m_gridLayout->addWidget(button, r, 5);
        m_takeButtons.append(button);
        ++r;
    }
    m_gridLayout->setColumnStretch(1, 2);
}

void ConflictInbox::take(int candidate) {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        return;
    }
    decided(core::ConflictStore(m_context.db).take(m_conflicts.at(row).id, candidate));
}

void ConflictInbox::useTypedValue() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_value->isEnabled()) {
        return;
    }
    decided(core::ConflictStore(m_context.db).setValue(m_conflicts.at(row).id, m_value->text()));
}

void ConflictInbox::decided(const core::Result<QString>& result) {
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    m_status->setText(tr("Decided. The decision is logged and goes back to the laptops with their next return "
                         "package."));
    reload();
}

} // namespace fieldcase::ui
