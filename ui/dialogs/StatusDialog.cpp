// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/StatusDialog.h"

#include "MessageBox.h"
#include "casework/ReferralWork.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "widgets/DateField.h"
#include "widgets/Mnemonics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldcase::ui {

StatusDialog::StatusDialog(AppContext context, const QString& referralId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(referralId) {
    setWindowTitle(tr("Change the referral's status"));
    auto referral = core::RecordStore(context.db).get(QStringLiteral("referral"), referralId);
    const QString current = referral ? referral->text(QStringLiteral("status")) : QString();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Now: %1").arg(core::Schema::instance().enumLabel(current)), this);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_status = new QComboBox(this);
    for (const QString& next : core::ReferralWork::nextStatuses(current)) {
        m_status->addItem(core::Schema::instance().enumLabel(next), next);
    }
    m_date = new DateField(false, this);
    m_initialDate = context.db.clock().today().toString(Qt::ISODate);
    m_date->setValue(m_initialDate);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setTabChangesFocus(true);
    m_outcome->setFixedHeight(70);
    form->addRow(tr("New &status"), m_status);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Outcome"), m_outcome);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
    layout->addWidget(buttons);
    if (m_status->count() == 0) {
        m_status->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_error->setText(tr("This referral is %1; its status does not change any more.")
                             .arg(core::Schema::instance().enumLabel(current).toLower()));
        m_error->show();
    }
    assignMnemonics(this);
}

bool StatusDialog::isDirty() const {
    return m_status->currentIndex() > 0 || m_date->value() != m_initialDate ||
           !m_outcome->toPlainText().trimmed().isEmpty();
}

QString StatusDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void StatusDialog::accept() {
    const QDate date = QDate::fromString(m_date->value(), Qt::ISODate);
    if (!date.isValid()) {
        m_error->setText(
            tr("Date: \"%1\" is not a date; write it as year-month-day, for example 2026-03-31.").arg(m_date->text()));
        m_error->show();
        m_date->setFocus();
        return;
    }
    auto s = core::ReferralWork(m_context.db)
                 .setStatus(m_id, m_status->currentData().toString(), date, m_outcome->toPlainText());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        (s.error().field == QStringLiteral("status_date") ? static_cast<QWidget*>(m_date)
                                                          : static_cast<QWidget*>(m_status))
            ->setFocus();
        return;
    }
    QDialog::accept();
}

void StatusDialog::reject() {
    if (isDirty() && !MessageBox::mayDiscard(this)) {
        return;
    }
    QDialog::reject();
}

} // namespace fieldcase::ui
